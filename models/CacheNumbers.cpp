// SPDX-License-Identifier: MIT
// The numbers' part of the cache: their rows (the table's columns) and their JSON, written and
// read through SQLite's own interface, which at 100,000 numbers is what the time goes to.
#include "models/Cache.h"

#include "api/NumberJson.h"
#include "common/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

namespace phonedesk::models {
namespace {

// A number's row, written or replaced; the parameters are RowWriter::write()'s.
constexpr const char* kUpsertNumber =
    "INSERT INTO numbers (profileId, id, hash, uuid, phoneNumber, name, brandName, providerPhoneUuid, workflowId,"
    " updatedMs, archivedMs, flags, search, numberSort, voiceForward, smsForward, createdMs)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (profileId, id) DO UPDATE SET hash = excluded.hash, uuid = excluded.uuid,"
    " phoneNumber = excluded.phoneNumber, name = excluded.name, brandName = excluded.brandName,"
    " providerPhoneUuid = excluded.providerPhoneUuid, workflowId = excluded.workflowId, updatedMs = excluded.updatedMs,"
    " archivedMs = excluded.archivedMs, flags = excluded.flags, search = excluded.search, numberSort = excluded.numberSort,"
    " voiceForward = excluded.voiceForward, smsForward = excluded.smsForward, createdMs = excluded.createdMs";
constexpr const char* kUpsertJson =
    "INSERT INTO number_json (profileId, id, json) VALUES (?, ?, ?) ON CONFLICT (profileId, id) DO UPDATE SET json = excluded.json";

// Writes numbers' rows and their JSON through SQLite's own interface: at 100,000 numbers,
// binding a QVariant per value through Qt Sql costs more than the rest of the sync.
class RowWriter
{
public:
    explicit RowWriter(sqlite3* handle) : m_handle(handle)
    {
        m_ok = handle && sqlite3_prepare_v2(handle, kUpsertNumber, -1, &m_row, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(handle, kUpsertJson, -1, &m_json, nullptr) == SQLITE_OK;
    }
    ~RowWriter()
    {
        sqlite3_finalize(m_row);
        sqlite3_finalize(m_json);
    }
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    QString problem() const
    {
        return QStringLiteral("cache: cannot store a number: %1").arg(QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : "no SQLite handle"));
    }

    bool write(qint64 profileId, const NumberRows& rows, qsizetype row, QByteArrayView json)
    {
        if (!m_ok)
            return false;
        auto text = [&](int column, int field) {
            const std::string_view v = rows.utf8(row, field);
            sqlite3_bind_text(m_row, column, v.data(), int(v.size()), SQLITE_STATIC);
        };
        sqlite3_bind_int64(m_row, 1, profileId);
        sqlite3_bind_int64(m_row, 2, rows.id(row));
        sqlite3_bind_int64(m_row, 3, qint64(rows.hash(row)));
        text(4, NumberRows::Uuid);
        text(5, NumberRows::Phone);
        text(6, NumberRows::Name);
        text(7, NumberRows::Brand);
        text(8, NumberRows::Provider);
        sqlite3_bind_int64(m_row, 9, rows.defaultWorkflowId(row).value_or(-1));
        sqlite3_bind_int64(m_row, 10, rows.updatedAtMs(row));
        sqlite3_bind_int64(m_row, 11, rows.archivedAtMs(row));
        sqlite3_bind_int(m_row, 12, rows.flags(row));
        text(13, NumberRows::Search);
        text(14, NumberRows::NumberSort);
        text(15, NumberRows::VoiceForward);
        text(16, NumberRows::SmsForward);
        sqlite3_bind_int64(m_row, 17, rows.createdAtMs(row));
        sqlite3_bind_int64(m_json, 1, profileId);
        sqlite3_bind_int64(m_json, 2, rows.id(row));
        sqlite3_bind_text(m_json, 3, json.data(), int(json.size()), SQLITE_STATIC); // the server's bytes, as they came
        const bool done = sqlite3_step(m_row) == SQLITE_DONE && sqlite3_step(m_json) == SQLITE_DONE;
        sqlite3_reset(m_row);
        sqlite3_reset(m_json);
        return done;
    }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_row = nullptr;
    sqlite3_stmt* m_json = nullptr;
    bool m_ok = false;
};

// A statement of SQLite's own whose first parameter is the profile's key ("... WHERE profileId
// = (SELECT id FROM profiles WHERE key = ?)"), bound here; finalized when it goes.
class ProfileStatement
{
public:
    ProfileStatement(const QSqlDatabase& database, const char* sql, const QString& profile) : m_key(profile.toUtf8())
    {
        sqlite3* handle = sqliteHandle(database);
        if (handle && sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) == SQLITE_OK)
            sqlite3_bind_text(m_statement, 1, m_key.constData(), int(m_key.size()), SQLITE_STATIC);
    }
    ~ProfileStatement() { sqlite3_finalize(m_statement); }
    ProfileStatement(const ProfileStatement&) = delete;
    ProfileStatement& operator=(const ProfileStatement&) = delete;

    sqlite3_stmt* get() const { return m_statement; } // nullptr: it could not be prepared

private:
    QByteArray m_key;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace

QString Cache::replaceNumbers(const QString& profile, const QList<api::PhoneNumber>& numbers,
                              const QDateTime& syncedAt)
{
    QList<QByteArray> jsons;
    jsons.reserve(numbers.size());
    for (const api::PhoneNumber& n : numbers)
        jsons.append(jsonOf(n));
    return writeSnapshot(profile, NumberSnapshot::of(jsons), syncedAt);
}

QString Cache::writeSnapshot(const QString& profile, const NumberSnapshot& snapshot, const QDateTime& syncedAt,
                             qint64* written)
{
    SnapshotWrite w = beginSnapshot(kNumbers, profile, syncedAt);
    if (!w.problem.isEmpty())
        return w.problem;

    // Only what changed is written, found by fingerprint: a re-sync where little changed
    // reads two integers a row and writes little.
    QHash<qint64, qint64> stored;
    w.q.prepare(QStringLiteral("SELECT id, hash FROM numbers WHERE profileId = ?"));
    w.q.addBindValue(w.profileId);
    if (!w.q.exec())
        return w.fail("cannot read the old snapshot", w.q);
    while (w.q.next())
        stored.insert(w.q.value(0).toLongLong(), w.q.value(1).toLongLong());
    w.q.finish();
    std::optional<RowWriter> writer(std::in_place, sqliteHandle(w.database));
    qint64 count = 0;
    for (qsizetype i = 0; i < snapshot.entries.size(); ++i) {
        const NumberSnapshot::Entry& entry = snapshot.entries.at(i);
        const auto old = stored.constFind(entry.id);
        const bool same = old != stored.cend() && quint64(*old) == entry.hash;
        if (old != stored.cend())
            stored.erase(old);
        if (same)
            continue;
        // Unchanged since the rows the snapshot was read against, but not as stored (a write
        // that failed before): its columns are read from its bytes here.
        NumberRows read;
        if (entry.fresh < 0) {
            const api::Parsed<api::NumberColumns> columns = api::readNumberColumns(entry.json);
            if (!columns.ok())
                continue; // it was read and checked before: only a damaged row gets here
            read.append(columns.value, entry.hash);
        }
        if (!writer->write(w.profileId, entry.fresh < 0 ? read : snapshot.fresh, std::max<qsizetype>(entry.fresh, 0), entry.json)) {
            const QString error = writer->problem();
            writer.reset(); // its statements end before the rollback
            w.database.rollback();
            return error;
        }
        ++count;
    }
    writer.reset();
    for (const qint64 id : snapshot.refusedIds)
        stored.remove(id); // could not be read this time: what was stored stays
    if (!snapshot.knowsWhatIsGone())
        stored.clear();
    QVariantList gone;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        gone << it.key();
    if (const QString problem = w.removeAndCommit({QStringLiteral("numbers"), QStringLiteral("number_json")}, QStringLiteral("id"), gone);
        !problem.isEmpty())
        return problem;
    if (written)
        *written = count;
    return {};
}

QString Cache::upsertNumber(const QString& profile, const api::PhoneNumber& number)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO profiles (key) VALUES (?) ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(profile);
    if (!q.exec())
        return sqlError("cannot record the profile", q);
    q.prepare(QStringLiteral("SELECT id FROM profiles WHERE key = ?"));
    q.addBindValue(profile);
    if (!q.exec() || !q.next())
        return sqlError("cannot record the profile", q);
    const qint64 profileId = q.value(0).toLongLong();
    q.finish();
    const QByteArray json = jsonOf(number);
    NumberRows row;
    row.append(api::NumberColumns::of(number), api::jsonHash(json));
    QSqlDatabase database = db();
    if (!database.transaction())
        return QStringLiteral("cache: cannot start a transaction: %1").arg(database.lastError().text());
    RowWriter writer(sqliteHandle(database));
    if (!writer.write(profileId, row, 0, json)) {
        const QString error = writer.problem();
        database.rollback();
        return error;
    }
    return database.commit() ? QString() : QStringLiteral("cache: cannot commit: %1").arg(database.lastError().text());
}

NumberRows Cache::numberRows(const QString& profile) const
{
    // What a start waits for: SQLite's own interface, the texts as the UTF-8 bytes stored
    // straight into the rows' arena, no QVariant per value.
    NumberRows rows;
    const ProfileStatement statement(db(),
                                     "SELECT id, hash, uuid, phoneNumber, name, brandName, providerPhoneUuid, workflowId,"
                                     " updatedMs, archivedMs, flags, search, numberSort, voiceForward, smsForward, createdMs"
                                     " FROM numbers WHERE profileId = (SELECT id FROM profiles WHERE key = ?)",
                                     profile);
    sqlite3_stmt* select = statement.get();
    if (!select)
        return rows;
    auto text = [select](int column) {
        return std::string_view(reinterpret_cast<const char*>(sqlite3_column_text(select, column)), size_t(sqlite3_column_bytes(select, column)));
    };
    if (const ProfileStatement count(db(), "SELECT COUNT(*) FROM numbers WHERE profileId = (SELECT id FROM profiles WHERE key = ?)", profile);
        count.get() && sqlite3_step(count.get()) == SQLITE_ROW)
        rows.reserve(sqlite3_column_int64(count.get(), 0), sqlite3_column_int64(count.get(), 0) * 200);
    while (sqlite3_step(select) == SQLITE_ROW) {
        NumberRows::Stored row;
        row.id = sqlite3_column_int64(select, 0);
        row.hash = quint64(sqlite3_column_int64(select, 1));
        row.texts[NumberRows::Uuid] = text(2);
        row.texts[NumberRows::Phone] = text(3);
        row.texts[NumberRows::Name] = text(4);
        row.texts[NumberRows::Brand] = text(5);
        row.texts[NumberRows::Provider] = text(6);
        row.texts[NumberRows::Search] = text(11);
        row.texts[NumberRows::NumberSort] = text(12);
        row.texts[NumberRows::VoiceForward] = text(13);
        row.texts[NumberRows::SmsForward] = text(14);
        row.createdMs = sqlite3_column_int64(select, 15);
        row.workflow = sqlite3_column_int64(select, 7);
        row.updatedMs = sqlite3_column_int64(select, 8);
        row.archivedMs = sqlite3_column_int64(select, 9);
        row.flags = sqlite3_column_int(select, 10);
        rows.append(row);
    }
    return rows;
}

QByteArray Cache::numberJson(const QString& profile, qint64 id) const
{
    return numberJsons(profile, {id}).value(0);
}

QList<QByteArray> Cache::numberJsons(const QString& profile, const QList<qint64>& ids) const
{
    // One statement for all of them, stepped per id: an export of 100,000 numbers through a
    // QSqlQuery each took seconds.
    QList<QByteArray> jsons(ids.size());
    const ProfileStatement statement(
        db(), "SELECT json FROM number_json WHERE profileId = (SELECT id FROM profiles WHERE key = ?) AND id = ?", profile);
    sqlite3_stmt* select = statement.get();
    if (!select)
        return jsons;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        sqlite3_bind_int64(select, 2, ids.at(i));
        if (sqlite3_step(select) == SQLITE_ROW)
            jsons[i] = QByteArray(static_cast<const char*>(sqlite3_column_blob(select, 0)), sqlite3_column_bytes(select, 0));
        sqlite3_reset(select);
    }
    return jsons;
}

QList<api::PhoneNumber> Cache::numbers(const QString& profile) const
{
    QList<api::PhoneNumber> result;
    readSnapshot(kNumbers, profile, [&result](const QByteArray& json) {
        api::Parsed<api::PhoneNumber> parsed = api::readPhoneNumber(json);
        if (parsed.ok()) {
            parsed.value.json = json;
            result.append(std::move(parsed.value));
        }
    });
    return result;
}

} // namespace phonedesk::models
