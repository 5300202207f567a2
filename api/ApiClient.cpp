// SPDX-License-Identifier: MIT
#include "api/ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace phonedesk::api {

ApiClient::ApiClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Qt's default policy would follow a redirect to another origin with our Authorization header.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setConnection(const Connection& connection)
{
    m_connection = connection;
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("PhoneDesk/" PHONEDESK_VERSION " Qt/") + qVersion();
}

QNetworkRequest ApiClient::request(const WireRequest& wire) const
{
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1String("/api/v2/w/")
                + QString::fromUtf8(QUrl::toPercentEncoding(m_connection.workspaceUuid))
                + QLatin1String("/phone-numbers") + wire.path);
    if (!wire.query.isEmpty())
        url.setQuery(wire.query);
    QNetworkRequest req(url);
    req.setTransferTimeout(static_cast<int>(m_timeout.count()));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("Accept", "application/json");
    if (!m_connection.token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_connection.token.toUtf8());
    if (wire.body)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return req;
}

QString ApiClient::curlCommand(const WireRequest& wire) const
{
    return api::curlCommand(request(wire), wire);
}

template<typename T>
ResultCall<T>* ApiClient::get(const WireRequest& wire, Parsed<T> (*parser)(const QByteArray&), bool list)
{
    const QNetworkRequest req = request(wire);
    CallLimits limits = m_limits;
    if (!list)
        limits.maxBodyBytes = std::min(limits.maxBodyBytes, kMaxObjectBytes);
    auto* call = new ResultCall<T>([network = m_network, req] { return network->get(req); }, m_retry, limits, parser, this);
    Q_EMIT callStarted(call, false);
    return call;
}

PhoneNumberCall* ApiClient::write(const WireRequest& wire)
{
    const QNetworkRequest req = request(wire);
    CallLimits limits = m_limits;
    limits.maxBodyBytes = std::min(limits.maxBodyBytes, kMaxObjectBytes);
    auto* call = new PhoneNumberCall([network = m_network, req, method = wire.method, bytes = wire.bodyBytes()] {
        return network->sendCustomRequest(req, method, bytes);
    }, RetryPolicy::never(), limits, parsePhoneNumber, this);
    Q_EMIT callStarted(call, true);
    return call;
}

namespace {

Parsed<QByteArray> asItCame(const QByteArray& body)
{
    return {body, {}};
}

} // namespace

PhoneNumberListCall* ApiClient::listPhoneNumbers(ArchivedFilter filter)
{
    return get(WireRequest::list(filter), parsePhoneNumberList, true);
}

BodyCall* ApiClient::fetchPhoneNumberList(ArchivedFilter filter)
{
    return get(WireRequest::list(filter), asItCame, true);
}

PhoneNumberCall* ApiClient::getPhoneNumber(const QString& idOrUuid)
{
    return get(WireRequest::get(idOrUuid), parsePhoneNumber);
}

ProviderPhoneListCall* ApiClient::listLinkablePhones()
{
    return get(WireRequest::linkablePhones(), parseProviderPhoneList);
}

ArchiveBlockersCall* ApiClient::getArchiveBlockers(const QString& idOrUuid)
{
    return get(WireRequest::archiveBlockers(idOrUuid), parseArchiveBlockers);
}

PhoneNumberCall* ApiClient::createPhoneNumber(const CreatePhoneNumberRequest& request)
{
    return write(WireRequest::create(request));
}

PhoneNumberCall* ApiClient::updatePhoneNumber(const QString& idOrUuid, const UpdatePhoneNumberRequest& request)
{
    return write(WireRequest::update(idOrUuid, request));
}

PhoneNumberCall* ApiClient::linkPhoneNumber(const QString& idOrUuid, const std::optional<QString>& providerPhoneUuid)
{
    return write(WireRequest::link(idOrUuid, providerPhoneUuid));
}

PhoneNumberCall* ApiClient::archivePhoneNumber(const QString& idOrUuid)
{
    return write(WireRequest::archive(idOrUuid));
}

} // namespace phonedesk::api
