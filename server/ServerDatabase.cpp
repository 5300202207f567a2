// SPDX-License-Identifier: MIT
#include "server/ServerDatabase.h"

#include "common/SqliteHandle.h"
#include "server/NumberFields.h"

#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace phonedesk::server {
namespace {

QStringList schemaStatements()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS organizations (uuid TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS workspaces (uuid TEXT PRIMARY KEY,"
                       " organizationUuid TEXT NOT NULL REFERENCES organizations(uuid), name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS memberships (userId INTEGER NOT NULL REFERENCES users(id),"
                       " workspaceUuid TEXT NOT NULL REFERENCES workspaces(uuid),"
                       " PRIMARY KEY (userId, workspaceUuid))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY,"
                       " userId INTEGER NOT NULL REFERENCES users(id), scopes TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS provider_phones (uuid TEXT PRIMARY KEY,"
                       " organizationUuid TEXT NOT NULL REFERENCES organizations(uuid),"
                       " phoneNumber TEXT NOT NULL UNIQUE, friendlyName TEXT NOT NULL DEFAULT '',"
                       " workspaceUuid TEXT REFERENCES workspaces(uuid),"
                       " voice INTEGER NOT NULL DEFAULT 1, sms INTEGER NOT NULL DEFAULT 1,"
                       " mms INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS phone_numbers (") + numberColumnsSql()
            + QStringLiteral(", UNIQUE (uuid), UNIQUE (providerPhoneUuid))"),
        // One live number per phone number and workspace; archived ones keep their history.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS live_number ON phone_numbers"
                       " (workspaceUuid, phoneNumber) WHERE isArchived = 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS numbers_by_workspace ON phone_numbers (workspaceUuid, id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS workflows (id INTEGER PRIMARY KEY,"
                       " workspaceUuid TEXT NOT NULL REFERENCES workspaces(uuid), name TEXT NOT NULL,"
                       " defaultPhoneNumberId INTEGER REFERENCES phone_numbers(id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS event_rules (id INTEGER PRIMARY KEY,"
                       " workspaceUuid TEXT NOT NULL REFERENCES workspaces(uuid), name TEXT NOT NULL,"
                       " phoneNumberUuid TEXT)"),
    };
}

} // namespace

ServerDatabase::ServerDatabase()
    : m_connectionName(QLatin1String("phonedesk-server-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

ServerDatabase::~ServerDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString ServerDatabase::open(const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
    QSqlQuery q(db);
    for (const QString& statement : QStringList {QStringLiteral("PRAGMA journal_mode = WAL"),
                                                  QStringLiteral("PRAGMA foreign_keys = ON")}
             + schemaStatements()) {
        if (!q.exec(statement))
            return QStringLiteral("cannot create the schema: %1").arg(q.lastError().text());
    }
    return {};
}

QSqlDatabase ServerDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool ServerDatabase::hasData() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM organizations)")) && q.next()
        && q.value(0).toBool();
}

std::optional<TokenInfo> ServerDatabase::findToken(const QString& token) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT userId, scopes FROM tokens WHERE token = ?"));
    q.addBindValue(token);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return TokenInfo {q.value(0).toLongLong(),
                      q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)};
}

bool ServerDatabase::isMember(qint64 userId, const QString& workspaceUuid) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT 1 FROM memberships WHERE userId = ? AND workspaceUuid = ?"));
    q.addBindValue(userId);
    q.addBindValue(workspaceUuid);
    return q.exec() && q.next();
}

qint64 ServerDatabase::renderNumbers(QByteArray& out, const QString& workspaceUuid, std::optional<bool> archived,
                                     qint64 afterId, int limit, bool first) const
{
    // Through SQLite's own interface: a QVariant per value was half of the list's time.
    QByteArray sql = selectNumbersSql().toUtf8() + " WHERE workspaceUuid = ? AND id > ?";
    if (archived)
        sql += " AND isArchived = ?";
    sql += " ORDER BY id LIMIT ?";
    sqlite3* handle = sqliteHandle(connection());
    sqlite3_stmt* select = nullptr;
    if (!handle || sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &select, nullptr) != SQLITE_OK)
        return 0;
    const QByteArray workspace = workspaceUuid.toUtf8();
    int parameter = 1;
    sqlite3_bind_text(select, parameter++, workspace.constData(), int(workspace.size()), SQLITE_STATIC);
    sqlite3_bind_int64(select, parameter++, afterId);
    if (archived)
        sqlite3_bind_int(select, parameter++, *archived ? 1 : 0);
    sqlite3_bind_int(select, parameter, limit);
    qint64 last = 0;
    std::string page; // QByteArray's append of a character is several times slower
    page.reserve(size_t(limit) * 1024);
    while (sqlite3_step(select) == SQLITE_ROW) {
        if (!first || last != 0)
            page += ',';
        appendNumberJson(page, select);
        last = sqlite3_column_int64(select, 0);
    }
    sqlite3_finalize(select);
    out.append(page.data(), qsizetype(page.size()));
    return last;
}

std::optional<QJsonObject> ServerDatabase::findNumber(const QString& workspaceUuid,
                                                      const QString& idOrUuid) const
{
    // An id is digits without a leading zero, a uuid is the canonical 8-4-4-4-12 form: "/01",
    // "/+1", "/%201" or "/1%00" name no number, so they are 404 like any unknown id.
    static const QRegularExpression idForm(QStringLiteral("^[1-9][0-9]{0,17}$"));
    static const QRegularExpression uuidForm(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const bool isId = idForm.match(idOrUuid).hasMatch();
    if (!isId && !uuidForm.match(idOrUuid).hasMatch())
        return std::nullopt;
    const qint64 id = isId ? idOrUuid.toLongLong() : 0;
    QSqlQuery q(connection());
    q.prepare(selectNumbersSql() + (isId ? QLatin1String(" WHERE workspaceUuid = ? AND id = ?")
                                         : QLatin1String(" WHERE workspaceUuid = ? AND uuid = ?")));
    q.addBindValue(workspaceUuid);
    q.addBindValue(isId ? QVariant(id) : QVariant(idOrUuid));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return numberToJson(q);
}

} // namespace phonedesk::server
