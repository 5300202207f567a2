// SPDX-License-Identifier: MIT
// The archive dialog against the real demo server.
#include "ApiClient.h"
#include "ArchiveDialog.h"
#include "Cache.h"
#include "NumberStore.h"
#include "TestSupport.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QDialogButtonBox>
#include <QTest>
#include <QTreeWidget>

using namespace phonedesk;

class TestArchiveDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = test::startServer({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--log-requests")});
        QVERIFY(m_server->url().isValid());
        m_cache = std::make_unique<models::Cache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(m_cache->open(), QString());
        m_client = std::make_unique<api::ApiClient>();
        m_client->setConnection({m_server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        m_store = std::make_unique<models::NumberStore>(*m_cache, *m_client, models::systemClock());
        m_store->openProfile(QStringLiteral("p"));
        QSignalSpy synced(m_store.get(), &models::NumberStore::numbersUpdated);
        m_store->refresh();
        QVERIFY(synced.wait(10000));
        m_server->clearOutput();
    }

    void theConfirmationRule_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("confirms");
        QTest::newRow("last four") << QStringLiteral("0101") << true;
        QTest::newRow("whole, formatted") << QStringLiteral("+1 415-555-0101") << true;
        QTest::newRow("national") << QStringLiteral("(415) 555 0101") << true;
        QTest::newRow("wrong last four") << QStringLiteral("0100") << false;
        QTest::newRow("three digits") << QStringLiteral("101") << false;
        QTest::newRow("a middle part") << QStringLiteral("5550") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void theConfirmationRule()
    {
        QFETCH(QString, typed);
        QFETCH(bool, confirms);
        QCOMPARE(ui::ArchiveDialog::confirms(typed, QStringLiteral("+14155550101")), confirms);
    }

    void blockersAreListedAndNothingCanBeArchived()
    {
        ui::ArchiveDialog dialog(*m_client, *m_store, number(1));
        dialog.show();
        auto* pages = dialog.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("blockedPage"));
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("blockerList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Workflow"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Main IVR (#1)"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Event rule"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("archiveButton"))->isVisible());
        QTRY_VERIFY(m_server->outputLines().size() == 1);
        QVERIFY(m_server->outputLines().first().startsWith(QLatin1String("GET ")));
    }

    void typedConfirmationThenExactlyOneRequest()
    {
        ui::ArchiveDialog dialog(*m_client, *m_store, number(6)); // Support - Tier 1, +1 415-555-0101
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* pages = dialog.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("confirmPage"));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("archiveButton"));
        QCOMPARE(button->text(), QStringLiteral("Archive +1 415-555-0101"));
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->hasFocus());

        auto* confirmation = dialog.findChild<QLineEdit*>(QStringLiteral("confirmation"));
        QTest::keyClicks(confirmation, QStringLiteral("0100"));
        QVERIFY(!button->isEnabled());
        confirmation->clear();
        QTest::keyClicks(confirmation, QStringLiteral("0101"));
        QVERIFY(button->isEnabled());

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseDClick(button, Qt::LeftButton);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QTRY_COMPARE(m_server->outputLines().filter(QStringLiteral("POST ")).size(), 1);
        QCOMPARE(m_server->outputLines().filter(QStringLiteral("POST ")).first(),
                 QStringLiteral("POST /api/v2/w/%1/phone-numbers/6/archive 200").arg(QLatin1String(demo::kWorkspaceUuid)));
        QVERIFY(number(6).isArchived);
        QCOMPARE(m_cache->numbers(QStringLiteral("p")).at(5).isArchived, true);
    }

    void aRejectedTokenIsRenewedAndTheActionGoesOn()
    {
        m_client->setConnection({m_server->url(), QLatin1String(demo::kWorkspaceUuid), QStringLiteral("expired")});
        int asked = 0;
        ui::ArchiveDialog dialog(*m_client, *m_store, number(6), nullptr, [&](QWidget*, const QString& why) {
            ++asked;
            return why.contains(QLatin1String("rejected")) ? std::optional<QString>(QLatin1String(demo::kAdminToken)) : std::nullopt;
        });
        dialog.show();
        auto* pages = dialog.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("confirmPage"));
        QCOMPARE(asked, 1);
        QCOMPARE(m_client->connection().token, QLatin1String(demo::kAdminToken));
    }

private:
    api::PhoneNumber number(qint64 id) const
    {
        for (const api::PhoneNumber& n : m_store->numbers()) {
            if (n.id == id)
                return n;
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerProcess> m_server;
    std::unique_ptr<models::Cache> m_cache;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<models::NumberStore> m_store;
};

QTEST_MAIN(TestArchiveDialog)
#include "tst_archive_dialog.moc"
