// SPDX-License-Identifier: MIT
// phonedesk-server over HTTP: the read endpoints, authentication, authorization and isolation,
// the fixture rules and the command line.
#include "common/PhoneFormat.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace phonedesk;

namespace {

const QString kOne = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
const QString kTwo = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

QJsonValue json(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QStringList namesOf(const QByteArray& body)
{
    QStringList names;
    for (const QJsonValue& v : json(body).toArray())
        names << v[QLatin1String("name")].toString();
    return names;
}

// A server that should refuse to start; one that starts anyway is stopped after the timeout.
test::ProcessRun runServer(const QStringList& arguments)
{
    return test::runToEnd(test::serverProgram(), arguments + QStringList {QStringLiteral("--port"), QStringLiteral("0")}, 5000);
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::startServer({QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/small.json"))});
        QVERIFY2(m_server->url().isValid(), qPrintable(m_server->errorText()));
    }

    void listsTheWorkspaceNumbersWithTheArchivedFilter()
    {
        const test::HttpResult all = get(QString(), QStringLiteral("read"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(namesOf(all.body), (QStringList {QStringLiteral("Linked line"), QStringLiteral("Archived line")}));
        QCOMPARE(namesOf(get(QStringLiteral("?is_archived=true"), QStringLiteral("read")).body), QStringList {QStringLiteral("Archived line")});
        QCOMPARE(namesOf(get(QStringLiteral("?is_archived=false"), QStringLiteral("read")).body), QStringList {QStringLiteral("Linked line")});

        const test::HttpResult bad = get(QStringLiteral("?is_archived=maybe"), QStringLiteral("read"));
        QCOMPARE(bad.status, 422);
        const QJsonObject entry = json(bad.body)[QLatin1String("detail")][0].toObject();
        QCOMPARE(entry[QLatin1String("loc")].toArray(), (QJsonArray {QStringLiteral("query"), QStringLiteral("is_archived")}));
    }

    void aNumberHasEveryContractFieldWithDefaults()
    {
        const test::HttpResult byId = get(QStringLiteral("/10"), QStringLiteral("read"));
        QCOMPARE(byId.status, 200);
        const QJsonObject n = json(byId.body).toObject();
        QCOMPARE(n[QLatin1String("phoneNumber")].toString(), QStringLiteral("+14155550100")); // the provider phone's
        QCOMPARE(n[QLatin1String("providerPhoneUuid")].toString(), QStringLiteral("cccccccc-0000-4000-8000-000000000001"));
        QCOMPARE(n[QLatin1String("restartDelay")].toInt(), 900);
        QCOMPARE(n[QLatin1String("enableVoice")], QJsonValue(true));
        QCOMPARE(n[QLatin1String("enableWhatsApp")], QJsonValue(false));
        QCOMPARE(n[QLatin1String("brandDescription")], QJsonValue(QJsonValue::Null));
        QCOMPARE(n.keys().size(), 35);
        QVERIFY(QDateTime::fromString(n[QLatin1String("createdAt")].toString(), Qt::ISODateWithMs).isValid());

        const test::HttpResult byUuid = get(QStringLiteral("/dddddddd-0000-4000-8000-000000000010"), QStringLiteral("read"));
        QCOMPARE(byUuid.status, 200);
        QCOMPARE(json(byUuid.body), json(byId.body));

        const QJsonObject archived = json(get(QStringLiteral("/11"), QStringLiteral("read")).body).toObject();
        QCOMPARE(archived[QLatin1String("isArchived")], QJsonValue(true));
        QVERIFY(!archived[QLatin1String("archivedAt")].toString().isEmpty());
        QVERIFY(!archived[QLatin1String("uuid")].toString().isEmpty()); // generated
    }

    void refusalsHaveTheContractStatusAndBody_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("no token") << kOne << QString() << QString() << 401 << QStringLiteral("Not authenticated");
        QTest::newRow("unknown token") << kOne << QStringLiteral("/10") << QStringLiteral("forged") << 401 << QStringLiteral("Invalid token");
        QTest::newRow("scope missing") << kOne << QString() << QStringLiteral("write-only") << 403 << QStringLiteral("The token lacks the phones:read scope");
        QTest::newRow("not a member") << kOne << QStringLiteral("/10") << QStringLiteral("outsider") << 403 << QStringLiteral("Not a member of this workspace");
        QTest::newRow("unknown workspace") << QStringLiteral("nope") << QString() << QStringLiteral("read") << 403 << QStringLiteral("Not a member of this workspace");
        QTest::newRow("unknown number") << kOne << QStringLiteral("/999") << QStringLiteral("read") << 404 << QStringLiteral("Phone number not found");
        QTest::newRow("another workspace's id") << kOne << QStringLiteral("/20") << QStringLiteral("read") << 404 << QStringLiteral("Phone number not found");
        QTest::newRow("another workspace's uuid") << kOne << QStringLiteral("/dddddddd-0000-4000-8000-000000000020") << QStringLiteral("read") << 404 << QStringLiteral("Phone number not found");
        QTest::newRow("unknown route") << kOne << QStringLiteral("/10/nonsense") << QStringLiteral("read") << 404 << QStringLiteral("Not Found");
    }

    void refusalsHaveTheContractStatusAndBody()
    {
        QFETCH(QString, workspace);
        QFETCH(QString, path);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, detail);
        const test::HttpResult r = test::http("GET", urlOf(path, workspace), token);
        QCOMPARE(r.status, status);
        QCOMPARE(json(r.body)[QLatin1String("detail")].toString(), detail);
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY2(!r.body.contains("Two's line"), "another workspace's data leaked");
    }

    void theOutsiderReadsItsOwnWorkspace()
    {
        const test::HttpResult r = test::http("GET", urlOf(QStringLiteral("/20"), kTwo), QStringLiteral("outsider"));
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r.body)[QLatin1String("name")].toString(), QStringLiteral("Two's line"));
    }

    void aFixtureThatBreaksTheContractIsRefusedNamingTheEntry_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<int>("index");
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("expected");
        auto patch = [](const char* key, const QJsonValue& value) { return QJsonObject {{QLatin1String(key), value}}; };
        const QString trunk = QStringLiteral("cccccccc-0000-4000-8000-000000000001");
        QTest::newRow("unknown organization") << QStringLiteral("workspaces") << 1 << patch("organizationUuid", QStringLiteral("nope"))
                                              << QStringLiteral("workspaces[1] (\"Two\"): unknown organization nope");
        QTest::newRow("bad E.164") << QStringLiteral("phoneNumbers") << 2 << patch("phoneNumber", QStringLiteral("+1555"))
                                   << QStringLiteral("phoneNumbers[2] (\"Two's line\"): phoneNumber \"+1555\" is not a valid E.164 number");
        QTest::newRow("provider phone linked twice")
            << QStringLiteral("phoneNumbers") << 1
            << QJsonObject {{QStringLiteral("isArchived"), false}, {QStringLiteral("providerPhoneUuid"), trunk}, {QStringLiteral("phoneNumber"), QStringLiteral("+14155550100")}}
            << QStringLiteral("phoneNumbers[1] (\"Archived line\"): provider phone cccccccc-0000-4000-8000-000000000001 is linked twice");
        QTest::newRow("other organization's phone") << QStringLiteral("phoneNumbers") << 2 << patch("providerPhoneUuid", trunk)
                                                    << QStringLiteral("phoneNumbers[2] (\"Two's line\"): provider phone cccccccc-0000-4000-8000-000000000001 belongs to another organization");
        QTest::newRow("archived yet linked") << QStringLiteral("phoneNumbers") << 0 << patch("isArchived", true)
                                             << QStringLiteral("phoneNumbers[0] (\"Linked line\"): an archived number cannot be linked");
        QTest::newRow("unknown field") << QStringLiteral("phoneNumbers") << 0 << patch("colour", QStringLiteral("red"))
                                       << QStringLiteral("phoneNumbers[0] (\"Linked line\"): unknown field \"colour\"");
        QTest::newRow("wrong type") << QStringLiteral("phoneNumbers") << 0 << patch("enableSms", QStringLiteral("yes"))
                                    << QStringLiteral("phoneNumbers[0] (\"Linked line\"): enableSms must be a boolean");
        QTest::newRow("unknown scope") << QStringLiteral("tokens") << 0 << patch("scopes", QJsonArray {QStringLiteral("phones:everything")})
                                       << QStringLiteral("tokens[0]: unknown scope \"phones:everything\"");
        QTest::newRow("duplicate uuid") << QStringLiteral("organizations") << 1 << patch("uuid", QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"))
                                        << QStringLiteral("organizations[1] (\"Org Two\"): uuid aaaaaaaa-0000-4000-8000-000000000001 is used twice");
        QTest::newRow("event rule of another workspace's number") << QStringLiteral("eventRules") << 0 << patch("phoneNumberUuid", QStringLiteral("dddddddd-0000-4000-8000-000000000020"))
                                                                  << QStringLiteral("eventRules[0] (\"Notify\"): phoneNumberUuid dddddddd-0000-4000-8000-000000000020 is not a number of this workspace");
    }

    void aFixtureThatBreaksTheContractIsRefusedNamingTheEntry()
    {
        QFETCH(QString, list);
        QFETCH(int, index);
        QFETCH(QJsonObject, patch);
        QFETCH(QString, expected);
        QJsonObject fixture = QJsonDocument::fromJson(test::readSourceFile(QStringLiteral("tests/server/fixtures/small.json"))).object();
        QJsonArray entries = fixture[list].toArray();
        QJsonObject entry = entries[index].toObject();
        for (auto it = patch.begin(); it != patch.end(); ++it)
            entry[it.key()] = it.value();
        entries[index] = entry;
        fixture[list] = entries;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(fixture).toJson());
        file.close();

        const test::ProcessRun run = runServer({QStringLiteral("--fixture"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QLatin1String("fixture refused: ") + expected), qPrintable(run.output));
    }

    void badCommandLinesAreRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown seed") << QStringList {QStringLiteral("--seed"), QStringLiteral("prod")} << QStringLiteral("unknown seed \"prod\"");
        QTest::newRow("seed and fixture") << QStringList {QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--fixture"), QStringLiteral("x.json")} << QStringLiteral("not both");
        QTest::newRow("missing fixture") << QStringList {QStringLiteral("--fixture"), QStringLiteral("/nonexistent.json")} << QStringLiteral("cannot read fixture /nonexistent.json");
        QTest::newRow("bad bind") << QStringList {QStringLiteral("--bind"), QStringLiteral("everywhere")} << QStringLiteral("--bind needs an IP address");
        QTest::newRow("generate without workspace") << QStringList {QStringLiteral("--generate"), QStringLiteral("5")} << QStringLiteral("--generate needs a workspace");
    }

    void badCommandLinesAreRefusedClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const test::ProcessRun run = runServer(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    }

    void aServerThatDoesNotStartSaysWhy()
    {
        // Stand-ins for a server that fails: one that exits at once, one that never listens.
        server::ServerProcess exits;
        exits.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo 'no database here' >&2; exit 3")});
        QVERIFY(!exits.waitUntilListening(10000));
        QVERIFY2(exits.errorText().contains(QLatin1String("exited with code 3")), qPrintable(exits.errorText()));
        QVERIFY2(exits.errorText().contains(QLatin1String("no database here")), qPrintable(exits.errorText()));

        server::ServerProcess silent;
        silent.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo starting >&2; sleep 20")});
        QVERIFY(!silent.waitUntilListening(300));
        QVERIFY2(silent.errorText().contains(QLatin1String("did not say where it listens within 300 ms")), qPrintable(silent.errorText()));
        QVERIFY2(silent.errorText().contains(QLatin1String("starting")), qPrintable(silent.errorText()));
    }

    void theDemoFixtureHoldsWhatDemoModeAndTheIssueNeed()
    {
        auto demo = test::startServer();
        QVERIFY(demo->url().isValid());
        const QJsonArray numbers = json(test::http("GET", test::numbersUrl(demo->url()), QLatin1String(demo::kAdminToken)).body).toArray();
        QCOMPARE(numbers.size(), 29);
        QSet<QString> regions;
        int archived = 0;
        for (const QJsonValue& n : numbers) {
            regions.insert(api::phone::regionOf(n[QLatin1String("phoneNumber")].toString()));
            archived += n[QLatin1String("isArchived")].toBool();
        }
        QCOMPARE(regions, (QSet<QString> {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("DE")}));
        QCOMPARE(archived, 3);
        // Read-only and read+write tokens read too; the Globex admin does not.
        for (const char* token : {demo::kReadToken, demo::kWriteToken})
            QCOMPARE(test::http("GET", test::numbersUrl(demo->url()), QLatin1String(token)).status, 200);
        QCOMPARE(test::http("GET", test::numbersUrl(demo->url()), QLatin1String(demo::kOtherWorkspaceToken)).status, 403);
        QCOMPARE(test::http("GET", test::numbersUrl(demo->url(), QLatin1String(demo::kOtherWorkspaceUuid)),
                            QLatin1String(demo::kOtherWorkspaceToken)).status, 200);
    }

    void generatedNumbersAreValidAndAddedToTheFirstWorkspace()
    {
        auto big = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("500")});
        QVERIFY(big->url().isValid());
        const QJsonArray numbers = json(test::http("GET", test::numbersUrl(big->url()), QLatin1String(demo::kAdminToken)).body).toArray();
        QCOMPARE(numbers.size(), 29 + 500);
        QSet<QString> distinct;
        for (const QJsonValue& n : numbers) {
            const QString e164 = n[QLatin1String("phoneNumber")].toString();
            QVERIFY2(api::phone::isValidE164(e164), qPrintable(e164));
            distinct.insert(e164);
        }
        QCOMPARE(distinct.size(), numbers.size());
    }

    void aDatabaseFileKeepsItsDataAndRefusesASecondFixture()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("server.sqlite"));
        {
            auto first = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--db"), db});
            QVERIFY(first->url().isValid());
        }
        auto again = test::startServer({QStringLiteral("--db"), db});
        QVERIFY(again->url().isValid());
        QCOMPARE(json(test::http("GET", test::numbersUrl(again->url()), QLatin1String(demo::kAdminToken)).body).toArray().size(), 29);
        again->stop();
        const test::ProcessRun reseed = runServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--db"), db});
        QCOMPARE(reseed.exitCode, 2);
        QVERIFY2(reseed.output.contains(QLatin1String("already holds data")), qPrintable(reseed.output));
    }

private:
    QUrl urlOf(const QString& path, const QString& workspace = kOne) const
    {
        QUrl url = test::numbersUrl(m_server->url(), workspace);
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + (query < 0 ? path : path.left(query)));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        return url;
    }
    test::HttpResult get(const QString& path, const QString& token) const { return test::http("GET", urlOf(path), token); }

    std::unique_ptr<server::ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
