// SPDX-License-Identifier: MIT
// The health check's rules, each on a fixture of its own beside healthy numbers.
#include "models/HealthCheck.h"
#include "models/PhoneNumberModel.h"

#include <QTest>

using namespace phonedesk;
using api::PhoneNumber;
using api::ProviderPhone;
using models::HealthFinding;

namespace {

// A number nothing is wrong with: linked to its own phone, which carries voice and SMS.
PhoneNumber healthy(qint64 id)
{
    PhoneNumber n;
    n.id = id;
    n.uuid = QStringLiteral("n-%1").arg(id);
    n.phoneNumber = QStringLiteral("+1415555%1").arg(100 + id, 4, 10, QLatin1Char('0'));
    n.name = QStringLiteral("Line %1").arg(id);
    n.providerPhoneUuid = QStringLiteral("pp-%1").arg(id);
    return n;
}

ProviderPhone phoneOf(const PhoneNumber& n)
{
    ProviderPhone p;
    p.uuid = n.providerPhoneUuid.value_or(QStringLiteral("pp-spare"));
    p.phoneNumber = n.phoneNumber;
    p.workspaceUuid = QStringLiteral("ws");
    p.linkedPhoneNumberUuid = n.uuid;
    p.voice = p.sms = true;
    return p;
}

struct Fixture
{
    QList<PhoneNumber> numbers;
    QList<ProviderPhone> phones;
};

// Numbers 1 to 3 healthy, with their phones; `change` makes the case.
Fixture fixture(const std::function<void(Fixture&)>& change)
{
    Fixture f;
    for (qint64 id = 1; id <= 3; ++id) {
        f.numbers << healthy(id);
        f.phones << phoneOf(f.numbers.last());
    }
    change(f);
    return f;
}

QList<HealthFinding> check(const Fixture& f)
{
    return models::HealthCheck::run(models::PhoneNumberModel::rowsOf(f.numbers), f.phones);
}

} // namespace

Q_DECLARE_METATYPE(Fixture)

class TestHealthCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyNumbersHaveNoFindings()
    {
        QCOMPARE(check(fixture([](Fixture&) {})).size(), 0);
    }

    void eachRuleFindsItsCase_data()
    {
        QTest::addColumn<Fixture>("fixture");
        QTest::addColumn<QList<qint64>>("numbers");
        QTest::addColumn<QStringList>("phones");
        QTest::newRow("channel-without-capability") << fixture([](Fixture& f) {
            f.phones[0].sms = false; // number 1 has SMS on
            f.phones[1].voice = false;
            f.numbers[1].enableVoice = false; // number 2 does not use what its phone lacks
        }) << QList<qint64> {1} << QStringList();
        QTest::newRow("active-not-linked") << fixture([](Fixture& f) {
            f.numbers[1].providerPhoneUuid.reset();
            f.phones[1].linkedPhoneNumberUuid.reset();
            f.phones[1].workspaceUuid.reset(); // back in the organization's pool
            f.numbers[2].providerPhoneUuid.reset(); // archived: nothing to fix
            f.numbers[2].isArchived = true;
            f.phones.removeAt(2);
        }) << QList<qint64> {2} << QStringList();
        QTest::newRow("forwarding-loop") << fixture([](Fixture& f) {
            f.numbers[0].voiceWorkMode = QStringLiteral("always_forward"); // 1 -> itself
            f.numbers[0].voiceForwardNumber = f.numbers[0].phoneNumber;
            f.numbers[1].smsWorkMode = QStringLiteral("forward_off_hours"); // 2 -> 3 -> 2
            f.numbers[1].smsForwardNumber = f.numbers[2].phoneNumber;
            f.numbers[1].smsOffHoursMessage = QStringLiteral("Forwarded after hours");
            f.numbers[2].smsWorkMode = QStringLiteral("always_forward");
            f.numbers[2].smsForwardNumber = f.numbers[1].phoneNumber;
            PhoneNumber chain = healthy(4); // 4 -> 2: forwards into the circle, is not in it
            chain.smsWorkMode = QStringLiteral("always_forward");
            chain.smsForwardNumber = f.numbers[1].phoneNumber;
            PhoneNumber stale = healthy(5); // a forward number kept, but the mode is voicemail
            stale.voiceWorkMode = QStringLiteral("voicemail");
            stale.voicemailGreeting = QStringLiteral("Hello");
            stale.voiceForwardNumber = stale.phoneNumber;
            for (const PhoneNumber& n : {chain, stale}) {
                f.numbers << n;
                f.phones << phoneOf(n);
            }
        }) << QList<qint64> {1, 2, 3} << QStringList();
        QTest::newRow("phone-unused") << fixture([](Fixture& f) {
            ProviderPhone spare = phoneOf(PhoneNumber());
            spare.linkedPhoneNumberUuid.reset();
            spare.phoneNumber = QStringLiteral("+14155550999");
            ProviderPhone pool = spare; // not the workspace's: not paid for by it
            pool.uuid = QStringLiteral("pp-pool");
            pool.workspaceUuid.reset();
            f.phones << spare << pool;
        }) << QList<qint64>() << QStringList {QStringLiteral("pp-spare")};
        QTest::newRow("forward-unknown-plan") << fixture([](Fixture& f) {
            f.numbers[0].voiceWorkMode = QStringLiteral("always_forward");
            f.numbers[0].voiceForwardNumber = QStringLiteral("+10005550100");
            f.numbers[1].smsWorkMode = QStringLiteral("always_forward");
            f.numbers[1].smsForwardNumber = QStringLiteral("+442079460456");
        }) << QList<qint64> {1} << QStringList();
        QTest::newRow("number-unknown-plan") << fixture([](Fixture& f) {
            f.numbers[2].phoneNumber = QStringLiteral("+10005550100");
            f.phones[2].phoneNumber = f.numbers[2].phoneNumber;
        }) << QList<qint64> {3} << QStringList();
        QTest::newRow("off-hours-without-message") << fixture([](Fixture& f) {
            f.numbers[0].voiceWorkMode = QStringLiteral("message_off_hours");
            f.numbers[1].smsWorkMode = QStringLiteral("message_off_hours");
            f.numbers[1].smsOffHoursMessage = QStringLiteral("We are closed");
            f.numbers[2].smsWorkMode = QStringLiteral("always_message");
        }) << QList<qint64> {1} << QStringList();
        QTest::newRow("voicemail-without-greeting") << fixture([](Fixture& f) {
            f.numbers[0].voiceWorkMode = QStringLiteral("voicemail");
            f.numbers[1].voiceWorkMode = QStringLiteral("voicemail");
            f.numbers[1].voicemailGreeting = QStringLiteral("You reached Acme");
            f.numbers[2].voiceWorkMode = QStringLiteral("voicemail_off_hours");
            f.numbers[2].voiceOffHoursMessage = QStringLiteral("We are closed");
            f.numbers[2].voicemailGreeting = QString(); // set, but empty
        }) << QList<qint64> {1, 3} << QStringList();
        QTest::newRow("duplicate-name") << fixture([](Fixture& f) {
            f.numbers[0].name = QStringLiteral("Support");
            f.numbers[2].name = QStringLiteral(" support ");
            PhoneNumber archived = healthy(4);
            archived.name = QStringLiteral("Line 2");
            archived.isArchived = true;
            f.numbers << archived;
            f.phones << phoneOf(archived);
        }) << QList<qint64> {1, 3} << QStringList();
    }

    // Each rule finds its case and nothing else fires on the fixture.
    void eachRuleFindsItsCase()
    {
        QFETCH(Fixture, fixture);
        QFETCH(QList<qint64>, numbers);
        QFETCH(QStringList, phones);
        const QList<HealthFinding> findings = check(fixture);
        QCOMPARE(findings.size(), 1);
        const HealthFinding& finding = findings.first();
        QCOMPARE(finding.rule, QString::fromLatin1(QTest::currentDataTag()));
        QCOMPARE(finding.numberIds, numbers);
        QStringList found;
        for (const ProviderPhone& phone : finding.phones)
            found << phone.uuid;
        QCOMPARE(found, phones);
        QVERIFY(!finding.title.isEmpty() && finding.explanation.endsWith(QLatin1Char('.')));
    }

    void everyRuleHasACase()
    {
        // The rules in the table are the rows of eachRuleFindsItsCase_data, in the same order.
        QCOMPARE(models::HealthCheck::ruleNames(),
                 QString::fromLatin1("channel-without-capability active-not-linked forwarding-loop phone-unused forward-unknown-plan "
                                     "number-unknown-plan off-hours-without-message voicemail-without-greeting duplicate-name")
                     .split(QLatin1Char(' ')));
    }

    void problemsComeBeforeNotices()
    {
        const QList<HealthFinding> findings = check(fixture([](Fixture& f) {
            f.numbers[0].name = f.numbers[1].name; // a notice, from the last rule
            f.numbers[2].providerPhoneUuid.reset(); // a problem
            f.phones.removeAt(2);
        }));
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].severity, HealthFinding::Severity::Problem);
        QCOMPARE(findings[0].fix, HealthFinding::Fix::Link);
        QCOMPARE(findings[1].rule, QStringLiteral("duplicate-name"));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_health_check.moc"
