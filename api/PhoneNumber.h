// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace phonedesk::api {

// A workspace phone number as the API v2 describes it. Defaults are the contract's, so that a
// field missing from a server's answer takes the value the contract promises.
struct PhoneNumber
{
    qint64 id = 0;
    QString uuid;
    QString workspaceUuid;
    QString phoneNumber; // E.164
    QString name;

    std::optional<QString> brandName;
    std::optional<QString> brandDescription;
    std::optional<QString> brandWebsite;

    std::optional<qint64> defaultWorkflowId;
    bool allowSignup = false;
    std::optional<qint64> signupMemberRoleId;
    bool allowAnonymous = false;
    std::optional<qint64> anonymousMemberRoleId;
    std::optional<qint64> restartDelay = 900;
    std::optional<QString> restartPrompt;

    bool enableVoice = true;
    bool enableSms = true;
    bool enableWhatsApp = false;
    bool assistantEnabled = true;

    std::optional<QString> voiceUnavailableMessage;
    std::optional<QString> voiceGreetingMessage;
    std::optional<QString> anonymousRejectionMessage;
    std::optional<QString> smsUnavailableMessage;
    std::optional<QString> voicemailGreeting;

    std::optional<QString> voiceWorkMode;
    std::optional<QString> smsWorkMode;
    std::optional<QString> voiceForwardNumber;
    std::optional<QString> smsForwardNumber;
    std::optional<QString> voiceOffHoursMessage;
    std::optional<QString> smsOffHoursMessage;

    std::optional<QString> providerPhoneUuid;
    bool isArchived = false;
    QDateTime archivedAt; // invalid when not archived
    QDateTime createdAt;
    QDateTime updatedAt;

    // The server's object as it came (unknown fields included); empty for a number made here.
    // Not compared: two numbers are equal when their fields are.
    QByteArray json;

    bool operator==(const PhoneNumber& other) const;
};

// The archived filter of GET / (the query parameter is_archived).
enum class ArchivedFilter { All, ActiveOnly, ArchivedOnly };

} // namespace phonedesk::api
