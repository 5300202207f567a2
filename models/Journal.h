// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/PhoneNumber.h"
#include "api/WireRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace phonedesk::models {

// What a journaled write did. Stored by its name (journalActionName), so the cache stays
// readable by older versions.
// Seen is no write of this app: a number a sync found changed on the server by someone else.
enum class JournalAction { Create, Update, Link, Unlink, Archive, Revert, Seen };
QLatin1String journalActionName(JournalAction action);
std::optional<JournalAction> journalActionFromName(QStringView name);

// One write made from the app, as it is kept in the cache per profile: what was asked, what the
// number was before and what the server answered (for Seen: the fields that differ, before and
// after, as the sync found them). Never holds the token.
struct JournalEntry
{
    qint64 seq = 0; // order of recording; 0 until stored
    QDateTime at;
    JournalAction action = JournalAction::Update;
    qint64 numberId = 0; // 0: a create the server refused
    QString phoneNumber; // E.164
    QJsonObject before; // the number as the app knew it; empty for a create
    QJsonObject after; // the number as the server answered; empty when the write failed
    QJsonObject sent; // the request body
    int httpStatus = 0; // 0: no answer (offline, timeout)
    bool ok = false;
    QString message; // why it failed

    // A write about to be sent: the action, the number as shown (none for a create), the body.
    static JournalEntry intent(JournalAction action, const std::optional<api::PhoneNumber>& before, const QJsonObject& sent);
    // Fills in the server's answer: the number it returned (when `error` is ok) or the error.
    void answered(const api::ApiError& error, const api::PhoneNumber* number);

    // The request this entry sent (or tried to), its body exactly as sent: for Copy as curl.
    api::WireRequest request() const;
    // Updates and reverts can be reverted; the others cannot.
    bool isRevertible() const { return ok && (action == JournalAction::Update || action == JournalAction::Revert); }
    // The fields whose value differs between before and after, in the wire's order.
    QStringList changedFields() const;
    bool operator==(const JournalEntry&) const = default;
};

} // namespace phonedesk::models
