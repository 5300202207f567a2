// SPDX-License-Identifier: MIT
#include "models/NumberFilterProxy.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace phonedesk::models {
namespace {

// More changed rows than this at once are cheaper to re-sort than to place one by one.
constexpr int kPlaceOneByOne = 256;
// From this many rows on, a text column's first order is made in two halves at once.
constexpr int kSortInTwoHalves = 20000;

QCollator collatorFor(const QLocale& locale)
{
    QCollator collator(locale);
    // Qt compares plainly under the C locale (as in LANG=C.UTF-8) and ignores numeric mode.
    if (collator.locale().language() == QLocale::C)
        collator.setLocale(QLocale(QLocale::English));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace

NumberFilterProxy::NumberFilterProxy(SearchableModel* source, QObject* parent)
    : QAbstractProxyModel(parent), m_source(source), m_collator(collatorFor(QLocale()))
{
    QAbstractProxyModel::setSourceModel(source);

    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        forgetOrders();
        refilter(false, false);
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
        placeRows(topLeft.row(), bottomRight.row());
    });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        m_proxyRowOf.resize(size_t(m_source->rowCount()), -1);
        placeRows(first, last);
    });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) { onRowsAboutToBeRemoved(first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex&, int first, int last) { onRowsRemoved(first, last); });
    // The source models here never move rows or change their layout; if one did, start over.
    auto startOver = [this] {
        beginResetModel();
        forgetOrders();
        refilter(false, false);
        endResetModel();
    };
    connect(source, &QAbstractItemModel::rowsMoved, this, startOver);
    connect(source, &QAbstractItemModel::columnsInserted, this, startOver);
    connect(source, &QAbstractItemModel::columnsRemoved, this, startOver);
    connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    refilter(false, false);
}

QModelIndex NumberFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_shown.size()) || column >= m_source->columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex NumberFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

int NumberFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int NumberFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QModelIndex NumberFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_shown.size()))
        return {};
    return m_source->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex NumberFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void NumberFilterProxy::setFilter(const NumberFilter& filter)
{
    const bool narrowing = filter.narrows(m_filter);
    m_filter = filter;
    refilter(narrowing);
}

void NumberFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= m_source->columnCount())
        return;
    m_sortColumn = column;
    m_order = order;
    refilter(false);
}

bool NumberFilterProxy::accepts(int sourceRow) const
{
    return m_filter.matches(m_source->searchKeyAt(sourceRow), m_source->isArchivedAt(sourceRow));
}

bool NumberFilterProxy::less(int column, int a, int b) const
{
    if (size_t(column) < m_keys.size() && !m_keys[size_t(column)].empty()) {
        const std::vector<QCollatorSortKey>& keys = m_keys[size_t(column)];
        const int order = keys[size_t(a)].compare(keys[size_t(b)]);
        return order != 0 ? order < 0 : a < b;
    }
    const QVariant va = m_source->index(a, column).data(Qt::UserRole);
    const QVariant vb = m_source->index(b, column).data(Qt::UserRole);
    int order = 0;
    if (va.typeId() == QMetaType::QString && vb.typeId() == QMetaType::QString)
        order = m_collator.compare(va.toString(), vb.toString());
    else if (const QPartialOrdering c = QVariant::compare(va, vb); c == QPartialOrdering::Less)
        order = -1;
    else if (c == QPartialOrdering::Greater)
        order = 1;
    return order != 0 ? order < 0 : a < b; // equal keys keep the source's order
}

const std::vector<int>& NumberFilterProxy::sortedBy(int column) const
{
    if (m_sorted.size() <= size_t(column)) {
        m_sorted.resize(size_t(column) + 1);
        m_keys.resize(size_t(column) + 1);
    }
    std::vector<int>& order = m_sorted[size_t(column)];
    const int rows = m_source->rowCount();
    if (!order.empty() || rows == 0)
        return order;
    std::vector<QVariant> values;
    values.reserve(size_t(rows));
    bool text = true;
    for (int row = 0; row < rows; ++row) {
        values.push_back(m_source->index(row, column).data(Qt::UserRole));
        text = text && values.back().typeId() == QMetaType::QString;
    }
    order.resize(size_t(rows));
    std::iota(order.begin(), order.end(), 0);
    if (text) {
        // The collator's sort keys, made once per row, compare much faster than the strings;
        // they are kept for the rows that change or come later. At 100,000 names making them is
        // most of a start's sort: the second half is made and sorted on another core meanwhile.
        struct Half
        {
            std::vector<QCollatorSortKey> keys;
            std::vector<int> order;
        };
        auto sortHalf = [&values, locale = m_collator.locale()](int from, int to) {
            const QCollator collator = collatorFor(locale); // one each: a QCollator is not shared across threads
            Half half;
            half.keys.reserve(size_t(to - from));
            for (int row = from; row < to; ++row)
                half.keys.push_back(collator.sortKey(values[size_t(row)].toString()));
            half.order.resize(size_t(to - from));
            std::iota(half.order.begin(), half.order.end(), from);
            std::sort(half.order.begin(), half.order.end(), [&](int a, int b) {
                const int c = half.keys[size_t(a - from)].compare(half.keys[size_t(b - from)]);
                return c != 0 ? c < 0 : a < b;
            });
            return half;
        };
        const int middle = rows >= kSortInTwoHalves ? rows / 2 : rows;
        QFuture<Half> second = middle < rows ? QtConcurrent::run(sortHalf, middle, rows) : QFuture<Half>();
        Half first = sortHalf(0, middle);
        Half last = second.isValid() ? second.takeResult() : Half();
        std::vector<QCollatorSortKey>& keys = m_keys[size_t(column)];
        keys = std::move(first.keys);
        keys.reserve(size_t(rows));
        std::move(last.keys.begin(), last.keys.end(), std::back_inserter(keys));
        std::merge(first.order.begin(), first.order.end(), last.order.begin(), last.order.end(), order.begin(),
                   [&](int a, int b) { return less(column, a, b); });
    } else {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return QVariant::compare(values[size_t(a)], values[size_t(b)]) == QPartialOrdering::Less;
        });
    }
    return order;
}

void NumberFilterProxy::indexShown()
{
    m_proxyRowOf.assign(size_t(m_source->rowCount()), -1);
    for (size_t row = 0; row < m_shown.size(); ++row)
        m_proxyRowOf[size_t(m_shown[row])] = int(row);
}

void NumberFilterProxy::show(const std::vector<int>& candidates, bool reversed)
{
    // The keys are read in the source's order, front to back: read in a sorted column's order,
    // at 100,000 rows each would be a cache miss (20 ms a keystroke instead of 5).
    std::vector<char> accepted(size_t(m_source->rowCount()), 0);
    for (const int row : candidates)
        accepted[size_t(row)] = 1;
    for (size_t row = 0; row < accepted.size(); ++row) {
        if (accepted[row])
            accepted[row] = accepts(int(row)) ? 1 : 0;
    }
    std::vector<int> shown;
    shown.reserve(candidates.size());
    auto take = [&](int row) {
        if (accepted[size_t(row)])
            shown.push_back(row);
    };
    if (reversed)
        std::for_each(candidates.rbegin(), candidates.rend(), take);
    else
        std::for_each(candidates.begin(), candidates.end(), take);
    m_shown = std::move(shown);
    indexShown();
}

void NumberFilterProxy::refilter(bool narrowing, bool announce)
{
    if (announce)
        beginLayout();
    if (narrowing) {
        const std::vector<int> previous = m_shown; // already in display order
        show(previous, false);
    } else if (m_sortColumn < 0) {
        std::vector<int> all(size_t(m_source->rowCount()));
        std::iota(all.begin(), all.end(), 0);
        show(all, m_order == Qt::DescendingOrder);
    } else {
        show(sortedBy(m_sortColumn), m_order == Qt::DescendingOrder);
    }
    if (announce)
        endLayout();
}

void NumberFilterProxy::beginLayout()
{
    m_inLayout = true;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_persistent = persistentIndexList();
    m_persistentSource.clear();
    for (const QModelIndex& index : std::as_const(m_persistent)) {
        const bool valid = index.isValid() && size_t(index.row()) < m_shown.size();
        m_persistentSource.emplace_back(valid ? m_shown[size_t(index.row())] : -1, index.column());
    }
}

void NumberFilterProxy::endLayout()
{
    QModelIndexList to;
    to.reserve(m_persistent.size());
    for (const auto& [sourceRow, column] : m_persistentSource) {
        const int row = sourceRow >= 0 && size_t(sourceRow) < m_proxyRowOf.size() ? m_proxyRowOf[size_t(sourceRow)] : -1;
        to.append(row < 0 ? QModelIndex() : createIndex(row, column));
    }
    changePersistentIndexList(m_persistent, to);
    m_persistent.clear();
    m_persistentSource.clear();
    m_inLayout = false;
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void NumberFilterProxy::updateKeys(int first, int last)
{
    for (size_t column = 0; column < m_keys.size(); ++column) {
        std::vector<QCollatorSortKey>& keys = m_keys[column];
        if (keys.empty())
            continue;
        for (int row = first; row <= last; ++row) {
            QCollatorSortKey key = m_collator.sortKey(m_source->index(row, int(column)).data(Qt::UserRole).toString());
            if (size_t(row) < keys.size())
                keys[size_t(row)] = std::move(key);
            else
                keys.push_back(std::move(key)); // rows are only ever added at the end
        }
    }
}

void NumberFilterProxy::placeMany(int first, int last)
{
    // Each kept order without these rows, merged with them sorted among themselves.
    for (size_t column = 0; column < m_sorted.size(); ++column) {
        std::vector<int>& order = m_sorted[column];
        if (order.empty())
            continue;
        auto by = [&](int a, int b) { return less(int(column), a, b); };
        std::vector<int> placed(size_t(last - first + 1));
        std::iota(placed.begin(), placed.end(), first);
        std::sort(placed.begin(), placed.end(), by);
        std::vector<int> rest;
        rest.reserve(order.size());
        std::copy_if(order.begin(), order.end(), std::back_inserter(rest), [&](int row) { return row < first || row > last; });
        order.clear();
        order.reserve(rest.size() + placed.size());
        std::merge(rest.begin(), rest.end(), placed.begin(), placed.end(), std::back_inserter(order), by);
    }
    refilter(false);
}

void NumberFilterProxy::placeRows(int first, int last)
{
    updateKeys(first, last);
    if (last - first + 1 > kPlaceOneByOne)
        return placeMany(first, last);
    const bool reversed = m_order == Qt::DescendingOrder;
    // Display order: the sort column's, or the source's.
    auto before = [&](int a, int b) {
        const bool ascending = m_sortColumn < 0 ? a < b : less(m_sortColumn, a, b);
        return reversed ? (a != b && !ascending) : ascending;
    };
    auto inPlace = [&](const std::vector<int>& rows, size_t at, auto&& order) {
        return (at == 0 || order(rows[at - 1], rows[at])) && (at + 1 >= rows.size() || order(rows[at], rows[at + 1]));
    };
    bool moved = false;
    for (int row = first; row <= last; ++row) {
        const int shownAt = m_proxyRowOf[size_t(row)];
        const bool accepted = accepts(row);
        if (shownAt >= 0 && accepted && inPlace(m_shown, size_t(shownAt), before))
            continue;
        moved = moved || shownAt >= 0 || accepted;
    }
    // The kept orders of every column: each changed row to its place.
    for (size_t column = 0; column < m_sorted.size(); ++column) {
        std::vector<int>& order = m_sorted[column];
        if (order.empty())
            continue;
        auto byColumn = [&](int a, int b) { return less(int(column), a, b); };
        for (int row = first; row <= last; ++row) {
            if (const auto it = std::find(order.begin(), order.end(), row); it != order.end()) {
                if (inPlace(order, size_t(it - order.begin()), byColumn))
                    continue;
                order.erase(it);
            }
            order.insert(std::lower_bound(order.begin(), order.end(), row, byColumn), row);
        }
    }
    if (moved) {
        beginLayout();
        for (int row = first; row <= last; ++row) {
            if (const int at = m_proxyRowOf[size_t(row)]; at >= 0)
                m_shown.erase(m_shown.begin() + at), indexShown();
            if (accepts(row))
                m_shown.insert(std::lower_bound(m_shown.begin(), m_shown.end(), row, before), row);
            indexShown();
        }
        endLayout();
    }
    for (int row = first; row <= last; ++row) {
        if (const int at = m_proxyRowOf[size_t(row)]; at >= 0)
            Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
    }
}

void NumberFilterProxy::onRowsAboutToBeRemoved(int, int)
{
    beginLayout();
}

void NumberFilterProxy::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (auto& [sourceRow, column] : m_persistentSource) {
        if (sourceRow >= first && sourceRow <= last)
            sourceRow = -1;
        else if (sourceRow > last)
            sourceRow -= count;
    }
    // The kept orders and keys without the removed rows; the rows after them move up.
    for (std::vector<QCollatorSortKey>& keys : m_keys) {
        if (!keys.empty())
            keys.erase(keys.begin() + first, keys.begin() + last + 1);
    }
    for (std::vector<int>& order : m_sorted) {
        std::erase_if(order, [&](int row) { return row >= first && row <= last; });
        for (int& row : order)
            row -= row > last ? count : 0;
    }
    m_inLayout = true;
    refilter(false, false);
    endLayout();
}

} // namespace phonedesk::models
