// SPDX-License-Identifier: MIT
// phonedesk-server against oversized and malformed requests on a raw TCP connection: each is
// refused from its headers, before its body is read, with a JSON answer and never a 5xx; the
// server's memory does not grow with what a peer announces or sends, and it keeps serving.
#include "common/DemoFixture.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <QTest>


using namespace phonedesk;

namespace {

struct Answer
{
    int status = 0;
    QByteArray head;
    QJsonObject body;
};

// Reads one whole response (headers and Content-Length body) from `socket`.
Answer readAnswer(QTcpSocket& socket)
{
    QByteArray bytes;
    QDeadlineTimer deadline(10000);
    qsizetype headEnd = -1;
    qsizetype length = -1;
    while (!deadline.hasExpired()) {
        if (headEnd < 0 && (headEnd = bytes.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray lower = bytes.first(headEnd).toLower();
            const qsizetype at = lower.indexOf("content-length:");
            length = at < 0 ? 0 : lower.mid(at + 15, lower.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        }
        if (headEnd >= 0 && bytes.size() >= headEnd + 4 + length)
            break;
        if (!socket.waitForReadyRead(int(deadline.remainingTime())) && socket.bytesAvailable() == 0)
            break;
        bytes += socket.readAll();
    }
    if (headEnd < 0)
        return {};
    return {bytes.mid(9, 3).toInt(), bytes.first(headEnd), QJsonDocument::fromJson(bytes.mid(headEnd + 4, length)).object()};
}

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<server::ServerProcess> m_server;
    QByteArray m_path;

    void connectTo(QTcpSocket& socket)
    {
        socket.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(socket.waitForConnected(5000));
    }

    QByteArray request(const QByteArray& method, const QByteArray& extraHeaders, const QByteArray& body = {})
    {
        return method + " " + m_path + "/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + demo::kAdminToken
            + "\r\nContent-Type: application/json\r\n" + extraHeaders + "\r\n" + body;
    }

    void expectServing()
    {
        const test::HttpResult list = test::http("GET", test::numbersUrl(m_server->url()), QLatin1String(demo::kAdminToken));
        QCOMPARE(list.status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::startServer();
        QVERIFY2(m_server->url().isValid(), qPrintable(m_server->errorText()));
        m_path = test::numbersUrl(m_server->url()).path().toUtf8();
    }

    void refusesFromTheHeaders_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail");
        QTest::newRow("2 GB announced") << QByteArray("Content-Length: 2000000000\r\n") << 413 << "over 1 MiB";
        QTest::newRow("one byte over 1 MiB") << QByteArray("Content-Length: 1048577\r\n") << 413 << "over 1 MiB";
        QTest::newRow("20 KiB of headers") << QByteArray("X-Padding: " + QByteArray(20 * 1024, 'a') + "\r\n") << 431 << "over 16 KiB";
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << 411 << "Content-Length";
        QTest::newRow("two lengths") << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n") << 400 << "Content-Length";
        QTest::newRow("negative length") << QByteArray("Content-Length: -1\r\n") << 400 << "Content-Length";
        QTest::newRow("length not a number") << QByteArray("Content-Length: 12abc\r\n") << 400 << "Content-Length";
    }

    void refusesFromTheHeaders()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        QFETCH(QString, detail);
        QTcpSocket socket;
        connectTo(socket);
        socket.write(request("PUT", headers)); // the headers only: no body follows
        const Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.body.value(QLatin1String("detail")).toString().contains(detail), answer.head.constData());
        QVERIFY(answer.head.toLower().contains("connection: close"));
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000));
        expectServing();
    }

    void acceptsABodyOfExactly1MiB()
    {
        const QByteArray prefix = "{\"brandDescription\": \"";
        const QByteArray body = prefix + QByteArray(1024 * 1024 - prefix.size() - 2, 'x') + "\"}";
        QCOMPARE(body.size(), 1024 * 1024);
        QTcpSocket socket;
        connectTo(socket);
        socket.write(request("PUT", "Content-Length: 1048576\r\n", body));
        const Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, 422); // read and checked field by field: too long a description
        QCOMPARE(answer.body.value(QLatin1String("detail")).toArray().size(), 1);
    }

    void checksEveryRequestOfAKeepAliveConnection()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write(request("GET", {}));
        QCOMPARE(readAnswer(socket).status, 200);
        socket.write(request("PUT", "Content-Length: 5000000\r\n", QByteArray(64 * 1024, 'x')));
        QCOMPARE(readAnswer(socket).status, 413);
    }

    void servesARequestThatArrivesAByteAtATime()
    {
        QTcpSocket socket;
        connectTo(socket);
        const QByteArray bytes = request("PUT", "Content-Length: 2\r\n", "{}");
        for (char c : bytes) {
            socket.write(&c, 1);
            socket.waitForBytesWritten(1000);
        }
        QCOMPARE(readAnswer(socket).status, 200); // an empty update: nothing to change
    }

    void connectionCloseEndsTheConnectionAfterTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray path = m_path + "/1";
        const QByteArray auth = QByteArray("Authorization: Bearer ") + demo::kAdminToken + "\r\n";
        QTest::newRow("Connection: close") << "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Connection: close\r\n\r\n";
        QTest::newRow("HTTP/1.0") << "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n" + auth + "\r\n";
    }

    void connectionCloseEndsTheConnectionAfterTheAnswer()
    {
        QFETCH(QByteArray, bytes);
        QTcpSocket socket;
        connectTo(socket);
        socket.write(bytes);
        const Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.head.toLower().contains("\r\nconnection: close"), answer.head.constData());
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(2000));
    }

    void anHttp10KeepAliveStaysOpen()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write("GET " + m_path + "/1 HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\nAuthorization: Bearer "
                     + demo::kAdminToken + "\r\n\r\n");
        QCOMPARE(readAnswer(socket).status, 200);
        QVERIFY(!socket.waitForDisconnected(500));
    }

    void expectContinueGetsItsInterimAnswerBeforeTheBody()
    {
        QTcpSocket socket;
        connectTo(socket);
        socket.write(request("PUT", "Content-Length: 2\r\nExpect: 100-continue\r\n")); // headers only
        QByteArray interim;
        QDeadlineTimer deadline(3000);
        while (!interim.contains("\r\n\r\n") && !deadline.hasExpired() && socket.waitForReadyRead(int(deadline.remainingTime())))
            interim += socket.read(64);
        QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), interim.constData());
        socket.write("{}");
        QCOMPARE(readAnswer(socket).status, 200);
    }

    void slowHeadersAndIdleConnectionsAreClosedAtTheirDeadlines()
    {
        auto strict = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--header-timeout"),
                                         QStringLiteral("1"), QStringLiteral("--idle-timeout"), QStringLiteral("2")});
        QVERIFY2(strict->url().isValid(), qPrintable(strict->errorText()));
        // Headers that dribble in (slowloris): 408 and closed after a second, however many there are.
        QList<QTcpSocket*> slow;
        for (int i = 0; i < 50; ++i) {
            auto* socket = new QTcpSocket(this);
            socket->connectToHost(strict->url().host(), quint16(strict->url().port()));
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET " + m_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            socket->flush();
            slow << socket;
        }
        QElapsedTimer clock;
        clock.start();
        // Meanwhile a normal client is served at once.
        const test::HttpResult list = test::http("GET", test::numbersUrl(strict->url()), QLatin1String(demo::kAdminToken));
        QCOMPARE(list.status, 200);
        for (QTcpSocket* socket : std::as_const(slow)) {
            QVERIFY(socket->state() == QAbstractSocket::UnconnectedState || socket->waitForDisconnected(5000));
            QVERIFY2(socket->readAll().startsWith("HTTP/1.1 408 Request Timeout"), "answered 408");
        }
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        qDeleteAll(slow);

        // A kept-alive connection with nothing more to ask is closed after the idle deadline.
        QTcpSocket idle;
        idle.connectToHost(strict->url().host(), quint16(strict->url().port()));
        QVERIFY(idle.waitForConnected(5000));
        idle.write(request("GET", {}));
        QCOMPARE(readAnswer(idle).status, 200);
        QVERIFY(!idle.waitForDisconnected(1000)); // not at once
        QVERIFY(idle.state() == QAbstractSocket::UnconnectedState || idle.waitForDisconnected(5000));
    }

    void aClientThatNeverReadsIsDroppedAfterTheDeadline()
    {
        auto strict = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"),
                                         QStringLiteral("2000"), QStringLiteral("--idle-timeout"), QStringLiteral("2")});
        QVERIFY2(strict->url().isValid(), qPrintable(strict->errorText()));
        const qsizetype oneAnswer = test::http("GET", test::numbersUrl(strict->url()), QLatin1String(demo::kAdminToken)).body.size();
        QVERIFY(oneAnswer > 1000000);
        QTcpSocket greedy; // asks for the list ten times over, then reads nothing for a while
        greedy.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        greedy.setReadBufferSize(4096);
        greedy.connectToHost(strict->url().host(), quint16(strict->url().port()));
        QVERIFY(greedy.waitForConnected(5000));
        const QByteArray list = "GET " + m_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + demo::kAdminToken + "\r\n\r\n";
        greedy.write(list.repeated(10));
        QVERIFY(greedy.waitForBytesWritten(5000));
        {
            // Not reading is the behaviour under test: the server renders, fills the buffers, and
            // then its answers stop draining for longer than the deadline.
            QEventLoop notReading;
            QTimer::singleShot(10000, &notReading, &QEventLoop::quit);
            notReading.exec();
        }
        // Reading now gets what was in the buffers, then the end: the rest was dropped.
        greedy.setReadBufferSize(0);
        qint64 received = 0;
        QDeadlineTimer deadline(30000);
        while (greedy.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            greedy.waitForReadyRead(1000);
            received += greedy.readAll().size();
        }
        received += greedy.readAll().size();
        QCOMPARE(greedy.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(received < 10 * oneAnswer, qPrintable(QStringLiteral("%1 of %2 bytes").arg(received).arg(10 * oneAnswer)));
        QCOMPARE(test::http("GET", test::numbersUrl(strict->url()), QLatin1String(demo::kReadToken)).status, 200);
    }

    // The list is streamed (chunked) and a request pipelined behind it is answered after it,
    // in order, on the same connection.
    void aPipelinedRequestIsAnsweredAfterTheStreamedList()
    {
        QTcpSocket socket;
        connectTo(socket);
        const QByteArray auth = QByteArray("Authorization: Bearer ") + demo::kAdminToken + "\r\n";
        socket.write("GET " + m_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\nGET " + m_path
                     + "/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n");
        QByteArray bytes;
        QDeadlineTimer deadline(10000);
        while (!bytes.contains("\r\n0\r\n\r\n") && !deadline.hasExpired() && socket.waitForReadyRead(int(deadline.remainingTime())))
            bytes += socket.readAll();
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        QVERIFY2(bytes.first(headEnd).toLower().contains("transfer-encoding: chunked"), bytes.first(headEnd).constData());
        // The chunks, joined.
        QByteArray list;
        qsizetype at = headEnd + 4;
        for (;;) {
            const qsizetype lineEnd = bytes.indexOf("\r\n", at);
            QVERIFY(lineEnd > at);
            bool ok = false;
            const qsizetype size = bytes.mid(at, lineEnd - at).toLongLong(&ok, 16);
            QVERIFY(ok);
            at = lineEnd + 2;
            if (size == 0)
                break;
            list += bytes.mid(at, size);
            at += size + 2;
        }
        const QJsonArray numbers = QJsonDocument::fromJson(list).array();
        QCOMPARE(numbers.size(), 29);
        QCOMPARE(numbers.first().toObject().value(QStringLiteral("id")).toInteger(), 1);
        // The next answer follows the list's last chunk.
        QByteArray rest = bytes.mid(at + 2);
        while (!rest.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            rest += socket.readAll();
        QVERIFY2(rest.startsWith("HTTP/1.1 200 OK"), rest.left(200).constData());
    }

    // Clients that ask for the list again and again without reading the answers make the
    // server hold a bounded part of each (AnswerQueue::kHighWater), not the whole list ten
    // times over; another client is served meanwhile.
    void clientsThatDoNotReadHoldABoundedPartOfTheServer()
    {
        auto big = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QStringLiteral("20000")});
        QVERIFY2(big->url().isValid(), qPrintable(big->errorText()));
        const qsizetype oneAnswer = test::http("GET", test::numbersUrl(big->url()), QLatin1String(demo::kAdminToken)).body.size();
        QVERIFY(oneAnswer > 15 * 1000 * 1000);
        const qint64 before = residentKiB(big->processId());
        const QByteArray list = "GET " + m_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + demo::kAdminToken + "\r\n\r\n";
        QList<QTcpSocket*> greedy;
        for (int i = 0; i < 2; ++i) {
            auto* socket = new QTcpSocket(this);
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
            socket->setReadBufferSize(4096);
            socket->connectToHost(big->url().host(), quint16(big->url().port()));
            QVERIFY(socket->waitForConnected(5000));
            socket->write(list.repeated(10));
            QVERIFY(socket->waitForBytesWritten(5000));
            greedy << socket;
        }
        QElapsedTimer clock;
        clock.start();
        const test::HttpResult small = test::http("GET", QUrl(test::numbersUrl(big->url()).toString() + QStringLiteral("/1")),
                                                  QLatin1String(demo::kReadToken));
        QCOMPARE(small.status, 200);
        qInfo("a small GET during the attack took %lld ms", qlonglong(clock.elapsed()));
        {
            QEventLoop notReading; // not reading is the behaviour under test
            QTimer::singleShot(3000, &notReading, &QEventLoop::quit);
            notReading.exec();
        }
        const qint64 growth = residentKiB(big->processId()) - before;
        qInfo("server grew by %lld KiB with 2 clients x 10 lists of %lld bytes unread", qlonglong(growth), qlonglong(oneAnswer));
        // 2 MB in a release build; under ASan its quarantine keeps freed parts (about 43 MB). The
        // old server, which rendered each list whole, grew by 178 MB here.
        QVERIFY2(growth < 64 * 1024, qPrintable(QStringLiteral("the server grew by %1 KiB").arg(growth)));
        qDeleteAll(greedy);
    }

    void doesNotStoreABodyThatKeepsComing()
    {
        const qint64 before = residentKiB(m_server->processId());
        QVERIFY(before > 0);
        QTcpSocket socket;
        connectTo(socket);
        socket.write(request("PUT", "Content-Length: 2000000000\r\n"));
        const QByteArray chunk(1024 * 1024, 'x');
        qint64 sent = 0;
        while (sent < 256 * 1024 * 1024 && socket.state() == QAbstractSocket::ConnectedState) {
            sent += socket.write(chunk);
            socket.waitForBytesWritten(1000);
        }
        QVERIFY2(sent < 256 * 1024 * 1024, "the server read 256 MiB of a body it had refused");
        const qint64 growth = residentKiB(m_server->processId()) - before;
        QVERIFY2(growth < 16 * 1024, qPrintable(QStringLiteral("the server grew by %1 KiB").arg(growth)));
        expectServing();
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
