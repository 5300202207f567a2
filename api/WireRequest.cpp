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
    if (!body)
        return {};
    // Qt escapes only the controls below 0x20. DEL, the C1 controls, the line and paragraph
    // separators and the bidirectional overrides would reach a pasted command raw, where a
    // terminal acts on them (DEL erases the quote before it): written as \uXXXX they mean the
    // same to the server, and what is sent is what is copied.
    const QString json = QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Compact));
    QString safe;
    safe.reserve(json.size());
    for (const QChar c : json) {
        const char16_t u = c.unicode();
        if (u == 0x7f || (u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            safe += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe.toUtf8();
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
    QString head = QStringLiteral("curl -g "); // --globoff: [] and {} in a path are no patterns
    if (request.method != "GET")
        head += QStringLiteral("-X ") + QString::fromLatin1(request.method) + QLatin1Char(' ');
    QStringList parts {head + quoted(network.url().toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo))}; // then a line an option
    for (const QByteArray& name : network.rawHeaderList()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0) // the token stays out: below
            parts << QStringLiteral("-H ") + quoted(QString::fromLatin1(name + ": " + network.rawHeader(name)));
    }
    // Also when the profile has no token yet: the command is for one that has.
    parts << QStringLiteral("-H \"Authorization: Bearer $PHONEDESK_TOKEN\"");
    if (request.body)
        parts << QStringLiteral("--data-raw ") + quoted(QString::fromUtf8(request.bodyBytes()));
    return parts.join(QLatin1String(" \\\n  "));
}

} // namespace phonedesk::api
