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

void CallRunner::write(const models::JournalEntry& intent, std::function<api::PhoneNumberCall*()> make,
                       std::function<void(const api::PhoneNumber&)> done, std::function<void(const api::ApiError&)> failed)
{
    run<api::PhoneNumber>(
        std::move(make),
        [this, intent, done = std::move(done)](const api::PhoneNumber& number) {
            models::JournalEntry entry = intent;
            api::ApiError answer;
            answer.httpStatus = m_lastStatus;
            entry.answered(answer, &number);
            m_store.recordWrite(entry);
            done(number);
        },
        [this, intent, failed = std::move(failed)](const api::ApiError& error) {
            models::JournalEntry entry = intent;
            entry.answered(error, nullptr);
            if (error.kind == api::ApiError::Kind::Cancelled) // the request may have arrived all the same
                entry.message = tr("Cancelled before the server answered; it may have applied the change. Refresh (F5) to see.");
            m_store.recordWrite(entry);
            failed(error);
        });
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
