// SPDX-License-Identifier: MIT
// The store joins a real cache file and a real server: cache first, then the network.
#include "api/ApiClient.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace phonedesk;
using models::NumberStore;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

api::PhoneNumber cachedNumber()
{
    api::PhoneNumber n;
    n.id = 1;
    n.uuid = QStringLiteral("cached-uuid");
    n.phoneNumber = QStringLiteral("+14155550100");
    n.name = QStringLiteral("Name from the cache");
    return n;
}

} // namespace

class TestNumberStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<models::Cache>(m_dir->filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(m_cache->open(), QString());
        m_client = std::make_unique<api::ApiClient>();
        m_store = std::make_unique<NumberStore>(*m_cache, *m_client, [this] { return m_now; });
    }

    void cleanup()
    {
        m_store.reset();
        m_client.reset();
        m_cache.reset();
    }

    void opensWithTheCachedNumbersBeforeAnyNetwork()
    {
        QCOMPARE(m_cache->replaceNumbers(QStringLiteral("p"), {cachedNumber()}, kNow.addDays(-1)), QString());
        QSignalSpy replaced(m_store.get(), &NumberStore::numbersReplaced);
        m_store->openProfile(QStringLiteral("p"));
        // Synchronously, with no event loop turn in between.
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(m_store->numbers().size(), 1);
        QCOMPARE(m_store->numbers().first().name, QStringLiteral("Name from the cache"));
        QCOMPARE(m_store->lastSync(), kNow.addDays(-1));
        QCOMPARE(m_store->connectivity(), NumberStore::Connectivity::Unknown);
    }

    void aRefreshReplacesCacheAndNumbersWithTheServersAnswer()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        QCOMPARE(m_cache->replaceNumbers(QStringLiteral("p"), {cachedNumber()}, kNow.addDays(-1)), QString());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        QSignalSpy updated(m_store.get(), &NumberStore::numbersUpdated);
        QSignalSpy written(m_store.get(), &NumberStore::cacheWritten);
        m_store->refresh();
        QCOMPARE(m_store->connectivity(), NumberStore::Connectivity::Syncing);
        QVERIFY(updated.wait(10000));
        QCOMPARE(m_store->connectivity(), NumberStore::Connectivity::Online);
        QCOMPARE(m_store->numbers().size(), 29);
        QCOMPARE(m_store->numbers().first().name, QStringLiteral("Main customer line"));
        QCOMPARE(m_store->lastSync(), kNow);
        // Shown first; the cache is written on the writer thread.
        QVERIFY(written.count() > 0 || written.wait(10000));
        QCOMPARE(m_store->cacheProblem(), QString());
        // What the server said is what the next start shows.
        QCOMPARE(m_cache->numbers(QStringLiteral("p")), m_store->numbers());
        QCOMPARE(m_cache->numbersSyncedAt(QStringLiteral("p")), kNow);
        // The linkable provider phones follow, into the cache too.
        QTRY_COMPARE(m_cache->providerPhones(QStringLiteral("p")).size(), 8);
        QCOMPARE(m_store->providerPhones().size(), 8);
        QCOMPARE(m_cache->phonesSyncedAt(QStringLiteral("p")), kNow);
    }

    // A first sync fills the empty table while the list is read, in growing batches, before it
    // is done; the cache takes the snapshot only when the whole list is read.
    void aFirstSyncShowsRowsBeforeTheWholeListIsRead()
    {
        auto server = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("5000")});
        QVERIFY(server->url().isValid());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        QList<int> shownWhileReading;
        bool done = false;
        connect(&m_store->table(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (!done)
                shownWhileReading << m_store->table().rowCount();
        });
        QSignalSpy updated(m_store.get(), &NumberStore::numbersUpdated);
        QSignalSpy written(m_store.get(), &NumberStore::snapshotStored);
        connect(m_store.get(), &NumberStore::numbersUpdated, this, [&] { done = true; });
        m_store->refresh();
        QVERIFY(updated.wait(30000));
        QCOMPARE(m_store->table().rowCount(), 5029);
        // 1,000, then 2,000 and 4,000 more while reading; the last 29 with the whole list.
        QCOMPARE(shownWhileReading, (QList<int> {1000, 3000, 5029}));
        QVERIFY(written.count() > 0 || written.wait(30000));
        QCOMPARE(written.first().first().toLongLong(), 5029);
        QCOMPARE(m_cache->numberRows(QStringLiteral("p")).size(), 5029);
    }

    // The server's bytes are kept with their fingerprint: a re-sync where nothing changed
    // writes no row, also after a restart, and one change writes one row.
    void aReSyncWithNothingChangedWritesNoRow()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        auto sync = [this] {
            QSignalSpy stored(m_store.get(), &NumberStore::snapshotStored);
            m_store->refresh();
            return stored.wait(10000);
        };
        QVERIFY(sync());
        QCOMPARE(m_store->rows().size(), 29);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counter"));
            raw.setDatabaseName(m_cache->path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE writes (id INTEGER)")));
            for (const char* kind : {"INSERT", "UPDATE", "DELETE"})
                QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER count_%1 AFTER %1 ON numbers BEGIN INSERT INTO writes VALUES (%2.id); END")
                                   .arg(QLatin1String(kind), QLatin1String(QByteArray(kind) == "DELETE" ? "old" : "new"))));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counter"));
        auto writes = [this] {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            raw.setDatabaseName(m_cache->path());
            int count = -1;
            if (raw.open()) {
                QSqlQuery q(raw);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM writes")) && q.next())
                    count = q.value(0).toInt();
            }
            raw.close();
            raw = {};
            QSqlDatabase::removeDatabase(QStringLiteral("reader"));
            return count;
        };
        QVERIFY(sync());
        QCOMPARE(writes(), 0);
        QCOMPARE(m_store->lastRowsWritten(), 0);

        // After a restart, the stored fingerprints still match.
        m_store = std::make_unique<NumberStore>(*m_cache, *m_client, [this] { return m_now; });
        m_store->openProfile(QStringLiteral("p"));
        QCOMPARE(m_store->rows().size(), 29);
        QVERIFY(sync());
        QCOMPARE(writes(), 0);

        // One number renamed on the server: one row written.
        api::ApiClient writer;
        writer.setConnection(m_client->connection());
        api::UpdatePhoneNumberRequest rename;
        rename.fields.insert(QStringLiteral("name"), QStringLiteral("Renamed elsewhere"));
        QVERIFY(test::finish(writer.updatePhoneNumber(QString::number(m_store->rows().id(0)), rename)).ok());
        QVERIFY(sync());
        QCOMPARE(writes(), 1);
        QCOMPARE(m_store->number(m_store->rows().id(0))->name, QStringLiteral("Renamed elsewhere"));
    }

    // What others changed between two syncs is in the journal as seen, before and after; what
    // this app wrote is not (it is there as its own write), and a sync that finds nothing adds nothing.
    void whatOthersChangedIsJournaledAsSeenButNotThisAppsWrites()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        auto sync = [this] {
            QSignalSpy stored(m_store.get(), &NumberStore::snapshotStored);
            m_store->refresh();
            return stored.wait(10000);
        };
        QVERIFY(sync());
        QVERIFY(m_store->journal().entries().isEmpty()); // a first sync has nothing to compare with
        QCOMPARE(m_store->changedByOthers(), 0);

        const api::PhoneNumber renamed = *m_store->number(m_store->rows().id(0));
        const api::PhoneNumber smsOff = *m_store->number(m_store->rows().id(1));
        const api::PhoneNumber ours = *m_store->number(m_store->rows().id(2));
        api::ApiClient other;
        other.setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kWriteToken)});
        api::UpdatePhoneNumberRequest rename;
        rename.fields.insert(QStringLiteral("name"), QStringLiteral("Renamed elsewhere"));
        QVERIFY(test::finish(other.updatePhoneNumber(QString::number(renamed.id), rename)).ok());
        api::UpdatePhoneNumberRequest sms;
        sms.fields.insert(QStringLiteral("enableSms"), !smsOff.enableSms);
        QVERIFY(test::finish(other.updatePhoneNumber(QString::number(smsOff.id), sms)).ok());
        models::NumberWriter writer(*m_client, *m_store);
        api::UpdatePhoneNumberRequest mine;
        mine.fields.insert(QStringLiteral("name"), QStringLiteral("Renamed here"));
        QVERIFY(test::writeDone(writer.update(ours, mine)));

        QVERIFY(sync());
        QCOMPARE(m_store->changedByOthers(), 2);
        QList<models::JournalEntry> seen;
        for (const models::JournalEntry& e : m_store->journal().entries()) {
            if (e.action == models::JournalAction::Seen)
                seen << e;
        }
        QCOMPARE(seen.size(), 2);
        const auto byId = [&](qint64 id) { return *std::find_if(seen.cbegin(), seen.cend(), [id](const auto& e) { return e.numberId == id; }); };
        const models::JournalEntry name = byId(renamed.id);
        QCOMPARE(name.changedFields(), QStringList {QStringLiteral("name")});
        QCOMPARE(name.before.value(QStringLiteral("name")).toString(), renamed.name);
        QCOMPARE(name.after.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed elsewhere"));
        QCOMPARE(name.phoneNumber, renamed.phoneNumber);
        QCOMPARE(name.at, m_now); // at sync time
        QCOMPARE(byId(smsOff.id).changedFields(), QStringList {QStringLiteral("enableSms")});

        QVERIFY(sync()); // nothing new
        QCOMPARE(m_store->changedByOthers(), 0);
        QCOMPARE(m_store->journal().entries().size(), 3); // our update and the two seen

        // Kept in the cache like the writes, with their seq.
        m_store = std::make_unique<NumberStore>(*m_cache, *m_client, [this] { return m_now; });
        m_store->openProfile(QStringLiteral("p"));
        const QList<models::JournalEntry> kept = m_store->journal().entries();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(std::count_if(kept.cbegin(), kept.cend(), [](const auto& e) { return e.action == models::JournalAction::Seen && e.seq > 0; }), 2);
        QCOMPARE(kept.last().changedFields().size(), 1);
    }

    // The snapshot of a sync is written on the writer thread; a write's answer that arrives
    // while that snapshot is still queued must land after it, not be overwritten by it.
    void aWritesAnswerLandsAfterTheSnapshotStillBeingWritten()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        QSignalSpy updated(m_store.get(), &NumberStore::numbersUpdated);
        QSignalSpy written(m_store.get(), &NumberStore::cacheWritten);
        m_store->refresh();
        QVERIFY(updated.wait(10000));
        api::PhoneNumber edited = m_store->numbers().first(); // as a write's answer would bring it
        edited.name = QStringLiteral("Edited meanwhile");
        m_store->applyServerNumber(edited); // the snapshot is not written yet
        QVERIFY(written.count() > 0 || written.wait(10000));
        QTRY_COMPARE(m_cache->numbers(QStringLiteral("p")).first().name, QStringLiteral("Edited meanwhile"));
        QCOMPARE(m_cache->numbers(QStringLiteral("p")).size(), 29);
    }

    void anUnreachableServerMeansOfflineWithTheCacheKept()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        QSignalSpy updated(m_store.get(), &NumberStore::numbersUpdated);
        m_store->refresh();
        QVERIFY(updated.wait(10000));
        server->stop();

        m_now = kNow.addSecs(3600);
        QSignalSpy failed(m_store.get(), &NumberStore::refreshFailed);
        m_store->refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<api::ApiError>().kind, api::ApiError::Kind::Network);
        QCOMPARE(m_store->connectivity(), NumberStore::Connectivity::Offline);
        QCOMPARE(m_store->numbers().size(), 29);
        QCOMPARE(m_store->lastSync(), kNow); // the last success, not the failed attempt
        QCOMPARE(m_cache->numbers(QStringLiteral("p")).size(), 29);
    }

    void itReconnectsByItselfWhenTheServerIsBack()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        const QString port = QString::number(server->url().port());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        m_client->setRetryPolicy(api::RetryPolicy::never());
        m_store->setReconnectDelays(std::chrono::milliseconds(200), std::chrono::milliseconds(400));
        server->stop();

        QSignalSpy failed(m_store.get(), &NumberStore::refreshFailed);
        m_store->refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_store->connectivity(), NumberStore::Connectivity::Offline);
        QVERIFY(m_store->isReconnectScheduled());
        QTRY_VERIFY(failed.size() >= 3); // it keeps trying, 200, 400, 400 ms apart

        // The server comes back on the same address: the store refreshes without being asked.
        auto back = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--port"), port});
        QVERIFY2(back->url().isValid(), qPrintable(back->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_store->connectivity(), NumberStore::Connectivity::Online, 5000);
        QCOMPARE(m_store->numbers().size(), 29);
        QVERIFY(!m_store->isReconnectScheduled());
    }

    void aRejectedTokenIsAnErrorWhileStillOnline()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        QCOMPARE(m_cache->replaceNumbers(QStringLiteral("p"), {cachedNumber()}, kNow.addDays(-1)), QString());
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QStringLiteral("revoked")});
        QSignalSpy failed(m_store.get(), &NumberStore::refreshFailed);
        m_store->refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_store->lastError().kind, api::ApiError::Kind::Unauthorized);
        QCOMPARE(m_store->connectivity(), NumberStore::Connectivity::Online);
        QCOMPARE(m_store->numbers().size(), 1); // nothing lost
    }

    void forcedOfflineNeverTouchesTheNetwork()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        m_store->setForcedOffline(true);
        m_store->openProfile(QStringLiteral("p"));
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        QSignalSpy changed(m_store.get(), &NumberStore::connectivityChanged);
        m_store->refresh();
        QCOMPARE(m_store->connectivity(), NumberStore::Connectivity::Offline);
        QVERIFY(!changed.wait(300)); // no sync started, nothing arrives
        QVERIFY(m_store->numbers().isEmpty());
    }

    void journalSeqStaysTheSameAfterARestartWithTwoProfiles()
    {
        // Entries of two profiles interleave in one file: each keeps the seq its row got.
        for (const char* profile : {"a", "b", "a", "b", "a"}) {
            m_store->openProfile(QLatin1String(profile));
            models::JournalEntry entry = models::JournalEntry::intent(models::JournalAction::Update, cachedNumber(),
                                                                      {{QStringLiteral("name"), QLatin1String(profile)}});
            entry.ok = true;
            m_store->journal().record(entry);
            QSignalSpy stored(&m_store->journal(), &models::ChangeJournal::entryStored);
            QVERIFY(stored.wait(10000));
        }
        const QList<models::JournalEntry> shown = m_store->journal().entries();
        QCOMPARE(shown.size(), 3);

        m_store.reset(); // a restart
        m_store = std::make_unique<NumberStore>(*m_cache, *m_client, [this] { return m_now; });
        m_store->openProfile(QStringLiteral("a"));
        QCOMPARE(m_store->journal().entries(), shown);
        QCOMPARE(m_store->journal().historyOf(cachedNumber().id), shown);
        QVERIFY(shown.at(0).seq < shown.at(1).seq && shown.at(1).seq < shown.at(2).seq);
    }

    void aFailedSnapshotStaysVisibleWhenASmallerWriteSucceeds()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        m_client->setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        m_store->openProfile(QStringLiteral("p"));
        // Like a full disk: the snapshot's many rows do not fit, a journal entry still does.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fault"));
            db.setDatabaseName(m_cache->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON numbers BEGIN"
                                          " SELECT RAISE(ABORT, 'database or disk is full'); END")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fault"));
        m_store->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->cacheProblem().isEmpty(), 10000);
        QVERIFY2(m_store->cacheProblem().contains(QLatin1String("disk is full")), qPrintable(m_store->cacheProblem()));
        QVERIFY(m_cache->numbers(QStringLiteral("p")).isEmpty()); // the snapshot did not land

        models::JournalEntry entry = models::JournalEntry::intent(models::JournalAction::Archive, m_store->numbers().first(), {});
        m_store->journal().record(entry);
        QSignalSpy stored(&m_store->journal(), &models::ChangeJournal::entryStored);
        QVERIFY(stored.wait(10000)); // its problem, if any, is counted by then
        QVERIFY2(m_store->cacheProblem().contains(QLatin1String("disk is full")), "a journal entry does not hide it");

        // Room again: the next snapshot lands, and the problem goes.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fault"));
            db.setDatabaseName(m_cache->path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER disk_full")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fault"));
        m_store->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_cache->numbers(QStringLiteral("p")).size(), 29, 10000);
        QTRY_COMPARE(m_store->cacheProblem(), QString());
    }

private:
    QDateTime m_now = kNow;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<models::Cache> m_cache;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<NumberStore> m_store;
};

QTEST_GUILESS_MAIN(TestNumberStore)
#include "tst_number_store.moc"
