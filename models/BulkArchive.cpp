// SPDX-License-Identifier: MIT
#include "BulkArchive.h"

#include "ApiClient.h"
#include "Journal.h"
#include "NumberStore.h"

namespace phonedesk::models {

BulkArchive::BulkArchive(api::ApiClient& client, NumberStore& store, const QList<api::PhoneNumber>& numbers,
                         int atOnce, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_queue(atOnce, [this](int i) { m_start(m_phase.at(i)); })
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
    api::ArchiveBlockersCall* call = m_client.getArchiveBlockers(QString::number(m_rows.at(row).number.id));
    connect(call, &api::ApiCall::finished, this, [this, row, call] {
        if (!call->ok()) {
            m_store.noteError(call->error());
            return setState(row, State::CheckFailed, call->error().message());
        }
        m_rows[row].blockers = call->value().blockers;
        setState(row, call->value().blockers.isEmpty() ? State::Ready : State::Blocked);
    });
}

void BulkArchive::archive(int row)
{
    const api::PhoneNumber number = m_rows.at(row).number;
    api::PhoneNumberCall* call = m_client.archivePhoneNumber(QString::number(number.id));
    connect(call, &api::ApiCall::finished, this, [this, row, number, call] {
        JournalEntry entry = JournalEntry::intent(QStringLiteral("archive"), number, {});
        entry.answered(call->error(), call->ok() ? &call->value() : nullptr);
        m_store.recordWrite(entry);
        if (call->ok()) {
            m_store.applyServerNumber(call->value());
            return setState(row, State::Archived);
        }
        m_store.noteError(call->error());
        m_rows[row].blockers = call->error().blockers; // something started using it meanwhile
        setState(row, State::Failed, entry.message);
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
