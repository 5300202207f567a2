// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace phonedesk::server {

struct FieldError
{
    QString field;
    QString message;
};

// The contract's rules for the fields of a write. check() looks at the fields given (type,
// range, length, enum, E.164, URL) and then at the record they would produce (allowSignup
// needs signupMemberRoleId, a forwarding work mode needs its number), and returns one error
// per bad field so that a 422 names them all.
class NumberRules
{
public:
    // Fields a client may send in an update: all but the read-only ones and the link, which
    // changes only through POST /{id}/link.
    static bool isUpdatable(const QString& field);

    // The largest a number's JSON may become: every text field at its limit fits well below it,
    // unless it is mostly escaped control characters. A client may refuse a larger one.
    static constexpr qsizetype kMaxNumberJsonBytes = 64 * 1024;

    // The request's fields as they are checked and stored: text trimmed, so that a limit holds
    // for what is kept (a name of a million spaces and one letter is one letter).
    static QJsonObject normalized(const QJsonObject& given);
    // given: the (normalized) fields of the request; merged: the stored record with those applied.
    static QList<FieldError> check(const QJsonObject& given, const QJsonObject& merged);
};

} // namespace phonedesk::server
