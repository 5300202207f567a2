// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>

namespace phonedesk::server {

class HttpApi;

// Writes HttpApi's answers to the wire: status, JSON body and the exact headers (WWW-Authenticate,
// Retry-After) that QHttpServer's router would not let us set in Qt 6.4.
class ApiHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit ApiHttpServer(HttpApi& api, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpApi& m_api;
};

} // namespace phonedesk::server
