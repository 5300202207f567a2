// SPDX-License-Identifier: MIT
#include "server/RequestFraming.h"

#include <QList>

namespace phonedesk::server {

RequestFraming::Refusal RequestFraming::feed(QByteArrayView bytes)
{
    while (m_refusal.status == 0 && !bytes.isEmpty()) {
        if (m_bodyRemaining > 0) {
            const qint64 skipped = std::min<qint64>(m_bodyRemaining, bytes.size());
            m_bodyRemaining -= skipped;
            bytes = bytes.sliced(skipped);
            continue;
        }
        // Search from a little before the new bytes: the blank line may straddle two reads.
        const qsizetype searchFrom = std::max<qsizetype>(0, m_header.size() - 3);
        m_header.append(bytes);
        const qsizetype end = m_header.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            if (m_header.size() > kMaxHeaderBytes)
                m_refusal = {431, "Request Header Fields Too Large", "The request headers are over 16 KiB"};
            return m_refusal;
        }
        const qsizetype consumedOfNew = end + 4 - (m_header.size() - bytes.size());
        if (end + 4 > kMaxHeaderBytes) {
            m_refusal = {431, "Request Header Fields Too Large", "The request headers are over 16 KiB"};
            return m_refusal;
        }
        m_refusal = checkHeaders(QByteArrayView(m_header).first(end));
        m_header.clear();
        bytes = bytes.sliced(consumedOfNew);
    }
    return m_refusal;
}

RequestFraming::Refusal RequestFraming::checkHeaders(QByteArrayView headers)
{
    bool haveLength = false;
    qint64 length = 0;
    const QList<QByteArray> lines = headers.toByteArray().split('\n');
    const bool http10 = lines.value(0).trimmed().endsWith("HTTP/1.0");
    bool keepAlive = false;
    Request request;
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return {411, "Length Required", "Send the request body with a Content-Length, not in chunks"};
        if (name == "connection") {
            for (const QByteArray& option : value.toLower().split(',')) {
                request.closeAfter = request.closeAfter || option.trimmed() == "close";
                keepAlive = keepAlive || option.trimmed() == "keep-alive";
            }
        }
        if (name == "expect" && value.toLower() == "100-continue")
            request.expectsContinue = true;
        if (name != "content-length")
            continue;
        bool ok = !value.isEmpty() && value.size() <= 18;
        for (char c : value)
            ok = ok && c >= '0' && c <= '9';
        const qint64 parsed = ok ? value.toLongLong(&ok) : -1;
        if (!ok || (haveLength && parsed != length))
            return {400, "Bad Request", "The Content-Length header is not one valid number"};
        haveLength = true;
        length = parsed;
    }
    if (length > kMaxBodyBytes) {
        m_bodyRemaining = length;
        return {413, "Content Too Large", "The request body is over 1 MiB"};
    }
    m_bodyRemaining = length;
    request.closeAfter = request.closeAfter || (http10 && !keepAlive);
    request.expectsContinue = request.expectsContinue && length > 0;
    m_requests.append(request);
    return {};
}

} // namespace phonedesk::server
