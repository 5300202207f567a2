// SPDX-License-Identifier: MIT
#pragma once

#include "server/HttpResponse.h"

#include <QList>
#include <QObject>

class QTcpSocket;

namespace phonedesk::server {

// The answers of one connection, written in the order their requests came (HTTP/1.1
// pipelining), each only when the one before it has gone out. A streamed answer is written a
// part at a time, the next part when the socket has taken the last (backpressure): a client
// that does not read holds at most kHighWater bytes of it here, not the whole list. A client
// that sends more than kMaxWaiting requests ahead of reading the answers is disconnected, so
// what a connection can make the server hold is bounded.
class AnswerQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kHighWater = 256 * 1024;
    static constexpr int kMaxWaiting = 16;

    // The socket's queue, made on first use.
    static AnswerQueue& of(QTcpSocket* socket);
    // closeAfter: the connection ends after this answer ("Connection: close", HTTP/1.0).
    void add(HttpResponse response, bool closeAfter);

private:
    explicit AnswerQueue(QTcpSocket* socket);
    struct Waiting
    {
        HttpResponse response;
        bool closeAfter = false;
    };
    void writeNext();
    void pump();
    void finishAnswer();

    QTcpSocket* m_socket;
    QList<Waiting> m_waiting;
    bool m_streaming = false; // the first of m_waiting is being written a part at a time
    bool m_chunked = false;
};

} // namespace phonedesk::server
