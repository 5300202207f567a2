// SPDX-License-Identifier: MIT
// The write endpoints of phonedesk-server over HTTP: create, update, link, archive, their
// refusals, and that a refused request changes nothing.
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace phonedesk;

namespace {

const QString kOne = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
const QString kPoolA = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QString kSpare = QStringLiteral("cccccccc-0000-4000-8000-000000000004");
const QString kThrees = QStringLiteral("cccccccc-0000-4000-8000-000000000005");
const QString kOtherOrgs = QStringLiteral("cccccccc-0000-4000-8000-000000000002");
const QString kTrunk = QStringLiteral("cccccccc-0000-4000-8000-000000000001");

QJsonObject object(const QByteArray& body) { return QJsonDocument::fromJson(body).object(); }

QByteArray bodyOf(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// The fields named in a 422 body.
QStringList fieldsNamed(const QByteArray& body)
{
    QStringList fields;
    for (const QJsonValue& entry : object(body).value(QLatin1String("detail")).toArray())
        fields << entry[QLatin1String("loc")].toArray().last().toString();
    return fields;
}

} // namespace

class TestServerWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = test::startServer({QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/writes.json"))});
        QVERIFY2(m_server->url().isValid(), qPrintable(m_server->errorText()));
    }

    void createsFromAProviderPhoneAndLinksBothWays()
    {
        const test::HttpResult created = send("POST", QString(), QJsonObject {{QStringLiteral("name"), QStringLiteral("New line")},
                                                                             {QStringLiteral("providerPhoneUuid"), kPoolA}});
        QCOMPARE(created.status, 201);
        const QJsonObject n = object(created.body);
        QCOMPARE(n[QLatin1String("phoneNumber")].toString(), QStringLiteral("+14155550142"));
        QCOMPARE(n[QLatin1String("providerPhoneUuid")].toString(), kPoolA);
        QCOMPARE(n[QLatin1String("workspaceUuid")].toString(), kOne);
        QCOMPARE(n[QLatin1String("restartDelay")].toInt(), 900);
        const QJsonObject phone = linkable(kPoolA);
        QCOMPARE(phone[QLatin1String("workspaceUuid")].toString(), kOne);
        QCOMPARE(phone[QLatin1String("linkedPhoneNumberUuid")].toString(), n[QLatin1String("uuid")].toString());
        QCOMPARE(phone[QLatin1String("capabilities")][QLatin1String("sms")], QJsonValue(false));
    }

    void createsFromAPoolNumberWithMoreFields()
    {
        const test::HttpResult created = send("POST", QString(), QJsonObject {
            {QStringLiteral("name"), QStringLiteral("Pool line")}, {QStringLiteral("phoneNumber"), QStringLiteral("+14155550142")},
            {QStringLiteral("brandName"), QStringLiteral("Brand")}, {QStringLiteral("enableSms"), false}});
        QCOMPARE(created.status, 201);
        const QJsonObject n = object(created.body);
        QCOMPARE(n[QLatin1String("providerPhoneUuid")].toString(), kPoolA);
        QCOMPARE(n[QLatin1String("brandName")].toString(), QStringLiteral("Brand"));
        QCOMPARE(n[QLatin1String("enableSms")], QJsonValue(false));
        QCOMPARE(get(n[QLatin1String("id")].toInteger()), n);
    }

    void createRefusalsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // in the detail, or the field named by a 422
        auto named = [](const QString& key, const QJsonValue& value) {
            return QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}, {key, value}};
        };
        QTest::newRow("unknown provider phone") << named(QStringLiteral("providerPhoneUuid"), QStringLiteral("cccccccc-0000-4000-8000-00000000ffff")) << 404 << QStringLiteral("Provider phone not found");
        // Another organization's phone answers like one that does not exist: nothing to probe.
        QTest::newRow("another organization's phone") << named(QStringLiteral("providerPhoneUuid"), kOtherOrgs) << 404 << QStringLiteral("Provider phone not found");
        QTest::newRow("another organization's number") << named(QStringLiteral("phoneNumber"), QStringLiteral("+442079460123")) << 404 << QStringLiteral("+442079460123 is not in the pool");
        QTest::newRow("another organization's phone, its number given") << QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("providerPhoneUuid"), kOtherOrgs},
                                                                                      {QStringLiteral("phoneNumber"), QStringLiteral("+14155550177")}} << 404 << QStringLiteral("Provider phone not found");
        QTest::newRow("null provider phone, no number") << named(QStringLiteral("providerPhoneUuid"), QJsonValue()) << 422 << QStringLiteral("providerPhoneUuid");
        QTest::newRow("a lone surrogate") << named(QStringLiteral("providerPhoneUuid"), kPoolA) << 422 << QStringLiteral("name"); // body replaced below
        QTest::newRow("assigned to another workspace") << named(QStringLiteral("providerPhoneUuid"), kThrees) << 409 << QStringLiteral("assigned to another workspace");
        QTest::newRow("already linked") << named(QStringLiteral("providerPhoneUuid"), kTrunk) << 409 << QStringLiteral("already linked");
        QTest::newRow("not in the pool") << named(QStringLiteral("phoneNumber"), QStringLiteral("+16175550100")) << 404 << QStringLiteral("not in the pool");
        QTest::newRow("already in the workspace") << named(QStringLiteral("phoneNumber"), QStringLiteral("+14155550101")) << 409 << QStringLiteral("already a number of this workspace");
        QTest::newRow("no name") << QJsonObject {{QStringLiteral("providerPhoneUuid"), kPoolA}} << 422 << QStringLiteral("name");
        QTest::newRow("bad number") << named(QStringLiteral("phoneNumber"), QStringLiteral("0800 FLOWERS")) << 422 << QStringLiteral("phoneNumber");
        QTest::newRow("neither phone nor number") << QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}} << 422 << QStringLiteral("providerPhoneUuid");
        QTest::newRow("phone and another number") << QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("providerPhoneUuid"), kPoolA},
                                                                  {QStringLiteral("phoneNumber"), QStringLiteral("+14155550177")}} << 422 << QStringLiteral("phoneNumber");
        QTest::newRow("bad extra field") << QJsonObject {{QStringLiteral("name"), QStringLiteral("X")}, {QStringLiteral("providerPhoneUuid"), kPoolA},
                                                         {QStringLiteral("restartDelay"), 999999}} << 422 << QStringLiteral("restartDelay");
    }

    void createRefusalsChangeNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const QByteArray numbersBefore = send("GET", QString()).body;
        const QByteArray phonesBefore = send("GET", QStringLiteral("/linkable-phones")).body;
        QByteArray sent = bodyOf(body);
        if (QByteArray(QTest::currentDataTag()) == "a lone surrogate")
            sent.replace("\"X\"", "\"x\\ud800y\""); // QJsonDocument cannot write one
        const test::HttpResult r = test::http("POST", url({}), QStringLiteral("admin"), sent);
        QCOMPARE(r.status, status);
        if (status == 422)
            QVERIFY2(fieldsNamed(r.body).contains(expected), r.body.constData());
        else
            QVERIFY2(object(r.body)[QLatin1String("detail")].toString().contains(expected), r.body.constData());
        QVERIFY2(!r.body.contains(kOtherOrgs.toUtf8()), r.body.constData()); // never another organization's uuid
        QCOMPARE(send("GET", QString()).body, numbersBefore);
        QCOMPARE(send("GET", QStringLiteral("/linkable-phones")).body, phonesBefore);
    }

    void anUpdateChangesOnlyTheFieldsGiven()
    {
        const QJsonObject before = get(12);
        const test::HttpResult r = send("PUT", QStringLiteral("/12"), QJsonObject {{QStringLiteral("brandName"), QStringLiteral("Renamed Inc.")},
                                                                                  {QStringLiteral("enableWhatsApp"), true}});
        QCOMPARE(r.status, 200);
        QJsonObject expected = before;
        expected[QStringLiteral("brandName")] = QStringLiteral("Renamed Inc.");
        expected[QStringLiteral("enableWhatsApp")] = true;
        QJsonObject after = object(r.body);
        QVERIFY(after[QLatin1String("updatedAt")].toString() > before[QLatin1String("updatedAt")].toString());
        after[QStringLiteral("updatedAt")] = before[QLatin1String("updatedAt")];
        QCOMPARE(after, expected);

        // null clears a nullable field.
        QCOMPARE(object(send("PUT", QStringLiteral("/12"), QJsonObject {{QStringLiteral("brandName"), QJsonValue()}}).body)[QLatin1String("brandName")], QJsonValue());
        // The same values again are no change: updatedAt stays.
        const QString stamp = get(12)[QLatin1String("updatedAt")].toString();
        QCOMPARE(send("PUT", QStringLiteral("/12"), QJsonObject {{QStringLiteral("restartDelay"), 300}, {QStringLiteral("name"), QStringLiteral("Plain line")}}).status, 200);
        QCOMPARE(get(12)[QLatin1String("updatedAt")].toString(), stamp);
        // By uuid too.
        QCOMPARE(send("PUT", QStringLiteral("/dddddddd-0000-4000-8000-000000000012"), QJsonObject {{QStringLiteral("restartDelay"), 0}}).status, 200);
        QCOMPARE(get(12)[QLatin1String("restartDelay")].toInt(), 0);
    }

    void invalidUpdatesNameTheFieldAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("fields");
        auto row = [](const char* name, const QJsonObject& body, const QStringList& fields) {
            QTest::newRow(name) << bodyOf(body) << 422 << fields;
        };
        const QString s2001(2001, QLatin1Char('x'));
        row("name empty", {{QStringLiteral("name"), QString()}}, {QStringLiteral("name")});
        row("name blank", {{QStringLiteral("name"), QStringLiteral("   ")}}, {QStringLiteral("name")});
        row("name too long", {{QStringLiteral("name"), QString(256, QLatin1Char('n'))}}, {QStringLiteral("name")});
        row("name null", {{QStringLiteral("name"), QJsonValue()}}, {QStringLiteral("name")});
        row("name a number", {{QStringLiteral("name"), 5}}, {QStringLiteral("name")});
        row("bool as string", {{QStringLiteral("enableVoice"), QStringLiteral("true")}}, {QStringLiteral("enableVoice")});
        row("bool as number", {{QStringLiteral("enableSms"), 1}}, {QStringLiteral("enableSms")});
        row("bool null", {{QStringLiteral("assistantEnabled"), QJsonValue()}}, {QStringLiteral("assistantEnabled")});
        row("delay negative", {{QStringLiteral("restartDelay"), -1}}, {QStringLiteral("restartDelay")});
        row("delay over a week", {{QStringLiteral("restartDelay"), 604801}}, {QStringLiteral("restartDelay")});
        row("delay fractional", {{QStringLiteral("restartDelay"), 1.5}}, {QStringLiteral("restartDelay")});
        row("delay as string", {{QStringLiteral("restartDelay"), QStringLiteral("60")}}, {QStringLiteral("restartDelay")});
        row("workflow id zero", {{QStringLiteral("defaultWorkflowId"), 0}}, {QStringLiteral("defaultWorkflowId")});
        row("website not a URL", {{QStringLiteral("brandWebsite"), QStringLiteral("acme dot com")}}, {QStringLiteral("brandWebsite")});
        row("website ftp", {{QStringLiteral("brandWebsite"), QStringLiteral("ftp://acme.example")}}, {QStringLiteral("brandWebsite")});
        row("bad work mode", {{QStringLiteral("smsWorkMode"), QStringLiteral("sometimes")}}, {QStringLiteral("smsWorkMode")});
        row("work mode wrong case", {{QStringLiteral("voiceWorkMode"), QStringLiteral("VOICEMAIL")}}, {QStringLiteral("voiceWorkMode")});
        row("forward number not E.164", {{QStringLiteral("voiceForwardNumber"), QStringLiteral("415-555-0199")}}, {QStringLiteral("voiceForwardNumber")});
        row("forward number invalid", {{QStringLiteral("smsForwardNumber"), QStringLiteral("+1415555")}}, {QStringLiteral("smsForwardNumber")});
        row("forwarding without number", {{QStringLiteral("smsWorkMode"), QStringLiteral("always_forward")}}, {QStringLiteral("smsForwardNumber")});
        row("clearing a needed number", {{QStringLiteral("voiceForwardNumber"), QJsonValue()}}, {QStringLiteral("voiceForwardNumber")});
        row("signup without role", {{QStringLiteral("allowSignup"), true}}, {QStringLiteral("signupMemberRoleId")});
        row("anonymous without role", {{QStringLiteral("allowAnonymous"), true}}, {QStringLiteral("anonymousMemberRoleId")});
        row("message too long", {{QStringLiteral("voiceGreetingMessage"), s2001}}, {QStringLiteral("voiceGreetingMessage")});
        row("voicemail greeting too long", {{QStringLiteral("voicemailGreeting"), s2001}}, {QStringLiteral("voicemailGreeting")});
        row("read-only id", {{QStringLiteral("id"), 99}}, {QStringLiteral("id")});
        row("read-only phone number", {{QStringLiteral("phoneNumber"), QStringLiteral("+14155550177")}}, {QStringLiteral("phoneNumber")});
        row("read-only archived flag", {{QStringLiteral("isArchived"), true}}, {QStringLiteral("isArchived")});
        row("read-only time", {{QStringLiteral("updatedAt"), QStringLiteral("2030-01-01T00:00:00Z")}}, {QStringLiteral("updatedAt")});
        row("link through update", {{QStringLiteral("providerPhoneUuid"), kPoolA}}, {QStringLiteral("providerPhoneUuid")});
        row("unknown field", {{QStringLiteral("colour"), QStringLiteral("red")}}, {QStringLiteral("colour")});
        row("every bad field at once",
            {{QStringLiteral("name"), QString()}, {QStringLiteral("restartDelay"), -5}, {QStringLiteral("allowAnonymous"), true},
             {QStringLiteral("brandWebsite"), QStringLiteral("nope")}, {QStringLiteral("uuid"), QStringLiteral("x")}},
            {QStringLiteral("anonymousMemberRoleId"), QStringLiteral("brandWebsite"), QStringLiteral("name"),
             QStringLiteral("restartDelay"), QStringLiteral("uuid")});
        row("a good field with a bad one", {{QStringLiteral("brandName"), QStringLiteral("Fine")}, {QStringLiteral("restartDelay"), -1}}, {QStringLiteral("restartDelay")});
        QTest::newRow("malformed JSON") << QByteArray("{\"name\": ") << 400 << QStringList();
        QTest::newRow("JSON array") << QByteArray("[{\"name\": \"x\"}]") << 422 << QStringList {QStringLiteral("body")};
        QTest::newRow("empty body") << QByteArray() << 400 << QStringList();
        QTest::newRow("not UTF-8 JSON") << QByteArray("{\"name\": \"\xff\xfe\"}") << 400 << QStringList();
        QTest::newRow("over 1 MiB") << QByteArray("{\"brandDescription\": \"" + QByteArray(1024 * 1024, 'x') + "\"}") << 413 << QStringList();
    }

    void invalidUpdatesNameTheFieldAndChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QStringList, fields);
        const QJsonObject before = get(12);
        const test::HttpResult r = test::http("PUT", url(QStringLiteral("/12")), QStringLiteral("admin"), body);
        QCOMPARE(r.status, status);
        QVERIFY2(!object(r.body)[QLatin1String("detail")].isUndefined(), "every error has a detail");
        if (status == 422) {
            QStringList named = fieldsNamed(r.body);
            named.sort();
            QCOMPARE(named, fields);
        }
        QCOMPARE(get(12), before);
    }

    void anArchivedNumberCannotChange()
    {
        QCOMPARE(send("PUT", QStringLiteral("/11"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Revived")}}).status, 409);
        QCOMPARE(send("POST", QStringLiteral("/11/link"), QJsonObject {{QStringLiteral("providerPhoneUuid"), kPoolA}}).status, 409);
        const test::HttpResult again = send("POST", QStringLiteral("/11/archive"));
        QCOMPARE(again.status, 409);
        QCOMPARE(object(again.body)[QLatin1String("detail")].toString(), QStringLiteral("The phone number is already archived"));
        QCOMPARE(get(11)[QLatin1String("name")].toString(), QStringLiteral("Archived line"));
    }

    void linkRelinkNoOpAndUnlink()
    {
        // Link: the number takes the provider phone's number.
        test::HttpResult r = send("POST", QStringLiteral("/12/link"), QJsonObject {{QStringLiteral("providerPhoneUuid"), kPoolA}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r.body)[QLatin1String("phoneNumber")].toString(), QStringLiteral("+14155550142"));
        QCOMPARE(linkable(kPoolA)[QLatin1String("linkedPhoneNumberUuid")].toString(), QStringLiteral("dddddddd-0000-4000-8000-000000000012"));

        // Re-link: the previous phone stays assigned to the workspace, unlinked.
        r = send("POST", QStringLiteral("/12/link"), QJsonObject {{QStringLiteral("providerPhoneUuid"), kSpare}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r.body)[QLatin1String("phoneNumber")].toString(), QStringLiteral("+442079460124"));
        QCOMPARE(linkable(kPoolA)[QLatin1String("workspaceUuid")].toString(), kOne);
        QCOMPARE(linkable(kPoolA)[QLatin1String("linkedPhoneNumberUuid")], QJsonValue());

        // The same phone again: a no-op.
        const QString stamp = get(12)[QLatin1String("updatedAt")].toString();
        QCOMPARE(send("POST", QStringLiteral("/12/link"), QJsonObject {{QStringLiteral("providerPhoneUuid"), kSpare}}).status, 200);
        QCOMPARE(get(12)[QLatin1String("updatedAt")].toString(), stamp);

        // Unlink clears both sides; the phone stays in the workspace.
        r = send("POST", QStringLiteral("/12/link"), QJsonObject {{QStringLiteral("providerPhoneUuid"), QJsonValue()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r.body)[QLatin1String("providerPhoneUuid")], QJsonValue());
        QCOMPARE(linkable(kSpare)[QLatin1String("linkedPhoneNumberUuid")], QJsonValue());
        QCOMPARE(linkable(kSpare)[QLatin1String("workspaceUuid")].toString(), kOne);
    }

    void linkRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        auto link = [](const QJsonValue& v) { return bodyOf({{QStringLiteral("providerPhoneUuid"), v}}); };
        QTest::newRow("another organization's") << link(kOtherOrgs) << 404 << QStringLiteral("Provider phone not found");
        QTest::newRow("linked elsewhere") << link(kTrunk) << 409 << QStringLiteral("already linked");
        QTest::newRow("assigned elsewhere") << link(kThrees) << 409 << QStringLiteral("assigned to another workspace");
        QTest::newRow("unknown") << link(QStringLiteral("nope")) << 404 << QStringLiteral("Provider phone not found");
        QTest::newRow("missing key") << QByteArray("{}") << 422 << QString();
        QTest::newRow("wrong type") << link(42) << 422 << QString();
        QTest::newRow("extra key") << bodyOf({{QStringLiteral("providerPhoneUuid"), kPoolA}, {QStringLiteral("force"), true}}) << 422 << QString();
    }

    void linkRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, detail);
        const QJsonObject before = get(12);
        const test::HttpResult r = test::http("POST", url(QStringLiteral("/12/link")), QStringLiteral("admin"), body);
        QCOMPARE(r.status, status);
        if (!detail.isEmpty())
            QVERIFY2(object(r.body)[QLatin1String("detail")].toString().contains(detail), r.body.constData());
        QCOMPARE(get(12), before);
    }

    void textIsTrimmedBeforeItsLimitIsCheckedAndStored()
    {
        // A million spaces and one letter is a one-letter name: stored as that, not as a megabyte.
        const QString padded = QString(300000, QLatin1Char(' ')) + QStringLiteral("Front desk") + QString(300000, QLatin1Char(' '));
        const test::HttpResult r = send("PUT", QStringLiteral("/12"), {{QStringLiteral("name"), padded},
                                                                     {QStringLiteral("brandName"), QStringLiteral("  Acme  ")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(object(r.body)[QLatin1String("name")].toString(), QStringLiteral("Front desk"));
        QCOMPARE(object(r.body)[QLatin1String("brandName")].toString(), QStringLiteral("Acme"));
        QCOMPARE(get(12)[QLatin1String("name")].toString(), QStringLiteral("Front desk"));
        QVERIFY(send("GET", QString()).body.size() < 64 * 1024);
        // Only spaces: nothing is left, which is no name.
        const test::HttpResult blank = send("PUT", QStringLiteral("/12"), {{QStringLiteral("name"), QString(1000, QLatin1Char(' '))}});
        QCOMPARE(blank.status, 422);
        QCOMPARE(fieldsNamed(blank.body), QStringList {QStringLiteral("name")});
    }

    // The list is written by its own renderer, straight from SQLite's rows: each number in it is
    // the object a GET of that number answers, also for text JSON must escape.
    void theListSaysWhatEachNumbersOwnAnswerSays()
    {
        const QString tricky = QStringLiteral("Quote \" back\\slash\ttab\nline \x01\x1f Größe \U0001F600 end");
        const test::HttpResult r = send("PUT", QStringLiteral("/12"), {{QStringLiteral("name"), tricky},
                                                                        {QStringLiteral("brandDescription"), QStringLiteral("</script> & \u00e9")}});
        QCOMPARE(r.status, 200);
        const test::HttpResult list = send("GET", QString());
        QCOMPARE(list.status, 200);
        QJsonParseError error;
        const QJsonArray numbers = QJsonDocument::fromJson(list.body, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(numbers.size() >= 2);
        bool seen = false;
        for (const QJsonValue& number : numbers) {
            const QJsonObject listed = number.toObject();
            QCOMPARE(listed, get(listed[QLatin1String("id")].toInteger()));
            seen = seen || listed[QLatin1String("name")].toString() == tricky;
        }
        QVERIFY(seen);
    }

    void aNumberNeverGrowsPastItsDocumentedSize()
    {
        // Every message at its limit, made of control characters that JSON writes six bytes each.
        QJsonObject heavy;
        for (const char* field : {"voiceUnavailableMessage", "voiceGreetingMessage", "anonymousRejectionMessage",
                                  "smsUnavailableMessage", "voicemailGreeting", "restartPrompt"})
            heavy.insert(QLatin1String(field), QString(QString(1990, QChar(0x01)) + QStringLiteral("end")));
        const QJsonObject before = get(12);
        const test::HttpResult r = send("PUT", QStringLiteral("/12"), heavy);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.body.contains("larger than 64 KiB"), r.body.constData());
        QCOMPARE(get(12), before);
    }

    void aLoneSurrogateIsRefusedNamingItsField()
    {
        const QJsonObject before = get(12);
        const QList<std::pair<QByteArray, QString>> bodies {
            {R"({"name":"x\ud800y"})", QStringLiteral("name")},
            {R"({"name":"\ud800"})", QStringLiteral("name")},
            {R"({"brandName":"a\udc00"})", QStringLiteral("brandName")},
            {R"({"name":"ok","brandName":"\ud83d\ude00\ud83d"})", QStringLiteral("brandName")},
        };
        for (const auto& [body, field] : bodies) {
            const test::HttpResult r = test::http("PUT", url(QStringLiteral("/12")), QStringLiteral("admin"), body);
            QCOMPARE(r.status, 422);
            QVERIFY2(r.body.contains("invalid Unicode escape"), r.body.constData());
            QCOMPARE(fieldsNamed(r.body), QStringList {field});
        }
        QCOMPARE(get(12), before);
        // A pair is text: an emoji is stored and comes back as sent.
        const test::HttpResult pair = test::http("PUT", url(QStringLiteral("/12")), QStringLiteral("admin"), R"({"name":"Hotline \ud83d\ude00"})");
        QCOMPARE(pair.status, 200);
        QCOMPARE(get(12)[QLatin1String("name")].toString(), QStringLiteral("Hotline \U0001F600"));
    }

    void anIdIsDigitsWithoutALeadingZeroOrAUuid()
    {
        QCOMPARE(send("GET", QStringLiteral("/12")).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/dddddddd-0000-4000-8000-000000000012")).status, 200);
        for (const char* loose : {"/012", "/+12", "/%2012", "/12%00", "/12%20", "/1e1", "/0x0c", "/-12", "/12.0"}) {
            QUrl u = test::numbersUrl(m_server->url(), kOne);
            u.setPath(u.path() + QLatin1String(loose), QUrl::TolerantMode);
            const test::HttpResult r = test::http("GET", u, QStringLiteral("admin"));
            QVERIFY2(r.status == 404, loose);
        }
    }

    void blockersPreventArchivingUntilThereAreNone()
    {
        const QJsonObject blockers = object(send("GET", QStringLiteral("/10/archive-blockers")).body);
        QCOMPARE(blockers[QLatin1String("phoneNumberId")].toInt(), 10);
        QCOMPARE(blockers[QLatin1String("canArchive")], QJsonValue(false));
        const QJsonArray list = blockers[QLatin1String("blockers")].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][QLatin1String("kind")].toString(), QStringLiteral("workflow"));
        QCOMPARE(list[0][QLatin1String("name")].toString(), QStringLiteral("Main IVR"));
        QCOMPARE(list[1][QLatin1String("kind")].toString(), QStringLiteral("event_rule"));

        const QJsonObject before = get(10);
        const test::HttpResult refused = send("POST", QStringLiteral("/10/archive"));
        QCOMPARE(refused.status, 409);
        QCOMPARE(object(refused.body)[QLatin1String("blockers")].toArray(), list);
        QCOMPARE(get(10), before);

        const QJsonObject none = object(send("GET", QStringLiteral("/13/archive-blockers")).body);
        QCOMPARE(none[QLatin1String("canArchive")], QJsonValue(true));
        QCOMPARE(none[QLatin1String("blockers")].toArray(), QJsonArray());
    }

    void archivingReturnsTheProviderPhoneToThePool()
    {
        const QString provider = QStringLiteral("cccccccc-0000-4000-8000-000000000006");
        const test::HttpResult r = send("POST", QStringLiteral("/13/archive"));
        QCOMPARE(r.status, 200);
        const QJsonObject n = object(r.body);
        QCOMPARE(n[QLatin1String("isArchived")], QJsonValue(true));
        QVERIFY(!n[QLatin1String("archivedAt")].toString().isEmpty());
        QCOMPARE(n[QLatin1String("providerPhoneUuid")], QJsonValue());
        QCOMPARE(n[QLatin1String("phoneNumber")].toString(), QStringLiteral("+14155550102")); // history keeps it
        QCOMPARE(linkable(provider)[QLatin1String("workspaceUuid")], QJsonValue());
        QCOMPARE(linkable(provider)[QLatin1String("linkedPhoneNumberUuid")], QJsonValue());
        // And the number can be taken again, by number, from the pool.
        QCOMPARE(send("POST", QString(), QJsonObject {{QStringLiteral("name"), QStringLiteral("Back")}, {QStringLiteral("phoneNumber"), QStringLiteral("+14155550102")}}).status, 201);
    }

    void concurrentWritesToOneNumberNeverMix()
    {
        // Two clients send 25 updates each, at once, to the same number; every update sets the
        // name and the brand together. The record must end as one writer's whole update.
        QNetworkAccessManager network;
        QList<QNetworkReply*> replies;
        for (int i = 0; i < 25; ++i) {
            for (const char* writer : {"A", "B"}) {
                const QString value = QStringLiteral("%1-%2").arg(QLatin1String(writer)).arg(i);
                QNetworkRequest request(url(QStringLiteral("/12")));
                request.setRawHeader("Authorization", "Bearer admin");
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                replies << network.sendCustomRequest(request, "PUT", bodyOf({{QStringLiteral("name"), value}, {QStringLiteral("brandName"), value}}));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply* r) { return r->isFinished(); }), 20000);
        for (QNetworkReply* r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            // Each answer is itself whole: the update it made, not half of another one.
            const QJsonObject answer = object(r->readAll());
            QCOMPARE(answer[QLatin1String("name")], answer[QLatin1String("brandName")]);
        }
        const QJsonObject stored = get(12);
        QCOMPARE(stored[QLatin1String("name")], stored[QLatin1String("brandName")]);
        qDeleteAll(replies);
    }

    void theRateLimitAnswers429WithRetryAfter()
    {
        auto limited = test::startServer({QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/writes.json")),
                                          QStringLiteral("--rate-limit"), QStringLiteral("3")});
        QVERIFY(limited->url().isValid());
        // Ten quick requests span at most two one-second windows, so at most six get through.
        QList<int> statuses;
        QByteArray retryAfter;
        for (int i = 0; i < 10; ++i) {
            const test::HttpResult r = test::http("GET", test::numbersUrl(limited->url(), kOne), QStringLiteral("read"));
            statuses << r.status;
            if (r.status == 429)
                retryAfter = r.header("Retry-After");
        }
        QVERIFY2(statuses.first() == 200 && statuses.count(200) <= 6 && statuses.count(429) >= 4
                     && statuses.count(200) + statuses.count(429) == 10,
                 qPrintable(QVariant::fromValue(statuses).toString()));
        QCOMPARE(retryAfter, QByteArray("1"));
        // Another token has its own budget.
        QCOMPARE(test::http("GET", test::numbersUrl(limited->url(), kOne), QStringLiteral("admin")).status, 200);
    }

private:
    QUrl url(const QString& path) const
    {
        QUrl u = test::numbersUrl(m_server->url(), kOne);
        u.setPath(u.path() + path);
        return u;
    }
    test::HttpResult send(const char* method, const QString& path, const QJsonObject& body = {}) const
    {
        return test::http(method, url(path), QStringLiteral("admin"), body.isEmpty() ? QByteArray() : bodyOf(body));
    }
    QJsonObject get(qint64 id) const { return object(send("GET", QStringLiteral("/%1").arg(id)).body); }
    QJsonObject linkable(const QString& uuid) const
    {
        for (const QJsonValue& phone : QJsonDocument::fromJson(send("GET", QStringLiteral("/linkable-phones")).body).array()) {
            if (phone[QLatin1String("uuid")].toString() == uuid)
                return phone.toObject();
        }
        return {};
    }

    std::unique_ptr<server::ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestServerWrites)
#include "tst_server_writes.moc"
