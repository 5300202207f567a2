// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QHeaderView;
class QMainWindow;
class QMenu;

namespace phonedesk::ui {

// How the user left the main window, kept in an INI file beside the profiles: geometry and
// toolbars, the splitter, the table's columns (order, widths, hidden ones), its sort, and the
// archived filter. A missing or unreadable file leaves the defaults.
void saveWindowState(const QMainWindow& window, const QString& path);
void restoreWindowState(QMainWindow& window, const QString& path);

// Fills `menu` with one check box per column of `header` (the first column always stays), and
// offers the same menu on a right click on the header.
void addColumnChooser(QHeaderView* header, QMenu* menu);

} // namespace phonedesk::ui
