// SPDX-License-Identifier: MIT
// phonedesk-import-bench: File → Import of N lines (the export of N numbers, every active number
// renamed, as a spreadsheet would save it): the preview's time and longest GUI-thread stall, and
// the apply's throughput against the real server, each beside a baseline of the same work in the
// same run. See bench/README.md; the last run is in bench/RESULTS.md.
#include "api/ApiClient.h"
#include "common/DemoFixture.h"
#include "common/ServerProcess.h"
#include "models/Cache.h"
#include "models/CsvExport.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "models/Profiles.h"
#include "ui/ImportDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace phonedesk;

namespace {

double ms(const QElapsedTimer& timer) { return double(timer.nsecsElapsed()) / 1e6; }

// The longest time the event loop did not turn: what a user feels as a freeze.
double longestStallDuring(const std::function<void()>& work)
{
    QTimer tick;
    tick.setInterval(1);
    QElapsedTimer since;
    double longest = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, ms(since));
        since.start();
    });
    since.start();
    tick.start();
    work();
    return std::max(longest, ms(since));
}

// The preview's baseline: the same file split at commas and line ends (no quotes, no checks), each
// line's cells compared with the export's line for its number, found in a hash.
qsizetype naiveDiff(const QByteArray& file, const QByteArray& exported)
{
    QHash<QString, QStringList> before;
    for (const QString& line : QString::fromUtf8(exported).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char(','));
        before.insert(cells.first(), cells);
    }
    qsizetype differing = 0;
    for (const QString& line : QString::fromUtf8(file).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char(','));
        differing += before.value(cells.first()) != cells;
    }
    return differing;
}

// The apply's baseline: for each number the same two requests the writer sends (GET, then PUT of
// the name), four numbers at a time, with nothing journaled, cached or shown.
double rawUpdates(const QUrl& base, const QList<std::pair<qint64, QString>>& names)
{
    QNetworkAccessManager network;
    const QString numbers = base.toString() + QStringLiteral("/api/v2/w/") + QLatin1String(demo::kWorkspaceUuid) + QStringLiteral("/phone-numbers/");
    auto request = [&](qint64 id) {
        QNetworkRequest r(QUrl(numbers + QString::number(id)));
        r.setRawHeader("Authorization", QByteArray("Bearer ") + demo::kAdminToken);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    };
    qsizetype next = 0;
    qsizetype done = 0;
    std::function<void()> send = [&] {
        if (next >= names.size())
            return;
        const auto [id, name] = names.at(next++);
        QNetworkReply* get = network.get(request(id));
        QObject::connect(get, &QNetworkReply::finished, [&, get, id = id, name = name] {
            get->deleteLater();
            const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
            QNetworkReply* put = network.put(request(id), body);
            QObject::connect(put, &QNetworkReply::finished, [&, put] {
                put->deleteLater();
                ++done;
                send();
            });
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 4; ++i)
        send();
    while (done < names.size())
        QTest::qWait(1);
    return ms(clock);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption lines(QStringLiteral("lines"), QStringLiteral("Lines to import (numbers in the workspace)."), QStringLiteral("N"),
                                   QStringLiteral("10000"));
    const QCommandLineOption previewOnly(QStringLiteral("preview-only"), QStringLiteral("Measure the preview, send nothing."));
    parser.addOptions({lines, previewOnly});
    parser.process(app);
    const int n = std::max(100, parser.value(lines).toInt());

    QTemporaryDir dir;
    server::ServerProcess server;
    server.start(server::ServerProcess::defaultProgram(),
                 {QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--generate"), QString::number(n - 29)});
    if (!server.waitUntilListening(600000)) {
        std::fprintf(stderr, "phonedesk-import-bench: %s\n", qPrintable(server.errorText()));
        return 2;
    }
    models::Cache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    cache.open();
    api::ApiClient client;
    client.setConnection({server.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
    models::NumberStore store(cache, client, models::systemClock());
    models::NumberWriter writer(client, store);
    store.openProfile(QStringLiteral("bench"));
    QSignalSpy synced(&store, &models::NumberStore::numbersUpdated);
    QSignalSpy phones(&store, &models::NumberStore::providerPhonesChanged);
    store.refresh();
    while (synced.isEmpty() || phones.isEmpty())
        QTest::qWait(1);

    // The export, every active number renamed in it.
    const QList<api::PhoneNumber> numbers = store.numbers();
    QList<api::PhoneNumber> edited = numbers;
    QList<std::pair<qint64, QString>> originals;
    for (api::PhoneNumber& number : edited) {
        if (!number.isArchived) {
            originals << std::pair {number.id, number.name};
            number.name += QStringLiteral(" (imported)");
        }
    }
    const QByteArray exported = models::toCsv(numbers);
    const QByteArray file = models::toCsv(edited);
    const QString path = dir.filePath(QStringLiteral("import.csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size())
        return 2;
    out.close();

    ui::ImportDialog dialog(writer);
    dialog.show();
    QTest::qWait(200); // its first paint is no part of the preview
    QSignalSpy ready(&dialog, &ui::ImportDialog::previewReady);
    QElapsedTimer clock;
    double preview = 0;
    const double stall = longestStallDuring([&] {
        clock.start();
        dialog.openFile(path);
        while (ready.isEmpty())
            QTest::qWait(0);
        preview = ms(clock);
    });
    clock.start();
    const qsizetype naive = naiveDiff(file, exported);
    const double baselinePreview = ms(clock);
    qsizetype changes = 0;
    for (const models::BulkEditRow& plan : dialog.plans())
        changes += plan.outcome == models::BulkEditRow::Outcome::Change;
    std::fprintf(stderr, "  %lld lines, %lld to update (baseline found %lld differing lines)\n", qlonglong(dialog.plans().size()),
                 qlonglong(changes), qlonglong(naive));

    if (parser.isSet(previewOnly)) {
        std::printf("preview %.1f ms (baseline %.1f ms), longest stall %.1f ms\n", preview, baselinePreview, stall);
        return 0;
    }
    auto* undo = dialog.findChild<QPushButton*>(QStringLiteral("undoButton"));
    clock.start();
    dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
    while (!undo->isVisible())
        QTest::qWait(1);
    const double apply = ms(clock);
    const double baselineApply = rawUpdates(server.url(), originals); // puts the names back

    const double perSecond = double(changes) / (apply / 1000.0);
    const double baselinePerSecond = double(originals.size()) / (baselineApply / 1000.0);
    std::printf("| N | figure | PhoneDesk | baseline | ratio |\n|---|---|---|---|---|\n");
    std::printf("| %d | import preview: read, check and plan every line (baseline: split at commas, compare with the export in a hash) | %.1f ms | %.1f ms | %.2f× |\n",
                n, preview, baselinePreview, preview / baselinePreview);
    std::printf("| %d | longest GUI-thread stall during the preview | %.1f ms | — | — |\n", n, stall);
    std::printf("| %d | import apply: updates per second, each checked by a GET first, journaled and cached (baseline: the same GET and PUT with a bare QNetworkAccessManager, 4 at a time) | %.0f /s | %.0f /s | %.2f× |\n",
                n, perSecond, baselinePerSecond, perSecond / baselinePerSecond);
    return 0;
}
