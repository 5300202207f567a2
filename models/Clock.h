// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <functional>

namespace phonedesk::models {

// "Now", injectable: code that stamps or compares times takes a Clock, and tests set it.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace phonedesk::models
