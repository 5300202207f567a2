// SPDX-License-Identifier: MIT
// The archive dialog against the real demo server.
#include "api/ApiClient.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "tests/support/TestSupport.h"
#include "ui/ArchiveDialog.h"

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
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start({QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--log-requests")}), QString());
        m_env->server->clearOutput();
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
        // After the sync's own probe of the admin scope, which asked for blockers once already.
        QTRY_COMPARE(m_env->store->permissions().known(api::Scope::Admin), models::Permissions::Known::Granted);
        const qsizetype probed = m_env->server->outputLines().filter(QStringLiteral("/archive-blockers")).size();
        ui::ArchiveDialog dialog(*m_env->writer, number(1));
        dialog.show();
        auto* pages = dialog.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("blockedPage"));
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("blockerList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Workflow"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Main IVR (#1)"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Event rule"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("archiveButton"))->isVisible());
        QTRY_COMPARE(m_env->server->outputLines().filter(QStringLiteral("/archive-blockers")).size(), probed + 1);
        QVERIFY(m_env->server->outputLines().filter(QStringLiteral("/archive-blockers")).last().startsWith(QLatin1String("GET ")));
        QVERIFY(m_env->server->outputLines().filter(QStringLiteral("/archive ")).isEmpty());
    }

    void typedConfirmationThenExactlyOneRequest()
    {
        ui::ArchiveDialog dialog(*m_env->writer, number(6)); // Support - Tier 1, +1 415-555-0101
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
        QTRY_COMPARE(m_env->server->outputLines().filter(QStringLiteral("POST ")).size(), 1);
        QCOMPARE(m_env->server->outputLines().filter(QStringLiteral("POST ")).first(),
                 QStringLiteral("POST /api/v2/w/%1/phone-numbers/6/archive 200").arg(QLatin1String(demo::kWorkspaceUuid)));
        QVERIFY(number(6).isArchived);
        QTRY_COMPARE(m_env->cache->numbers(QStringLiteral("p")).at(5).isArchived, true); // written by the writer thread
    }

    void aRejectedTokenIsRenewedAndTheActionGoesOn()
    {
        m_env->client->setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QStringLiteral("expired")});
        test::TokenAnswers answers([](const QString& why) {
            return why.contains(QLatin1String("rejected")) ? std::optional<QString>(QLatin1String(demo::kAdminToken)) : std::nullopt;
        });
        m_env->store->tokenRenewal().setProvider(&answers);
        ui::ArchiveDialog dialog(*m_env->writer, number(6));
        dialog.show();
        auto* pages = dialog.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("confirmPage"));
        QCOMPARE(answers.asked, 1);
        QCOMPARE(m_env->client->connection().token, QLatin1String(demo::kAdminToken));
    }

private:
    api::PhoneNumber number(qint64 id) const
    {
        for (const api::PhoneNumber& n : m_env->store->numbers()) {
            if (n.id == id)
                return n;
        }
        return {};
    }

    std::unique_ptr<test::SyncedStore> m_env;
};

QTEST_MAIN(TestArchiveDialog)
#include "tst_archive_dialog.moc"
