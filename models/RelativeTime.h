// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace phonedesk::models {

// "just now", "3 min ago", "5 h ago", "2 days ago"; a week or more back, the date. A time a
// little ahead of `now` (clocks differ) is "just now" too.
QString relativeTime(const QDateTime& then, const QDateTime& now);

} // namespace phonedesk::models
