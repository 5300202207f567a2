// SPDX-License-Identifier: MIT
#pragma once

#include <QModelIndexList>
#include <QString>

class QTableView;

namespace phonedesk::ui {

// The selected rows of `table` as a person sees them, for the clipboard: a header line, then one
// line per row in the shown order, the shown columns tab-separated in the shown order, each cell
// as the model gives it for `copyRole` (E.164 numbers and exact times, which tools read back).
QString tableText(const QTableView& table, int copyRole);

// The selected rows as source rows of `table`'s model, in the order shown.
QModelIndexList selectedRowsInViewOrder(const QTableView& table);

} // namespace phonedesk::ui
