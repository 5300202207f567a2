// SPDX-License-Identifier: MIT
#include "CallRunner.h"

#include <QInputDialog>
#include <QLineEdit>

namespace phonedesk::ui {

TokenPrompt defaultTokenPrompt()
{
    return [](QWidget* parent, const QString& why) -> std::optional<QString> {
        bool ok = false;
        const QString token = QInputDialog::getText(parent, QObject::tr("New API token"), why, QLineEdit::Password, {}, &ok);
        if (!ok || token.trimmed().isEmpty())
            return std::nullopt;
        return token.trimmed();
    };
}

CallRunner::CallRunner(api::ApiClient& client, models::NumberStore& store, QWidget* owner, TokenPrompt prompt)
    : QObject(owner), m_client(client), m_store(store), m_owner(owner), m_prompt(std::move(prompt))
{
}

void CallRunner::cancel()
{
    if (m_call)
        m_call->cancel();
}

bool CallRunner::renewToken()
{
    const std::optional<QString> token = m_prompt(
        m_owner, tr("The server rejected the API token. Enter a new one to send the request again:"));
    if (!token)
        return false;
    api::Connection connection = m_client.connection();
    connection.token = *token; // in memory only
    m_client.setConnection(connection);
    return true;
}

} // namespace phonedesk::ui
