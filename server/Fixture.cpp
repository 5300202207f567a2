// SPDX-License-Identifier: MIT
#include "server/Fixture.h"

#include "common/PhoneFormat.h"
#include "common/WireEnums.h"
#include "server/NumberFields.h"
#include "server/ServerDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace phonedesk::server {
namespace {


QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// Thrown inside the loader only, and turned into the returned message at its edge.
struct Refusal
{
    QString message;
};

struct ProviderPhoneRow
{
    QString organizationUuid;
    QString workspaceUuid;
    QString phoneNumber;
    bool linked = false;
};

class Loader
{
public:
    explicit Loader(QSqlDatabase db) : m_db(std::move(db)) { }

    void load(const QJsonObject& fixture)
    {
        each(fixture, "organizations", &Loader::organization);
        each(fixture, "workspaces", &Loader::workspace);
        each(fixture, "users", &Loader::user);
        each(fixture, "tokens", &Loader::token);
        each(fixture, "providerPhones", &Loader::providerPhone);
        each(fixture, "phoneNumbers", &Loader::phoneNumber);
        each(fixture, "workflows", &Loader::workflow);
        each(fixture, "eventRules", &Loader::eventRule);
    }

private:
    using Handler = void (Loader::*)(const QJsonObject&);

    void each(const QJsonObject& fixture, const char* list, Handler handler)
    {
        const QJsonValue value = fixture.value(QLatin1String(list));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray())
            throw Refusal {QLatin1String(list) + QLatin1String(" must be a list")};
        const QJsonArray entries = value.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            m_where = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
            if (const QString name = entry.value(QLatin1String("name")).toString(); !name.isEmpty())
                m_where += QStringLiteral(" (\"%1\")").arg(name);
            if (!entries.at(i).isObject())
                refuse(QStringLiteral("must be an object"));
            (this->*handler)(entry);
        }
    }

    [[noreturn]] void refuse(const QString& what) const { throw Refusal {m_where + QLatin1String(": ") + what}; }

    QString text(const QJsonObject& o, const char* key, bool required = true) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString();
        if (!required && (v.isUndefined() || v.isNull()))
            return {};
        refuse(QStringLiteral("%1 must be a non-empty string").arg(QLatin1String(key)));
    }

    template<typename Known>
    QString uuidOf(const QJsonObject& o, const Known& known) const
    {
        const QString uuid = o.contains(QLatin1String("uuid")) ? text(o, "uuid") : newUuid();
        if (known.contains(uuid))
            refuse(QStringLiteral("uuid %1 is used twice").arg(uuid));
        return uuid;
    }

    QString knownWorkspace(const QJsonObject& o) const
    {
        const QString ws = text(o, "workspaceUuid");
        if (!m_workspaceOrg.contains(ws))
            refuse(QStringLiteral("unknown workspace %1").arg(ws));
        return ws;
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            refuse(q.lastError().text());
        m_lastId = q.lastInsertId().toLongLong();
    }

    void organization(const QJsonObject& o)
    {
        const QString uuid = uuidOf(o, m_organizations);
        exec(QStringLiteral("INSERT INTO organizations (uuid, name) VALUES (?, ?)"), {uuid, text(o, "name")});
        m_organizations.insert(uuid);
    }

    void workspace(const QJsonObject& o)
    {
        const QString uuid = uuidOf(o, m_workspaceOrg);
        const QString org = text(o, "organizationUuid");
        if (!m_organizations.contains(org))
            refuse(QStringLiteral("unknown organization %1").arg(org));
        exec(QStringLiteral("INSERT INTO workspaces (uuid, organizationUuid, name) VALUES (?, ?, ?)"),
             {uuid, org, text(o, "name")});
        m_workspaceOrg.insert(uuid, org);
    }

    void user(const QJsonObject& o)
    {
        const QVariant id = o.contains(QLatin1String("id")) ? QVariant(o.value(QLatin1String("id")).toInteger())
                                                            : QVariant();
        exec(QStringLiteral("INSERT INTO users (id, name) VALUES (?, ?)"), {id, text(o, "name")});
        m_users.insert(m_lastId);
        const qint64 userId = m_lastId;
        for (const QJsonValue& ws : o.value(QLatin1String("workspaceUuids")).toArray()) {
            if (!m_workspaceOrg.contains(ws.toString()))
                refuse(QStringLiteral("unknown workspace %1").arg(ws.toString()));
            exec(QStringLiteral("INSERT INTO memberships (userId, workspaceUuid) VALUES (?, ?)"),
                 {userId, ws.toString()});
        }
    }

    void token(const QJsonObject& o)
    {
        const qint64 userId = o.value(QLatin1String("userId")).toInteger();
        if (!m_users.contains(userId))
            refuse(QStringLiteral("unknown user %1").arg(userId));
        QStringList scopes;
        for (const QJsonValue& scope : o.value(QLatin1String("scopes")).toArray()) {
            if (!api::fromWire(api::kScopes, scope.toString()))
                refuse(QStringLiteral("unknown scope \"%1\"").arg(scope.toString()));
            scopes << scope.toString();
        }
        exec(QStringLiteral("INSERT INTO tokens (token, userId, scopes) VALUES (?, ?, ?)"),
             {text(o, "token"), userId, scopes.join(QLatin1Char(' '))});
    }

    QString validNumber(const QJsonObject& o) const
    {
        const QString number = text(o, "phoneNumber");
        if (!api::phone::isValidE164(number))
            refuse(QStringLiteral("phoneNumber \"%1\" is not a valid E.164 number").arg(number));
        return number;
    }

    void providerPhone(const QJsonObject& o)
    {
        const QString uuid = uuidOf(o, m_providerPhones);
        ProviderPhoneRow row {text(o, "organizationUuid"), text(o, "workspaceUuid", false), validNumber(o)};
        if (!m_organizations.contains(row.organizationUuid))
            refuse(QStringLiteral("unknown organization %1").arg(row.organizationUuid));
        if (!row.workspaceUuid.isEmpty() && m_workspaceOrg.value(row.workspaceUuid) != row.organizationUuid)
            refuse(QStringLiteral("workspace %1 is not of organization %2").arg(row.workspaceUuid, row.organizationUuid));
        const QJsonObject caps = o.value(QLatin1String("capabilities")).toObject();
        exec(QStringLiteral("INSERT INTO provider_phones (uuid, organizationUuid, phoneNumber, friendlyName,"
                            " workspaceUuid, voice, sms, mms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {uuid, row.organizationUuid, row.phoneNumber, text(o, "friendlyName", false),
              row.workspaceUuid.isEmpty() ? QVariant() : QVariant(row.workspaceUuid),
              caps.value(QLatin1String("voice")).toBool(true), caps.value(QLatin1String("sms")).toBool(true),
              caps.value(QLatin1String("mms")).toBool(false)});
        m_providerPhones.insert(uuid, row);
    }

    // Links the provider phone to a number of workspace ws, assigning it there; returns its number.
    QString linkProviderPhone(const QString& uuid, const QString& ws)
    {
        if (!m_providerPhones.contains(uuid))
            refuse(QStringLiteral("unknown provider phone %1").arg(uuid));
        ProviderPhoneRow& row = m_providerPhones[uuid];
        if (row.organizationUuid != m_workspaceOrg.value(ws))
            refuse(QStringLiteral("provider phone %1 belongs to another organization").arg(uuid));
        if (!row.workspaceUuid.isEmpty() && row.workspaceUuid != ws)
            refuse(QStringLiteral("provider phone %1 is assigned to another workspace").arg(uuid));
        if (row.linked)
            refuse(QStringLiteral("provider phone %1 is linked twice").arg(uuid));
        row.linked = true;
        row.workspaceUuid = ws;
        exec(QStringLiteral("UPDATE provider_phones SET workspaceUuid = ? WHERE uuid = ?"), {ws, uuid});
        return row.phoneNumber;
    }

    void phoneNumber(const QJsonObject& o)
    {
        QJsonObject entry = o;
        const QString ws = knownWorkspace(o);
        entry.insert(QLatin1String("uuid"), uuidOf(o, m_numberWorkspace));
        const QString provider = text(o, "providerPhoneUuid", false);
        if (!provider.isEmpty()) {
            if (o.value(QLatin1String("isArchived")).toBool())
                refuse(QStringLiteral("an archived number cannot be linked to a provider phone"));
            const QString providerNumber = linkProviderPhone(provider, ws);
            if (!o.contains(QLatin1String("phoneNumber")))
                entry.insert(QLatin1String("phoneNumber"), providerNumber);
            else if (o.value(QLatin1String("phoneNumber")).toString() != providerNumber)
                refuse(QStringLiteral("phoneNumber differs from its provider phone's %1").arg(providerNumber));
        }
        validNumber(entry);
        const QString now = nowIso();
        if (!entry.contains(QLatin1String("createdAt")))
            entry.insert(QLatin1String("createdAt"), now);
        if (!entry.contains(QLatin1String("updatedAt")))
            entry.insert(QLatin1String("updatedAt"), entry.value(QLatin1String("createdAt")));
        if (entry.value(QLatin1String("isArchived")).toBool() && !entry.contains(QLatin1String("archivedAt")))
            entry.insert(QLatin1String("archivedAt"), entry.value(QLatin1String("updatedAt")));
        insertNumber(entry);
        m_numberWorkspace.insert(entry.value(QLatin1String("uuid")).toString(), ws);
        m_numberIdWorkspace.insert(m_lastId, ws);
    }

    void insertNumber(const QJsonObject& entry)
    {
        QStringList columns;
        QVariantList values;
        QSet<QString> knownKeys;
        for (const NumberField& field : numberFields()) {
            const QString key = QLatin1String(field.name);
            knownKeys.insert(key);
            if (!entry.contains(key))
                continue;
            if (const QString problem = checkFieldType(field, entry.value(key)); !problem.isEmpty())
                refuse(key + QLatin1Char(' ') + problem);
            columns << key;
            values << toSqlValue(field, entry.value(key));
        }
        for (const QString& key : entry.keys()) {
            if (!knownKeys.contains(key))
                refuse(QStringLiteral("unknown field \"%1\"").arg(key));
        }
        const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','));
        exec(QStringLiteral("INSERT INTO phone_numbers (%1) VALUES (%2)").arg(columns.join(QLatin1Char(',')), marks),
             values);
    }

    void workflow(const QJsonObject& o)
    {
        const QString ws = knownWorkspace(o);
        const QJsonValue number = o.value(QLatin1String("defaultPhoneNumberId"));
        if (!number.isNull() && !number.isUndefined() && m_numberIdWorkspace.value(number.toInteger()) != ws)
            refuse(QStringLiteral("defaultPhoneNumberId %1 is not a number of this workspace").arg(number.toInteger()));
        exec(QStringLiteral("INSERT INTO workflows (id, workspaceUuid, name, defaultPhoneNumberId) VALUES (?, ?, ?, ?)"),
             {o.contains(QLatin1String("id")) ? QVariant(o.value(QLatin1String("id")).toInteger()) : QVariant(), ws,
              text(o, "name"), number.isDouble() ? QVariant(number.toInteger()) : QVariant()});
    }

    void eventRule(const QJsonObject& o)
    {
        const QString ws = knownWorkspace(o);
        const QString number = text(o, "phoneNumberUuid", false);
        if (!number.isEmpty() && m_numberWorkspace.value(number) != ws)
            refuse(QStringLiteral("phoneNumberUuid %1 is not a number of this workspace").arg(number));
        exec(QStringLiteral("INSERT INTO event_rules (id, workspaceUuid, name, phoneNumberUuid) VALUES (?, ?, ?, ?)"),
             {o.contains(QLatin1String("id")) ? QVariant(o.value(QLatin1String("id")).toInteger()) : QVariant(), ws,
              text(o, "name"), number.isEmpty() ? QVariant() : QVariant(number)});
    }

    QSqlDatabase m_db;
    QString m_where;
    qint64 m_lastId = 0;
    QSet<QString> m_organizations;
    QHash<QString, QString> m_workspaceOrg;
    QSet<qint64> m_users;
    QHash<QString, ProviderPhoneRow> m_providerPhones;
    QHash<QString, QString> m_numberWorkspace; // uuid -> workspace
    QHash<qint64, QString> m_numberIdWorkspace; // id -> workspace
};

} // namespace

QString loadFixture(ServerDatabase& db, const QJsonObject& fixture)
{
    if (db.hasData())
        return QStringLiteral("the database already holds data; a fixture loads only into an empty one");
    QSqlDatabase connection = db.connection();
    connection.transaction();
    try {
        Loader(connection).load(fixture);
    } catch (const Refusal& refusal) {
        connection.rollback();
        return QStringLiteral("fixture refused: ") + refusal.message;
    }
    connection.commit();
    return {};
}

QString readFixtureFile(const QString& path, QJsonObject& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read fixture %1: %2").arg(path, file.errorString());
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("fixture %1 is not valid JSON: %2 at byte %3").arg(path, error.errorString()).arg(error.offset);
    if (!doc.isObject())
        return QStringLiteral("fixture %1 must be a JSON object").arg(path);
    out = doc.object();
    return {};
}

} // namespace phonedesk::server
