// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace phonedesk::ui {

// Icons by meaning: QIcon::fromTheme("document-edit") finds the desktop's own icon theme first;
// what it lacks, or everything when there is no theme (a bare X session, offscreen), comes from
// PhoneDesk's SVG themes in the resources: "phonedesk" with dark strokes for light palettes,
// "phonedesk-dark" with light strokes for dark ones. Returns the theme chosen for the palette.
QString installIconTheme(const QPalette& palette);

bool isDark(const QPalette& palette);

} // namespace phonedesk::ui
