// SPDX-License-Identifier: MIT
#include "models/Cache.h"

#include "api/JsonMapping.h"
#include "api/NumberJson.h"
#include "models/PrivateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace phonedesk::models {
namespace {

// Schema 5's work mode bits from the JSON member `key` (the names as the contract of 2026 lists them).
QString workModeBits(QLatin1String key)
{
    return QStringLiteral("(CASE json_extract(j.json, '$.%1') WHEN 'always_forward' THEN 1 WHEN 'forward_off_hours' THEN 2"
                          " WHEN 'always_message' THEN 3 WHEN 'message_off_hours' THEN 4 WHEN 'voicemail' THEN 5"
                          " WHEN 'voicemail_off_hours' THEN 6 ELSE (json_extract(j.json, '$.%1') IS NOT NULL) * 7 END)")
        .arg(key);
}

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
        {
            // Every write made from the app; kept until the user clears it, never trimmed.
            QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, profileId INTEGER NOT NULL"
                           " REFERENCES profiles(id) ON DELETE CASCADE, at TEXT NOT NULL, action TEXT NOT NULL,"
                           " numberId INTEGER NOT NULL, phoneNumber TEXT NOT NULL, before TEXT NOT NULL,"
                           " after TEXT NOT NULL, sent TEXT NOT NULL, httpStatus INTEGER NOT NULL, ok INTEGER NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX journal_by_profile ON journal (profileId, seq)"),
        },
        {
            // What the table shows, so that a start reads no JSON (the search and sort keys are
            // NumberRows', '' until the next sync writes them); and the JSON's fingerprint (0
            // until then), so that a re-sync writes only what changed. The flags are
            // NumberRows::Flag. Tables with rowids now: rows of a kilobyte make a WITHOUT ROWID
            // table split pages on every few inserts (sqlite.org/withoutrowid.html).
            QStringLiteral("CREATE TABLE numbers4 (profileId INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " id INTEGER NOT NULL, hash INTEGER NOT NULL DEFAULT 0,"
                           " uuid TEXT NOT NULL DEFAULT '', phoneNumber TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '',"
                           " brandName TEXT NOT NULL DEFAULT '', providerPhoneUuid TEXT NOT NULL DEFAULT '',"
                           " workflowId INTEGER NOT NULL DEFAULT -1, updatedMs INTEGER NOT NULL DEFAULT 0,"
                           " archivedMs INTEGER NOT NULL DEFAULT 0, flags INTEGER NOT NULL DEFAULT 0,"
                           " search TEXT NOT NULL DEFAULT '', numberSort TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (profileId, id))"),
            QStringLiteral("INSERT INTO numbers4 (profileId, id, uuid, phoneNumber, name, brandName, providerPhoneUuid,"
                           " workflowId, updatedMs, archivedMs, flags) SELECT profileId, id,"
                           " COALESCE(json_extract(json, '$.uuid'), ''),"
                           " COALESCE(json_extract(json, '$.phoneNumber'), ''),"
                           " COALESCE(json_extract(json, '$.name'), ''),"
                           " COALESCE(json_extract(json, '$.brandName'), ''),"
                           " COALESCE(json_extract(json, '$.providerPhoneUuid'), ''),"
                           " COALESCE(json_extract(json, '$.defaultWorkflowId'), -1),"
                           " COALESCE(CAST(ROUND((julianday(json_extract(json, '$.updatedAt')) - 2440587.5) * 86400000.0) AS INTEGER), 0),"
                           " COALESCE(CAST(ROUND((julianday(json_extract(json, '$.archivedAt')) - 2440587.5) * 86400000.0) AS INTEGER), 0),"
                           " (COALESCE(json_extract(json, '$.enableVoice'), 1) != 0) * 1"
                           " | (COALESCE(json_extract(json, '$.enableSms'), 1) != 0) * 2"
                           " | (COALESCE(json_extract(json, '$.enableWhatsApp'), 0) != 0) * 4"
                           " | (COALESCE(json_extract(json, '$.isArchived'), 0) != 0) * 8"
                           " | (json_extract(json, '$.providerPhoneUuid') IS NOT NULL) * 16"
                           " FROM numbers"),
            // The JSON in a table of its own: a start reads the small rows above, not 1 KB a number.
            QStringLiteral("CREATE TABLE number_json (profileId INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " id INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (profileId, id))"),
            QStringLiteral("INSERT INTO number_json (profileId, id, json) SELECT profileId, id, json FROM numbers"),
            QStringLiteral("DROP TABLE numbers"),
            QStringLiteral("ALTER TABLE numbers4 RENAME TO numbers"),
        },
        {
            // The columns the chooser offers besides the first seven: forward numbers and the
            // creation time as columns; the assistant (32) and the two work modes (three bits
            // each from bit 6 and bit 9: 0 none, 1 to 6 as listed here, 7 another name) in the
            // flags, and whether the voice and SMS off-hours messages and the voicemail greeting
            // are set (4096, 8192, 16384). From each number's JSON; a row whose JSON is broken
            // keeps the defaults.
            QStringLiteral("ALTER TABLE numbers ADD COLUMN voiceForward TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE numbers ADD COLUMN smsForward TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE numbers ADD COLUMN createdMs INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE numbers SET"
                           " voiceForward = COALESCE(json_extract(j.json, '$.voiceForwardNumber'), ''),"
                           " smsForward = COALESCE(json_extract(j.json, '$.smsForwardNumber'), ''),"
                           " createdMs = COALESCE(CAST(ROUND((julianday(json_extract(j.json, '$.createdAt')) - 2440587.5) * 86400000.0) AS INTEGER), 0),"
                           " flags = (flags & 31) | (COALESCE(json_extract(j.json, '$.assistantEnabled'), 1) != 0) * 32"
                           " | %1 * 64 | %2 * 512"
                           " | (COALESCE(json_extract(j.json, '$.voiceOffHoursMessage'), '') != '') * 4096"
                           " | (COALESCE(json_extract(j.json, '$.smsOffHoursMessage'), '') != '') * 8192"
                           " | (COALESCE(json_extract(j.json, '$.voicemailGreeting'), '') != '') * 16384"
                           " FROM number_json AS j WHERE j.profileId = numbers.profileId AND j.id = numbers.id AND json_valid(j.json)")
                .arg(workModeBits(QLatin1String("voiceWorkMode")), workModeBits(QLatin1String("smsWorkMode"))),
        },
    };
    return steps;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString Cache::sqlError(const char* what, const QSqlQuery& q)
{
    return QStringLiteral("cache: %1: %2").arg(QLatin1String(what), q.lastError().text());
}

Cache::Cache(QString path)
    : m_path(std::move(path))
    , m_connectionName(QLatin1String("phonedesk-cache-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Cache::~Cache()
{
    m_check.waitForFinished();
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

QString Cache::open(Check check)
{
    QString problem;
    OpenResult result = openFile(problem, check);
    if (result == OpenResult::Damaged) {
        if (!setAside(problem))
            return problem;
        result = openFile(problem, Check::Now);
    }
    return result == OpenResult::Ok ? QString() : problem;
}

bool Cache::awaitCheck()
{
    if (!m_check.isValid())
        return false;
    const QString problem = m_check.result();
    m_check = {};
    if (problem.isEmpty() || !setAside(problem))
        return false;
    QString reopened;
    openFile(reopened, Check::Now); // a new, empty file; a problem with it shows at the first write
    return true;
}

Cache::OpenResult Cache::openFile(QString& problem, Check check)
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
        const bool now = check == Check::Now;
        if (!q.exec(now ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA schema_version")) || !q.next()
            || (now && q.value(0).toString() != QLatin1String("ok"))) {
            problem = q.lastError().isValid() ? q.lastError().databaseText() : q.value(0).toString();
            return OpenResult::Damaged;
        }
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    problem = migrate();
    if (problem.isEmpty() && check == Check::Meanwhile)
        m_check = QtConcurrent::run(&Cache::checkFile, m_path);
    return problem.isEmpty() ? OpenResult::Ok : OpenResult::Refused;
}

QString Cache::checkFile(const QString& path)
{
    const QString name = QStringLiteral("phonedesk-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (database.open()) { // else the main connection, open already, finds what is wrong
            QSqlQuery q(database);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
                problem = q.lastError().isValid() ? q.lastError().databaseText() : q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString Cache::attach(Access access)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(m_path);
    database.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY")
                                                          : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open())
        return QCoreApplication::translate("Cache", "cache: cannot open %1: %2").arg(m_path, database.lastError().text());
    QSqlQuery q(database);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next() || q.value(0).toInt() != kSchemaVersion)
        return QCoreApplication::translate("Cache", "cache: %1 is not a checked cache of schema %2").arg(m_path).arg(kSchemaVersion);
    return {};
}

bool Cache::isOpen() const
{
    return db().isOpen();
}

bool Cache::setAside(const QString& problem)
{
    QSqlDatabase::database(m_connectionName, false).close();
    const QString target = m_path + QLatin1String(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    if (!QFile::rename(m_path, target))
        return false;
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(m_path + QLatin1String(suffix));
    m_notice = QStringLiteral("The local cache was damaged (%1). It was set aside as %2 and will be rebuilt "
                              "from the server.").arg(problem, target);
    return true;
}

QString Cache::migrate()
{
    QSqlDatabase database = db();
    QSqlQuery q(database);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == kSchemaVersion)
        return {}; // the usual case: nothing to migrate, no lock needed
    q.finish();
    // The write lock first, then the version again: another instance migrating the same new file
    // at this moment finishes first (the busy timeout waits for it), and this one finds it done.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError("cannot lock the file to check its schema", q);
    auto rollback = [&q] { q.exec(QStringLiteral("ROLLBACK")); };
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString error = sqlError("cannot read the schema version", q);
        rollback();
        return error;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version >= kSchemaVersion)
        rollback(); // nothing to write
    if (version > kSchemaVersion)
        return QCoreApplication::translate("Cache", "cache: %1 was written by a newer PhoneDesk (schema %2, this one knows %3)")
            .arg(m_path)
            .arg(version)
            .arg(kSchemaVersion);
    if (version == kSchemaVersion)
        return {};
    for (int step = version; step < kSchemaVersion; ++step) {
        for (const QString& statement : migrations().at(step)) {
            if (!q.exec(statement)) {
                const QString error = sqlError("cannot migrate the schema", q);
                rollback();
                return error;
            }
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString error = sqlError("cannot commit the schema", q);
        rollback();
        return error;
    }
    return {};
}

Cache::SnapshotWrite Cache::beginSnapshot(const Snapshot& kind, const QString& profile, const QDateTime& syncedAt)
{
    SnapshotWrite w {db(), QSqlQuery(), -1, QString()};
    if (!w.database.transaction()) {
        w.problem = QStringLiteral("cache: cannot start a transaction: %1").arg(w.database.lastError().text());
        return w;
    }
    w.q = QSqlQuery(w.database);
    w.profileId = recordProfile(w.q, kind, profile, syncedAt);
    if (w.profileId < 0)
        w.problem = w.fail("cannot record the profile", w.q);
    return w;
}

QString Cache::SnapshotWrite::removeAndCommit(const QStringList& tables, const QString& keyColumn, const QVariantList& gone)
{
    for (const QString& table : tables) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE profileId = ? AND %2 = ?").arg(table, keyColumn));
        for (const QVariant& key : gone) {
            q.addBindValue(profileId);
            q.addBindValue(key);
            if (!q.exec())
                return fail("cannot remove a row that is gone", q);
        }
    }
    if (!database.commit())
        return QStringLiteral("cache: cannot commit: %1").arg(database.lastError().text());
    return {};
}

QString Cache::SnapshotWrite::fail(const char* what, QSqlQuery& failed)
{
    const QString error = sqlError(what, failed);
    failed.finish();
    q.finish();
    database.rollback();
    return error;
}

qint64 Cache::recordProfile(QSqlQuery& q, const Snapshot& kind, const QString& profile, const QDateTime& syncedAt)
{
    q.prepare(QStringLiteral("INSERT INTO profiles (key, %1) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET %1 = excluded.%1 RETURNING id").arg(QLatin1String(kind.syncedAt)));
    q.addBindValue(profile);
    q.addBindValue(api::toIsoUtc(syncedAt));
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QByteArray Cache::jsonOf(const api::PhoneNumber& number)
{
    return api::jsonFor(number);
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
    SnapshotWrite w = beginSnapshot(kind, profile, syncedAt);
    if (!w.problem.isEmpty())
        return w.problem;
    QSqlQuery insert(w.database);

    // Only what changed is written: a re-sync where little changed rewrites little.
    const QString table = QLatin1String(kind.table);
    const QString key = QLatin1String(kind.key);
    QHash<QString, QString> stored;
    w.q.prepare(QStringLiteral("SELECT %1, json FROM %2 WHERE profileId = ?").arg(key, table));
    w.q.addBindValue(w.profileId);
    if (!w.q.exec())
        return w.fail("cannot read the old snapshot", w.q);
    while (w.q.next())
        stored.insert(w.q.value(0).toString(), w.q.value(1).toString());
    w.q.finish();
    insert.prepare(QStringLiteral("INSERT INTO %1 (json, profileId, %2) VALUES (?, ?, ?)").arg(table, key));
    QSqlQuery update(w.database);
    update.prepare(QStringLiteral("UPDATE %1 SET json = ? WHERE profileId = ? AND %2 = ?").arg(table, key));
    for (const auto& [rowKey, json] : rows) {
        const auto old = stored.constFind(rowKey.toString());
        const bool known = old != stored.cend();
        if (known && *old == json) {
            stored.erase(old);
            continue;
        }
        if (known)
            stored.erase(old);
        // A key twice in one snapshot is an INSERT that breaks the primary key: refused whole.
        QSqlQuery& write = known ? update : insert;
        write.addBindValue(json);
        write.addBindValue(w.profileId);
        write.addBindValue(rowKey);
        if (!write.exec())
            return w.fail(kind.storeFailed, write);
    }
    QVariantList gone;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        gone << it.key();
    return w.removeAndCommit({table}, key, gone);
}

void Cache::readSnapshot(const Snapshot& kind, const QString& profile, const std::function<void(const QByteArray&)>& take) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // As a BLOB: the UTF-8 bytes as stored, without a round trip through UTF-16.
    q.prepare(QStringLiteral("SELECT CAST(s.json AS BLOB) FROM %1 s JOIN profiles p ON p.id = s.profileId WHERE p.key = ? ORDER BY s.%2")
                  .arg(QLatin1String(kind.table), QLatin1String(kind.key)));
    q.addBindValue(profile);
    if (q.exec()) {
        while (q.next())
            take(q.value(0).toByteArray());
    }
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

template <typename T>
QList<T> Cache::readRows(const Snapshot& kind, const QString& profile, api::Parsed<T> (*parse)(const QJsonObject&)) const
{
    QList<T> result;
    readSnapshot(kind, profile, [&result, parse](const QByteArray& json) {
        if (api::Parsed<T> parsed = parse(QJsonDocument::fromJson(json).object()); parsed.ok())
            result.append(std::move(parsed.value));
    });
    return result;
}

QList<api::ProviderPhone> Cache::providerPhones(const QString& profile) const
{
    return readRows(kPhones, profile, &api::providerPhoneFromJson);
}

QString Cache::appendJournal(const QString& profile, const JournalEntry& entry, qint64* seq)
{
    QSqlDatabase database = db();
    QSqlQuery q(database);
    q.prepare(QStringLiteral("INSERT INTO profiles (key) VALUES (?) ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(profile);
    if (!q.exec())
        return sqlError("cannot record the profile", q);
    q.prepare(QStringLiteral("INSERT INTO journal (profileId, at, action, numberId, phoneNumber, before, after, sent,"
                             " httpStatus, ok, message) VALUES ((SELECT id FROM profiles WHERE key = ?), ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?,"
                             " COALESCE(?, ''))")); // Qt binds an empty QString as NULL
    for (const QVariant& value : {QVariant(profile), QVariant(api::toIsoUtc(entry.at)), QVariant(journalActionName(entry.action)),
                                  QVariant(entry.numberId), QVariant(entry.phoneNumber), QVariant(compact(entry.before)),
                                  QVariant(compact(entry.after)), QVariant(compact(entry.sent)), QVariant(entry.httpStatus),
                                  QVariant(entry.ok), QVariant(entry.message)})
        q.addBindValue(value);
    if (!q.exec())
        return sqlError("cannot record a write in the journal", q);
    if (seq)
        *seq = q.lastInsertId().toLongLong();
    return {};
}

QString Cache::appendJournal(const QString& profile, const QList<JournalEntry>& entries, qint64* firstSeq)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return QStringLiteral("cache: cannot start a transaction: %1").arg(database.lastError().text());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        qint64 seq = 0;
        if (const QString problem = appendJournal(profile, entries.at(i), &seq); !problem.isEmpty()) {
            database.rollback();
            return problem;
        }
        if (i == 0)
            *firstSeq = seq;
    }
    return database.commit() ? QString() : QStringLiteral("cache: cannot commit the journal: %1").arg(database.lastError().text());
}

QList<JournalEntry> Cache::journal(const QString& profile) const
{
    QList<JournalEntry> entries;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT j.seq, j.at, j.action, j.numberId, j.phoneNumber, j.before, j.after, j.sent,"
                             " j.httpStatus, j.ok, j.message FROM journal j JOIN profiles p ON p.id = j.profileId"
                             " WHERE p.key = ? ORDER BY j.seq"));
    q.addBindValue(profile);
    if (!q.exec())
        return entries;
    auto object = [](const QVariant& text) { return QJsonDocument::fromJson(text.toByteArray()).object(); };
    while (q.next()) {
        const std::optional<JournalAction> action = journalActionFromName(q.value(2).toString());
        if (!action)
            continue; // written by a newer version
        entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        *action, q.value(3).toLongLong(), q.value(4).toString(), object(q.value(5)),
                        object(q.value(6)), object(q.value(7)), q.value(8).toInt(), q.value(9).toBool(), q.value(10).toString()});
    }
    return entries;
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
