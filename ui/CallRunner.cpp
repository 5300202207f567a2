// SPDX-License-Identifier: MIT
#include "CallRunner.h"

#include "JsonMapping.h"

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

models::JournalEntry writeIntent(const QString& action, const std::optional<api::PhoneNumber>& before, const QJsonObject& sent)
{
    models::JournalEntry entry;
    entry.action = action;
    if (before) {
        entry.numberId = before->id;
        entry.phoneNumber = before->phoneNumber;
        entry.before = api::toJson(*before);
    }
    entry.sent = sent;
    return entry;
}

void CallRunner::write(const models::JournalEntry& intent, std::function<api::PhoneNumberCall*()> make,
                       std::function<void(const api::PhoneNumber&)> done, std::function<void(const api::ApiError&)> failed)
{
    run<api::PhoneNumber>(
        std::move(make),
        [this, intent, done = std::move(done)](const api::PhoneNumber& number) {
            models::JournalEntry entry = intent;
            entry.numberId = number.id;
            entry.phoneNumber = number.phoneNumber;
            entry.after = api::toJson(number);
            entry.httpStatus = m_lastStatus;
            entry.ok = true;
            m_store.recordWrite(entry);
            done(number);
        },
        [this, intent, failed = std::move(failed)](const api::ApiError& error) {
            if (error.kind != api::ApiError::Kind::Cancelled) {
                models::JournalEntry entry = intent;
                entry.httpStatus = error.httpStatus;
                entry.message = error.message();
                m_store.recordWrite(entry);
            }
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
