// SPDX-License-Identifier: MIT
#include "ui/BulkDialogParts.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace phonedesk::ui {

QTableView* bulkTable(QAbstractItemModel* rows, const QString& objectName, int planWidth, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(rows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 140); // number
    table->setColumnWidth(1, 180); // name
    table->setColumnWidth(2, planWidth);
    return table;
}

void makeDestructive(QPushButton* button)
{
    button->setAutoDefault(false);
    button->setStyleSheet(QStringLiteral("QPushButton:enabled { background: #c62828; color: white; padding: 4px 12px; }"));
}

} // namespace phonedesk::ui
