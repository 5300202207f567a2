// SPDX-License-Identifier: MIT
#include "models/Journal.h"

#include "api/JsonMapping.h"

namespace phonedesk::models {
namespace {

constexpr std::pair<JournalAction, const char*> kActionNames[] {
    {JournalAction::Create, "create"}, {JournalAction::Update, "update"}, {JournalAction::Link, "link"},
    {JournalAction::Unlink, "unlink"}, {JournalAction::Archive, "archive"}, {JournalAction::Revert, "revert"},
    {JournalAction::Seen, "seen"},
};

} // namespace

QLatin1String journalActionName(JournalAction action)
{
    for (const auto& [a, name] : kActionNames) {
        if (a == action)
            return QLatin1String(name);
    }
    return {};
}

std::optional<JournalAction> journalActionFromName(QStringView name)
{
    for (const auto& [a, wire] : kActionNames) {
        if (name == QLatin1String(wire))
            return a;
    }
    return std::nullopt;
}

JournalEntry JournalEntry::intent(JournalAction action, const std::optional<api::PhoneNumber>& before, const QJsonObject& sent)
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

api::WireRequest JournalEntry::request() const
{
    const QString id = QString::number(numberId);
    switch (action) {
    case JournalAction::Create: return api::WireRequest::create(sent);
    case JournalAction::Update:
    case JournalAction::Revert: return api::WireRequest::update(id, sent);
    case JournalAction::Link:
    case JournalAction::Unlink: {
        const QJsonValue uuid = sent.value(QLatin1String("providerPhoneUuid"));
        return api::WireRequest::link(id, uuid.isString() ? std::optional<QString>(uuid.toString()) : std::nullopt);
    }
    case JournalAction::Archive: return api::WireRequest::archive(id);
    case JournalAction::Seen: return api::WireRequest::get(id); // how it is now
    }
    return api::WireRequest::get(id); // not reached: every action is above
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
