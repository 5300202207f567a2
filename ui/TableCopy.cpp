// SPDX-License-Identifier: MIT
#include "ui/TableCopy.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStringList>
#include <QTableView>

namespace phonedesk::ui {

QModelIndexList selectedRowsInViewOrder(const QTableView& table)
{
    QModelIndexList rows = table.selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    return rows;
}

QString tableText(const QTableView& table, int copyRole)
{
    const QHeaderView* header = table.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    const auto clean = [](QString text) { return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList titles;
    for (int column : columns)
        titles << clean(table.model()->headerData(column, Qt::Horizontal).toString());
    lines << titles.join(QLatin1Char('\t'));
    for (const QModelIndex& row : selectedRowsInViewOrder(table)) {
        QStringList cells;
        for (int column : columns) {
            const QModelIndex cell = row.siblingAtColumn(column);
            cells << clean(cell.data(copyRole).toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace phonedesk::ui
