// SPDX-License-Identifier: MIT
// The main window's write actions, their reasons when disabled, and the detail panel.
#include "api/ApiClient.h"
#include "common/PhoneFormat.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "tests/support/TestSupport.h"
#include "ui/ArchiveDialog.h"
#include "ui/DetailPanel.h"
#include "ui/MainWindow.h"
#include "ui/NewNumberDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace phonedesk;

class TestWindowActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start(), QString());
        connectAs(demo::kAdminToken);
    }

    void cleanup()
    {
        m_window.reset();
        m_env.reset();
    }

    void actionsAreEverywhereWithTheirShortcuts()
    {
        QCOMPARE(action("&New number…")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action("&Edit…")->shortcut(), QKeySequence(Qt::Key_Return));
        QCOMPARE(action("&Link provider phone…")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(action("&Archive…")->shortcut(), QKeySequence(QKeySequence::Delete));
        auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QMenu* numberMenu = nullptr;
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->text() == QLatin1String("&Number"))
                numberMenu = menu->menu();
        }
        QVERIFY(numberMenu);
        for (const char* text : {"&New number…", "&Edit…", "&Link provider phone…", "&Archive…"}) {
            QVERIFY2(toolbar->actions().contains(action(text)), text);
            QVERIFY2(numberMenu->actions().contains(action(text)), text);
        }
        // Nothing selected: only New is possible, and the others say why.
        QVERIFY(action("&New number…")->isEnabled());
        QVERIFY(!action("&Edit…")->isEnabled());
        QCOMPARE(action("&Edit…")->toolTip(), QStringLiteral("Select a number first."));
        QCOMPARE(action("&Edit…")->statusTip(), QStringLiteral("Select a number first."));
    }

    void selectingShowsEveryFieldAndCopiesTheNumber()
    {
        select(QStringLiteral("Main customer line"));
        auto* details = m_window->findChild<ui::DetailPanel*>();
        QCOMPARE(details->valueShown(QStringLiteral("brandName")), QStringLiteral("Acme Logistics"));
        QCOMPARE(details->valueShown(QStringLiteral("voiceWorkMode")), QStringLiteral("Forward off hours"));
        QCOMPARE(details->valueShown(QStringLiteral("voiceForwardNumber")), QStringLiteral("+1 415-555-0177"));
        QCOMPARE(details->valueShown(QStringLiteral("enableWhatsApp")), QStringLiteral("Yes"));
        QCOMPARE(details->valueShown(QStringLiteral("smsWorkMode")), QStringLiteral("—"));
        // The linked provider phone by its number and name, not a bare uuid (16.9).
        QTRY_COMPARE(details->valueShown(QStringLiteral("providerPhoneUuid")), QStringLiteral("+1 415-555-0100 — SF main trunk"));
        auto* provider = details->findChild<QLabel*>(QStringLiteral("providerPhoneUuidValue"));
        QVERIFY(provider->toolTip().startsWith(QStringLiteral("Provider phone ")));
        details->findChild<QAction*>(QStringLiteral("copyProviderPhoneUuid"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), provider->toolTip().mid(15));
        QTest::mouseClick(details->findChild<QToolButton*>(QStringLiteral("copyNumber")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+14155550100"));
        QVERIFY(action("&Edit…")->isEnabled());
        QVERIFY(action("&Archive…")->isEnabled());
    }

    void anArchivedNumberCannotBeChanged()
    {
        setArchivedFilter(QStringLiteral("Archived"));
        select(QStringLiteral("Holiday campaign 2025"));
        QVERIFY(!action("&Edit…")->isEnabled());
        QCOMPARE(action("&Edit…")->toolTip(), QStringLiteral("Archived numbers cannot be changed."));
        QCOMPARE(action("&Link provider phone…")->toolTip(), QStringLiteral("Archived numbers cannot be changed."));
        QCOMPARE(action("&Archive…")->toolTip(), QStringLiteral("This number is already archived."));
        QVERIFY(action("&New number…")->isEnabled());
    }

    void offlineDisablesEveryWriteWithTheReason()
    {
        select(QStringLiteral("Main customer line"));
        m_env->server->stop();
        m_window->findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!action("&New number…")->isEnabled(), 15000);
        for (const char* text : {"&New number…", "&Edit…", "&Link provider phone…", "&Archive…"})
            QVERIFY2(action(text)->toolTip().startsWith(QLatin1String("Offline: changes need the server.")), text);
    }

    void whatTheTokenMayDoIsKnownBeforeAnyAttemptPerProfile()
    {
        connectAs(demo::kWriteToken); // read and write, not admin
        select(QStringLiteral("Support - Tier 1"));
        // No archive was tried: the probe after the sync told the window.
        QTRY_VERIFY(!action("&Archive…")->isEnabled());
        QCOMPARE(action("&Archive…")->toolTip(),
                 QStringLiteral("The API token of this profile lacks the phones:admin scope, which archiving needs."));
        QVERIFY(action("&Edit…")->isEnabled());
        QCOMPARE(permissionsLabel()->text(), QStringLiteral("No archiving"));
        QVERIFY(!m_window->findChild<ui::ArchiveDialog*>());

        connectAs(demo::kReadToken);
        select(QStringLiteral("Support - Tier 1"));
        QTRY_VERIFY(!action("&Edit…")->isEnabled());
        QVERIFY2(action("&Edit…")->toolTip().startsWith(QLatin1String("Read only:")), qPrintable(action("&Edit…")->toolTip()));
        QVERIFY(!action("&New number…")->isEnabled());
        QTRY_COMPARE(permissionsLabel()->text(), QStringLiteral("Read only"));

        // Another profile, with an admin token: nothing of the read-only one is left.
        connectAs(demo::kAdminToken, "admin");
        select(QStringLiteral("Support - Tier 1"));
        QVERIFY(action("&Edit…")->isEnabled());
        QVERIFY(action("&Archive…")->isEnabled());
        QVERIFY(permissionsLabel()->isHidden());
        QTRY_COMPARE(m_env->store->permissions().known(api::Scope::Admin), models::Permissions::Known::Granted);
        QVERIFY(action("&Archive…")->isEnabled());
    }

    void aRenewedTokenWithMoreScopesIsLearnedAnew()
    {
        connectAs(demo::kReadToken);
        QTRY_COMPARE(permissionsLabel()->text(), QStringLiteral("Read only"));
        // The server now rejects it; the user enters an admin token instead.
        test::TokenAnswers answers([](const QString&) { return std::optional<QString>(QLatin1String(demo::kAdminToken)); });
        m_env->store->tokenRenewal().setProvider(&answers);
        m_env->client->setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QStringLiteral("revoked")});
        m_window->findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE(answers.asked, 1);
        QTRY_VERIFY(permissionsLabel()->isHidden());
        select(QStringLiteral("Support - Tier 1"));
        QTRY_VERIFY(action("&Archive…")->isEnabled());
        QVERIFY(action("&Edit…")->isEnabled());
        m_env->store->tokenRenewal().setProvider(nullptr);
    }

    void deleteInTheSearchFieldNeverArchives()
    {
        select(QStringLiteral("Support - Tier 1"));
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ab"));
        QTest::keyClick(search, Qt::Key_Home);
        QTest::keyClick(search, Qt::Key_Delete);
        QCOMPARE(search->text(), QStringLiteral("b"));
        QVERIFY(!m_window->findChild<ui::ArchiveDialog*>());
        // In the table, Delete opens the archive dialog.
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Delete);
        QTRY_VERIFY(m_window->findChild<ui::ArchiveDialog*>());
    }

    void aCreatedNumberAppearsSelected()
    {
        action("&New number…")->trigger();
        auto* dialog = m_window->findChild<ui::NewNumberDialog*>();
        QVERIFY(dialog);
        dialog->setRegion(QStringLiteral("US"));
        QTest::mouseClick(dialog->findChild<QRadioButton*>(QStringLiteral("byNumber")), Qt::LeftButton, {}, QPoint(4, 4));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("typedNumber")), QStringLiteral("+1 617 555 0123"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Boston Back Bay"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(table()->currentIndex().siblingAtColumn(1).data().toString(), QStringLiteral("Boston Back Bay"));
        QVERIFY(table()->selectionModel()->isRowSelected(table()->currentIndex().row()));
        QCOMPARE(m_window->findChild<ui::DetailPanel*>()->valueShown(QStringLiteral("name")), QStringLiteral("Boston Back Bay"));
        // Said briefly where the eye goes after a dialog closes (16.11).
        QCOMPARE(statusNote(), QStringLiteral("Created +1 617-555-0123 — Boston Back Bay"));
        // Beside whether the server is reached, which a confirmation never hides.
        auto* connection = m_window->findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QVERIFY(connection->isVisible());
        QVERIFY2(connection->text().startsWith(QLatin1String("Online")), qPrintable(connection->text()));
    }

    void aConfirmationGoesWithItsProfileAndIsCutNotWidened()
    {
        const QString longOne = QStringLiteral("Exported 26 numbers to /home/dana/") + QString(400, QLatin1Char('x'));
        m_window->showStatus(longOne, 10000);
        QCOMPARE(statusNote(), longOne);
        // Cut by the bar (the tooltip has it all): the counts at its right end stay in the window.
        const QWidget* count = m_window->findChild<QLabel*>(QStringLiteral("countLabel"));
        QTRY_VERIFY(count->isVisible() && count->mapTo(m_window.get(), QPoint(count->width(), 0)).x() <= m_window->width());
        QVERIFY(m_window->width() < 2000);
        m_env->store->openProfile(QStringLiteral("another")); // it spoke of the profile before
        QCOMPARE(statusNote(), QString());
    }

    void anArchiveIsConfirmedWithWhereItsPhoneWent()
    {
        // An active number nothing blocks, linked to a free provider phone first.
        std::optional<api::PhoneNumber> free;
        for (const api::PhoneNumber& n : m_env->store->numbers()) {
            if (free || n.isArchived || n.providerPhoneUuid)
                continue;
            const auto blockers = test::answerOf(m_env->client->getArchiveBlockers(QString::number(n.id)));
            QVERIFY(blockers);
            if (blockers->canArchive)
                free = n;
        }
        QVERIFY(free);
        const std::optional<api::ProviderPhone> phone = test::spareProviderPhone(*m_env->client);
        QVERIFY(phone);
        QVERIFY(test::writeDone(m_env->writer->link(*free, phone->uuid)));
        QCOMPARE(statusNote(),
                 QStringLiteral("Linked %1 to the provider phone %2").arg(free->name, api::phone::formatInternational(phone->phoneNumber)));
        const std::optional<api::PhoneNumber> linked = m_env->store->number(free->id);
        QVERIFY(linked && linked->providerPhoneUuid);
        QVERIFY(test::writeDone(m_env->writer->archive(*linked)));
        QCOMPARE(statusNote(),
                 QStringLiteral("Archived %1 — %2; its provider phone went back to the pool")
                     .arg(api::phone::formatInternational(linked->phoneNumber), linked->name));
    }

private:
    void connectAs(const char* token, const char* profile = "p")
    {
        m_window.reset();
        m_env->client->setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(token)});
        m_window = std::make_unique<ui::MainWindow>(*m_env->writer);
        m_window->show();
        m_env->store->openProfile(QLatin1String(profile));
        QSignalSpy synced(m_env->store.get(), &models::NumberStore::numbersUpdated);
        m_env->store->refresh();
        QVERIFY(synced.wait(10000));
    }
    QTableView* table() const { return m_window->findChild<QTableView*>(QStringLiteral("numbersTable")); }
    QLabel* permissionsLabel() const { return m_window->findChild<QLabel*>(QStringLiteral("permissionsLabel")); }
    QString statusNote() const { return m_window->findChild<QLabel*>(QStringLiteral("statusNote"))->text(); }
    QAction* action(const char* text) const
    {
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->text() == QString::fromUtf8(text))
                return a;
        }
        qFatal("no action %s", text);
    }
    void setArchivedFilter(const QString& which) const
    {
        auto* box = m_window->findChild<QComboBox*>(QStringLiteral("archivedFilter"));
        box->setCurrentIndex(box->findText(which));
    }
    void select(const QString& name) const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const QModelIndex index = table()->model()->index(row, 1);
            if (index.data().toString() == name) {
                QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row %1").arg(name)));
    }

    std::unique_ptr<test::SyncedStore> m_env;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestWindowActions)
#include "tst_window_actions.moc"
