// SPDX-License-Identifier: MIT
// The JSON mapping against the golden examples in docs/examples, and the ways a body can be wrong.
#include "api/ApiError.h"
#include "api/JsonMapping.h"
#include "api/NumberJson.h"
#include "common/PhoneFormat.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace phonedesk;
using namespace phonedesk::api;

class TestJsonMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldOfAFullNumberIsRead()
    {
        const Parsed<PhoneNumber> parsed = parsePhoneNumber(test::readSourceFile(QStringLiteral("docs/examples/phone-number.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const PhoneNumber& n = parsed.value;
        QCOMPARE(n.id, 1);
        QCOMPARE(n.phoneNumber, QStringLiteral("+14155550100"));
        QCOMPARE(n.name, QStringLiteral("Main customer line"));
        QCOMPARE(n.brandWebsite, QStringLiteral("https://acme-logistics.example"));
        QCOMPARE(n.defaultWorkflowId, 1);
        QVERIFY(n.allowSignup);
        QCOMPARE(n.signupMemberRoleId, 4);
        QCOMPARE(n.anonymousMemberRoleId, std::nullopt);
        QCOMPARE(n.restartDelay, 1800);
        QVERIFY(n.enableVoice);
        QVERIFY(!n.enableSms);
        QVERIFY(n.enableWhatsApp);
        QVERIFY(!n.assistantEnabled);
        QCOMPARE(n.voiceWorkMode, QStringLiteral("forward_off_hours"));
        QCOMPARE(n.voiceForwardNumber, QStringLiteral("+14155550177"));
        QCOMPARE(n.smsWorkMode, std::nullopt);
        QCOMPARE(n.providerPhoneUuid, QStringLiteral("0d9a4c3b-6f1e-4b2a-8c7d-1e2f3a4b5c6d"));
        QVERIFY(!n.isArchived);
        QVERIFY(!n.archivedAt.isValid());
        QCOMPARE(n.createdAt, QDateTime(QDate(2026, 2, 2), QTime(9, 15), Qt::UTC));
        QCOMPARE(n.updatedAt, QDateTime(QDate(2026, 11, 2), QTime(10, 40), Qt::UTC));
    }

    void missingOptionalFieldsTakeTheContractDefaultsAndUnknownOnesAreIgnored()
    {
        const Parsed<PhoneNumber> parsed = parsePhoneNumber(test::readSourceFile(QStringLiteral("docs/examples/phone-number-minimal.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const PhoneNumber& n = parsed.value;
        QCOMPARE(n.name, QStringLiteral("London reception"));
        QCOMPARE(n.restartDelay, 900);
        QVERIFY(n.enableVoice);
        QVERIFY(n.enableSms);
        QVERIFY(!n.enableWhatsApp);
        QVERIFY(n.assistantEnabled);
        QVERIFY(!n.allowSignup);
        QCOMPARE(n.brandName, std::nullopt);
        QCOMPARE(n.providerPhoneUuid, std::nullopt);
    }

    void nullClearsANullableField()
    {
        const Parsed<PhoneNumber> parsed = parsePhoneNumber(withField("restartDelay", QJsonValue()));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.restartDelay, std::nullopt);
    }

    void writingAndReadingBackKeepsEveryField()
    {
        PhoneNumber original = parsePhoneNumber(test::readSourceFile(QStringLiteral("docs/examples/phone-number.json"))).value;
        QVERIFY(original.json.startsWith('{')); // the server's bytes, kept
        original.json.clear(); // toJson() writes the typed fields, not those bytes
        const Parsed<PhoneNumber> again = phoneNumberFromJson(toJson(original));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.value, original);
    }

    void aListKeepsOrderAndArchivedState()
    {
        const Parsed<QList<PhoneNumber>> parsed = parsePhoneNumberList(test::readSourceFile(QStringLiteral("docs/examples/phone-number-list.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 2);
        QCOMPARE(parsed.value.at(1).id, 28);
        QVERIFY(parsed.value.at(1).isArchived);
        QCOMPARE(parsed.value.at(1).archivedAt, QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    }

    void providerPhonesAreRead()
    {
        const Parsed<QList<ProviderPhone>> parsed = parseProviderPhoneList(test::readSourceFile(QStringLiteral("docs/examples/provider-phones.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 2);
        QCOMPARE(parsed.value.at(0).linkedPhoneNumberUuid, QStringLiteral("5b0c1f7e-3a52-4c1e-9d6a-2f1d7e0b9a11"));
        QVERIFY(parsed.value.at(0).mms);
        QCOMPARE(parsed.value.at(1).workspaceUuid, std::nullopt);
        QVERIFY(!parsed.value.at(1).sms);
        QCOMPARE(providerPhoneFromJson(toJson(parsed.value.at(0))).value, parsed.value.at(0));
    }

    void aWrongTypeIsAnErrorNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bool as string") << withField("enableVoice", QStringLiteral("yes")) << QStringLiteral("enableVoice should be a boolean, got a string");
        QTest::newRow("id as string") << withField("id", QStringLiteral("7")) << QStringLiteral("id should be an integer");
        QTest::newRow("fractional integer") << withField("restartDelay", 1.5) << QStringLiteral("restartDelay should be an integer");
        QTest::newRow("null name") << withField("name", QJsonValue()) << QStringLiteral("name should be a string, got null");
        QTest::newRow("bad time") << withField("createdAt", QStringLiteral("yesterday")) << QStringLiteral("createdAt is not an ISO 8601 time");
        QTest::newRow("array for text") << withField("brandName", QJsonArray {1}) << QStringLiteral("brandName should be a string or null, got an array");
        QTest::newRow("missing uuid") << withoutField("uuid") << QStringLiteral("uuid is missing");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << test::readSourceFile(QStringLiteral("docs/examples/phone-number.json")).left(200) << QStringLiteral("not valid JSON");
        QTest::newRow("array for object") << QByteArray("[]") << QStringLiteral("should be a JSON object");
    }

    void aWrongTypeIsAnErrorNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const Parsed<PhoneNumber> parsed = parsePhoneNumber(body);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(expected), qPrintable(parsed.error));
    }

    void aBadEntryInAListNamesItsPosition()
    {
        QJsonArray list = QJsonDocument::fromJson(test::readSourceFile(QStringLiteral("docs/examples/phone-number-list.json"))).array();
        QJsonObject second = list.at(1).toObject();
        second.insert(QStringLiteral("isArchived"), QStringLiteral("true"));
        list.replace(1, second);
        const Parsed<QList<PhoneNumber>> parsed = parsePhoneNumberList(QJsonDocument(list).toJson());
        QCOMPARE(parsed.error, QStringLiteral("[1].isArchived should be a boolean, got a string"));
        QVERIFY(parsed.value.isEmpty());
        QCOMPARE(parsePhoneNumberList("{}").error, QStringLiteral("the response should be a JSON array"));
    }

    void aLoneSurrogateIsRefusedNamingWhereItIs()
    {
        // Qt's JSON parser would swallow the "y" (or make U+FFFD): refused instead, by name.
        QJsonArray list = QJsonDocument::fromJson(test::readSourceFile(QStringLiteral("docs/examples/phone-number-list.json"))).array();
        QJsonObject second = list.at(1).toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("LONE"));
        list.replace(1, second);
        QByteArray body = QJsonDocument(list).toJson(QJsonDocument::Compact);
        body.replace("\"LONE\"", "\"x\\ud800y\"");
        const Parsed<QList<PhoneNumber>> parsed = parsePhoneNumberList(body);
        QCOMPARE(parsed.error, QStringLiteral("[1].name holds an invalid Unicode escape (a lone surrogate)"));
        QVERIFY(parsed.value.isEmpty());
        body.replace("\"x\\ud800y\"", "\"x\\ud83d\\ude00y\""); // a pair is fine
        const Parsed<QList<PhoneNumber>> paired = parsePhoneNumberList(body);
        QVERIFY2(paired.ok(), qPrintable(paired.error));
        QCOMPARE(paired.value.at(1).name, QStringLiteral("x\U0001F600y"));
        QVERIFY(!parsePhoneNumber(R"({"name":"\udc00"})").ok());
    }

    void aFieldThisVersionDoesNotKnowIsKeptAndListed()
    {
        QJsonObject object = minimal();
        object.insert(QStringLiteral("emergencyAddress"), QJsonObject {{QStringLiteral("city"), QStringLiteral("Berlin")}});
        object.insert(QStringLiteral("tier"), 3);
        const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        const Parsed<PhoneNumber> parsed = parsePhoneNumber(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.json, body);
        const QList<std::pair<QString, QString>> other = unknownFields(parsed.value.json);
        QCOMPARE(other.size(), 3); // the example has one of its own
        QCOMPARE(other.at(0), std::make_pair(QStringLiteral("emergencyAddress"), QStringLiteral(R"({"city":"Berlin"})")));
        QCOMPARE(other.at(1).first, QStringLiteral("someFieldFromTheFuture"));
        QCOMPARE(other.at(2), std::make_pair(QStringLiteral("tier"), QStringLiteral("3")));
    }

    void anOversizedOrBadNumberIsRefusedByNameWhileTheOthersAreRead()
    {
        QJsonArray list = QJsonDocument::fromJson(test::readSourceFile(QStringLiteral("docs/examples/phone-number-list.json"))).array();
        QJsonObject third = list.at(1).toObject();
        third.insert(QStringLiteral("id"), 999);
        list.append(third);
        QJsonObject big = list.at(0).toObject();
        big.insert(QStringLiteral("brandDescription"), QString(70 * 1024, QLatin1Char('x')));
        list.replace(0, big);
        QJsonObject bad = list.at(2).toObject();
        bad.insert(QStringLiteral("enableSms"), QStringLiteral("no"));
        list.replace(2, bad);
        const QByteArray body = QJsonDocument(list).toJson();
        QList<qsizetype> read;
        QStringList refused;
        const QString error = splitNumberList(
            body,
            [&](QByteArrayView json, qsizetype index) {
                const Parsed<NumberColumns> columns = readNumberColumns(json);
                if (columns.ok())
                    read << index;
                else
                    refused << QStringLiteral("[%1] %2").arg(index).arg(columns.error);
            },
            [&](qsizetype index, const QString& why, std::optional<qint64> id) {
                refused << QStringLiteral("[%1] %2").arg(index).arg(why);
                QCOMPARE(id, std::optional<qint64>(big.value(QStringLiteral("id")).toInteger()));
            });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), list.size() - 2);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0), QStringLiteral("[0] (number %1) is 70 KiB, more than a number may be (64 KiB)").arg(big.value(QStringLiteral("id")).toInteger()));
        QCOMPARE(refused.at(1), QStringLiteral("[2] enableSms should be a boolean, got a string"));
        // The strict reader of a whole list still fails on the first.
        QVERIFY(parsePhoneNumberList(body).error.startsWith(QLatin1String("[0] (number")));
    }

    void theColumnsAreTheFullReadersAndTheHashIsStable()
    {
        const QByteArray body = test::readSourceFile(QStringLiteral("docs/examples/phone-number.json"));
        const Parsed<NumberColumns> columns = readNumberColumns(body);
        QVERIFY2(columns.ok(), qPrintable(columns.error));
        const NumberColumns expected = NumberColumns::of(parsePhoneNumber(body).value);
        QCOMPARE(columns.value.name, expected.name);
        QCOMPARE(columns.value.phoneNumber, expected.phoneNumber);
        QCOMPARE(columns.value.brandName, expected.brandName);
        QCOMPARE(columns.value.updatedAtMs, expected.updatedAtMs);
        QCOMPARE(columns.value.defaultWorkflowId, expected.defaultWorkflowId);
        QVERIFY(columns.value.updatedAtMs > 0);
        // Fixed, so that a hash stored by one run compares with the next run's.
        QCOMPARE(jsonHash("{\"id\":1}"), jsonHash(QByteArray("{\"id\":1}")));
        QVERIFY(jsonHash("{\"id\":1}") != jsonHash("{\"id\":2}"));
        QCOMPARE(jsonHash("{\"id\":1}"), Q_UINT64_C(15119864541051934478)); // a new function would make every cached row look changed once
    }

    void errorBodiesBecomeOneErrorType()
    {
        const ApiError unauthorized = ApiError::fromHttp(401, test::readSourceFile(QStringLiteral("docs/examples/error-401.json")), {});
        QCOMPARE(unauthorized.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.detail, QStringLiteral("Invalid token"));
        QVERIFY(unauthorized.message().contains(QLatin1String("API token")));

        const ApiError forbidden = ApiError::fromHttp(403, test::readSourceFile(QStringLiteral("docs/examples/error-403-scope.json")), {});
        QCOMPARE(forbidden.kind, ApiError::Kind::Forbidden);
        QVERIFY(forbidden.message().contains(QLatin1String("phones:write")));

        const ApiError invalid = ApiError::fromHttp(422, test::readSourceFile(QStringLiteral("docs/examples/error-422.json")), {});
        QCOMPARE(invalid.kind, ApiError::Kind::Validation);
        QCOMPARE(invalid.fieldErrors.size(), 3);
        QCOMPARE(invalid.fieldErrors.value(QStringLiteral("restartDelay")), QStringLiteral("must be from 0 to 604800"));
        QVERIFY(invalid.message().contains(QLatin1String("voiceForwardNumber")));

        const ApiError limited = ApiError::fromHttp(429, R"({"detail": "slow down"})", "12");
        QCOMPARE(limited.kind, ApiError::Kind::RateLimited);
        QCOMPARE(limited.retryAfterSeconds, 12);
        QVERIFY(limited.message().contains(QLatin1String("12")));

        const ApiError html = ApiError::fromHttp(502, "<html>Bad Gateway</html>", {});
        QCOMPARE(html.kind, ApiError::Kind::Server);
        QVERIFY(html.message().contains(QLatin1String("502")));
    }

    void e164IsCheckedAndFormattedByLibphonenumber()
    {
        QVERIFY(api::phone::isValidE164(QStringLiteral("+14155550100")));
        QVERIFY(api::phone::isValidE164(QStringLiteral("+442079460123")));
        QVERIFY(api::phone::isValidE164(QStringLiteral("+493090182010")));
        QVERIFY(!api::phone::isValidE164(QStringLiteral("4155550100"))); // no +
        QVERIFY(!api::phone::isValidE164(QStringLiteral("+1 415 555 0100"))); // not E.164 spelling
        QVERIFY(!api::phone::isValidE164(QStringLiteral("+1415555"))); // too short
        QCOMPARE(api::phone::formatInternational(QStringLiteral("+442079460123")), QStringLiteral("+44 20 7946 0123"));
        QCOMPARE(api::phone::regionOf(QStringLiteral("+493090182010")), QStringLiteral("DE"));
        QCOMPARE(api::phone::formatInternational(QStringLiteral("garbage")), QStringLiteral("garbage"));
    }

private:
    static QJsonObject minimal()
    {
        return QJsonDocument::fromJson(test::readSourceFile(QStringLiteral("docs/examples/phone-number-minimal.json"))).object();
    }
    static QByteArray withField(const char* key, const QJsonValue& value)
    {
        QJsonObject o = minimal();
        o.insert(QLatin1String(key), value);
        return QJsonDocument(o).toJson();
    }
    static QByteArray withoutField(const char* key)
    {
        QJsonObject o = minimal();
        o.remove(QLatin1String(key));
        return QJsonDocument(o).toJson();
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_json_mapping.moc"
