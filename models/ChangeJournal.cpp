// SPDX-License-Identifier: MIT
#include "models/ChangeJournal.h"

#include "models/Cache.h"
#include "models/CacheWriter.h"

namespace phonedesk::models {

ChangeJournal::ChangeJournal(CacheWriter& writer, Clock clock, QObject* parent)
    : QObject(parent), m_writer(writer), m_clock(std::move(clock))
{
}

void ChangeJournal::open(const QString& profile, QList<JournalEntry> entries)
{
    m_profile = profile;
    ++m_generation;
    m_entries = std::move(entries);
    m_byNumber.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_byNumber[m_entries.at(i).numberId].append(i);
}

void ChangeJournal::record(JournalEntry entry)
{
    append({std::move(entry)});
    Q_EMIT entryAdded(m_entries.last());
}

void ChangeJournal::recordSeen(QList<JournalEntry> entries)
{
    const qsizetype count = entries.size();
    if (count == 0)
        return;
    append(std::move(entries));
    Q_EMIT seenAdded(count);
}

void ChangeJournal::append(QList<JournalEntry> entries)
{
    const qsizetype first = m_entries.size();
    for (JournalEntry& entry : entries) {
        entry.at = m_clock();
        entry.seq = 0;
        m_byNumber[entry.numberId].append(m_entries.size());
        m_entries.append(entry);
    }
    // The profile may be switched (or opened again) before the rows are written: only the list
    // the entries went into gets their seq.
    const QString profile = m_profile;
    const int generation = m_generation;
    m_writer.write(
        CacheWriter::Kind::Journal,
        [profile, entries](Cache& cache) {
            CacheWriter::Result result;
            result.problem = cache.appendJournal(profile, entries, &result.id);
            return result;
        },
        [this, generation, first, count = entries.size()](const CacheWriter::Result& result) {
            if (generation != m_generation || first + count > m_entries.size() || result.id == 0)
                return;
            for (qsizetype i = 0; i < count; ++i)
                m_entries[first + i].seq = result.id + i; // one transaction: consecutive rowids
            Q_EMIT entryStored();
        });
}

QList<JournalEntry> ChangeJournal::historyOf(qint64 numberId) const
{
    QList<JournalEntry> history;
    for (qsizetype position : m_byNumber.value(numberId))
        history.append(m_entries.at(position));
    return history;
}

} // namespace phonedesk::models
