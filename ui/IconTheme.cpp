// SPDX-License-Identifier: MIT
#include "ui/IconTheme.h"

#include <QIcon>

#include <algorithm>

namespace phonedesk::ui {
namespace {

// The desktop's own theme, as found at the first call (later calls may have replaced it).
QString& desktopTheme()
{
    static QString theme;
    return theme;
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

const QStringList& usedIconNames()
{
    static const QStringList names {
        QStringLiteral("application-exit"), QStringLiteral("archive-insert"), QStringLiteral("document-edit"),
        QStringLiteral("document-export"), QStringLiteral("document-import"), QStringLiteral("edit-clear"), QStringLiteral("edit-copy"),
        QStringLiteral("edit-find"), QStringLiteral("edit-select-all"), QStringLiteral("help-about"),
        QStringLiteral("help-contents"), QStringLiteral("insert-link"), QStringLiteral("list-add"),
        QStringLiteral("network-connect"), QStringLiteral("process-stop"), QStringLiteral("view-history"),
        QStringLiteral("view-refresh"),
    };
    return names;
}

QString installIconTheme(const QPalette& palette)
{
    const QString resources = QStringLiteral(":/icons");
    if (!QIcon::themeSearchPaths().contains(resources))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << resources);
    const QString ours = isDark(palette) ? QStringLiteral("phonedesk-dark") : QStringLiteral("phonedesk");
    QIcon::setFallbackThemeName(QString()); // hasThemeIcon() below asks the desktop's theme alone
    // One set per window: the desktop's theme when it has every icon PhoneDesk shows, else ours
    // throughout. Filling the gaps of, say, Adwaita-dark with ours mixed two styles in a toolbar.
    const QString system = QIcon::themeName();
    if (!system.isEmpty() && !system.startsWith(QLatin1String("phonedesk")) && system != QLatin1String("hicolor")) {
        desktopTheme() = system;
    }
    const QString desktop = desktopTheme();
    QIcon::setThemeName(desktop.isEmpty() ? ours : desktop);
    const bool complete = !desktop.isEmpty()
        && std::all_of(usedIconNames().cbegin(), usedIconNames().cend(), [](const QString& name) { return QIcon::hasThemeIcon(name); });
    if (!complete)
        QIcon::setThemeName(ours);
    QIcon::setFallbackThemeName(ours);
    return QIcon::themeName();
}

} // namespace phonedesk::ui
