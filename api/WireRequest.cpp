// SPDX-License-Identifier: MIT
#include "api/WireRequest.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QUrl>

namespace phonedesk::api {
namespace {

QString segment(const QString& idOrUuid)
{
    return QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(idOrUuid));
}

// 'text', with each ' inside written as '\'' (close, an escaped quote, open again).
QString quoted(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

QByteArray WireRequest::bodyBytes() const
{
    return body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
}

WireRequest WireRequest::list(ArchivedFilter filter)
{
    WireRequest r;
    if (filter == ArchivedFilter::ActiveOnly)
        r.query = QStringLiteral("is_archived=false");
    else if (filter == ArchivedFilter::ArchivedOnly)
        r.query = QStringLiteral("is_archived=true");
    return r;
}

WireRequest WireRequest::get(const QString& idOrUuid)
{
    return {"GET", segment(idOrUuid), {}, std::nullopt};
}

WireRequest WireRequest::linkablePhones()
{
    return {"GET", QStringLiteral("/linkable-phones"), {}, std::nullopt};
}

WireRequest WireRequest::archiveBlockers(const QString& idOrUuid)
{
    return {"GET", segment(idOrUuid) + QLatin1String("/archive-blockers"), {}, std::nullopt};
}

WireRequest WireRequest::create(const QJsonObject& body)
{
    return {"POST", {}, {}, body};
}

WireRequest WireRequest::update(const QString& idOrUuid, const QJsonObject& fields)
{
    return {"PUT", segment(idOrUuid), {}, fields};
}

WireRequest WireRequest::link(const QString& idOrUuid, const std::optional<QString>& providerPhoneUuid)
{
    const QJsonObject body {{QLatin1String("providerPhoneUuid"), providerPhoneUuid ? QJsonValue(*providerPhoneUuid) : QJsonValue()}};
    return {"POST", segment(idOrUuid) + QLatin1String("/link"), {}, body};
}

WireRequest WireRequest::archive(const QString& idOrUuid)
{
    return {"POST", segment(idOrUuid) + QLatin1String("/archive"), {}, std::nullopt};
}

QString curlCommand(const QNetworkRequest& network, const WireRequest& request)
{
    QString head = QStringLiteral("curl ");
    if (request.method != "GET")
        head += QStringLiteral("-X ") + QString::fromLatin1(request.method) + QLatin1Char(' ');
    QStringList parts {head + quoted(network.url().toString(QUrl::FullyEncoded))}; // then a line an option
    for (const QByteArray& name : network.rawHeaderList()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) // the token stays out
            parts << QStringLiteral("-H \"Authorization: Bearer $PHONEDESK_TOKEN\"");
        else
            parts << QStringLiteral("-H ") + quoted(QString::fromLatin1(name + ": " + network.rawHeader(name)));
    }
    if (request.body)
        parts << QStringLiteral("--data-raw ") + quoted(QString::fromUtf8(request.bodyBytes()));
    return parts.join(QLatin1String(" \\\n  "));
}

} // namespace phonedesk::api
