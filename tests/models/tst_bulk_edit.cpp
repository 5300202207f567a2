// SPDX-License-Identifier: MIT
// The bulk edit preview over the demo workspace's numbers, as synced from the real server:
// what would change, what is already set, and what the rules would refuse, before anything is sent.
#include "api/ApiClient.h"
#include "models/BulkApply.h"
#include "models/BulkEdit.h"
#include "models/NumberStore.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
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

    // 229 numbers (the demo's and 200 generated): some already at the value, some refused by
    // the preview, one changed by another admin after the preview.
    void applySendsEachChangeOnceLeavesNumbersChangedMeanwhileAndJournalsIt()
    {
        test::SyncedStore env;
        QCOMPARE(env.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("200")}), QString());
        const QJsonObject set {{QStringLiteral("restartDelay"), 900}, {QStringLiteral("enableSms"), true}};
        const BulkEditPreview preview = BulkEditPreview::of(env.store->numbers(), set);
        QVERIFY(preview.count(Outcome::Change) > 20); // 47 here: most generated numbers already match
        QVERIFY(preview.count(Outcome::Skip) > 0);
        QVERIFY(preview.count(Outcome::Invalid) > 0); // the archived ones
        QVERIFY(preview.count(Outcome::Skip) + preview.count(Outcome::Change) + preview.count(Outcome::Invalid) == preview.rows.size());
        qint64 theirs = 0;
        for (const models::BulkEditRow& row : preview.rows) {
            if (row.outcome == Outcome::Change) {
                theirs = row.number.id;
                break;
            }
        }
        api::UpdatePhoneNumberRequest rename;
        rename.fields = {{QStringLiteral("name"), QStringLiteral("Renamed by someone else")}};
        QVERIFY(test::finish(env.client->updatePhoneNumber(QString::number(theirs), rename)).ok());

        models::BulkApply apply(*env.writer, preview.rows, models::JournalAction::Update, 4);
        QSignalSpy finished(&apply, &models::BulkApply::finished);
        QSignalSpy progress(&apply, &models::BulkApply::progress);
        apply.start();
        QVERIFY(finished.wait(60000));
        const int total = int(preview.count(Outcome::Change));
        QCOMPARE(progress.last().at(0).toInt(), total);
        int done = 0;
        for (int row = 0; row < apply.rows().size(); ++row) {
            const bool isTheirs = apply.rows().at(row).number.id == theirs;
            QCOMPARE(apply.results().at(row).result, isTheirs ? models::BulkApply::Result::ChangedMeanwhile : models::BulkApply::Result::Done);
            done += isTheirs ? 0 : 1;
        }
        // The server holds the values; the number changed meanwhile kept its delay and got no update.
        for (const api::PhoneNumber& n : env.store->numbers()) {
            const bool changed = std::any_of(apply.rows().cbegin(), apply.rows().cend(), [&](const models::BulkEditRow& r) { return r.number.id == n.id; });
            if (changed && n.id != theirs) {
                QCOMPARE(n.restartDelay, 900);
                QVERIFY(n.enableSms);
            }
            if (n.id == theirs)
                QCOMPARE(n.name, QStringLiteral("Renamed by someone else"));
        }
        QCOMPARE(env.store->journal().entries().size(), done); // one entry per update sent
        for (const models::JournalEntry& entry : env.store->journal().entries()) {
            QVERIFY(entry.ok && !entry.sent.isEmpty());
            for (const QString& field : entry.sent.keys())
                QVERIFY2(set.contains(field), qPrintable(field)); // only the fields being set are sent
        }

        // Undo: every number changed gets back the values of exactly the fields the edit changed,
        // except one another admin changed after the edit, which is left as they made it.
        const QList<models::BulkEditRow> undo = apply.undoRows();
        QCOMPARE(undo.size(), done);
        const qint64 touchedSince = undo.last().number.id;
        api::UpdatePhoneNumberRequest theirDelay;
        theirDelay.fields = {{QStringLiteral("restartDelay"), 60}};
        QVERIFY(test::finish(env.client->updatePhoneNumber(QString::number(touchedSince), theirDelay)).ok());
        models::BulkApply revert(*env.writer, undo, models::JournalAction::Revert, 4);
        QSignalSpy reverted(&revert, &models::BulkApply::finished);
        revert.start();
        QVERIFY(reverted.wait(60000));
        QCOMPARE(revert.count(models::BulkApply::Result::Done), done - 1);
        QCOMPARE(revert.results().last().result, models::BulkApply::Result::ChangedMeanwhile);
        QHash<qint64, api::PhoneNumber> server; // the store holds the server's answers
        for (const api::PhoneNumber& n : env.store->numbers())
            server.insert(n.id, n);
        for (const models::BulkEditRow& before : apply.rows()) {
            if (before.number.id == theirs)
                continue;
            const api::PhoneNumber now = server.value(before.number.id);
            QCOMPARE(now.restartDelay, before.number.id == touchedSince ? 60 : before.number.restartDelay);
            if (before.number.id != touchedSince)
                QCOMPARE(now.enableSms, before.number.enableSms);
        }
        QTRY_COMPARE(env.store->journal().entries().size(), 2 * done - 1);
        QCOMPARE(env.store->journal().entries().last().action, models::JournalAction::Revert);
    }

    void cancelStopsSendingAndMarksTheRest()
    {
        test::SyncedStore env;
        QCOMPARE(env.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("100")}), QString());
        const BulkEditPreview preview = BulkEditPreview::of(env.store->numbers(), {{QStringLiteral("restartDelay"), 901}});
        models::BulkApply apply(*env.writer, preview.rows, models::JournalAction::Update, 2);
        QSignalSpy finished(&apply, &models::BulkApply::finished);
        apply.start();
        apply.cancel(); // two are in flight; the rest are never sent
        QVERIFY(finished.wait(30000));
        int cancelled = 0;
        for (const models::BulkApply::RowResult& r : apply.results())
            cancelled += r.result == models::BulkApply::Result::Cancelled ? 1 : 0;
        QCOMPARE(cancelled, int(apply.rows().size()) - 2);
        QCOMPARE(env.store->journal().entries().size(), 2);
    }

    void aRejectedTokenIsRenewedOnceAndEveryUpdateIsSentAgain()
    {
        test::SyncedStore env;
        QCOMPARE(env.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("20")}), QString());
        const BulkEditPreview preview = BulkEditPreview::of(env.store->numbers(), {{QStringLiteral("restartDelay"), 902}});
        const int changes = int(preview.count(Outcome::Change));
        QVERIFY(changes > 8);
        // The token was revoked meanwhile; the user types the new one once.
        env.client->setConnection({env.server->url(), QLatin1String(demo::kWorkspaceUuid), QStringLiteral("revoked")});
        test::TokenAnswers answers([](const QString&) { return std::optional<QString>(QLatin1String(demo::kAdminToken)); });
        env.store->tokenRenewal().setProvider(&answers);
        models::BulkApply apply(*env.writer, preview.rows, models::JournalAction::Update, 4);
        QSignalSpy finished(&apply, &models::BulkApply::finished);
        apply.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(apply.count(models::BulkApply::Result::Done), changes);
        QCOMPARE(answers.asked, 1); // four requests were in flight: one question
        QCOMPARE(env.store->journal().entries().size(), changes);
        for (const models::BulkEditRow& row : apply.rows()) {
            api::PhoneNumber now;
            api::PhoneNumberCall* call = env.client->getPhoneNumber(QString::number(row.number.id));
            connect(call, &api::ApiCall::finished, this, [&] { now = call->value(); });
            QVERIFY(test::finish(call).ok());
            QCOMPARE(now.restartDelay, 902);
        }
    }

    void decliningANewTokenFailsTheRunWithoutAskingAgain()
    {
        test::SyncedStore env;
        QCOMPARE(env.start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("20")}), QString());
        const BulkEditPreview preview = BulkEditPreview::of(env.store->numbers(), {{QStringLiteral("restartDelay"), 903}});
        env.client->setConnection({env.server->url(), QLatin1String(demo::kWorkspaceUuid), QStringLiteral("revoked")});
        test::TokenAnswers answers([](const QString&) { return std::optional<QString>(); });
        env.store->tokenRenewal().setProvider(&answers);
        models::BulkApply apply(*env.writer, preview.rows, models::JournalAction::Update, 4);
        QSignalSpy finished(&apply, &models::BulkApply::finished);
        apply.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(apply.count(models::BulkApply::Result::Failed), apply.rows().size());
        QCOMPARE(answers.asked, 1);
        QVERIFY(env.store->journal().entries().isEmpty()); // no update was sent: each stopped at its fetch
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
