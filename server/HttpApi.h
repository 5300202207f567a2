// SPDX-License-Identifier: MIT
#pragma once

#include "common/WireEnums.h"
#include "server/HttpResponse.h"
#include "server/NumberWrites.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace phonedesk::server {

class ServerDatabase;

// A request body as a JSON object, or the answer that says what is wrong with it (400, 422).
std::optional<HttpResponse> readJsonBody(const QByteArray& bytes, QJsonObject& out);

struct HttpApiOptions
{
    int rateLimitPerSecond = 0; // per token; 0: off
    int unavailableFirst = 0; // answer the first N requests with 503, to exercise client retries
    bool logRequests = false; // one line per request on stdout: "GET /path 200"
};

// The contract's routes: parses the path, checks the bearer token, the scope and the
// workspace membership, reads the JSON body, and answers from the database. Transport-free:
// the HTTP server hands each request in and writes the response out.
class HttpApi
{
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    HttpApi(ServerDatabase& db, HttpApiOptions options = {});

    HttpResponse handle(const QHttpServerRequest& request);
    // "GET /api/v2/w/{workspace_uuid}/phone-numbers/{id}", one per route served.
    QStringList routes() const;

private:
    struct Context
    {
        QString workspace;
        QStringList args; // the path after /phone-numbers, split: {"12", "archive"}
        const QHttpServerRequest& request;
        QJsonObject body;
    };
    using Handler = std::function<HttpResponse(const Context&)>;
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList pattern; // "{id}" stands for any one segment
        api::Scope scope;
        bool takesBody;
        Handler handler;
    };

    HttpResponse dispatch(const QHttpServerRequest& request);
    HttpResponse authorize(const QHttpServerRequest& request, api::Scope scope, const QString& workspace);
    HttpResponse listNumbers(const Context& context) const;
    HttpResponse getNumber(const Context& context) const;

    ServerDatabase& m_db;
    NumberWrites m_writes;
    HttpApiOptions m_options;
    QList<Route> m_routes;
    int m_requestsSeen = 0;
    QElapsedTimer m_clock;
    QHash<QString, std::pair<qint64, int>> m_rateWindows; // token -> (second, requests in it)
};

} // namespace phonedesk::server
