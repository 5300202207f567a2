// SPDX-License-Identifier: MIT
// A server that misbehaves on purpose (a raw TCP peer: the reference server never does this).
// For each answer the refresh fails with a clear error within its deadline, and the store and the
// cache keep exactly what they had; one bad number among good ones is refused by name.
#include "api/ApiClient.h"
#include "api/NumberJson.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace phonedesk;
using Kind = api::ApiError::Kind;

namespace {

QByteArray ok200(const QByteArray& body, const QByteArray& contentLength = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + (contentLength.isEmpty() ? QByteArray::number(body.size()) : contentLength) + "\r\n\r\n" + body;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start(), QString());
        m_env->client->setRetryPolicy(api::RetryPolicy::never()); // one answer each, judged on its own
        m_env->client->setLimits({1024 * 1024, std::chrono::milliseconds(1500)});
        m_env->store->setReconnectDelays(std::chrono::hours(1), std::chrono::hours(1));
    }

    void eachBadAnswerIsAClearErrorAndLosesNothing_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("close");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated body") << ok200("[{\"id\": 1, \"na", "4000") << true << int(Kind::BadResponse) << QStringLiteral("cut off");
        QTest::newRow("Content-Length too short") << ok200("[{\"id\": 1}]", "5") << false << int(Kind::BadResponse) << QStringLiteral("not valid JSON");
        QTest::newRow("2 GB advertised") << ok200("[", "2147483648") << false << int(Kind::BadResponse) << QStringLiteral("larger than 1 MiB");
        QTest::newRow("deep nesting") << ok200(QByteArray(100000, '[')) << false << int(Kind::BadResponse) << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8") << ok200("[{\"id\": 1, \"name\": \"\xff\xfe\xfd\"}]") << false << int(Kind::BadResponse) << QStringLiteral("not valid JSON");
        QTest::newRow("HTML with 200") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 26\r\n\r\n<html><h1>Login</h1></html>") << false << int(Kind::BadResponse) << QStringLiteral("not valid JSON");
        // A list of which no number can be read is no answer.
        QTest::newRow("wrong types") << ok200(R"([{"id": "7", "uuid": 5, "workspaceUuid": "w", "phoneNumber": "+1", "name": "x"}])") << false << int(Kind::BadResponse) << QStringLiteral("[0].id should be an integer");
        QTest::newRow("object for a list") << ok200("{}") << false << int(Kind::BadResponse) << QStringLiteral("should be a JSON array");
        QTest::newRow("empty array item") << ok200("[[]]") << false << int(Kind::BadResponse) << QStringLiteral("[0] should be an object");
        QTest::newRow("500") << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n") << false << int(Kind::Server) << QStringLiteral("HTTP 500");
        QTest::newRow("503") << QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n") << false << int(Kind::Server) << QStringLiteral("HTTP 503");
    }

    void eachBadAnswerIsAClearErrorAndLosesNothing()
    {
        QFETCH(QByteArray, reply);
        QFETCH(bool, close);
        QFETCH(int, kind);
        QFETCH(QString, says);
        test::RawPeer peer(reply, close);
        expectRefreshToFail(peer.url(), Kind(kind), says);
    }

    // One number too large (or unreadable) is refused by name; the others sync, and the refused
    // one keeps what the cache knew of it. A field this version does not know survives the sync
    // and a restart, as the server sent it.
    void anOversizedNumberIsRefusedByNameWhileTheOthersSync()
    {
        QList<api::PhoneNumber> numbers = m_env->cache->numbers(QStringLiteral("p"));
        QCOMPARE(numbers.size(), 29);
        QByteArray list = "[";
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            QJsonObject object = QJsonDocument::fromJson(numbers.at(i).json).object();
            if (i == 3)
                object.insert(QStringLiteral("brandDescription"), QString(70 * 1024, QLatin1Char('x')));
            if (i == 5) {
                object.insert(QStringLiteral("name"), QStringLiteral("Renamed on the server"));
                object.insert(QStringLiteral("emergencyAddress"), QJsonObject {{QStringLiteral("city"), QStringLiteral("Berlin")}});
            }
            list += (i ? "," : "") + QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        list += ']';
        test::RawPeer peer(ok200(list));
        m_env->client->setConnection({peer.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        QSignalSpy updated(m_env->store.get(), &models::NumberStore::numbersUpdated);
        m_env->store->refresh();
        QVERIFY(updated.wait(10000));
        const QStringList refused = m_env->store->refusedNumbers();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first(), QStringLiteral("[3] (number %1) is 70 KiB, more than a number may be (64 KiB)").arg(numbers.at(3).id));
        QCOMPARE(m_env->store->rows().size(), 29);
        QCOMPARE(m_env->store->number(numbers.at(3).id)->brandDescription, numbers.at(3).brandDescription); // as before
        const qint64 renamed = numbers.at(5).id;
        QCOMPARE(m_env->store->number(renamed)->name, QStringLiteral("Renamed on the server"));
        // Written once the writer is idle after this sync (an earlier write may report first).
        QTRY_VERIFY_WITH_TIMEOUT(m_env->cache->numberJson(QStringLiteral("p"), renamed).contains("Renamed on the server"), 10000);
        QCOMPARE(m_env->store->cacheProblem(), QString());
        QCOMPARE(m_env->cache->numbers(QStringLiteral("p")).size(), 29);

        // A restart: a new cache and store on the same file, offline.
        models::Cache reopened(m_env->cache->path());
        QCOMPARE(reopened.open(), QString());
        api::ApiClient offline;
        models::NumberStore store(reopened, offline, models::systemClock());
        store.openProfile(QStringLiteral("p"));
        const std::optional<api::PhoneNumber> kept = store.number(renamed);
        QVERIFY(kept);
        QCOMPARE(kept->name, QStringLiteral("Renamed on the server"));
        const auto other = api::unknownFields(kept->json);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first(), std::make_pair(QStringLiteral("emergencyAddress"), QStringLiteral(R"({"city":"Berlin"})")));
    }

    // A first sync shows rows while it reads the list; when the list then turns out broken as a
    // whole, the sync fails and the rows it showed go again: nothing half synced stays.
    void aFirstSyncThatFailsLateShowsNoneOfItsRows()
    {
        const QList<api::PhoneNumber> numbers = m_env->cache->numbers(QStringLiteral("p"));
        QByteArray list = "[";
        for (int i = 0; i < 2000; ++i) {
            QJsonObject object = QJsonDocument::fromJson(numbers.at(i % numbers.size()).json).object();
            object.insert(QStringLiteral("id"), 100000 + i);
            object.insert(QStringLiteral("uuid"), QStringLiteral("generated-%1").arg(i));
            list += (i ? "," : "") + QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        list += ",{\"id\": 1, \"na"; // cut off at the end
        test::RawPeer peer(ok200(list));
        m_env->client->setLimits({16 * 1024 * 1024, std::chrono::milliseconds(5000)});
        m_env->client->setConnection({peer.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        m_env->store->openProfile(QStringLiteral("new profile"));
        QCOMPARE(m_env->store->table().rowCount(), 0);
        int mostShown = 0;
        connect(&m_env->store->table(), &QAbstractItemModel::rowsInserted, this,
                [&] { mostShown = std::max(mostShown, m_env->store->table().rowCount()); });
        QSignalSpy failed(m_env->store.get(), &models::NumberStore::refreshFailed);
        m_env->store->refresh();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().value<api::ApiError>().message().contains(QLatin1String("not valid JSON")),
                 qPrintable(failed.first().first().value<api::ApiError>().message()));
        QCOMPARE(mostShown, 1000); // shown while the list was read
        QCOMPARE(m_env->store->table().rowCount(), 0);
        QVERIFY(m_env->cache->numberRows(QStringLiteral("new profile")).isEmpty());
    }

    void aDrippingServerHitsTheDeadline()
    {
        QTimer drip;
        test::RawPeer peer([&drip](QTcpSocket* socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[");
            QObject::connect(&drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip.start(200); // well inside Qt's transfer timeout, so only the deadline can end it
        });
        expectRefreshToFail(peer.url(), Kind::Timeout, QStringLiteral("did not answer in time"));
    }

    void aResetConnectionIsANetworkError()
    {
        test::RawPeer peer([](QTcpSocket* socket) { socket->abort(); });
        expectRefreshToFail(peer.url(), Kind::Network, QStringLiteral("Cannot reach the server"));
    }

private:
    void expectRefreshToFail(const QUrl& url, Kind kind, const QString& says)
    {
        const QList<api::PhoneNumber> before = m_env->cache->numbers(QStringLiteral("p"));
        const QDateTime syncedBefore = m_env->cache->numbersSyncedAt(QStringLiteral("p"));
        QCOMPARE(before.size(), 29);
        m_env->client->setConnection({url, QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        QSignalSpy failed(m_env->store.get(), &models::NumberStore::refreshFailed);
        QElapsedTimer timer;
        timer.start();
        m_env->store->refresh();
        QVERIFY(failed.wait(10000));
        QVERIFY2(timer.elapsed() < 5000, "answered within its deadline");
        const api::ApiError error = failed.first().first().value<api::ApiError>();
        QCOMPARE(int(error.kind), int(kind));
        QVERIFY2(error.message().contains(says), qPrintable(error.message()));
        QCOMPARE(m_env->store->numbers(), before);
        QCOMPARE(m_env->cache->numbers(QStringLiteral("p")), before);
        QCOMPARE(m_env->cache->numbersSyncedAt(QStringLiteral("p")), syncedBefore);
    }

    std::unique_ptr<test::SyncedStore> m_env;
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
