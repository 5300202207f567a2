// SPDX-License-Identifier: MIT
#include "ui/WindowState.h"

#include "models/PrivateFiles.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace phonedesk::ui {
namespace {

QHeaderView* tableHeader(const QMainWindow& window)
{
    auto* table = window.findChild<QTableView*>(QStringLiteral("numbersTable"));
    return table ? table->horizontalHeader() : nullptr;
}

} // namespace

void saveWindowState(const QMainWindow& window, const QString& path)
{
    // Owner-only like every file of the app; QSettings then keeps the file's permissions.
    if (const QString problem = models::createPrivateFile(path); !problem.isEmpty()) {
        qWarning("window state not saved: %s", qPrintable(problem));
        return;
    }
    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("state"), window.saveState());
    if (auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("splitter"), splitter->saveState());
    if (QHeaderView* header = tableHeader(window)) {
        settings.setValue(QStringLiteral("columns"), header->saveState()); // order, widths, hidden, sort
        settings.setValue(QStringLiteral("columnCount"), header->count());
    }
    if (auto* archived = window.findChild<QComboBox*>(QStringLiteral("archivedFilter")))
        settings.setValue(QStringLiteral("archivedFilter"), archived->currentIndex());
}

void restoreWindowState(QMainWindow& window, const QString& path)
{
    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("MainWindow"));
    window.restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    window.restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    QHeaderView* header = tableHeader(window);
    if (header && header->restoreState(settings.value(QStringLiteral("columns")).toByteArray())) {
        header->setSectionHidden(0, false); // the number itself is never hidden
        // Columns newer than the saved state stay as the window made them (offered, hidden).
        for (int column = settings.value(QStringLiteral("columnCount"), 7).toInt(); column < header->count(); ++column)
            header->setSectionHidden(column, true);
        // The header only remembers the indicator; the rows are sorted by asking the view.
        window.findChild<QTableView*>(QStringLiteral("numbersTable"))
            ->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    auto* archived = window.findChild<QComboBox*>(QStringLiteral("archivedFilter"));
    const int filter = settings.value(QStringLiteral("archivedFilter"), -1).toInt();
    if (archived && filter >= 0 && filter < archived->count())
        archived->setCurrentIndex(filter);
}

void addColumnChooser(QHeaderView* header, QMenu* menu)
{
    QAbstractItemModel* model = header->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column > 0);
        action->setObjectName(QStringLiteral("showColumn%1").arg(column));
        QObject::connect(action, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    QObject::connect(menu, &QMenu::aboutToShow, header, [header, menu] {
        const QList<QAction*> actions = menu->actions();
        for (int column = 0; column < actions.size(); ++column) {
            const QSignalBlocker quiet(actions.at(column)); // restored state: show it, change nothing
            actions.at(column)->setChecked(!header->isSectionHidden(column));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, menu,
                     [header, menu](const QPoint& at) { menu->exec(header->viewport()->mapToGlobal(at)); });
}

} // namespace phonedesk::ui
