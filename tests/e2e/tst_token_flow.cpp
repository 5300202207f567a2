// SPDX-License-Identifier: MIT
// The application's start-up with a profile and its token, in process: with no keychain (the
// token is asked at every start and kept in memory), and with a real one (gnome-keyring in a
// private D-Bus session: asked once, then read from the keychain). Either way, the token is
// never written to any file.
#include "app/Application.h"
#include "app/KeychainSecretStore.h"
#include "models/Profiles.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace phonedesk;

namespace {

const QString kCanary = QStringLiteral("canary-token-5d41402abc4b2a76b9719d911017c592");

bool haveSecretService() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

// What the system keychain holds for a profile now, read as the next start would.
QString keychainToken(const QString& profile)
{
    app::KeychainSecretStore keychain;
    bool answered = false;
    QString kept;
    keychain.read(profile, [&](const std::optional<QString>& token, const QString&) {
        kept = token.value_or(QString());
        answered = true;
    });
    return QTest::qWaitFor([&] { return answered; }, 5000) ? kept : QStringLiteral("(no answer from the keychain)");
}

} // namespace

class TestTokenFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        test::isolateUserFolders(m_home);
        qunsetenv("PHONEDESK_TOKEN");
        // The demo fixture plus a canary token, to search for afterwards.
        QJsonObject fixture = QJsonDocument::fromJson(test::readSourceFile(QStringLiteral("server/fixtures/demo.json"))).object();
        QJsonArray tokens = fixture[QLatin1String("tokens")].toArray();
        tokens.append(QJsonObject {{QStringLiteral("token"), kCanary}, {QStringLiteral("userId"), 1},
                                   {QStringLiteral("scopes"), QJsonArray {QStringLiteral("phones:read"), QStringLiteral("phones:write")}}});
        fixture[QLatin1String("tokens")] = tokens;
        QFile file(m_home.filePath(QStringLiteral("fixture.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(fixture).toJson());
        file.close();
        m_server = test::startServer({QStringLiteral("--fixture"), file.fileName()});
        QVERIFY(m_server->url().isValid());
    }

    void withoutAKeychainTheTokenIsAskedAtEveryStart()
    {
        if (haveSecretService())
            QSKIP("runs where no Secret Service answers (the tst_token_flow entry)");
        for (int start = 1; start <= 2; ++start) {
            int asked = 0;
            app::Application app(options());
            app.setTokenPrompt([&](QWidget*, const QString&) {
                ++asked;
                return std::optional<QString>(kCanary);
            });
            QCOMPARE(app.start(), QString());
            auto* notice = app.window()->findChild<ui::MessageBar*>(QStringLiteral("noticeBar"));
            QTRY_VERIFY(notice->isVisible());
            // One sentence for people; what the keychain said (dbus-launch, …) behind Details (16.16).
            QCOMPARE(notice->text(), QStringLiteral("No system keychain is available, so PhoneDesk keeps the API token for this "
                                                    "session only and will ask for it again at the next start."));
            QVERIFY2(notice->details().startsWith(QLatin1String("The keychain said: ")) && notice->details().size() > 20,
                     qPrintable(notice->details()));
            QVERIFY(notice->findChild<QLabel*>(QStringLiteral("detailsLink"))->isVisible());
            QTRY_COMPARE(rows(app), 26);
            QCOMPARE(asked, 1); // every start asks once
        }
        noFileHoldsTheToken();
    }

    void withAKeychainTheTokenIsAskedOnce()
    {
        if (!haveSecretService())
            QSKIP("needs a Secret Service (the tst_token_flow_keychain entry runs one)");
        int asked = 0;
        for (int start = 1; start <= 2; ++start) {
            app::Application app(options());
            app.setTokenPrompt([&](QWidget*, const QString&) {
                ++asked;
                return std::optional<QString>(kCanary);
            });
            QCOMPARE(app.start(), QString());
            QTRY_COMPARE_WITH_TIMEOUT(rows(app), 26, 10000);
            QVERIFY(!app.window()->findChild<ui::MessageBar*>(QStringLiteral("noticeBar"))->isVisible());
        }
        QCOMPARE(asked, 1); // the second start read it from the keychain
        noFileHoldsTheToken();
    }

    void aTokenRenewedAfterARejectionIsKeptForTheNextStart()
    {
        if (!haveSecretService())
            QSKIP("needs a Secret Service (the tst_token_flow_keychain entry runs one)");
        app::AppOptions renewing = options();
        renewing.profile = QStringLiteral("renewed-%1").arg(QCoreApplication::applicationPid());
        QStringList asked;
        {
            // Nothing in the keychain yet: the user mistypes the token, the server rejects it, the
            // user types the right one.
            app::Application app(renewing);
            QStringList answers {QStringLiteral("mistyped"), kCanary};
            app.setTokenPrompt([&](QWidget*, const QString& why) {
                asked << why;
                return std::optional<QString>(answers.takeFirst());
            });
            QCOMPARE(app.start(), QString());
            QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(online(app), 10000);
            QVERIFY2(asked.last().contains(QLatin1String("rejected")), qPrintable(asked.last()));
            QTRY_COMPARE_WITH_TIMEOUT(keychainToken(renewing.profile), kCanary, 10000);
        }
        // The next start sends the renewed token, not the rejected one: nobody is asked.
        app::Application app(renewing);
        app.setTokenPrompt([&](QWidget*, const QString& why) {
            asked << why;
            return std::optional<QString>();
        });
        QCOMPARE(app.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(online(app), 10000); // the rows are the cache's until then
        QCOMPARE(asked.size(), 2);
        noFileHoldsTheToken();
    }

    void switchingProfilesSwitchesCacheTableAndServer()
    {
        app::Application app(options());
        app.setTokenPrompt([](QWidget*, const QString&) { return std::optional<QString>(kCanary); });
        QCOMPARE(app.start(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(rows(app), 26, 10000);

        const models::Profile globex {QStringLiteral("globex"), m_server->url(), QLatin1String(demo::kOtherWorkspaceUuid), false};
        app.openProfile(globex, QLatin1String(demo::kOtherWorkspaceToken));
        QCOMPARE(rows(app), 0); // nothing cached for it yet: the table does not keep Acme's rows
        QTRY_COMPARE_WITH_TIMEOUT(rows(app), 4, 10000);
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("globex — PhoneDesk"));

        // Back to Acme: its rows come from the cache at once, before any answer.
        app.openProfile({m_profile, m_server->url(), QLatin1String(demo::kWorkspaceUuid), false}, kCanary);
        QCOMPARE(rows(app), 26);
        QFile settings(models::ProfileStore::defaultPath());
        QVERIFY(settings.fileName().startsWith(m_home.path()));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray wanted = QByteArray("lastProfile=") + m_profile.toUtf8();
        QVERIFY(settings.readAll().contains(wanted));
        QCOMPARE(settings.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    }

private:
    app::AppOptions options() const
    {
        app::AppOptions o;
        o.profile = m_profile;
        o.baseUrl = m_server->url();
        o.workspaceUuid = QLatin1String(demo::kWorkspaceUuid);
        return o;
    }

    static bool online(const app::Application& app)
    {
        return app.window()->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text().startsWith(QLatin1String("Online"));
    }

    static int rows(const app::Application& app)
    {
        return app.window()->findChild<QTableView*>(QStringLiteral("numbersTable"))->model()->rowCount();
    }

    void noFileHoldsTheToken()
    {
        int files = 0;
        for (QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            if (file.fileName().endsWith(QLatin1String("fixture.json")))
                continue; // the server's own fixture, written by this test
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kCanary.toUtf8()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY2(files >= 2, "the settings file and the cache were written"); // so the search looked at something
    }

    QTemporaryDir m_home;
    const QString m_profile = QStringLiteral("acme-%1").arg(QCoreApplication::applicationPid()); // never one an earlier run stored
    std::unique_ptr<server::ServerProcess> m_server;
};

QTEST_MAIN(TestTokenFlow)
#include "tst_token_flow.moc"
