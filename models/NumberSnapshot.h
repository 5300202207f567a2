// SPDX-License-Identifier: MIT
#pragma once

#include "models/NumberRows.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <functional>

namespace phonedesk::models {

// A list of numbers as the server sent it: each number's JSON bytes (views into the body, which
// this holds) and fingerprint, in the server's order; and the table's columns of those that are
// new or changed since the rows it was read against.
struct NumberSnapshot
{
    struct Entry
    {
        qint64 id = 0;
        quint64 hash = 0;
        QByteArrayView json;
        qsizetype fresh = -1; // its row in `fresh`; -1: the same bytes as in the rows read against
    };

    QByteArray body;
    QList<Entry> entries;
    NumberRows fresh; // read anew: new numbers and changed ones
    QList<qint64> removed; // in the rows read against, not in the list
    // Numbers that could not be read ("[12] (number 4711) is 80 KiB, ..."), and the ids of those
    // that named one: what is stored of them stays as it was.
    QStringList refused;
    QList<qint64> refusedIds;

    // Every number the server listed was read or named by its id, so a number not in the
    // snapshot is gone. Otherwise a refused one may be any of them, and none is removed.
    bool knowsWhatIsGone() const { return refused.size() == refusedIds.size(); }

    // Reads a list body on the calling thread: a number whose bytes are those of the same
    // number in `current` is not read again. Returns what is wrong with the body as a whole, or
    // an empty string. A first sync (`current` empty) passes the rows read so far to `early` now
    // and then (1,000, then twice as many each time, at most kLargestEarlyBatch), so that they
    // can be shown before the whole list is read.
    QString read(QByteArray listBody, const NumberRows& current, const std::function<void(const NumberRows&)>& early = {});
    static constexpr qsizetype kFirstEarlyBatch = 1000;
    static constexpr qsizetype kLargestEarlyBatch = 16384;
    qsizetype entryOf(qint64 id) const { return m_byId.value(id, -1); }
    // The JSON of one number, or empty when it is not in the snapshot.
    QByteArrayView jsonOf(qint64 id) const;
    // From typed numbers, e.g. made in a test or kept from an older cache.
    static NumberSnapshot of(const QList<QByteArray>& jsons);

private:
    QHash<qint64, qsizetype> m_byId; // entry by id
};

} // namespace phonedesk::models
