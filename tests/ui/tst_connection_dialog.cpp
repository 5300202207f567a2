// SPDX-License-Identifier: MIT
// The connection dialog against the real demo server.
#include "tests/support/TestSupport.h"
#include "ui/ConnectionDialog.h"
#include "ui/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace phonedesk;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = test::startServer();
        QVERIFY(m_server->url().isValid());
    }

    void testConnectionSaysWhatHappened_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("result");
        const QString url = m_server->url().toString();
        const QString own = QLatin1String(demo::kWorkspaceUuid);
        QTest::newRow("connected") << url << own << QString::fromLatin1(demo::kAdminToken) << QStringLiteral("✓ Connected: 29 numbers in this workspace.");
        QTest::newRow("token rejected") << url << own << QStringLiteral("wrong") << QStringLiteral("✗ The server rejected the API token. Check it, or create a new one.");
        QTest::newRow("not a member") << url << own << QString::fromLatin1(demo::kOtherWorkspaceToken) << QStringLiteral("✗ Not allowed: Not a member of this workspace");
        QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:9") << own << QStringLiteral("t") << QStringLiteral("✗ Cannot reach the server: Connection refused");
    }

    void testConnectionSaysWhatHappened()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, workspace);
        QFETCH(QString, token);
        QFETCH(QString, result);
        ui::ConnectionDialog dialog({}, {});
        dialog.show();
        dialog.findChild<QComboBox*>(QStringLiteral("profile"))->setEditText(QStringLiteral("acme"));
        QTest::keyClicks(edit(dialog, "baseUrl"), baseUrl);
        QTest::keyClicks(edit(dialog, "workspace"), workspace);
        QTest::keyClicks(edit(dialog, "token"), token);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testConnection")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QLabel*>(QStringLiteral("testResult"))->text(), result, 15000);
    }

    // A first start: nothing is wrong before anything was typed, and what is said later does
    // not move the fields (16.7).
    void problemsAreSaidOnceAFieldWasTouchedWithoutMovingTheForm()
    {
        ui::ConnectionDialog dialog({}, {});
        dialog.show();
        auto* bar = dialog.findChild<ui::MessageBar*>();
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!bar->isVisible());
        QVERIFY(!ok->isEnabled());
        QVERIFY(!ok->toolTip().isEmpty()); // the why is there for who asks
        const QPoint field = edit(dialog, "baseUrl")->mapTo(&dialog, QPoint());
        QTest::keyClicks(edit(dialog, "baseUrl"), QStringLiteral("ftp"));
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().startsWith(QLatin1String("This profile cannot be used yet")), qPrintable(bar->text()));
        QCOMPARE(edit(dialog, "baseUrl")->mapTo(&dialog, QPoint()), field);
    }

    void plainHttpToAnotherHostNeedsConsentAndWarns()
    {
        ui::ConnectionDialog dialog({}, {});
        dialog.show();
        dialog.findChild<QComboBox*>(QStringLiteral("profile"))->setEditText(QStringLiteral("lab"));
        QTest::keyClicks(edit(dialog, "baseUrl"), QStringLiteral("http://192.0.2.10"));
        QTest::keyClicks(edit(dialog, "workspace"), QStringLiteral("w"));
        QTest::keyClicks(edit(dialog, "token"), QStringLiteral("t"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* bar = dialog.findChild<ui::MessageBar*>();
        QVERIFY(!ok->isEnabled());
        QVERIFY2(bar->text().contains(QLatin1String("would send the token unencrypted")), qPrintable(bar->text()));
        dialog.findChild<QCheckBox*>(QStringLiteral("allowPlainHttp"))->setChecked(true);
        QVERIFY(ok->isEnabled());
        QVERIFY2(bar->text().startsWith(QLatin1String("Plain http:// sends the token unencrypted")), qPrintable(bar->text()));
        QCOMPARE(dialog.profile().allowPlainHttp, true);
    }

    void aSavedProfileLoadsAndKeepsItsToken()
    {
        const models::Profile saved {QStringLiteral("acme"), QUrl(QStringLiteral("https://api.acme.example")), QStringLiteral("ws-1"), false};
        ui::ConnectionDialog dialog({saved}, QStringLiteral("acme"));
        dialog.show();
        QCOMPARE(edit(dialog, "baseUrl")->text(), QStringLiteral("https://api.acme.example"));
        QCOMPARE(edit(dialog, "workspace")->text(), QStringLiteral("ws-1"));
        // A known profile may keep its stored token; a new one needs one.
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.profile(), saved);
        QCOMPARE(dialog.token(), QString());
        dialog.findChild<QComboBox*>(QStringLiteral("profile"))->setEditText(QStringLiteral("acme-2"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit(dialog, "token"), QStringLiteral("secret"));
        QVERIFY(ok->isEnabled());
    }

private:
    static QLineEdit* edit(QDialog& dialog, const char* name) { return dialog.findChild<QLineEdit*>(QLatin1String(name)); }

    std::unique_ptr<server::ServerProcess> m_server;
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connection_dialog.moc"
