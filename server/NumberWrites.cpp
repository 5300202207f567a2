// SPDX-License-Identifier: MIT
#include "server/NumberWrites.h"

#include "common/PhoneFormat.h"
#include "server/NumberFields.h"
#include "server/NumberRules.h"
#include "server/ServerDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <optional>

namespace phonedesk::server {
namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// Rolls back unless committed, so that every early return leaves the database as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_db.transaction(); }
    ~Transaction()
    {
        if (!m_committed)
            m_db.rollback();
    }
    bool commit() { return m_committed = m_db.commit(); }

private:
    QSqlDatabase m_db;
    bool m_committed = false;
};

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qWarning("phonedesk-server: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

HttpResponse internalError() { return HttpResponse::error(500, QStringLiteral("Internal error; nothing was changed")); }
HttpResponse numberNotFound() { return HttpResponse::error(404, QStringLiteral("Phone number not found")); }

// Why the number cannot be changed: not in this workspace (404) or archived (409).
std::optional<HttpResponse> refuseChange(const std::optional<QJsonObject>& number,
                                         const QString& whenArchived = QStringLiteral("The phone number is archived and cannot be changed"))
{
    if (!number)
        return numberNotFound();
    if (number->value(QLatin1String("isArchived")).toBool())
        return HttpResponse::error(409, whenArchived);
    return std::nullopt;
}

struct ProviderPhone
{
    QString uuid;
    QString organizationUuid;
    QString workspaceUuid; // empty: unassigned
    QString phoneNumber;
    QString linkedNumberUuid; // empty: in the pool
};

std::optional<ProviderPhone> findProviderPhone(QSqlDatabase db, const char* where, const QString& value)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT p.uuid, p.organizationUuid, p.workspaceUuid, p.phoneNumber, n.uuid"
                               " FROM provider_phones p LEFT JOIN phone_numbers n ON n.providerPhoneUuid = p.uuid"
                               " WHERE ") + QLatin1String(where),
             {value})
        || !q.next())
        return std::nullopt;
    return ProviderPhone {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
}

QString organizationOf(QSqlDatabase db, const QString& workspace)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("SELECT organizationUuid FROM workspaces WHERE uuid = ?"), {workspace}) && q.next()
        ? q.value(0).toString()
        : QString();
}

// The answer when a provider phone is not there for this workspace: asked by uuid or by number.
HttpResponse phoneNotFound(const QJsonValue& byUuid, const QJsonValue& byNumber)
{
    return byUuid.isString() ? HttpResponse::error(404, QStringLiteral("Provider phone not found"))
                             : HttpResponse::error(404, QStringLiteral("%1 is not in the pool of provider phones").arg(byNumber.toString()));
}

// May this workspace's number (numberUuid, empty for a new one) take the provider phone? Another
// organization's phone answers like one that does not exist (`notFound`), so that nobody can
// probe which numbers and uuids other organizations hold.
std::optional<HttpResponse> refuseClaim(const ProviderPhone& phone, const QString& workspace,
                                        const QString& organization, const QString& numberUuid,
                                        const HttpResponse& notFound)
{
    if (phone.organizationUuid != organization)
        return notFound;
    if (!phone.workspaceUuid.isEmpty() && phone.workspaceUuid != workspace)
        return HttpResponse::error(409, QStringLiteral("Provider phone %1 is assigned to another workspace").arg(phone.uuid));
    if (!phone.linkedNumberUuid.isEmpty() && phone.linkedNumberUuid != numberUuid)
        return HttpResponse::error(409, QStringLiteral("Provider phone %1 is already linked to another phone number").arg(phone.uuid));
    return std::nullopt;
}

bool liveNumberExists(QSqlDatabase db, const QString& workspace, const QString& phoneNumber, qint64 exceptId)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("SELECT 1 FROM phone_numbers WHERE workspaceUuid = ? AND phoneNumber = ?"
                                 " AND isArchived = 0 AND id <> ?"),
               {workspace, phoneNumber, exceptId})
        && q.next();
}

QJsonArray blockersOf(QSqlDatabase db, const QString& workspace, const QJsonObject& number)
{
    QJsonArray blockers;
    QSqlQuery q(db);
    auto collect = [&](const char* kind, const QString& reason) {
        while (q.next()) {
            blockers.append(QJsonObject {{QLatin1String("kind"), QLatin1String(kind)},
                                         {QLatin1String("id"), q.value(0).toLongLong()},
                                         {QLatin1String("name"), q.value(1).toString()},
                                         {QLatin1String("reason"), reason}});
        }
    };
    if (run(q, QStringLiteral("SELECT id, name FROM workflows WHERE workspaceUuid = ? AND defaultPhoneNumberId = ? ORDER BY id"),
            {workspace, number.value(QLatin1String("id")).toInteger()}))
        collect("workflow", QStringLiteral("Uses this number as its default outbound phone number"));
    if (run(q, QStringLiteral("SELECT id, name FROM event_rules WHERE workspaceUuid = ? AND phoneNumberUuid = ? ORDER BY id"),
            {workspace, number.value(QLatin1String("uuid")).toString()}))
        collect("event_rule", QStringLiteral("Refers to this number"));
    return blockers;
}

} // namespace

NumberWrites::NumberWrites(ServerDatabase& db) : m_db(db) { }

HttpResponse NumberWrites::linkablePhones(const QString& workspace) const
{
    QSqlQuery q(m_db.connection());
    const QString organization = organizationOf(m_db.connection(), workspace);
    if (!run(q, QStringLiteral("SELECT p.uuid, p.phoneNumber, p.friendlyName, p.organizationUuid, p.workspaceUuid, n.uuid,"
                               " p.voice, p.sms, p.mms FROM provider_phones p"
                               " LEFT JOIN phone_numbers n ON n.providerPhoneUuid = p.uuid"
                               " WHERE p.organizationUuid = ? AND (p.workspaceUuid IS NULL OR p.workspaceUuid = ?)"
                               " ORDER BY p.phoneNumber"),
             {organization, workspace}))
        return internalError();
    QJsonArray phones;
    auto nullable = [](const QVariant& v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toString()); };
    while (q.next()) {
        phones.append(QJsonObject {
            {QLatin1String("uuid"), q.value(0).toString()},
            {QLatin1String("phoneNumber"), q.value(1).toString()},
            {QLatin1String("friendlyName"), q.value(2).toString()},
            {QLatin1String("organizationUuid"), q.value(3).toString()},
            {QLatin1String("workspaceUuid"), nullable(q.value(4))},
            {QLatin1String("linkedPhoneNumberUuid"), nullable(q.value(5))},
            {QLatin1String("capabilities"), QJsonObject {{QLatin1String("voice"), q.value(6).toBool()},
                                                         {QLatin1String("sms"), q.value(7).toBool()},
                                                         {QLatin1String("mms"), q.value(8).toBool()}}},
        });
    }
    return HttpResponse::json(200, phones);
}

HttpResponse NumberWrites::create(const QString& workspace, const QJsonObject& body) const
{
    const QJsonValue providerValue = body.value(QLatin1String("providerPhoneUuid"));
    const QJsonValue numberValue = body.value(QLatin1String("phoneNumber"));
    QJsonObject fields = NumberRules::normalized(body);
    fields.remove(QLatin1String("providerPhoneUuid"));
    fields.remove(QLatin1String("phoneNumber"));
    QList<FieldError> errors = NumberRules::check(fields, fields);
    if (!fields.contains(QLatin1String("name")))
        errors.append({QStringLiteral("name"), QStringLiteral("is required")});
    const bool byProvider = providerValue.isString();
    if (!providerValue.isUndefined() && !providerValue.isNull() && !byProvider)
        errors.append({QStringLiteral("providerPhoneUuid"), QStringLiteral("must be a string")});
    if (!numberValue.isUndefined() && !api::phone::isValidE164(numberValue.toString()))
        errors.append({QStringLiteral("phoneNumber"), QStringLiteral("must be a valid phone number in E.164 form, like +14155550100")});
    if (!byProvider && numberValue.isUndefined())
        errors.append({QStringLiteral("providerPhoneUuid"),
                       QStringLiteral("a provider phone (providerPhoneUuid) or a phone number (phoneNumber) is required")});
    if (!errors.isEmpty())
        return HttpResponse::invalid(errors);

    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    // Asked by number, one the workspace already has is a conflict, not a missing pool entry. A
    // phone of another organization is not found before anything else is said of it.
    if (!byProvider && liveNumberExists(db, workspace, numberValue.toString(), -1))
        return HttpResponse::error(409, QStringLiteral("%1 is already a number of this workspace").arg(numberValue.toString()));
    const std::optional<ProviderPhone> phone = byProvider
        ? findProviderPhone(db, "p.uuid = ?", providerValue.toString())
        : findProviderPhone(db, "p.phoneNumber = ? AND n.uuid IS NULL", numberValue.toString());
    const HttpResponse notFound = phoneNotFound(providerValue, numberValue);
    if (!phone || phone->organizationUuid != organizationOf(db, workspace))
        return notFound;
    if (byProvider && numberValue.isString() && numberValue.toString() != phone->phoneNumber)
        return HttpResponse::invalid({{QStringLiteral("phoneNumber"), QStringLiteral("differs from the provider phone's number %1").arg(phone->phoneNumber)}});
    if (auto refusal = refuseClaim(*phone, workspace, organizationOf(db, workspace), {}, notFound))
        return *refusal;
    if (liveNumberExists(db, workspace, phone->phoneNumber, -1))
        return HttpResponse::error(409, QStringLiteral("%1 is already a number of this workspace").arg(phone->phoneNumber));

    const QString stamp = now();
    QStringList columns {QStringLiteral("uuid"), QStringLiteral("workspaceUuid"), QStringLiteral("phoneNumber"),
                         QStringLiteral("providerPhoneUuid"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")};
    QVariantList values {QUuid::createUuid().toString(QUuid::WithoutBraces), workspace, phone->phoneNumber,
                         phone->uuid, stamp, stamp};
    for (const NumberField& field : numberFields()) {
        if (fields.contains(QLatin1String(field.name))) {
            columns << QLatin1String(field.name);
            values << toSqlValue(field, fields.value(QLatin1String(field.name)));
        }
    }
    QSqlQuery q(db);
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
    if (!run(q, QStringLiteral("INSERT INTO phone_numbers (%1) VALUES (%2)").arg(columns.join(QLatin1Char(',')), marks), values))
        return internalError();
    const QString id = q.lastInsertId().toString();
    if (!run(q, QStringLiteral("UPDATE provider_phones SET workspaceUuid = ? WHERE uuid = ?"), {workspace, phone->uuid})
        || !transaction.commit())
        return internalError();
    return HttpResponse::json(201, m_db.findNumber(workspace, id).value_or(QJsonObject()));
}

HttpResponse NumberWrites::update(const QString& workspace, const QString& idOrUuid, const QJsonObject& request) const
{
    const QJsonObject body = NumberRules::normalized(request);
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const std::optional<QJsonObject> number = m_db.findNumber(workspace, idOrUuid);
    if (auto refusal = refuseChange(number))
        return *refusal;
    QJsonObject merged = *number;
    for (auto it = body.begin(); it != body.end(); ++it)
        merged.insert(it.key(), it.value());
    if (const QList<FieldError> errors = NumberRules::check(body, merged); !errors.isEmpty())
        return HttpResponse::invalid(errors);

    QStringList assignments;
    QVariantList values;
    for (const NumberField& field : numberFields()) {
        const QString key = QLatin1String(field.name);
        if (!body.contains(key))
            continue;
        const QVariant value = toSqlValue(field, body.value(key));
        if (value == toSqlValue(field, number->value(key)))
            continue; // the same value again is not a change
        assignments << key + QLatin1String(" = ?");
        values << value;
    }
    if (assignments.isEmpty())
        return HttpResponse::json(200, *number); // nothing changed: updatedAt stays
    assignments << QStringLiteral("updatedAt = ?");
    values << now() << number->value(QLatin1String("id")).toInteger();
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("UPDATE phone_numbers SET %1 WHERE id = ?").arg(assignments.join(QLatin1String(", "))), values)
        || !transaction.commit())
        return internalError();
    return HttpResponse::json(200, m_db.findNumber(workspace, idOrUuid).value_or(QJsonObject()));
}

HttpResponse NumberWrites::link(const QString& workspace, const QString& idOrUuid, const QJsonObject& body) const
{
    QList<FieldError> errors;
    for (const QString& key : body.keys()) {
        if (key != QLatin1String("providerPhoneUuid"))
            errors.append({key, QStringLiteral("is not a field of a link request")});
    }
    const QJsonValue wanted = body.value(QLatin1String("providerPhoneUuid"));
    if (wanted.isUndefined())
        errors.append({QStringLiteral("providerPhoneUuid"), QStringLiteral("is required; null unlinks")});
    else if (!wanted.isString() && !wanted.isNull())
        errors.append({QStringLiteral("providerPhoneUuid"), QStringLiteral("must be a string or null")});

    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const std::optional<QJsonObject> number = m_db.findNumber(workspace, idOrUuid);
    if (number && !errors.isEmpty())
        return HttpResponse::invalid(errors);
    if (auto refusal = refuseChange(number))
        return *refusal;
    const qint64 id = number->value(QLatin1String("id")).toInteger();
    const QJsonValue current = number->value(QLatin1String("providerPhoneUuid"));
    if (wanted == current)
        return HttpResponse::json(200, *number); // already so: a no-op

    QSqlQuery q(db);
    if (wanted.isNull()) {
        // The provider phone stays assigned to the workspace, ready to link again.
        if (!run(q, QStringLiteral("UPDATE phone_numbers SET providerPhoneUuid = NULL, updatedAt = ? WHERE id = ?"), {now(), id})
            || !transaction.commit())
            return internalError();
        return HttpResponse::json(200, m_db.findNumber(workspace, idOrUuid).value_or(QJsonObject()));
    }
    const std::optional<ProviderPhone> phone = findProviderPhone(db, "p.uuid = ?", wanted.toString());
    const HttpResponse notFound = phoneNotFound(wanted, {});
    if (!phone)
        return notFound;
    if (auto refusal = refuseClaim(*phone, workspace, organizationOf(db, workspace), number->value(QLatin1String("uuid")).toString(), notFound))
        return *refusal;
    if (liveNumberExists(db, workspace, phone->phoneNumber, id))
        return HttpResponse::error(409, QStringLiteral("%1 is already a number of this workspace").arg(phone->phoneNumber));
    if (!run(q, QStringLiteral("UPDATE phone_numbers SET providerPhoneUuid = ?, phoneNumber = ?, updatedAt = ? WHERE id = ?"),
             {phone->uuid, phone->phoneNumber, now(), id})
        || !run(q, QStringLiteral("UPDATE provider_phones SET workspaceUuid = ? WHERE uuid = ?"), {workspace, phone->uuid})
        || !transaction.commit())
        return internalError();
    return HttpResponse::json(200, m_db.findNumber(workspace, idOrUuid).value_or(QJsonObject()));
}

HttpResponse NumberWrites::archiveBlockers(const QString& workspace, const QString& idOrUuid) const
{
    const std::optional<QJsonObject> number = m_db.findNumber(workspace, idOrUuid);
    if (!number)
        return numberNotFound();
    const QJsonArray blockers = blockersOf(m_db.connection(), workspace, *number);
    return HttpResponse::json(200, QJsonObject {{QLatin1String("phoneNumberId"), number->value(QLatin1String("id"))},
                                                {QLatin1String("canArchive"), blockers.isEmpty()},
                                                {QLatin1String("blockers"), blockers}});
}

HttpResponse NumberWrites::archive(const QString& workspace, const QString& idOrUuid) const
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const std::optional<QJsonObject> number = m_db.findNumber(workspace, idOrUuid);
    if (auto refusal = refuseChange(number, QStringLiteral("The phone number is already archived")))
        return *refusal;
    if (const QJsonArray blockers = blockersOf(db, workspace, *number); !blockers.isEmpty()) {
        return HttpResponse::json(409, QJsonObject {
            {QLatin1String("detail"), QStringLiteral("Archiving is blocked by %1 workflow(s) or event rule(s); change them first").arg(blockers.size())},
            {QLatin1String("blockers"), blockers}});
    }
    const QString stamp = now();
    const QJsonValue provider = number->value(QLatin1String("providerPhoneUuid"));
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("UPDATE phone_numbers SET isArchived = 1, archivedAt = ?, updatedAt = ?,"
                               " providerPhoneUuid = NULL WHERE id = ?"),
             {stamp, stamp, number->value(QLatin1String("id")).toInteger()}))
        return internalError();
    // The provider phone goes back to the organization's pool.
    if (provider.isString() && !run(q, QStringLiteral("UPDATE provider_phones SET workspaceUuid = NULL WHERE uuid = ?"), {provider.toString()}))
        return internalError();
    if (!transaction.commit())
        return internalError();
    return HttpResponse::json(200, m_db.findNumber(workspace, idOrUuid).value_or(QJsonObject()));
}

} // namespace phonedesk::server
