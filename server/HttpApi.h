// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

namespace phonedesk::server {

class ServerDatabase;

struct HttpResponse
{
    int status = 200;
    QByteArray body; // JSON
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonValue& body);
    // FastAPI style: {"detail": "..."}
    static HttpResponse error(int status, const QString& detail);
};

// The contract's routes: parses the path, checks the bearer token, the scope and the
// workspace membership, and answers from the database. Transport-free: the HTTP server hands
// each request in and writes the response out.
class HttpApi
{
public:
    explicit HttpApi(ServerDatabase& db);

    HttpResponse handle(const QHttpServerRequest& request) const;

private:
    struct Context
    {
        QString workspaceUuid;
        QStringList args; // the path after /phone-numbers, split, e.g. {"12", "archive"}
        const QHttpServerRequest& request;
    };
    using Handler = std::function<HttpResponse(const Context&)>;
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList pattern; // "{id}" stands for any one segment
        const char* scope;
        Handler handler;
    };

    HttpResponse authorize(const QHttpServerRequest& request, const char* scope,
                           const QString& workspaceUuid) const;
    HttpResponse listNumbers(const Context& context) const;
    HttpResponse getNumber(const Context& context) const;

    ServerDatabase& m_db;
    QList<Route> m_routes;
};

} // namespace phonedesk::server
