// SPDX-License-Identifier: MIT
#include "BulkApply.h"

#include "ApiClient.h"
#include "JsonMapping.h"
#include "NumberStore.h"

namespace phonedesk::models {

BulkApply::BulkApply(api::ApiClient& client, NumberStore& store, QList<BulkEditRow> rows, int atOnce, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_atOnce(std::max(1, atOnce))
{
    for (BulkEditRow& row : rows) {
        if (row.outcome == BulkEditRow::Outcome::Change)
            m_rows.append(std::move(row));
    }
    m_results.resize(m_rows.size());
}

void BulkApply::start()
{
    if (m_rows.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    while (m_inFlight < m_atOnce && m_next < m_rows.size())
        sendNext();
}

void BulkApply::cancel()
{
    m_cancelled = true;
    for (int row = m_next; row < m_rows.size(); ++row)
        finishRow(row, Result::Cancelled);
    m_next = int(m_rows.size());
}

void BulkApply::sendNext()
{
    const int row = m_next++;
    ++m_inFlight;
    api::ApiCall* call = m_client.getPhoneNumber(QString::number(m_rows.at(row).number.id));
    connect(call, &api::ApiCall::finished, this, [this, row, call] { fetched(row, call); });
}

void BulkApply::fetched(int row, api::ApiCall* call)
{
    const auto* fetch = static_cast<api::PhoneNumberCall*>(call);
    if (!fetch->ok()) {
        --m_inFlight;
        finishRow(row, Result::Failed, fetch->error().message());
        return;
    }
    if (fetch->value().updatedAt != m_rows.at(row).number.updatedAt) {
        --m_inFlight;
        m_store.applyServerNumber(fetch->value()); // the table shows what changed
        finishRow(row, Result::ChangedMeanwhile);
        return;
    }
    api::ApiCall* update = m_client.updatePhoneNumber(QString::number(m_rows.at(row).number.id), m_rows.at(row).request);
    connect(update, &api::ApiCall::finished, this, [this, row, update] { updated(row, update); });
}

void BulkApply::updated(int row, api::ApiCall* call)
{
    --m_inFlight;
    const auto* update = static_cast<api::PhoneNumberCall*>(call);
    const BulkEditRow& edit = m_rows.at(row);
    JournalEntry entry = JournalEntry::intent(QStringLiteral("update"), edit.number, edit.request.fields);
    entry.answered(update->error(), update->ok() ? &update->value() : nullptr);
    if (update->ok())
        m_store.applyServerNumber(update->value());
    else
        m_store.noteError(update->error());
    m_store.recordWrite(entry);
    finishRow(row, update->ok() ? Result::Done : Result::Failed, entry.message);
}

void BulkApply::finishRow(int row, Result result, const QString& message)
{
    m_results[row] = {result, message};
    ++m_finished;
    Q_EMIT rowFinished(row);
    Q_EMIT progress(m_finished, int(m_rows.size()));
    if (!m_cancelled && m_next < m_rows.size())
        sendNext();
    if (m_finished == m_rows.size())
        Q_EMIT finished();
}

} // namespace phonedesk::models
