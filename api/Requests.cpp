// SPDX-License-Identifier: MIT
#include "api/Requests.h"

#include "api/JsonMapping.h"
#include "api/PhoneNumberFields.h"

#include <algorithm>

namespace phonedesk::api {
namespace {

// Fields that change through their own endpoints or never.
bool isUpdatable(const char* key)
{
    return qstrcmp(key, "providerPhoneUuid") != 0 && qstrcmp(key, "isArchived") != 0;
}

} // namespace

QJsonObject CreatePhoneNumberRequest::toJson() const
{
    QJsonObject o = fields;
    o.insert(QLatin1String("name"), name);
    if (providerPhoneUuid)
        o.insert(QLatin1String("providerPhoneUuid"), *providerPhoneUuid);
    if (phoneNumber)
        o.insert(QLatin1String("phoneNumber"), *phoneNumber);
    return o;
}

QStringList UpdatePhoneNumberRequest::updatableFields()
{
    static const QStringList names = [] {
        QStringList list {QStringLiteral("name")};
        auto add = [&](const char* key) {
            if (isUpdatable(key))
                list << QLatin1String(key);
        };
        for (const auto& [key, member] : fields::kOptionalText)
            add(key);
        for (const auto& [key, member] : fields::kOptionalInteger)
            add(key);
        for (const auto& [key, member] : fields::kFlag)
            add(key);
        return list;
    }();
    return names; // shared, not copied
}

UpdatePhoneNumberRequest UpdatePhoneNumberRequest::between(const PhoneNumber& before, const PhoneNumber& after)
{
    // Compare through the JSON mapping, so that "changed" means changed on the wire.
    const QJsonObject old = api::toJson(before);
    const QJsonObject now = api::toJson(after);
    UpdatePhoneNumberRequest request;
    for (const QString& name : updatableFields()) {
        if (old.value(name) != now.value(name))
            request.fields.insert(name, now.value(name));
    }
    return request;
}

bool UpdatePhoneNumberRequest::conflictsWith(const PhoneNumber& seen, const PhoneNumber& now) const
{
    if (seen.updatedAt != now.updatedAt)
        return true;
    const QJsonObject before = api::toJson(seen);
    const QJsonObject after = api::toJson(now);
    const QStringList sent = fields.keys();
    return std::any_of(sent.cbegin(), sent.cend(), [&](const QString& field) { return before.value(field) != after.value(field); });
}

} // namespace phonedesk::api
