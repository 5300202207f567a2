// SPDX-License-Identifier: MIT
// Bulk edit and bulk archive as an admin uses them, against the real server: select after a
// search, preview, apply with another admin editing meanwhile, undo; archive only what nothing
// blocks, after typing the count.
#include "api/ApiClient.h"
#include "api/Requests.h"
#include "models/BulkArchive.h"
#include "models/BulkRowsModel.h"
#include "models/NumberStore.h"
#include "tests/support/TestSupport.h"
#include "ui/BulkArchiveDialog.h"
#include "ui/BulkEditDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SearchField.h"

#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace phonedesk;
using Outcome = models::BulkEditRow::Outcome;
using Column = models::BulkRowsModel::Column;

class TestBulkDialogs : public QObject
{
    Q_OBJECT

private:
    const QString kLog = QStringLiteral("--log-requests"); // the server prints each request
    std::unique_ptr<test::SyncedStore> m_env;

    // The numbers as the server holds them now, read with another admin's token.
    QHash<qint64, api::PhoneNumber> serverNumbers(api::ApiClient& other)
    {
        QHash<qint64, api::PhoneNumber> byId;
        api::PhoneNumberListCall* list = other.listPhoneNumbers();
        connect(list, &api::ApiCall::finished, this, [&] {
            for (const api::PhoneNumber& n : list->value())
                byId.insert(n.id, n);
        });
        [[maybe_unused]] const api::ApiError error = test::finish(list);
        return byId;
    }

    void connectOther(api::ApiClient& other)
    {
        other.setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kWriteToken)});
    }

private Q_SLOTS:
    void init() { m_env = std::make_unique<test::SyncedStore>(); }
    void cleanup() { m_env.reset(); }

    void twoHundredNumbersFoundBySearchAreEditedThenTheEditIsUndone()
    {
        QCOMPARE(m_env->start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("200"), kLog}), QString());
        ui::MainWindow window(*m_env->writer);
        window.show();
        auto* bulkEdit = window.findChild<QAction*>(QStringLiteral("bulkEditAction"));
        QVERIFY(!bulkEdit->isEnabled()); // nothing selected yet
        QCOMPARE(bulkEdit->toolTip(), QStringLiteral("Select the numbers first (Ctrl+A selects all shown)."));

        // The generated numbers are the +1 628 ones: search, then select all that is shown.
        QTest::keyClicks(window.findChild<ui::SearchField*>(QStringLiteral("searchField")), QStringLiteral("+1628"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("numbersTable"));
        QTRY_COMPARE(table->model()->rowCount(), 200);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(bulkEdit->isEnabled());
        bulkEdit->trigger();
        auto* dialog = window.findChild<ui::BulkEditDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Bulk edit 200 numbers"));

        // Forwarding needs a forward number: the numbers without one are refused. Those that
        // forward already and have WhatsApp on are skipped; the others get WhatsApp.
        dialog->setField(QStringLiteral("voiceWorkMode"), QStringLiteral("always_forward"));
        dialog->setField(QStringLiteral("enableWhatsApp"), true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
        QCOMPARE(m_env->server->outputLines().filter(QStringLiteral("PUT ")).size(), 0); // no Apply before a preview
        dialog->showPreview();
        const models::BulkEditPreview preview = dialog->preview();
        QCOMPARE(preview.rows.size(), 200);
        const qsizetype changes = preview.count(Outcome::Change);
        QVERIFY(changes > 1);
        QVERIFY(preview.count(Outcome::Skip) > 0);
        QVERIFY(preview.count(Outcome::Invalid) > 0);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text(),
                 QStringLiteral("%1 will change, %2 already set, %3 refused.")
                     .arg(changes).arg(preview.count(Outcome::Skip)).arg(preview.count(Outcome::Invalid)));
        models::BulkRowsModel* rows = dialog->table();
        int theirs = -1; // the row another admin changes after the preview
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString plan = rows->row(row).plan;
            switch (preview.rows.at(row).outcome) {
            case Outcome::Change:
                QCOMPARE(plan, QStringLiteral("WhatsApp: No → Yes; already set: Voice work mode"));
                theirs = theirs < 0 ? row : theirs;
                break;
            case Outcome::Skip: QCOMPARE(plan, QStringLiteral("Nothing to change: already set")); break;
            case Outcome::Invalid: QVERIFY2(plan.startsWith(QLatin1String("Refused: ")), qPrintable(plan)); break;
            case Outcome::Create: QFAIL("a bulk edit creates nothing");
            }
        }
        api::ApiClient other;
        connectOther(other);
        const QHash<qint64, api::PhoneNumber> before = serverNumbers(other);
        api::UpdatePhoneNumberRequest voicemail;
        voicemail.fields = {{QStringLiteral("voiceWorkMode"), QStringLiteral("voicemail")}};
        const qint64 theirId = preview.rows.at(theirs).number.id;
        QVERIFY(test::finish(other.updatePhoneNumber(QString::number(theirId), voicemail)).ok());

        auto* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QVERIFY(!undo->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), 60000);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text(),
                 QStringLiteral("%1 changed, 1 left alone (changed since the preview), 0 failed, 0 not sent.").arg(changes - 1));
        // One update per number that needed one, except the number changed meanwhile: the other
        // admin's update and ours make `changes`.
        QTRY_COMPARE(m_env->server->outputLines().filter(QStringLiteral("PUT ")).size(), changes);

        const QHash<qint64, api::PhoneNumber> after = serverNumbers(other);
        for (int row = 0; row < rows->rowCount(); ++row) {
            const models::BulkEditRow& planned = preview.rows.at(row);
            const api::PhoneNumber& now = after.value(planned.number.id);
            if (planned.number.id == theirId) {
                QCOMPARE(rows->row(row).result, QStringLiteral("Left alone: changed on the server since the preview"));
                QCOMPARE(now.voiceWorkMode, QStringLiteral("voicemail"));
            } else if (planned.outcome == Outcome::Change) {
                QCOMPARE(rows->row(row).result, QStringLiteral("Done"));
                QVERIFY(now.enableWhatsApp);
            } else {
                QCOMPARE(rows->row(row).result, planned.outcome == Outcome::Skip ? QStringLiteral("Skipped: already set") : QStringLiteral("Not sent: refused"));
                QCOMPARE(now, before.value(planned.number.id)); // untouched
            }
        }
        QTRY_COMPARE(m_env->store->journal().entries().size(), changes - 1);
        for (const models::JournalEntry& entry : m_env->store->journal().entries()) {
            QCOMPARE(entry.action, models::JournalAction::Update);
            QCOMPARE(entry.sent, (QJsonObject {{QStringLiteral("enableWhatsApp"), true}}));
            QVERIFY(!QJsonDocument(entry.after).toJson().contains(demo::kAdminToken));
        }

        // Undo: everything the edit changed goes back, except what another admin changed since.
        const qint64 touched = [&] {
            for (const models::BulkEditRow& r : preview.rows) {
                if (r.outcome == Outcome::Change && r.number.id != theirId)
                    return r.number.id;
            }
            return qint64(0);
        }();
        api::UpdatePhoneNumberRequest delay;
        delay.fields = {{QStringLiteral("restartDelay"), 120}};
        QVERIFY(test::finish(other.updatePhoneNumber(QString::number(touched), delay)).ok());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text().startsWith(QLatin1String("Undo:")), 60000);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text(),
                 QStringLiteral("Undo: %1 reverted, 1 left alone (changed since), 0 failed, 0 not sent.").arg(changes - 2));
        const QHash<qint64, api::PhoneNumber> undone = serverNumbers(other);
        for (const models::BulkEditRow& planned : preview.rows) {
            if (planned.outcome != Outcome::Change || planned.number.id == theirId)
                continue;
            const api::PhoneNumber& now = undone.value(planned.number.id);
            QCOMPARE(now.enableWhatsApp, planned.number.id == touched); // left on where changed since
        }
        QTRY_COMPARE(m_env->store->journal().entries().size(), 2 * (changes - 1) - 1);
        QCOMPARE(m_env->store->journal().entries().last().action, models::JournalAction::Revert);
    }

    void aValueThatIsNotANumberIsRefusedBeforeThePreviewAndKept()
    {
        QCOMPARE(m_env->start(), QString());
        ui::BulkEditDialog dialog(*m_env->writer, m_env->store->numbers());
        dialog.show();
        dialog.setField(QStringLiteral("restartDelay"), QStringLiteral("soon"));
        dialog.showPreview();
        QCOMPARE(dialog.findChild<ui::MessageBar*>()->text(), QStringLiteral("Restart delay (seconds): A whole number, or empty for none."));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("restartDelay"))->text(), QStringLiteral("soon"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());

        // A forward number as people write it is read, not refused; one that is none is refused in words.
        dialog.setField(QStringLiteral("restartDelay"), QStringLiteral("60"));
        dialog.setField(QStringLiteral("smsForwardNumber"), QStringLiteral("+1 415 555 0188"));
        dialog.showPreview();
        QCOMPARE(dialog.findChild<ui::MessageBar*>()->text(), QString());
        QVERIFY(dialog.table()->rowCount() > 0);
        QVERIFY2(dialog.table()->index(0, 2).data().toString().contains(QStringLiteral("→ +14155550188")),
                 qPrintable(dialog.table()->index(0, 2).data().toString()));
        dialog.setField(QStringLiteral("smsForwardNumber"), QStringLiteral("0188"));
        dialog.showPreview();
        QVERIFY2(dialog.findChild<ui::MessageBar*>()->text().startsWith(QStringLiteral("SMS forward number: Not a phone number")),
                 qPrintable(dialog.findChild<ui::MessageBar*>()->text()));
        QCOMPARE(ui::fieldNoteText(dialog.findChild<QLineEdit*>(QStringLiteral("smsForwardNumber"))),
                 ui::fieldError(dialog.findChild<QLineEdit*>(QStringLiteral("smsForwardNumber"))));

        auto* fresh = new ui::BulkEditDialog(*m_env->writer, m_env->store->numbers());
        fresh->show();
        fresh->showPreview(); // nothing ticked
        QCOMPARE(fresh->findChild<ui::MessageBar*>()->text(), QStringLiteral("Tick at least one field to set."));
        delete fresh;
    }

    void bulkArchiveArchivesOnlyUnblockedNumbersAfterTheCountIsTyped()
    {
        QCOMPARE(m_env->start({QStringLiteral("--seed"), QStringLiteral("demo"), kLog}), QString());
        QList<api::PhoneNumber> chosen;
        for (const api::PhoneNumber& n : m_env->store->numbers()) {
            if (!n.isArchived && chosen.size() < 8)
                chosen << n; // number 1 among them: a workflow and an event rule use it
        }
        QCOMPARE(chosen.first().id, 1);
        ui::BulkArchiveDialog dialog(*m_env->writer, chosen);
        dialog.show();
        auto* summary = dialog.findChild<QLabel*>(QStringLiteral("bulkSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("can be archived")), 20000);
        models::BulkArchive* operation = dialog.operation();
        const int ready = operation->count(models::BulkArchive::State::Ready);
        QVERIFY(ready > 0 && ready < chosen.size());
        QCOMPARE(dialog.table()->row(0).plan, QStringLiteral("Stays: used by workflow Main IVR (#1), event rule Missed call to Slack #care (#1)"));
        QCOMPARE(m_env->server->outputLines().filter(QStringLiteral("/archive ")).size(), 0);

        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("archiveButton"));
        auto* confirmation = dialog.findChild<QLineEdit*>(QStringLiteral("confirmation"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(confirmation, QString::number(ready + 1));
        QVERIFY(!button->isEnabled()); // a wrong count archives nothing
        confirmation->clear();
        QTest::keyClicks(confirmation, QString::number(ready));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::mouseClick(button, Qt::LeftButton); // a second click sends nothing more
        QTRY_COMPARE_WITH_TIMEOUT(summary->text(), QStringLiteral("%1 archived, 0 failed, 0 not sent.").arg(ready), 20000);
        QTRY_COMPARE(m_env->server->outputLines().filter(QStringLiteral("/archive ")).size(), ready);

        api::ApiClient other;
        connectOther(other);
        const QHash<qint64, api::PhoneNumber> now = serverNumbers(other);
        for (int row = 0; row < chosen.size(); ++row) {
            const bool wasReady = operation->rows().at(row).state == models::BulkArchive::State::Archived;
            QCOMPARE(now.value(chosen.at(row).id).isArchived, wasReady);
            QCOMPARE(dialog.table()->row(row).result, wasReady ? QStringLiteral("Archived") : QString());
        }
        QTRY_COMPARE(m_env->store->journal().entries().size(), ready);
        for (const models::JournalEntry& entry : m_env->store->journal().entries())
            QVERIFY(entry.action == models::JournalAction::Archive && entry.ok);
    }
};

QTEST_MAIN(TestBulkDialogs)
#include "tst_bulk_dialogs.moc"
