// SPDX-License-Identifier: MIT
#include "server/AnswerQueue.h"

#include <QTcpSocket>

namespace phonedesk::server {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray head(const HttpResponse& response, bool closeAfter, bool chunked)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n"
        + "Content-Type: application/json\r\n";
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!response.stream)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

} // namespace

AnswerQueue::AnswerQueue(QTcpSocket* socket) : QObject(socket), m_socket(socket)
{
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_streaming)
            pump();
    });
}

AnswerQueue& AnswerQueue::of(QTcpSocket* socket)
{
    if (auto* queue = socket->findChild<AnswerQueue*>(QString(), Qt::FindDirectChildrenOnly))
        return *queue;
    return *new AnswerQueue(socket);
}

void AnswerQueue::add(HttpResponse response, bool closeAfter)
{
    if (m_waiting.size() >= kMaxWaiting) {
        m_socket->abort(); // far ahead of reading its answers: not a client to queue for
        return;
    }
    m_waiting.append({std::move(response), closeAfter});
    if (m_waiting.size() == 1)
        writeNext();
}

void AnswerQueue::writeNext()
{
    while (!m_waiting.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState) {
        const Waiting& next = m_waiting.first();
        if (next.response.stream) {
            // Chunked on a connection that stays open; on one that closes, the close ends the body.
            m_chunked = !next.closeAfter;
            m_socket->write(head(next.response, next.closeAfter, m_chunked));
            m_streaming = true;
            pump();
            return;
        }
        m_socket->write(head(next.response, next.closeAfter, false) + next.response.body);
        finishAnswer();
    }
}

void AnswerQueue::pump()
{
    while (m_streaming && m_socket->bytesToWrite() < kHighWater) {
        const QByteArray part = m_waiting.first().response.stream();
        if (part.isEmpty()) {
            if (m_chunked)
                m_socket->write("0\r\n\r\n");
            m_streaming = false;
            finishAnswer();
            writeNext();
            return;
        }
        m_socket->write(m_chunked ? QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n" : part);
    }
}

void AnswerQueue::finishAnswer()
{
    const bool close = m_waiting.takeFirst().closeAfter;
    if (close) {
        m_waiting.clear();
        m_socket->disconnectFromHost(); // after what is written has gone out
    }
}

} // namespace phonedesk::server
