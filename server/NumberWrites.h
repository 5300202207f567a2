// SPDX-License-Identifier: MIT
#pragma once

#include "server/HttpResponse.h"

#include <QJsonObject>
#include <QString>

namespace phonedesk::server {

class ServerDatabase;

// The endpoints that look at or change provider phones and the archive state. Each write runs
// in one transaction: a refused request changes nothing. Workspace access was checked before.
class NumberWrites
{
public:
    explicit NumberWrites(ServerDatabase& db);

    HttpResponse linkablePhones(const QString& workspace) const;
    HttpResponse create(const QString& workspace, const QJsonObject& body) const;
    HttpResponse update(const QString& workspace, const QString& idOrUuid, const QJsonObject& body) const;
    HttpResponse link(const QString& workspace, const QString& idOrUuid, const QJsonObject& body) const;
    HttpResponse archiveBlockers(const QString& workspace, const QString& idOrUuid) const;
    HttpResponse archive(const QString& workspace, const QString& idOrUuid) const;

private:
    ServerDatabase& m_db;
};

} // namespace phonedesk::server
