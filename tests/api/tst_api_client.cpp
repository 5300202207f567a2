// SPDX-License-Identifier: MIT
// The client against the real phonedesk-server on loopback; a raw TCP peer stands in only for
// servers that misbehave (hang, redirect elsewhere), which the reference server never does.
#include "api/ApiClient.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace phonedesk;
using namespace phonedesk::api;
using namespace std::chrono_literals;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::startServer();
        QVERIFY2(m_server->url().isValid(), qPrintable(m_server->errorText()));
    }

    void listsTheWorkspaceNumbersWithTheArchivedFilter()
    {
        ApiClient client;
        client.setConnection(admin());
        QCOMPARE(listSize(client, ArchivedFilter::All), 29);
        QCOMPARE(listSize(client, ArchivedFilter::ActiveOnly), 26);
        QCOMPARE(listSize(client, ArchivedFilter::ArchivedOnly), 3);
    }

    void getsANumberByIdAndByUuid()
    {
        ApiClient client;
        client.setConnection(admin());
        auto* byId = client.getPhoneNumber(QStringLiteral("1"));
        PhoneNumber first;
        connect(byId, &ApiCall::finished, this, [&] { first = byId->value(); });
        QVERIFY(test::finish(byId).ok());
        QCOMPARE(first.name, QStringLiteral("Main customer line"));
        QCOMPARE(first.phoneNumber, QStringLiteral("+14155550100"));

        auto* byUuid = client.getPhoneNumber(first.uuid);
        PhoneNumber again;
        connect(byUuid, &ApiCall::finished, this, [&] { again = byUuid->value(); });
        QVERIFY(test::finish(byUuid).ok());
        QCOMPARE(again, first);
    }

    void serverRefusalsBecomeTypedErrors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        const QString own = QLatin1String(demo::kWorkspaceUuid);
        QTest::newRow("no token") << QString() << own << QString() << int(ApiError::Kind::Unauthorized) << QStringLiteral("Not authenticated");
        QTest::newRow("unknown token") << QStringLiteral("nope") << own << QString() << int(ApiError::Kind::Unauthorized) << QStringLiteral("Invalid token");
        QTest::newRow("not a member") << QString::fromLatin1(demo::kOtherWorkspaceToken) << own << QString() << int(ApiError::Kind::Forbidden) << QStringLiteral("Not a member of this workspace");
        QTest::newRow("unknown number") << QString::fromLatin1(demo::kReadToken) << own << QStringLiteral("9999") << int(ApiError::Kind::NotFound) << QStringLiteral("Phone number not found");
        // Id 38 is a Globex number: from Acme's workspace it does not exist.
        QTest::newRow("other workspace's number") << QString::fromLatin1(demo::kAdminToken) << own << QStringLiteral("38") << int(ApiError::Kind::NotFound) << QStringLiteral("Phone number not found");
    }

    void serverRefusalsBecomeTypedErrors()
    {
        QFETCH(QString, token);
        QFETCH(QString, workspace);
        QFETCH(QString, id);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        ApiClient client;
        client.setConnection({m_server->url(), workspace, token});
        ApiCall* call = id.isEmpty() ? static_cast<ApiCall*>(client.listPhoneNumbers()) : client.getPhoneNumber(id);
        const ApiError error = test::finish(call);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.detail, detail);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.isConnectivity());
    }

    void theOtherWorkspacesNumberExistsInItsOwnWorkspace()
    {
        // The 404 above is isolation, not absence: Globex's admin can read number 38.
        ApiClient client;
        client.setConnection({m_server->url(), QLatin1String(demo::kOtherWorkspaceUuid), QLatin1String(demo::kOtherWorkspaceToken)});
        auto* call = client.getPhoneNumber(QStringLiteral("38"));
        QString workspace;
        connect(call, &ApiCall::finished, this, [&] { workspace = call->value().workspaceUuid; });
        QVERIFY(test::finish(call).ok());
        QCOMPARE(workspace, QLatin1String(demo::kOtherWorkspaceUuid));
    }

    void aStoppedServerIsANetworkErrorNotAHang()
    {
        auto server = test::startServer();
        QVERIFY(server->url().isValid());
        const QUrl url = server->url();
        server->stop();
        ApiClient client;
        client.setConnection({url, QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        const ApiError error = test::finish(client.listPhoneNumbers());
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY(error.isConnectivity());
        QVERIFY2(error.message().startsWith(QLatin1String("Cannot reach the server")), qPrintable(error.message()));
    }

    void aSilentServerTimesOutAndACancelIsToldApart()
    {
        test::RawPeer silent {QByteArray()}; // accepts, never answers
        ApiClient client;
        client.setConnection({silent.url(), QStringLiteral("ws"), QStringLiteral("t")});
        client.setTimeout(300ms);
        QCOMPARE(test::finish(client.listPhoneNumbers()).kind, ApiError::Kind::Timeout);

        client.setTimeout(20s);
        ApiCall* call = client.listPhoneNumbers();
        QTRY_VERIFY(silent.received.contains("GET"));
        QTimer::singleShot(0, call, &ApiCall::cancel);
        QCOMPARE(test::finish(call).kind, ApiError::Kind::Cancelled);
    }

    void everyRequestCarriesTokenAndUserAgent()
    {
        test::RawPeer peer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]");
        ApiClient client;
        client.setConnection({peer.url(), QStringLiteral("ws-1"), QStringLiteral("s3cret")});
        QVERIFY(test::finish(client.listPhoneNumbers(ArchivedFilter::ActiveOnly)).ok());
        QVERIFY2(peer.received.startsWith("GET /api/v2/w/ws-1/phone-numbers?is_archived=false HTTP/1.1"), peer.received.constData());
        QVERIFY(peer.received.contains("Authorization: Bearer s3cret\r\n"));
        QVERIFY(peer.received.contains("User-Agent: PhoneDesk/"));
    }

    void aRedirectToAnotherOriginIsRefusedAndTheTokenStaysHome()
    {
        test::RawPeer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
        test::RawPeer redirecting("HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url().toEncoded()
                            + "/api/v2/w/ws/phone-numbers\r\nContent-Length: 0\r\n\r\n");
        ApiClient client;
        client.setConnection({redirecting.url(), QStringLiteral("ws"), QStringLiteral("s3cret")});
        QCOMPARE(test::finish(client.listPhoneNumbers()).kind, ApiError::Kind::Redirect);
        QVERIFY(redirecting.received.contains("s3cret"));
        QCOMPARE(elsewhere.received, QByteArray());
    }

    void anHtmlPageWithStatus200IsABadResponse()
    {
        test::RawPeer proxy("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 21\r\n\r\n<html>Sign in</html>\n");
        ApiClient client;
        client.setConnection({proxy.url(), QStringLiteral("ws"), QStringLiteral("t")});
        const ApiError error = test::finish(client.listPhoneNumbers());
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(error.message().contains(QLatin1String("not valid JSON")), qPrintable(error.message()));
    }

private:
    Connection admin() const
    {
        return {m_server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)};
    }

    int listSize(ApiClient& client, ArchivedFilter filter)
    {
        auto* call = client.listPhoneNumbers(filter);
        int size = -1;
        connect(call, &ApiCall::finished, this, [&] { size = int(call->value().size()); });
        const ApiError error = test::finish(call);
        return error.ok() ? size : -100;
    }

    std::unique_ptr<server::ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
