// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace phonedesk::server {

struct TokenInfo
{
    qint64 userId = 0;
    QStringList scopes;
};

// The reference server's SQLite store: organizations, workspaces, users, tokens, provider
// phones, phone numbers, and the workflows and event rules that block archiving.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // Opens (creating if needed) the file and its schema; returns the problem, or nothing.
    QString open(const QString& path);
    QSqlDatabase connection() const;
    bool hasData() const;

    std::optional<TokenInfo> findToken(const QString& token) const;
    bool isMember(qint64 userId, const QString& workspaceUuid) const;

    // archived: nullopt for all.
    // Up to `limit` numbers after id `afterId`, in id order, rendered comma-separated (with a
    // comma first unless `first`) to `out`; returns the last id rendered, or 0 when there was none.
    qint64 renderNumbers(QByteArray& out, const QString& workspaceUuid, std::optional<bool> archived, qint64 afterId,
                         int limit, bool first) const;
    // idOrUuid: the numeric id or the uuid; nothing when it is not in this workspace.
    std::optional<QJsonObject> findNumber(const QString& workspaceUuid, const QString& idOrUuid) const;

private:
    QString m_connectionName;
};

} // namespace phonedesk::server
