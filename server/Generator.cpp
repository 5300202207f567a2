// SPDX-License-Identifier: MIT
#include "common/WireEnums.h"
#include "server/Fixture.h"
#include "server/ServerDatabase.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace phonedesk::server {

QString generateNumbers(ServerDatabase& db, int count)
{
    QSqlDatabase connection = db.connection();
    QSqlQuery first(connection);
    if (!first.exec(QStringLiteral("SELECT uuid FROM workspaces ORDER BY rowid LIMIT 1")) || !first.next())
        return QStringLiteral("--generate needs a workspace: give a fixture or --seed demo");
    const QString workspace = first.value(0).toString();

    static const char* const kTeams[] = {"Sales", "Support", "Billing", "Onboarding", "Dispatch",
                                         "Claims", "Reception", "Returns", "Partners", "Escalations"};
    static const char* const kCities[] = {"Austin", "Boston", "Chicago", "Denver", "Miami",
                                          "Oakland", "Phoenix", "Seattle", "Tampa", "Tulsa"};
    QRandomGenerator random(20261127); // the same numbers every run, so benchmarks compare
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    connection.transaction();
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO phone_numbers (uuid, workspaceUuid, phoneNumber, name, brandName, enableVoice,"
        " enableSms, enableWhatsApp, voiceWorkMode, voiceForwardNumber, createdAt, updatedAt)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        // +1 628 2xx xxxx: San Francisco numbers, an exchange range libphonenumber accepts.
        const QString number = QStringLiteral("+1628%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
        const QString team = QLatin1String(kTeams[random.bounded(10)]);
        const QString city = QLatin1String(kCities[random.bounded(10)]);
        const bool forwards = random.bounded(4) == 0;
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(workspace);
        insert.addBindValue(number);
        insert.addBindValue(QStringLiteral("%1 %2 %3").arg(city, team).arg(i + 1));
        insert.addBindValue(random.bounded(3) == 0 ? QVariant(city + QLatin1String(" Co.")) : QVariant());
        insert.addBindValue(random.bounded(10) != 0);
        insert.addBindValue(random.bounded(5) != 0);
        insert.addBindValue(random.bounded(3) == 0);
        const api::WorkMode mode = forwards ? api::WorkMode::AlwaysForward
                                            : api::kWorkModes.at(2 + random.bounded(4)).first; // the non-forwarding ones
        insert.addBindValue(QString(api::wireName(mode)));
        insert.addBindValue(forwards ? QVariant(QStringLiteral("+14155550100")) : QVariant());
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec()) {
            connection.rollback();
            return QStringLiteral("cannot generate numbers: %1").arg(insert.lastError().text());
        }
    }
    connection.commit();
    return {};
}

} // namespace phonedesk::server
