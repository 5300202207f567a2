// SPDX-License-Identifier: MIT
// Copy as curl: the command the app writes for each request, run with the real curl against the
// real server, answers as the app's own call does; the token is never in it; the change
// journal's entries copy the body exactly as it was sent.
#include "api/ApiClient.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace phonedesk;
using api::WireRequest;

class TestCurl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
                 "curl is not installed: scripts/lib.sh installs it with the other packages");
    }

    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start(), QString());
    }
    void cleanup() { m_env.reset(); }

    void theCommandNamesTheVariableNeverTheToken()
    {
        const QString command = client().curlCommand(WireRequest::get(QStringLiteral("1")));
        QVERIFY2(command.contains(QLatin1String("-H \"Authorization: Bearer $PHONEDESK_TOKEN\"")), qPrintable(command));
        QVERIFY(!command.contains(QLatin1String(demo::kAdminToken)));
        QVERIFY2(command.startsWith(QStringLiteral("curl -g '%1/api/v2/w/%2/phone-numbers/1' \\\n  -H '")
                                        .arg(m_env->server->url().toString(), QLatin1String(demo::kWorkspaceUuid))),
                 qPrintable(command));
        QVERIFY(!command.endsWith(QLatin1Char('\n'))); // a paste never runs it by itself
        // With the variable set to another token the server refuses it, as it refuses the app.
        const QJsonObject refused = test::runCurl(command, QStringLiteral("not-a-token"));
        QVERIFY2(!refused.value(QLatin1String("detail")).toString().isEmpty(), QJsonDocument(refused).toJson().constData());
        QVERIFY(!refused.contains(QLatin1String("id")));
    }

    void aReadAnswersAsTheAppsRead()
    {
        const qint64 id = m_env->store->numbers().first().id;
        const QJsonObject viaCurl = test::runCurl(client().curlCommand(WireRequest::get(QString::number(id))));
        QCOMPARE(viaCurl, appsCopy(id));
        QCOMPARE(viaCurl.value(QLatin1String("id")).toInteger(), id);
        QVERIFY(viaCurl.contains(QLatin1String("phoneNumber")));
    }

    // Each kind of write, sent by curl: the server's answer is what the app reads afterwards.
    void eachWriteLandsAsTheAppThenReadsIt()
    {
        api::PhoneNumber number = m_env->store->numbers().first();
        const QString id = QString::number(number.id);
        // Quotes, a dollar and an umlaut come through the shell as typed.
        const QString name = QStringLiteral("O'Brien \"HQ\" $HOME Zürich");
        QJsonObject answer = test::runCurl(client().curlCommand(WireRequest::update(id, QJsonObject {{QStringLiteral("name"), name}})));
        QCOMPARE(answer.value(QLatin1String("name")).toString(), name);
        QCOMPARE(answer, appsCopy(number.id));

        const std::optional<api::ProviderPhone> spare = test::spareProviderPhone(client());
        QVERIFY(spare);
        api::CreatePhoneNumberRequest create;
        create.name = QStringLiteral("Created by curl");
        create.providerPhoneUuid = spare->uuid;
        answer = test::runCurl(client().curlCommand(WireRequest::create(create)));
        QVERIFY2(answer.contains(QLatin1String("id")), QJsonDocument(answer).toJson().constData());
        QCOMPARE(answer.value(QLatin1String("name")).toString(), create.name);
        const qint64 created = answer.value(QLatin1String("id")).toInteger();
        QCOMPARE(answer, appsCopy(created));

        // Another free phone (one of the pool's) for the link, then unlinked again.
        std::optional<api::ProviderPhone> free;
        for (const api::ProviderPhone& phone : test::answerOf(client().listLinkablePhones()).value_or(QList<api::ProviderPhone>())) {
            if (!phone.linkedPhoneNumberUuid && phone.uuid != spare->uuid)
                free = phone;
        }
        QVERIFY(free);
        answer = test::runCurl(client().curlCommand(WireRequest::link(id, free->uuid)));
        QCOMPARE(answer.value(QLatin1String("providerPhoneUuid")).toString(), free->uuid);
        QCOMPARE(answer, appsCopy(number.id));
        answer = test::runCurl(client().curlCommand(WireRequest::link(id, std::nullopt)));
        QVERIFY(answer.value(QLatin1String("providerPhoneUuid")).isNull());
        QCOMPARE(answer, appsCopy(number.id));

        answer = test::runCurl(client().curlCommand(WireRequest::archive(QString::number(created))));
        QCOMPARE(answer.value(QLatin1String("isArchived")).toBool(), true);
        QCOMPARE(answer, appsCopy(created));
    }

    // The journal's entry of an update made in the app copies as the very request it sent;
    // sent again by curl, the server answers as it answered the app (but for the time).
    void aJournalEntryCopiesTheRequestItSent()
    {
        const api::PhoneNumber number = m_env->store->numbers().first();
        api::UpdatePhoneNumberRequest rename;
        rename.fields = {{QStringLiteral("name"), QStringLiteral("Renamed in the app")}, {QStringLiteral("restartDelay"), 120}};
        QVERIFY(test::writeDone(m_env->writer->update(number, rename)));
        const models::JournalEntry entry = m_env->store->journal().entries().last();
        const QString command = client().curlCommand(entry.request());
        QVERIFY2(command.startsWith(QLatin1String("curl -g -X PUT '")), qPrintable(command));
        QVERIFY2(command.endsWith(QStringLiteral("--data-raw '%1'").arg(QString::fromUtf8(QJsonDocument(entry.sent).toJson(QJsonDocument::Compact)))),
                 qPrintable(command));
        QJsonObject viaCurl = test::runCurl(command);
        QJsonObject viaApp = entry.after;
        QVERIFY(viaApp.contains(QLatin1String("updatedAt")));
        viaCurl.remove(QLatin1String("updatedAt"));
        viaApp.remove(QLatin1String("updatedAt"));
        QCOMPARE(viaCurl, viaApp);
    }

    // What a terminal would act on (DEL erases the quote before it) is escaped in the body the
    // app sends and in the command alike: the bytes on the wire are the command's.
    void theBodyOnTheWireIsTheCommandsAndNoTerminalActsOnIt()
    {
        const QString name = QStringLiteral("end'") + QChar(0x7f) + QStringLiteral("; echo owned #\n") + QChar(0x202e) + QStringLiteral("\\");
        const WireRequest request = WireRequest::update(QStringLiteral("1"), QJsonObject {{QStringLiteral("name"), name}});
        test::RawPeer peer("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
        api::ApiClient toPeer;
        toPeer.setConnection({peer.url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken)});
        test::finish(toPeer.updatePhoneNumber(QStringLiteral("1"), api::UpdatePhoneNumberRequest {*request.body}));
        const QByteArray sent = peer.received.mid(peer.received.indexOf("\r\n\r\n") + 4);
        const QString command = client().curlCommand(request);
        QVERIFY2(command.endsWith(QStringLiteral("--data-raw '%1'").arg(QString::fromUtf8(sent).replace(QLatin1String("'"), QLatin1String("'\\''")))),
                 qPrintable(command + QLatin1String("\n") + QString::fromUtf8(sent)));
        for (const QChar c : command)
            QVERIFY2(c == QLatin1Char('\n') || (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e), qPrintable(command));
        // The server reads the escapes back into the name as typed.
        const QJsonObject answer = test::runCurl(command);
        QCOMPARE(answer.value(QLatin1String("name")).toString(), name);
    }

private:
    api::ApiClient& client() { return *m_env->client; }

    // The number as the app reads it now.
    QJsonObject appsCopy(qint64 id)
    {
        const std::optional<api::PhoneNumber> number = test::answerOf(client().getPhoneNumber(QString::number(id)));
        return number ? QJsonDocument::fromJson(number->json).object() : QJsonObject();
    }

    std::unique_ptr<test::SyncedStore> m_env;
};

QTEST_MAIN(TestCurl)
#include "tst_curl.moc"
