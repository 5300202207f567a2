// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

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

    // Takes the next bytes of the stream; the first refusal sticks.
    Refusal feed(QByteArrayView bytes);
    // Body bytes of the refused request still to come (its Content-Length), for draining.
    qint64 bodyRemaining() const { return m_bodyRemaining; }

private:
    Refusal checkHeaders(QByteArrayView headers);

    QByteArray m_header; // the current request's header block, while incomplete
    qint64 m_bodyRemaining = 0;
    Refusal m_refusal;
};

} // namespace phonedesk::server
