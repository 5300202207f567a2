// SPDX-License-Identifier: MIT
#include "BulkApply.h"

#include "ApiClient.h"
#include "JsonMapping.h"
#include "NumberStore.h"

namespace phonedesk::models {

BulkApply::BulkApply(api::ApiClient& client, NumberStore& store, QList<BulkEditRow> rows, const QString& action,
                     int atOnce, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_action(action), m_queue(atOnce, [this](int row) { fetch(row); })
{
    for (BulkEditRow& row : rows) {
        if (row.outcome == BulkEditRow::Outcome::Change)
            m_rows.append(std::move(row));
    }
    m_results.resize(m_rows.size());
}

void BulkApply::start()
{
    if (m_rows.isEmpty())
        Q_EMIT finished();
    else
        m_queue.run(int(m_rows.size()));
}

void BulkApply::cancel()
{
    for (int row : m_queue.cancel())
        finishRow(row, Result::Cancelled);
}

qsizetype BulkApply::count(Result result) const
{
    return std::count_if(m_results.cbegin(), m_results.cend(), [result](const RowResult& r) { return r.result == result; });
}

QList<BulkEditRow> BulkApply::undoRows() const
{
    QList<BulkEditRow> undo;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_results.at(row).result != Result::Done)
            continue;
        const QJsonObject before = api::toJson(m_rows.at(row).number);
        BulkEditRow revert;
        revert.number = m_results.at(row).after;
        revert.outcome = BulkEditRow::Outcome::Change;
        for (const QString& field : m_rows.at(row).request.fields.keys())
            revert.request.fields.insert(field, before.value(field));
        undo << revert;
    }
    return undo;
}

void BulkApply::fetch(int row)
{
    api::ApiCall* call = m_client.getPhoneNumber(QString::number(m_rows.at(row).number.id));
    connect(call, &api::ApiCall::finished, this, [this, row, call] { fetched(row, call); });
}

void BulkApply::fetched(int row, api::ApiCall* call)
{
    const auto* fetch = static_cast<api::PhoneNumberCall*>(call);
    if (!fetch->ok()) {
        m_store.noteError(fetch->error());
        return finishRow(row, Result::Failed, fetch->error().message());
    }
    const BulkEditRow& edit = m_rows.at(row);
    if (edit.request.conflictsWith(edit.number, fetch->value())) {
        m_store.applyServerNumber(fetch->value()); // the table shows what changed
        return finishRow(row, Result::ChangedMeanwhile);
    }
    api::ApiCall* update = m_client.updatePhoneNumber(QString::number(edit.number.id), edit.request);
    connect(update, &api::ApiCall::finished, this, [this, row, update] { updated(row, update); });
}

void BulkApply::updated(int row, api::ApiCall* call)
{
    const auto* update = static_cast<api::PhoneNumberCall*>(call);
    const BulkEditRow& edit = m_rows.at(row);
    JournalEntry entry = JournalEntry::intent(m_action, edit.number, edit.request.fields);
    entry.answered(update->error(), update->ok() ? &update->value() : nullptr);
    if (update->ok()) {
        m_results[row].after = update->value();
        m_store.applyServerNumber(update->value());
    } else {
        m_store.noteError(update->error());
    }
    m_store.recordWrite(entry);
    finishRow(row, update->ok() ? Result::Done : Result::Failed, entry.message);
}

void BulkApply::finishRow(int row, Result result, const QString& message)
{
    m_results[row].result = result;
    m_results[row].message = message;
    ++m_finished;
    Q_EMIT rowFinished(row);
    Q_EMIT progress(m_finished, int(m_rows.size()));
    if (result != Result::Cancelled)
        m_queue.done();
    if (m_finished == m_rows.size())
        Q_EMIT finished();
}

} // namespace phonedesk::models
