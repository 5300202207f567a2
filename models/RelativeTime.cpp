// SPDX-License-Identifier: MIT
#include "models/RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace phonedesk::models {

QString relativeTime(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = then.secsTo(now);
    // Counted here, not inside translate(): lupdate 6.4 hangs on a division in its arguments.
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / (24 * 3600));
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    if (seconds < 3600)
        return QCoreApplication::translate("RelativeTime", "%n min ago", nullptr, minutes);
    if (seconds < 24 * 3600)
        return QCoreApplication::translate("RelativeTime", "%n h ago", nullptr, hours);
    if (seconds < 7 * 24 * 3600)
        return QCoreApplication::translate("RelativeTime", "%n days ago", nullptr, days);
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace phonedesk::models
