// SPDX-License-Identifier: MIT
#include "models/BulkApply.h"

#include "api/JsonMapping.h"
#include "models/NumberWriter.h"

namespace phonedesk::models {

BulkApply::BulkApply(NumberWriter& writer, QList<BulkEditRow> rows, JournalAction action, int atOnce, QObject* parent)
    : QObject(parent), m_writer(writer), m_action(action), m_queue(atOnce, [this](int row) { send(row); })
{
    for (BulkEditRow& row : rows) {
        if (row.outcome == BulkEditRow::Outcome::Change || row.outcome == BulkEditRow::Outcome::Create)
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
        if (m_results.at(row).result != Result::Done || m_rows.at(row).create)
            continue; // a created number stays (see undoRows in the header)
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

void BulkApply::send(int row)
{
    const BulkEditRow& edit = m_rows.at(row);
    NumberWrite* write = edit.create ? m_writer.create(*edit.create) : m_writer.update(edit.number, edit.request, m_action);
    connect(write, &NumberWrite::finished, this, [this, row, write] { sent(row, *write); });
}

void BulkApply::sent(int row, const NumberWrite& write)
{
    switch (write.outcome()) {
    case NumberWrite::Outcome::Done:
        m_results[row].after = write.number();
        return finishRow(row, Result::Done);
    case NumberWrite::Outcome::ChangedMeanwhile: return finishRow(row, Result::ChangedMeanwhile);
    case NumberWrite::Outcome::Failed:
    case NumberWrite::Outcome::Cancelled:
    case NumberWrite::Outcome::Pending: return finishRow(row, Result::Failed, write.error().message());
    }
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
