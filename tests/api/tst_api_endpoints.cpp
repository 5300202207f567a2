// SPDX-License-Identifier: MIT
// Every endpoint through the client against the real server: success, each kind of error,
// retries of reads (counted in the server's request log) and never of writes.
#include "api/ApiClient.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QTimer>

using namespace phonedesk;
using namespace phonedesk::api;
using namespace std::chrono_literals;

namespace {

const QString kOne = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
const QString kPoolA = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QString kSpare = QStringLiteral("cccccccc-0000-4000-8000-000000000004");

// Runs the call and hands back its value; the error goes to `error`.
template<typename T>
T valueOf(ResultCall<T>* call, ApiError& error)
{
    T value {};
    QObject::connect(call, &ApiCall::finished, call, [&] { value = call->value(); });
    error = test::finish(call);
    return value;
}

QStringList writesFixture(const QStringList& more = {})
{
    return QStringList {QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/writes.json"))} + more;
}

} // namespace

class TestApiEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = test::startServer(writesFixture({QStringLiteral("--log-requests")}));
        QVERIFY(m_server->url().isValid());
        m_client = std::make_unique<ApiClient>();
        m_client->setConnection({m_server->url(), kOne, QStringLiteral("admin")});
    }

    void everyEndpointSucceeds()
    {
        ApiError error;
        QCOMPARE(valueOf(m_client->listPhoneNumbers(), error).size(), 4);
        QVERIFY(error.ok());
        QCOMPARE(valueOf(m_client->getPhoneNumber(QStringLiteral("12")), error).name, QStringLiteral("Plain line"));

        const QList<ProviderPhone> phones = valueOf(m_client->listLinkablePhones(), error);
        QVERIFY(error.ok());
        QStringList names;
        for (const ProviderPhone& p : phones)
            names << p.friendlyName;
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("Linked to 13"), QStringLiteral("Pool A"), QStringLiteral("Spare of One"),
                                      QStringLiteral("Trunk (linked to 10)")}));

        const ArchiveBlockers blockers = valueOf(m_client->getArchiveBlockers(QStringLiteral("10")), error);
        QVERIFY(error.ok());
        QVERIFY(!blockers.canArchive);
        QCOMPARE(blockers.blockers.size(), 2);
        QCOMPARE(blockers.blockers.at(0), (ArchiveBlocker {QStringLiteral("workflow"), 1, QStringLiteral("Main IVR"),
                                                           QStringLiteral("Uses this number as its default outbound phone number")}));

        CreatePhoneNumberRequest create {QStringLiteral("Created"), kPoolA, std::nullopt, {{QStringLiteral("enableWhatsApp"), true}}};
        const PhoneNumber created = valueOf(m_client->createPhoneNumber(create), error);
        QVERIFY2(error.ok(), qPrintable(error.message()));
        QCOMPARE(created.phoneNumber, QStringLiteral("+14155550142"));
        QVERIFY(created.enableWhatsApp);

        PhoneNumber edited = created;
        edited.brandName = QStringLiteral("Edited");
        const PhoneNumber updated = valueOf(m_client->updatePhoneNumber(QString::number(created.id), UpdatePhoneNumberRequest::between(created, edited)), error);
        QVERIFY(error.ok());
        QCOMPARE(updated.brandName, QStringLiteral("Edited"));

        QCOMPARE(valueOf(m_client->linkPhoneNumber(QStringLiteral("12"), kSpare), error).providerPhoneUuid, kSpare);
        QVERIFY(error.ok());
        QCOMPARE(valueOf(m_client->linkPhoneNumber(QStringLiteral("12"), std::nullopt), error).providerPhoneUuid, std::nullopt);
        QVERIFY(error.ok());

        const PhoneNumber archived = valueOf(m_client->archivePhoneNumber(created.uuid), error);
        QVERIFY(error.ok());
        QVERIFY(archived.isArchived);
        QVERIFY(archived.archivedAt.isValid());
    }

    void aPartialUpdateNeverOverwritesAnotherClientsChange()
    {
        ApiError error;
        const PhoneNumber seenByA = valueOf(m_client->getPhoneNumber(QStringLiteral("12")), error);

        // Meanwhile client B changes the brand.
        ApiClient b;
        b.setConnection({m_server->url(), kOne, QStringLiteral("readwrite")});
        PhoneNumber byB = seenByA;
        byB.brandName = QStringLiteral("B's brand");
        QVERIFY(test::finish(b.updatePhoneNumber(QStringLiteral("12"), UpdatePhoneNumberRequest::between(seenByA, byB))).ok());

        // A renames the number from its older copy: only the name goes on the wire.
        PhoneNumber byA = seenByA;
        byA.name = QStringLiteral("A's name");
        const UpdatePhoneNumberRequest request = UpdatePhoneNumberRequest::between(seenByA, byA);
        QCOMPARE(request.fields, (QJsonObject {{QStringLiteral("name"), QStringLiteral("A's name")}}));
        const PhoneNumber result = valueOf(m_client->updatePhoneNumber(QStringLiteral("12"), request), error);
        QVERIFY(error.ok());
        QCOMPARE(result.name, QStringLiteral("A's name"));
        QCOMPARE(result.brandName, QStringLiteral("B's brand"));
    }

    void theUpdateRequestHoldsExactlyTheChangedFields()
    {
        PhoneNumber before;
        before.name = QStringLiteral("N");
        before.restartDelay = 900;
        PhoneNumber after = before;
        QVERIFY(UpdatePhoneNumberRequest::between(before, after).isEmpty());
        after.restartDelay.reset(); // cleared: sent as null
        after.enableSms = false;
        after.voiceWorkMode = QStringLiteral("voicemail");
        after.providerPhoneUuid = QStringLiteral("not through update");
        after.isArchived = true; // never through update either
        QCOMPARE(UpdatePhoneNumberRequest::between(before, after).fields,
                 (QJsonObject {{QStringLiteral("restartDelay"), QJsonValue()}, {QStringLiteral("enableSms"), false},
                               {QStringLiteral("voiceWorkMode"), QStringLiteral("voicemail")}}));
    }

    void eachRefusalIsItsOwnKindOfError()
    {
        ApiClient reader;
        reader.setConnection({m_server->url(), kOne, QStringLiteral("read")});
        PhoneNumber n;
        n.name = QStringLiteral("x");
        PhoneNumber renamed = n;
        renamed.name = QStringLiteral("y");
        const ApiError forbidden = test::finish(reader.updatePhoneNumber(QStringLiteral("12"), UpdatePhoneNumberRequest::between(n, renamed)));
        QCOMPARE(forbidden.kind, ApiError::Kind::Forbidden);
        QCOMPARE(forbidden.missingScope, QStringLiteral("phones:write"));
        QCOMPARE(forbidden.message(), QStringLiteral("Not allowed: the API token lacks the phones:write scope."));

        QCOMPARE(test::finish(m_client->getPhoneNumber(QStringLiteral("20"))).kind, ApiError::Kind::NotFound);

        const ApiError blocked = test::finish(m_client->archivePhoneNumber(QStringLiteral("10")));
        QCOMPARE(blocked.kind, ApiError::Kind::Conflict);
        QCOMPARE(blocked.blockers.size(), 2);
        QCOMPARE(blocked.blockers.at(1).name, QStringLiteral("Missed call alert"));

        UpdatePhoneNumberRequest invalid;
        invalid.fields = {{QStringLiteral("name"), QString()}, {QStringLiteral("restartDelay"), -1}};
        const ApiError unprocessable = test::finish(m_client->updatePhoneNumber(QStringLiteral("12"), invalid));
        QCOMPARE(unprocessable.kind, ApiError::Kind::Validation);
        QCOMPARE(unprocessable.fieldErrors.keys(), (QStringList {QStringLiteral("name"), QStringLiteral("restartDelay")}));
        QCOMPARE(unprocessable.fieldErrors.value(QStringLiteral("restartDelay")), QStringLiteral("must be from 0 to 604800 seconds"));

        UpdatePhoneNumberRequest huge;
        huge.fields = {{QStringLiteral("brandDescription"), QString(1024 * 1024, QLatin1Char('x'))}};
        QCOMPARE(test::finish(m_client->updatePhoneNumber(QStringLiteral("12"), huge)).kind, ApiError::Kind::TooLarge);
    }

    void readsAreRetriedAfterTransientFailures()
    {
        auto flaky = test::startServer(writesFixture({QStringLiteral("--log-requests"), QStringLiteral("--unavailable-first"), QStringLiteral("2")}));
        QVERIFY(flaky->url().isValid());
        ApiClient client;
        client.setConnection({flaky->url(), kOne, QStringLiteral("admin")});
        auto* call = client.listPhoneNumbers();
        int attempts = 0;
        connect(call, &ApiCall::finished, this, [&] { attempts = call->attempts(); });
        QVERIFY(test::finish(call).ok());
        QCOMPARE(attempts, 3);
        QTRY_COMPARE(flaky->outputLines().size(), 3);
        QVERIFY(flaky->outputLines().at(0).endsWith(QLatin1String(" 503")));
        QVERIFY(flaky->outputLines().at(1).endsWith(QLatin1String(" 503")));
        QVERIFY(flaky->outputLines().at(2).endsWith(QLatin1String(" 200")));
    }

    void writesAreNeverRetried()
    {
        auto flaky = test::startServer(writesFixture({QStringLiteral("--log-requests"), QStringLiteral("--unavailable-first"), QStringLiteral("1")}));
        QVERIFY(flaky->url().isValid());
        ApiClient client;
        client.setConnection({flaky->url(), kOne, QStringLiteral("admin")});
        const ApiError error = test::finish(client.createPhoneNumber({QStringLiteral("Once"), kPoolA, std::nullopt, {}}));
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QCOMPARE(error.httpStatus, 503);
        QTRY_COMPARE(flaky->outputLines().size(), 1);
        QVERIFY(flaky->outputLines().first().startsWith(QLatin1String("POST ")));
        // Nothing was created, and a second, deliberate try works.
        QVERIFY(test::finish(client.createPhoneNumber({QStringLiteral("Once"), kPoolA, std::nullopt, {}})).ok());
    }

    void aRateLimitIsReportedWithItsDelay()
    {
        auto limited = test::startServer(writesFixture({QStringLiteral("--rate-limit"), QStringLiteral("1")}));
        QVERIFY(limited->url().isValid());
        ApiClient client;
        client.setConnection({limited->url(), kOne, QStringLiteral("admin")});
        client.setRetryPolicy(RetryPolicy::never());
        ApiError error = test::finish(client.listPhoneNumbers());
        for (int i = 0; i < 3 && error.ok(); ++i) // the first may fall at a window's end
            error = test::finish(client.listPhoneNumbers());
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(error.retryAfterSeconds, 1);
        QCOMPARE(error.message(), QStringLiteral("Too many requests; try again in 1 s."));
        // With retries on, the client waits the second the server asked for and succeeds.
        client.setRetryPolicy({});
        QVERIFY(test::finish(client.listPhoneNumbers()).ok());
    }

    void transportFailuresAreToldApart()
    {
        // https:// to a server that answers in plain HTTP: a TLS failure, not a vague network error.
        test::RawPeer plain("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", true);
        ApiClient tls;
        QUrl https = plain.url();
        https.setScheme(QStringLiteral("https"));
        tls.setConnection({https, kOne, QStringLiteral("admin")});
        tls.setRetryPolicy(RetryPolicy::never());
        QCOMPARE(test::finish(tls.listPhoneNumbers()).kind, ApiError::Kind::Tls);

        // A body cut off before its Content-Length: the server was reached, its answer is unusable.
        test::RawPeer cut("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\"id\": 1", true);
        ApiClient client;
        client.setConnection({cut.url(), kOne, QStringLiteral("t")});
        client.setRetryPolicy(RetryPolicy::never());
        const ApiError truncated = test::finish(client.listPhoneNumbers());
        QCOMPARE(truncated.kind, ApiError::Kind::BadResponse);
        QVERIFY2(truncated.message().contains(QLatin1String("cut off")), qPrintable(truncated.message()));
        QVERIFY(!truncated.isConnectivity());
    }

    void aCancelDuringTheBackoffStopsTheRetries()
    {
        m_server->stop();
        m_client->setRetryPolicy({5, 2000ms, 10000ms});
        auto* call = m_client->listPhoneNumbers();
        int attempts = 0;
        connect(call, &ApiCall::finished, this, [&] { attempts = call->attempts(); });
        QTimer::singleShot(300, call, &ApiCall::cancel); // the first attempt is refused at once
        QCOMPARE(test::finish(call).kind, ApiError::Kind::Cancelled);
        QCOMPARE(attempts, 1);
    }

private:
    std::unique_ptr<server::ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiEndpoints)
#include "tst_api_endpoints.moc"
