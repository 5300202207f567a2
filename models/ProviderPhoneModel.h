// SPDX-License-Identifier: MIT
#pragma once

#include "api/ProviderPhone.h"
#include "models/NumberFilter.h"

#include <QList>

namespace phonedesk::models {

// The provider phones a number can be linked to. A phone linked to another number is listed but
// cannot be chosen, and its Assignment column says why.
class ProviderPhoneModel : public SearchableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, CapabilitiesColumn, AssignmentColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole, UuidRole };

    explicit ProviderPhoneModel(QObject* parent = nullptr);

    // numberUuid: the number being linked (its own phone stays choosable); empty for a new one.
    void setPhones(const QList<api::ProviderPhone>& phones, const QString& numberUuid = {});
    const api::ProviderPhone& phoneAt(int row) const { return m_rows.at(row).phone; }
    bool isChoosable(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    SearchKeyView searchKeyAt(int row) const override { return m_rows.at(row).key; }
    bool isArchivedAt(int) const override { return false; }

private:
    struct Row
    {
        api::ProviderPhone phone;
        QString formatted;
        SearchKey key;
    };
    QString assignment(const api::ProviderPhone& phone) const;

    QList<Row> m_rows;
    QString m_numberUuid;
};

} // namespace phonedesk::models
