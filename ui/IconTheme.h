// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace phonedesk::ui {

// Icons by meaning, one consistent set: QIcon::fromTheme("document-edit") uses the desktop's own
// icon theme when it has every icon PhoneDesk shows (usedIconNames()); otherwise, or when there
// is no theme (a bare X session, offscreen), all come from PhoneDesk's SVG themes in the
// resources: "phonedesk" with dark strokes for light palettes, "phonedesk-dark" with light
// strokes for dark ones. Returns the theme in use.
QString installIconTheme(const QPalette& palette);

// Every icon name the window asks for.
const QStringList& usedIconNames();

bool isDark(const QPalette& palette);

} // namespace phonedesk::ui
