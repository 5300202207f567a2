// SPDX-License-Identifier: MIT
#include "Journal.h"

#include "JsonMapping.h"

namespace phonedesk::models {

JournalEntry JournalEntry::intent(const QString& action, const std::optional<api::PhoneNumber>& before, const QJsonObject& sent)
{
    JournalEntry entry;
    entry.action = action;
    if (before) {
        entry.numberId = before->id;
        entry.phoneNumber = before->phoneNumber;
        entry.before = api::toJson(*before);
    }
    entry.sent = sent;
    return entry;
}

void JournalEntry::answered(const api::ApiError& error, const api::PhoneNumber* number)
{
    httpStatus = error.httpStatus;
    ok = error.ok() && number;
    if (ok) {
        numberId = number->id;
        phoneNumber = number->phoneNumber;
        after = api::toJson(*number);
    } else {
        message = error.message();
    }
}

QStringList JournalEntry::changedFields() const
{
    QStringList fields;
    QStringList keys = after.keys();
    for (const QString& key : before.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString& key : std::as_const(keys)) {
        if (key != QLatin1String("updatedAt") && before.value(key) != after.value(key))
            fields << key;
    }
    return fields;
}

} // namespace phonedesk::models
