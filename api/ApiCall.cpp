// SPDX-License-Identifier: MIT
#include "ApiCall.h"

#include <QNetworkReply>

namespace phonedesk::api {

ApiCall::ApiCall(QNetworkReply* reply, QObject* parent) : QObject(parent), m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Collected for the message only: TLS errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // emits finished() synchronously
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_error = errorOf(reply);
    if (m_error.ok()) {
        const QString problem = readBody(reply->readAll());
        if (!problem.isEmpty()) {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_error.detail = problem;
        }
    }
    m_finished = true;
    m_reply = nullptr;
    reply->deleteLater();
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
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return ApiError::fromHttp(status, reply->readAll(), reply->rawHeader("Retry-After"));
    switch (reply->error()) {
    case QNetworkReply::NoError:
        if (status < 200 || status >= 300) {
            e.kind = K::Http;
            e.httpStatus = status;
        }
        return e;
    case QNetworkReply::OperationCanceledError: // only the transfer timeout aborts besides cancel()
        e.kind = K::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = K::Tls;
        for (const QSslError& ssl : m_sslErrors)
            e.detail += ssl.errorString() + QLatin1Char(' ');
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        e.kind = K::Redirect;
        break;
    default:
        e.kind = K::Network;
        break;
    }
    if (e.detail.isEmpty())
        e.detail = reply->errorString();
    return e;
}

} // namespace phonedesk::api
