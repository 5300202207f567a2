// SPDX-License-Identifier: MIT
// Every endpoint x every kind of caller x {own number, another workspace's number}, with the
// status each must get. The table is the specification: a route the server serves that the
// table lacks fails the test, and so does a row the server does not serve.
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace phonedesk;

namespace {

const QString kOne = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
const char* const kCallers[] = {"no token", "unknown token", "read", "read+write", "admin", "member of another workspace"};
const QString kTokens[] = {QString(), QStringLiteral("forged"), QStringLiteral("read"), QStringLiteral("readwrite"),
                           QStringLiteral("admin"), QStringLiteral("other-admin")};
constexpr int kCallerCount = 6;

struct Endpoint
{
    const char* route; // as `phonedesk-server --routes` prints it
    const char* method;
    const char* path; // under the list URL; {id} is the number
    const char* body;
    int own[kCallerCount]; // statuses for number 12 of the caller's workspace
    int foreign[kCallerCount]; // ... for number 20, of another workspace, asked through this one
};

// clang-format off
const Endpoint kMatrix[] = {
    //                                                                                                               no   bad  read  rw  admin other
    {"GET /api/v2/w/{workspace_uuid}/phone-numbers/", "GET", "", nullptr,                                           {401, 401, 200, 200, 200, 403}, {401, 401, 200, 200, 200, 403}},
    {"POST /api/v2/w/{workspace_uuid}/phone-numbers/", "POST", "", R"({"name": "M", "providerPhoneUuid": "cccccccc-0000-4000-8000-000000000003"})",
                                                                                                                    {401, 401, 403, 201, 201, 403}, {401, 401, 403, 201, 201, 403}},
    {"GET /api/v2/w/{workspace_uuid}/phone-numbers/linkable-phones", "GET", "/linkable-phones", nullptr,            {401, 401, 403, 200, 200, 403}, {401, 401, 403, 200, 200, 403}},
    {"GET /api/v2/w/{workspace_uuid}/phone-numbers/{id}", "GET", "/{id}", nullptr,                                  {401, 401, 200, 200, 200, 403}, {401, 401, 404, 404, 404, 403}},
    {"PUT /api/v2/w/{workspace_uuid}/phone-numbers/{id}", "PUT", "/{id}", R"({"brandName": "M"})",                  {401, 401, 403, 200, 200, 403}, {401, 401, 403, 404, 404, 403}},
    {"POST /api/v2/w/{workspace_uuid}/phone-numbers/{id}/archive", "POST", "/{id}/archive", nullptr,                {401, 401, 403, 403, 200, 403}, {401, 401, 403, 403, 404, 403}},
    {"GET /api/v2/w/{workspace_uuid}/phone-numbers/{id}/archive-blockers", "GET", "/{id}/archive-blockers", nullptr,{401, 401, 403, 403, 200, 403}, {401, 401, 403, 403, 404, 403}},
    {"POST /api/v2/w/{workspace_uuid}/phone-numbers/{id}/link", "POST", "/{id}/link", R"({"providerPhoneUuid": "cccccccc-0000-4000-8000-000000000003"})",
                                                                                                                    {401, 401, 403, 200, 200, 403}, {401, 401, 403, 404, 404, 403}},
};
// clang-format on

} // namespace

class TestAuthorizationMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTableCoversExactlyTheRoutesServed()
    {
        const test::ProcessRun run = test::runToEnd(test::serverProgram(), {QStringLiteral("--routes")});
        QCOMPARE(run.exitCode, 0);
        QStringList served = run.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList table;
        for (const Endpoint& e : kMatrix)
            table << QLatin1String(e.route);
        served.sort();
        table.sort();
        QCOMPARE(served, table);
    }

    void everyCallerGetsItsStatus_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<int>("caller");
        QTest::addColumn<bool>("foreign");
        for (int e = 0; e < int(std::size(kMatrix)); ++e) {
            for (int c = 0; c < kCallerCount; ++c) {
                for (bool foreign : {false, true}) {
                    QTest::addRow("%s | %s | %s", kMatrix[e].route, kCallers[c], foreign ? "another workspace's number" : "own number")
                        << e << c << foreign;
                }
            }
        }
    }

    void everyCallerGetsItsStatus()
    {
        QFETCH(int, endpoint);
        QFETCH(int, caller);
        QFETCH(bool, foreign);
        const Endpoint& e = kMatrix[endpoint];
        const int expected = foreign ? e.foreign[caller] : e.own[caller];
        // A write that succeeds changes the data; give it a fresh server so cells stay independent.
        if (!m_server || (expected < 300 && qstrcmp(e.method, "GET") != 0)) {
            m_server = test::startServer({QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/writes.json"))});
            QVERIFY(m_server->url().isValid());
        }
        QUrl url = test::numbersUrl(m_server->url(), kOne);
        url.setPath(url.path() + QString::fromLatin1(e.path).replace(QLatin1String("{id}"), foreign ? QLatin1String("20") : QLatin1String("12")));
        const test::HttpResult r = test::http(e.method, url, kTokens[caller], e.body ? QByteArray(e.body) : QByteArray());
        QCOMPARE(r.status, expected);
        if (expected >= 400)
            QVERIFY2(QJsonDocument::fromJson(r.body).object().value(QLatin1String("detail")).isString(), r.body.constData());
        QVERIFY2(!r.body.contains("Two's line"), "another workspace's data leaked");
    }

private:
    std::unique_ptr<server::ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "tst_authorization_matrix.moc"
