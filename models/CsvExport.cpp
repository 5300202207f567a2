// SPDX-License-Identifier: MIT
#include "CsvExport.h"

#include "JsonMapping.h"

#include <QStringList>

namespace phonedesk::models {
namespace {

QString field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString flag(bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); }

} // namespace

QByteArray toCsv(const QList<api::PhoneNumber>& numbers)
{
    QStringList lines {QStringLiteral("phoneNumber,name,status,brandName,enableVoice,enableSms,enableWhatsApp,"
                                      "defaultWorkflowId,providerPhoneUuid,updatedAt,uuid,id")};
    for (const api::PhoneNumber& n : numbers) {
        lines << QStringList {
            field(n.phoneNumber),
            field(n.name),
            n.isArchived ? QStringLiteral("archived") : QStringLiteral("active"),
            field(n.brandName.value_or(QString())),
            flag(n.enableVoice),
            flag(n.enableSms),
            flag(n.enableWhatsApp),
            n.defaultWorkflowId ? QString::number(*n.defaultWorkflowId) : QString(),
            field(n.providerPhoneUuid.value_or(QString())),
            api::toIsoUtc(n.updatedAt),
            field(n.uuid),
            QString::number(n.id),
        }.join(QLatin1Char(','));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

} // namespace phonedesk::models
