// SPDX-License-Identifier: MIT
#pragma once

#include "models/Clock.h"
#include "models/Journal.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace phonedesk::models {

class CacheWriter;

// The open profile's change journal: every write made from the app, oldest first, kept in the
// cache across restarts. An entry's seq is the one its row got in the cache, so it stays the
// same after a restart; it is 0 for the moment until that row is written.
class ChangeJournal : public QObject
{
    Q_OBJECT

public:
    ChangeJournal(CacheWriter& writer, Clock clock, QObject* parent = nullptr);

    // The profile's entries as the cache holds them; the old profile's are gone.
    void open(const QString& profile, QList<JournalEntry> entries);
    // A write made from the app: it gets its time here, its seq from the cache.
    void record(JournalEntry entry);
    // What a sync found changed by someone else (JournalAction::Seen), in one cache write.
    void recordSeen(QList<JournalEntry> entries);

    const QList<JournalEntry>& entries() const { return m_entries; }
    // One number's entries, oldest first, without looking at the others.
    QList<JournalEntry> historyOf(qint64 numberId) const;

Q_SIGNALS:
    // An entry was added (entryAdded) or got its seq from the cache (entryStored).
    void entryAdded(const JournalEntry& entry);
    void seenAdded(qsizetype count);
    void entryStored();

private:
    // Into the list now, into the cache in one transaction; each gets its seq when written.
    void append(QList<JournalEntry> entries);

    CacheWriter& m_writer;
    Clock m_clock;
    QString m_profile;
    int m_generation = 0; // one a open(): a row written for an earlier list is not this list's
    QList<JournalEntry> m_entries;
    QHash<qint64, QList<qsizetype>> m_byNumber; // number id -> positions in m_entries
};

} // namespace phonedesk::models
