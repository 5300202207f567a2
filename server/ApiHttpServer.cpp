// SPDX-License-Identifier: MIT
#include "server/ApiHttpServer.h"

#include "server/AnswerQueue.h"
#include "server/GuardedTcpServer.h"
#include "server/HttpApi.h"

#include <QTcpSocket>

namespace phonedesk::server {

ApiHttpServer::ApiHttpServer(HttpApi& api, QObject* parent) : QAbstractHttpServer(parent), m_api(api) { }

bool ApiHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Through the connection's queue: in order, and a streamed list a part at a time.
    AnswerQueue::of(socket).add(m_api.handle(request), GuardedTcpServer::closeAfterAnswer(socket));
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    AnswerQueue::of(socket).add(HttpResponse::error(404, QStringLiteral("Not Found")), GuardedTcpServer::closeAfterAnswer(socket));
}

} // namespace phonedesk::server
