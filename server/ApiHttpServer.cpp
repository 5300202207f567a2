// SPDX-License-Identifier: MIT
#include "server/ApiHttpServer.h"

#include "server/GuardedTcpServer.h"
#include "server/HttpApi.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace phonedesk::server {

ApiHttpServer::ApiHttpServer(HttpApi& api, QObject* parent) : QAbstractHttpServer(parent), m_api(api) { }

bool ApiHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const HttpResponse response = m_api.handle(request);
    const bool close = GuardedTcpServer::closeAfterAnswer(socket);
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        for (const auto& [name, value] : response.headers)
            responder.writeHeader(name, value);
        if (close)
            responder.writeHeader("Connection", "close");
        responder.writeBody(response.body);
    }
    if (close)
        socket->disconnectFromHost(); // after what is written has gone out
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QByteArrayLiteral("{\"detail\":\"Not Found\"}"), "application/json",
                                         QHttpServerResponder::StatusCode::NotFound);
}

} // namespace phonedesk::server
