// SPDX-License-Identifier: MIT
#pragma once

#include "api/JsonMapping.h"
#include "api/PhoneNumber.h"
#include "api/ProviderPhone.h"
#include "models/Journal.h"
#include "models/NumberSnapshot.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace phonedesk::models {

// The local SQLite cache of what the server last said, per profile (a stable key per base URL
// and workspace). Each sync replaces a profile's snapshot in one transaction, so a reader sees
// the old snapshot or the new one, never a mix. The file is owner-only.
class Cache
{
public:
    static constexpr int kSchemaVersion = 5;

    explicit Cache(QString path);
    ~Cache();
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;

    // Creates or migrates the file; returns the problem, or nothing. A damaged file (garbage,
    // truncated, failing quick_check) is set aside and a new one started, with a notice(); a
    // file of a newer schema is left untouched and refused.
    QString open() { return open(Check::Now); }
    // Check::Meanwhile runs quick_check (at 100,000 numbers it reads 120 MB) on a connection of
    // its own on another thread, while the caller reads what it shows first; awaitCheck() must
    // come before anything read is shown or anything written. A file whose first page is not
    // SQLite's is still found at once.
    enum class Check { Now, Meanwhile };
    QString open(Check check);
    // Waits for the check open(Check::Meanwhile) started. true: the file was damaged and is set
    // aside, a new one is open (notice() says so), and what was read before is to be read again.
    bool awaitCheck();
    // A second connection to a file that open() has checked and migrated, e.g. for writing a
    // snapshot on another thread (a connection belongs to the thread that made it). A reader
    // asks for ReadOnly: a file that is not there is then not made.
    enum class Access { ReadWrite, ReadOnly };
    QString attach(Access access = Access::ReadWrite);
    bool isOpen() const;
    QString path() const { return m_path; }
    // Something the user should know that did not stop the cache, e.g. a damaged file set aside.
    QString notice() const { return m_notice; }

    // Replaces the profile's numbers and its sync time together, or changes nothing. Writes only
    // the numbers whose bytes differ from the stored ones (`written` gets how many); a number
    // the snapshot could not read keeps its stored row.
    QString writeSnapshot(const QString& profile, const NumberSnapshot& snapshot, const QDateTime& syncedAt,
                          qint64* written = nullptr);
    // The same from typed numbers (their server JSON, or toJson() for one made here).
    QString replaceNumbers(const QString& profile, const QList<api::PhoneNumber>& numbers,
                           const QDateTime& syncedAt);
    // One number as the server answered a write; the sync time stays.
    QString upsertNumber(const QString& profile, const api::PhoneNumber& number);
    // The table's columns of every number, without reading any JSON: what a start shows.
    NumberRows numberRows(const QString& profile) const;
    // One number's JSON as the server sent it; empty when it is not cached.
    QByteArray numberJson(const QString& profile, qint64 id) const;
    // The same for many, in the order asked (an empty one where a number is not cached).
    QList<QByteArray> numberJsons(const QString& profile, const QList<qint64>& ids) const;
    // Every number read in full (slow at 100,000: for exports and checks, not for the table).
    QList<api::PhoneNumber> numbers(const QString& profile) const;
    QDateTime numbersSyncedAt(const QString& profile) const; // invalid: never synced

    // The linkable provider phones, a snapshot of their own with their own sync time.
    QString replaceProviderPhones(const QString& profile, const QList<api::ProviderPhone>& phones,
                                  const QDateTime& syncedAt);
    QList<api::ProviderPhone> providerPhones(const QString& profile) const;
    QDateTime phonesSyncedAt(const QString& profile) const;

    // The change journal: every write made from the app, oldest first. `seq` gets the new
    // entry's seq, which stays the same across restarts.
    QString appendJournal(const QString& profile, const JournalEntry& entry, qint64* seq = nullptr);
    // Many in one transaction (a sync's seen changes); `firstSeq`: the first one's seq, the others follow.
    QString appendJournal(const QString& profile, const QList<JournalEntry>& entries, qint64* firstSeq);
    QList<JournalEntry> journal(const QString& profile) const;

    // The default location: <app data>/cache.sqlite.
    static QString defaultPath();

private:
    enum class OpenResult { Ok, Damaged, Refused };
    // One kind of snapshot: its table, its key column and its sync-time column.
    struct Snapshot
    {
        const char* table;
        const char* key;
        const char* syncedAt;
        const char* storeFailed; // the error when a row cannot be written
    };
    static constexpr Snapshot kNumbers {"number_json", "id", "numbersSyncedAt", "cannot store a number"}; // its JSON
    static constexpr Snapshot kPhones {"provider_phones", "uuid", "phonesSyncedAt", "cannot store a provider phone"};

    QString replaceSnapshot(const Snapshot& kind, const QString& profile, const QList<std::pair<QVariant, QString>>& rows,
                            const QDateTime& syncedAt);
    // Calls `take` with each stored row, one at a time: at 100,000 numbers, holding every parsed
    // object at once would double the memory the start-up needs.
    void readSnapshot(const Snapshot& kind, const QString& profile, const std::function<void(const QByteArray&)>& take) const;
    // The rows that still parse (a row written by an older version may not).
    template <typename T>
    QList<T> readRows(const Snapshot& kind, const QString& profile, api::Parsed<T> (*parse)(const QJsonObject&)) const;
    QDateTime syncedAt(const Snapshot& kind, const QString& profile) const;
    // The profile's row id, with its sync time of `kind` set; -1 when it cannot be written.
    static qint64 recordProfile(QSqlQuery& q, const Snapshot& kind, const QString& profile, const QDateTime& syncedAt);
    // A snapshot being written: its transaction, begun with the profile recorded (problem says
    // why not); fail() ends the queries, rolls back and says what went wrong; removeAndCommit()
    // deletes the profile's rows of `gone` (by `keyColumn`) from `tables` and commits.
    struct SnapshotWrite
    {
        QSqlDatabase database;
        QSqlQuery q;
        qint64 profileId = -1;
        QString problem;
        QString fail(const char* what, QSqlQuery& failed);
        QString removeAndCommit(const QStringList& tables, const QString& keyColumn, const QVariantList& gone);
    };
    SnapshotWrite beginSnapshot(const Snapshot& kind, const QString& profile, const QDateTime& syncedAt);
    static QString sqlError(const char* what, const QSqlQuery& q);
    static QByteArray jsonOf(const api::PhoneNumber& number);
    QSqlDatabase db() const;
    OpenResult openFile(QString& problem, Check check);
    bool setAside(const QString& problem);
    static QString checkFile(const QString& path);
    QString migrate();

    QString m_path;
    QString m_connectionName;
    QString m_notice;
    QFuture<QString> m_check; // open(Check::Meanwhile)'s problem, or empty
};

} // namespace phonedesk::models
