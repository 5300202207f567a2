// SPDX-License-Identifier: MIT
#include "models/CsvExport.h"

#include "api/JsonMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace phonedesk::models {
namespace {

// A cell a spreadsheet would take for a formula (OWASP: = + - @, tab, CR first) gets an
// apostrophe in front, which spreadsheets show as text and never run; so does one that starts
// with an apostrophe, so that the import can take exactly one off. Spaces at either end are
// quoted: the import trims cells that are not.
QString field(QString value)
{
    static const QString guarded = QStringLiteral("=+-@\t\r'");
    if (!value.isEmpty() && guarded.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')) && value.trimmed().size() == value.size())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A phone column: E.164 (a plus and digits) is no formula whatever a spreadsheet makes of it, and
// stays as it is, readable and importable; anything else there is treated like any text.
QString phoneField(const QString& value)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return e164.match(value).hasMatch() ? value : field(value);
}

QString flag(bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); }

QByteArray document(const QStringList& lines)
{
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject journalObject(const JournalEntry& e)
{
    return {{QLatin1String("seq"), e.seq},
            {QLatin1String("at"), api::toIsoUtc(e.at)},
            {QLatin1String("action"), journalActionName(e.action)},
            {QLatin1String("phoneNumber"), e.phoneNumber},
            {QLatin1String("numberId"), e.numberId},
            {QLatin1String("ok"), e.ok},
            {QLatin1String("httpStatus"), e.httpStatus},
            {QLatin1String("message"), e.message},
            {QLatin1String("changedFields"), QJsonArray::fromStringList(e.changedFields())},
            {QLatin1String("sent"), e.sent},
            {QLatin1String("before"), e.before},
            {QLatin1String("after"), e.after}};
}

} // namespace

QByteArray toCsv(const QList<api::PhoneNumber>& numbers)
{
    QStringList lines {QStringLiteral("phoneNumber,name,status,brandName,enableVoice,enableSms,enableWhatsApp,"
                                      "defaultWorkflowId,providerPhoneUuid,updatedAt,uuid,id")};
    for (const api::PhoneNumber& n : numbers) {
        lines << QStringList {
            phoneField(n.phoneNumber),
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
    return document(lines);
}

QByteArray toCsv(const QList<JournalEntry>& entries)
{
    QStringList lines {QStringLiteral("seq,at,action,phoneNumber,numberId,ok,httpStatus,message,changedFields,sent,before,after")};
    for (const JournalEntry& e : entries) {
        lines << QStringList {
            QString::number(e.seq),
            api::toIsoUtc(e.at),
            journalActionName(e.action),
            phoneField(e.phoneNumber),
            QString::number(e.numberId),
            flag(e.ok),
            QString::number(e.httpStatus),
            field(e.message),
            field(e.changedFields().join(QLatin1Char(' '))),
            field(compact(e.sent)),
            field(compact(e.before)),
            field(compact(e.after)),
        }.join(QLatin1Char(','));
    }
    return document(lines);
}

QByteArray toJson(const QList<JournalEntry>& entries)
{
    QJsonArray array;
    for (const JournalEntry& e : entries)
        array.append(journalObject(e));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace phonedesk::models
