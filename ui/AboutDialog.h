// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace phonedesk::ui {

// Help > About PhoneDesk: the version, the Qt it runs on, and the libraries it uses with their
// licenses; "Copy" puts the versions on the clipboard, for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // "PhoneDesk 0.1.0, Qt 6.4.2 (built with 6.4.2), Debian GNU/Linux 12 (bookworm)"
    static QString versionLine();
};

} // namespace phonedesk::ui
