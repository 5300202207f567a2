// SPDX-License-Identifier: MIT
#include "ui/HelpDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace phonedesk::ui {
namespace {

QString guideHtml()
{
    const char* const sections[][2] = {
        {QT_TRANSLATE_NOOP("HelpDialog", "Connect"),
         QT_TRANSLATE_NOOP("HelpDialog", "File > Connection… takes the server's address, the workspace and an API token. The token is kept in "
                                         "the system keychain, never in a file. To look around first, start PhoneDesk with --demo: it runs "
                                         "a demo workspace on this computer.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Find a number"),
         QT_TRANSLATE_NOOP("HelpDialog", "Type in the search box (Ctrl+F): digits find numbers as the table shows them (020 7946) or with "
                                         "their country code (+44 20 7946); words find names and brands. Active, Archived or All chooses "
                                         "which numbers are listed. Click a column's header to sort by it; right-click it to choose columns.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Find a number in any workspace"),
         QT_TRANSLATE_NOOP("HelpDialog", "View > Search all workspaces… (Ctrl+Shift+F) searches the cached numbers of every profile at "
                                         "once, offline too, and lists each match with its profile and workspace. Open switches to that "
                                         "profile and selects the number. A profile is searched once it has been synced on this computer.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Change numbers"),
         QT_TRANSLATE_NOOP("HelpDialog", "Enter edits the selected number; select many to edit them at once, with a preview before anything "
                                         "is sent and an undo afterwards. If someone changed the number meanwhile, PhoneDesk shows both "
                                         "versions before it sends yours.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Import from a spreadsheet"),
         QT_TRANSLATE_NOOP("HelpDialog", "Export the numbers (Ctrl+E), edit the file in a spreadsheet, and File > Import numbers… "
                                         "(Ctrl+I) sends exactly your edits. Every line is previewed first: created, updated (only the "
                                         "cells that differ), unchanged or refused with the reason. A line whose number changed on "
                                         "the server since the export is refused, never overwritten. Undo reverts the updates; created "
                                         "numbers stay.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Check the health"),
         QT_TRANSLATE_NOOP("HelpDialog", "View > Health (Ctrl+Shift+H), or the problem count in the status bar, lists what is wrong: "
                                         "numbers that cannot receive calls, forwarding in a circle, off-hours modes without their "
                                         "message, provider phones paid for but unused. Each finding opens its numbers for the fix, in "
                                         "bulk edit or the link dialog. It checks the cached numbers, so it works offline too.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Archive"),
         QT_TRANSLATE_NOOP("HelpDialog", "Delete archives the selected number after showing what blocks it (workflows, event rules) and "
                                         "asking you to type its last digits. Archiving cannot be undone; the provider phone goes back "
                                         "to the pool.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Work offline"),
         QT_TRANSLATE_NOOP("HelpDialog", "The numbers of the last sync are kept on this computer: without a connection you can still "
                                         "browse, search, copy and export them. Changes need the server.")},
        {QT_TRANSLATE_NOOP("HelpDialog", "Look back"),
         QT_TRANSLATE_NOOP("HelpDialog", "View > Change journal (Ctrl+J) lists every write made from PhoneDesk with what it changed; "
                                         "a saved change can be reverted from there.")},
    };
    QString html;
    for (const auto& [title, body] : sections) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(QCoreApplication::translate("HelpDialog", title).toHtmlEscaped(),
                         QCoreApplication::translate("HelpDialog", body).toHtmlEscaped());
    }
    return html;
}

} // namespace

QStringList HelpDialog::shortcutLines(const QMenuBar* menus)
{
    QStringList lines;
    for (const QAction* menu : menus->actions()) {
        if (!menu->menu())
            continue;
        for (const QAction* action : menu->menu()->actions()) {
            if (!action->isSeparator() && !action->menu() && !action->shortcut().isEmpty())
                lines << tr("%1 — %2").arg(action->shortcut().toString(QKeySequence::NativeText), action->text().remove(QLatin1Char('&')));
        }
    }
    lines << tr("%1 — Clear the search").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText))
          << tr("%1 — Move between the search, the table and the details").arg(QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText));
    return lines;
}

HelpDialog::HelpDialog(Page page, const QMenuBar* menus, QWidget* parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenLinks(false);
    if (page == Page::Guide) {
        setWindowTitle(tr("PhoneDesk guide"));
        m_text->setHtml(guideHtml());
    } else {
        setWindowTitle(tr("Keyboard shortcuts"));
        QString html = QStringLiteral("<table cellpadding=\"3\">");
        for (const QString& line : shortcutLines(menus)) {
            const qsizetype dash = line.indexOf(QStringLiteral(" — "));
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(line.left(dash).toHtmlEscaped(), line.mid(dash + 3).toHtmlEscaped());
        }
        m_text->setHtml(html + QStringLiteral("</table>"));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(620, 560);
}

QString HelpDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace phonedesk::ui
