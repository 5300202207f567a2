// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace phonedesk::api {

// A phone owned by the organization at the telephony provider, which a workspace number links to.
struct ProviderPhone
{
    QString uuid;
    QString phoneNumber; // E.164
    QString friendlyName;
    QString organizationUuid;
    std::optional<QString> workspaceUuid; // none: unassigned
    std::optional<QString> linkedPhoneNumberUuid;
    bool voice = false;
    bool sms = false;
    bool mms = false;

    bool operator==(const ProviderPhone&) const = default;
};

} // namespace phonedesk::api
