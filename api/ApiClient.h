// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiCall.h"
#include "api/Requests.h"
#include "api/WireRequest.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

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

// The Phone Numbers API v2 over one QNetworkAccessManager: one typed call per endpoint. Every
// request carries the bearer token, a User-Agent and a transfer timeout; redirects never leave
// the origin, so the token is never sent to another host. Reads are retried after transient
// failures; writes never are, since the server may have applied them.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setConnection(const Connection& connection);
    const Connection& connection() const { return m_connection; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    void setLimits(const CallLimits& limits) { m_limits = limits; }

    // idOrUuid: the numeric id or the uuid, everywhere.
    // Every number, read in full; fails on the first number that cannot be read.
    PhoneNumberListCall* listPhoneNumbers(ArchivedFilter filter = ArchivedFilter::All);
    // The same list as the server's bytes, for a reader that keeps them (NumberSnapshot).
    BodyCall* fetchPhoneNumberList(ArchivedFilter filter = ArchivedFilter::All);
    PhoneNumberCall* getPhoneNumber(const QString& idOrUuid);
    ProviderPhoneListCall* listLinkablePhones();
    ArchiveBlockersCall* getArchiveBlockers(const QString& idOrUuid);
    PhoneNumberCall* createPhoneNumber(const CreatePhoneNumberRequest& request);
    PhoneNumberCall* updatePhoneNumber(const QString& idOrUuid, const UpdatePhoneNumberRequest& request);
    // nullopt unlinks.
    PhoneNumberCall* linkPhoneNumber(const QString& idOrUuid, const std::optional<QString>& providerPhoneUuid);
    PhoneNumberCall* archivePhoneNumber(const QString& idOrUuid);

    // The curl command that sends `request` as this client would, to this connection, with
    // $PHONEDESK_TOKEN where the token goes (see api::curlCommand).
    QString curlCommand(const WireRequest& request) const;

    static QByteArray userAgent();

Q_SIGNALS:
    // Every call, as it is made: for a progress indicator. `write`: it may change data on the
    // server, so cancelling it would leave its outcome unknown.
    void callStarted(phonedesk::api::ApiCall* call, bool write);

private:
    QNetworkRequest request(const WireRequest& wire) const;
    template<typename T>
    ResultCall<T>* get(const WireRequest& wire, Parsed<T> (*parser)(const QByteArray&), bool list = false);
    PhoneNumberCall* write(const WireRequest& wire);

    QNetworkAccessManager* m_network;
    Connection m_connection;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(20)};
    RetryPolicy m_retry;
    CallLimits m_limits;
};

} // namespace phonedesk::api
