// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>

class QAbstractHttpServer;

namespace phonedesk::server {

class ConnectionGuard;

// A QTcpServer for QAbstractHttpServer that looks at each request's headers before Qt's HTTP
// parser reads the request. QHttpServer 6.4 buffers a whole request, however large, before the
// server sees it; here a request announcing more than 1 MiB of body (413), over 16 KiB of headers
// (431), a chunked body (411) or a malformed Content-Length (400) is answered at once and its
// connection closed, without its body ever being stored.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(QObject* parent = nullptr);

    // Binds this server to `http` and starts listening; returns the port, or 0.
    quint16 serve(QAbstractHttpServer& http, const QHostAddress& address, quint16 port);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handedOver();

    QList<QPointer<ConnectionGuard>> m_fresh; // accepted, not yet taken by the HTTP server
};

} // namespace phonedesk::server
