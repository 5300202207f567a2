// SPDX-License-Identifier: MIT
#include "server/GuardedTcpServer.h"

#include "server/HttpResponse.h"
#include "server/RequestFraming.h"

#include <QAbstractHttpServer>
#include <QTcpSocket>
#include <QTimer>

namespace phonedesk::server {

// Watches one connection. Its first readyRead slot runs before the HTTP server's and sees the
// bytes that arrived since the HTTP server last read; its second runs after and notes what the
// HTTP server left unread. On a refusal it answers, discards what the peer still sends of the
// refused body (a little of it, so that the peer can read the answer before the close), and closes.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxDrainBytes = 4 * 1024 * 1024;
    static constexpr int kDrainMs = 2000;

    explicit ConnectionGuard(QTcpSocket* socket) : QObject(socket), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeHttpServer);
    }

    void followHttpServer() { connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterHttpServer); }

private:
    void beforeHttpServer()
    {
        const qint64 available = m_socket->bytesAvailable();
        if (m_refused) {
            m_drained += m_socket->skip(available);
            if (m_drained >= m_drainLimit)
                m_socket->disconnectFromHost();
            return;
        }
        if (available > m_unreadByHttp) {
            const QByteArray unread = m_socket->peek(available);
            const RequestFraming::Refusal refusal = m_framing.feed(QByteArrayView(unread).sliced(m_unreadByHttp));
            if (refusal.status != 0)
                refuse(refusal);
        }
    }

    void afterHttpServer() { m_unreadByHttp = m_refused ? 0 : m_socket->bytesAvailable(); }

    void refuse(const RequestFraming::Refusal& refusal)
    {
        m_refused = true;
        m_drainLimit = std::min(m_framing.bodyRemaining(), kMaxDrainBytes);
        m_drained = m_socket->skip(m_socket->bytesAvailable()); // the HTTP server's slot finds nothing
        const HttpResponse response = HttpResponse::error(refusal.status, QString::fromLatin1(refusal.detail));
        m_socket->write("HTTP/1.1 " + QByteArray::number(response.status) + " " + refusal.reason + "\r\n"
                        "Content-Type: application/json\r\n"
                        "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n"
                        "Connection: close\r\n\r\n" + response.body);
        if (m_drained >= m_drainLimit)
            m_socket->disconnectFromHost();
        else
            QTimer::singleShot(kDrainMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
    }

    QTcpSocket* m_socket;
    RequestFraming m_framing;
    qint64 m_unreadByHttp = 0;
    bool m_refused = false;
    qint64 m_drained = 0;
    qint64 m_drainLimit = 0;
};

GuardedTcpServer::GuardedTcpServer(QObject* parent) : QTcpServer(parent) { }

quint16 GuardedTcpServer::serve(QAbstractHttpServer& http, const QHostAddress& address, quint16 port)
{
    if (!listen(address, port))
        return 0;
    http.bind(this);
    // Connected after bind(): runs after the HTTP server has taken the new sockets.
    connect(this, &QTcpServer::pendingConnectionAvailable, this, &GuardedTcpServer::handedOver);
    return serverPort();
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_fresh.append(new ConnectionGuard(socket));
    addPendingConnection(socket);
}

void GuardedTcpServer::handedOver()
{
    for (const QPointer<ConnectionGuard>& guard : std::as_const(m_fresh)) {
        if (guard)
            guard->followHttpServer();
    }
    m_fresh.clear();
}

} // namespace phonedesk::server

#include "GuardedTcpServer.moc"
