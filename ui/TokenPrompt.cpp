// SPDX-License-Identifier: MIT
#include "ui/TokenPrompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace phonedesk::ui {

TokenPrompt defaultTokenPrompt()
{
    return [](QWidget* parent, const QString& why) -> std::optional<QString> {
        bool ok = false;
        const QString token = QInputDialog::getText(parent, QObject::tr("New API token"), why, QLineEdit::Password, {}, &ok);
        if (!ok || token.trimmed().isEmpty())
            return std::nullopt;
        return token.trimmed();
    };
}

} // namespace phonedesk::ui
