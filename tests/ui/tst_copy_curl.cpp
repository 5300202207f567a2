// SPDX-License-Identifier: MIT
// Copy as curl where an admin finds it: a write dialog copies what it would send and sends
// nothing; the detail panel copies the read of the number shown; the journal copies the request
// an entry sent. Each copied command runs with the real curl against the real server, and its
// answer is the app's.
#include "api/ApiClient.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "tests/support/TestSupport.h"
#include "ui/CurlButton.h"
#include "ui/DetailPanel.h"
#include "ui/EditNumberDialog.h"
#include "ui/JournalDialog.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace phonedesk;

class TestCopyCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(QStringLiteral("en")); } // as the app: English plurals

    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--log-requests")}), QString());
        m_number = m_env->store->numbers().first();
    }
    void cleanup() { m_env.reset(); }

    void theEditDialogCopiesItsUpdateAndSendsNothing()
    {
        ui::EditNumberDialog dialog(*m_env->writer, m_number);
        dialog.show();
        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyCurlButton"));
        QVERIFY(copy);
        QVERIFY(!copy->isEnabled()); // nothing changed: nothing to send
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Night line 'B'"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QLatin1String("curl -g -X PUT '")), qPrintable(command));
        QCOMPARE(copy->text(), QStringLiteral("Copied 1 command"));
        QVERIFY(!command.contains(QLatin1String(demo::kAdminToken)));
        QVERIFY(command.contains(QLatin1String("$PHONEDESK_TOKEN")));
        QVERIFY(dialog.isVisible());

        const QJsonObject answer = test::runCurl(command);
        // One PUT reached the server, curl's: the dialog sent nothing, and journaled nothing.
        QTRY_COMPARE(m_env->server->outputLines().filter(QStringLiteral("PUT ")).size(), 1);
        QVERIFY(m_env->store->journal().entries().isEmpty());
        QCOMPARE(answer.value(QLatin1String("name")).toString(), QStringLiteral("Night line 'B'"));
        QCOMPARE(answer, appsCopy(m_number.id));
    }

    void theDetailPanelCopiesTheReadOfItsNumber()
    {
        ui::MainWindow window(*m_env->writer);
        window.show();
        auto* details = window.findChild<ui::DetailPanel*>();
        details->showNumber(m_number);
        QTest::mouseClick(details->findChild<QToolButton*>(QStringLiteral("copyCurl")), Qt::LeftButton);
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QStringLiteral("curl -g '%1/api/v2/w/%2/phone-numbers/%3'")
                                        .arg(m_env->server->url().toString(), QLatin1String(demo::kWorkspaceUuid))
                                        .arg(m_number.id)),
                 qPrintable(command));
        const QJsonObject answer = test::runCurl(command);
        QVERIFY(!answer.isEmpty());
        QCOMPARE(answer, appsCopy(m_number.id));
    }

    void aJournalEntryCopiesTheRequestItSent()
    {
        api::UpdatePhoneNumberRequest request;
        request.fields = {{QStringLiteral("brandName"), QStringLiteral("Acme & Söhne")}};
        QVERIFY(test::writeDone(m_env->writer->update(m_number, request)));
        const models::JournalEntry entry = m_env->store->journal().entries().last();
        ui::JournalDialog journal(*m_env->writer);
        journal.show();
        auto* entries = journal.findChild<QTableWidget*>(QStringLiteral("entries"));
        QCOMPARE(entries->currentRow(), 0); // the newest, selected
        QTest::mouseClick(journal.findChild<QPushButton*>(QStringLiteral("copyCurlButton")), Qt::LeftButton);
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(command.trimmed().endsWith(QStringLiteral("--data-raw '{\"brandName\":\"Acme & Söhne\"}'")), qPrintable(command));
        QJsonObject viaCurl = test::runCurl(command);
        QJsonObject viaApp = entry.after;
        viaCurl.remove(QLatin1String("updatedAt"));
        viaApp.remove(QLatin1String("updatedAt"));
        QVERIFY(!viaCurl.isEmpty());
        QCOMPARE(viaCurl, viaApp);
    }

private:
    QJsonObject appsCopy(qint64 id)
    {
        const std::optional<api::PhoneNumber> n = test::answerOf(m_env->client->getPhoneNumber(QString::number(id)));
        return n ? QJsonDocument::fromJson(n->json).object() : QJsonObject();
    }

    std::unique_ptr<test::SyncedStore> m_env;
    api::PhoneNumber m_number;
};

QTEST_MAIN(TestCopyCurl)
#include "tst_copy_curl.moc"
