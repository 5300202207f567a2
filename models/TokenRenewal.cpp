// SPDX-License-Identifier: MIT
#include "models/TokenRenewal.h"

#include "api/ApiClient.h"

namespace phonedesk::models {

TokenRenewal::TokenRenewal(api::ApiClient& client, QObject* parent) : QObject(parent), m_client(client)
{
}

QString TokenRenewal::currentToken() const
{
    return m_client.connection().token;
}

void TokenRenewal::renew(const QString& rejected, QObject* context, std::function<void(bool)> done)
{
    const bool renewedMeanwhile = !m_asking && m_client.connection().token != rejected;
    // Declined once for this token: the other requests of the same run fail without asking again.
    if (!m_provider || renewedMeanwhile || (!m_asking && rejected == m_declined)) {
        QMetaObject::invokeMethod(context, [done = std::move(done), renewedMeanwhile] { done(renewedMeanwhile); },
                                  Qt::QueuedConnection);
        return;
    }
    m_waiting.append({context, std::move(done)});
    if (m_asking)
        return;
    m_asking = true;
    // Asked once the event loop is free, so that the failed call has finished unwinding.
    QMetaObject::invokeMethod(this, [this] {
        m_provider->provideToken(tr("The server rejected the API token. Enter a new one to send the request again:"),
                                 [self = QPointer<TokenRenewal>(this)](const std::optional<QString>& token) {
                                     if (self)
                                         self->answer(token);
                                 });
    }, Qt::QueuedConnection);
}

void TokenRenewal::answer(const std::optional<QString>& token)
{
    m_asking = false;
    if (!token)
        m_declined = m_client.connection().token;
    if (token) {
        api::Connection connection = m_client.connection();
        connection.token = *token;
        m_client.setConnection(connection);
        Q_EMIT tokenChanged();
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto& [context, done] : waiting) {
        if (context)
            done(token.has_value());
    }
}

} // namespace phonedesk::models
