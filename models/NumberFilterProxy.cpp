// SPDX-License-Identifier: MIT
#include "models/NumberFilterProxy.h"

#include <algorithm>
#include <numeric>

namespace phonedesk::models {

NumberFilterProxy::NumberFilterProxy(SearchableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    // Qt compares plainly under the C locale (as in LANG=C.UTF-8) and ignores numeric mode.
    if (m_collator.locale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Connected before setSourceModel(), so that the ranks are up to date before the base class
    // re-sorts what changed.
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) { rowsChanged(topLeft.row(), bottomRight.row()); });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) { rowsAdded(first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, &NumberFilterProxy::forgetRanks);
    connect(source, &QAbstractItemModel::rowsMoved, this, &NumberFilterProxy::forgetRanks);
    connect(source, &QAbstractItemModel::modelReset, this, &NumberFilterProxy::forgetRanks);
    connect(source, &QAbstractItemModel::layoutChanged, this, &NumberFilterProxy::forgetRanks);
    setSourceModel(source);
    setSortRole(Qt::UserRole); // each model's raw sort key
}

void NumberFilterProxy::setFilter(const NumberFilter& filter)
{
    m_filter = filter;
    // One pass and one layout change; selected rows that still match stay selected.
    invalidate();
}

bool NumberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_filter.matches(m_source->searchKeyAt(sourceRow), m_source->isArchivedAt(sourceRow));
}

bool NumberFilterProxy::valueLess(const QVariant& a, const QVariant& b) const
{
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

const std::vector<int>& NumberFilterProxy::ranksOf(int column) const
{
    if (column == m_rankedColumn && !m_ranks.empty())
        return m_ranks;
    const int rows = m_source->rowCount();
    std::vector<QVariant> values;
    values.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        values.push_back(m_source->index(row, column).data(sortRole()));
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    // Text: the collator's sort keys, made once per row, compare much faster than the strings.
    const bool text = std::all_of(values.begin(), values.end(), [](const QVariant& v) { return v.typeId() == QMetaType::QString; });
    std::vector<QCollatorSortKey> keys;
    if (text) {
        keys.reserve(values.size());
        for (const QVariant& value : values)
            keys.push_back(m_collator.sortKey(value.toString()));
    }
    const auto less = [&](int a, int b) {
        return text ? keys[size_t(a)].compare(keys[size_t(b)]) < 0 : valueLess(values[size_t(a)], values[size_t(b)]);
    };
    std::stable_sort(order.begin(), order.end(), less);
    m_ranks.assign(size_t(rows), 0);
    int rank = 0;
    for (size_t i = 1; i < order.size(); ++i) {
        if (less(order[i - 1], order[i]))
            ++rank; // equal values share a rank, as the collator finds them equal
        m_ranks[size_t(order[i])] = rank;
    }
    m_rankedColumn = column;
    m_unranked = 0;
    return m_ranks;
}

bool NumberFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const std::vector<int>& ranks = ranksOf(left.column());
    const size_t l = size_t(left.row());
    const size_t r = size_t(right.row());
    if (l < ranks.size() && r < ranks.size() && ranks[l] != kUnranked && ranks[r] != kUnranked)
        return ranks[l] < ranks[r];
    return valueLess(left.data(sortRole()), right.data(sortRole()));
}

void NumberFilterProxy::rowsChanged(int first, int last)
{
    if (m_ranks.empty())
        return;
    for (int row = first; row <= last && size_t(row) < m_ranks.size(); ++row) {
        if (m_ranks[size_t(row)] != kUnranked) {
            m_ranks[size_t(row)] = kUnranked;
            ++m_unranked;
        }
    }
    if (m_unranked > std::max(64, int(m_ranks.size()) / 8))
        forgetRanks(); // recomputing is cheaper than many comparisons by value
}

void NumberFilterProxy::rowsAdded(int first, int last)
{
    if (size_t(first) != m_ranks.size()) {
        forgetRanks(); // inserted in the middle: every later row moved
        return;
    }
    m_ranks.resize(size_t(last) + 1, kUnranked);
    m_unranked += last - first + 1;
    if (m_unranked > std::max(64, int(m_ranks.size()) / 8))
        forgetRanks(); // e.g. the first sync into an empty table
}

} // namespace phonedesk::models
