// SPDX-License-Identifier: MIT
#pragma once

#include "NumberFilter.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace phonedesk::models {

// Filters a SearchableModel (phone numbers, provider phones) by a NumberFilter and sorts by its raw sort keys; text sorts the
// way people read it ("Line 9" before "Line 10").
class NumberFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NumberFilterProxy(SearchableModel* source, QObject* parent = nullptr);

    void setFilter(const NumberFilter& filter);
    const NumberFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SearchableModel* m_source;
    NumberFilter m_filter;
    QCollator m_collator;
};

} // namespace phonedesk::models
