// SPDX-License-Identifier: MIT
#include "models/FieldGroups.h"

#include <QCoreApplication>
#include <QMap>

namespace phonedesk::models {

const QList<FieldGroup>& fieldGroups()
{
    static const QList<FieldGroup> groups {
        {QT_TRANSLATE_NOOP("FieldGroups", "Identity && branding"),
         {{"name", QT_TRANSLATE_NOOP("FieldGroups", "Name")},
          {"brandName", QT_TRANSLATE_NOOP("FieldGroups", "Brand name")},
          {"brandDescription", QT_TRANSLATE_NOOP("FieldGroups", "Brand description")},
          {"brandWebsite", QT_TRANSLATE_NOOP("FieldGroups", "Brand website")}}},
        {QT_TRANSLATE_NOOP("FieldGroups", "Inbound routing"),
         {{"defaultWorkflowId", QT_TRANSLATE_NOOP("FieldGroups", "Inbound workflow (id)")},
          {"restartDelay", QT_TRANSLATE_NOOP("FieldGroups", "Restart delay (seconds)")},
          {"restartPrompt", QT_TRANSLATE_NOOP("FieldGroups", "Restart prompt")},
          {"allowSignup", QT_TRANSLATE_NOOP("FieldGroups", "Allow sign-up")},
          {"signupMemberRoleId", QT_TRANSLATE_NOOP("FieldGroups", "Sign-up member role (id)")},
          {"allowAnonymous", QT_TRANSLATE_NOOP("FieldGroups", "Allow anonymous callers")},
          {"anonymousMemberRoleId", QT_TRANSLATE_NOOP("FieldGroups", "Anonymous member role (id)")}}},
        {QT_TRANSLATE_NOOP("FieldGroups", "Channels"),
         {{"enableVoice", QT_TRANSLATE_NOOP("FieldGroups", "Voice")},
          {"enableSms", QT_TRANSLATE_NOOP("FieldGroups", "SMS")},
          {"enableWhatsApp", QT_TRANSLATE_NOOP("FieldGroups", "WhatsApp")},
          {"assistantEnabled", QT_TRANSLATE_NOOP("FieldGroups", "Assistant answers")}}},
        {QT_TRANSLATE_NOOP("FieldGroups", "Caller-facing messages"),
         {{"voiceGreetingMessage", QT_TRANSLATE_NOOP("FieldGroups", "Voice greeting")},
          {"voiceUnavailableMessage", QT_TRANSLATE_NOOP("FieldGroups", "Voice unavailable")},
          {"voicemailGreeting", QT_TRANSLATE_NOOP("FieldGroups", "Voicemail greeting")},
          {"anonymousRejectionMessage", QT_TRANSLATE_NOOP("FieldGroups", "Anonymous rejection")},
          {"smsUnavailableMessage", QT_TRANSLATE_NOOP("FieldGroups", "SMS unavailable")}}},
        {QT_TRANSLATE_NOOP("FieldGroups", "Work modes && forwarding"),
         {{"voiceWorkMode", QT_TRANSLATE_NOOP("FieldGroups", "Voice work mode")},
          {"voiceForwardNumber", QT_TRANSLATE_NOOP("FieldGroups", "Voice forward number")},
          {"voiceOffHoursMessage", QT_TRANSLATE_NOOP("FieldGroups", "Voice off-hours message")},
          {"smsWorkMode", QT_TRANSLATE_NOOP("FieldGroups", "SMS work mode")},
          {"smsForwardNumber", QT_TRANSLATE_NOOP("FieldGroups", "SMS forward number")},
          {"smsOffHoursMessage", QT_TRANSLATE_NOOP("FieldGroups", "SMS off-hours message")}}},
    };
    return groups;
}

QString fieldLabel(const QString& name)
{
    for (const FieldGroup& group : fieldGroups()) {
        for (const FieldInfo& info : group.fields) {
            if (name == QLatin1String(info.name))
                return QCoreApplication::translate("FieldGroups", info.label);
        }
    }
    return name;
}

QString workModeLabel(const QString& mode)
{
    static const QMap<QString, const char*> labels {
        {QStringLiteral("always_forward"), QT_TRANSLATE_NOOP("FieldGroups", "Always forward")},
        {QStringLiteral("forward_off_hours"), QT_TRANSLATE_NOOP("FieldGroups", "Forward off hours")},
        {QStringLiteral("always_message"), QT_TRANSLATE_NOOP("FieldGroups", "Always play a message")},
        {QStringLiteral("message_off_hours"), QT_TRANSLATE_NOOP("FieldGroups", "Message off hours")},
        {QStringLiteral("voicemail"), QT_TRANSLATE_NOOP("FieldGroups", "Voicemail")},
        {QStringLiteral("voicemail_off_hours"), QT_TRANSLATE_NOOP("FieldGroups", "Voicemail off hours")},
    };
    const auto it = labels.constFind(mode);
    return it == labels.cend() ? mode : QCoreApplication::translate("FieldGroups", *it);
}

} // namespace phonedesk::models
