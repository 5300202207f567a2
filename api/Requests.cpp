// SPDX-License-Identifier: MIT
#include "Requests.h"

#include "JsonMapping.h"
#include "PhoneNumberFields.h"

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

UpdatePhoneNumberRequest UpdatePhoneNumberRequest::between(const PhoneNumber& before, const PhoneNumber& after)
{
    // Compare through the JSON mapping, so that "changed" means changed on the wire.
    const QJsonObject old = api::toJson(before);
    const QJsonObject now = api::toJson(after);
    UpdatePhoneNumberRequest request;
    auto consider = [&](const char* key) {
        const QLatin1String name(key);
        if (isUpdatable(key) && old.value(name) != now.value(name))
            request.fields.insert(name, now.value(name));
    };
    consider("name");
    for (const auto& [key, member] : fields::kOptionalText)
        consider(key);
    for (const auto& [key, member] : fields::kOptionalInteger)
        consider(key);
    for (const auto& [key, member] : fields::kFlag)
        consider(key);
    return request;
}

} // namespace phonedesk::api
