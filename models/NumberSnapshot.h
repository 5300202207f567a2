// SPDX-License-Identifier: MIT
#pragma once

#include "models/NumberRows.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace phonedesk::models {

// A list of numbers as the server sent it: each number's JSON bytes (views into the body, which
// this holds), their fingerprints and the table's columns of each, in the server's order.
struct NumberSnapshot
{
    struct Entry
    {
        qint64 id = 0;
        quint64 hash = 0;
        QByteArrayView json;
    };

    QByteArray body;
    QList<Entry> entries; // entries[i] is rows' row i
    NumberRows rows;
    // Numbers that could not be read ("[12] (number 4711) is 80 KiB, ..."), and the ids of those
    // that named one: what is stored of them stays as it was.
    QStringList refused;
    QList<qint64> refusedIds;

    // Every number the server listed was read or named by its id, so a number not in the
    // snapshot is gone. Otherwise a refused one may be any of them, and none is removed.
    bool knowsWhatIsGone() const { return refused.size() == refusedIds.size(); }

    // Reads a list body on the calling thread: a number whose bytes are those of the same
    // number in `current` is taken from there, unread. Returns what is wrong with the body as a
    // whole, or an empty string.
    QString read(QByteArray listBody, const NumberRows& current);
    // The JSON of one number, or empty when it is not in the snapshot.
    QByteArrayView jsonOf(qint64 id) const;
    // From typed numbers, e.g. made in a test or kept from an older cache.
    static NumberSnapshot of(const QList<QByteArray>& jsons);
};

} // namespace phonedesk::models
