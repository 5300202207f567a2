// SPDX-License-Identifier: MIT
// The bulk edit preview over the demo workspace's numbers, as synced from the real server:
// what would change, what is already set, and what the rules would refuse, before anything is sent.
#include "BulkEdit.h"
#include "NumberStore.h"
#include "TestSupport.h"

#include <QTest>

using namespace phonedesk;
using models::BulkEditPreview;
using Outcome = models::BulkEditRow::Outcome;

class TestBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_env.start(), QString()); }

    void aDelayChangesWhereItDiffersAndSkipsWhereItIsSet()
    {
        const QList<api::PhoneNumber> numbers = active();
        const BulkEditPreview preview = BulkEditPreview::of(numbers, {{QStringLiteral("restartDelay"), 900}});
        QVERIFY(preview.error.isEmpty());
        QCOMPARE(preview.rows.size(), numbers.size());
        qsizetype alreadySet = 0;
        for (const models::BulkEditRow& row : preview.rows) {
            if (row.number.restartDelay == 900) {
                ++alreadySet;
                QCOMPARE(row.outcome, Outcome::Skip);
                QCOMPARE(row.alreadySet, QStringList {QStringLiteral("restartDelay")});
                QVERIFY(row.request.isEmpty());
            } else {
                QCOMPARE(row.outcome, Outcome::Change);
                QCOMPARE(row.request.fields, (QJsonObject {{QStringLiteral("restartDelay"), 900}})); // nothing else is sent
            }
        }
        QVERIFY(alreadySet > 0 && alreadySet < numbers.size()); // the demo data has both kinds
        QCOMPARE(preview.count(Outcome::Skip), alreadySet);
    }

    void forwardingWithoutANumberIsRefusedPerNumber()
    {
        const BulkEditPreview preview = BulkEditPreview::of(active(), {{QStringLiteral("voiceWorkMode"), QStringLiteral("always_forward")}});
        qsizetype refused = 0;
        for (const models::BulkEditRow& row : preview.rows) {
            if (row.number.voiceForwardNumber) {
                QVERIFY2(row.outcome != Outcome::Invalid, qPrintable(row.problems.keys().join(QLatin1Char(',')) + QLatin1Char(' ') + row.problems.values().join(QLatin1Char(';'))));
            } else {
                ++refused;
                QCOMPARE(row.outcome, Outcome::Invalid);
                QVERIFY(row.problems.contains(QStringLiteral("voiceForwardNumber")));
            }
        }
        QVERIFY(refused > 0);
        // Setting the forward number in the same edit makes them all valid.
        const BulkEditPreview fixed = BulkEditPreview::of(active(), {{QStringLiteral("voiceWorkMode"), QStringLiteral("always_forward")},
                                                                      {QStringLiteral("voiceForwardNumber"), QStringLiteral("+14155550177")}});
        QCOMPARE(fixed.count(Outcome::Invalid), 0);
    }

    void archivedNumbersAndBadValuesAreRefusedAndNamedFieldsOnly()
    {
        QList<api::PhoneNumber> archived;
        for (const api::PhoneNumber& n : m_env.store->numbers()) {
            if (n.isArchived)
                archived << n;
        }
        QVERIFY(!archived.isEmpty());
        const BulkEditPreview onArchived = BulkEditPreview::of(archived, {{QStringLiteral("enableSms"), true}});
        QCOMPARE(onArchived.count(Outcome::Invalid), archived.size());
        QCOMPARE(onArchived.rows.first().problems.value(QStringLiteral("isArchived")), QStringLiteral("An archived number cannot change."));

        const BulkEditPreview wrongType = BulkEditPreview::of(active(), {{QStringLiteral("restartDelay"), QStringLiteral("soon")}});
        QCOMPARE(wrongType.count(Outcome::Invalid), active().size());

        const BulkEditPreview name = BulkEditPreview::of(active(), {{QStringLiteral("name"), QStringLiteral("All the same")}});
        QVERIFY(name.rows.isEmpty());
        QCOMPARE(name.error, QStringLiteral("name cannot be set on many numbers at once"));
    }

private:
    QList<api::PhoneNumber> active() const
    {
        QList<api::PhoneNumber> numbers;
        for (const api::PhoneNumber& n : m_env.store->numbers()) {
            if (!n.isArchived)
                numbers << n;
        }
        return numbers;
    }

    test::SyncedStore m_env;
};

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "tst_bulk_edit.moc"
