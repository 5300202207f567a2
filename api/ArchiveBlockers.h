// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace phonedesk::api {

// What keeps a number from being archived: a workflow that uses it as its default outbound
// number, or an event rule that refers to it.
struct ArchiveBlocker
{
    QString kind; // "workflow" or "event_rule"
    qint64 id = 0;
    QString name;
    QString reason;

    bool operator==(const ArchiveBlocker&) const = default;
};

struct ArchiveBlockers
{
    qint64 phoneNumberId = 0;
    bool canArchive = false;
    QList<ArchiveBlocker> blockers;

    bool operator==(const ArchiveBlockers&) const = default;
};

} // namespace phonedesk::api
