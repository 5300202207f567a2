// SPDX-License-Identifier: MIT
// Search across workspaces, in process with the real application: three profiles synced from
// the reference server once, then searched from their caches with the server gone, and a
// result opened, which switches the window to its profile and selects the number.
#include "app/Application.h"
#include "common/DemoFixture.h"
#include "models/Cache.h"
#include "models/NumberFilterProxy.h"
#include "models/PhoneNumberModel.h"
#include "models/Profiles.h"
#include "models/WorkspaceSearch.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SearchField.h"
#include "ui/TableHint.h"
#include "ui/WorkspaceSearchDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTest>

using namespace phonedesk;
using Column = models::WorkspaceSearchModel::Column;

class TestWorkspaceSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        test::isolateUserFolders(m_home);
        qunsetenv("PHONEDESK_TOKEN");
        m_server = test::startServer();
        QVERIFY(m_server->url().isValid());
        m_url = m_server->url();
        models::ProfileStore profiles(models::ProfileStore::defaultPath());
        QCOMPARE(profiles.load(), QString());
        for (const models::Profile& profile : {care(), sales(), globex(), never()})
            QCOMPARE(profiles.save(profile), QString());
    }

    void everyProfileIsSyncedOnce()
    {
        app::Application app(options(care()));
        app.setTokenPrompt([](QWidget*, const QString&) { return std::optional<QString>(QLatin1String(demo::kAdminToken)); });
        QCOMPARE(app.start(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(rows(app), 26, 10000);
        app.openProfile(sales(), QLatin1String(demo::kAdminToken));
        QTRY_COMPARE_WITH_TIMEOUT(rows(app), 7, 10000);
        app.openProfile(globex(), QLatin1String(demo::kOtherWorkspaceToken));
        QTRY_COMPARE_WITH_TIMEOUT(rows(app), 4, 10000);
        m_server.reset(); // from here on, only the caches answer
    }

    void searchesEveryCacheOfflineAndOpensTheResultsProfile()
    {
        app::Application app(options(care(), Network::Off));
        QCOMPARE(app.start(), QString());
        QCOMPARE(rows(app), 26);
        ui::WorkspaceSearchDialog* dialog = openSearch(app);
        const QAbstractItemModel* results = dialog->findChild<QTableView*>(QStringLiteral("workspaceResults"))->model();
        QCOMPARE(results->rowCount(), 26 + 7 + 4); // no query: every active cached number
        const QString summary = dialog->findChild<QLabel*>(QStringLiteral("workspaceSearchSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("37 of 41 cached numbers shown, from 3 workspaces")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("not searched: never")), qPrintable(summary));

        search(dialog, QStringLiteral("312 555"));
        QTRY_COMPARE(results->rowCount(), 5);
        QCOMPARE(shown(results), QStringList({QStringLiteral("Chicago depot — acme care"), QStringLiteral("Chicago night shift — acme care"),
                                              QStringLiteral("Sales - Chicago — acme sales"), QStringLiteral("Inbound leads — acme sales"),
                                              QStringLiteral("Demo requests — acme sales")}));
        QCOMPARE(results->index(2, Column::WorkspaceColumn).data().toString(), QStringLiteral("11a8a4f5-429d-5c56-8438-105fc19f1e3c"));
        QCOMPARE(results->index(2, Column::NumberColumn).data().toString(), QStringLiteral("+1 312-555-0110"));

        // Archived numbers only when asked for.
        search(dialog, QStringLiteral("promo"));
        QTRY_COMPARE(results->rowCount(), 0);
        dialog->findChild<QCheckBox*>(QStringLiteral("workspaceSearchArchived"))->setChecked(true);
        QCOMPARE(shown(results), QStringList({QStringLiteral("Spring promo (ended) — acme sales")}));

        search(dialog, QStringLiteral("sales chicago"));
        QTRY_COMPARE(results->rowCount(), 1);
        dialog->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("acme sales — PhoneDesk"));
        QCOMPARE(currentName(app), QStringLiteral("Sales - Chicago"));
        QCOMPARE(rows(app), 7);
        // The keyboard is in the table, on the number: Enter would edit it.
        QTRY_COMPARE(QApplication::focusWidget(), app.window()->findChild<QTableView*>(QStringLiteral("numbersTable")));
    }

    void enterOpensTheFirstMatchBeforeTheSearchPauses()
    {
        app::Application app(options(care(), Network::Off));
        QCOMPARE(app.start(), QString());
        ui::WorkspaceSearchDialog* dialog = openSearch(app);
        auto* field = dialog->findChild<ui::SearchField*>(QStringLiteral("workspaceSearchField"));
        QTest::keyClicks(field, QStringLiteral("nurse"));
        QTest::keyClick(field, Qt::Key_Return); // at once, within the search box's pause
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("globex — PhoneDesk"));
        QCOMPARE(currentName(app), QStringLiteral("Nurse callback"));
    }

    void aNewQuerySelectsItsFirstMatchAgain()
    {
        app::Application app(options(care(), Network::Off));
        QCOMPARE(app.start(), QString());
        ui::WorkspaceSearchDialog* dialog = openSearch(app);
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("workspaceResults"));
        search(dialog, QStringLiteral("seattle"));
        QTRY_COMPARE(shown(table->model()), QStringList({QStringLiteral("Seattle depot — acme care"), QStringLiteral("Seattle clinic — globex")}));
        table->selectRow(1);
        search(dialog, QStringLiteral("206 555")); // the same two, found by their digits
        QTRY_COMPARE(table->selectionModel()->selectedRows().value(0).row(), 0);
        QTest::keyClick(dialog->findChild<ui::SearchField*>(QStringLiteral("workspaceSearchField")), Qt::Key_Return);
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("acme care — PhoneDesk"));
        QCOMPARE(currentName(app), QStringLiteral("Seattle depot"));
    }

    void closingBeforeTheCachesAreReadStopsTheRead()
    {
        models::Cache cache(models::Cache::defaultPath());
        QCOMPARE(cache.open(), QString());
        QList<models::SearchedWorkspace> many;
        for (int i = 0; i < 1000; ++i)
            many.append({care().name, {}, {}, care().cacheKey(), false});
        QFuture<models::WorkspaceSearchModel::Read> read = models::WorkspaceSearchModel::read(cache.path(), many);
        read.cancel();
        read.waitForFinished();
        QVERIFY(read.isCanceled());
        QCOMPARE(read.resultCount(), 0); // stopped between workspaces, nothing handed over
        {
            auto dialog = std::make_unique<ui::WorkspaceSearchDialog>(cache.path(), many, QString());
            QVERIFY(!dialog->isReady());
        } // closed at once: the read it started is cancelled, nothing is shown in a dialog that is gone
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000)); // its read ended without a dialog to show it in
    }

    void theMainSearchIsTakenAlongAndAnArchivedResultIsShown()
    {
        app::Application app(options(care(), Network::Off));
        QCOMPARE(app.start(), QString());
        app.window()->findChild<ui::SearchField*>(QStringLiteral("searchField"))->setText(QStringLiteral("promo"));
        // Nothing matches in the open workspace: the empty table offers the other workspaces.
        QAbstractButton* everywhere = nullptr;
        QTRY_VERIFY((everywhere = app.window()->findChild<QAbstractButton*>(QStringLiteral("workspaceSearchActionButton")))
                    && everywhere->isVisible());
        everywhere->click();
        auto* dialog = app.window()->findChild<ui::WorkspaceSearchDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isReady());
        QCOMPARE(dialog->findChild<ui::SearchField*>(QStringLiteral("workspaceSearchField"))->text(), QStringLiteral("promo"));
        const QAbstractItemModel* results = dialog->findChild<QTableView*>(QStringLiteral("workspaceResults"))->model();
        QCOMPARE(results->rowCount(), 0);
        QCOMPARE(dialog->findChild<ui::TableHint*>()->text(), QStringLiteral("No cached number in any workspace matches “promo”."));
        dialog->findChild<QCheckBox*>(QStringLiteral("workspaceSearchArchived"))->setChecked(true);
        QCOMPARE(results->rowCount(), 1);
        dialog->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        // The window's own search and Active filter hid it: both give way.
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("acme sales — PhoneDesk"));
        QCOMPARE(currentName(app), QStringLiteral("Spring promo (ended)"));
        QCOMPARE(app.window()->findChild<ui::SearchField*>(QStringLiteral("searchField"))->text(), QString());
        QCOMPARE(app.window()->findChild<QComboBox*>(QStringLiteral("archivedFilter"))->currentText(), QStringLiteral("All"));
    }

    void theDemoIsSearchedBesideTheProfilesAndComesBack()
    {
        app::AppOptions demoMode;
        demoMode.demo = true;
        app::Application app(demoMode);
        app.setTokenPrompt([](QWidget*, const QString&) { return std::optional<QString>(QLatin1String(demo::kAdminToken)); });
        QCOMPARE(app.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(online(app), 10000);
        ui::WorkspaceSearchDialog* dialog = openSearch(app);
        search(dialog, QStringLiteral("nurse"));
        QTRY_COMPARE(dialog->findChild<QTableView*>(QStringLiteral("workspaceResults"))->model()->rowCount(), 1);
        dialog->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("globex — PhoneDesk"));
        QCOMPARE(currentName(app), QStringLiteral("Nurse callback"));

        dialog = openSearch(app);
        search(dialog, QStringLiteral("main customer"));
        const QAbstractItemModel* results = dialog->findChild<QTableView*>(QStringLiteral("workspaceResults"))->model();
        QTRY_COMPARE(shown(results), QStringList({QStringLiteral("Main customer line — acme care"),
                                                  QStringLiteral("Main customer line — Demo")}));
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("workspaceResults"));
        table->selectRow(1);
        dialog->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("Demo — PhoneDesk"));
        QCOMPARE(currentName(app), QStringLiteral("Main customer line"));
        QTRY_VERIFY_WITH_TIMEOUT(online(app), 10000); // the demo server that kept running
    }

    // Empties the cache of "acme sales": the tests after it do not search it.
    void aNumberGoneFromTheCacheMeanwhileIsSaidSo()
    {
        app::Application app(options(care(), Network::Off));
        QCOMPARE(app.start(), QString());
        ui::WorkspaceSearchDialog* dialog = openSearch(app);
        search(dialog, QStringLiteral("inbound leads"));
        QTRY_COMPARE(dialog->findChild<QTableView*>(QStringLiteral("workspaceResults"))->model()->rowCount(), 1);
        {
            models::Cache cache(models::Cache::defaultPath()); // a sync of that profile in another window, say
            QCOMPARE(cache.open(), QString());
            QCOMPARE(cache.replaceNumbers(sales().cacheKey(), {}, QDateTime::currentDateTimeUtc()), QString());
        }
        dialog->findChild<QPushButton*>(QStringLiteral("openButton"))->click();
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("acme sales — PhoneDesk"));
        QCOMPARE(rows(app), 0);
        QCOMPARE(app.window()->findChild<ui::MessageBar*>(QStringLiteral("noticeBar"))->text(),
                 QStringLiteral("That number is no longer in the cache of \"acme sales\"."));
    }

    void theModelPlacesRowsAcrossEmptyWorkspaces()
    {
        models::Cache cache(models::Cache::defaultPath());
        QCOMPARE(cache.open(), QString());
        QList<models::SearchedWorkspace> asked;
        for (const models::Profile& profile : {never(), globex(), never(), care(), never()})
            asked.append({profile.name, profile.baseUrl.host(), profile.workspaceUuid, profile.cacheKey(), false});
        const models::WorkspaceSearchModel::Read read = models::WorkspaceSearchModel::read(cache.path(), asked).result();
        QCOMPARE(read.problem, QString());
        models::WorkspaceSearchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspaces(read.workspaces);
        QCOMPARE(model.rowCount(), 4 + 29); // the archived ones too
        QCOMPARE(model.workspaceAt(0).profile, QStringLiteral("globex"));
        QCOMPARE(model.workspaceAt(3).profile, QStringLiteral("globex"));
        QCOMPARE(model.workspaceAt(4).profile, QStringLiteral("acme care"));
        QCOMPARE(model.workspaceAt(32).profile, QStringLiteral("acme care")); // the last row, before an empty one
        QVERIFY(!read.workspaces[0].syncedAt.isValid());
        QCOMPARE(read.workspaces[0].rows.size(), 0);

        models::NumberFilterProxy proxy(&model);
        models::NumberFilter filter;
        filter.setText(QStringLiteral("seattle"));
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 2); // one per workspace
        QCOMPARE(model.workspaceAt(proxy.mapToSource(proxy.index(0, 0)).row()).profile, QStringLiteral("globex"));
        QCOMPARE(model.workspaceAt(proxy.mapToSource(proxy.index(1, 0)).row()).profile, QStringLiteral("acme care"));
    }

    void anUnreadableCacheIsSaidSo()
    {
        QFile garbage(m_home.filePath(QStringLiteral("garbage.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("this is not a database");
        garbage.close();
        ui::WorkspaceSearchDialog dialog(garbage.fileName(), {{QStringLiteral("acme care"), {}, {}, care().cacheKey(), false}}, {});
        QTRY_VERIFY(dialog.isReady());
        const QString summary = dialog.findChild<QLabel*>(QStringLiteral("workspaceSearchSummary"))->text();
        QVERIFY2(summary.startsWith(QLatin1String("The local cache cannot be read: cache:")), qPrintable(summary));
        QCOMPARE(dialog.findChild<QTableView*>(QStringLiteral("workspaceResults"))->model()->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("openButton"))->isEnabled());

        // A cache that is not there is not made by looking for it.
        const QString missing = m_home.filePath(QStringLiteral("missing.sqlite"));
        const models::WorkspaceSearchModel::Read read = models::WorkspaceSearchModel::read(missing, {}).result();
        QVERIFY(!read.problem.isEmpty());
        QVERIFY(!QFile::exists(missing));
    }

private:
    models::Profile care() const { return {QStringLiteral("acme care"), m_url, QLatin1String(demo::kWorkspaceUuid), false}; }
    models::Profile sales() const { return {QStringLiteral("acme sales"), m_url, QStringLiteral("11a8a4f5-429d-5c56-8438-105fc19f1e3c"), false}; }
    models::Profile globex() const { return {QStringLiteral("globex"), m_url, QLatin1String(demo::kOtherWorkspaceUuid), false}; }
    // Saved, never opened: nothing is cached for it.
    models::Profile never() const { return {QStringLiteral("never"), m_url, QStringLiteral("7e57c0de-0000-4000-8000-000000000000"), false}; }

    enum class Network { On, Off };
    static app::AppOptions options(const models::Profile& profile, Network network = Network::On)
    {
        app::AppOptions o;
        o.profile = profile.name;
        o.offline = network == Network::Off; // --offline
        return o;
    }

    static bool online(const app::Application& app)
    {
        return app.window()->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text().startsWith(QLatin1String("Online"));
    }

    static int rows(const app::Application& app)
    {
        return app.window()->findChild<QTableView*>(QStringLiteral("numbersTable"))->model()->rowCount();
    }

    static QString currentName(const app::Application& app)
    {
        const QTableView* table = app.window()->findChild<QTableView*>(QStringLiteral("numbersTable"));
        return table->model()->index(table->currentIndex().row(), models::PhoneNumberModel::NameColumn).data().toString();
    }

    static ui::WorkspaceSearchDialog* openSearch(const app::Application& app)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the last one, closed
        app.window()->findChild<QAction*>(QStringLiteral("workspaceSearchAction"))->trigger();
        auto* dialog = app.window()->findChild<ui::WorkspaceSearchDialog*>();
        if (dialog && !QTest::qWaitFor([dialog] { return dialog->isReady(); }, 10000))
            return nullptr;
        return dialog;
    }

    static void search(ui::WorkspaceSearchDialog* dialog, const QString& text)
    {
        auto* field = dialog->findChild<ui::SearchField*>(QStringLiteral("workspaceSearchField"));
        field->clear();
        QTest::keyClicks(field, text);
    }

    // "Name — profile" per shown result.
    static QStringList shown(const QAbstractItemModel* results)
    {
        QStringList lines;
        for (int row = 0; row < results->rowCount(); ++row)
            lines << results->index(row, Column::NameColumn).data().toString() + QStringLiteral(" — ")
                    + results->index(row, Column::ProfileColumn).data().toString();
        return lines;
    }

    QTemporaryDir m_home;
    std::unique_ptr<server::ServerProcess> m_server;
    QUrl m_url;
};

QTEST_MAIN(TestWorkspaceSearch)
#include "tst_workspace_search.moc"
