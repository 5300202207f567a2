// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace phonedesk::server {

// Follows the HTTP/1.1 requests of one connection from their headers alone, so that a request
// too large to accept is refused before its body is read, and the next request on a keep-alive
// connection is checked too. It keeps at most one header block in memory, never a body.
class RequestFraming
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    struct Refusal
    {
        int status = 0; // 0: nothing refused; 400, 411, 413 or 431 otherwise
        const char* reason = ""; // the status line's reason phrase
        const char* detail = "";
    };

    // What a request's headers ask of the connection (RFC 9112 9.3, RFC 9110 10.1.1).
    struct Request
    {
        bool closeAfter = false; // "Connection: close", or HTTP/1.0 without "keep-alive"
        bool expectsContinue = false; // "Expect: 100-continue"
    };

    // Takes the next bytes of the stream; the first refusal sticks.
    Refusal feed(QByteArrayView bytes);
    // The requests whose header block was completed by the bytes fed since the last call.
    QList<Request> takeRequests() { return std::exchange(m_requests, {}); }
    // A header block has begun and not ended: the header deadline runs.
    bool inHeaders() const { return !m_header.isEmpty(); }
    // Body bytes of the refused request still to come (its Content-Length), for draining.
    qint64 bodyRemaining() const { return m_bodyRemaining; }

private:
    Refusal checkHeaders(QByteArrayView headers);

    QByteArray m_header; // the current request's header block, while incomplete
    QList<Request> m_requests;
    qint64 m_bodyRemaining = 0;
    Refusal m_refusal;
};

} // namespace phonedesk::server
