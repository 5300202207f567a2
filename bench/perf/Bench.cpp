// SPDX-License-Identifier: MIT
// phonedesk-bench: PhoneDesk's speed and memory at N numbers, each figure beside a baseline
// measured in the same run. See bench/README.md; the last run is in bench/RESULTS.md.
#include "api/ApiClient.h"
#include "bench/perf/Baseline.h"
#include "common/DemoFixture.h"
#include "common/ServerProcess.h"
#include "models/Cache.h"
#include "models/CsvExport.h"
#include "models/NumberFilterProxy.h"
#include "models/NumberStore.h"
#include "models/PhoneNumberModel.h"
#include "models/Profiles.h"

#include <QApplication>
#include <QCollator>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace phonedesk;

namespace {

struct Figure
{
    QString name;
    double ours = 0;
    QString oursUnit;
    double baseline = 0; // 0: no baseline
    QString goal;
    bool met = false;
};

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The longest time the event loop did not turn, while it runs: what a user feels as a freeze.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, ms(m_since));
            m_since.start();
        });
    }
    void start() { m_longest = 0; m_since.start(); m_timer.start(); }
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, ms(m_since)); // the last stretch, when the work ended the loop
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

struct Run
{
    int n = 0;
    QList<Figure> figures;
    double residentKiB = 0; // the app's, at its first painted rows
    double jsonBytesPerNumber = 0;
};

double residentKiBOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

// Starts the real app on the cache, offline, and waits for its first painted rows. Returns the
// time from process start, and the app's resident memory then.
std::pair<double, double> startApp(const QString& cachePath, const QUrl& server, const QString& home)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("PHONEDESK_TOKEN"), QLatin1String(demo::kAdminToken));
    env.insert(QStringLiteral("PHONEDESK_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    app.start(QCoreApplication::applicationDirPath() + QStringLiteral("/phonedesk"),
              {QStringLiteral("--offline"), QStringLiteral("--cache"), cachePath, QStringLiteral("--profile"), QStringLiteral("bench"),
               QStringLiteral("--base-url"), server.toString(), QStringLiteral("--workspace"), QLatin1String(demo::kWorkspaceUuid)});
    QByteArray output;
    while (!output.contains("first rows painted") && app.waitForReadyRead(30000))
        output += app.readAll();
    const double elapsed = ms(clock);
    const double resident = residentKiBOf(app.processId());
    app.kill();
    app.waitForFinished();
    if (!output.contains("first rows painted")) {
        std::fprintf(stderr, "phonedesk-bench: the app did not report painted rows:\n%s\n", output.constData());
        return {-1, 0};
    }
    return {elapsed, resident};
}

double peakGrowthKiB(double before)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() - before;
    }
    return 0;
}

// Resets the peak resident size (Linux: clear_refs 5) and returns the resident size now.
double resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    return residentKiBOf(QCoreApplication::applicationPid());
}

Run measure(int n)
{
    Run run;
    run.n = n;
    QTemporaryDir dir;
    const QByteArray path = QByteArray("/api/v2/w/") + demo::kWorkspaceUuid + "/phone-numbers";
    QElapsedTimer clock;

    // The reference server renders the list once; every figure after it reads these bytes from
    // memory, so that the server's time is a row of its own and no part of the client's.
    std::string body;
    double serverRender = 0;
    double memoryServe = 0;
    {
        server::ServerProcess server;
        server.start(server::ServerProcess::defaultProgram(), {QStringLiteral("--seed"), QStringLiteral("demo"),
                                                               QStringLiteral("--generate"), QString::number(n - 29)});
        if (!server.waitUntilListening(1800000)) {
            std::fprintf(stderr, "phonedesk-bench: %s\n", qPrintable(server.errorText()));
            return run;
        }
        clock.start();
        body = bench::baseline::httpGet(server.url().host().toUtf8(), server.url().port(), path, demo::kAdminToken);
        serverRender = ms(clock);
    }
    if (body.empty()) {
        std::fprintf(stderr, "phonedesk-bench: the server sent no list\n");
        return run;
    }
    const double bodyKiB = double(body.size()) / 1024.0;
    bench::baseline::BodyServer served(body);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(served.port()));
    clock.start();
    const std::string again = bench::baseline::httpGet("127.0.0.1", served.port(), path, demo::kAdminToken);
    memoryServe = ms(clock);
    run.figures << Figure {QStringLiteral("reference server: render the list (baseline: the same bytes from memory)"), serverRender,
                           QStringLiteral("ms"), memoryServe, QStringLiteral("≤ 1000 ms at 100,000"), n > 100000 || serverRender <= 1000};

    // Baseline: plain socket, simdjson, raw sqlite3, from the same bytes.
    clock.start();
    const std::string fetched = bench::baseline::httpGet("127.0.0.1", served.port(), path, demo::kAdminToken);
    const std::int64_t baselineRows = bench::baseline::parseAndStore(fetched, dir.filePath(QStringLiteral("baseline.sqlite")));
    const double baselineSync = ms(clock);
    run.jsonBytesPerNumber = double(body.size()) / double(std::max<std::int64_t>(1, baselineRows));
    clock.start();
    bench::baseline::readAll(dir.filePath(QStringLiteral("baseline.sqlite")));
    const double baselineRead = ms(clock);

    // PhoneDesk: the store syncs into its cache and its table, as in the window.
    models::Profile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = url;
    profile.workspaceUuid = QLatin1String(demo::kWorkspaceUuid);
    models::Cache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    cache.open();
    api::ApiClient client;
    client.setConnection({url, profile.workspaceUuid, QLatin1String(demo::kAdminToken)});
    client.setTimeout(std::chrono::minutes(5));
    models::NumberStore store(cache, client, models::systemClock());
    models::PhoneNumberModel& model = store.table();
    store.openProfile(profile.cacheKey());
    StallMeter stall;
    // Until the numbers are shown and written to the cache.
    auto sync = [&] {
        QSignalSpy shown(&store, &models::NumberStore::numbersUpdated);
        QSignalSpy failed(&store, &models::NumberStore::refreshFailed);
        QSignalSpy written(&store, &models::NumberStore::snapshotStored);
        clock.start();
        store.refresh();
        while (shown.isEmpty() && failed.isEmpty())
            QTest::qWait(1);
        if (!failed.isEmpty())
            std::fprintf(stderr, "phonedesk-bench: the sync failed: %s\n", qPrintable(store.lastError().message()));
        while (written.isEmpty() && failed.isEmpty())
            QTest::qWait(1);
        return ms(clock);
    };
    const double residentBefore = resetPeak();
    stall.start();
    const double fullSync = sync();
    const double longestStall = stall.stop();
    const double peakGrowth = peakGrowthKiB(residentBefore);
    const qint64 firstWritten = store.lastRowsWritten();
    const double resync = sync();
    const qint64 resyncWritten = store.lastRowsWritten();
    if (model.rowCount() != baselineRows)
        std::fprintf(stderr, "phonedesk-bench: the model has %d rows, the baseline %lld\n", model.rowCount(), qlonglong(baselineRows));
    std::fprintf(stderr, "  rows written: %lld by the full sync, %lld by the re-sync\n", qlonglong(firstWritten), qlonglong(resyncWritten));

    run.figures << Figure {QStringLiteral("full sync (baseline: socket, simdjson, sqlite3)"), fullSync, QStringLiteral("ms"), baselineSync,
                           QStringLiteral("≤ 1.5×"), fullSync <= 1.5 * baselineSync}
                << Figure {QStringLiteral("re-sync, nothing changed (baseline: our full sync)"), resync, QStringLiteral("ms"), fullSync,
                           QStringLiteral("≤ 0.3×"), resync <= 0.3 * fullSync}
                << Figure {QStringLiteral("longest GUI-thread stall during the full sync"), longestStall, QStringLiteral("ms"), 0,
                           QStringLiteral("≤ 50 ms"), longestStall <= 50}
                << Figure {QStringLiteral("peak memory growth during the full sync (baseline: the list's bytes)"), peakGrowth, QStringLiteral("KiB"),
                           bodyKiB, QStringLiteral("≤ 2×"), peakGrowth <= 2 * bodyKiB};

    // Search and sort, through the proxy and a shown table, as in the window.
    models::NumberFilterProxy proxy(&model);
    QTableView view; // set up as the main window's
    view.setModel(&proxy);
    view.verticalHeader()->hide();
    view.setWordWrap(false);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    QCollator collator {QLocale(QLocale::English)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<int> order(size_t(model.rowCount()));
    std::iota(order.begin(), order.end(), 0);
    QList<QString> names;
    names.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.rows().name(row);
    clock.start();
    std::sort(order.begin(), order.end(), [&](int a, int b) { return collator.compare(names[a], names[b]) < 0; });
    const double baselineSort = ms(clock);
    clock.start();
    view.setSortingEnabled(true);
    view.sortByColumn(models::PhoneNumberModel::NameColumn, Qt::AscendingOrder);
    view.viewport()->repaint();
    const double sort = ms(clock);
    run.figures << Figure {QStringLiteral("sort by name (baseline: std::sort, same collator)"), sort, QStringLiteral("ms"), baselineSort,
                           QStringLiteral("≤ 2×"), sort <= 2 * baselineSort};

    double slowestKey = 0;
    double slowestScan = 0;
    QList<QString> lowered;
    lowered.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const models::NumberRows& rows = model.rows();
        lowered << (models::digitsOf(rows.phoneNumber(row)) + QLatin1Char('\n') + rows.name(row) + QLatin1Char('\n')
                    + rows.brandName(row).value_or(QString()))
                       .toLower();
    }
    const QString typed = QStringLiteral("628 20 acme");
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        const QString text = typed.left(length);
        models::NumberFilter filter = proxy.filter();
        filter.setText(text);
        clock.start();
        proxy.setFilter(filter);
        view.viewport()->repaint();
        slowestKey = std::max(slowestKey, ms(clock));
        clock.start();
        const QString needle = text.toLower();
        qsizetype matches = 0;
        for (const QString& s : std::as_const(lowered))
            matches += s.contains(needle) ? 1 : 0;
        slowestScan = std::max(slowestScan, ms(clock) + (matches < 0 ? 1 : 0));
    }
    models::NumberFilter all = proxy.filter();
    all.setText({});
    proxy.setFilter(all);
    const bool large = n >= 1000000;
    run.figures << Figure {QStringLiteral("one search keystroke, sorted by name (slowest of 11; baseline: a scan of lowered strings)"), slowestKey,
                           QStringLiteral("ms"), slowestScan, large ? QStringLiteral("≤ 120 ms") : QStringLiteral("≤ 16 ms and ≤ 3×"),
                           large ? slowestKey <= 120 : slowestKey <= 16 && slowestKey <= 3 * slowestScan};

    // Export every number (File > Export shown numbers… with nothing filtered out): each one's
    // JSON from the cache, read in full, as CSV.
    clock.start();
    const qsizetype exportBytes = models::toCsv(store.numbers()).size();
    const double exported = ms(clock);
    clock.start();
    const std::int64_t baselineExportBytes = bench::baseline::exportCsv(dir.filePath(QStringLiteral("baseline.sqlite")));
    const double baselineExport = ms(clock);
    std::fprintf(stderr, "  export: %lld bytes of CSV (baseline %lld)\n", qlonglong(exportBytes), qlonglong(baselineExportBytes));
    run.figures << Figure {QStringLiteral("export every number as CSV (baseline: sqlite3, simdjson, unquoted lines)"), exported,
                           QStringLiteral("ms"), baselineExport, QStringLiteral("≤ 3×"), exported <= 3 * baselineExport};

    const auto [start, resident] = startApp(cache.path(), url, dir.path());
    run.residentKiB = resident;
    run.figures << Figure {QStringLiteral("start: process start to first painted rows (baseline: raw sqlite3 read)"), start, QStringLiteral("ms"),
                           baselineRead, large ? QStringLiteral("≤ 1500 ms") : QStringLiteral("≤ 300 ms at 100,000"),
                           start >= 0 && (large ? start <= 1500 : n < 100000 || start <= 300)};
    return run;
}

void print(const QList<Run>& runs, FILE* out)
{
    std::fprintf(out, "| N | figure | PhoneDesk | baseline | ratio | goal | met |\n|---|---|---|---|---|---|---|\n");
    for (const Run& run : runs) {
        for (const Figure& f : run.figures) {
            const QString baseline = f.baseline > 0 ? QString::number(f.baseline, 'f', 1) + QLatin1Char(' ') + f.oursUnit : QStringLiteral("—");
            const QString ratio = f.baseline > 0 ? QString::number(f.ours / f.baseline, 'f', 2) + QStringLiteral("×") : QStringLiteral("—");
            std::fprintf(out, "| %d | %s | %.1f %s | %s | %s | %s | %s |\n", run.n, qPrintable(f.name), f.ours, qPrintable(f.oursUnit),
                         qPrintable(baseline), qPrintable(ratio), qPrintable(f.goal), f.met ? "yes" : "**no**");
        }
    }
    if (runs.size() >= 2 && runs.last().n > runs.first().n) {
        // The slope between two sizes: what one more cached number costs, without the fixed part.
        const Run& small = runs.first();
        const Run& large = runs.last();
        const double perNumber = (large.residentKiB - small.residentKiB) * 1024.0 / double(large.n - small.n);
        const double ratio = perNumber / large.jsonBytesPerNumber;
        std::fprintf(out, "| %d–%d | resident memory per cached number (app at first paint; baseline: JSON text per number) | %.0f B | %.0f B | %.2f× | ≤ 1.0× | %s |\n",
                     small.n, large.n, perNumber, large.jsonBytesPerNumber, ratio, ratio <= 1.0 ? "yes" : "**no**");
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PhoneDesk's speed and memory beside baselines measured in the same run."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Numbers to measure, comma-separated."),
                                   QStringLiteral("N,N"), QStringLiteral("10000,100000"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Also write the table to FILE."), QStringLiteral("FILE"));
    parser.addOptions({sizes, output});
    parser.process(app);

    QList<Run> runs;
    for (const QString& size : parser.value(sizes).split(QLatin1Char(','))) {
        std::fprintf(stderr, "measuring %s numbers…\n", qPrintable(size));
        runs << measure(std::max(100, size.toInt()));
    }
    print(runs, stdout);
    if (parser.isSet(output)) {
        if (FILE* file = std::fopen(qPrintable(parser.value(output)), "w")) {
            print(runs, file);
            std::fclose(file);
        }
    }
    bool allMet = true;
    for (const Run& run : runs) {
        for (const Figure& f : run.figures)
            allMet = allMet && f.met;
    }
    return allMet ? 0 : 1;
}
