// SPDX-License-Identifier: MIT
#include "Cache.h"

#include "JsonMapping.h"
#include "PrivateFiles.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace phonedesk::models {
namespace {

// Cumulative schema steps: step i brings user_version from i to i + 1. Append, never edit.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps {
        {
            QStringLiteral("CREATE TABLE profiles (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
                           " numbersSyncedAt TEXT)"),
            // The server's JSON per number: new fields need no migration, unknown ones survive.
            QStringLiteral("CREATE TABLE numbers (profileId INTEGER NOT NULL REFERENCES profiles(id)"
                           " ON DELETE CASCADE, id INTEGER NOT NULL, json TEXT NOT NULL,"
                           " PRIMARY KEY (profileId, id)) WITHOUT ROWID"),
        },
        {
            QStringLiteral("ALTER TABLE profiles ADD COLUMN phonesSyncedAt TEXT"),
            QStringLiteral("CREATE TABLE provider_phones (profileId INTEGER NOT NULL REFERENCES profiles(id)"
                           " ON DELETE CASCADE, uuid TEXT NOT NULL, json TEXT NOT NULL,"
                           " PRIMARY KEY (profileId, uuid)) WITHOUT ROWID"),
        },
    };
    return steps;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString sqlError(const char* what, const QSqlQuery& q)
{
    return QStringLiteral("cache: %1: %2").arg(QLatin1String(what), q.lastError().text());
}

} // namespace

Cache::Cache(QString path)
    : m_path(std::move(path))
    , m_connectionName(QLatin1String("phonedesk-cache-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Cache::~Cache()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Cache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QLatin1String("/cache.sqlite");
}

QSqlDatabase Cache::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Cache::open()
{
    QString problem;
    OpenResult result = openFile(problem);
    if (result == OpenResult::Damaged) {
        const QString setAsidePath = setAside();
        if (setAsidePath.isEmpty())
            return problem;
        m_notice = QStringLiteral("The local cache was damaged (%1). It was set aside as %2 and will be rebuilt "
                                  "from the server.").arg(problem, setAsidePath);
        result = openFile(problem);
    }
    return result == OpenResult::Ok ? QString() : problem;
}

Cache::OpenResult Cache::openFile(QString& problem)
{
    if (problem = createPrivateFile(m_path); !problem.isEmpty())
        return OpenResult::Refused;
    QSqlDatabase database = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(m_path);
    // Another PhoneDesk on the same profile may be writing: wait for it rather than fail.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open()) {
        problem = QStringLiteral("cache: cannot open %1: %2").arg(m_path, database.lastError().text());
        return OpenResult::Refused;
    }
    {
        QSqlQuery q(database); // finished at the end of this scope: an open read blocks COMMIT
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
            problem = q.lastError().isValid() ? q.lastError().databaseText() : q.value(0).toString();
            return OpenResult::Damaged;
        }
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    problem = migrate();
    return problem.isEmpty() ? OpenResult::Ok : OpenResult::Refused;
}

QString Cache::setAside()
{
    QSqlDatabase::database(m_connectionName, false).close();
    const QString target = m_path + QLatin1String(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    if (!QFile::rename(m_path, target))
        return {};
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
    return target;
}

QString Cache::migrate()
{
    QSqlDatabase database = db();
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError("cannot read the schema version", q);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return QStringLiteral("cache: %1 was written by a newer PhoneDesk (schema %2, this one knows %3)")
            .arg(m_path)
            .arg(version)
            .arg(kSchemaVersion);
    if (version == kSchemaVersion)
        return {};
    database.transaction();
    for (int step = version; step < kSchemaVersion; ++step) {
        for (const QString& statement : migrations().at(step)) {
            if (!q.exec(statement)) {
                const QString error = sqlError("cannot migrate the schema", q);
                database.rollback();
                return error;
            }
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    return database.commit() ? QString() : QStringLiteral("cache: cannot commit the schema");
}

QString Cache::replaceNumbers(const QString& profile, const QList<api::PhoneNumber>& numbers,
                              const QDateTime& syncedAt)
{
    QList<std::pair<QVariant, QString>> rows;
    rows.reserve(numbers.size());
    for (const api::PhoneNumber& n : numbers)
        rows.append({n.id, compact(api::toJson(n))});
    return replaceSnapshot(kNumbers, profile, rows, syncedAt);
}

QString Cache::replaceProviderPhones(const QString& profile, const QList<api::ProviderPhone>& phones,
                                     const QDateTime& syncedAt)
{
    QList<std::pair<QVariant, QString>> rows;
    rows.reserve(phones.size());
    for (const api::ProviderPhone& p : phones)
        rows.append({p.uuid, compact(api::toJson(p))});
    return replaceSnapshot(kPhones, profile, rows, syncedAt);
}

QString Cache::replaceSnapshot(const Snapshot& kind, const QString& profile,
                               const QList<std::pair<QVariant, QString>>& rows, const QDateTime& syncedAt)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return QStringLiteral("cache: cannot start a transaction: %1").arg(database.lastError().text());
    QSqlQuery q(database);
    auto fail = [&](const char* what) {
        const QString error = sqlError(what, q);
        database.rollback();
        return error;
    };
    q.prepare(QStringLiteral("INSERT INTO profiles (key, %1) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET %1 = excluded.%1").arg(QLatin1String(kind.syncedAt)));
    q.addBindValue(profile);
    q.addBindValue(api::toIsoUtc(syncedAt));
    if (!q.exec())
        return fail("cannot record the profile");
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE profileId = (SELECT id FROM profiles WHERE key = ?)").arg(QLatin1String(kind.table)));
    q.addBindValue(profile);
    if (!q.exec())
        return fail("cannot clear the old snapshot");
    q.prepare(QStringLiteral("INSERT INTO %1 (profileId, %2, json) VALUES ((SELECT id FROM profiles WHERE key = ?), ?, ?)")
                  .arg(QLatin1String(kind.table), QLatin1String(kind.key)));
    for (const auto& [key, json] : rows) {
        q.addBindValue(profile);
        q.addBindValue(key);
        q.addBindValue(json);
        if (!q.exec())
            return fail(kind.storeFailed);
    }
    if (!database.commit())
        return QStringLiteral("cache: cannot commit: %1").arg(database.lastError().text());
    return {};
}

QList<QJsonObject> Cache::snapshot(const Snapshot& kind, const QString& profile) const
{
    QList<QJsonObject> result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.json FROM %1 s JOIN profiles p ON p.id = s.profileId WHERE p.key = ? ORDER BY s.%2")
                  .arg(QLatin1String(kind.table), QLatin1String(kind.key)));
    q.addBindValue(profile);
    if (q.exec()) {
        while (q.next())
            result.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    return result;
}

QDateTime Cache::syncedAt(const Snapshot& kind, const QString& profile) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM profiles WHERE key = ?").arg(QLatin1String(kind.syncedAt)));
    q.addBindValue(profile);
    if (!q.exec() || !q.next())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}

QString Cache::upsertNumber(const QString& profile, const api::PhoneNumber& number)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO profiles (key) VALUES (?) ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(profile);
    if (!q.exec())
        return sqlError("cannot record the profile", q);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO numbers (profileId, id, json)"
                             " VALUES ((SELECT id FROM profiles WHERE key = ?), ?, ?)"));
    q.addBindValue(profile);
    q.addBindValue(number.id);
    q.addBindValue(compact(api::toJson(number)));
    return q.exec() ? QString() : sqlError("cannot store a number", q);
}

QList<api::PhoneNumber> Cache::numbers(const QString& profile) const
{
    QList<api::PhoneNumber> result;
    for (const QJsonObject& object : snapshot(kNumbers, profile)) {
        if (api::Parsed<api::PhoneNumber> parsed = api::phoneNumberFromJson(object); parsed.ok())
            result.append(std::move(parsed.value));
    }
    return result;
}

QList<api::ProviderPhone> Cache::providerPhones(const QString& profile) const
{
    QList<api::ProviderPhone> result;
    for (const QJsonObject& object : snapshot(kPhones, profile)) {
        if (api::Parsed<api::ProviderPhone> parsed = api::providerPhoneFromJson(object); parsed.ok())
            result.append(std::move(parsed.value));
    }
    return result;
}

QDateTime Cache::numbersSyncedAt(const QString& profile) const
{
    return syncedAt(kNumbers, profile);
}

QDateTime Cache::phonesSyncedAt(const QString& profile) const
{
    return syncedAt(kPhones, profile);
}

} // namespace phonedesk::models
