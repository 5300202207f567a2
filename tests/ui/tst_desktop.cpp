// SPDX-License-Identifier: MIT
// What admins expect of a desktop application, on the real window against the real server: the
// window comes back as it was left, columns can be chosen, rows copied, calls seen and stopped.
#include "api/ApiClient.h"
#include "api/Requests.h"
#include "models/NumberStore.h"
#include "models/PhoneNumberModel.h"
#include "tests/support/TestSupport.h"
#include "ui/AboutDialog.h"
#include "ui/ActivityIndicator.h"
#include "ui/HelpDialog.h"
#include "ui/IconTheme.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTest>

using namespace phonedesk;
using Column = models::PhoneNumberModel::Column;

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SyncedStore> m_env;
    QTemporaryDir m_dir;

    std::unique_ptr<ui::MainWindow> openWindow()
    {
        auto window = std::make_unique<ui::MainWindow>(*m_env->writer);
        window->setStateFile(m_dir.filePath(QStringLiteral("window.ini")));
        window->show();
        return window;
    }
    static QTableView* table(const QWidget& window) { return window.findChild<QTableView*>(QStringLiteral("numbersTable")); }

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start(), QString());
        QFile::remove(m_dir.filePath(QStringLiteral("window.ini")));
    }
    void cleanup() { m_env.reset(); }

    void theWindowComesBackAsTheUserLeftIt()
    {
        QList<int> splitterSizes;
        {
            auto window = openWindow();
            window->resize(1111, 666);
            auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            splitter->setSizes({700, 380});
            splitterSizes = splitter->sizes();
            QHeaderView* header = table(*window)->horizontalHeader();
            header->moveSection(header->visualIndex(Column::StatusColumn), 1);
            header->resizeSection(Column::NameColumn, 333);
            window->findChild<QAction*>(QStringLiteral("showColumn%1").arg(Column::ProviderColumn))->toggle(); // hide
            QVERIFY(header->isSectionHidden(Column::ProviderColumn));
            table(*window)->sortByColumn(Column::UpdatedColumn, Qt::DescendingOrder);
            window->findChild<QComboBox*>(QStringLiteral("archivedFilter"))->setCurrentIndex(2); // All
            window->close();
        }
        auto window = openWindow();
        QCOMPARE(window->size(), QSize(1111, 666));
        QCOMPARE(window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
        QHeaderView* header = table(*window)->horizontalHeader();
        QCOMPARE(header->visualIndex(Column::StatusColumn), 1);
        QCOMPARE(header->sectionSize(Column::NameColumn), 333);
        QVERIFY(header->isSectionHidden(Column::ProviderColumn));
        QCOMPARE(header->sortIndicatorSection(), int(Column::UpdatedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(window->findChild<QComboBox*>(QStringLiteral("archivedFilter"))->currentIndex(), 2);
        // The rows themselves are sorted so, and all numbers are listed, archived ones too.
        QAbstractItemModel* rows = table(*window)->model();
        QCOMPARE(rows->rowCount(), m_env->store->numbers().size());
        for (int row = 1; row < rows->rowCount(); ++row) {
            QVERIFY(rows->index(row - 1, Column::UpdatedColumn).data(models::PhoneNumberModel::SortRole).toLongLong()
                    >= rows->index(row, Column::UpdatedColumn).data(models::PhoneNumberModel::SortRole).toLongLong());
        }
    }

    // The README promises owner-only settings: window.ini too, and the folder made for it.
    void theStateFileIsOwnerOnly()
    {
        const QString nested = m_dir.filePath(QStringLiteral("made/window.ini"));
        {
            ui::MainWindow window(*m_env->writer);
            window.setStateFile(nested);
            window.show();
            window.close();
        }
        QCOMPARE(test::fileMode(nested), 0600);
        QCOMPARE(test::fileMode(m_dir.filePath(QStringLiteral("made"))), 0700);
    }

    void aDamagedStateFileLeavesTheDefaults()
    {
        QFile file(m_dir.filePath(QStringLiteral("window.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[MainWindow]\ncolumns=@ByteArray(garbage)\ngeometry=12\narchivedFilter=99\n\x01\x02");
        file.close();
        auto window = openWindow();
        QHeaderView* header = table(*window)->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(Column::NameColumn));
        QCOMPARE(header->count(), int(Column::ColumnCount));
        QCOMPARE(window->findChild<QComboBox*>(QStringLiteral("archivedFilter"))->currentIndex(), 0);
        QVERIFY(table(*window)->model()->rowCount() > 0);
    }

    void everyMenuActionHasAShortcutAndTheyDoNotClash()
    {
        auto window = openWindow();
        QSet<QKeySequence> seen;
        for (QAction* menu : window->menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions()) {
                if (action->isSeparator() || action->menu())
                    continue; // View > Columns is a list of check boxes, not actions
                QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
                QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->shortcut().toString()));
                seen.insert(action->shortcut());
            }
        }
        QCOMPARE(seen.size(), 21);
    }

    // F1 opens a short guide; Help > Keyboard shortcuts lists every shortcut of the menus (16.12).
    void helpHasAGuideAndTheShortcuts()
    {
        auto window = openWindow();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto* guide = window->findChild<ui::HelpDialog*>(QStringLiteral("helpDialog"));
        QVERIFY(guide);
        QCOMPARE(guide->windowTitle(), QStringLiteral("PhoneDesk guide"));
        QVERIFY(guide->text().contains(QStringLiteral("Find a number")));
        QVERIFY(!window->findChild<ui::AboutDialog*>());
        delete guide;
        window->findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
        auto* keys = window->findChild<ui::HelpDialog*>(QStringLiteral("helpDialog"));
        QVERIFY(keys);
        for (const QString& line : {QStringLiteral("Ctrl+E — Export shown numbers…"), QStringLiteral("Ctrl+J — Change journal…"),
                                    QStringLiteral("F1 — PhoneDesk guide"), QStringLiteral("Esc — Clear the search")})
            QVERIFY2(ui::HelpDialog::shortcutLines(window->menuBar()).contains(line), qPrintable(line));
        QVERIFY(keys->text().contains(QStringLiteral("Export shown numbers…")));
    }

    // More than the seven default columns are offered (16.9): hidden at first, shown when ticked.
    void theColumnChooserOffersMoreFields()
    {
        auto window = openWindow();
        QHeaderView* header = table(*window)->horizontalHeader();
        QVERIFY(header->isSectionHidden(Column::BrandColumn));
        auto* brand = window->findChild<QAction*>(QStringLiteral("showColumn%1").arg(Column::BrandColumn));
        QCOMPARE(brand->text(), QStringLiteral("Brand"));
        QVERIFY(!brand->isChecked());
        brand->toggle();
        QVERIFY(!header->isSectionHidden(Column::BrandColumn));
        QAbstractItemModel* rows = table(*window)->model();
        QStringList brands;
        for (int row = 0; row < rows->rowCount(); ++row)
            brands << rows->index(row, Column::BrandColumn).data().toString();
        QVERIFY(brands.contains(QStringLiteral("Acme Logistics")));
        table(*window)->sortByColumn(Column::WhatsAppColumn, Qt::DescendingOrder);
        QCOMPARE(rows->index(0, Column::WhatsAppColumn).data().toString(), QStringLiteral("Yes"));
    }

    void theNumberColumnCannotBeHidden()
    {
        auto window = openWindow();
        auto* number = window->findChild<QAction*>(QStringLiteral("showColumn0"));
        QVERIFY(!number->isEnabled());
        QVERIFY(window->findChild<QAction*>(QStringLiteral("showColumn1"))->isEnabled());
    }

    void selectedRowsAreCopiedAsTextAndAsCsv()
    {
        auto window = openWindow();
        QTableView* view = table(*window);
        view->selectRow(0);
        view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString first = view->model()->index(0, 0).data(models::PhoneNumberModel::E164Role).toString();
        const QString third = view->model()->index(2, 0).data(models::PhoneNumberModel::E164Role).toString();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("Number\tName\tChannels\t")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(first + QLatin1Char('\t') + view->model()->index(0, 1).data().toString()), qPrintable(lines.at(1)));
        QVERIFY(lines.at(2).startsWith(third + QLatin1Char('\t')));
        QVERIFY2(lines.at(1).endsWith(QLatin1String("Z")), qPrintable(lines.at(1))); // the exact time, not "3 min ago"
        QVERIFY(QApplication::clipboard()->mimeData()->data(QStringLiteral("text/csv")).startsWith("phoneNumber,name,status"));
        QCOMPARE(window->findChild<QLabel*>(QStringLiteral("statusNote"))->text(), QStringLiteral("Copied 2 numbers"));

        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QStringList csv = QApplication::clipboard()->text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 3);
        QVERIFY(csv.at(1).startsWith(first + QLatin1Char(',')));
    }

    void aboutShowsTheVersionAndTheLibrariesLicenses()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        auto window = openWindow();
        window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        auto* about = window->findChild<ui::AboutDialog*>();
        QVERIFY(about);
        const QString text = about->findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY(text.contains(QStringLiteral("PhoneDesk 9.8.7")));
        for (const char* expected : {"QtKeychain", "libphonenumber", "Apache-2.0", "LGPL-3.0-only", "SQLite", qVersion()})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }

    void iconsByMeaningFollowTheLightnessOfThePalette()
    {
        QIcon::setThemeName(QString()); // no desktop theme here, as on a bare X session
        const auto strokeLightness = [](const QString& name) {
            const QImage image = QIcon::fromTheme(name).pixmap(32, 32).toImage();
            int lightness = -1;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qAlpha(image.pixel(x, y)) > 200)
                        lightness = QColor(image.pixel(x, y)).lightness(); // a painted stroke
                }
            }
            return lightness;
        };
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        QCOMPARE(ui::installIconTheme(light), QStringLiteral("phonedesk"));
        for (const char* name : {"list-add", "document-edit", "insert-link", "archive-insert", "view-refresh", "edit-copy",
                                 "edit-find", "view-history", "help-about", "process-stop", "edit-select-all"}) {
            QVERIFY2(!QIcon::fromTheme(QLatin1String(name)).isNull(), name);
            QVERIFY2(strokeLightness(QLatin1String(name)) >= 0 && strokeLightness(QLatin1String(name)) < 80, name);
        }
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QCOMPARE(ui::installIconTheme(dark), QStringLiteral("phonedesk-dark"));
        QVERIFY(strokeLightness(QStringLiteral("document-edit")) > 180); // light strokes on a dark window
        // One set, never a mix (16.13): the desktop's theme when it has every icon the window
        // shows, else ours throughout.
        QTemporaryDir themes;
        auto makeTheme = [&](const QString& name, const QStringList& icons) {
            QDir(themes.path()).mkpath(name + QLatin1String("/scalable/actions"));
            QFile index(themes.filePath(name + QLatin1String("/index.theme")));
            QVERIFY(index.open(QIODevice::WriteOnly));
            index.write("[Icon Theme]\nName=x\nDirectories=scalable/actions\n\n[scalable/actions]\nSize=16\nType=Scalable\n");
            index.close();
            for (const QString& icon : icons)
                QVERIFY(QFile::copy(QStringLiteral(":/icons/phonedesk/scalable/actions/%1.svg").arg(icon),
                                    themes.filePath(QStringLiteral("%1/scalable/actions/%2.svg").arg(name, icon))));
        };
        makeTheme(QStringLiteral("partial"), {QStringLiteral("edit-copy"), QStringLiteral("edit-find")});
        makeTheme(QStringLiteral("complete"), ui::usedIconNames());
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << themes.path());
        QIcon::setThemeName(QStringLiteral("partial"));
        QCOMPARE(ui::installIconTheme(dark), QStringLiteral("phonedesk-dark"));
        QCOMPARE(QIcon::themeName(), QStringLiteral("phonedesk-dark"));
        QIcon::setThemeName(QStringLiteral("complete"));
        QCOMPARE(ui::installIconTheme(light), QStringLiteral("complete"));
        QCOMPARE(ui::installIconTheme(dark), QStringLiteral("complete")); // kept through a palette change
        // Every icon the sources ask for is in the list that decides.
        // (fromTheme("…") directly, or NumberActions' makeAction(…, "…-…", …)).
        static const QRegularExpression asked(QStringLiteral("(?:fromTheme\\(|makeAction\\([^;]*?)QStringLiteral\\(\"([a-z]+(?:-[a-z]+)+)\"\\)"));
        int found = 0;
        for (const QString& folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
            for (const QString& file : QDir(test::sourcePath(folder)).entryList({QStringLiteral("*.cpp")})) {
                const QString text = QString::fromUtf8(test::readSourceFile(folder + QLatin1Char('/') + file));
                for (auto match = asked.globalMatch(text); match.hasNext(); ++found) {
                    const QString icon = match.next().captured(1);
                    QVERIFY2(ui::usedIconNames().contains(icon), qPrintable(icon));
                }
            }
        }
        QVERIFY(found >= ui::usedIconNames().size() - 1); // the scan sees them (edit-clear is Qt's own)
        QIcon::setThemeName(QStringLiteral("phonedesk"));
        ui::installIconTheme(light);
    }

    void theStatusBarShowsCallsAndStopsASlowReadButNeverAWrite()
    {
        test::RawPeer silent {QByteArray()}; // accepts, never answers
        api::ApiClient client;
        client.setConnection({silent.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        ui::ActivityIndicator indicator(client);
        indicator.show();
        auto* cancel = indicator.findChild<QToolButton*>(QStringLiteral("cancelCalls"));
        QVERIFY(!indicator.findChild<QProgressBar*>()->isVisible());

        api::UpdatePhoneNumberRequest rename;
        rename.fields = {{QStringLiteral("name"), QStringLiteral("x")}};
        api::ApiCall* write = client.updatePhoneNumber(QStringLiteral("1"), rename);
        QCOMPARE(indicator.running(), 1);
        QVERIFY(indicator.findChild<QProgressBar*>()->isVisible());

        api::ApiCall* read = client.listPhoneNumbers();
        QCOMPARE(indicator.running(), 2);
        QTRY_VERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(read->isFinished());
        QCOMPARE(read->error().kind, api::ApiError::Kind::Cancelled);
        QVERIFY(!write->isFinished());
        QTRY_COMPARE(indicator.running(), 1);
        QVERIFY(!cancel->isVisible()); // a write may already be applied: never stopped from here
        write->cancel();
        QTRY_COMPARE(indicator.running(), 0);
        QVERIFY(!indicator.findChild<QProgressBar*>()->isVisible());
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
