// SPDX-License-Identifier: MIT
#include "models/BulkEdit.h"

#include "api/JsonMapping.h"
#include "api/NumberValidation.h"

#include <QCoreApplication>

namespace phonedesk::models {

const QStringList& BulkEditPreview::settableFields()
{
    static const QStringList fields {
        QStringLiteral("enableVoice"), QStringLiteral("enableSms"), QStringLiteral("enableWhatsApp"),
        QStringLiteral("assistantEnabled"), QStringLiteral("voiceWorkMode"), QStringLiteral("voiceForwardNumber"),
        QStringLiteral("smsWorkMode"), QStringLiteral("smsForwardNumber"), QStringLiteral("voiceOffHoursMessage"),
        QStringLiteral("smsOffHoursMessage"), QStringLiteral("voicemailGreeting"), QStringLiteral("defaultWorkflowId"),
        QStringLiteral("restartDelay"), QStringLiteral("brandName"), QStringLiteral("brandDescription"),
        QStringLiteral("brandWebsite"),
    };
    return fields;
}

BulkEditPreview BulkEditPreview::of(const QList<api::PhoneNumber>& numbers, const QJsonObject& fields)
{
    BulkEditPreview preview;
    for (const QString& field : fields.keys()) {
        if (!settableFields().contains(field)) {
            preview.error = QCoreApplication::translate("BulkEdit", "%1 cannot be set on many numbers at once").arg(field);
            return preview;
        }
    }
    preview.rows.reserve(numbers.size());
    for (const api::PhoneNumber& number : numbers)
        preview.rows.append(rowFor(number, fields));
    return preview;
}

BulkEditRow BulkEditPreview::rowFor(const api::PhoneNumber& number, const QJsonObject& fields)
{
    BulkEditRow row;
    row.number = number;
    if (number.isArchived)
        row.problems.insert(QStringLiteral("isArchived"), QCoreApplication::translate("BulkEdit", "An archived number cannot change."));
    const api::Parsed<api::PhoneNumber> parsed = api::withFields(number, fields);
    if (!parsed.ok()) {
        row.outcome = BulkEditRow::Outcome::Invalid;
        row.problems.insert(QString(), parsed.error); // a value of the wrong type
        return row;
    }
    // Compared on the wire, so that "changes" means what the server would see change.
    const QJsonObject before = api::toJson(number);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (before.value(it.key()) != it.value())
            row.request.fields.insert(it.key(), it.value());
        else
            row.alreadySet << it.key();
    }
    // Only what this edit breaks: a rule the number already broke is not the edit's doing.
    if (!row.request.isEmpty()) {
        if (const QMap<QString, QString> after = api::NumberValidation::check(parsed.value); !after.isEmpty()) {
            const QMap<QString, QString> already = api::NumberValidation::check(number);
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (already.value(it.key()) != it.value())
                    row.problems.insert(it.key(), it.value());
            }
        }
    }
    row.outcome = !row.problems.isEmpty() ? BulkEditRow::Outcome::Invalid
                  : row.request.isEmpty() ? BulkEditRow::Outcome::Skip
                                          : BulkEditRow::Outcome::Change;
    return row;
}

qsizetype BulkEditPreview::count(BulkEditRow::Outcome outcome) const
{
    return std::count_if(rows.cbegin(), rows.cend(), [outcome](const BulkEditRow& row) { return row.outcome == outcome; });
}

} // namespace phonedesk::models
