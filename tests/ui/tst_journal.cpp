// SPDX-License-Identifier: MIT
// The change journal: writes made through the dialogs are recorded with the number before and
// after and the server's answer, kept in the cache across restarts, and never hold the token.
#include "api/ApiClient.h"
#include "api/Requests.h"
#include "common/DemoFixture.h"
#include "models/Cache.h"
#include "models/NumberWriter.h"
#include "models/NumberStore.h"
#include "models/PhoneNumberModel.h"
#include "tests/support/TestSupport.h"
#include "ui/ConflictDialog.h"
#include "ui/EditNumberDialog.h"
#include "ui/MessageBar.h"
#include "ui/JournalDialog.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace phonedesk;

class TestJournal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SyncedStore> m_env;

    api::PhoneNumber numberNamed(const QString& name) const
    {
        for (const api::PhoneNumber& n : m_env->store->numbers()) {
            if (n.name == name)
                return n;
        }
        return {};
    }

    // Renames a number through the edit dialog; returns whether the dialog closed (saved).
    bool rename(const api::PhoneNumber& number, const QString& name)
    {
        ui::EditNumberDialog dialog(*m_env->writer, number);
        dialog.show();
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        edit->selectAll();
        QTest::keyClicks(edit, name);
        QSignalSpy journal(&m_env->store->journal(), &models::ChangeJournal::entryAdded);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        [[maybe_unused]] const bool recorded = journal.wait(10000);
        return accepted.count() > 0 || accepted.wait(1000);
    }

    void waitForTheCache()
    {
        QSignalSpy written(m_env->store.get(), &models::NumberStore::cacheWritten);
        QVERIFY(written.wait(10000));
    }

private Q_SLOTS:
    void init() { m_env = std::make_unique<test::SyncedStore>(); }
    void cleanup() { m_env.reset(); }

    void aSavedUpdateIsRecordedWithBeforeAfterAndTheAnswer()
    {
        QCOMPARE(m_env->start(), QString());
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        QVERIFY(rename(main, QStringLiteral("Customer line (24/7)")));
        QCOMPARE(m_env->store->journal().entries().size(), 1);
        const models::JournalEntry& entry = m_env->store->journal().entries().first();
        QCOMPARE(entry.action, models::JournalAction::Update);
        QCOMPARE(entry.numberId, main.id);
        QCOMPARE(entry.phoneNumber, main.phoneNumber);
        QVERIFY(entry.ok);
        QCOMPARE(entry.httpStatus, 200);
        QCOMPARE(entry.sent, (QJsonObject {{QStringLiteral("name"), QStringLiteral("Customer line (24/7)")}}));
        QCOMPARE(entry.before.value(QLatin1String("name")).toString(), QStringLiteral("Main customer line"));
        QCOMPARE(entry.after.value(QLatin1String("name")).toString(), QStringLiteral("Customer line (24/7)"));
        QCOMPARE(entry.changedFields(), QStringList {QStringLiteral("name")});
        QVERIFY(entry.at.isValid());
    }

    void aRefusedWriteIsRecordedWithTheServersMessage()
    {
        QCOMPARE(m_env->start({QStringLiteral("--seed"), QStringLiteral("demo")}, QLatin1String(demo::kWorkspaceUuid),
                              QLatin1String(demo::kReadToken)),
                 QString());
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        QVERIFY(!rename(main, QStringLiteral("Not allowed"))); // a read-only token: 403
        QCOMPARE(m_env->store->journal().entries().size(), 1);
        const models::JournalEntry& entry = m_env->store->journal().entries().first();
        QCOMPARE(entry.action, models::JournalAction::Update);
        QVERIFY(!entry.ok);
        QCOMPARE(entry.httpStatus, 403);
        QVERIFY2(entry.message.contains(QLatin1String("phones:write")), qPrintable(entry.message));
        QVERIFY(entry.after.isEmpty());
        QCOMPARE(entry.sent, (QJsonObject {{QStringLiteral("name"), QStringLiteral("Not allowed")}}));
    }

    void theViewFiltersShowsWhatChangedAndExports()
    {
        QCOMPARE(m_env->start(), QString());
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        QVERIFY(rename(main, QStringLiteral("Customer line (24/7)")));
        // A refused write: the same rename with a token that may only read.
        api::Connection connection = m_env->client->connection();
        connection.token = QLatin1String(demo::kReadToken);
        m_env->client->setConnection(connection);
        QVERIFY(!rename(numberNamed(QStringLiteral("Customer line (24/7)")), QStringLiteral("Refused")));
        QCOMPARE(m_env->store->journal().entries().size(), 2);

        ui::JournalDialog view(*m_env->writer);
        view.show();
        auto* entries = view.findChild<QTableWidget*>(QStringLiteral("entries"));
        auto* diff = view.findChild<QTableWidget*>(QStringLiteral("diff"));
        QCOMPARE(entries->rowCount(), 2);
        QVERIFY(entries->item(0, 3)->text().startsWith(QLatin1String("Failed (403)"))); // newest first
        QCOMPARE(entries->item(1, 3)->text(), QStringLiteral("Done"));

        // The saved update, field by field.
        entries->setCurrentCell(1, 0);
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->item(0, 0)->text(), QStringLiteral("Name")); // as the edit dialog labels it
        QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("Main customer line"));
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("Customer line (24/7)"));

        view.findChild<QCheckBox*>(QStringLiteral("failedOnly"))->setChecked(true);
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(diff->rowCount(), 0); // the selected entry is filtered out
        entries->setCurrentCell(0, 0);
        QCOMPARE(diff->horizontalHeaderItem(2)->text(), QStringLiteral("Sent"));
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("Refused"));
        view.findChild<QCheckBox*>(QStringLiteral("failedOnly"))->setChecked(false);
        view.findChild<QLineEdit*>(QStringLiteral("numberFilter"))->setText(QStringLiteral("+1 999"));
        QCOMPARE(entries->rowCount(), 0);
        view.findChild<QLineEdit*>(QStringLiteral("numberFilter"))->setText(main.phoneNumber.right(4));
        QCOMPARE(entries->rowCount(), 2);
        auto* action = view.findChild<QComboBox*>(QStringLiteral("actionFilter"));
        action->setCurrentIndex(action->findData(int(models::JournalAction::Archive)));
        QCOMPARE(entries->rowCount(), 0);
        action->setCurrentIndex(0);

        // Exports: what is shown, as CSV and as JSON that reads back.
        QTemporaryDir dir;
        QCOMPARE(view.exportTo(dir.filePath(QStringLiteral("journal.csv"))), QString());
        QFile csv(dir.filePath(QStringLiteral("journal.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two entries, the final line end
        QVERIFY(lines.at(0).startsWith("seq,at,action,phoneNumber"));
        QCOMPARE(view.exportTo(dir.filePath(QStringLiteral("journal.json"))), QString());
        QFile json(dir.filePath(QStringLiteral("journal.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1)[QLatin1String("after")][QLatin1String("name")].toString(), QStringLiteral("Customer line (24/7)"));
        QCOMPARE(array.at(0)[QLatin1String("httpStatus")].toInt(), 403);
        // A folder that cannot be written: a clear message, nothing lost.
        QVERIFY(view.exportTo(QStringLiteral("/nonexistent/journal.csv")).startsWith(QLatin1String("Cannot write")));
    }

    // Another admin renames a number: the next sync says so in the window, and the journal lists
    // it under "seen: changed by others", with the name before and after; the app's own write not.
    void whatOthersChangedShowsInTheWindowAndUnderSeen()
    {
        QCOMPARE(m_env->start(), QString());
        ui::installTranslations(QStringLiteral("en"));
        ui::MainWindow window(*m_env->writer);
        window.show();
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        QVERIFY(rename(numberNamed(QStringLiteral("Billing hotline")), QStringLiteral("Billing (ours)")));
        api::ApiClient other;
        other.setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kWriteToken)});
        api::UpdatePhoneNumberRequest theirs;
        theirs.fields.insert(QStringLiteral("name"), QStringLiteral("Renamed by a colleague"));
        QVERIFY(test::finish(other.updatePhoneNumber(QString::number(main.id), theirs)).ok());
        QSignalSpy synced(m_env->store.get(), &models::NumberStore::numbersUpdated);
        m_env->store->refresh();
        QVERIFY(synced.wait(10000));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("statusNote"))->text(),
                 QStringLiteral("1 number changed on the server since the last sync (View → Change journal, “seen”)"));

        ui::JournalDialog view(*m_env->writer);
        view.show();
        auto* entries = view.findChild<QTableWidget*>(QStringLiteral("entries"));
        QCOMPARE(entries->rowCount(), 2);
        auto* action = view.findChild<QComboBox*>(QStringLiteral("actionFilter"));
        action->setCurrentIndex(action->findData(int(models::JournalAction::Seen)));
        QCOMPARE(action->currentText(), QStringLiteral("seen: changed by others"));
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(entries->item(0, 3)->text(), QStringLiteral("Seen at a sync"));
        entries->setCurrentCell(0, 0);
        auto* diff = view.findChild<QTableWidget*>(QStringLiteral("diff"));
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("Main customer line"));
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("Renamed by a colleague"));
    }

    // The diff and Revert follow the visible selection: a filter that hides the selected entry
    // leaves nothing selected and Revert off; one that keeps it keeps it selected.
    void theDiffAndRevertFollowTheVisibleSelection()
    {
        QCOMPARE(m_env->start(), QString());
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        const api::PhoneNumber other = numberNamed(QStringLiteral("London reception"));
        QVERIFY(main.id && other.id);
        QVERIFY(rename(main, QStringLiteral("Customer line (24/7)")));
        QVERIFY(rename(other, QStringLiteral("Reception London")));
        ui::JournalDialog view(*m_env->writer);
        view.show();
        auto* entries = view.findChild<QTableWidget*>(QStringLiteral("entries"));
        auto* diff = view.findChild<QTableWidget*>(QStringLiteral("diff"));
        auto* revert = view.findChild<QPushButton*>(QStringLiteral("revert"));
        auto* filter = view.findChild<QLineEdit*>(QStringLiteral("numberFilter"));
        QCOMPARE(entries->currentRow(), 0); // the newest: London
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("Reception London"));

        filter->setText(main.phoneNumber.right(4)); // London's entry is filtered out
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(entries->currentRow(), -1);
        QVERIFY(entries->selectedItems().isEmpty());
        QCOMPARE(diff->rowCount(), 0);
        QVERIFY(!revert->isEnabled());

        entries->setCurrentCell(0, 0);
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("Customer line (24/7)"));
        QVERIFY(revert->isEnabled());
        filter->setText(main.phoneNumber.right(6)); // still shown: still selected
        QCOMPARE(entries->currentRow(), 0);
        QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("Customer line (24/7)"));
        QTest::mouseClick(revert, Qt::LeftButton);
        auto* edit = view.findChild<ui::EditNumberDialog*>();
        QVERIFY(edit);
        QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Main customer line"));
        delete edit;
    }

    void aRevertSendsBackExactlyTheChangedFieldsAndIsRecorded()
    {
        QCOMPARE(m_env->start(), QString());
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        QVERIFY(rename(main, QStringLiteral("Customer line (24/7)")));
        ui::JournalDialog view(*m_env->writer);
        view.show();
        auto* revert = view.findChild<QPushButton*>(QStringLiteral("revert"));
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        auto* edit = view.findChild<ui::EditNumberDialog*>();
        QVERIFY(edit);
        QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Main customer line"));
        QSignalSpy accepted(edit, &QDialog::accepted);
        QTest::mouseClick(edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(numberNamed(QStringLiteral("Main customer line")).id, main.id);
        QCOMPARE(m_env->store->journal().entries().size(), 2);
        const models::JournalEntry& last = m_env->store->journal().entries().last();
        QCOMPARE(last.action, models::JournalAction::Revert);
        QCOMPARE(last.sent, (QJsonObject {{QStringLiteral("name"), QStringLiteral("Main customer line")}}));
        QVERIFY(last.ok);
        // The view lists the revert at the top; an archive would offer none.
        QTRY_COMPARE(view.findChild<QTableWidget*>(QStringLiteral("entries"))->item(0, 1)->text(), QStringLiteral("revert"));
    }

    void aWriteCancelledBeforeTheAnswerIsRecordedAsUncertain()
    {
        QCOMPARE(m_env->start(), QString());
        test::RawPeer silent {QByteArray()}; // takes the request, never answers
        api::ApiClient slow;
        slow.setConnection({silent.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        models::NumberWriter writer(slow, *m_env->store);
        const api::PhoneNumber number = numberNamed(QStringLiteral("Support - Tier 1"));
        QPointer<models::NumberWrite> write = writer.archive(number);
        QSignalSpy finished(write, &models::NumberWrite::finished);
        QTRY_VERIFY(silent.received.contains("/archive"));
        write->cancel(); // e.g. the dialog closed while the archive was on its way
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_env->store->journal().entries().size(), 1);
        const models::JournalEntry entry = m_env->store->journal().entries().first();
        QCOMPARE(entry.action, models::JournalAction::Archive);
        QVERIFY(!entry.ok);
        QCOMPARE(entry.httpStatus, 0);
        QCOMPARE(entry.message, QStringLiteral("Cancelled before the server answered; it may have applied the change. Refresh (F5) to see."));
    }

    void aProfileSwitchStopsTheOldProfilesWriteAndJournalsItThere()
    {
        QCOMPARE(m_env->start(), QString());
        test::RawPeer silent {QByteArray()};
        api::ApiClient slow;
        slow.setConnection({silent.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        models::NumberWriter writer(slow, *m_env->store);
        QPointer<models::NumberWrite> write = writer.archive(numberNamed(QStringLiteral("Support - Tier 1")));
        QSignalSpy finished(write, &models::NumberWrite::finished);
        QTRY_VERIFY(silent.received.contains("/archive"));
        m_env->store->openProfile(QStringLiteral("another")); // the archive must not go on for it
        QCOMPARE(finished.size(), 1);
        QVERIFY(m_env->store->journal().entries().isEmpty()); // the new profile's journal
        waitForTheCache();
        const QList<models::JournalEntry> old = m_env->cache->journal(QStringLiteral("p"));
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().action, models::JournalAction::Archive);
        QVERIFY(old.first().message.startsWith(QLatin1String("Cancelled before the server answered")));
    }

    void closingTheEditDialogBeforeTheAnswerSendsNothing()
    {
        QCOMPARE(m_env->start(), QString());
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        ui::EditNumberDialog dialog(*m_env->writer, main);
        dialog.show();
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Not wanted"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTest::keyClick(&dialog, Qt::Key_Escape); // before the number was even fetched again
        QVERIFY(!dialog.isVisible());
        QVERIFY(m_env->store->journal().entries().isEmpty()); // nothing was sent, nothing to record
        api::PhoneNumber now;
        api::PhoneNumberCall* call = m_env->client->getPhoneNumber(QString::number(main.id));
        connect(call, &api::ApiCall::finished, this, [&] { now = call->value(); });
        QVERIFY(test::finish(call).ok());
        QCOMPARE(now.name, QStringLiteral("Main customer line"));
    }

    void aRevertAfterSomeoneElseChangedTheFieldShowsTheConflict()
    {
        QCOMPARE(m_env->start(), QString());
        QVERIFY(rename(numberNamed(QStringLiteral("Main customer line")), QStringLiteral("Mine")));
        api::ApiClient other;
        other.setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kWriteToken)});
        api::UpdatePhoneNumberRequest theirs;
        theirs.fields = {{QStringLiteral("name"), QStringLiteral("Theirs")}};
        QVERIFY(test::finish(other.updatePhoneNumber(QString::number(numberNamed(QStringLiteral("Mine")).id), theirs)).ok());
        ui::JournalDialog view(*m_env->writer);
        view.show();
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("revert")), Qt::LeftButton);
        auto* edit = view.findChild<ui::EditNumberDialog*>();
        QVERIFY(edit);
        QTest::mouseClick(edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(edit->findChild<ui::ConflictDialog*>(), 10000);
        QCOMPARE(edit->findChild<ui::ConflictDialog*>()->conflicting(), QStringList {QStringLiteral("name")});
    }

    // Writes made here after the edit (a link and an unlink) are not "someone else's": the
    // revert compares only the fields it sends back, and goes through (16.5).
    void aRevertAfterThisAppsOwnLaterWritesGoesThrough()
    {
        QCOMPARE(m_env->start(), QString());
        QVERIFY(rename(numberNamed(QStringLiteral("Support - Tier 1")), QStringLiteral("Tier 1 (renamed)")));
        const std::optional<api::ProviderPhone> spare = test::spareProviderPhone(*m_env->client);
        QVERIFY(spare);
        QVERIFY(test::writeDone(m_env->writer->link(numberNamed(QStringLiteral("Tier 1 (renamed)")), spare->uuid)));
        QVERIFY(test::writeDone(m_env->writer->link(numberNamed(QStringLiteral("Tier 1 (renamed)")), std::nullopt)));

        ui::JournalDialog view(*m_env->writer);
        view.show();
        auto* entries = view.findChild<QTableWidget*>(QStringLiteral("entries"));
        QCOMPARE(entries->item(2, 1)->text(), QStringLiteral("update"));
        entries->selectRow(2);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("revert")), Qt::LeftButton);
        auto* edit = view.findChild<ui::EditNumberDialog*>();
        QVERIFY(edit);
        QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Support - Tier 1"));
        QSignalSpy accepted(edit, &QDialog::accepted);
        QTest::mouseClick(edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(accepted.wait(10000), "the revert did not go through");
        QVERIFY(!edit->findChild<ui::ConflictDialog*>());
        QCOMPARE(m_env->store->journal().entries().last().action, models::JournalAction::Revert);
        QCOMPARE(m_env->store->journal().entries().last().sent, (QJsonObject {{QStringLiteral("name"), QStringLiteral("Support - Tier 1")}}));
        QVERIFY(numberNamed(QStringLiteral("Support - Tier 1")).id != 0);
    }

    // A field changed again after the entry being reverted: the revert says it replaces that too.
    void aRevertSaysWhatWasChangedAgainSince()
    {
        QCOMPARE(m_env->start(), QString());
        QVERIFY(rename(numberNamed(QStringLiteral("Support - Tier 1")), QStringLiteral("Second")));
        QVERIFY(rename(numberNamed(QStringLiteral("Second")), QStringLiteral("Third")));
        ui::JournalDialog view(*m_env->writer);
        view.show();
        auto* entries = view.findChild<QTableWidget*>(QStringLiteral("entries"));
        entries->selectRow(1); // the first rename
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("revert")), Qt::LeftButton);
        auto* edit = view.findChild<ui::EditNumberDialog*>();
        QVERIFY(edit);
        QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Support - Tier 1"));
        const QString info = edit->findChild<ui::MessageBar*>()->text();
        QVERIFY2(info.contains(QStringLiteral("Changed again since that entry: Name.")), qPrintable(info));
        // Nothing touched: Cancel closes without asking.
        QTest::mouseClick(edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!edit->isVisible());
    }

    void theDetailPanelShowsTheNumbersHistory()
    {
        QCOMPARE(m_env->start(), QString());
        const api::PhoneNumber main = numberNamed(QStringLiteral("Main customer line"));
        ui::MainWindow window(*m_env->writer);
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("numbersTable"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(models::PhoneNumberModel::IdRole).toLongLong() == main.id)
                table->setCurrentIndex(table->model()->index(row, 0));
        }
        auto* history = window.findChild<QLabel*>(QStringLiteral("historyValue"));
        QVERIFY(history->text().startsWith(QLatin1String("No change made from PhoneDesk yet")));
        QVERIFY(rename(main, QStringLiteral("Customer line (24/7)")));
        QTRY_VERIFY2(history->text().endsWith(QStringLiteral(" — Changed Name")), qPrintable(history->text()));
        // Field labels, never the wire's names (16.6): a create says briefly what it set, an
        // archive neither its timestamps nor isArchived.
        const std::optional<api::ProviderPhone> spare = test::spareProviderPhone(*m_env->client);
        QVERIFY(spare);
        api::CreatePhoneNumberRequest request;
        request.name = QStringLiteral("Fresh line");
        request.providerPhoneUuid = spare->uuid;
        QVERIFY(test::writeDone(m_env->writer->create(request)));
        const qint64 fresh = numberNamed(QStringLiteral("Fresh line")).id;
        QVERIFY(fresh != 0);
        QVERIFY(test::writeDone(m_env->writer->archive(numberNamed(QStringLiteral("Fresh line")))));
        QCOMPARE(m_env->store->journal().historyOf(fresh).size(), 2);
        window.findChild<QComboBox*>(QStringLiteral("archivedFilter"))->setCurrentIndex(2); // All
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(models::PhoneNumberModel::IdRole).toLongLong() == fresh)
                table->setCurrentIndex(table->model()->index(row, 0));
        }
        const QStringList shown = history->text().split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.at(0).endsWith(QStringLiteral(" — Archived")), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).endsWith(QStringLiteral(" — Created as “Fresh line” from a provider phone")), qPrintable(shown.at(1)));
        for (const char* wire : {"archivedAt", "isArchived", "workspaceUuid", "allowSignup", "T"})
            QVERIFY2(!history->text().contains(QLatin1String(wire)), wire);
    }

    void theJournalSurvivesARestartAndNeverHoldsTheToken()
    {
        QCOMPARE(m_env->start(), QString());
        QVERIFY(rename(numberNamed(QStringLiteral("Main customer line")), QStringLiteral("First")));
        QVERIFY(rename(numberNamed(QStringLiteral("First")), QStringLiteral("Second")));
        waitForTheCache();
        QCOMPARE(m_env->store->cacheProblem(), QString());
        const QList<models::JournalEntry> recorded = m_env->store->journal().entries();
        QCOMPARE(recorded.size(), 2);

        // A new start on the same file: the same entries, in order.
        models::Cache again(m_env->cache->path());
        QCOMPARE(again.open(), QString());
        QCOMPARE(again.journal(QStringLiteral("p")), recorded);
        api::ApiClient offline;
        models::NumberStore store(again, offline, models::systemClock());
        store.openProfile(QStringLiteral("p"));
        QCOMPARE(store.journal().entries(), recorded);

        // Canary: the token is in no file the cache wrote.
        const QDir folder = QFileInfo(m_env->cache->path()).dir();
        for (const QString& name : folder.entryList(QDir::Files)) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(demo::kAdminToken), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"
