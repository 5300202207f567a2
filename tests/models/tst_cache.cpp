// SPDX-License-Identifier: MIT
#include "api/NumberJson.h"
#include "models/Cache.h"
#include "models/NumberSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>


using namespace phonedesk;
using api::PhoneNumber;

namespace {

PhoneNumber number(qint64 id, const QString& name)
{
    PhoneNumber n;
    n.id = id;
    n.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(id, 12, 10, QLatin1Char('0'));
    n.workspaceUuid = QStringLiteral("ws");
    n.phoneNumber = QStringLiteral("+1415555%1").arg(100 + id, 4, 10, QLatin1Char('0'));
    n.name = name;
    n.brandName = QStringLiteral("Brand of %1").arg(name);
    n.restartDelay = std::nullopt;
    n.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    n.updatedAt = n.createdAt.addDays(1);
    return n;
}

const QDateTime kFirstSync(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // each test its own files
        QVERIFY(m_dir->isValid());
    }

    void roundTripSurvivesReopening()
    {
        const QList<PhoneNumber> numbers {number(1, QStringLiteral("Sales")), number(2, QStringLiteral("Support"))};
        {
            models::Cache cache(path());
            QCOMPARE(cache.open(), QString());
            QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), numbers, kFirstSync), QString());
        }
        models::Cache reopened(path());
        QCOMPARE(reopened.open(), QString());
        QCOMPARE(reopened.numbers(QStringLiteral("p")), numbers);
        QCOMPARE(reopened.numbersSyncedAt(QStringLiteral("p")), kFirstSync);
        QVERIFY(!reopened.numbersSyncedAt(QStringLiteral("never")).isValid());
    }

    void everySyncReplacesTheSnapshot()
    {
        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), {number(1, QStringLiteral("A")), number(2, QStringLiteral("B"))}, kFirstSync), QString());
        QCOMPARE(cache.numbers(QStringLiteral("p")).size(), 2);
        const QList<PhoneNumber> second {number(2, QStringLiteral("B renamed")), number(3, QStringLiteral("C"))};
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), second, kFirstSync.addSecs(60)), QString());
        QCOMPARE(cache.numbers(QStringLiteral("p")), second);
        QCOMPARE(cache.numbersSyncedAt(QStringLiteral("p")), kFirstSync.addSecs(60));
    }

    void profilesAreIsolated()
    {
        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        QCOMPARE(cache.replaceNumbers(QStringLiteral("a"), {number(1, QStringLiteral("A1"))}, kFirstSync), QString());
        QCOMPARE(cache.replaceNumbers(QStringLiteral("b"), {number(1, QStringLiteral("B1")), number(2, QStringLiteral("B2"))}, kFirstSync.addSecs(5)), QString());
        QCOMPARE(cache.replaceNumbers(QStringLiteral("b"), {}, kFirstSync.addSecs(10)), QString());
        QCOMPARE(cache.numbers(QStringLiteral("a")).size(), 1);
        QCOMPARE(cache.numbers(QStringLiteral("a")).first().name, QStringLiteral("A1"));
        QCOMPARE(cache.numbersSyncedAt(QStringLiteral("a")), kFirstSync);
        QVERIFY(cache.numbers(QStringLiteral("b")).isEmpty());
    }

    // A re-sync in which little changed must not rewrite 100,000 rows: SQLite triggers (which
    // fire in the cache's own connection) count the rows it writes.
    void aReSyncWritesOnlyTheRowsThatChanged()
    {
        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        QList<PhoneNumber> first;
        for (qint64 id = 1; id <= 500; ++id)
            first << number(id, QStringLiteral("Line %1").arg(id));
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), first, kFirstSync), QString());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counter"));
            raw.setDatabaseName(path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE writes (kind TEXT, id INTEGER)")));
            for (const char* kind : {"INSERT", "UPDATE", "DELETE"}) {
                const char* row = QByteArray(kind) == "DELETE" ? "old" : "new";
                QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER count_%1 AFTER %1 ON numbers BEGIN INSERT INTO writes VALUES ('%1', %2.id); END")
                                    .arg(QLatin1String(kind), QLatin1String(row))),
                         qPrintable(q.lastError().text()));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counter"));

        QList<PhoneNumber> next = first;
        next[10].name = QStringLiteral("Renamed");
        next.removeAt(20); // id 21
        next << number(501, QStringLiteral("New line"));
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), next, kFirstSync.addSecs(60)), QString());
        QCOMPARE(cache.numbers(QStringLiteral("p")), next);
        QCOMPARE(cache.numbersSyncedAt(QStringLiteral("p")), kFirstSync.addSecs(60));

        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        raw.setDatabaseName(path());
        QVERIFY(raw.open());
        QStringList writes;
        {
            QSqlQuery q(QStringLiteral("SELECT kind || ' ' || id FROM writes ORDER BY kind, id"), raw);
            while (q.next())
                writes << q.value(0).toString();
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        QCOMPARE(writes, (QStringList {QStringLiteral("DELETE 21"), QStringLiteral("INSERT 501"), QStringLiteral("UPDATE 11")}));
    }

    void aFailedReplaceKeepsTheOldSnapshot()
    {
        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        const QList<PhoneNumber> old {number(1, QStringLiteral("Old"))};
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), old, kFirstSync), QString());
        // The disk fills up half way through the write: number 4 is written, 5 is not.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
            raw.setDatabaseName(path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON numbers WHEN NEW.id = 5 BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("full"));
        const QList<PhoneNumber> broken {number(4, QStringLiteral("New")), number(5, QStringLiteral("Clash"))};
        const QString error = cache.replaceNumbers(QStringLiteral("p"), broken, kFirstSync.addDays(1));
        QVERIFY2(error.contains(QLatin1String("cannot store a number")), qPrintable(error));
        QCOMPARE(cache.numbers(QStringLiteral("p")), old);
        QCOMPARE(cache.numbersSyncedAt(QStringLiteral("p")), kFirstSync);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("full"));
            raw.setDatabaseName(path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER full")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("full"));
        // And the cache still works afterwards.
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), {number(6, QStringLiteral("Next"))}, kFirstSync.addDays(2)), QString());
        QCOMPARE(cache.numbers(QStringLiteral("p")).first().name, QStringLiteral("Next"));
    }

    void fileAndFolderAreOwnerOnly()
    {
        const QString nested = m_dir->filePath(QStringLiteral("deep/er/cache.sqlite"));
        models::Cache cache(nested);
        QCOMPARE(cache.open(), QString());
        QCOMPARE(test::fileMode(nested), 0600);
        QCOMPARE(test::fileMode(m_dir->filePath(QStringLiteral("deep/er"))), 0700);
        QCOMPARE(test::fileMode(m_dir->filePath(QStringLiteral("deep"))), 0700); // each folder it had to make
    }

    void schemaVersionIsRecordedAndANewerOneRefused()
    {
        {
            models::Cache cache(path());
            QCOMPARE(cache.open(), QString());
        }
        QCOMPARE(userVersion(), models::Cache::kSchemaVersion);
        setUserVersion(models::Cache::kSchemaVersion + 1);
        models::Cache newer(path());
        const QString error = newer.open();
        QVERIFY2(error.contains(QLatin1String("newer PhoneDesk")), qPrintable(error));
    }

    void aVersionOneCacheIsMigratedKeepingItsNumbers()
    {
        // The schema as version 1 wrote it, with one cached number.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* statement : {
                     "CREATE TABLE profiles (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, numbersSyncedAt TEXT)",
                     "CREATE TABLE numbers (profileId INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                     " id INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (profileId, id)) WITHOUT ROWID",
                     "INSERT INTO profiles (id, key, numbersSyncedAt) VALUES (1, 'p', '2026-11-01T09:00:00.000Z')",
                     "INSERT INTO numbers VALUES (1, 7, '{\"id\": 7, \"uuid\": \"u\", \"workspaceUuid\": \"w\","
                     " \"phoneNumber\": \"+14155550100\", \"name\": \"Kept\"}')",
                     "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QLatin1String(statement)), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        QCOMPARE(userVersion(), models::Cache::kSchemaVersion);
        QCOMPARE(cache.numbers(QStringLiteral("p")).size(), 1);
        QCOMPARE(cache.numbers(QStringLiteral("p")).first().name, QStringLiteral("Kept"));
        QCOMPARE(cache.numbersSyncedAt(QStringLiteral("p")), kFirstSync);
        QVERIFY(cache.providerPhones(QStringLiteral("p")).isEmpty());
        QVERIFY(!cache.phonesSyncedAt(QStringLiteral("p")).isValid());
    }

    // A cache as PhoneDesk 0.1 (schema 3) left it: the numbers as JSON only, and a journal.
    // It opens with both; the table's columns come from the JSON.
    void aSchemaThreeCacheOpensWithItsNumbersAndJournal()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* statement : {
                     "CREATE TABLE profiles (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, numbersSyncedAt TEXT, phonesSyncedAt TEXT)",
                     "CREATE TABLE numbers (profileId INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                     " id INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (profileId, id)) WITHOUT ROWID",
                     "CREATE TABLE provider_phones (profileId INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                     " uuid TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (profileId, uuid)) WITHOUT ROWID",
                     "CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, profileId INTEGER NOT NULL"
                     " REFERENCES profiles(id) ON DELETE CASCADE, at TEXT NOT NULL, action TEXT NOT NULL,"
                     " numberId INTEGER NOT NULL, phoneNumber TEXT NOT NULL, before TEXT NOT NULL,"
                     " after TEXT NOT NULL, sent TEXT NOT NULL, httpStatus INTEGER NOT NULL, ok INTEGER NOT NULL,"
                     " message TEXT NOT NULL)",
                     "CREATE INDEX journal_by_profile ON journal (profileId, seq)",
                     "INSERT INTO profiles (id, key, numbersSyncedAt) VALUES (1, 'p', '2026-11-01T09:00:00.000Z')",
                     "INSERT INTO numbers VALUES (1, 7, '{\"id\":7,\"uuid\":\"u7\",\"workspaceUuid\":\"w\",\"phoneNumber\":\"+4930901820\","
                     "\"name\":\"Berlin desk\",\"brandName\":\"Acme\",\"enableSms\":false,\"defaultWorkflowId\":12,"
                     "\"updatedAt\":\"2026-11-01T08:30:00.250Z\",\"providerPhoneUuid\":\"pp\"}')",
                     "INSERT INTO numbers VALUES (1, 8, '{\"id\":8,\"uuid\":\"u8\",\"workspaceUuid\":\"w\",\"phoneNumber\":\"+14155550100\","
                     "\"name\":\"Old line\",\"isArchived\":true,\"archivedAt\":\"2026-10-01T00:00:00.000Z\"}')",
                     "INSERT INTO journal (profileId, at, action, numberId, phoneNumber, before, after, sent, httpStatus, ok, message)"
                     " VALUES (1, '2026-11-01T08:30:00.000Z', 'update', 7, '+4930901820', '{\"name\":\"Desk\"}',"
                     " '{\"name\":\"Berlin desk\"}', '{\"name\":\"Berlin desk\"}', 200, 1, '')",
                     "PRAGMA user_version = 3"})
                QVERIFY2(q.exec(QLatin1String(statement)), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));

        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        QCOMPARE(userVersion(), models::Cache::kSchemaVersion);
        const models::NumberRows rows = cache.numberRows(QStringLiteral("p"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.name(0), QStringLiteral("Berlin desk"));
        QCOMPARE(rows.brandName(0), std::optional<QString>(QStringLiteral("Acme")));
        QCOMPARE(rows.phoneNumber(0), QStringLiteral("+4930901820"));
        QVERIFY(rows.enableVoice(0) && !rows.enableSms(0) && !rows.isArchived(0));
        QCOMPARE(rows.providerPhoneUuid(0), std::optional<QString>(QStringLiteral("pp")));
        QCOMPARE(rows.defaultWorkflowId(0), std::optional<qint64>(12));
        QCOMPARE(rows.updatedAtMs(0), QDateTime::fromString(QStringLiteral("2026-11-01T08:30:00.250Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
        QVERIFY(rows.isArchived(1));
        QCOMPARE(rows.archivedAtMs(1), QDateTime::fromString(QStringLiteral("2026-10-01T00:00:00.000Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
        QCOMPARE(cache.numbers(QStringLiteral("p")).first().name, QStringLiteral("Berlin desk"));
        QCOMPARE(cache.numbersSyncedAt(QStringLiteral("p")), kFirstSync);
        const QList<models::JournalEntry> journal = cache.journal(QStringLiteral("p"));
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().numberId, 7);
        QCOMPARE(journal.first().after.value(QStringLiteral("name")).toString(), QStringLiteral("Berlin desk"));
        // The first sync after it writes each number once (no fingerprint was stored), the next none.
        const QList<PhoneNumber> same = cache.numbers(QStringLiteral("p"));
        qint64 written = -1;
        QList<QByteArray> jsons;
        for (const PhoneNumber& n : same)
            jsons << n.json;
        QCOMPARE(cache.writeSnapshot(QStringLiteral("p"), models::NumberSnapshot::of(jsons), kFirstSync.addDays(1), &written), QString());
        QCOMPARE(written, 2);
        QCOMPARE(cache.writeSnapshot(QStringLiteral("p"), models::NumberSnapshot::of(jsons), kFirstSync.addDays(2), &written), QString());
        QCOMPARE(written, 0);
    }

    // A cache as PhoneDesk 0.2 (schema 4) left it: the table's columns without work modes,
    // forward numbers, assistant and creation time. They come from each number's JSON when it
    // opens, so the new columns show without a sync; a number whose JSON is broken keeps the rest.
    void aSchemaFourCacheShowsTheNewColumnsWithoutASync()
    {
        PhoneNumber forwarding = number(1, QStringLiteral("Forwarding"));
        forwarding.voiceWorkMode = QStringLiteral("always_forward");
        forwarding.voiceForwardNumber = QStringLiteral("+442079460456");
        forwarding.smsWorkMode = QStringLiteral("message_off_hours");
        forwarding.assistantEnabled = false;
        forwarding.voicemailGreeting = QStringLiteral("Leave a message");
        QByteArray newer = api::jsonFor(number(2, QStringLiteral("Newer server")));
        newer.replace("\"smsWorkMode\":null", "\"smsWorkMode\":\"ring_twice\""); // a mode this version does not know
        QVERIFY(newer.contains("ring_twice"));
        {
            models::Cache cache(path());
            QCOMPARE(cache.open(), QString());
            QCOMPARE(cache.writeSnapshot(QStringLiteral("p"), models::NumberSnapshot::of({api::jsonFor(forwarding), newer}), kFirstSync), QString());
        }
        {
            // Back to schema 4's shape: its columns and flag bits only, one number's JSON broken.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char* statement : {"ALTER TABLE numbers DROP COLUMN voiceForward", "ALTER TABLE numbers DROP COLUMN smsForward",
                                          "ALTER TABLE numbers DROP COLUMN createdMs", "UPDATE numbers SET flags = flags & 31",
                                          "INSERT INTO numbers (profileId, id, uuid, phoneNumber, name, flags)"
                                          " SELECT profileId, 3, 'u3', '+14155550199', 'Broken', 3 FROM numbers WHERE id = 1",
                                          "INSERT INTO number_json (profileId, id, json) SELECT profileId, 3, '{\"id\":3,' FROM numbers WHERE id = 1",
                                          "PRAGMA user_version = 4"})
                QVERIFY2(q.exec(QLatin1String(statement)), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        QCOMPARE(userVersion(), models::Cache::kSchemaVersion);
        const models::NumberRows rows = cache.numberRows(QStringLiteral("p"));
        QCOMPARE(rows.size(), 3);
        const qsizetype first = rows.rowOf(1), second = rows.rowOf(2), broken = rows.rowOf(3);
        QCOMPARE(rows.voiceWorkMode(first), 1); // always_forward, the first of api::kWorkModes
        QCOMPARE(rows.voiceForwardNumber(first), QStringLiteral("+442079460456"));
        QCOMPARE(rows.smsWorkMode(first), 4); // message_off_hours
        QVERIFY(!rows.assistantEnabled(first));
        QVERIFY(rows.flags(first) & models::NumberRows::HasVoicemailGreeting);
        QVERIFY(!(rows.flags(first) & models::NumberRows::HasVoiceOffHoursMessage));
        QVERIFY(!(rows.flags(second) & models::NumberRows::HasVoicemailGreeting));
        QCOMPARE(rows.createdAtMs(first), forwarding.createdAt.toMSecsSinceEpoch());
        QVERIFY(rows.enableVoice(first) && rows.enableSms(first)); // the older bits as they were
        QCOMPARE(rows.voiceWorkMode(second), 0);
        QCOMPARE(rows.smsWorkMode(second), models::NumberRows::kOtherWorkMode);
        QVERIFY(rows.assistantEnabled(second));
        QCOMPARE(rows.name(broken), QStringLiteral("Broken"));
        QCOMPARE(rows.createdAtMs(broken), 0);
        QCOMPARE(rows.voiceForwardNumber(broken), QString());
    }

    void providerPhonesAreASnapshotOfTheirOwn()
    {
        models::Cache cache(path());
        QCOMPARE(cache.open(), QString());
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), {number(1, QStringLiteral("A"))}, kFirstSync), QString());
        api::ProviderPhone phone;
        phone.uuid = QStringLiteral("pp-1");
        phone.phoneNumber = QStringLiteral("+14155550142");
        phone.friendlyName = QStringLiteral("Pool A, \"spare\"");
        phone.workspaceUuid = QStringLiteral("ws");
        phone.sms = true;
        QCOMPARE(cache.replaceProviderPhones(QStringLiteral("p"), {phone}, kFirstSync.addSecs(30)), QString());
        QCOMPARE(cache.providerPhones(QStringLiteral("p")), QList<api::ProviderPhone> {phone});
        QCOMPARE(cache.phonesSyncedAt(QStringLiteral("p")), kFirstSync.addSecs(30));
        QCOMPARE(cache.numbersSyncedAt(QStringLiteral("p")), kFirstSync); // each keeps its own time
        QCOMPARE(cache.numbers(QStringLiteral("p")).size(), 1);
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }

    int userVersion() const
    {
        int version = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path());
            db.open();
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return version;
    }

    void setUserVersion(int version) const
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path());
            db.open();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
