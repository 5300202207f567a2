// SPDX-License-Identifier: MIT
#include "server/HttpApi.h"

#include "common/JsonText.h"
#include "server/ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QUrlQuery>

#include <cstdio>

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

QString methodName(QHttpServerRequest::Method method)
{
    return QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}

} // namespace

std::optional<HttpResponse> readJsonBody(const QByteArray& bytes, QJsonObject& out)
{
    if (bytes.trimmed().isEmpty())
        return HttpResponse::error(400, QStringLiteral("The request needs a JSON object body"));
    if (const std::optional<QString> where = json::badUnicodeEscape(bytes))
        return HttpResponse::invalid({{*where, QStringLiteral("holds an invalid Unicode escape (a lone surrogate)")}});
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpResponse::error(400, QStringLiteral("Malformed JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return HttpResponse::invalid({{QStringLiteral("body"), QStringLiteral("must be a JSON object")}});
    out = doc.object();
    return std::nullopt;
}


HttpApi::HttpApi(ServerDatabase& db, HttpApiOptions options) : m_db(db), m_writes(db), m_options(options)
{
    using M = QHttpServerRequest::Method;
    const QString id = QStringLiteral("{id}");
    m_routes = {
        {M::Get, {}, api::Scope::Read, false, [this](const Context& c) { return listNumbers(c); }},
        {M::Post, {}, api::Scope::Write, true, [this](const Context& c) { return m_writes.create(c.workspace, c.body); }},
        {M::Get, {QStringLiteral("linkable-phones")}, api::Scope::Write, false,
         [this](const Context& c) { return m_writes.linkablePhones(c.workspace); }},
        {M::Get, {id}, api::Scope::Read, false, [this](const Context& c) { return getNumber(c); }},
        {M::Put, {id}, api::Scope::Write, true,
         [this](const Context& c) { return m_writes.update(c.workspace, c.args.at(0), c.body); }},
        {M::Post, {id, QStringLiteral("archive")}, api::Scope::Admin, false,
         [this](const Context& c) { return m_writes.archive(c.workspace, c.args.at(0)); }},
        {M::Get, {id, QStringLiteral("archive-blockers")}, api::Scope::Admin, false,
         [this](const Context& c) { return m_writes.archiveBlockers(c.workspace, c.args.at(0)); }},
        {M::Post, {id, QStringLiteral("link")}, api::Scope::Write, true,
         [this](const Context& c) { return m_writes.link(c.workspace, c.args.at(0), c.body); }},
    };
    m_clock.start();
}

QStringList HttpApi::routes() const
{
    QStringList result;
    for (const Route& route : m_routes) {
        QString path = QStringLiteral("/api/v2/w/{workspace_uuid}/phone-numbers/") + route.pattern.join(QLatin1Char('/'));
        result << methodName(route.method) + QLatin1Char(' ') + path;
    }
    return result;
}

HttpResponse HttpApi::handle(const QHttpServerRequest& request)
{
    HttpResponse response = dispatch(request);
    if (m_options.logRequests) {
        std::printf("%s %s %d\n", qPrintable(methodName(request.method())),
                    qPrintable(request.url().path(QUrl::FullyEncoded)), response.status);
        std::fflush(stdout);
    }
    return response;
}

HttpResponse HttpApi::dispatch(const QHttpServerRequest& request)
{
    if (++m_requestsSeen <= m_options.unavailableFirst) {
        HttpResponse unavailable = HttpResponse::error(503, QStringLiteral("Service temporarily unavailable"));
        unavailable.headers.emplaceBack("Retry-After", "0");
        return unavailable;
    }
    // /api/v2/w/{workspace_uuid}/phone-numbers[/...]
    const QStringList segments = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 5 || segments.at(0) != QLatin1String("api") || segments.at(1) != QLatin1String("v2")
        || segments.at(2) != QLatin1String("w") || segments.at(4) != QLatin1String("phone-numbers"))
        return HttpResponse::error(404, QStringLiteral("Not Found"));
    Context context {segments.at(3), segments.mid(5), request, {}};

    bool pathKnown = false;
    for (const Route& route : std::as_const(m_routes)) {
        if (!matches(route.pattern, context.args))
            continue;
        pathKnown = true;
        if (route.method != request.method())
            continue;
        if (request.body().size() > kMaxBodyBytes)
            return HttpResponse::error(413, QStringLiteral("The request body is over 1 MiB"));
        if (HttpResponse denied = authorize(request, route.scope, context.workspace); denied.status != 200)
            return denied;
        if (route.takesBody) {
            if (auto bad = readJsonBody(request.body(), context.body))
                return *bad;
        }
        return route.handler(context);
    }
    return pathKnown ? HttpResponse::error(405, QStringLiteral("Method Not Allowed"))
                     : HttpResponse::error(404, QStringLiteral("Not Found"));
}

HttpResponse HttpApi::authorize(const QHttpServerRequest& request, api::Scope scope, const QString& workspace)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ") || header.size() <= 7) {
        HttpResponse r = HttpResponse::error(401, QStringLiteral("Not authenticated"));
        r.headers.emplaceBack("WWW-Authenticate", "Bearer");
        return r;
    }
    const QString tokenText = QString::fromUtf8(header.mid(7).trimmed());
    const std::optional<TokenInfo> token = m_db.findToken(tokenText);
    if (!token) {
        HttpResponse r = HttpResponse::error(401, QStringLiteral("Invalid token"));
        r.headers.emplaceBack("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return r;
    }
    if (m_options.rateLimitPerSecond > 0) {
        const qint64 second = m_clock.elapsed() / 1000;
        auto& [windowSecond, count] = m_rateWindows[tokenText];
        if (windowSecond != second) {
            windowSecond = second;
            count = 0;
        }
        if (++count > m_options.rateLimitPerSecond) {
            HttpResponse r = HttpResponse::error(429, QStringLiteral("Rate limit of %1 requests per second exceeded").arg(m_options.rateLimitPerSecond));
            r.headers.emplaceBack("Retry-After", "1");
            return r;
        }
    }
    if (!token->scopes.contains(api::wireName(scope)))
        return HttpResponse::error(403, QStringLiteral("The token lacks the %1 scope").arg(api::wireName(scope)));
    // An unknown workspace answers like a foreign one, so that its existence does not leak.
    if (!m_db.isMember(token->userId, workspace))
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
            return HttpResponse::invalid({{QStringLiteral("is_archived"), QStringLiteral("must be true or false")}}, "query");
    }
    // Streamed a page at a time by id, each page its own short query: a million numbers are never
    // in memory at once, and no read stays open while the client is slow.
    HttpResponse response;
    response.stream = [db = &m_db, workspace = context.workspace, archived, after = qint64(0), started = false,
                       done = false]() mutable {
        if (done)
            return QByteArray();
        QByteArray part = started ? QByteArray() : QByteArrayLiteral("[");
        const qint64 last = db->renderNumbers(part, workspace, archived, after, 500, !started);
        started = true;
        if (last == 0) {
            done = true;
            part += ']';
        }
        after = last;
        return part;
    };
    return response;
}

HttpResponse HttpApi::getNumber(const Context& context) const
{
    const std::optional<QJsonObject> number = m_db.findNumber(context.workspace, context.args.at(0));
    if (!number)
        return HttpResponse::error(404, QStringLiteral("Phone number not found"));
    return HttpResponse::json(200, *number);
}

} // namespace phonedesk::server
