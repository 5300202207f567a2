// SPDX-License-Identifier: MIT
#include "Journal.h"

namespace phonedesk::models {

QStringList JournalEntry::changedFields() const
{
    QStringList fields;
    QStringList keys = after.keys();
    for (const QString& key : before.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString& key : std::as_const(keys)) {
        if (key != QLatin1String("updatedAt") && before.value(key) != after.value(key))
            fields << key;
    }
    return fields;
}

} // namespace phonedesk::models
