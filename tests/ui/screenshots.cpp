// SPDX-License-Identifier: MIT
// Renders the main window and every dialog against the demo server into PNG files, for the
// README and for looking at the UI as a person would. Run through scripts/screenshots.
#include "api/ApiClient.h"
#include "api/Requests.h"
#include "models/BulkArchive.h"
#include "models/Cache.h"
#include "models/CsvExport.h"
#include "models/NumberStore.h"
#include "tests/support/TestSupport.h"
#include "ui/ActivityIndicator.h"
#include "ui/ArchiveDialog.h"
#include "ui/BulkArchiveDialog.h"
#include "ui/BulkEditDialog.h"
#include "ui/ConflictDialog.h"
#include "ui/EditNumberDialog.h"
#include "ui/HealthDialog.h"
#include "ui/IconTheme.h"
#include "ui/ImportDialog.h"
#include "ui/JournalDialog.h"
#include "ui/LinkDialog.h"
#include "ui/MainWindow.h"
#include "ui/NewNumberDialog.h"
#include "ui/Translations.h"
#include "ui/WorkspaceSearchDialog.h"

#include <QApplication>
#include <QPalette>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace phonedesk;

namespace {

bool save(QWidget* widget, const QString& folder, const char* name)
{
    widget->show();
    QCoreApplication::sendPostedEvents(); // pending layout requests, before the widget is grabbed
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(QLatin1String(name) + QLatin1String(".png"));
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

api::PhoneNumber numberNamed(const models::NumberStore& store, const QString& name)
{
    for (const api::PhoneNumber& n : store.numbers()) {
        if (n.name == name)
            return n;
    }
    return {};
}


// A dark palette as a desktop in dark mode gives one to Qt's Fusion style.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

// phonedesk-screenshots [FOLDER] [--lang LANGUAGE] [--dark] [--main-only]: every screen, or only
// the main window (named main-window[-LANGUAGE][-dark].png) in another language or palette.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QStringList arguments = QApplication::arguments().mid(1);
    const bool dark = arguments.removeAll(QStringLiteral("--dark")) > 0;
    const bool mainOnly = arguments.removeAll(QStringLiteral("--main-only")) > 0;
    QString language = QStringLiteral("en");
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--lang")); at >= 0 && at + 1 < arguments.size()) {
        language = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    if (dark)
        QApplication::setPalette(darkPalette());
    ui::installTranslations(language);
    ui::installIconTheme(QApplication::palette());
    const QString folder = arguments.isEmpty() ? QStringLiteral("docs/screenshots") : arguments.first();
    // "main-window", "main-window-de-dark": the language and palette shown, beyond English and light.
    auto variant = [&](const char* base) {
        return QStringLiteral("%1%2%3")
            .arg(QLatin1String(base), language == QLatin1String("en") ? QString() : QLatin1Char('-') + language,
                 dark ? QStringLiteral("-dark") : QString())
            .toUtf8();
    };
    QDir().mkpath(folder);
    auto server = test::startServer();
    if (!server->url().isValid())
        return 1;
    QTemporaryDir dir;
    models::Cache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    cache.open();
    api::ApiClient client;
    client.setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
    models::NumberStore store(cache, client, models::systemClock());
    models::NumberWriter writer(client, store);
    ui::MainWindow window(writer);
    window.resize(1360, 780);
    store.openProfile(QStringLiteral("demo"));
    QSignalSpy synced(&store, &models::NumberStore::numbersUpdated);
    store.refresh();
    if (!synced.wait(10000))
        return 1;
    auto* table = window.findChild<QTableView*>(QStringLiteral("numbersTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 1).data().toString() == QLatin1String("Main customer line"))
            table->selectRow(row);
    }
    auto* activity = window.findChild<ui::ActivityIndicator*>();
    bool ok = QTest::qWaitFor([activity] { return activity->running() == 0; }, 10000); // shown at rest
    ok &= save(&window, folder, variant("main-window").constData());
    {
        window.findChild<QAction*>(QStringLiteral("healthAction"))->trigger();
        auto* health = window.findChild<ui::HealthDialog*>();
        auto* findings = health->findChild<QTableWidget*>(QStringLiteral("findings"));
        ok &= QTest::qWaitFor([findings] { return findings->rowCount() > 0; }, 10000);
        ok &= save(health, folder, variant("health").constData());
        health->close();
    }
    {
        // The export edited in a spreadsheet: two renames, SMS on, a new number, two bad lines.
        QList<api::PhoneNumber> edited = store.numbers();
        for (api::PhoneNumber& n : edited) {
            if (n.name == QLatin1String("Billing hotline"))
                n.name = QStringLiteral("Billing hotline (EU hours)");
            else if (n.name == QLatin1String("Returns desk"))
                n.name = QStringLiteral("Returns and exchanges");
            else if (n.name == QLatin1String("Chicago depot"))
                n.enableSms = true;
        }
        QByteArray csv = models::toCsv(edited);
        csv += "+14155550177,SF overflow line,active,,true,false,false,,,,,\r\n"
               "+16175550999,Boston pop-up,active,,true,true,false,,,,,\r\n"
               "(617) 555-0123,Boston Back Bay,active,,true,maybe,false,,,,,\r\n";
        QFile file(dir.filePath(QStringLiteral("numbers-edited.csv")));
        ok &= file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size();
        file.close();
        ui::ImportDialog import(writer, &window);
        import.setRegion(QStringLiteral("US"));
        QSignalSpy ready(&import, &ui::ImportDialog::previewReady);
        import.openFile(file.fileName());
        ok &= ready.wait(10000);
        ok &= save(&import, folder, variant("import-preview").constData());
    }
    {
        // Two more workspaces synced into the same cache, as two more profiles leave them.
        api::ApiClient otherClient;
        models::NumberStore other(cache, otherClient, models::systemClock());
        const QString sales = QStringLiteral("11a8a4f5-429d-5c56-8438-105fc19f1e3c");
        const QString globex = QLatin1String(demo::kOtherWorkspaceUuid);
        for (const auto& [uuid, token] : {std::pair(sales, demo::kAdminToken), std::pair(globex, demo::kOtherWorkspaceToken)}) {
            otherClient.setConnection({server->url(), uuid, QLatin1String(token)});
            other.openProfile(uuid);
            QSignalSpy stored(&other, &models::NumberStore::snapshotStored);
            other.refresh();
            ok &= stored.wait(10000);
        }
        const QString host = server->url().host();
        ui::WorkspaceSearchDialog search(cache.path(),
                                         {{QStringLiteral("Acme Customer Care"), host, QLatin1String(demo::kWorkspaceUuid), QStringLiteral("demo"), false},
                                          {QStringLiteral("Acme Sales"), host, sales, sales, false},
                                          {QStringLiteral("Globex Field Services"), host, globex, globex, false}},
                                         QStringLiteral("Chicago"), &window);
        QSignalSpy ready(&search, &ui::WorkspaceSearchDialog::ready);
        ok &= ready.wait(10000);
        ok &= save(&search, folder, variant("workspace-search").constData());
    }
    if (mainOnly)
        return ok ? 0 : 1;

    const api::PhoneNumber main = numberNamed(store, QStringLiteral("Main customer line"));
    {
        ui::EditNumberDialog edit(writer, main, &window);
        ok &= save(&edit, folder, "edit-dialog");
        auto* name = edit.findChild<QLineEdit*>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClicks(edit.findChild<QLineEdit*>(QStringLiteral("brandWebsite")), QStringLiteral(" and more"));
        ok &= save(&edit, folder, "edit-dialog-errors");
    }
    {
        // Someone else changes the number while this dialog is open; both changed the name.
        ui::EditNumberDialog edit(writer, main, &window);
        edit.show();
        api::ApiClient other;
        other.setConnection({server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kWriteToken)});
        api::UpdatePhoneNumberRequest theirs;
        theirs.fields = {{QStringLiteral("name"), QStringLiteral("Customer line (EU hours)")},
                         {QStringLiteral("brandName"), QStringLiteral("Acme Logistics Europe")}};
        ok &= test::finish(other.updatePhoneNumber(QString::number(main.id), theirs)).ok();
        auto* name = edit.findChild<QLineEdit*>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Customer line (24/7)"));
        QTest::keyClicks(edit.findChild<QLineEdit*>(QStringLiteral("restartDelay")), QStringLiteral("0"));
        QTest::mouseClick(edit.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        ok &= QTest::qWaitFor([&edit] { return edit.findChild<ui::ConflictDialog*>() != nullptr; }, 10000);
        if (auto* conflict = edit.findChild<ui::ConflictDialog*>()) {
            ok &= save(conflict, folder, "conflict-dialog");
            QSignalSpy saved(&edit, &QDialog::accepted);
            QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("applyMine")), Qt::LeftButton);
            ok &= saved.wait(10000);
        }
    }
    {
        ui::JournalDialog journal(writer, &window);
        journal.resize(980, 560);
        ok &= save(&journal, folder, "journal");
    }
    QList<api::PhoneNumber> active;
    for (const api::PhoneNumber& n : store.numbers()) {
        if (!n.isArchived)
            active << n;
    }
    {
        ui::BulkEditDialog bulk(writer, active, &window);
        bulk.setField(QStringLiteral("voiceWorkMode"), QStringLiteral("forward_off_hours"));
        bulk.setField(QStringLiteral("enableWhatsApp"), true);
        bulk.showPreview();
        ok &= save(&bulk, folder, "bulk-edit-preview");
    }
    {
        ui::BulkArchiveDialog bulk(writer, active.mid(0, 12), &window);
        bulk.show();
        auto* confirmation = bulk.findChild<QLineEdit*>(QStringLiteral("confirmation"));
        ok &= QTest::qWaitFor([confirmation] { return confirmation->isVisible(); }, 10000);
        QTest::keyClicks(confirmation, QString::number(bulk.operation()->count(models::BulkArchive::State::Ready)));
        ok &= save(&bulk, folder, "bulk-archive-confirm");
    }
    {
        ui::NewNumberDialog create(writer, &window);
        create.show();
        auto* phones = create.findChild<QTableView*>(QStringLiteral("providerPhones"));
        ok &= QTest::qWaitFor([phones] { return phones->model()->rowCount() > 0; }, 10000);
        for (int row = 0; row < phones->model()->rowCount(); ++row) {
            if (phones->model()->flags(phones->model()->index(row, 0)) & Qt::ItemIsSelectable) {
                phones->selectRow(row);
                break;
            }
        }
        ok &= save(&create, folder, "new-number-dialog");
    }
    {
        ui::LinkDialog link(writer, main, &window);
        link.show();
        auto* phones = link.findChild<QTableView*>(QStringLiteral("providerPhones"));
        ok &= QTest::qWaitFor([phones] { return phones->model()->rowCount() > 0; }, 10000);
        ok &= save(&link, folder, "link-dialog");
    }
    {
        ui::ArchiveDialog blocked(writer, main, &window);
        blocked.show();
        auto* pages = blocked.findChild<QStackedWidget*>(QStringLiteral("pages"));
        ok &= QTest::qWaitFor([pages] { return pages->currentWidget()->objectName() == QLatin1String("blockedPage"); }, 10000);
        ok &= save(&blocked, folder, "archive-dialog-blocked");
    }
    {
        ui::ArchiveDialog confirm(writer, numberNamed(store, QStringLiteral("Support - Tier 1")), &window);
        confirm.show();
        auto* pages = confirm.findChild<QStackedWidget*>(QStringLiteral("pages"));
        ok &= QTest::qWaitFor([pages] { return pages->currentWidget()->objectName() == QLatin1String("confirmPage"); }, 10000);
        QTest::keyClicks(confirm.findChild<QLineEdit*>(QStringLiteral("confirmation")), QStringLiteral("0101"));
        ok &= save(&confirm, folder, "archive-dialog-confirm");
    }
    server->stop();
    window.findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
    ok &= QTest::qWaitFor([&] { return store.connectivity() == models::NumberStore::Connectivity::Offline; }, 15000);
    ok &= save(&window, folder, "main-window-offline");
    return ok ? 0 : 1;
}
