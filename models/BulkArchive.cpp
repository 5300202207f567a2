// SPDX-License-Identifier: MIT
#include "models/BulkArchive.h"

#include "api/ApiClient.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"

namespace phonedesk::models {

BulkArchive::BulkArchive(NumberWriter& writer, const QList<api::PhoneNumber>& numbers, int atOnce, QObject* parent)
    : QObject(parent), m_writer(writer), m_queue(atOnce, [this](int i) { m_start(m_phase.at(i)); })
{
    for (const api::PhoneNumber& number : numbers)
        m_rows.append({number, State::Checking, {}, {}});
}

void BulkArchive::checkBlockers()
{
    runOver(State::Checking, [this](int row) { check(row); });
}

void BulkArchive::archiveReady()
{
    runOver(State::Ready, [this](int row) {
        setState(row, State::Archiving);
        archive(row);
    });
}

void BulkArchive::runOver(State state, const std::function<void(int)>& start)
{
    m_phase.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == state)
            m_phase << row;
    }
    m_start = start;
    m_pending = int(m_phase.size());
    if (m_phase.isEmpty())
        Q_EMIT finished();
    else
        m_queue.run(int(m_phase.size()));
}

void BulkArchive::cancel()
{
    for (int i : m_queue.cancel())
        setState(m_phase.at(i), State::Cancelled);
}

int BulkArchive::count(State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row& r) { return r.state == state; }));
}

void BulkArchive::check(int row)
{
    const QString id = QString::number(m_rows.at(row).number.id);
    m_writer.store().calls().run<api::ArchiveBlockers>(
        [this, id] { return m_writer.client().getArchiveBlockers(id); }, this,
        [this, row](const api::ArchiveBlockers& result) {
            m_rows[row].blockers = result.blockers;
            setState(row, result.blockers.isEmpty() ? State::Ready : State::Blocked);
        },
        [this, row](const api::ApiError& error) { setState(row, State::CheckFailed, error.message()); });
}

void BulkArchive::archive(int row)
{
    NumberWrite* write = m_writer.archive(m_rows.at(row).number);
    connect(write, &NumberWrite::finished, this, [this, row, write] {
        if (write->outcome() == NumberWrite::Outcome::Done)
            return setState(row, State::Archived);
        m_rows[row].blockers = write->error().blockers; // something started using it meanwhile
        setState(row, State::Failed, write->error().message());
    });
}

void BulkArchive::setState(int row, State state, const QString& message)
{
    m_rows[row].state = state;
    m_rows[row].message = message;
    Q_EMIT rowChanged(row);
    if (state == State::Archiving)
        return; // started, not finished
    --m_pending;
    Q_EMIT progress(int(m_phase.size()) - m_pending, int(m_phase.size()));
    if (state != State::Cancelled)
        m_queue.done();
    if (m_pending == 0)
        Q_EMIT finished();
}

} // namespace phonedesk::models
