// SPDX-License-Identifier: MIT
#include "ApiClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

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

PhoneNumberListCall* ApiClient::listPhoneNumbers(ArchivedFilter filter)
{
    QString query;
    if (filter == ArchivedFilter::ActiveOnly)
        query = QStringLiteral("is_archived=false");
    else if (filter == ArchivedFilter::ArchivedOnly)
        query = QStringLiteral("is_archived=true");
    return new PhoneNumberListCall(m_network->get(request({}, query)), parsePhoneNumberList, this);
}

PhoneNumberCall* ApiClient::getPhoneNumber(const QString& idOrUuid)
{
    const QString path = QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(idOrUuid));
    return new PhoneNumberCall(m_network->get(request(path)), parsePhoneNumber, this);
}

} // namespace phonedesk::api
