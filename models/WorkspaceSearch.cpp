// SPDX-License-Identifier: MIT
#include "models/WorkspaceSearch.h"

#include "common/PhoneFormat.h"
#include "models/Cache.h"
#include "models/PhoneNumberModel.h"
#include "models/RelativeTime.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace phonedesk::models {

WorkspaceSearchModel::WorkspaceSearchModel(QObject* parent) : SearchableModel(parent), m_start {0} { }

QFuture<WorkspaceSearchModel::Read> WorkspaceSearchModel::read(const QString& cachePath, const QList<SearchedWorkspace>& workspaces)
{
    return QtConcurrent::run([cachePath, workspaces](QPromise<Read>& promise) {
        Read read;
        Cache cache(cachePath); // a connection of this thread's own
        read.problem = cache.attach(Cache::Access::ReadOnly);
        for (qsizetype i = 0; read.problem.isEmpty() && i < workspaces.size(); ++i) {
            if (promise.isCanceled())
                return; // the dialog closed: the next workspace's 20 MB are not read for nothing
            const QString& key = workspaces[i].cacheKey;
            read.workspaces.append({workspaces[i], cache.numberRows(key), cache.numbersSyncedAt(key)});
        }
        promise.addResult(std::move(read));
    });
}

void WorkspaceSearchModel::setWorkspaces(QList<CachedWorkspace> workspaces)
{
    beginResetModel();
    m_workspaces = std::move(workspaces);
    m_start.assign(1, 0);
    for (const CachedWorkspace& workspace : m_workspaces)
        m_start.push_back(m_start.back() + workspace.rows.size());
    m_formatted.clear();
    endResetModel();
}

std::pair<qsizetype, qsizetype> WorkspaceSearchModel::place(int row) const
{
    // The last workspace whose first row is at or before `row` (an empty one starts where the next does).
    const auto after = std::upper_bound(m_start.begin(), m_start.end() - 1, qint64(row));
    const qsizetype workspace = qsizetype(after - m_start.begin()) - 1;
    return {workspace, row - m_start[size_t(workspace)]};
}

qint64 WorkspaceSearchModel::idAt(int row) const
{
    const auto [workspace, at] = place(row);
    return m_workspaces[workspace].rows.id(at);
}

int WorkspaceSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(numberCount());
}

int WorkspaceSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SearchKeyView WorkspaceSearchModel::searchKeyAt(int row) const
{
    const auto [workspace, at] = place(row);
    const NumberRows& rows = m_workspaces[workspace].rows;
    return {rows.digits(at), rows.searchText(at), rows.numberSortKey(at)};
}

bool WorkspaceSearchModel::isArchivedAt(int row) const
{
    const auto [workspace, at] = place(row);
    return m_workspaces[workspace].rows.isArchived(at);
}

QVariant WorkspaceSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto [workspace, at] = place(index.row());
    const NumberRows& rows = m_workspaces[workspace].rows;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NumberColumn) {
            QString& formatted = m_formatted[index.row()]; // libphonenumber: only for rows shown
            if (formatted.isEmpty())
                formatted = api::phone::formatInternational(rows.phoneNumber(at));
            return formatted;
        }
        return display(workspace, at, index.column());
    case Qt::ToolTipRole: return toolTip(workspace, at, index.column());
    case SortRole:
        switch (index.column()) {
        case NumberColumn: {
            const std::string_view key = rows.numberSortKey(at); // bytes: country code first
            return QByteArray(key.data(), qsizetype(key.size()));
        }
        case StatusColumn: return rows.isArchived(at);
        default: return display(workspace, at, index.column());
        }
    case IdRole: return rows.id(at);
    case Qt::FontRole: return PhoneNumberModel::fontFor(rows.isArchived(at));
    default: return {};
    }
}

QVariant WorkspaceSearchModel::display(qsizetype workspace, qsizetype row, int column) const
{
    const CachedWorkspace& cached = m_workspaces[workspace];
    switch (column) {
    case NumberColumn: return cached.rows.phoneNumber(row);
    case NameColumn: return cached.rows.name(row);
    case BrandColumn: return cached.rows.brandName(row).value_or(QString());
    case StatusColumn: return cached.rows.isArchived(row) ? tr("Archived") : tr("Active");
    case ProfileColumn: return cached.workspace.profile;
    case WorkspaceColumn: return cached.workspace.workspaceUuid;
    default: return {};
    }
}

QString WorkspaceSearchModel::toolTip(qsizetype workspace, qsizetype row, int column) const
{
    const CachedWorkspace& cached = m_workspaces[workspace];
    switch (column) {
    case NumberColumn: return cached.rows.phoneNumber(row);
    case ProfileColumn:
    case WorkspaceColumn:
        return tr("Workspace %1 on %2, as cached at the sync %3")
            .arg(cached.workspace.workspaceUuid, cached.workspace.server,
                 relativeTime(cached.syncedAt, QDateTime::currentDateTimeUtc()));
    default: return {};
    }
}

QVariant WorkspaceSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* const kTitles[ColumnCount][2] = {
        {QT_TR_NOOP("Number"), QT_TR_NOOP("The number in international format; E.164 on hover")},
        {QT_TR_NOOP("Name"), QT_TR_NOOP("The number's name in its workspace")},
        {QT_TR_NOOP("Brand"), QT_TR_NOOP("The brand name callers see")},
        {QT_TR_NOOP("Status"), QT_TR_NOOP("Active, or archived")},
        {QT_TR_NOOP("Profile"), QT_TR_NOOP("The connection profile the number was synced with")},
        {QT_TR_NOOP("Workspace"), QT_TR_NOOP("The workspace the number belongs to; its server and last sync on hover")},
    };
    switch (role) {
    case Qt::DisplayRole: return tr(kTitles[section][0]);
    case Qt::ToolTipRole: return tr(kTitles[section][1]);
    default: return {};
    }
}

} // namespace phonedesk::models
