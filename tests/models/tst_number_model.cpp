// SPDX-License-Identifier: MIT
// The table model, the search rules and the proxy, each checked by QAbstractItemModelTester.
#include "api/NumberJson.h"
#include "models/NumberFilterProxy.h"
#include "models/PhoneNumberModel.h"
#include "models/RelativeTime.h"

#include <QAbstractItemModelTester>

#include <algorithm>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace phonedesk;
using api::PhoneNumber;
using models::PhoneNumberModel;

namespace {

PhoneNumber number(qint64 id, const QString& e164, const QString& name, bool archived = false)
{
    PhoneNumber n;
    n.id = id;
    n.uuid = QStringLiteral("uuid-%1").arg(id);
    n.phoneNumber = e164;
    n.name = name;
    n.isArchived = archived;
    n.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(id);
    return n;
}

QList<PhoneNumber> sample()
{
    PhoneNumber branded = number(3, QStringLiteral("+493090182010"), QStringLiteral("Berlin Kundenservice"));
    branded.brandName = QStringLiteral("Acme Logistik GmbH");
    return {number(1, QStringLiteral("+14155550100"), QStringLiteral("Main line")),
            number(2, QStringLiteral("+442079460123"), QStringLiteral("London reception")), branded,
            number(4, QStringLiteral("+14155550111"), QStringLiteral("Holiday campaign"), true),
            number(5, QStringLiteral("+12125550199"), QStringLiteral("Line 10")),
            number(6, QStringLiteral("+12125550198"), QStringLiteral("Line 9"))};
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestNumberModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFormattedNumbersAndStatus()
    {
        PhoneNumberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNumbers(sample());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(PhoneNumberModel::ColumnCount));
        // As dialled in the number's own country, after its code; E.164 on hover.
        QCOMPARE(model.index(0, PhoneNumberModel::NumberColumn).data().toString(), QStringLiteral("US  (415) 555-0100"));
        QCOMPARE(model.index(1, PhoneNumberModel::NumberColumn).data().toString(), QStringLiteral("GB  020 7946 0123"));
        QCOMPARE(model.index(0, PhoneNumberModel::NumberColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("+14155550100 (+1 415-555-0100)"));
        // A number no numbering plan knows is shown as received, marked, never as "ZZ 8279…" (16.15).
        PhoneNumberModel odd;
        odd.resetNumbers({number(1, QStringLiteral("+10005550100"), QStringLiteral("Odd")),
                          number(2, QStringLiteral("+80012345678"), QStringLiteral("Freephone"))});
        QCOMPARE(odd.index(0, PhoneNumberModel::NumberColumn).data().toString(), QStringLiteral("⚠ +10005550100"));
        QCOMPARE(odd.index(1, PhoneNumberModel::NumberColumn).data().toString(), QStringLiteral("+800 1234 5678")); // no country, known plan
        QVERIFY(odd.index(0, PhoneNumberModel::NumberColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no numbering plan knows")));
        QCOMPARE(odd.index(0, PhoneNumberModel::NumberColumn).data(PhoneNumberModel::CopyRole).toString(), QStringLiteral("+10005550100"));
        QCOMPARE(model.index(3, PhoneNumberModel::StatusColumn).data().toString(), QStringLiteral("Archived"));
        QCOMPARE(model.index(0, PhoneNumberModel::ChannelsColumn).data().toString(), QStringLiteral("Voice, SMS"));
        QCOMPARE(model.index(2, PhoneNumberModel::NameColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Acme Logistik GmbH"));
        for (int c = 0; c < PhoneNumberModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }

    // The columns the chooser offers besides the seven show what the details show (16.9).
    void theOfferedColumnsShowRoutingAssistantCreationAndTheProviderPhone()
    {
        PhoneNumber forwarding = number(1, QStringLiteral("+14155550100"), QStringLiteral("Main line"));
        forwarding.voiceWorkMode = QStringLiteral("always_forward");
        forwarding.voiceForwardNumber = QStringLiteral("+442079460456");
        forwarding.smsWorkMode = QStringLiteral("message_off_hours");
        forwarding.assistantEnabled = false;
        forwarding.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        forwarding.providerPhoneUuid = QStringLiteral("pp-1");
        PhoneNumberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNumbers({forwarding, number(2, QStringLiteral("+442079460123"), QStringLiteral("London reception"))});
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role).toString(); };
        QCOMPARE(model.headerData(PhoneNumberModel::VoiceModeColumn, Qt::Horizontal).toString(), QStringLiteral("Voice work mode"));
        QCOMPARE(cell(0, PhoneNumberModel::VoiceModeColumn), QStringLiteral("Always forward"));
        QCOMPARE(cell(0, PhoneNumberModel::VoiceForwardColumn), QStringLiteral("+44 20 7946 0456"));
        QCOMPARE(cell(0, PhoneNumberModel::VoiceForwardColumn, PhoneNumberModel::CopyRole), QStringLiteral("+442079460456"));
        QCOMPARE(cell(0, PhoneNumberModel::SmsModeColumn), QStringLiteral("Message off hours"));
        QCOMPARE(cell(0, PhoneNumberModel::SmsForwardColumn), QString());
        QCOMPARE(cell(0, PhoneNumberModel::AssistantColumn), QStringLiteral("No"));
        QCOMPARE(cell(1, PhoneNumberModel::AssistantColumn), QStringLiteral("Yes")); // the contract's default
        QCOMPARE(cell(1, PhoneNumberModel::VoiceModeColumn), QString());
        QCOMPARE(cell(0, PhoneNumberModel::CreatedColumn), QLocale().toString(forwarding.createdAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(0, PhoneNumberModel::CreatedColumn, PhoneNumberModel::CopyRole), QStringLiteral("2026-03-04T05:06:07.000Z"));
        QCOMPARE(cell(1, PhoneNumberModel::CreatedColumn), QString()); // none sent
        // The provider phone by its number and name once the linkable phones are known; its id before.
        QCOMPARE(cell(0, PhoneNumberModel::ProviderPhoneColumn), QStringLiteral("pp-1"));
        QCOMPARE(cell(1, PhoneNumberModel::ProviderPhoneColumn), QString());
        api::ProviderPhone phone;
        phone.uuid = QStringLiteral("pp-1");
        phone.phoneNumber = QStringLiteral("+442079460999");
        phone.friendlyName = QStringLiteral("London desk");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProviderPhones({phone});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(0, PhoneNumberModel::ProviderPhoneColumn), QStringLiteral("+44 20 7946 0999 — London desk"));
        QCOMPARE(cell(0, PhoneNumberModel::ProviderPhoneColumn, Qt::ToolTipRole), QStringLiteral("Provider phone pp-1"));
        QCOMPARE(cell(0, PhoneNumberModel::ProviderPhoneColumn, PhoneNumberModel::CopyRole), QStringLiteral("pp-1"));

        // A work mode the contract does not list is said to be one, also after the row changes.
        QByteArray json = api::jsonFor(number(2, QStringLiteral("+442079460123"), QStringLiteral("London reception")));
        json.replace("\"smsWorkMode\":null", "\"smsWorkMode\":\"ring_twice\"");
        const api::Parsed<api::NumberColumns> columns = api::readNumberColumns(json);
        QVERIFY2(columns.ok(), qPrintable(columns.error));
        models::NumberRows incoming;
        incoming.append(api::NumberColumns::of(forwarding), 1);
        incoming.append(columns.value, api::jsonHash(json));
        model.applyChange(models::SnapshotChange::between(model.rows(), incoming));
        QCOMPARE(cell(1, PhoneNumberModel::SmsModeColumn), QStringLiteral("Another mode"));
        QVERIFY(cell(1, PhoneNumberModel::SmsModeColumn, Qt::ToolTipRole).contains(QStringLiteral("does not know")));
        QCOMPARE(model.rows().smsWorkMode(1), models::NumberRows::kOtherWorkMode);
    }

    void updatedTimesAreRelativeWithTheExactTimeOnHover()
    {
        PhoneNumberModel model;
        QList<PhoneNumber> numbers = sample();
        const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        const qint64 ago[] = {20, 3 * 60, 5 * 3600, 2 * 86400, 30 * 86400};
        for (int i = 0; i < 5; ++i)
            numbers[i].updatedAt = now.addSecs(-ago[i]);
        model.setNow([now] { return now; });
        model.resetNumbers(numbers);
        const auto updated = [&](int row, int role = Qt::DisplayRole) { return model.index(row, PhoneNumberModel::UpdatedColumn).data(role).toString(); };
        QCOMPARE(updated(0), QStringLiteral("just now"));
        QCOMPARE(updated(1), QStringLiteral("3 min ago"));
        QCOMPARE(updated(2), QStringLiteral("5 h ago"));
        QCOMPARE(updated(3), QStringLiteral("2 days ago"));
        QCOMPARE(updated(4), QLocale().toString(now.addDays(-30).toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(updated(1, Qt::ToolTipRole), QLocale().toString(numbers[1].updatedAt.toLocalTime(), QLocale::LongFormat));
        QCOMPARE(models::relativeTime(now.addSecs(30), now), QStringLiteral("just now")); // a server clock a little ahead
    }

    void aRefreshAppliesTheDifferenceNotAReset()
    {
        PhoneNumberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNumbers(sample());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<PhoneNumber> next = sample();
        next.removeAt(4); // id 5 gone
        next.removeAt(1); // id 2 gone
        next[0].name = QStringLiteral("Main line (renamed)");
        next.append(number(7, QStringLiteral("+16175550100"), QStringLiteral("Boston")));
        model.applyNumbers(next);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(column(model, PhoneNumberModel::NameColumn),
                 (QStringList {QStringLiteral("Main line (renamed)"), QStringLiteral("Berlin Kundenservice"),
                               QStringLiteral("Holiday campaign"), QStringLiteral("Line 9"), QStringLiteral("Boston")}));
        QCOMPARE(model.rowOfId(7), 4);
        QCOMPARE(model.rowOfId(2), -1);

        model.applyNumbers(next); // nothing changed: no signal at all
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        model.applyNumbers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void searchRules_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("empty: all active") << QString() << QList<qint64> {1, 2, 3, 5, 6};
        QTest::newRow("digits with spaces") << QStringLiteral("415 555") << QList<qint64> {1};
        QTest::newRow("formatted like the display") << QStringLiteral("+1 (415) 555-01") << QList<qint64> {1};
        QTest::newRow("national London digits") << QStringLiteral("7946 0123") << QList<qint64> {2};
        // As the table shows them: national format, trunk prefix and all (issue 16.2).
        QTest::newRow("national with trunk 0 (GB)") << QStringLiteral("020 7946") << QList<qint64> {2};
        QTest::newRow("national with trunk 0 (DE)") << QStringLiteral("030 9018") << QList<qint64> {3};
        QTest::newRow("the trunk and a bit") << QStringLiteral("02") << QList<qint64> {2};
        QTest::newRow("as the table shows it") << QStringLiteral("GB  020 7946 0123") << QList<qint64> {2};
        QTest::newRow("region and national digits") << QStringLiteral("de 030 901") << QList<qint64> {3};
        QTest::newRow("national of the other region") << QStringLiteral("us 020 7946") << QList<qint64> {};
        QTest::newRow("a trunk 0 where none is dialled") << QStringLiteral("0415") << QList<qint64> {};
        QTest::newRow("name, any case") << QStringLiteral("LONDON") << QList<qint64> {2};
        QTest::newRow("brand") << QStringLiteral("logistik") << QList<qint64> {3};
        QTest::newRow("words in any field") << QStringLiteral("acme berlin") << QList<qint64> {3};
        QTest::newRow("word plus digits") << QStringLiteral("line 0199") << QList<qint64> {5};
        // "9" may stand in the number too, so "Line 10" (+1 212-555-0199) matches as well.
        QTest::newRow("name with a number in it") << QStringLiteral("line 9") << QList<qint64> {5, 6};
        QTest::newRow("no match") << QStringLiteral("tokyo") << QList<qint64> {};
        QTest::newRow("archived are hidden") << QStringLiteral("holiday") << QList<qint64> {};
    }

    void searchRules()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, ids);
        PhoneNumberModel model;
        model.resetNumbers(sample());
        models::NumberFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        models::NumberFilter filter;
        filter.setText(query);
        proxy.setFilter(filter);
        QList<qint64> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data(PhoneNumberModel::IdRole).toLongLong();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, ids);
    }

    void theArchivedFilter()
    {
        PhoneNumberModel model;
        model.resetNumbers(sample());
        models::NumberFilterProxy proxy(&model);
        models::NumberFilter filter;
        filter.setArchived(api::ArchivedFilter::ArchivedOnly);
        proxy.setFilter(filter);
        QCOMPARE(column(proxy, PhoneNumberModel::NameColumn), QStringList {QStringLiteral("Holiday campaign")});
        filter.setArchived(api::ArchivedFilter::All);
        filter.setText(QStringLiteral("415"));
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortsNamesAsPeopleReadThemAndOtherColumnsByValue()
    {
        PhoneNumberModel model;
        model.resetNumbers(sample());
        models::NumberFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PhoneNumberModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, PhoneNumberModel::NameColumn),
                 (QStringList {QStringLiteral("Berlin Kundenservice"), QStringLiteral("Line 9"), QStringLiteral("Line 10"),
                               QStringLiteral("London reception"), QStringLiteral("Main line")}));
        proxy.sort(PhoneNumberModel::UpdatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PhoneNumberModel::IdRole).toLongLong(), 6);
        // A changed row moves to its sorted place.
        QList<PhoneNumber> next = sample();
        next[0].updatedAt = next[0].updatedAt.addDays(1);
        model.applyNumbers(next);
        QCOMPARE(proxy.index(0, 0).data(PhoneNumberModel::IdRole).toLongLong(), 1);
    }

    // By country code first, then the national number: DE 030 and DE 089 together, after US and
    // GB; not by the digits as one number, which put DE 089 before every US number.
    void numbersSortByCountryThenNationalNumber()
    {
        PhoneNumberModel model;
        model.resetNumbers({number(1, QStringLiteral("+4989123456"), QStringLiteral("München")),
                            number(2, QStringLiteral("+14155550100"), QStringLiteral("San Francisco")),
                            number(3, QStringLiteral("+493012345678"), QStringLiteral("Berlin")),
                            number(4, QStringLiteral("+442079460123"), QStringLiteral("London")),
                            number(5, QStringLiteral("+12125550199"), QStringLiteral("New York"))});
        models::NumberFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PhoneNumberModel::NumberColumn, Qt::AscendingOrder);
        const QStringList ascending {QStringLiteral("New York"), QStringLiteral("San Francisco"), QStringLiteral("London"),
                                     QStringLiteral("Berlin"), QStringLiteral("München")};
        QCOMPARE(column(proxy, PhoneNumberModel::NameColumn), ascending);
        proxy.sort(PhoneNumberModel::NumberColumn, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(column(proxy, PhoneNumberModel::NameColumn), descending);
    }

    // A keystroke that narrows the query filters the rows shown; one that widens it (or turns
    // it into a phone number) starts from every row again, and both agree with a fresh filter.
    void narrowingAndWideningKeystrokesAgreeWithAFreshFilter()
    {
        PhoneNumberModel model;
        model.resetNumbers(sample());
        models::NumberFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PhoneNumberModel::NameColumn, Qt::AscendingOrder);
        for (const QString& typed : {QStringLiteral("l"), QStringLiteral("li"), QStringLiteral("lin"), QStringLiteral("line 1"),
                                     QStringLiteral("line"), QStringLiteral("("), QStringLiteral("(4"), QStringLiteral("(41"), QString(),
                                     // A number that gains a word ("9 10" -> "9 10 l") matches rows it did not.
                                     QStringLiteral("9"), QStringLiteral("9 1"), QStringLiteral("9 10"), QStringLiteral("9 10 l"),
                                     QStringLiteral("g"), QStringLiteral("gb"), QStringLiteral("gb 0"), QStringLiteral("gb 02"),
                                     QStringLiteral("gb 020 7"), QStringLiteral("0"), QStringLiteral("02"), QString(),
                                     // A word that turns into digits ("acme +" -> "acme +4") finds more.
                                     QStringLiteral("acme +"), QStringLiteral("acme +4"), QString()}) {
            models::NumberFilter filter = proxy.filter();
            filter.setText(typed);
            proxy.setFilter(filter);
            models::NumberFilterProxy fresh(&model);
            fresh.sort(PhoneNumberModel::NameColumn, Qt::AscendingOrder);
            fresh.setFilter(filter);
            QCOMPARE(column(proxy, PhoneNumberModel::NameColumn), column(fresh, PhoneNumberModel::NameColumn));
        }
    }

    // The proxy sorts by ranks computed once; rows renamed, added or removed later must still
    // land where their names say, also under a search, and a selected row that still matches
    // stays selected while the search changes.
    void keepsTheNameOrderThroughChangesAndSearches()
    {
        PhoneNumberModel model;
        model.resetNumbers(sample());
        models::NumberFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PhoneNumberModel::NameColumn, Qt::AscendingOrder);

        PhoneNumber renamed = sample().at(4); // "Line 10"
        renamed.name = QStringLiteral("Aardvark desk");
        model.upsertNumber(renamed);
        model.upsertNumber(number(7, QStringLiteral("+12125550197"), QStringLiteral("Line 11")));
        QCOMPARE(column(proxy, PhoneNumberModel::NameColumn),
                 (QStringList {QStringLiteral("Aardvark desk"), QStringLiteral("Berlin Kundenservice"), QStringLiteral("Line 9"),
                               QStringLiteral("Line 11"), QStringLiteral("London reception"), QStringLiteral("Main line")}));

        QItemSelectionModel selection(&proxy);
        const QModelIndex line11 = proxy.index(3, 0);
        selection.select(line11, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        models::NumberFilter filter = proxy.filter();
        filter.setText(QStringLiteral("line"));
        proxy.setFilter(filter);
        QCOMPARE(column(proxy, PhoneNumberModel::NameColumn),
                 (QStringList {QStringLiteral("Line 9"), QStringLiteral("Line 11"), QStringLiteral("Main line")}));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(PhoneNumberModel::E164Role).toString(), QStringLiteral("+12125550197"));

        QList<PhoneNumber> fewer = sample(); // 7 removed, 5 back to "Line 10"
        fewer.removeAt(0); // and "Main line" removed
        model.applyNumbers(fewer);
        QCOMPARE(column(proxy, PhoneNumberModel::NameColumn), (QStringList {QStringLiteral("Line 9"), QStringLiteral("Line 10")}));
        QVERIFY(selection.selectedRows().isEmpty());
    }
    // A sync's batch of hundreds of rows is merged into the kept orders of every column sorted
    // before (not re-sorted): added, renamed and removed rows land where a fresh sort puts them,
    // and the selected number stays selected.
    void manyRowsAtOnceLandWhereAFreshSortPutsThem()
    {
        auto batch = [](qint64 from, qint64 count, const QString& prefix) {
            QList<PhoneNumber> numbers;
            for (qint64 id = from; id < from + count; ++id) {
                const qint64 mixed = (id * 7919) % 1000; // names in no order of their ids
                numbers << number(id, QStringLiteral("+1415555%1").arg(9999 - mixed, 4, 10, QLatin1Char('0')),
                                  (mixed % 3 ? prefix : QStringLiteral("Ärger ")) + QString::number(mixed));
            }
            return numbers;
        };
        PhoneNumberModel model;
        QList<PhoneNumber> numbers = batch(1, 300, QStringLiteral("Line "));
        model.resetNumbers(numbers);
        models::NumberFilterProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PhoneNumberModel::NumberColumn, Qt::AscendingOrder); // kept as well
        proxy.sort(PhoneNumberModel::NameColumn, Qt::AscendingOrder);
        QItemSelectionModel selection(&proxy);
        const QString selected = proxy.index(10, PhoneNumberModel::NameColumn).data().toString();
        selection.select(proxy.index(10, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

        auto agreesWithAFreshSort = [&] {
            for (const int sortColumn : {int(PhoneNumberModel::NameColumn), int(PhoneNumberModel::NumberColumn)}) {
                proxy.sort(sortColumn, Qt::AscendingOrder);
                models::NumberFilterProxy fresh(&model);
                fresh.sort(sortColumn, Qt::AscendingOrder);
                if (column(proxy, sortColumn) != column(fresh, sortColumn))
                    return false;
            }
            proxy.sort(PhoneNumberModel::NameColumn, Qt::AscendingOrder);
            return true;
        };
        numbers += batch(301, 600, QStringLiteral("Desk ")); // added
        model.applyNumbers(numbers);
        QCOMPARE(model.rowCount(), 900);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().sibling(selection.selectedRows().first().row(), PhoneNumberModel::NameColumn).data().toString(),
                 selected);
        QVERIFY(agreesWithAFreshSort());
        for (qsizetype i = 0; i < 400; ++i)
            numbers[i].name = QStringLiteral("Renamed %1").arg((i * 31) % 400); // changed
        model.applyNumbers(numbers);
        QVERIFY(agreesWithAFreshSort());
        numbers.remove(100, 150); // removed
        model.applyNumbers(numbers);
        QCOMPARE(proxy.rowCount(), 750);
        QVERIFY(agreesWithAFreshSort());
        for (qsizetype i = 600; i < 605; ++i)
            numbers[i].name = QStringLiteral("Moved %1").arg(i); // a few, placed one by one
        model.applyNumbers(numbers);
        QVERIFY(agreesWithAFreshSort());
    }
};

QTEST_GUILESS_MAIN(TestNumberModel)
#include "tst_number_model.moc"
