// SPDX-License-Identifier: MIT
// The real phonedesk binary: its command line, and demo mode from start to a clean stop.
#include "models/Cache.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace phonedesk;

namespace {

test::ProcessRun runApp(const QStringList& arguments)
{
    return test::runToEnd(qEnvironmentVariable("PHONEDESK_APP"), arguments);
}

// The child processes of pid, from /proc.
QList<qint64> childrenOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> children;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& child : file.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                children << child.trimmed().toLongLong();
        }
    }
    return children;
}

// Whether the process catches SIGTERM: the app does once its start is done (window up).
bool catchesTerm(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGTERM - 1)) & 1;
    }
    return false;
}

} // namespace

class TestApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The app under test keeps its settings and cache here, never in the user's home.
        QVERIFY(m_home.isValid());
        test::isolateUserFolders(m_home);
    }

    void helpDocumentsEveryOption()
    {
        const test::ProcessRun run = runApp({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* option : {"--demo", "--offline", "--base-url", "--workspace", "--allow-plain-http", "--cache",
                                   "--version", "PHONEDESK_TOKEN"})
            QVERIFY2(run.output.contains(QLatin1String(option)), option);
    }

    void badCommandLinesAreRefusedBeforeAnyWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain http to another host")
            << QStringList {QStringLiteral("--base-url"), QStringLiteral("http://192.0.2.10"), QStringLiteral("--workspace"), QStringLiteral("w")}
            << QStringLiteral("plain http:// to 192.0.2.10 would send the token unencrypted");
        QTest::newRow("base url alone") << QStringList {QStringLiteral("--base-url"), QStringLiteral("https://api.example.com")}
                                        << QStringLiteral("--base-url and --workspace go together");
        QTest::newRow("not a url") << QStringList {QStringLiteral("--base-url"), QStringLiteral("ftp://x"), QStringLiteral("--workspace"), QStringLiteral("w")}
                                   << QStringLiteral("the base URL must be an http:// or https:// address");
        QTest::newRow("demo and a server") << QStringList {QStringLiteral("--demo"), QStringLiteral("--base-url"), QStringLiteral("https://a.example"), QStringLiteral("--workspace"), QStringLiteral("w")}
                                           << QStringLiteral("--demo connects to its own server; leave out --profile");
        QTest::newRow("a token on the command line") << QStringList {QStringLiteral("s3cret-token")}
                                                     << QStringLiteral("unexpected argument");
    }

    void badCommandLinesAreRefusedBeforeAnyWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const test::ProcessRun run = runApp(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    }

    void demoModeSyncsFromItsServerAndStopsItOnQuit()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        QProcess app;
        app.start(qEnvironmentVariable("PHONEDESK_APP"), {QStringLiteral("--demo"), QStringLiteral("--cache"), cachePath});
        QVERIFY(app.waitForStarted());

        // The window syncs from the demo server it started, and the cache gets the demo numbers.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(cachePath), 10000);
        models::Cache cache(cachePath);
        QCOMPARE(cache.open(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(cache.numbers(QStringLiteral("demo")).size(), 29, 15000);
        const QList<qint64> children = childrenOf(app.processId());
        QCOMPARE(children.size(), 1);
        QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(children.first())));

        app.terminate(); // as a session logout does
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QTRY_VERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(children.first())));

        // The settings folders it had to make are owner-only, as the XDG base directory spec asks.
        QCOMPARE(test::fileMode(m_home.filePath(QStringLiteral("config"))), 0700);
        QCOMPARE(test::fileMode(m_home.filePath(QStringLiteral("config/phonedesk"))), 0700);
        QCOMPARE(test::fileMode(m_home.filePath(QStringLiteral("config/phonedesk/window.ini"))), 0600);
    }

    // A cache damaged deep inside (found by the check that runs while the rows are read) is set
    // aside before anything is shown; the app starts on a new, sound file.
    void aCacheDamagedDeepInsideIsSetAsideAtStart()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            models::Cache cache(cachePath);
            QCOMPARE(cache.open(), QString());
            QList<api::PhoneNumber> numbers;
            for (qint64 id = 1; id <= 2000; ++id) {
                api::PhoneNumber n;
                n.id = id;
                n.uuid = QStringLiteral("uuid-%1").arg(id);
                n.phoneNumber = QStringLiteral("+1415555%1").arg(id, 4, 10, QLatin1Char('0'));
                n.name = QStringLiteral("Line %1").arg(id);
                numbers << n;
            }
            QCOMPARE(cache.replaceNumbers(QStringLiteral("demo"), numbers, QDateTime::currentDateTimeUtc()), QString());
        }
        QFile file(cachePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(file.seek(8192));
        QVERIFY(file.write(QByteArray(size - 8192, '\0')) == size - 8192);
        file.close();

        QProcess app;
        app.start(qEnvironmentVariable("PHONEDESK_APP"), {QStringLiteral("--demo"), QStringLiteral("--offline"), QStringLiteral("--cache"), cachePath});
        QVERIFY(app.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(QDir(dir.path()).entryList({QStringLiteral("cache.sqlite.damaged-*")}).size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(catchesTerm(app.processId()), 10000); // started, on the new file
        QCOMPARE(app.state(), QProcess::Running);
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);
        models::Cache fresh(cachePath);
        QCOMPARE(fresh.open(), QString());
        QCOMPARE(fresh.notice(), QString()); // sound
        QVERIFY(fresh.numberRows(QStringLiteral("demo")).isEmpty());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
