// SPDX-License-Identifier: MIT
#include "server/NumberRules.h"

#include "common/PhoneFormat.h"
#include "common/WireEnums.h"
#include "server/NumberFields.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace phonedesk::server {
namespace {

bool forwards(const QString& workMode)
{
    const std::optional<api::WorkMode> mode = api::fromWire(api::kWorkModes, workMode);
    return mode && api::isForwarding(*mode);
}

const QSet<QString> kCallerMessages {
    QStringLiteral("voiceUnavailableMessage"), QStringLiteral("voiceGreetingMessage"),
    QStringLiteral("anonymousRejectionMessage"), QStringLiteral("smsUnavailableMessage"),
    QStringLiteral("voicemailGreeting"),
};
const QSet<QString> kRoleAndWorkflowIds {
    QStringLiteral("defaultWorkflowId"), QStringLiteral("signupMemberRoleId"), QStringLiteral("anonymousMemberRoleId"),
};
constexpr qint64 kMaxRestartDelay = 604800; // a week, in seconds
constexpr qsizetype kMaxNameLength = 255;
constexpr qsizetype kMaxMessageLength = 2000;
constexpr qsizetype kMaxTextLength = 2000; // any other text field: no unbounded strings in the database

const NumberField* fieldNamed(const QString& name)
{
    for (const NumberField& f : numberFields()) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

// The rule of one field on its own; empty when the value is fine.
QString checkValue(const NumberField& field, const QString& name, const QJsonValue& value)
{
    if (QString problem = checkFieldType(field, value); !problem.isEmpty())
        return problem;
    if (value.isNull())
        return {};
    if (name == QLatin1String("name")) {
        const qsizetype length = value.toString().trimmed().size();
        if (length < 1 || length > kMaxNameLength)
            return QStringLiteral("must be 1 to 255 characters after trimming");
    } else if (name == QLatin1String("brandWebsite")) {
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return QStringLiteral("must be an http:// or https:// URL");
    } else if (name == QLatin1String("restartDelay")) {
        const qint64 seconds = value.toInteger();
        if (seconds < 0 || seconds > kMaxRestartDelay)
            return QStringLiteral("must be from 0 to 604800 seconds");
    } else if (kRoleAndWorkflowIds.contains(name)) {
        if (value.toInteger() < 1)
            return QStringLiteral("must be a positive id");
    } else if (name == QLatin1String("voiceWorkMode") || name == QLatin1String("smsWorkMode")) {
        if (!api::fromWire(api::kWorkModes, value.toString()))
            return QStringLiteral("must be one of %1").arg(api::wireNames(api::kWorkModes).join(QLatin1String(", ")));
    } else if (name == QLatin1String("voiceForwardNumber") || name == QLatin1String("smsForwardNumber")) {
        if (!api::phone::isValidE164(value.toString()))
            return QStringLiteral("must be a valid phone number in E.164 form, like +14155550100");
    } else if (field.type == FieldType::Text) {
        const qsizetype limit = kCallerMessages.contains(name) ? kMaxMessageLength : kMaxTextLength;
        if (value.toString().size() > limit)
            return QStringLiteral("must be at most %1 characters").arg(limit);
    }
    return {};
}

// Rules that tie two fields together, checked on the record a write would produce.
void checkPairs(const QJsonObject& merged, const QSet<QString>& alreadyBad, QList<FieldError>& errors)
{
    auto require = [&](const char* flagOrMode, bool active, const char* needed, const QString& why) {
        const QString field = QLatin1String(needed);
        const QJsonValue value = merged.value(field); // absent counts as null
        if (active && (value.isNull() || value.isUndefined()) && !alreadyBad.contains(field)
            && !alreadyBad.contains(QLatin1String(flagOrMode)))
            errors.append({field, why});
    };
    require("allowSignup", merged.value(QLatin1String("allowSignup")).toBool(), "signupMemberRoleId",
            QStringLiteral("is required when allowSignup is true"));
    require("allowAnonymous", merged.value(QLatin1String("allowAnonymous")).toBool(), "anonymousMemberRoleId",
            QStringLiteral("is required when allowAnonymous is true"));
    const QString voiceMode = merged.value(QLatin1String("voiceWorkMode")).toString();
    require("voiceWorkMode", forwards(voiceMode), "voiceForwardNumber",
            QStringLiteral("is required when voiceWorkMode is %1").arg(voiceMode));
    const QString smsMode = merged.value(QLatin1String("smsWorkMode")).toString();
    require("smsWorkMode", forwards(smsMode), "smsForwardNumber",
            QStringLiteral("is required when smsWorkMode is %1").arg(smsMode));
}

} // namespace

bool NumberRules::isUpdatable(const QString& field)
{
    const NumberField* f = fieldNamed(field);
    return f && !f->readOnly && field != QLatin1String("providerPhoneUuid");
}

QJsonObject NumberRules::normalized(const QJsonObject& given)
{
    QJsonObject result = given;
    for (auto it = result.begin(); it != result.end(); ++it) {
        const NumberField* field = fieldNamed(it.key());
        if (field && field->type == FieldType::Text && it.value().isString())
            it.value() = it.value().toString().trimmed();
    }
    return result;
}

QList<FieldError> NumberRules::check(const QJsonObject& given, const QJsonObject& merged)
{
    QList<FieldError> errors;
    QSet<QString> bad;
    for (auto it = given.begin(); it != given.end(); ++it) {
        const NumberField* field = fieldNamed(it.key());
        QString problem;
        if (!field)
            problem = QStringLiteral("is not a field of a phone number");
        else if (it.key() == QLatin1String("providerPhoneUuid"))
            problem = QStringLiteral("changes only through POST /{id}/link");
        else if (field->readOnly)
            problem = QStringLiteral("is read-only");
        else
            problem = checkValue(*field, it.key(), it.value());
        if (!problem.isEmpty()) {
            errors.append({it.key(), problem});
            bad.insert(it.key());
        }
    }
    checkPairs(merged, bad, errors);
    if (errors.isEmpty() && QJsonDocument(merged).toJson(QJsonDocument::Compact).size() > kMaxNumberJsonBytes) {
        QString longest; // the text field that weighs most, to name it
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (it.value().isString() && (longest.isEmpty() || it.value().toString().size() > given.value(longest).toString().size()))
                longest = it.key();
        }
        errors.append({longest, QStringLiteral("would make the number's JSON larger than %1 KiB").arg(kMaxNumberJsonBytes / 1024)});
    }
    return errors;
}

} // namespace phonedesk::server
