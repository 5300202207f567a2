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

    // given: the fields of the request; merged: the stored record with those applied.
    static QList<FieldError> check(const QJsonObject& given, const QJsonObject& merged);
};

} // namespace phonedesk::server
