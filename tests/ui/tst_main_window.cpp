// SPDX-License-Identifier: MIT
// The main window against the real server: rows, search, the archived filter, and going offline.
#include "api/ApiClient.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace phonedesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = test::startServer();
        QVERIFY(m_server->url().isValid());
        m_cache = std::make_unique<models::Cache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(m_cache->open(), QString());
        m_client = std::make_unique<api::ApiClient>();
        m_client->setConnection({m_server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        m_store = std::make_unique<models::NumberStore>(*m_cache, *m_client, models::systemClock());
        m_store->tokenRenewal().setProvider(&m_noToken); // a test never blocks on a prompt
        m_writer = std::make_unique<models::NumberWriter>(*m_client, *m_store);
        m_window = std::make_unique<ui::MainWindow>(*m_writer);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_writer.reset();
        m_store.reset();
        m_client.reset();
        m_cache.reset();
        m_server.reset();
    }

    void showsTheRowsSearchNarrowsThemAndOfflineKeepsThem()
    {
        m_store->openProfile(QStringLiteral("p"));
        m_store->refresh();
        QTRY_COMPARE(table()->model()->rowCount(), 26); // active numbers, the default filter
        QTRY_VERIFY(label("connectionLabel")->text().startsWith(QStringLiteral("Online — synced")));
        QCOMPARE(label("countLabel")->text(), QStringLiteral("Showing 26 of 29 numbers"));

        QLineEdit* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("london"));
        QTRY_COMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(label("countLabel")->text(), QStringLiteral("Showing 3 of 29 numbers"));
        QCOMPARE(names(), (QStringList {QStringLiteral("London claims"), QStringLiteral("London out-of-hours"),
                                        QStringLiteral("London reception")}));

        auto* archived = m_window->findChild<QComboBox*>(QStringLiteral("archivedFilter"));
        archived->setCurrentIndex(archived->findText(QStringLiteral("All")));
        QTRY_COMPARE(table()->model()->rowCount(), 4); // + the archived "Old London switchboard"

        search->clear();
        QTest::keyClicks(search, QStringLiteral("415 555 014"));
        QTRY_COMPARE(names(), QStringList {QStringLiteral("Billing hotline")});

        // The server goes away; Refresh (F5) says so and the rows stay.
        m_server->stop();
        QAction* refresh = m_window->findChild<QAction*>(QStringLiteral("refreshAction"));
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        refresh->trigger();
        QTRY_VERIFY2(label("connectionLabel")->text().startsWith(QStringLiteral("Offline — cached ")),
                     qPrintable(label("connectionLabel")->text()));
        QVERIFY(label("connectionLabel")->text().contains(QLatin1String("Cannot reach the server")));
        QCOMPARE(names(), QStringList {QStringLiteral("Billing hotline")});
        QCOMPARE(label("countLabel")->text(), QStringLiteral("Showing 1 of 29 numbers"));

        // Offline, the shown rows still export, with the number in E.164.
        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        QCOMPARE(m_window->exportShown(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, and the end
        QVERIFY(lines.at(1).startsWith("+14155550142,Billing hotline,active,Acme Billing,"));
        QCOMPARE(m_window->exportShown(m_dir.filePath(QStringLiteral("no/such/folder/x.csv"))).isEmpty(), false);
    }

    void theCachedRowsShowBeforeAnyReply()
    {
        m_store->openProfile(QStringLiteral("p"));
        m_store->refresh();
        QTRY_COMPARE(table()->model()->rowCount(), 26);
        m_window.reset();
        m_server->stop();

        // A new start: rows are there as soon as the profile opens, with no server at all.
        models::NumberStore store(*m_cache, *m_client, models::systemClock());
        models::NumberWriter writer(*m_client, store);
        ui::MainWindow window(writer);
        store.openProfile(QStringLiteral("p"));
        auto* view = window.findChild<QTableView*>(QStringLiteral("numbersTable"));
        QCOMPARE(view->model()->rowCount(), 26);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("connectionLabel"))->text().startsWith(QStringLiteral("Not connected — cached ")));
    }

    void aRejectedTokenOnRefreshAsksForANewOne()
    {
        m_window.reset();
        m_client->setConnection({m_server->url(), QLatin1String(demo::kWorkspaceUuid), QStringLiteral("revoked")});
        test::TokenAnswers answers([](const QString&) { return std::optional<QString>(QLatin1String(demo::kReadToken)); });
        m_store->tokenRenewal().setProvider(&answers);
        m_window = std::make_unique<ui::MainWindow>(*m_writer);
        m_window->show();
        m_store->openProfile(QStringLiteral("fresh")); // nothing cached: rows can only come from the server
        QCOMPARE(table()->model()->rowCount(), 0);
        m_store->refresh();
        QTRY_COMPARE(table()->model()->rowCount(), 26);
        QCOMPARE(answers.asked, 1);
        QCOMPARE(m_client->connection().token, QLatin1String(demo::kReadToken));
        m_store->tokenRenewal().setProvider(&m_noToken);
    }

    // An empty table says why, with the way out as a button: connect or try the demo at the
    // first start, clear the search when nothing matches; national formats find their rows.
    void anEmptyTableSaysWhyAndOffersTheWayOut()
    {
        auto* hint = m_window->findChild<QWidget*>(QStringLiteral("tableHint"));
        auto hintText = [this] { return m_window->findChild<QLabel*>(QStringLiteral("tableHintText"))->text(); };
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
        m_window->setNoWorkspace(true);
        QVERIFY(hint->isVisible());
        QVERIFY2(hintText().startsWith(QStringLiteral("PhoneDesk is not connected to a workspace yet.")), qPrintable(hintText()));
        QSignalSpy demo(m_window.get(), &ui::MainWindow::demoRequested);
        QSignalSpy connectAsked(m_window.get(), &ui::MainWindow::connectionRequested);
        QTest::mouseClick(hint->findChild<QAbstractButton*>(QStringLiteral("tryDemoButton")), Qt::LeftButton);
        QTest::mouseClick(hint->findChild<QAbstractButton*>(QStringLiteral("connectWorkspaceButton")), Qt::LeftButton);
        QCOMPARE(demo.size(), 1);
        QCOMPARE(connectAsked.size(), 1);

        m_window->setNoWorkspace(false);
        m_store->openProfile(QStringLiteral("p"));
        m_store->refresh();
        QTRY_COMPARE(table()->model()->rowCount(), 26);
        QVERIFY(!hint->isVisible());

        // As the table shows them, national format with the trunk 0.
        for (const QString& national : {QStringLiteral("020 7946"), QStringLiteral("030 9018"), QStringLiteral("GB  020 7946 0123")}) {
            search->setText(national);
            QTRY_VERIFY2(table()->model()->rowCount() > 0 && table()->model()->rowCount() < 26, qPrintable(national));
            QVERIFY(!hint->isVisible());
        }
        search->setText(QStringLiteral("no such line"));
        QTRY_VERIFY(hint->isVisible());
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(hintText(), QStringLiteral("No numbers match “no such line”."));
        QTest::mouseClick(hint->findChild<QAbstractButton*>(QStringLiteral("clearSearchButton")), Qt::LeftButton);
        QCOMPARE(search->text(), QString());
        QCOMPARE(table()->model()->rowCount(), 26);
        QVERIFY(!hint->isVisible());
    }

    // A first sync the server fails says so, and why, not "synced" with no time (16.14).
    void aFailedFirstSyncSaysNotSyncedYetAndWhy()
    {
        test::RawPeer failing("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        m_client->setConnection({failing.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        m_store->openProfile(QStringLiteral("never synced"));
        QSignalSpy failed(m_store.get(), &models::NumberStore::refreshFailed);
        m_store->refresh();
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE(label("connectionLabel")->text(), QStringLiteral("Online — not synced yet · The server failed (HTTP 500)."));
        // The empty table says the same, with the way to try again; not "no numbers yet".
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("tableHintText"))->text(),
                 QStringLiteral("The numbers could not be read: The server failed (HTTP 500)."));
        QVERIFY(m_window->findChild<QAbstractButton*>(QStringLiteral("refreshActionButton")));
    }

    void ctrlFFocusesTheSearchAndEscapeClearsIt()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("berlin"));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
    }

    // A server newer than this version sends a field it does not know: the detail panel lists
    // it under "Other fields", also after a restart from the cache alone; a number too large to
    // read is named in the notice bar while the others show.
    void fieldsThisVersionDoesNotKnowShowUnderOtherFields()
    {
        m_store->openProfile(QStringLiteral("p"));
        QSignalSpy written(m_store.get(), &models::NumberStore::cacheWritten);
        m_store->refresh();
        QVERIFY(written.wait(10000));
        QList<api::PhoneNumber> numbers = m_cache->numbers(QStringLiteral("p"));
        QByteArray list = "[";
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            QJsonObject object = QJsonDocument::fromJson(numbers.at(i).json).object();
            if (numbers.at(i).name == QLatin1String("Main customer line"))
                object.insert(QStringLiteral("emergencyAddress"), QStringLiteral("Unter den Linden 1, Berlin"));
            if (numbers.at(i).name == QLatin1String("Billing hotline"))
                object.insert(QStringLiteral("voiceGreetingMessage"), QString(70 * 1024, QLatin1Char('x')));
            list += (i ? "," : "") + QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        list += ']';
        test::RawPeer future("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(list.size())
                             + "\r\n\r\n" + list);
        m_client->setConnection({future.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        m_store->refresh();
        // In the cache once this sync's snapshot is written (an earlier write may report first).
        qint64 main = 0;
        for (const api::PhoneNumber& n : std::as_const(numbers))
            main = n.name == QLatin1String("Main customer line") ? n.id : main;
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->numberJson(QStringLiteral("p"), main).contains("emergencyAddress"), 10000);
        auto* notices = m_window->findChild<QWidget*>(QStringLiteral("noticeBar"));
        QTRY_VERIFY(notices->isVisible());
        bool named = false;
        for (const QLabel* text : notices->findChildren<QLabel*>())
            named = named || text->text().contains(QStringLiteral("is 70 KiB, more than a number may be"));
        QVERIFY(named);

        auto showsOtherField = [](ui::MainWindow& window) {
            auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchField"));
            search->setText(QStringLiteral("Main customer line"));
            auto* view = window.findChild<QTableView*>(QStringLiteral("numbersTable"));
            if (!QTest::qWaitFor([view] { return view->model()->rowCount() == 1; }, 5000))
                return QStringLiteral("no row");
            view->setCurrentIndex(view->model()->index(0, 0));
            auto* other = window.findChild<QLabel*>(QStringLiteral("otherFieldsValue"));
            return other && other->isVisible() ? other->text() : QStringLiteral("hidden");
        };
        QCOMPARE(showsOtherField(*m_window), QStringLiteral("emergencyAddress: \"Unter den Linden 1, Berlin\""));

        // A restart, offline: the cache alone.
        m_window.reset();
        m_writer.reset();
        m_store.reset();
        models::Cache reopened(m_cache->path());
        QCOMPARE(reopened.open(), QString());
        api::ApiClient offline;
        models::NumberStore store(reopened, offline, models::systemClock());
        store.setForcedOffline(true);
        store.openProfile(QStringLiteral("p"));
        models::NumberWriter writer(offline, store);
        ui::MainWindow window(writer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(showsOtherField(window), QStringLiteral("emergencyAddress: \"Unter den Linden 1, Berlin\""));
    }

private:
    QTableView* table() const { return m_window->findChild<QTableView*>(QStringLiteral("numbersTable")); }
    QLabel* label(const char* name) const { return m_window->findChild<QLabel*>(QLatin1String(name)); }
    QStringList names() const
    {
        QStringList result;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            result << table()->model()->index(row, 1).data().toString();
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerProcess> m_server;
    std::unique_ptr<models::Cache> m_cache;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<models::NumberStore> m_store;
    std::unique_ptr<models::NumberWriter> m_writer;
    std::unique_ptr<ui::MainWindow> m_window;
    test::TokenAnswers m_noToken {[](const QString&) { return std::optional<QString>(); }};
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
