// SPDX-License-Identifier: MIT
#include "HttpApi.h"

#include "ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace phonedesk::server {
namespace {

bool matches(const QStringList& pattern, const QStringList& args)
{
    if (pattern.size() != args.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1String("{id}") && pattern.at(i) != args.at(i))
            return false;
    }
    return true;
}

HttpResponse validationError(const char* location, const char* field, const QString& message)
{
    const QJsonObject entry {
        {QLatin1String("loc"), QJsonArray {QLatin1String(location), QLatin1String(field)}},
        {QLatin1String("msg"), message},
        {QLatin1String("type"), QLatin1String("value_error")},
    };
    return HttpResponse::json(422, QJsonObject {{QLatin1String("detail"), QJsonArray {entry}}});
}

} // namespace

HttpResponse HttpResponse::json(int status, const QJsonValue& body)
{
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return {status, doc.toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::error(int status, const QString& detail)
{
    return json(status, QJsonObject {{QLatin1String("detail"), detail}});
}

HttpApi::HttpApi(ServerDatabase& db) : m_db(db)
{
    using M = QHttpServerRequest::Method;
    m_routes = {
        {M::Get, {}, "phones:read", [this](const Context& c) { return listNumbers(c); }},
        {M::Get, {QStringLiteral("{id}")}, "phones:read", [this](const Context& c) { return getNumber(c); }},
    };
}

HttpResponse HttpApi::handle(const QHttpServerRequest& request) const
{
    // /api/v2/w/{workspace_uuid}/phone-numbers[/...]
    QStringList segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 5 || segments.at(0) != QLatin1String("api") || segments.at(1) != QLatin1String("v2")
        || segments.at(2) != QLatin1String("w") || segments.at(4) != QLatin1String("phone-numbers"))
        return HttpResponse::error(404, QStringLiteral("Not Found"));
    const QString workspace = segments.at(3);
    const QStringList args = segments.mid(5);

    bool pathKnown = false;
    for (const Route& route : m_routes) {
        if (!matches(route.pattern, args))
            continue;
        pathKnown = true;
        if (route.method != request.method())
            continue;
        if (HttpResponse denied = authorize(request, route.scope, workspace); denied.status != 200)
            return denied;
        return route.handler(Context {workspace, args, request});
    }
    return pathKnown ? HttpResponse::error(405, QStringLiteral("Method Not Allowed"))
                     : HttpResponse::error(404, QStringLiteral("Not Found"));
}

HttpResponse HttpApi::authorize(const QHttpServerRequest& request, const char* scope,
                                const QString& workspaceUuid) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ") || header.size() <= 7) {
        HttpResponse r = HttpResponse::error(401, QStringLiteral("Not authenticated"));
        r.headers.emplaceBack("WWW-Authenticate", "Bearer");
        return r;
    }
    const std::optional<TokenInfo> token = m_db.findToken(QString::fromUtf8(header.mid(7).trimmed()));
    if (!token) {
        HttpResponse r = HttpResponse::error(401, QStringLiteral("Invalid token"));
        r.headers.emplaceBack("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return r;
    }
    if (!token->scopes.contains(QLatin1String(scope)))
        return HttpResponse::error(403, QStringLiteral("The token lacks the %1 scope").arg(QLatin1String(scope)));
    // An unknown workspace answers like a foreign one, so that its existence does not leak.
    if (!m_db.isMember(token->userId, workspaceUuid))
        return HttpResponse::error(403, QStringLiteral("Not a member of this workspace"));
    return {};
}

HttpResponse HttpApi::listNumbers(const Context& context) const
{
    const QUrlQuery query = context.request.query();
    std::optional<bool> archived;
    if (query.hasQueryItem(QStringLiteral("is_archived"))) {
        const QString value = query.queryItemValue(QStringLiteral("is_archived"));
        if (value == QLatin1String("true"))
            archived = true;
        else if (value == QLatin1String("false"))
            archived = false;
        else
            return validationError("query", "is_archived", QStringLiteral("must be true or false"));
    }
    return HttpResponse::json(200, m_db.listNumbers(context.workspaceUuid, archived));
}

HttpResponse HttpApi::getNumber(const Context& context) const
{
    const std::optional<QJsonObject> number = m_db.findNumber(context.workspaceUuid, context.args.at(0));
    if (!number)
        return HttpResponse::error(404, QStringLiteral("Phone number not found"));
    return HttpResponse::json(200, *number);
}

} // namespace phonedesk::server
