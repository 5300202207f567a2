// SPDX-License-Identifier: MIT
#pragma once

#include "api/ArchiveBlockers.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace phonedesk::api {

// Every way a call can fail, as one value the layers above can act on: HTTP statuses,
// network failures and unreadable bodies alike. message() is the only place that turns it
// into text for a person.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Cancelled, // by the user: not an error to show
        Timeout,
        Network, // refused, unreachable, reset
        Tls,
        Redirect, // refused: would have left the origin
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409
        TooLarge, // 413
        Validation, // 422
        RateLimited, // 429
        Server, // 5xx
        Http, // any other status
        BadResponse, // a 2xx whose body we cannot read
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail; // the server's own words, or the network layer's
    QMap<QString, QString> fieldErrors; // 422: field name -> message
    int retryAfterSeconds = -1; // 429/503 with Retry-After
    QString missingScope; // 403: the scope the server named, e.g. "phones:admin"
    QList<ArchiveBlocker> blockers; // 409 from archive

    bool ok() const { return kind == Kind::None; }
    // The server could not be reached: the store goes offline and keeps the cache.
    bool isConnectivity() const { return kind == Kind::Timeout || kind == Kind::Network; }
    QString message() const;

    // Worth asking again, for a request that may be repeated: the server was unreachable,
    // overloaded or asked us to slow down.
    bool isTransient() const;

    static ApiError fromHttp(int status, const QByteArray& body, const QByteArray& retryAfter);
};

} // namespace phonedesk::api
