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
    entry.at = m_clock();
    entry.seq = 0;
    const qsizetype position = m_entries.size();
    m_entries.append(entry);
    m_byNumber[entry.numberId].append(position);
    // The profile may be switched (or opened again) before the row is written: only the list
    // the entry went into gets the seq.
    const QString profile = m_profile;
    const int generation = m_generation;
    m_writer.write(
        CacheWriter::Kind::Journal,
        [profile, entry](Cache& cache) {
            CacheWriter::Result result;
            result.problem = cache.appendJournal(profile, entry, &result.id);
            return result;
        },
        [this, generation, position](const CacheWriter::Result& result) {
            if (generation != m_generation || position >= m_entries.size() || result.id == 0)
                return;
            m_entries[position].seq = result.id;
            Q_EMIT entryStored();
        });
    Q_EMIT entryAdded(entry);
}

void ChangeJournal::recordSeen(QList<JournalEntry> entries)
{
    if (entries.isEmpty())
        return;
    const qsizetype first = m_entries.size();
    for (JournalEntry& entry : entries) {
        entry.at = m_clock();
        entry.seq = 0;
        m_byNumber[entry.numberId].append(m_entries.size());
        m_entries.append(entry);
    }
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
    Q_EMIT seenAdded(entries.size());
}

QList<JournalEntry> ChangeJournal::historyOf(qint64 numberId) const
{
    QList<JournalEntry> history;
    for (qsizetype position : m_byNumber.value(numberId))
        history.append(m_entries.at(position));
    return history;
}

} // namespace phonedesk::models
