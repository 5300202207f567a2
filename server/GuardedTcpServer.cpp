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

    ConnectionGuard(QTcpSocket* socket, const GuardedTcpServer::Deadlines& deadlines)
        : QObject(socket), m_socket(socket), m_deadlines(deadlines)
    {
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeHttpServer);
        m_headerTimer.setSingleShot(true);
        connect(&m_headerTimer, &QTimer::timeout, this, [this] {
            // Slow headers (slowloris): answered 408 and closed, whatever is still dribbling in.
            m_refused = true;
            m_drainLimit = 0;
            writeRefusal(408, "Request Timeout", "The request headers did not arrive in time");
            m_socket->disconnectFromHost();
        });
        m_idleTimer.setSingleShot(true);
        connect(&m_idleTimer, &QTimer::timeout, this, [this] {
            if (m_framing.inHeaders())
                return m_idleTimer.start(m_deadlines.idle); // the header deadline is in charge
            // Every write restarts this timer: an answer still waiting now has not moved for the
            // whole deadline, so the peer does not read; what waits for it is dropped with it.
            if (m_socket->bytesToWrite() > 0)
                return m_socket->abort();
            m_socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_idleTimer.start(m_deadlines.idle); });
        m_idleTimer.start(m_deadlines.idle);
    }

    void followHttpServer() { connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterHttpServer); }

    // Whether the connection ends after the answer to its next request (in the order they came).
    bool closeAfterNextAnswer() { return !m_closeAfter.isEmpty() && m_closeAfter.takeFirst(); }

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
        m_idleTimer.start(m_deadlines.idle);
        if (available > m_unreadByHttp) {
            const QByteArray unread = m_socket->peek(available);
            const RequestFraming::Refusal refusal = m_framing.feed(QByteArrayView(unread).sliced(m_unreadByHttp));
            if (refusal.status != 0)
                return refuse(refusal);
            for (const RequestFraming::Request& request : m_framing.takeRequests()) {
                m_closeAfter.append(request.closeAfter);
                if (request.expectsContinue) // the client waits for this before it sends the body
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        if (!m_framing.inHeaders())
            m_headerTimer.stop();
        else if (!m_headerTimer.isActive())
            m_headerTimer.start(m_deadlines.headers);
    }

    void afterHttpServer() { m_unreadByHttp = m_refused ? 0 : m_socket->bytesAvailable(); }

    void refuse(const RequestFraming::Refusal& refusal)
    {
        m_refused = true;
        m_drainLimit = std::min(m_framing.bodyRemaining(), kMaxDrainBytes);
        m_drained = m_socket->skip(m_socket->bytesAvailable()); // the HTTP server's slot finds nothing
        m_headerTimer.stop();
        writeRefusal(refusal.status, refusal.reason, refusal.detail);
        if (m_drained >= m_drainLimit)
            m_socket->disconnectFromHost();
        else
            QTimer::singleShot(kDrainMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
    }

    void writeRefusal(int status, const char* reason, const char* detail)
    {
        const HttpResponse response = HttpResponse::error(status, QString::fromLatin1(detail));
        m_socket->write("HTTP/1.1 " + QByteArray::number(response.status) + " " + reason + "\r\n"
                        "Content-Type: application/json\r\n"
                        "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n"
                        "Connection: close\r\n\r\n" + response.body);
    }

    QTcpSocket* m_socket;
    GuardedTcpServer::Deadlines m_deadlines;
    RequestFraming m_framing;
    QList<bool> m_closeAfter; // per request whose headers were seen, in order
    QTimer m_headerTimer;
    QTimer m_idleTimer;
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
    m_fresh.append(new ConnectionGuard(socket, m_deadlines));
    addPendingConnection(socket);
}

bool GuardedTcpServer::closeAfterAnswer(QTcpSocket* socket)
{
    auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly);
    return guard && guard->closeAfterNextAnswer();
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
