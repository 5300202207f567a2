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
// connection closed, without its body ever being stored. It also keeps the connection's
// manners (RFC 9110/9112): "Expect: 100-continue" gets its interim answer, headers that do not
// arrive within a deadline get 408 and a close (slowloris), an idle connection is closed, and so
// is one whose answer has not drained for as long (a peer that does not read), and
// closeAfterAnswer() tells the HTTP side which answers end their connection.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Deadlines
    {
        int headers = 10000; // ms from a request's first byte to the end of its headers
        int idle = 60000; // ms without a byte either way before a connection is closed
    };

    explicit GuardedTcpServer(QObject* parent = nullptr);
    void setDeadlines(const Deadlines& deadlines) { m_deadlines = deadlines; }
    // For the answer being written on `socket`: its request asked to close the connection
    // ("Connection: close", or HTTP/1.0 without keep-alive). Call once per answer, in order.
    static bool closeAfterAnswer(QTcpSocket* socket);

    // Binds this server to `http` and starts listening; returns the port, or 0.
    quint16 serve(QAbstractHttpServer& http, const QHostAddress& address, quint16 port);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handedOver();

    QList<QPointer<ConnectionGuard>> m_fresh; // accepted, not yet taken by the HTTP server
    Deadlines m_deadlines;
};

} // namespace phonedesk::server
