// SPDX-License-Identifier: MIT
// phonedesk-server: the reference implementation of the Phone Numbers API v2 over SQLite.
#include "common/QuitOnSignal.h"
#include "server/ApiHttpServer.h"
#include "server/Fixture.h"
#include "server/GuardedTcpServer.h"
#include "server/HttpApi.h"
#include "server/ServerDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTemporaryDir>

#include <cstdio>

using namespace phonedesk::server;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "phonedesk-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reference server of the Phone Numbers API v2."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
                                  QStringLiteral("N"), QStringLiteral("8080"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file (default: a temporary file)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption fixture(QStringLiteral("fixture"), QStringLiteral("Load this fixture into an empty database."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Load a built-in fixture: demo."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      QStringLiteral("Add N synthetic numbers to the first workspace."),
                                      QStringLiteral("N"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests per second per token; 0 is off."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption logRequests(QStringLiteral("log-requests"),
                                         QStringLiteral("Print one line per request: method, path, status."));
    const QCommandLineOption unavailableFirst(QStringLiteral("unavailable-first"),
                                              QStringLiteral("Answer the first N requests with 503 (to test client retries)."),
                                              QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption headerTimeout(QStringLiteral("header-timeout"),
                                           QStringLiteral("Seconds a request's headers may take to arrive (then 408)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
                                         QStringLiteral("Seconds an idle connection stays open."),
                                         QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption routes(QStringLiteral("routes"), QStringLiteral("List the routes served, then exit."));
    parser.addOptions({port, db, fixture, seed, generate, bind, rateLimit, logRequests, unavailableFirst, headerTimeout,
                       idleTimeout, routes});
    parser.process(app);

    QString fixturePath = parser.value(fixture);
    if (parser.isSet(seed)) {
        if (parser.value(seed) != QLatin1String("demo"))
            return fail(QStringLiteral("unknown seed \"%1\"; the built-in one is \"demo\"").arg(parser.value(seed)));
        if (parser.isSet(fixture))
            return fail(QStringLiteral("give --fixture or --seed, not both"));
        fixturePath = QStringLiteral(":/fixtures/demo.json");
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    const QHostAddress address(parser.value(bind));
    if (address.isNull())
        return fail(QStringLiteral("--bind needs an IP address, got \"%1\"").arg(parser.value(bind)));

    HttpApiOptions apiOptions;
    bool numbersOk = true;
    apiOptions.rateLimitPerSecond = parser.value(rateLimit).toInt(&numbersOk);
    if (!numbersOk || apiOptions.rateLimitPerSecond < 0)
        return fail(QStringLiteral("--rate-limit needs a number of requests per second"));
    apiOptions.unavailableFirst = parser.value(unavailableFirst).toInt(&numbersOk);
    if (!numbersOk || apiOptions.unavailableFirst < 0)
        return fail(QStringLiteral("--unavailable-first needs a count"));
    apiOptions.logRequests = parser.isSet(logRequests);
    GuardedTcpServer::Deadlines deadlines;
    const double headerSeconds = parser.value(headerTimeout).toDouble(&numbersOk);
    if (!numbersOk || headerSeconds <= 0 || headerSeconds > 3600)
        return fail(QStringLiteral("--header-timeout needs seconds, more than 0 and at most 3600"));
    const double idleSeconds = parser.value(idleTimeout).toDouble(&numbersOk);
    if (!numbersOk || idleSeconds <= 0 || idleSeconds > 86400)
        return fail(QStringLiteral("--idle-timeout needs seconds, more than 0 and at most 86400"));
    deadlines.headers = int(headerSeconds * 1000);
    deadlines.idle = int(idleSeconds * 1000);

    QTemporaryDir scratch;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : scratch.filePath(QStringLiteral("server.sqlite"));
    ServerDatabase database;
    if (const QString error = database.open(dbPath); !error.isEmpty())
        return fail(error);
    if (!fixturePath.isEmpty()) {
        QJsonObject document;
        QString error = readFixtureFile(fixturePath, document);
        if (error.isEmpty())
            error = loadFixture(database, document);
        if (!error.isEmpty())
            return fail(error);
    }
    if (parser.isSet(generate)) {
        bool ok = false;
        const int count = parser.value(generate).toInt(&ok);
        if (!ok || count < 0)
            return fail(QStringLiteral("--generate needs a count"));
        if (const QString error = generateNumbers(database, count); !error.isEmpty())
            return fail(error);
    }

    HttpApi api(database, apiOptions);
    if (parser.isSet(routes)) {
        for (const QString& route : api.routes())
            std::printf("%s\n", qPrintable(route));
        return 0;
    }
    ApiHttpServer server(api);
    auto* tcp = new GuardedTcpServer(&server);
    tcp->setDeadlines(deadlines);
    const quint16 bound = tcp->serve(server, address, static_cast<quint16>(portNumber));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(portNumber));
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(bound));
    std::fflush(stdout);
    quitOnSignals();
    return app.exec();
}
