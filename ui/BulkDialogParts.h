// SPDX-License-Identifier: MIT
#pragma once

#include "models/BulkApply.h"
#include "models/BulkRowsModel.h"

#include <QObject>
#include <utility>

class QAbstractItemModel;
class QPushButton;
class QTableView;
class QWidget;

namespace phonedesk::ui {

// What the bulk dialogs and the archive dialog share.

// The table of a bulk operation (a models::BulkRowsModel): one line per number, the plan column
// `planWidth` wide, the result column filling the rest.
QTableView* bulkTable(QAbstractItemModel* rows, const QString& objectName, int planWidth, QWidget* parent);

// What a previewed row would do, as the plan column says it: the fields with old and new value,
// what is already set, or why it is refused.
QString planOf(const models::BulkEditRow& row);
// What happened to a row that was sent (`undoing`: sent to revert it; `created`: a new number).
std::pair<QString, models::BulkRowsModel::Tone> resultOf(const models::BulkApply::RowResult& r, bool undoing, bool created);

// The red button of an action that cannot be undone; never the default button.
void makeDestructive(QPushButton* button);

// Closing a dialog while its bulk operation runs: nothing more is started, and what is in flight
// finishes (and is journaled) after the dialog is gone. Works for BulkApply and BulkArchive.
template<typename Operation>
void finishWithoutDialog(Operation* operation, QObject* dialog)
{
    operation->setParent(nullptr);
    QObject::disconnect(operation, nullptr, dialog, nullptr);
    QObject::connect(operation, &Operation::finished, operation, &QObject::deleteLater);
    operation->cancel();
}

} // namespace phonedesk::ui
