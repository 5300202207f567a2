// SPDX-License-Identifier: MIT
#include "models/BulkRowsModel.h"

#include <QColor>

namespace phonedesk::models {

void BulkRowsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void BulkRowsModel::setPlan(int row, const QString& plan, Tone tone)
{
    m_rows[row].plan = plan;
    m_rows[row].planTone = tone;
    Q_EMIT dataChanged(index(row, PlanColumn), index(row, PlanColumn));
}

void BulkRowsModel::setResult(int row, const QString& result, Tone tone)
{
    m_rows[row].result = result;
    m_rows[row].resultTone = tone;
    Q_EMIT dataChanged(index(row, ResultColumn), index(row, ResultColumn));
}

int BulkRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const QString* texts[] = {&row.number, &row.name, &row.plan, &row.result};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return *texts[index.column()];
    if (role == Qt::ForegroundRole) {
        const Tone tone = index.column() == PlanColumn ? row.planTone
                          : index.column() == ResultColumn ? row.resultTone
                                                           : Tone::Plain;
        if (tone == Tone::Bad)
            return QColor(0xd3, 0x2f, 0x2f); // readable on light and dark bases
        if (tone == Tone::Quiet)
            return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QVariant BulkRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case PlanColumn: return tr("What would happen");
    case ResultColumn: return tr("Result");
    }
    return {};
}

} // namespace phonedesk::models
