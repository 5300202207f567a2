// SPDX-License-Identifier: MIT
// View > Health against the real demo server: the status bar's count, the findings, and each
// kind of fix followed through to the finding going away; a read-only token may look but not
// fix; offline, the cache is checked.
#include "api/ApiClient.h"
#include "api/Requests.h"
#include "common/PhoneFormat.h"
#include "models/HealthCheck.h"
#include "models/HealthMonitor.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "tests/support/TestSupport.h"
#include "ui/BulkEditDialog.h"
#include "ui/HealthDialog.h"
#include "ui/LinkDialog.h"
#include "ui/MainWindow.h"
#include "ui/SearchField.h"
#include "ui/Translations.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace phonedesk;
using models::HealthFinding;

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(QStringLiteral("en")); } // as the app: English plurals

    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start(), QString());
    }

    void cleanup()
    {
        m_window.reset();
        m_env.reset();
    }

    void theStatusBarCountsTheProblemsAndOpensTheirList()
    {
        openWindow();
        // The demo workspace has active numbers linked to no provider phone: problems.
        const QList<HealthFinding> expected = findingsNow();
        qsizetype problems = 0;
        for (const HealthFinding& f : expected)
            problems += f.severity == HealthFinding::Severity::Problem ? f.count() : 0;
        QVERIFY(problems > 0);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("healthLabel"));
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("<a href=\"health\">%1 problems</a>").arg(problems));

        Q_EMIT label->linkActivated(QStringLiteral("health")); // a click on the link
        ui::HealthDialog* dialog = m_window->findChild<ui::HealthDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* findings = dialog->findChild<QTableWidget*>(QStringLiteral("findings"));
        QCOMPARE(findings->rowCount(), expected.size());
        for (int row = 0; row < findings->rowCount(); ++row) {
            QCOMPARE(findings->item(row, 1)->text(), expected.at(row).title);
            QCOMPARE(findings->item(row, 2)->text(), QString::number(expected.at(row).count()));
        }
        QCOMPARE(findings->item(0, 0)->text(), QStringLiteral("Problem"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("healthSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Problems: %1 · warnings: ").arg(problems)));
        // Once open, the action raises the same window rather than a second one.
        action("healthAction")->trigger();
        QCOMPARE(m_window->findChildren<ui::HealthDialog*>().size(), 1);
    }

    void aBulkEditFixOpensTheNumbersPreselectedAndTheFindingGoes()
    {
        openWindow();
        ui::HealthDialog* dialog = health();
        QVERIFY(dialog);
        QVERIFY(showRule(dialog, "voicemail-without-greeting"));
        const QStringList affected = lines(dialog);
        QVERIFY(!affected.isEmpty());
        auto* fix = dialog->findChild<QPushButton*>(QStringLiteral("fixButton"));
        QCOMPARE(fix->text(), affected.size() == 1 ? QStringLiteral("&Bulk edit this number…")
                                                   : QStringLiteral("&Bulk edit these %1 numbers…").arg(affected.size()));
        QTest::mouseClick(fix, Qt::LeftButton);
        auto* bulk = m_window->findChild<ui::BulkEditDialog*>();
        QVERIFY(bulk);
        QCOMPARE(bulk->windowTitle(), affected.size() == 1 ? QStringLiteral("Bulk edit 1 number")
                                                           : QStringLiteral("Bulk edit %1 numbers").arg(affected.size()));
        bulk->setField(QStringLiteral("voicemailGreeting"), QStringLiteral("You have reached Acme. Please leave a message."));
        bulk->showPreview();
        QCOMPARE(bulk->preview().count(models::BulkEditRow::Outcome::Change), affected.size());
        QTest::mouseClick(bulk->findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
        // The health view follows the writes: the rule found nothing more.
        QTRY_VERIFY_WITH_TIMEOUT(!hasRule(dialog, "voicemail-without-greeting"), 30000);
        QCOMPARE(m_window->selectedNumbers().size(), affected.size());
        for (const api::PhoneNumber& n : m_window->selectedNumbers())
            QCOMPARE(n.voicemailGreeting, QStringLiteral("You have reached Acme. Please leave a message."));
    }

    void aLinkFixOpensTheLinkDialogForTheFirstNumber()
    {
        openWindow();
        ui::HealthDialog* dialog = health();
        QVERIFY(dialog);
        QVERIFY(showRule(dialog, "active-not-linked"));
        const QStringList before = lines(dialog);
        QVERIFY(before.size() > 1);
        const QList<qint64> unlinked = finding(findingsNow(), "active-not-linked").numberIds;
        QCOMPARE(unlinked.size(), before.size());
        auto* fix = dialog->findChild<QPushButton*>(QStringLiteral("fixButton"));
        QCOMPARE(fix->text(), QStringLiteral("&Link a provider phone…"));
        QTest::mouseClick(fix, Qt::LeftButton);
        QVERIFY(m_window->findChild<ui::LinkDialog*>());
        const QList<api::PhoneNumber> selected = m_window->selectedNumbers();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().id, unlinked.first());
        QCOMPARE(m_window->findChild<ui::LinkDialog*>()->windowTitle(),
                 QStringLiteral("Link %1").arg(api::phone::formatInternational(selected.first().phoneNumber)));
        m_window->findChild<ui::LinkDialog*>()->close();

        // Linked (here by the writer the dialog uses): the number leaves the list.
        const std::optional<api::ProviderPhone> phone = test::spareProviderPhone(*m_env->client);
        QVERIFY(phone);
        QVERIFY(test::writeDone(m_env->writer->link(selected.first(), phone->uuid)));
        QTRY_COMPARE(lines(dialog), before.mid(1));
    }

    void aFixForNumbersGoneMeanwhileKeepsTheFiltersAndChecksAgain()
    {
        openWindow();
        ui::HealthDialog* dialog = health();
        QVERIFY(dialog);
        auto* search = m_window->findChild<ui::SearchField*>(QStringLiteral("searchField"));
        search->setText(QStringLiteral("acme"));
        QSignalSpy checked(m_window->findChild<models::HealthMonitor*>(), &models::HealthMonitor::checked);
        const qint64 gone = 987654; // archived and purged elsewhere since the check ran, say
        Q_EMIT dialog->fixRequested({gone}, HealthFinding::Fix::BulkEdit);
        QVERIFY(!m_window->findChild<ui::BulkEditDialog*>()); // never a fix on whatever else is selected
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("statusNote"))->text(),
                 QStringLiteral("Some of these numbers are no longer in the table; the health check runs again."));
        QCOMPARE(search->text(), QStringLiteral("acme")); // nothing to reveal: the search stays
        QTRY_VERIFY(checked.count() >= 1);
    }

    void aReadOnlyTokenMayLookAndSelectButNotFix()
    {
        m_env->client->setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kReadToken)});
        openWindow(false);
        QTRY_VERIFY(m_env->store->permissions().lacks(api::Scope::Write));
        // A search that hides the numbers: showing them clears it.
        QTest::keyClicks(m_window->findChild<ui::SearchField*>(QStringLiteral("searchField")), QStringLiteral("no such name"));
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("numbersTable"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        ui::HealthDialog* dialog = health();
        QVERIFY(dialog);
        QVERIFY(showRule(dialog, "active-not-linked"));
        auto* fix = dialog->findChild<QPushButton*>(QStringLiteral("fixButton"));
        QVERIFY(fix->isVisible());
        QVERIFY(!fix->isEnabled());
        QVERIFY2(fix->toolTip().startsWith(QLatin1String("Read only:")), qPrintable(fix->toolTip()));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("showButton")), Qt::LeftButton);
        QCOMPARE(m_window->findChild<ui::SearchField*>(QStringLiteral("searchField"))->text(), QString());
        QList<qint64> selected;
        for (const api::PhoneNumber& n : m_window->selectedNumbers()) {
            QVERIFY(!n.providerPhoneUuid);
            selected << n.id;
        }
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, finding(findingsNow(), "active-not-linked").numberIds);
        QCOMPARE(selected.size(), lines(dialog).size());
    }

    void offlineTheCacheIsChecked()
    {
        QSignalSpy written(m_env->store.get(), &models::NumberStore::cacheWritten);
        openWindow();
        QTRY_VERIFY(written.count() > 0);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("healthLabel"));
        QTRY_VERIFY(label->isVisible());
        const QString online = label->text();
        m_env->server->stop();
        m_window.reset();
        m_env->store->openProfile(QStringLiteral("p")); // from the cache file, nothing fetched
        m_window = std::make_unique<ui::MainWindow>(*m_env->writer);
        m_window->show();
        label = m_window->findChild<QLabel*>(QStringLiteral("healthLabel"));
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), online);
        // The fixes wait for the server, and say so.
        action("refreshAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_env->store->connectivity(), models::NumberStore::Connectivity::Offline, 15000);
        ui::HealthDialog* dialog = health();
        QVERIFY(dialog);
        QVERIFY(showRule(dialog, "active-not-linked"));
        auto* fix = dialog->findChild<QPushButton*>(QStringLiteral("fixButton"));
        QVERIFY(!fix->isEnabled());
        QVERIFY2(fix->toolTip().startsWith(QLatin1String("Offline")), qPrintable(fix->toolTip()));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("showButton"))->isEnabled());
    }

    // Another profile's numbers: the findings of the one closed go at once, never shown for it.
    void aProfileSwitchTakesItsFindingsAlong()
    {
        openWindow();
        ui::HealthDialog* dialog = health();
        QVERIFY(dialog);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("healthLabel"));
        QVERIFY(label->isVisible());
        QSignalSpy checked(m_window->findChild<models::HealthMonitor*>(), &models::HealthMonitor::checked);
        m_env->store->openProfile(QStringLiteral("empty")); // nothing cached for it
        QVERIFY(checked.count() >= 1);
        QVERIFY(label->isHidden());
        QCOMPARE(findings(dialog)->rowCount(), 0);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("healthSummary"))->text(),
                 QStringLiteral("Nothing to check yet: the health check reads the numbers of the last sync."));
        QTRY_VERIFY(checked.count() >= 2); // the new profile's own run
        QCOMPARE(findings(dialog)->rowCount(), 0);
        QVERIFY(label->isHidden());
    }

private:
    // After a sync, and the provider phones' list unless the token may not read it.
    void openWindow(bool phonesListed = true)
    {
        QSignalSpy synced(m_env->store.get(), &models::NumberStore::numbersUpdated);
        QSignalSpy phones(m_env->store.get(), &models::NumberStore::providerPhonesChanged);
        m_env->store->refresh();
        QVERIFY(synced.wait(10000));
        if (phonesListed)
            QTRY_VERIFY(phones.count() > 0);
        m_window = std::make_unique<ui::MainWindow>(*m_env->writer);
        m_window->show();
    }
    QList<HealthFinding> findingsNow() const { return models::HealthCheck::run(m_env->store->rows(), m_env->store->providerPhones()); }
    static HealthFinding finding(const QList<HealthFinding>& all, const char* rule)
    {
        for (const HealthFinding& f : all) {
            if (f.rule == QLatin1String(rule))
                return f;
        }
        return {};
    }
    static QTableWidget* findings(ui::HealthDialog* dialog) { return dialog->findChild<QTableWidget*>(QStringLiteral("findings")); }
    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QLatin1String(name)); }
    // The health view, opened from its menu action, once it lists the check's findings; null
    // when it did not open or lists none.
    ui::HealthDialog* health()
    {
        action("healthAction")->trigger();
        auto* dialog = m_window->findChild<ui::HealthDialog*>();
        if (!dialog || !QTest::qWaitFor([dialog] { return findings(dialog)->rowCount() > 0; }, 5000))
            return nullptr;
        return dialog;
    }
    static int rowOf(ui::HealthDialog* dialog, const char* rule)
    {
        auto* findings = dialog->findChild<QTableWidget*>(QStringLiteral("findings"));
        for (int row = 0; row < findings->rowCount(); ++row) {
            if (findings->item(row, 1)->data(Qt::UserRole).toString() == QLatin1String(rule))
                return row;
        }
        return -1;
    }
    static bool hasRule(ui::HealthDialog* dialog, const char* rule) { return rowOf(dialog, rule) >= 0; }
    static bool showRule(ui::HealthDialog* dialog, const char* rule)
    {
        const int row = rowOf(dialog, rule);
        if (row >= 0)
            dialog->findChild<QTableWidget*>(QStringLiteral("findings"))->setCurrentCell(row, 1);
        return row >= 0;
    }
    static QStringList lines(ui::HealthDialog* dialog)
    {
        QStringList texts;
        auto* list = dialog->findChild<QListView*>(QStringLiteral("affected"));
        for (int row = 0; row < list->model()->rowCount(); ++row)
            texts << list->model()->index(row, 0).data().toString();
        return texts;
    }

    std::unique_ptr<test::SyncedStore> m_env;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestHealth)
#include "tst_health.moc"
