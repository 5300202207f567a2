// SPDX-License-Identifier: MIT
#include "api/NumberValidation.h"

#include "common/WireEnums.h"

#include "api/PhoneNumberFields.h"
#include "common/PhoneFormat.h"

#include <QUrl>

namespace phonedesk::api {

const QStringList& NumberValidation::workModeFields()
{
    static const QStringList fields {QStringLiteral("voiceWorkMode"), QStringLiteral("smsWorkMode")};
    return fields;
}

const QStringList& NumberValidation::workModes()
{
    static const QStringList modes = wireNames(kWorkModes);
    return modes;
}

bool NumberValidation::isForwarding(const std::optional<QString>& workMode)
{
    const std::optional<WorkMode> mode = workMode ? fromWire(kWorkModes, *workMode) : std::nullopt;
    return mode && api::isForwarding(*mode);
}

QMap<QString, QString> NumberValidation::check(const PhoneNumber& n)
{
    QMap<QString, QString> errors;
    const qsizetype nameLength = n.name.trimmed().size();
    if (nameLength == 0)
        errors.insert(QStringLiteral("name"), tr("A name is required."));
    else if (nameLength > kMaxNameLength)
        errors.insert(QStringLiteral("name"), tr("At most %1 characters.").arg(kMaxNameLength));
    if (n.brandWebsite) {
        const QUrl url(*n.brandWebsite, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            errors.insert(QStringLiteral("brandWebsite"), tr("An http:// or https:// address, like https://example.com."));
    }
    if (n.restartDelay && (*n.restartDelay < 0 || *n.restartDelay > kMaxRestartDelay))
        errors.insert(QStringLiteral("restartDelay"), tr("From 0 to %1 seconds (a week).").arg(kMaxRestartDelay));
    for (const auto& [key, id] : {std::pair {"defaultWorkflowId", n.defaultWorkflowId},
                                  std::pair {"signupMemberRoleId", n.signupMemberRoleId},
                                  std::pair {"anonymousMemberRoleId", n.anonymousMemberRoleId}}) {
        if (id && *id < 1)
            errors.insert(QLatin1String(key), tr("A positive id."));
    }
    for (const auto& [key, member] : fields::kOptionalText) {
        const std::optional<QString>& value = n.*member;
        if (value && value->size() > kMaxMessageLength)
            errors.insert(QLatin1String(key), tr("At most %1 characters.").arg(kMaxMessageLength));
    }
    for (const auto& [key, mode] : {std::pair {"voiceWorkMode", n.voiceWorkMode}, std::pair {"smsWorkMode", n.smsWorkMode}}) {
        if (mode && !workModes().contains(*mode))
            errors.insert(QLatin1String(key), tr("Not a known work mode."));
    }
    for (const auto& [key, value, mode] : {std::tuple {"voiceForwardNumber", n.voiceForwardNumber, n.voiceWorkMode},
                                           std::tuple {"smsForwardNumber", n.smsForwardNumber, n.smsWorkMode}}) {
        if (value && !phone::isValidE164(*value))
            errors.insert(QLatin1String(key), tr("A full number with country code, like +14155550100."));
        else if (!value && isForwarding(mode))
            errors.insert(QLatin1String(key), tr("Required: the work mode forwards calls or messages here."));
    }
    if (n.allowSignup && !n.signupMemberRoleId)
        errors.insert(QStringLiteral("signupMemberRoleId"), tr("Required while sign-up is allowed."));
    if (n.allowAnonymous && !n.anonymousMemberRoleId)
        errors.insert(QStringLiteral("anonymousMemberRoleId"), tr("Required while anonymous callers are allowed."));
    return errors;
}

} // namespace phonedesk::api
