// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"

#include <utility>

// The PhoneNumber fields by JSON name and kind. The JSON mapping, the cache and (later) the
// partial-update builder iterate these tables instead of listing the fields again.
namespace phonedesk::api::fields {

template<typename Member>
using Field = std::pair<const char*, Member PhoneNumber::*>;

inline constexpr Field<std::optional<QString>> kOptionalText[] = {
    {"brandName", &PhoneNumber::brandName},
    {"brandDescription", &PhoneNumber::brandDescription},
    {"brandWebsite", &PhoneNumber::brandWebsite},
    {"restartPrompt", &PhoneNumber::restartPrompt},
    {"voiceUnavailableMessage", &PhoneNumber::voiceUnavailableMessage},
    {"voiceGreetingMessage", &PhoneNumber::voiceGreetingMessage},
    {"anonymousRejectionMessage", &PhoneNumber::anonymousRejectionMessage},
    {"smsUnavailableMessage", &PhoneNumber::smsUnavailableMessage},
    {"voicemailGreeting", &PhoneNumber::voicemailGreeting},
    {"voiceWorkMode", &PhoneNumber::voiceWorkMode},
    {"smsWorkMode", &PhoneNumber::smsWorkMode},
    {"voiceForwardNumber", &PhoneNumber::voiceForwardNumber},
    {"smsForwardNumber", &PhoneNumber::smsForwardNumber},
    {"voiceOffHoursMessage", &PhoneNumber::voiceOffHoursMessage},
    {"smsOffHoursMessage", &PhoneNumber::smsOffHoursMessage},
    {"providerPhoneUuid", &PhoneNumber::providerPhoneUuid},
};

inline constexpr Field<std::optional<qint64>> kOptionalInteger[] = {
    {"defaultWorkflowId", &PhoneNumber::defaultWorkflowId},
    {"signupMemberRoleId", &PhoneNumber::signupMemberRoleId},
    {"anonymousMemberRoleId", &PhoneNumber::anonymousMemberRoleId},
    {"restartDelay", &PhoneNumber::restartDelay},
};

inline constexpr Field<bool> kFlag[] = {
    {"allowSignup", &PhoneNumber::allowSignup},
    {"allowAnonymous", &PhoneNumber::allowAnonymous},
    {"enableVoice", &PhoneNumber::enableVoice},
    {"enableSms", &PhoneNumber::enableSms},
    {"enableWhatsApp", &PhoneNumber::enableWhatsApp},
    {"assistantEnabled", &PhoneNumber::assistantEnabled},
    {"isArchived", &PhoneNumber::isArchived},
};

inline constexpr Field<QString> kRequiredText[] = {
    {"uuid", &PhoneNumber::uuid},
    {"workspaceUuid", &PhoneNumber::workspaceUuid},
    {"phoneNumber", &PhoneNumber::phoneNumber},
    {"name", &PhoneNumber::name},
};

inline constexpr Field<QDateTime> kTime[] = {
    {"archivedAt", &PhoneNumber::archivedAt},
    {"createdAt", &PhoneNumber::createdAt},
    {"updatedAt", &PhoneNumber::updatedAt},
};

} // namespace phonedesk::api::fields
