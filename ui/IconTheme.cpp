// SPDX-License-Identifier: MIT
#include "ui/IconTheme.h"

#include <QIcon>

namespace phonedesk::ui {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QString installIconTheme(const QPalette& palette)
{
    const QString resources = QStringLiteral(":/icons");
    if (!QIcon::themeSearchPaths().contains(resources))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << resources);
    const QString ours = isDark(palette) ? QStringLiteral("phonedesk-dark") : QStringLiteral("phonedesk");
    QIcon::setFallbackThemeName(ours);
    const QString system = QIcon::themeName();
    if (system.isEmpty() || system == QLatin1String("hicolor") || system.startsWith(QLatin1String("phonedesk")))
        QIcon::setThemeName(ours);
    return ours;
}

} // namespace phonedesk::ui
