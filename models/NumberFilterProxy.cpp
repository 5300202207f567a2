// SPDX-License-Identifier: MIT
#include "NumberFilterProxy.h"


namespace phonedesk::models {

NumberFilterProxy::NumberFilterProxy(SearchableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    // Qt compares plainly under the C locale (as in LANG=C.UTF-8) and ignores numeric mode.
    if (m_collator.locale().language() == QLocale::C)
        m_collator.setLocale(QLocale(QLocale::English));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSourceModel(source);
    setSortRole(Qt::UserRole); // each model's raw sort key
}

void NumberFilterProxy::setFilter(const NumberFilter& filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

bool NumberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_filter.matches(m_source->searchKeyAt(sourceRow), m_source->isArchivedAt(sourceRow));
}

bool NumberFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace phonedesk::models
