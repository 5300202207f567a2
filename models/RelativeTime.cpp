// SPDX-License-Identifier: MIT
#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace phonedesk::models {

QString relativeTime(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = then.secsTo(now);
    const auto tr = [](const char* text, qint64 n) { return QCoreApplication::translate("RelativeTime", text, nullptr, int(n)); };
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    if (seconds < 3600)
        return tr("%n min ago", seconds / 60);
    if (seconds < 24 * 3600)
        return tr("%n h ago", seconds / 3600);
    if (seconds < 7 * 24 * 3600)
        return tr("%n days ago", seconds / (24 * 3600));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace phonedesk::models
