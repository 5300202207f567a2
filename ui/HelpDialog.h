// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QMenuBar;
class QTextBrowser;

namespace phonedesk::ui {

// Help > PhoneDesk guide (F1) and Help > Keyboard shortcuts: a short guide to the daily work,
// and every shortcut of the window, read from its menus so that the list cannot go stale.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Guide, Shortcuts };
    HelpDialog(Page page, const QMenuBar* menus, QWidget* parent = nullptr);

    // The shortcuts as "Ctrl+E — Export shown numbers…", in menu order; the table's own keys last.
    static QStringList shortcutLines(const QMenuBar* menus);
    QString text() const;

private:
    QTextBrowser* m_text;
};

} // namespace phonedesk::ui
