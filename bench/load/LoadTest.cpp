// SPDX-License-Identifier: MIT
// phonedesk-load: a bounded load test of phonedesk-server on loopback. Several keep-alive
// connections, each with its own demo token, send a mix of list, get and update requests for
// a fixed time; then every number's stored name is compared with the last update that got a
// 2xx, and the server's request log with the updates sent. Prints requests per second, latency
// percentiles, errors, lost and duplicated writes; exits 1 when any of the last three is not 0.
#include "common/DemoFixture.h"
#include "common/ServerProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace phonedesk;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
};

// Takes one whole response off the front of `buffer`, if it is all there.
std::optional<Response> takeResponse(QByteArray& buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QByteArray head = buffer.first(headEnd).toLower();
    if (head.contains("\r\ntransfer-encoding: chunked")) {
        // The list is streamed: size lines and parts, up to the part of size 0.
        QByteArray body;
        qsizetype at = headEnd + 4;
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", at);
            if (lineEnd < 0)
                return std::nullopt;
            const qsizetype size = buffer.mid(at, lineEnd - at).toLongLong(nullptr, 16);
            if (buffer.size() < lineEnd + 2 + size + 2)
                return std::nullopt;
            body += buffer.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
            if (size == 0)
                break;
        }
        Response response {buffer.mid(9, 3).toInt(), body};
        buffer.remove(0, at);
        return response;
    }
    const qsizetype at = head.indexOf("content-length:");
    const qsizetype lineEnd = head.indexOf("\r\n", at);
    const qsizetype length = at < 0 ? 0 : head.mid(at + 15, (lineEnd < 0 ? head.size() : lineEnd) - at - 15).trimmed().toLongLong();
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    Response response {buffer.mid(9, 3).toInt(), buffer.mid(headEnd + 4, length)};
    buffer.remove(0, headEnd + 4 + length);
    return response;
}

QByteArray requestBytes(const QByteArray& method, const QByteArray& path, const QByteArray& token, const QByteArray& body = {})
{
    return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// A blocking exchange, for the set-up and the final check (not measured).
Response exchange(const QUrl& server, const QByteArray& method, const QByteArray& path, const QByteArray& token)
{
    QTcpSocket socket;
    socket.connectToHost(server.host(), quint16(server.port()));
    socket.write(requestBytes(method, path, token));
    QByteArray buffer;
    while (socket.waitForReadyRead(10000)) {
        buffer += socket.readAll();
        if (auto response = takeResponse(buffer))
            return *response;
    }
    return {};
}

QByteArray numbersPath(const char* workspace)
{
    return QByteArray("/api/v2/w/") + workspace + "/phone-numbers";
}

struct Totals
{
    QList<qint64> latenciesUs;
    QHash<QString, int> errors; // "GET 503", "PUT transport", ...
    int updatesSent = 0;
    QHash<QByteArray, QByteArray> lastAcceptedName; // number path -> name of its last 2xx update
};

// One keep-alive connection with one token: sends a request, waits for its answer, sends the next.
class Client : public QObject
{
public:
    Client(const QUrl& server, QByteArray token, QByteArray listPath, QList<QByteArray> readable,
           QList<QByteArray> owned, int updatePercent, Totals& totals)
        : m_token(std::move(token)), m_listPath(std::move(listPath)), m_readable(std::move(readable)),
          m_owned(std::move(owned)), m_updatePercent(updatePercent), m_totals(totals)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_busy)
                finish({}, QStringLiteral("transport"));
        });
        m_socket.connectToHost(server.host(), quint16(server.port()));
    }

    void run(const QDeadlineTimer& until, std::function<void()> done)
    {
        m_until = until;
        m_done = std::move(done);
        sendNext();
    }

private:
    void sendNext()
    {
        if (m_until.hasExpired()) {
            m_done();
            return;
        }
        const int dice = int(m_random.bounded(100));
        if (dice < m_updatePercent && !m_owned.isEmpty()) {
            m_path = m_owned.at(m_random.bounded(m_owned.size()));
            m_name = "load " + QByteArray::number(++m_sequence) + " " + m_token.left(10);
            m_method = "PUT";
            ++m_totals.updatesSent;
            send(QJsonDocument(QJsonObject {{QLatin1String("name"), QString::fromUtf8(m_name)}}).toJson(QJsonDocument::Compact));
        } else {
            m_path = dice < m_updatePercent + 20 ? m_listPath : m_readable.at(m_random.bounded(m_readable.size()));
            m_method = "GET";
            send({});
        }
    }

    void send(const QByteArray& body)
    {
        m_busy = true;
        m_clock.start();
        m_socket.write(requestBytes(m_method, m_path, m_token, body));
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        if (auto response = takeResponse(m_buffer))
            finish(response->status, response->status / 100 == 2 ? QString() : QString::number(response->status));
    }

    void finish(int status, const QString& error)
    {
        m_busy = false;
        m_totals.latenciesUs.append(m_clock.nsecsElapsed() / 1000);
        if (!error.isEmpty())
            ++m_totals.errors[QString::fromLatin1(m_method) + QLatin1Char(' ') + error];
        else if (m_method == "PUT" && status / 100 == 2)
            m_totals.lastAcceptedName[m_path] = m_name;
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_done();
            return;
        }
        QTimer::singleShot(0, this, &Client::sendNext);
    }

    QTcpSocket m_socket;
    QByteArray m_token, m_listPath, m_buffer, m_method, m_path, m_name;
    QList<QByteArray> m_readable, m_owned;
    int m_updatePercent;
    Totals& m_totals;
    QDeadlineTimer m_until;
    std::function<void()> m_done;
    QElapsedTimer m_clock;
    QRandomGenerator m_random {42};
    qint64 m_sequence = 0;
    bool m_busy = false;
};

// The paths of a workspace's active numbers.
QList<QByteArray> activeNumbers(const QUrl& server, const char* workspace, const char* token)
{
    QList<QByteArray> paths;
    const Response list = exchange(server, "GET", numbersPath(workspace) + "?is_archived=false", token);
    for (const QJsonValue& number : QJsonDocument::fromJson(list.body).array())
        paths << numbersPath(workspace) + "/" + QByteArray::number(number[QLatin1String("id")].toInteger());
    return paths;
}

qint64 percentile(QList<qint64> sorted, double p)
{
    return sorted.isEmpty() ? 0 : sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load test of phonedesk-server (started here, on loopback)."));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("How long to send requests."), QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption connections(QStringLiteral("connections"), QStringLiteral("Connections at once."), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption updates(QStringLiteral("updates"), QStringLiteral("Percentage of updates from tokens that may write."), QStringLiteral("P"), QStringLiteral("30"));
    parser.addOptions({seconds, connections, updates});
    parser.process(app);

    server::ServerProcess server;
    server.start(server::ServerProcess::defaultProgram(), {QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--log-requests")});
    if (!server.waitUntilListening()) {
        std::fprintf(stderr, "phonedesk-load: %s\n", qPrintable(server.errorText()));
        return 2;
    }
    const QUrl url = server.url();
    const QList<QByteArray> acme = activeNumbers(url, demo::kWorkspaceUuid, demo::kAdminToken);
    const QList<QByteArray> globex = activeNumbers(url, demo::kOtherWorkspaceUuid, demo::kOtherWorkspaceToken);
    if (acme.isEmpty() || globex.isEmpty()) {
        std::fprintf(stderr, "phonedesk-load: the demo server listed no numbers\n");
        return 2;
    }

    // Tokens in turn: Acme admin, Acme writer, Acme reader, Globex admin. Each connection that may
    // write owns its own numbers (every k-th of its workspace), so that the last 2xx update of a
    // number is well defined.
    struct Plan { const char* token; const char* workspace; const QList<QByteArray>* numbers; bool writes; };
    const Plan plans[] = {{demo::kAdminToken, demo::kWorkspaceUuid, &acme, true},
                          {demo::kWriteToken, demo::kWorkspaceUuid, &acme, true},
                          {demo::kReadToken, demo::kWorkspaceUuid, &acme, false},
                          {demo::kOtherWorkspaceToken, demo::kOtherWorkspaceUuid, &globex, true}};
    const int count = std::max(1, parser.value(connections).toInt());
    Totals totals;
    std::vector<std::unique_ptr<Client>> clients;
    QHash<const QList<QByteArray>*, int> writers;
    for (int i = 0; i < count; ++i)
        writers[plans[i % 4].numbers] += plans[i % 4].writes ? 1 : 0;
    QHash<const QList<QByteArray>*, int> writerIndex;
    for (int i = 0; i < count; ++i) {
        const Plan& plan = plans[i % 4];
        QList<QByteArray> owned;
        if (plan.writes) {
            const int index = writerIndex[plan.numbers]++;
            for (qsizetype n = index; n < plan.numbers->size(); n += writers[plan.numbers])
                owned << plan.numbers->at(n);
        }
        clients.push_back(std::make_unique<Client>(url, plan.token, numbersPath(plan.workspace), *plan.numbers, owned,
                                                   plan.writes ? parser.value(updates).toInt() : 0, totals));
    }

    QElapsedTimer wall;
    wall.start();
    const QDeadlineTimer until(qint64(parser.value(seconds).toDouble() * 1000));
    int running = count;
    for (auto& client : clients)
        client->run(until, [&running] { if (--running == 0) QCoreApplication::quit(); });
    app.exec();
    const double elapsed = wall.nsecsElapsed() / 1e9;

    int lost = 0;
    for (auto it = totals.lastAcceptedName.cbegin(); it != totals.lastAcceptedName.cend(); ++it) {
        const bool own = it.key().contains(demo::kWorkspaceUuid);
        const Response stored = exchange(url, "GET", it.key(), own ? demo::kAdminToken : demo::kOtherWorkspaceToken);
        if (QJsonDocument::fromJson(stored.body).object().value(QLatin1String("name")).toString().toUtf8() != it.value())
            ++lost;
    }
    QCoreApplication::processEvents(); // the server's last log lines
    server.waitUntilListening(0);
    qsizetype updatesLogged = 0;
    for (const QString& line : server.outputLines())
        updatesLogged += line.startsWith(QLatin1String("PUT ")) ? 1 : 0;

    std::sort(totals.latenciesUs.begin(), totals.latenciesUs.end());
    qsizetype errorCount = 0;
    for (int n : std::as_const(totals.errors))
        errorCount += n;
    std::printf("connections %d, %.1f s, %lld requests: %.0f requests/s\n", count, elapsed,
                qlonglong(totals.latenciesUs.size()), totals.latenciesUs.size() / elapsed);
    std::printf("latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", percentile(totals.latenciesUs, 0.50) / 1000.0,
                percentile(totals.latenciesUs, 0.99) / 1000.0, percentile(totals.latenciesUs, 1.0) / 1000.0);
    std::printf("updates sent %d, logged by the server %lld, numbers updated %lld\n", totals.updatesSent,
                qlonglong(updatesLogged), qlonglong(totals.lastAcceptedName.size()));
    std::printf("errors %lld, lost writes %d, duplicated writes %lld\n", qlonglong(errorCount), lost,
                qlonglong(std::max<qsizetype>(0, updatesLogged - totals.updatesSent)));
    for (auto it = totals.errors.cbegin(); it != totals.errors.cend(); ++it)
        std::printf("  %s: %d\n", qPrintable(it.key()), it.value());
    const bool clean = errorCount == 0 && lost == 0 && updatesLogged == totals.updatesSent && totals.updatesSent > 0;
    return clean ? 0 : 1;
}
