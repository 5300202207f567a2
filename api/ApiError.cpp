// SPDX-License-Identifier: MIT
#include "api/ApiError.h"

#include "api/JsonMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace phonedesk::api {
namespace {

ApiError::Kind kindOf(int status)
{
    using K = ApiError::Kind;
    switch (status) {
    case 401: return K::Unauthorized;
    case 403: return K::Forbidden;
    case 404: return K::NotFound;
    case 409: return K::Conflict;
    case 413: return K::TooLarge;
    case 422: return K::Validation;
    case 429: return K::RateLimited;
    default: return status >= 500 ? K::Server : K::Http;
    }
}

// 422 "detail": [{"loc": ["body", "name"], "msg": "..."}] -> {"name": "..."}
QMap<QString, QString> fieldErrorsOf(const QJsonArray& entries)
{
    QMap<QString, QString> result;
    for (const QJsonValue& entry : entries) {
        const QJsonObject o = entry.toObject();
        const QJsonArray loc = o.value(QLatin1String("loc")).toArray();
        const QString field = loc.isEmpty() ? QStringLiteral("body") : loc.last().toVariant().toString();
        const QString msg = o.value(QLatin1String("msg")).toString();
        result[field] = result.contains(field) ? result[field] + QLatin1String("; ") + msg : msg;
    }
    return result;
}

} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray& body, const QByteArray& retryAfter)
{
    ApiError e;
    e.kind = kindOf(status);
    e.httpStatus = status;
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        e.retryAfterSeconds = seconds;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue detail = object.value(QLatin1String("detail"));
    if (detail.isString()) {
        e.detail = detail.toString();
        static const QRegularExpression scope(QStringLiteral("\\bphones:(read|write|admin)\\b"));
        if (status == 403)
            e.missingScope = scope.match(e.detail).captured(0);
    } else if (detail.isArray()) {
        e.fieldErrors = fieldErrorsOf(detail.toArray());
        QStringList parts;
        for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
            parts << it.key() + QLatin1String(": ") + it.value();
        e.detail = parts.join(QLatin1String("; "));
    }
    if (status == 409 && object.value(QLatin1String("blockers")).isArray())
        e.blockers = archiveBlockerListFromJson(object.value(QLatin1String("blockers")).toArray()).value;
    return e;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    const QString server = detail.isEmpty() ? QString() : QLatin1Char(' ') + detail;
    switch (kind) {
    case Kind::None: return {};
    case Kind::Cancelled: return tr("Cancelled.");
    case Kind::Timeout: return tr("The server did not answer in time.");
    case Kind::Network: return tr("Cannot reach the server:") + server;
    case Kind::Tls: return tr("The secure connection failed:") + server;
    case Kind::Redirect: return tr("The server redirected to another address; the request was not sent there.");
    case Kind::Unauthorized: return tr("The server rejected the API token. Check it, or create a new one.");
    case Kind::Forbidden:
        return missingScope.isEmpty() ? tr("Not allowed:") + server
                                      : tr("Not allowed: the API token lacks the %1 scope.").arg(missingScope);
    case Kind::NotFound: return tr("Not found:") + server;
    case Kind::Conflict: return tr("Conflict:") + server;
    case Kind::TooLarge: return tr("The request is too large for the server (over 1 MiB).");
    case Kind::Validation: return tr("The server refused some fields:") + server;
    case Kind::RateLimited:
        return retryAfterSeconds >= 0
            ? tr("Too many requests; try again in %1 s.").arg(retryAfterSeconds)
            : tr("Too many requests; try again later.");
    case Kind::Server: return tr("The server failed (HTTP %1).").arg(httpStatus) + server;
    case Kind::Http: return tr("Unexpected answer from the server (HTTP %1).").arg(httpStatus) + server;
    case Kind::BadResponse: return tr("The server's answer could not be read:") + server;
    }
    return {};
}

} // namespace phonedesk::api
