// SPDX-License-Identifier: MIT
#pragma once

#include "server/NumberRules.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <functional>

#include <utility>

namespace phonedesk::server {

// An answer of the API, before it goes on the wire: always JSON, FastAPI style for errors.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // A body too large to hold at once: each call gives its next part, an empty one ends it.
    // It is asked for a part only when the connection has taken the previous one.
    std::function<QByteArray()> stream;

    static HttpResponse json(int status, const QJsonValue& body);
    // {"detail": "..."}
    static HttpResponse error(int status, const QString& detail);
    // 422: {"detail": [{"loc": [location, field], "msg": ..., "type": "value_error"}, ...]}
    static HttpResponse invalid(const QList<FieldError>& errors, const char* location = "body");
};

} // namespace phonedesk::server
