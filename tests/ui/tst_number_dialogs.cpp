// SPDX-License-Identifier: MIT
// The new-number and link dialogs against the real server (writes fixture).
#include "api/ApiClient.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "models/ProviderPhoneModel.h"
#include "tests/support/NextQuestion.h"
#include "tests/support/TestSupport.h"
#include "ui/LinkDialog.h"
#include "ui/MessageBar.h"
#include "ui/NewNumberDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace phonedesk;

namespace {

const QString kOne = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
const QString kPoolA = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QString kSpare = QStringLiteral("cccccccc-0000-4000-8000-000000000004");

// Selects the row of the provider phone with this uuid, as a click would.
bool choose(QTableView* view, const QString& uuid)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(models::ProviderPhoneModel::UuidRole).toString() == uuid) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            return view->selectionModel()->isRowSelected(row);
        }
    }
    return false;
}

} // namespace

class TestNumberDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start({QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/writes.json"))}, kOne, QStringLiteral("admin")), QString());
    }

    void createsFromAChosenProviderPhone()
    {
        ui::NewNumberDialog dialog(*m_env->writer);
        dialog.show();
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("providerPhones"));
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QVERIFY(!create(dialog)->isEnabled());
        // Phones linked to other numbers are listed but cannot be chosen.
        QVERIFY(!choose(table, QStringLiteral("cccccccc-0000-4000-8000-000000000001")));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("phoneSearch")), QStringLiteral("pool"));
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(choose(table, kPoolA));
        QVERIFY(!create(dialog)->isEnabled()); // no name yet
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("SF billing"));
        QVERIFY(create(dialog)->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(create(dialog), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(dialog.created().phoneNumber, QStringLiteral("+14155550142"));
        QCOMPARE(dialog.created().providerPhoneUuid, kPoolA);
        QCOMPARE(m_env->store->numbers().last().name, QStringLiteral("SF billing"));
    }

    void createsFromATypedNumberInvalidThenValid()
    {
        ui::NewNumberDialog dialog(*m_env->writer);
        dialog.setRegion(QStringLiteral("US"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QRadioButton*>(QStringLiteral("byNumber")), Qt::LeftButton, {}, QPoint(4, 4));
        auto* typed = dialog.findChild<QLineEdit*>(QStringLiteral("typedNumber"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Typed line"));
        auto* hint = dialog.findChild<QLabel*>(QStringLiteral("typedNumberHint"));
        QTest::keyClicks(typed, QStringLiteral("12345"));
        QVERIFY(!ui::fieldError(typed).isEmpty());
        QCOMPARE(hint->text(), ui::fieldError(typed)); // in words, under the field, not only on hover
        QCOMPARE(hint->text(), QStringLiteral("Not a phone number: type it as dialled in United States, or with + and the country code, like +44 20 7946 0123."));
        QVERIFY(!create(dialog)->isEnabled());
        // What people paste: the "(0)" of a national number is not part of it.
        typed->clear();
        QTest::keyClicks(typed, QStringLiteral("+44 (0)20 7946 0456"));
        QCOMPARE(typed->text(), QStringLiteral("+44 (0)20 7946 0456")); // the text stays as typed
        QCOMPARE(hint->text(), QStringLiteral("✓ +44 20 7946 0456 (sent as +442079460456)"));
        typed->clear();
        QTest::keyClicks(typed, QStringLiteral("415 555"));
        QVERIFY(!create(dialog)->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("-0142"));
        QCOMPARE(ui::fieldError(typed), QString());
        QCOMPARE(hint->text(), QStringLiteral("✓ +1 415-555-0142 (sent as +14155550142)"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(create(dialog), Qt::LeftButton);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(dialog.created().providerPhoneUuid, kPoolA);
    }

    void aConflictShowsInTheBarAndTheDialogStays()
    {
        ui::NewNumberDialog dialog(*m_env->writer);
        dialog.setRegion(QStringLiteral("US"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QRadioButton*>(QStringLiteral("byNumber")), Qt::LeftButton, {}, QPoint(4, 4));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("typedNumber")), QStringLiteral("+1 415 555 0101"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Twice"));
        QTest::mouseClick(create(dialog), Qt::LeftButton);
        auto* bar = dialog.findChild<ui::MessageBar*>();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Conflict: +14155550101 is already a number of this workspace"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("name"))->text(), QStringLiteral("Twice"));
    }

    void aServerRefusalIsMarkedOnTheField()
    {
        test::RawPeer strict("HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\nContent-Length: 84\r\n\r\n"
                             R"({"detail": [{"loc": ["body", "name"], "msg": "is already used", "type": "x"}]}      )");
        m_env->client->setConnection({strict.url(), kOne, QStringLiteral("admin")});
        ui::NewNumberDialog dialog(*m_env->writer);
        dialog.setRegion(QStringLiteral("US"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QRadioButton*>(QStringLiteral("byNumber")), Qt::LeftButton, {}, QPoint(4, 4));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("typedNumber")), QStringLiteral("+1 415 555 0142"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Duplicate"));
        QTest::mouseClick(create(dialog), Qt::LeftButton);
        QTRY_COMPARE(ui::fieldError(dialog.findChild<QLineEdit*>(QStringLiteral("name"))), QStringLiteral("is already used"));
    }

    void linkRelinkAndUnlink()
    {
        {
            ui::LinkDialog dialog(*m_env->writer, number(12));
            dialog.show();
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("currentLink"))->text().contains(QLatin1String("is not linked")));
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("unlinkButton"))->isEnabled());
            auto* table = dialog.findChild<QTableView*>(QStringLiteral("providerPhones"));
            QTRY_COMPARE(table->model()->rowCount(), 4);
            QVERIFY(choose(table, kPoolA));
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("linkButton")), Qt::LeftButton);
            QVERIFY(accepted.wait(10000));
        }
        QCOMPARE(number(12).providerPhoneUuid, kPoolA);
        QCOMPARE(number(12).phoneNumber, QStringLiteral("+14155550142"));
        {
            ui::LinkDialog dialog(*m_env->writer, number(12));
            dialog.show();
            QTRY_VERIFY(dialog.findChild<QLabel*>(QStringLiteral("currentLink"))->text().contains(QLatin1String("+1 415-555-0142 (Pool A)")));
            auto* table = dialog.findChild<QTableView*>(QStringLiteral("providerPhones"));
            QTRY_COMPARE(table->model()->rowCount(), 4);
            QVERIFY(choose(table, kSpare));
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("linkButton")), Qt::LeftButton);
            QVERIFY(accepted.wait(10000));
        }
        QCOMPARE(number(12).providerPhoneUuid, kSpare);
        {
            ui::LinkDialog dialog(*m_env->writer, number(12));
            dialog.show();
            // First the confirmation is declined: nothing happens.
            test::answerNextQuestion(QMessageBox::Cancel);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("unlinkButton")), Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QCOMPARE(number(12).providerPhoneUuid, kSpare);
            test::answerNextQuestion(QMessageBox::Yes);
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("unlinkButton")), Qt::LeftButton);
            QVERIFY(accepted.wait(10000));
        }
        QCOMPARE(number(12).providerPhoneUuid, std::nullopt);
        QCOMPARE(m_env->store->numbers().at(2).providerPhoneUuid, std::nullopt); // the store has the server's answer
    }

private:
    static QPushButton* create(QDialog& dialog) { return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok); }

    api::PhoneNumber number(qint64 id) const
    {
        auto* call = m_env->client->getPhoneNumber(QString::number(id));
        api::PhoneNumber n;
        QObject::connect(call, &api::ApiCall::finished, call, [&] { n = call->value(); });
        test::finish(call);
        return n;
    }

    std::unique_ptr<test::SyncedStore> m_env;
};

QTEST_MAIN(TestNumberDialogs)
#include "tst_number_dialogs.moc"
