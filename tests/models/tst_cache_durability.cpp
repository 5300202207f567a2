// SPDX-License-Identifier: MIT
// The cache under damage and pressure: damaged files set aside and rebuilt, SIGKILL during a
// sync, and two writers at once. Real files, real processes.
#include "models/Cache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace phonedesk;

namespace {

QString writerProgram() { return qEnvironmentVariable("PHONEDESK_CACHE_WRITER"); }

// Runs the writer to its end; returns its exit code.
int writeSnapshots(const QString& cache, const QString& tag, int count, int rounds)
{
    QProcess writer;
    writer.start(writerProgram(), {cache, QStringLiteral("p"), QString::number(count), tag, QString::number(rounds)});
    writer.waitForFinished(60000);
    return writer.exitStatus() == QProcess::NormalExit ? writer.exitCode() : -1;
}

QString integrityOf(const QString& path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QStringLiteral("failed");
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

// The tags ("old/1", "new-3/1") of a profile's names: one tag means one whole snapshot.
QSet<QString> snapshotTags(const QList<api::PhoneNumber>& numbers)
{
    QSet<QString> tags;
    for (const api::PhoneNumber& n : numbers)
        tags.insert(n.name.section(QLatin1Char(' '), 0, 0));
    return tags;
}

} // namespace

class TestCacheDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDamagedFileIsSetAsideAndRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("meanwhile"); // checked on another thread while the rows are read, as at start
        for (const bool meanwhile : {false, true}) {
            const char* when = meanwhile ? ", checked meanwhile" : "";
            QTest::addRow("garbage%s", when) << QStringLiteral("garbage") << meanwhile;
            QTest::addRow("truncated%s", when) << QStringLiteral("truncated") << meanwhile;
            QTest::addRow("header only%s", when) << QStringLiteral("header") << meanwhile;
            QTest::addRow("overwritten pages%s", when) << QStringLiteral("pages") << meanwhile;
        }
    }

    void aDamagedFileIsSetAsideAndRebuilt()
    {
        QFETCH(QString, damage);
        QFETCH(bool, meanwhile);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QCOMPARE(writeSnapshots(path, QStringLiteral("good"), 2000, 1), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray whole = file.readAll();
        QByteArray damaged;
        if (damage == QLatin1String("garbage"))
            damaged = QByteArray(4096, '\x5a');
        else if (damage == QLatin1String("truncated"))
            damaged = whole.left(whole.size() / 2 + 123);
        else if (damage == QLatin1String("header"))
            damaged = whole.left(100);
        else
            damaged = whole.left(8192) + QByteArray(whole.size() - 8192, '\x00');
        file.resize(0);
        file.write(damaged);
        file.close();

        models::Cache cache(path);
        if (meanwhile) {
            QCOMPARE(cache.open(models::Cache::Check::Meanwhile), QString());
            cache.numberRows(QStringLiteral("p")); // what a start reads meanwhile, damaged or not
            // Damage in the first pages is found at once; pages of zeros further in by the check.
            const bool foundByTheCheck = cache.awaitCheck();
            if (damage == QLatin1String("pages"))
                QVERIFY(foundByTheCheck);
        } else {
            QCOMPARE(cache.open(), QString());
        }
        QVERIFY2(cache.notice().startsWith(QLatin1String("The local cache was damaged")), qPrintable(cache.notice()));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("cache.sqlite.damaged-*")}).size(), 1);
        QVERIFY(cache.numbers(QStringLiteral("p")).isEmpty()); // rebuilt from the server at the next sync
        api::PhoneNumber n;
        n.id = 1;
        n.name = QStringLiteral("fresh");
        QCOMPARE(cache.replaceNumbers(QStringLiteral("p"), {n}, QDateTime::currentDateTimeUtc()), QString());
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
    }

    void aHealthyFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QCOMPARE(writeSnapshots(path, QStringLiteral("good"), 100, 1), 0);
        models::Cache cache(path);
        QCOMPARE(cache.open(), QString());
        QCOMPARE(cache.notice(), QString());
        QCOMPARE(cache.numbers(QStringLiteral("p")).size(), 100);

        models::Cache checkedMeanwhile(path);
        QCOMPARE(checkedMeanwhile.open(models::Cache::Check::Meanwhile), QString());
        QCOMPARE(checkedMeanwhile.numberRows(QStringLiteral("p")).size(), 100);
        QCOMPARE(checkedMeanwhile.awaitCheck(), false);
        QCOMPARE(checkedMeanwhile.notice(), QString());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("cache.sqlite.damaged-*")}).size(), 0);
    }

    void aKilledSyncLeavesTheOldSnapshotOrTheNewNeverAMix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        constexpr int kCount = 10000;
        QCOMPARE(writeSnapshots(path, QStringLiteral("old"), kCount, 1), 0);

        // How long one sync takes here, so that the kills land before, during and after it.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(writeSnapshots(path, QStringLiteral("timing"), kCount, 1), 0);
        const int span = int(timer.elapsed());

        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int keptOld = 0;
        int gotNew = 0;
        constexpr int kTrials = 50;
        for (int trial = 0; trial < kTrials; ++trial) {
            const QString tag = QStringLiteral("new-%1").arg(trial);
            QProcess writer;
            writer.start(writerProgram(), {path, QStringLiteral("p"), QString::number(kCount), tag, QStringLiteral("1")});
            QVERIFY(writer.waitForStarted());
            QTest::qSleep(int(random.bounded(span + 1))); // the kill lands at a random point
            ::kill(pid_t(writer.processId()), SIGKILL);
            writer.waitForFinished();

            QCOMPARE(integrityOf(path), QStringLiteral("ok"));
            models::Cache cache(path);
            QVERIFY2(cache.open().isEmpty(), qPrintable(QStringLiteral("trial %1, seed %2").arg(trial).arg(seed)));
            QCOMPARE(cache.notice(), QString());
            const QList<api::PhoneNumber> numbers = cache.numbers(QStringLiteral("p"));
            QCOMPARE(numbers.size(), kCount);
            const QSet<QString> tags = snapshotTags(numbers);
            QVERIFY2(tags.size() == 1, qPrintable(QStringLiteral("a mix after trial %1 (seed %2)").arg(trial).arg(seed)));
            (tags.contains(tag + QLatin1String("/1")) ? gotNew : keptOld)++;
        }
        qInfo("%d kill trials (seed %u): %d kept the previous snapshot, %d had the new one, 0 mixed",
              kTrials, seed, keptOld, gotNew);
    }

    void instancesCreatingANewCacheAtOnceAllOpenIt()
    {
        // Two PhoneDesks started together on a new cache (or a test reading the cache of the app
        // it started): both create the schema; one must wait for the other, not fail.
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
            std::vector<std::unique_ptr<QProcess>> writers;
            for (int i = 0; i < 6; ++i) {
                writers.push_back(std::make_unique<QProcess>());
                writers.back()->start(writerProgram(), {path, QStringLiteral("p%1").arg(i), QStringLiteral("10"), QStringLiteral("T"), QStringLiteral("1")});
            }
            for (auto& writer : writers) {
                QVERIFY(writer->waitForFinished(60000));
                QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
            }
            QCOMPARE(integrityOf(path), QStringLiteral("ok"));
        }
    }

    void twoWritersAtOnceDoNotCorruptIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QCOMPARE(writeSnapshots(path, QStringLiteral("first"), 10, 1), 0);
        QProcess a;
        QProcess b;
        a.start(writerProgram(), {path, QStringLiteral("p"), QStringLiteral("5000"), QStringLiteral("A"), QStringLiteral("5")});
        b.start(writerProgram(), {path, QStringLiteral("p"), QStringLiteral("5000"), QStringLiteral("B"), QStringLiteral("5")});
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        QCOMPARE(a.exitCode(), 0); // waited for each other (busy timeout), never "database is locked"
        QCOMPARE(b.exitCode(), 0);
        QCOMPARE(a.readAllStandardOutput().count("written"), 5);
        QCOMPARE(b.readAllStandardOutput().count("written"), 5);
        QCOMPARE(integrityOf(path), QStringLiteral("ok"));
        models::Cache cache(path);
        QCOMPARE(cache.open(), QString());
        const QList<api::PhoneNumber> numbers = cache.numbers(QStringLiteral("p"));
        QCOMPARE(numbers.size(), 5000);
        const QSet<QString> tags = snapshotTags(numbers);
        QVERIFY(tags == QSet<QString> {QStringLiteral("A/5")} || tags == QSet<QString> {QStringLiteral("B/5")});
    }
};

QTEST_GUILESS_MAIN(TestCacheDurability)
#include "tst_cache_durability.moc"
