// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "ApiClient.h"
#include "NumberStore.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace phonedesk::ui {

// Asks for a new API token after the server rejected the old one; nullopt when cancelled.
// Replaceable, so that tests can answer without a modal prompt.
using TokenPrompt = std::function<std::optional<QString>(QWidget* parent, const QString& why)>;
TokenPrompt defaultTokenPrompt();

// Runs a dialog's calls: tells the store what failed (a missing scope, going offline), and on a
// 401 asks for a new token and sends the same request again, so the pending action is not lost.
class CallRunner : public QObject
{
    Q_OBJECT

public:
    CallRunner(api::ApiClient& client, models::NumberStore& store, QWidget* owner, TokenPrompt prompt);

    template<typename T>
    void run(std::function<api::ResultCall<T>*()> make, std::function<void(const T&)> done,
             std::function<void(const api::ApiError&)> failed)
    {
        api::ResultCall<T>* call = make();
        m_call = call;
        connect(call, &api::ApiCall::finished, this, [=, this] {
            m_call = nullptr;
            const api::ApiError error = call->error();
            m_lastStatus = error.httpStatus;
            if (error.ok())
                return done(call->value());
            if (error.kind == api::ApiError::Kind::Unauthorized && renewToken())
                return run<T>(make, done, failed);
            m_store.noteError(error);
            failed(error);
        });
    }

    // A write: run() it, and record it in the store's journal whatever the outcome, a cancel
    // too (the server may have applied it). `intent` says what was asked: action, the number
    // before, the body sent.
    void write(const models::JournalEntry& intent, std::function<api::PhoneNumberCall*()> make,
               std::function<void(const api::PhoneNumber&)> done, std::function<void(const api::ApiError&)> failed);

    void cancel();
    bool isBusy() const { return m_call; }

private:
    bool renewToken();

    api::ApiClient& m_client;
    models::NumberStore& m_store;
    QWidget* m_owner;
    TokenPrompt m_prompt;
    QPointer<api::ApiCall> m_call;
    int m_lastStatus = 0; // of the last call's answer
};

} // namespace phonedesk::ui
