// SPDX-License-Identifier: MIT
#pragma once

#include "common/DemoFixture.h"
#include "common/ServerProcess.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace phonedesk::test {

// The phonedesk-server binary under test (set by CTest).
QString serverProgram();
// A file below the source tree, e.g. "docs/examples/phone-number.json".
QString sourcePath(const QString& relative);
QByteArray readSourceFile(const QString& relative);

// Starts the real server on a free loopback port with these arguments; a failed start fails the
// calling test through QVERIFY in the caller: check isRunning() / url().
std::unique_ptr<server::ServerProcess> startServer(const QStringList& arguments = {QStringLiteral("--seed"),
                                                                                 QStringLiteral("demo")});

struct HttpResult
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray& name) const;
};

// A plain HTTP request (not through PhoneDesk's client), for checking the server's exact
// answers. An empty token sends no Authorization header.
HttpResult http(const QByteArray& method, const QUrl& url, const QString& token = {}, const QByteArray& body = {});

struct ProcessRun
{
    int exitCode = -1; // -1: crashed, or still running after the timeout (then killed)
    QString output; // stdout and stderr together
};

// Runs a program to its end, e.g. to check how a bad command line is refused.
ProcessRun runToEnd(const QString& program, const QStringList& arguments, int msecs = 10000);

// Runs a copied curl command in sh as a user would after pasting it, with PHONEDESK_TOKEN set
// to `token`; the JSON object it printed (empty when it printed none).
QJsonObject runCurl(const QString& command, const QString& token = QLatin1String(demo::kAdminToken));

// Waits for a client call to finish and returns its error (ok() on success). The call deletes
// itself afterwards: read its value in a slot connected before.
api::ApiError finish(api::ApiCall* call);
// What a call answers with, read while the call is still there (it is deleted once finished);
// nothing when it failed.
template <class Call>
auto answerOf(Call* call) -> std::optional<std::decay_t<decltype(call->value())>>
{
    std::optional<std::decay_t<decltype(call->value())>> value;
    QObject::connect(call, &api::ApiCall::finished, call, [&value, call] {
        if (call->error().ok())
            value = call->value();
    });
    finish(call);
    return value;
}

// A raw TCP peer on loopback that records what arrives and answers with fixed bytes (or never,
// when they are empty): for servers that misbehave, which the reference server never does.
class RawPeer : public QObject
{
public:
    explicit RawPeer(QByteArray reply, bool closeAfterReply = false);
    // For behaviour a fixed reply cannot show (dripping, resetting): called once per request.
    explicit RawPeer(std::function<void(QTcpSocket* socket)> onRequest);
    QUrl url() const;
    QByteArray received;

private:
    QTcpServer m_server;
    void listen();

    QByteArray m_reply;
    bool m_close = false;
    std::function<void(QTcpSocket*)> m_onRequest;
};

// Answers the store's token renewals as a user would, without a modal prompt, and counts them.
class TokenAnswers : public models::TokenProvider
{
public:
    explicit TokenAnswers(std::function<std::optional<QString>(const QString& why)> answer) : m_answer(std::move(answer)) { }
    void provideToken(const QString& why, std::function<void(const std::optional<QString>&)> done) override
    {
        ++asked;
        done(m_answer(why));
    }
    int asked = 0;

private:
    std::function<std::optional<QString>(const QString&)> m_answer;
};

// What most model and UI tests start from: the real server, a cache file, a client and a store
// that has synced once.
struct SyncedStore
{
    QTemporaryDir dir;
    std::unique_ptr<server::ServerProcess> server;
    std::unique_ptr<models::Cache> cache;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<models::NumberStore> store;
    std::unique_ptr<models::NumberWriter> writer;

    // Returns what went wrong, or nothing. The profile is "p".
    QString start(const QStringList& serverArguments = {QStringLiteral("--seed"), QStringLiteral("demo")},
                  const QString& workspace = QLatin1String(demo::kWorkspaceUuid),
                  const QString& token = QLatin1String(demo::kAdminToken));
};

// A provider phone the workspace may link and that no number holds ("SF overflow (spare)" in
// the demo), as the server lists it now; nothing when there is none.
std::optional<api::ProviderPhone> spareProviderPhone(api::ApiClient& client);
// Waits for a write; whether it went through (else its error is printed).
bool writeDone(models::NumberWrite* write);

// Points XDG_CONFIG_HOME and XDG_DATA_HOME below `home`, so that the app under test (in
// this process or a child) keeps its settings, cache and keyring there, never in the user's.
void isolateUserFolders(const QTemporaryDir& home);

// The permission bits of a file or folder (e.g. 0600), or -1 if it does not exist.
int fileMode(const QString& path);

// The list URL of a workspace on a running server.
QUrl numbersUrl(const QUrl& base, const QString& workspace = QLatin1String(demo::kWorkspaceUuid));

} // namespace phonedesk::test
