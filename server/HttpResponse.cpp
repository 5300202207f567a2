// SPDX-License-Identifier: MIT
#include "server/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace phonedesk::server {

HttpResponse HttpResponse::json(int status, const QJsonValue& body)
{
    const QJsonDocument doc = body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return {status, doc.toJson(QJsonDocument::Compact), {}, {}};
}

HttpResponse HttpResponse::error(int status, const QString& detail)
{
    return json(status, QJsonObject {{QLatin1String("detail"), detail}});
}

HttpResponse HttpResponse::invalid(const QList<FieldError>& errors, const char* location)
{
    QJsonArray entries;
    for (const FieldError& e : errors) {
        entries.append(QJsonObject {
            {QLatin1String("loc"), QJsonArray {QLatin1String(location), e.field}},
            {QLatin1String("msg"), e.message},
            {QLatin1String("type"), QLatin1String("value_error")},
        });
    }
    return json(422, QJsonObject {{QLatin1String("detail"), entries}});
}

} // namespace phonedesk::server
