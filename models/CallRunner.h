// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiCall.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace phonedesk::models {

class TokenRenewal;

// One request sent by the rules every call of the app follows: after a 401 it asks for a new
// token and is sent once more; a failure tells the store (a missing scope, going offline).
// Emits finished() once, with the last attempt's call still readable, then deletes itself.
class GuardedCall : public QObject
{
    Q_OBJECT

public:
    using Send = std::function<api::ApiCall*()>;
    using Learn = std::function<void(const api::ApiError&)>;

    GuardedCall(Send send, TokenRenewal& renewal, Learn learn, QObject* parent);
    void start();
    // finished() still comes, with a Cancelled error.
    void cancel();
    // The answer: ok(), or why not. On success the last attempt's call is alive in a slot
    // connected to finished().
    const api::ApiError& error() const { return m_error; }
    // Whether the last attempt went out and was not refused for its token: a cancelled write
    // that was sent may have been applied; one that was not, was not.
    bool mayHaveArrived() const { return m_mayHaveArrived; }

Q_SIGNALS:
    void finished();

private:
    void attempt();
    void finish(const api::ApiError& error);

    Send m_send;
    TokenRenewal& m_renewal;
    Learn m_learn;
    QPointer<api::ApiCall> m_call;
    QString m_tokenSent;
    api::ApiError m_error;
    bool m_renewed = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_mayHaveArrived = false;
};

// Starts guarded calls and hands each one's typed result to a callback, only while `context`
// (a dialog, a bulk run) is alive.
class CallRunner : public QObject
{
    Q_OBJECT

public:
    CallRunner(TokenRenewal& renewal, GuardedCall::Learn learn, QObject* parent = nullptr);

    template<typename T>
    GuardedCall* run(std::function<api::ResultCall<T>*()> make, QObject* context, std::function<void(const T&)> done,
                     std::function<void(const api::ApiError&)> failed)
    {
        auto last = std::make_shared<api::ResultCall<T>*>(nullptr);
        auto* call = new GuardedCall([make = std::move(make), last] { return *last = make(); }, m_renewal, m_learn, this);
        connect(call, &GuardedCall::finished, context, [call, last, done = std::move(done), failed = std::move(failed)] {
            if (call->error().ok())
                done((*last)->value());
            else
                failed(call->error());
        });
        call->start();
        return call;
    }

private:
    TokenRenewal& m_renewal;
    GuardedCall::Learn m_learn;
};

} // namespace phonedesk::models
