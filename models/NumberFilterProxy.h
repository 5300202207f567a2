// SPDX-License-Identifier: MIT
#pragma once

#include "models/NumberFilter.h"

#include <QAbstractProxyModel>
#include <QCollator>

#include <vector>

namespace phonedesk::models {

// Filters a SearchableModel (phone numbers, provider phones) by a NumberFilter and sorts it by
// its raw sort keys (Qt::UserRole); text sorts the way people read it ("Line 9" before "Line 10").
//
// Built for 100,000 rows and more. Each column's sorted order is computed once (from collator
// sort keys for text, kept per row) and kept while the rows stay the same; the shown rows are
// that order filtered in one pass, and a keystroke that narrows the query filters only the rows
// shown. A changed or added row moves to its place by binary search; many at once (a sync's
// batch) are sorted among themselves and merged in. Every change of the shown rows is one layout
// change that keeps the selection.
class NumberFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit NumberFilterProxy(SearchableModel* source, QObject* parent = nullptr);

    void setFilter(const NumberFilter& filter);
    const NumberFilter& filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The source rows in the order of `column`, ascending; computed when first needed.
    const std::vector<int>& sortedBy(int column) const;
    bool less(int column, int a, int b) const;
    bool accepts(int sourceRow) const;
    // Recomputes the shown rows from `candidates` (source rows in display order) in one layout change.
    void show(const std::vector<int>& candidates, bool reversed);
    // announce: as a layout change (not while the model resets).
    void refilter(bool narrowing, bool announce = true);
    void beginLayout();
    void endLayout();
    void forgetOrders()
    {
        m_sorted.clear();
        m_keys.clear();
    }
    void indexShown();
    // The sort keys of changed or added source rows, in every column that keeps them.
    void updateKeys(int first, int last);
    // Places changed or added source rows without re-sorting the rest.
    void placeRows(int first, int last);
    void placeMany(int first, int last);

    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);

    SearchableModel* m_source;
    NumberFilter m_filter;
    QCollator m_collator;
    int m_sortColumn = -1; // -1: the source's order
    Qt::SortOrder m_order = Qt::AscendingOrder;
    mutable std::vector<std::vector<int>> m_sorted; // per column; empty: not computed
    // Per text column with an order, by source row: the collator's sort key of its value.
    mutable std::vector<std::vector<QCollatorSortKey>> m_keys;
    std::vector<int> m_shown; // source rows, as shown
    std::vector<int> m_proxyRowOf; // per source row: its shown row, or -1
    // During a layout change: the persistent indexes and the source rows they stood for.
    QModelIndexList m_persistent;
    std::vector<std::pair<int, int>> m_persistentSource; // source row, column
    bool m_inLayout = false;
};

} // namespace phonedesk::models
