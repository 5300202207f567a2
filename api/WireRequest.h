// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/Requests.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class QNetworkRequest;

namespace phonedesk::api {

// One call of the v2 API as it goes on the wire, below the workspace's /phone-numbers: the one
// place where each endpoint's method, path and body are decided. ApiClient sends it; "Copy as
// curl" writes it out; the change journal keeps its body.
struct WireRequest
{
    QByteArray method = "GET";
    QString path; // e.g. "/42/link"; empty for the list
    QString query; // e.g. "is_archived=false"
    std::optional<QJsonObject> body; // none: the request has no body

    // The body as sent: compact JSON (characters a terminal acts on as \uXXXX), empty without one.
    QByteArray bodyBytes() const;

    static WireRequest list(ArchivedFilter filter);
    static WireRequest get(const QString& idOrUuid);
    static WireRequest linkablePhones();
    static WireRequest archiveBlockers(const QString& idOrUuid);
    static WireRequest create(const QJsonObject& body);
    static WireRequest create(const CreatePhoneNumberRequest& request) { return create(request.toJson()); }
    static WireRequest update(const QString& idOrUuid, const QJsonObject& fields);
    static WireRequest update(const QString& idOrUuid, const UpdatePhoneNumberRequest& request)
    {
        return update(idOrUuid, request.fields);
    }
    // nullopt unlinks.
    static WireRequest link(const QString& idOrUuid, const std::optional<QString>& providerPhoneUuid);
    static WireRequest archive(const QString& idOrUuid);
};

// The shell command that sends `request` with curl: the method, the URL, every header and the
// body exactly as `network` (the request ApiClient built) would; Qt's transport headers
// (Accept-Encoding, Connection) are curl's own. The token is never written: the Authorization
// header reads it from $PHONEDESK_TOKEN. Arguments are single-quoted, so the command pastes
// into sh, bash and zsh as it is, and it ends without a newline, so a paste never runs it.
QString curlCommand(const QNetworkRequest& network, const WireRequest& request);

} // namespace phonedesk::api
