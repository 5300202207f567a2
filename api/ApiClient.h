// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"

#include <QObject>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

namespace phonedesk::api {

// Where the client talks to, and as whom. The token lives only in memory here.
struct Connection
{
    QUrl baseUrl; // e.g. http://127.0.0.1:8080
    QString workspaceUuid;
    QString token;

    bool isComplete() const { return baseUrl.isValid() && !workspaceUuid.isEmpty(); }
};

// The Phone Numbers API v2 over one QNetworkAccessManager. Every request carries the bearer
// token, a User-Agent and a transfer timeout; redirects never leave the origin, so the token is
// never sent to another host.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setConnection(const Connection& connection);
    const Connection& connection() const { return m_connection; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    PhoneNumberListCall* listPhoneNumbers(ArchivedFilter filter = ArchivedFilter::All);
    // idOrUuid: the numeric id or the uuid.
    PhoneNumberCall* getPhoneNumber(const QString& idOrUuid);

    static QByteArray userAgent();

private:
    QNetworkRequest request(const QString& path, const QString& query = {}) const;

    QNetworkAccessManager* m_network;
    Connection m_connection;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(20)};
};

} // namespace phonedesk::api
