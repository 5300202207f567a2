// SPDX-License-Identifier: MIT
#include "models/CallRunner.h"

#include "models/TokenRenewal.h"

namespace phonedesk::models {
namespace {

api::ApiError cancelledError()
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Cancelled;
    return error;
}

} // namespace

GuardedCall::GuardedCall(Send send, TokenRenewal& renewal, Learn learn, QObject* parent)
    : QObject(parent), m_send(std::move(send)), m_renewal(renewal), m_learn(std::move(learn))
{
}

void GuardedCall::start()
{
    attempt();
}

void GuardedCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_call && !m_call->isFinished())
        m_call->cancel(); // finishes this one through its finished()
    else
        finish(cancelledError()); // waiting for a new token
}

void GuardedCall::attempt()
{
    m_tokenSent = m_renewal.currentToken();
    api::ApiCall* call = m_send();
    m_call = call;
    connect(call, &api::ApiCall::finished, this, [this, call] {
        const api::ApiError error = call->error();
        m_mayHaveArrived = call->attempts() > 0 && error.kind != api::ApiError::Kind::Unauthorized;
        if (error.kind != api::ApiError::Kind::Unauthorized || m_renewed || m_cancelled)
            return finish(error);
        m_renewed = true; // once: a second 401 is the answer
        m_renewal.renew(m_tokenSent, this, [this, error](bool renewed) {
            if (m_finished)
                return;
            if (renewed && !m_cancelled)
                attempt();
            else
                finish(m_cancelled ? cancelledError() : error);
        });
    });
    if (m_cancelled)
        call->cancel();
}

void GuardedCall::finish(const api::ApiError& error)
{
    m_finished = true;
    m_error = error;
    if (!error.ok() && error.kind != api::ApiError::Kind::Cancelled)
        m_learn(error);
    Q_EMIT finished();
    deleteLater();
}

CallRunner::CallRunner(TokenRenewal& renewal, GuardedCall::Learn learn, QObject* parent)
    : QObject(parent), m_renewal(renewal), m_learn(std::move(learn))
{
}

} // namespace phonedesk::models
