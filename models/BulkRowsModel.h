// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace phonedesk::models {

// The table of a bulk operation: per number, what it would do (the plan) and, once sent, what
// happened (the result). The dialogs write the texts; failures show in red. Cheap at any size.
class BulkRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, PlanColumn, ResultColumn, ColumnCount };
    enum class Tone { Plain, Quiet, Bad }; // Quiet: nothing to do; Bad: refused or failed
    struct Row
    {
        QString number;
        QString name;
        QString plan;
        Tone planTone = Tone::Plain;
        QString result;
        Tone resultTone = Tone::Plain;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);
    void setPlan(int row, const QString& plan, Tone tone);
    void setResult(int row, const QString& result, Tone tone);
    const Row& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace phonedesk::models
