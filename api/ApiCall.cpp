// SPDX-License-Identifier: MIT
#include "api/ApiCall.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>

namespace phonedesk::api {
namespace {

constexpr qint64 kReadStep = 1024 * 1024;

// What was wrong and with which certificate, so that an admin can compare it with what the
// server should present: "The certificate is self-signed... Certificate: CN=..., issued by ...".
QString describeTlsFailure(const QList<QSslError>& errors, const QString& fallback)
{
    if (errors.isEmpty())
        return fallback;
    QStringList problems;
    for (const QSslError& error : errors)
        problems << error.errorString();
    QString text = problems.join(QLatin1String("; ")) + QLatin1Char('.');
    const QSslCertificate certificate = errors.first().certificate();
    if (!certificate.isNull()) {
        auto name = [](const QStringList& parts) { return parts.isEmpty() ? QStringLiteral("?") : parts.join(QLatin1String(", ")); };
        text += QCoreApplication::translate("ApiCall", " Certificate: CN=%1, issued by CN=%2, valid %3 to %4, SHA-256 %5.")
                    .arg(name(certificate.subjectInfo(QSslCertificate::CommonName)),
                         name(certificate.issuerInfo(QSslCertificate::CommonName)),
                         certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                         certificate.expiryDate().toUTC().toString(Qt::ISODate),
                         QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    return text;
}

} // namespace

ApiCall::ApiCall(Sender send, RetryPolicy retry, CallLimits limits, QObject* parent)
    : QObject(parent), m_send(std::move(send)), m_retry(retry), m_limits(limits)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortAttempt(false); });
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::send);
    // Sent from the event loop, so that the caller can connect to finished() first.
    m_backoff.start(0);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::send()
{
    ++m_attempts;
    m_sslErrors.clear();
    m_tooLarge = m_pastDeadline = false;
    QNetworkReply* reply = m_send();
    m_reply = reply;
    m_deadline.start(m_limits.deadline);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Refuse an answer larger than we would ever read, as soon as it says so or grows so.
    m_parts.clear();
    // Reads in small steps: unbounded, Qt lets tens of megabytes pile up between two turns of the
    // event loop, and taking them out is one long stall. Bounded, the network waits for us.
    reply->setReadBufferSize(kReadStep);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_limits.maxBodyBytes)
            abortAttempt(true);
    });
    // A successful body is taken as it arrives: copying 93 MB out of the reply at the end would
    // hold the window for tens of milliseconds. An error's body stays in the reply for errorOf().
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (isSuccess(reply))
            m_parts.append(reply->readAll());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_limits.maxBodyBytes)
            abortAttempt(true);
        else
            Q_EMIT progress(received, total);
    });
    // Collected for the message only: TLS errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
}

QByteArray ApiCall::joined(QList<QByteArray>& parts)
{
    if (parts.size() == 1)
        return std::exchange(parts.first(), {});
    qsizetype size = 0;
    for (const QByteArray& part : std::as_const(parts))
        size += part.size();
    QByteArray body;
    body.reserve(size);
    for (QByteArray& part : parts)
        body += std::exchange(part, {});
    return body;
}

bool ApiCall::isSuccess(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void ApiCall::abortAttempt(bool tooLarge)
{
    if (!m_reply)
        return;
    m_tooLarge = tooLarge;
    m_pastDeadline = !tooLarge;
    m_reply->abort(); // finished() follows at once
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // emits finished(), which finishes this call
        return;
    }
    m_backoff.stop(); // not sent yet, or waiting to retry
    m_error = {};
    m_error.kind = ApiError::Kind::Cancelled;
    finish();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();
    m_error = errorOf(reply);
    if (m_error.ok()) {
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_parts.append(reply->readAll());
        readBody(std::exchange(m_parts, {})); // bodyRead() finishes
        return;
    }
    if (m_error.isTransient() && m_attempts <= m_retry.maxRetries) {
        const std::chrono::milliseconds delay = retryDelay();
        if (delay <= m_retry.maxDelay) {
            m_backoff.start(delay);
            return;
        }
    }
    finish();
}

void ApiCall::bodyRead(const QString& problem)
{
    if (m_finished)
        return; // cancelled while the body was being read
    if (!problem.isEmpty()) {
        m_error.kind = ApiError::Kind::BadResponse; // not transient: never retried
        m_error.httpStatus = m_status;
        m_error.detail = problem;
    }
    finish();
}

std::chrono::milliseconds ApiCall::retryDelay() const
{
    if (m_error.retryAfterSeconds >= 0)
        return std::chrono::seconds(m_error.retryAfterSeconds);
    // 1x, 2x, 4x ... the base, plus up to one base of jitter so that clients spread out.
    const qint64 base = m_retry.baseDelay.count();
    const qint64 jitter = base > 0 ? QRandomGenerator::global()->bounded(base) : 0;
    return std::chrono::milliseconds(base * (qint64(1) << (m_attempts - 1)) + jitter);
}

void ApiCall::finish()
{
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

ApiError ApiCall::errorOf(QNetworkReply* reply) const
{
    using K = ApiError::Kind;
    ApiError e;
    if (m_cancelled) {
        e.kind = K::Cancelled;
        return e;
    }
    if (m_tooLarge) {
        e.kind = K::BadResponse;
        e.detail = tr("the answer is larger than %1 MiB").arg(m_limits.maxBodyBytes / (1024 * 1024));
        return e;
    }
    if (m_pastDeadline) {
        e.kind = K::Timeout;
        e.detail = tr("the answer did not arrive within %1 s").arg(m_limits.deadline.count() / 1000.0);
        return e;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return ApiError::fromHttp(status, reply->readAll(), reply->rawHeader("Retry-After"));
    e.httpStatus = status;
    switch (reply->error()) {
    case QNetworkReply::NoError:
        if (status < 200 || status >= 300)
            e.kind = K::Http;
        return e;
    case QNetworkReply::OperationCanceledError: // only the transfer timeout aborts besides cancel()
        e.kind = K::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = K::Tls;
        e.detail = describeTlsFailure(m_sslErrors, reply->errorString());
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e.kind = K::Redirect;
        break;
    default:
        // Headers came but the body broke off: the server was reached, its answer is unusable.
        e.kind = status > 0 ? K::BadResponse : K::Network;
        if (status > 0)
            e.detail = tr("the answer was cut off (%1)").arg(reply->errorString());
        break;
    }
    if (e.detail.isEmpty())
        e.detail = reply->errorString();
    return e;
}

} // namespace phonedesk::api
