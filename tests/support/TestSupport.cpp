// SPDX-License-Identifier: MIT
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <sys/stat.h>

namespace phonedesk::test {

QString serverProgram()
{
    return qEnvironmentVariable("PHONEDESK_SERVER");
}

QString sourcePath(const QString& relative)
{
    return qEnvironmentVariable("PHONEDESK_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QByteArray readSourceFile(const QString& relative)
{
    QFile file(sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::unique_ptr<server::ServerProcess> startServer(const QStringList& arguments)
{
    auto process = std::make_unique<server::ServerProcess>();
    process->start(serverProgram(), arguments);
    if (!process->waitUntilListening())
        qWarning("phonedesk-server did not start: %s", qPrintable(process->errorText()));
    return process;
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult http(const QByteArray& method, const QUrl& url, const QString& token, const QByteArray& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning("no answer from %s", qPrintable(url.toString()));
    HttpResult result {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                       reply->rawHeaderPairs()};
    delete reply;
    return result;
}

ProcessRun runToEnd(const QString& program, const QStringList& arguments, int msecs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(msecs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString::fromUtf8(process.readAll())};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QJsonObject runCurl(const QString& command, const QString& token)
{
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PHONEDESK_TOKEN"), token);
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), command.trimmed() + QStringLiteral(" --silent --show-error")});
    if (!shell.waitForFinished(20000) || shell.exitCode() != 0)
        qWarning("%s\nfailed: %s", qPrintable(command), shell.readAllStandardError().constData());
    return QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
}

api::ApiError finish(api::ApiCall* call)
{
    api::ApiError error;
    bool done = false;
    QObject::connect(call, &api::ApiCall::finished, call, [&] {
        error = call->error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("call did not finish");
    return error;
}

RawPeer::RawPeer(QByteArray reply, bool closeAfterReply) : m_reply(std::move(reply)), m_close(closeAfterReply)
{
    listen();
}

RawPeer::RawPeer(std::function<void(QTcpSocket*)> onRequest) : m_onRequest(std::move(onRequest))
{
    listen();
}

void RawPeer::listen()
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        QTcpSocket* socket = m_server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            received += socket->readAll();
            // A TLS hello has no header end: a closing peer answers whatever arrives.
            if (!m_close && !received.contains("\r\n\r\n"))
                return;
            if (m_onRequest)
                return m_onRequest(socket);
            if (m_reply.isEmpty())
                return;
            socket->write(m_reply);
            if (m_close)
                socket->disconnectFromHost();
        });
    });
}

QUrl RawPeer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QString SyncedStore::start(const QStringList& serverArguments, const QString& workspace, const QString& token)
{
    server = startServer(serverArguments);
    if (!server->url().isValid())
        return QStringLiteral("the server did not start: ") + server->errorText();
    cache = std::make_unique<models::Cache>(dir.filePath(QStringLiteral("cache.sqlite")));
    if (const QString problem = cache->open(); !problem.isEmpty())
        return problem;
    client = std::make_unique<api::ApiClient>();
    client->setConnection({server->url(), workspace, token});
    store = std::make_unique<models::NumberStore>(*cache, *client, models::systemClock());
    writer = std::make_unique<models::NumberWriter>(*client, *store);
    store->openProfile(QStringLiteral("p"));
    QSignalSpy synced(store.get(), &models::NumberStore::numbersUpdated);
    QSignalSpy cached(store.get(), &models::NumberStore::cacheWritten);
    store->refresh();
    if (!synced.wait(10000))
        return QStringLiteral("the first sync did not finish: ") + store->lastError().message();
    return cached.count() > 0 || cached.wait(10000) ? QString() : QStringLiteral("the first sync was not written to the cache");
}

void isolateUserFolders(const QTemporaryDir& home)
{
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
}

std::optional<api::ProviderPhone> spareProviderPhone(api::ApiClient& client)
{
    const auto phones = answerOf(client.listLinkablePhones());
    for (const api::ProviderPhone& phone : phones.value_or(QList<api::ProviderPhone>()))
        if (!phone.linkedPhoneNumberUuid)
            return phone;
    return std::nullopt;
}

bool writeDone(models::NumberWrite* write)
{
    QSignalSpy finished(write, &models::NumberWrite::finished);
    const bool done = finished.wait(10000) && write->outcome() == models::NumberWrite::Outcome::Done;
    if (!done)
        qWarning("the write did not go through: %s", qPrintable(write->error().message()));
    return done;
}

int fileMode(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QUrl numbersUrl(const QUrl& base, const QString& workspace)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v2/w/%1/phone-numbers").arg(workspace));
    return url;
}

} // namespace phonedesk::test
