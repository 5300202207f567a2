// SPDX-License-Identifier: MIT
// Writes snapshots into a cache file, as a second process would: for the kill trials and the
// concurrent-writer test. Usage: phonedesk-cache-writer CACHE PROFILE COUNT TAG ROUNDS
#include "models/Cache.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: %s CACHE PROFILE COUNT TAG ROUNDS\n", argv[0]);
        return 2;
    }
    phonedesk::models::Cache cache(args.at(1));
    if (const QString problem = cache.open(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    const int count = args.at(3).toInt();
    for (int round = 1; round <= args.at(5).toInt(); ++round) {
        QList<phonedesk::api::PhoneNumber> numbers;
        numbers.reserve(count);
        for (int i = 0; i < count; ++i) {
            phonedesk::api::PhoneNumber n;
            n.id = i + 1;
            n.uuid = QStringLiteral("uuid-%1").arg(i);
            n.phoneNumber = QStringLiteral("+1628%1").arg(2000000 + i);
            n.name = QStringLiteral("%1/%2 #%3").arg(args.at(4)).arg(round).arg(i);
            n.brandDescription = QString(200, QLatin1Char('d')); // a realistic row size
            numbers.append(n);
        }
        if (const QString problem = cache.replaceNumbers(args.at(2), numbers, QDateTime::currentDateTimeUtc()); !problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 1;
        }
        std::printf("round %d written\n", round);
        std::fflush(stdout);
    }
    return 0;
}
