// SPDX-License-Identifier: MIT
#include "models/CsvExport.h"

#include <QTest>

using namespace phonedesk;

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

    void anEmptyListIsJustTheHeader()
    {
        QCOMPARE(models::toCsv(QList<api::PhoneNumber> {}).count("\r\n"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
