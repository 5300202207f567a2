// SPDX-License-Identifier: MIT
// The edit dialog against the real server (writes fixture, number 12 "Plain line").
#include "api/ApiClient.h"
#include "api/JsonMapping.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "tests/support/NextQuestion.h"
#include "tests/support/TestSupport.h"
#include "ui/ConflictDialog.h"
#include "ui/EditNumberDialog.h"
#include "ui/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace phonedesk;

namespace {

const QString kOne = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

} // namespace

class TestEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start({QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/writes.json"))}, kOne, QStringLiteral("admin")), QString());
        m_dialog = std::make_unique<ui::EditNumberDialog>(*m_env->writer, number(12));
        m_dialog->show();
    }

    void cleanup() { m_dialog.reset(); }

    void startsFilledAndUnchanged()
    {
        QCOMPARE(line("name")->text(), QStringLiteral("Plain line"));
        QCOMPARE(line("restartDelay")->text(), QStringLiteral("300"));
        QCOMPARE(m_dialog->findChild<QComboBox*>(QStringLiteral("voiceWorkMode"))->currentText(), QStringLiteral("Always forward"));
        QVERIFY(m_dialog->findChild<QCheckBox*>(QStringLiteral("enableVoice"))->isChecked());
        QVERIFY(!save()->isEnabled());
        QCOMPARE(save()->toolTip(), QStringLiteral("Nothing has changed yet."));
    }

    void eachRuleIsShownOnItsFieldUntilFixed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("good");
        QTest::addColumn<QString>("marked"); // where the error shows
        QTest::newRow("empty name") << QStringLiteral("name") << QString() << QStringLiteral("Front desk") << QStringLiteral("name");
        QTest::newRow("delay not a number") << QStringLiteral("restartDelay") << QStringLiteral("soon") << QStringLiteral("60") << QStringLiteral("restartDelay");
        QTest::newRow("delay over a week") << QStringLiteral("restartDelay") << QStringLiteral("604801") << QStringLiteral("604800") << QStringLiteral("restartDelay");
        QTest::newRow("website") << QStringLiteral("brandWebsite") << QStringLiteral("acme dot com") << QStringLiteral("https://acme.example") << QStringLiteral("brandWebsite");
        QTest::newRow("forward number") << QStringLiteral("voiceForwardNumber") << QStringLiteral("555-0199") << QStringLiteral("+14155550198") << QStringLiteral("voiceForwardNumber");
        QTest::newRow("forwarding needs a number") << QStringLiteral("voiceForwardNumber") << QString() << QStringLiteral("+14155550198") << QStringLiteral("voiceForwardNumber");
        QTest::newRow("workflow id") << QStringLiteral("defaultWorkflowId") << QStringLiteral("0") << QStringLiteral("3") << QStringLiteral("defaultWorkflowId");
    }

    void eachRuleIsShownOnItsFieldUntilFixed()
    {
        QFETCH(QString, field);
        QFETCH(QString, bad);
        QFETCH(QString, good);
        QFETCH(QString, marked);
        retype(line(field), bad);
        QVERIFY2(!ui::fieldError(m_dialog->findChild<QWidget*>(marked)).isEmpty(), qPrintable(marked));
        QVERIFY(!save()->isEnabled());
        QCOMPARE(save()->toolTip(), QStringLiteral("Fix the marked fields first."));
        QVERIFY(!tabs()->tabIcon(tabOf(marked)).isNull());
        auto* problems = m_dialog->findChild<QLabel*>(QStringLiteral("problems"));
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(ui::fieldError(m_dialog->findChild<QWidget*>(marked))), qPrintable(problems->text()));
        retype(line(field), good);
        QVERIFY(!problems->isVisible());
        QVERIFY(tabs()->tabIcon(tabOf(marked)).isNull());
        QCOMPARE(ui::fieldError(m_dialog->findChild<QWidget*>(marked)), QString());
        QVERIFY(save()->isEnabled());
    }

    // Every phone field reads what people type (spaces, brackets, "(0)") and sends E.164; the
    // note under it says what will be sent, or why nothing can be, in words (16.3, 16.8).
    void aForwardNumberIsReadAsTypedAndSentInE164()
    {
        retype(line("voiceForwardNumber"), QStringLiteral("+44 (0)20 7946 0456"));
        QCOMPARE(ui::fieldError(line("voiceForwardNumber")), QString());
        QCOMPARE(ui::fieldNoteText(line("voiceForwardNumber")), QStringLiteral("✓ +44 20 7946 0456 (sent as +442079460456)"));
        retype(line("voiceForwardNumber"), QStringLiteral("12345"));
        QCOMPARE(ui::fieldNoteText(line("voiceForwardNumber")), ui::fieldError(line("voiceForwardNumber")));
        QVERIFY2(ui::fieldNoteText(line("voiceForwardNumber")).startsWith(QStringLiteral("Not a phone number")),
                 qPrintable(ui::fieldNoteText(line("voiceForwardNumber"))));
        retype(line("voiceForwardNumber"), QStringLiteral("+1 415 555 0188"));
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QVERIFY(save()->isEnabled());
        QTest::mouseClick(save(), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(number(12).voiceForwardNumber, QStringLiteral("+14155550188"));
    }

    // Escape, Cancel or closing the window with unsaved changes asks first (16.4).
    void unsavedChangesAreAskedForBeforeTheyAreThrownAway()
    {
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape); // nothing changed: it just closes
        QVERIFY(!m_dialog->isVisible());
        m_dialog->show();
        retype(line("name"), QStringLiteral("Front desk"));
        test::answerNextQuestion(QMessageBox::Cancel); // "Keep editing"
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(line("name")->text(), QStringLiteral("Front desk"));
        test::answerNextQuestion(QMessageBox::Cancel);
        m_dialog->close();
        QVERIFY(m_dialog->isVisible());
        test::answerNextQuestion(QMessageBox::Discard);
        QTest::mouseClick(m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(number(12).name, QStringLiteral("Plain line"));
    }

    void aFlagThatNeedsARoleAsksForIt()
    {
        tabs()->setCurrentIndex(1);
        QTest::mouseClick(m_dialog->findChild<QCheckBox*>(QStringLiteral("allowSignup")), Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(!ui::fieldError(line("signupMemberRoleId")).isEmpty());
        QVERIFY(!tabs()->tabIcon(1).isNull()); // the routing tab is marked
        QVERIFY(!save()->isEnabled());
        QTest::keyClicks(line("signupMemberRoleId"), QStringLiteral("4"));
        QVERIFY(tabs()->tabIcon(1).isNull());
        QVERIFY(save()->isEnabled());
    }

    void messagesCountTheirCharacters()
    {
        auto* greeting = m_dialog->findChild<QPlainTextEdit*>(QStringLiteral("voiceGreetingMessage"));
        auto* counter = m_dialog->findChild<QLabel*>(QStringLiteral("voiceGreetingMessageCounter"));
        QCOMPARE(counter->text(), QStringLiteral("0 / 2000"));
        QTest::keyClicks(greeting, QStringLiteral("Hello"));
        QCOMPARE(counter->text(), QStringLiteral("5 / 2000"));
        greeting->setPlainText(QString(2001, QLatin1Char('x')));
        QCOMPARE(counter->text(), QStringLiteral("2001 / 2000"));
        QVERIFY(!save()->isEnabled());
    }

    void savesAtOnceWhenNothingChangedMeanwhile()
    {
        retype(line("name"), QStringLiteral("Front desk"));
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QSignalSpy changed(m_env->store.get(), &models::NumberStore::numberChanged);
        QTest::mouseClick(save(), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QVERIFY(!m_dialog->findChild<ui::ConflictDialog*>());
        QCOMPARE(number(12).name, QStringLiteral("Front desk"));
        QCOMPARE(changed.size(), 1); // the server's answer, once: the table and the cache change once
        QTRY_COMPARE(m_env->cache->numbers(QStringLiteral("p")).at(2).name, QStringLiteral("Front desk")); // written by the writer thread
    }

    void aChangeMadeMeanwhileIsShownAndApplyingKeepsIt()
    {
        // Another admin changes the brand after this dialog opened.
        ui::ConflictDialog* conflict = saveAfterTheyChanged(QStringLiteral("brandName"), QStringLiteral("Their brand"), QStringLiteral("Front desk"));
        QVERIFY(conflict);
        // Side by side: the field they changed and the field the user changed; no clash.
        QCOMPARE(conflict->fields(), (QStringList {QStringLiteral("name"), QStringLiteral("brandName")}));
        QVERIFY(conflict->conflicting().isEmpty());
        QCOMPARE(rowTexts(conflict, 0), (QStringList {QStringLiteral("Name"), QStringLiteral("Plain line"), QStringLiteral("Plain line"), QStringLiteral("Front desk")}));
        QCOMPARE(rowTexts(conflict, 1).mid(2), (QStringList {QStringLiteral("Their brand"), QStringLiteral("(not changed: the server's value stays)")}));
        // The table already shows the server's copy, whatever the user decides.
        QCOMPARE(m_env->store->numbers().at(2).brandName, QStringLiteral("Their brand"));

        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("applyMine")), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        // The dialog's stale brand was not sent: the server kept theirs.
        QCOMPARE(number(12).name, QStringLiteral("Front desk"));
        QCOMPARE(number(12).brandName, QStringLiteral("Their brand"));
        QTRY_COMPARE(m_env->cache->numbers(QStringLiteral("p")).at(2).name, QStringLiteral("Front desk")); // written by the writer thread
    }

    void reloadShowsTheServersValuesAndSendsNothing()
    {
        ui::ConflictDialog* conflict = saveAfterTheyChanged(QStringLiteral("name"), QStringLiteral("Their name"), QStringLiteral("My name"));
        QVERIFY(conflict);
        QCOMPARE(conflict->conflicting(), QStringList {QStringLiteral("name")}); // changed on both sides
        QVERIFY(conflict->findChild<QPushButton*>(QStringLiteral("backToEditing"))->isDefault());
        QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("reload")), Qt::LeftButton);
        QTRY_COMPARE(line("name")->text(), QStringLiteral("Their name"));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!save()->isEnabled()); // nothing changed against the server's copy
        QCOMPARE(number(12).name, QStringLiteral("Their name"));
        // Editing again and saving now goes through without a conflict.
        retype(line("name"), QStringLiteral("My name"));
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QTest::mouseClick(save(), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(number(12).name, QStringLiteral("My name"));
    }

    void backToEditingKeepsTheInputAndSendsNothing()
    {
        ui::ConflictDialog* conflict = saveAfterTheyChanged(QStringLiteral("name"), QStringLiteral("Their name"), QStringLiteral("My name"));
        QVERIFY(conflict);
        QTest::keyClick(conflict, Qt::Key_Escape);
        QTRY_VERIFY(save()->isEnabled());
        QCOMPARE(line("name")->text(), QStringLiteral("My name"));
        QCOMPARE(number(12).name, QStringLiteral("Their name"));
    }

    void aServerRefusalMarksTheNamedFieldAndKeepsTheInput()
    {
        // A server with a rule this client does not know (a hostile answer is fine to fake): it
        // returns the number unchanged, and refuses the update.
        const QByteArray current = QJsonDocument(api::toJson(m_env->store->numbers().at(2))).toJson(QJsonDocument::Compact);
        const QByteArray refusal = R"({"detail": [{"loc": ["body", "brandName"], "msg": "is on the deny list", "type": "x"}]})";
        test::RawPeer* peer = nullptr;
        test::RawPeer strict([&](QTcpSocket* socket) {
            const bool put = peer->received.lastIndexOf("PUT ") > peer->received.lastIndexOf("GET ");
            const QByteArray body = put ? refusal : current;
            socket->write((put ? "HTTP/1.1 422 Unprocessable Entity" : "HTTP/1.1 200 OK") + QByteArray("\r\nContent-Type: application/json\r\nContent-Length: ")
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        peer = &strict;
        m_env->client->setConnection({strict.url(), kOne, QStringLiteral("admin")});
        retype(line("brandName"), QStringLiteral("Forbidden Brand"));
        QTest::mouseClick(save(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->findChild<ui::MessageBar*>()->isVisible());
        QCOMPARE(m_dialog->findChild<ui::MessageBar*>()->text(), QStringLiteral("The server refused some fields; they are marked."));
        QCOMPARE(ui::fieldError(line("brandName")), QStringLiteral("The server says: is on the deny list"));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(line("brandName")->text(), QStringLiteral("Forbidden Brand"));
        QVERIFY(!save()->isEnabled());
        QTest::keyClicks(line("brandName"), QStringLiteral("!")); // editing the field clears the server's mark
        QCOMPARE(ui::fieldError(line("brandName")), QString());
    }

    void anotherErrorShowsInTheBar()
    {
        // The number is archived by someone else meanwhile.
        QVERIFY(test::finish(m_env->client->archivePhoneNumber(QStringLiteral("12"))).ok());
        retype(line("name"), QStringLiteral("Too late"));
        QTest::mouseClick(save(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->findChild<ui::MessageBar*>()->isVisible());
        QVERIFY2(m_dialog->findChild<ui::MessageBar*>()->text().contains(QLatin1String("archived")),
                 qPrintable(m_dialog->findChild<ui::MessageBar*>()->text()));
        QCOMPARE(line("name")->text(), QStringLiteral("Too late"));
        QVERIFY(save()->isEnabled()); // the user may try again
    }

private:
    // Another admin sets `field` after this dialog opened; the user renames and saves. Returns
    // the conflict view that should follow.
    ui::ConflictDialog* saveAfterTheyChanged(const QString& field, const QString& value, const QString& myName)
    {
        api::ApiClient other;
        other.setConnection({m_env->server->url(), kOne, QStringLiteral("readwrite")});
        api::UpdatePhoneNumberRequest theirs;
        theirs.fields = {{field, value}};
        if (!test::finish(other.updatePhoneNumber(QStringLiteral("12"), theirs)).ok())
            return nullptr;
        retype(line("name"), myName);
        QTest::mouseClick(save(), Qt::LeftButton);
        const bool shown = QTest::qWaitFor([this] { return m_dialog->findChild<ui::ConflictDialog*>() != nullptr; }, 10000);
        return shown ? m_dialog->findChild<ui::ConflictDialog*>() : nullptr;
    }
    static QStringList rowTexts(ui::ConflictDialog* conflict, int row)
    {
        QStringList texts;
        for (int column = 0; column < conflict->table()->columnCount(); ++column)
            texts << conflict->table()->item(row, column)->text();
        return texts;
    }
    QLineEdit* line(const QString& name) const { return m_dialog->findChild<QLineEdit*>(name); }
    QLineEdit* line(const char* name) const { return line(QLatin1String(name)); }
    QPushButton* save() const { return m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save); }
    QTabWidget* tabs() const { return m_dialog->findChild<QTabWidget*>(QStringLiteral("tabs")); }
    int tabOf(const QString& field) const
    {
        for (int tab = 0; tab < tabs()->count(); ++tab) {
            if (tabs()->widget(tab)->isAncestorOf(m_dialog->findChild<QWidget*>(field)))
                return tab;
        }
        return -1;
    }
    api::PhoneNumber number(qint64 id) const
    {
        api::ApiClient reader;
        reader.setConnection({m_env->server->url(), kOne, QStringLiteral("read")});
        auto* call = reader.getPhoneNumber(QString::number(id));
        api::PhoneNumber n;
        QObject::connect(call, &api::ApiCall::finished, call, [&] { n = call->value(); });
        test::finish(call);
        return n;
    }

    std::unique_ptr<test::SyncedStore> m_env;
    std::unique_ptr<ui::EditNumberDialog> m_dialog;
};

QTEST_MAIN(TestEditDialog)
#include "tst_edit_dialog.moc"
