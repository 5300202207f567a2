// SPDX-License-Identifier: MIT
#include "api/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace phonedesk::api {
namespace {

QString segment(const QString& idOrUuid)
{
    return QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(idOrUuid));
}

} // namespace

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

QNetworkRequest ApiClient::request(const QString& path, const QString& query) const
{
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1String("/api/v2/w/")
                + QString::fromUtf8(QUrl::toPercentEncoding(m_connection.workspaceUuid))
                + QLatin1String("/phone-numbers") + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    req.setTransferTimeout(static_cast<int>(m_timeout.count()));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("Accept", "application/json");
    if (!m_connection.token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_connection.token.toUtf8());
    return req;
}

template<typename T>
ResultCall<T>* ApiClient::get(const QString& path, Parsed<T> (*parser)(const QByteArray&), const QString& query, bool list)
{
    const QNetworkRequest req = request(path, query);
    CallLimits limits = m_limits;
    if (!list)
        limits.maxBodyBytes = std::min(limits.maxBodyBytes, kMaxObjectBytes);
    auto* call = new ResultCall<T>([network = m_network, req] { return network->get(req); }, m_retry, limits, parser, this);
    Q_EMIT callStarted(call, false);
    return call;
}

PhoneNumberCall* ApiClient::write(const QByteArray& method, const QString& path, const std::optional<QJsonObject>& body)
{
    QNetworkRequest req = request(path);
    QByteArray bytes;
    if (body) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        bytes = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    CallLimits limits = m_limits;
    limits.maxBodyBytes = std::min(limits.maxBodyBytes, kMaxObjectBytes);
    auto* call = new PhoneNumberCall([network = m_network, req, method, bytes] { return network->sendCustomRequest(req, method, bytes); },
                                     RetryPolicy::never(), limits, parsePhoneNumber, this);
    Q_EMIT callStarted(call, true);
    return call;
}

namespace {

QString archivedQuery(ArchivedFilter filter)
{
    if (filter == ArchivedFilter::ActiveOnly)
        return QStringLiteral("is_archived=false");
    if (filter == ArchivedFilter::ArchivedOnly)
        return QStringLiteral("is_archived=true");
    return {};
}

Parsed<QByteArray> asItCame(const QByteArray& body)
{
    return {body, {}};
}

} // namespace

PhoneNumberListCall* ApiClient::listPhoneNumbers(ArchivedFilter filter)
{
    return get({}, parsePhoneNumberList, archivedQuery(filter), true);
}

BodyCall* ApiClient::fetchPhoneNumberList(ArchivedFilter filter)
{
    return get({}, asItCame, archivedQuery(filter), true);
}

PhoneNumberCall* ApiClient::getPhoneNumber(const QString& idOrUuid)
{
    return get(segment(idOrUuid), parsePhoneNumber);
}

ProviderPhoneListCall* ApiClient::listLinkablePhones()
{
    return get(QStringLiteral("/linkable-phones"), parseProviderPhoneList);
}

ArchiveBlockersCall* ApiClient::getArchiveBlockers(const QString& idOrUuid)
{
    return get(segment(idOrUuid) + QLatin1String("/archive-blockers"), parseArchiveBlockers);
}

PhoneNumberCall* ApiClient::createPhoneNumber(const CreatePhoneNumberRequest& request)
{
    return write("POST", {}, request.toJson());
}

PhoneNumberCall* ApiClient::updatePhoneNumber(const QString& idOrUuid, const UpdatePhoneNumberRequest& request)
{
    return write("PUT", segment(idOrUuid), request.fields);
}

PhoneNumberCall* ApiClient::linkPhoneNumber(const QString& idOrUuid, const std::optional<QString>& providerPhoneUuid)
{
    const QJsonObject body {{QLatin1String("providerPhoneUuid"), providerPhoneUuid ? QJsonValue(*providerPhoneUuid) : QJsonValue()}};
    return write("POST", segment(idOrUuid) + QLatin1String("/link"), body);
}

PhoneNumberCall* ApiClient::archivePhoneNumber(const QString& idOrUuid)
{
    return write("POST", segment(idOrUuid) + QLatin1String("/archive"), std::nullopt);
}

} // namespace phonedesk::api
