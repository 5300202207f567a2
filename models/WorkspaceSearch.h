// SPDX-License-Identifier: MIT
#pragma once

#include "models/NumberFilter.h"
#include "models/NumberRows.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>

#include <vector>

namespace phonedesk::models {

// A workspace whose cached numbers a search across workspaces reads: a profile, or the demo.
struct SearchedWorkspace
{
    QString profile; // as the user named it (the demo's is translated)
    QString server; // the host, for the tooltip
    QString workspaceUuid;
    QString cacheKey; // Profile::cacheKey(), or "demo"
    bool isDemo = false;
};

// What the cache holds of one such workspace.
struct CachedWorkspace
{
    SearchedWorkspace workspace;
    NumberRows rows;
    QDateTime syncedAt; // invalid: never synced on this computer
};

// The cached numbers of every workspace as one table that NumberFilterProxy searches: it reads
// only the cache, so it works offline, and it reads it on another thread (several caches of
// 100,000 numbers take a second). Rows are the workspaces' rows one after the other.
class WorkspaceSearchModel : public SearchableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, BrandColumn, StatusColumn, ProfileColumn, WorkspaceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole, IdRole };

    explicit WorkspaceSearchModel(QObject* parent = nullptr);

    // Reads the workspaces from the cache file at `cachePath` on a worker thread; an empty
    // list and the problem when the file cannot be read. Cancelling the future stops it
    // between workspaces (then it has no result).
    struct Read
    {
        QList<CachedWorkspace> workspaces;
        QString problem;
    };
    static QFuture<Read> read(const QString& cachePath, const QList<SearchedWorkspace>& workspaces);

    void setWorkspaces(QList<CachedWorkspace> workspaces);
    const QList<CachedWorkspace>& workspaces() const { return m_workspaces; }
    qsizetype numberCount() const { return qsizetype(m_start.empty() ? 0 : m_start.back()); }
    const SearchedWorkspace& workspaceAt(int row) const { return m_workspaces[place(row).first].workspace; }
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    SearchKeyView searchKeyAt(int row) const override;
    bool isArchivedAt(int row) const override;

private:
    // The workspace of a row and the row in its NumberRows.
    std::pair<qsizetype, qsizetype> place(int row) const;
    QVariant display(qsizetype workspace, qsizetype row, int column) const;
    QString toolTip(qsizetype workspace, qsizetype row, int column) const;

    QList<CachedWorkspace> m_workspaces;
    std::vector<qint64> m_start; // per workspace, its first row; then the row count
    mutable QHash<int, QString> m_formatted; // the Number column, by row, as rows are shown
};

} // namespace phonedesk::models
