// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace phonedesk::api {
class ApiClient;
}

namespace phonedesk::models {

// Where a new token comes from after the server rejected one: app/ implements it (it asks the
// user, then keeps the token in the keychain). `done` gets the new token, or nullopt when the
// user declined; it may be called later.
class TokenProvider
{
public:
    virtual ~TokenProvider() = default;
    virtual void provideToken(const QString& why, std::function<void(const std::optional<QString>&)> done) = 0;
};

// The one place a rejected token is renewed: every call that got a 401 waits for the same
// answer, so four requests in flight ask the user once. The new token goes into the client.
class TokenRenewal : public QObject
{
    Q_OBJECT

public:
    explicit TokenRenewal(api::ApiClient& client, QObject* parent = nullptr);

    // The token requests are sent with now.
    QString currentToken() const;
    // The user started something (a refresh, a dialog): a token declined earlier is asked for
    // again at its next rejection. Until then, a decline stands for every request waiting.
    void forgetDecline() { m_declined.clear(); }

Q_SIGNALS:
    // The client sends another token from now on.
    void tokenChanged();

public:
    // Without a provider a 401 stays a failure.
    void setProvider(TokenProvider* provider) { m_provider = provider; }
    // A call sent with the token `rejected` got a 401. `done(true)`: the client holds another
    // token now, send again; `done(false)`: none came. Not called once `context` is gone.
    void renew(const QString& rejected, QObject* context, std::function<void(bool renewed)> done);

private:
    void answer(const std::optional<QString>& token);

    api::ApiClient& m_client;
    TokenProvider* m_provider = nullptr;
    QList<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_waiting;
    QString m_declined; // the rejected token the user declined to replace
    bool m_asking = false;
};

} // namespace phonedesk::models
