// SPDX-License-Identifier: MIT
// File → Import as an admin uses it, against the real server: the export edited in a spreadsheet
// comes back as exactly its edits; national numbers, new numbers and bad cells; a line whose
// number changed since the export; files that are no clear table are refused whole and send
// nothing; 100,000 lines keep the window responsive.
#include "api/ApiClient.h"
#include "api/JsonMapping.h"
#include "models/BulkRowsModel.h"
#include "models/CsvExport.h"
#include "models/CsvImport.h"
#include "models/NumberStore.h"
#include "tests/support/TestSupport.h"
#include "ui/ImportDialog.h"
#include "ui/MessageBar.h"
#include "ui/Translations.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace phonedesk;
using Outcome = models::BulkEditRow::Outcome;

class TestImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SyncedStore> m_env;

    QString writeFile(const QByteArray& bytes)
    {
        const QString path = m_env->dir.filePath(QStringLiteral("import-%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    int m_files = 0;

    // Opens `bytes` as a file in a new dialog and waits for its preview.
    std::unique_ptr<ui::ImportDialog> preview(const QByteArray& bytes, const QString& region = QStringLiteral("US"))
    {
        auto dialog = std::make_unique<ui::ImportDialog>(*m_env->writer);
        dialog->setRegion(region);
        QSignalSpy ready(dialog.get(), &ui::ImportDialog::previewReady);
        dialog->show();
        dialog->openFile(writeFile(bytes));
        if (!ready.wait(20000))
            return nullptr;
        return dialog;
    }

    static const models::BulkEditRow* planFor(const ui::ImportDialog& dialog, const QString& e164)
    {
        for (const models::BulkEditRow& plan : dialog.plans()) {
            if (plan.number.phoneNumber == e164)
                return &plan;
        }
        return nullptr;
    }

    static qsizetype count(const ui::ImportDialog& dialog, Outcome outcome)
    {
        return std::count_if(dialog.plans().cbegin(), dialog.plans().cend(), [outcome](const auto& p) { return p.outcome == outcome; });
    }

    QHash<qint64, api::PhoneNumber> serverNumbers()
    {
        api::ApiClient other;
        other.setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kWriteToken)});
        QHash<qint64, api::PhoneNumber> byId;
        api::PhoneNumberListCall* list = other.listPhoneNumbers();
        connect(list, &api::ApiCall::finished, this, [&] {
            for (const api::PhoneNumber& n : list->value())
                byId.insert(n.id, n);
        });
        [[maybe_unused]] const api::ApiError error = test::finish(list);
        return byId;
    }

    static QJsonObject withoutTimes(api::PhoneNumber n)
    {
        n.updatedAt = {};
        return api::toJson(n);
    }

private Q_SLOTS:
    void initTestCase() { ui::installTranslations(QStringLiteral("en")); }
    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QVERIFY2(m_env->start().isEmpty(), "the demo server and a synced store");
    }
    void cleanup() { m_env.reset(); }

    void anExportEditedInASpreadsheetImportsExactlyItsEdits()
    {
        const QList<api::PhoneNumber> original = m_env->store->numbers();
        QList<api::PhoneNumber> edited = original;
        QList<int> active;
        for (int i = 0; i < edited.size() && active.size() < 3; ++i) {
            if (!edited.at(i).isArchived)
                active << i;
        }
        QCOMPARE(active.size(), 3);
        api::PhoneNumber& renamed = edited[active[0]];
        renamed.name = QStringLiteral("=Sales, \"West\"\nline two"); // a formula start, a comma, quotes, a line break
        api::PhoneNumber& sms = edited[active[1]];
        sms.enableSms = !sms.enableSms;
        api::PhoneNumber& brand = edited[active[2]];
        brand.brandName = brand.brandName ? std::nullopt : std::optional(QStringLiteral("Müller & Söhne"));
        // As a spreadsheet saves it: a byte order mark, TRUE and FALSE in capitals.
        QByteArray file = "\xEF\xBB\xBF" + models::toCsv(edited);
        file.replace(",true,", ",TRUE,").replace(",false,", ",FALSE,");

        const auto dialog = preview(file);
        QVERIFY(dialog);
        QCOMPARE(dialog->fileError(), QString());
        QCOMPARE(count(*dialog, Outcome::Change), 3);
        QCOMPARE(count(*dialog, Outcome::Skip), original.size() - 3);
        QCOMPARE(count(*dialog, Outcome::Invalid) + count(*dialog, Outcome::Create), 0);
        QCOMPARE(planFor(*dialog, renamed.phoneNumber)->request.fields, (QJsonObject {{QStringLiteral("name"), renamed.name}}));
        QCOMPARE(planFor(*dialog, sms.phoneNumber)->request.fields, (QJsonObject {{QStringLiteral("enableSms"), sms.enableSms}}));
        QCOMPARE(planFor(*dialog, brand.phoneNumber)->request.fields.keys(), QStringList {QStringLiteral("brandName")});
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text(),
                 QStringLiteral("0 to create, 3 to update, %1 unchanged, 0 refused. Nothing is sent before Apply.").arg(original.size() - 3));
        QVERIFY(m_env->store->journal().entries().isEmpty()); // nothing sent before Apply

        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        apply->click();
        auto* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QTRY_VERIFY2(undo->isVisible() && undo->isEnabled(), qPrintable(dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text()));
        const QHash<qint64, api::PhoneNumber> after = serverNumbers();
        for (const api::PhoneNumber& n : edited) // the edits, and nothing else
            QCOMPARE(withoutTimes(after.value(n.id)), withoutTimes(n));
        QCOMPARE(m_env->store->journal().entries().size(), 3);

        undo->click();
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text().startsWith(QLatin1String("Undo: 3 reverted")));
        const QHash<qint64, api::PhoneNumber> undone = serverNumbers();
        for (const api::PhoneNumber& n : original)
            QCOMPARE(withoutTimes(undone.value(n.id)), withoutTimes(n));
    }

    void nationalNumbersNewNumbersAndBadCellsArePreviewedPerLine()
    {
        const std::optional<api::ProviderPhone> spare = test::spareProviderPhone(*m_env->client);
        QVERIFY(spare);
        const QByteArray file = "phoneNumber,name,enableSms\r\n"
                                "(415) 555-0142,Billing hotline (EU),true\r\n" // national, of the US
                                + spare->phoneNumber.toUtf8() + ",Overflow line,false\r\n" // in the pool: created
                                "+16175550999,Nowhere,true\r\n" // neither in the workspace nor in the pool
                                "+14155550100,Main customer line,maybe\r\n"
                                "not a number,X,true\r\n";
        const auto dialog = preview(file);
        QVERIFY(dialog);
        const models::BulkEditRow* billing = planFor(*dialog, QStringLiteral("+14155550142"));
        QVERIFY(billing);
        QCOMPARE(billing->outcome, Outcome::Change);
        QCOMPARE(billing->request.fields.value(QStringLiteral("name")).toString(), QStringLiteral("Billing hotline (EU)"));
        const models::BulkEditRow* created = planFor(*dialog, spare->phoneNumber);
        QCOMPARE(created->outcome, Outcome::Create);
        QCOMPARE(created->create->providerPhoneUuid, spare->uuid);
        QCOMPARE(created->create->toJson(), (QJsonObject {{QStringLiteral("name"), QStringLiteral("Overflow line")},
                                                          {QStringLiteral("providerPhoneUuid"), spare->uuid},
                                                          {QStringLiteral("enableSms"), false}})); // on by default
        QCOMPARE(planFor(*dialog, QStringLiteral("+16175550999"))->problems.value(QStringLiteral("phoneNumber")),
                 QStringLiteral("Not in this workspace, and no linkable provider phone has this number, so it cannot be created."));
        QCOMPARE(planFor(*dialog, QStringLiteral("+14155550100"))->problems.value(QStringLiteral("enableSms")),
                 QStringLiteral("“maybe” is neither true nor false."));
        QVERIFY(planFor(*dialog, QStringLiteral("not a number"))->problems.value(QStringLiteral("phoneNumber")).contains(QLatin1String("national number of")));
        // Refused lines first, with their line in the file and the reason.
        QCOMPARE(dialog->table()->row(0).planTone, models::BulkRowsModel::Tone::Bad);
        QVERIFY2(dialog->table()->row(0).plan.startsWith(QLatin1String("Line ")), qPrintable(dialog->table()->row(0).plan));

        dialog->findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
        auto* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isVisible() && undo->isEnabled());
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("importRegion"))->isEnabled()); // a new preview would lose Undo
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().startsWith(QLatin1String("1 updated, 1 created, 0 left alone")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("the created number stays")), qPrintable(summary->text()));
        const auto isCreated = [&](const api::PhoneNumber& n) { return n.phoneNumber == spare->phoneNumber && n.name == QLatin1String("Overflow line"); };
        QList<api::PhoneNumber> now = serverNumbers().values();
        QVERIFY(std::any_of(now.cbegin(), now.cend(), isCreated));
        QCOMPARE(m_env->store->journal().entries().size(), 2);

        undo->click(); // reverts the update; the created number stays
        QTRY_VERIFY(summary->text().startsWith(QLatin1String("Undo: 1 reverted")));
        now = serverNumbers().values();
        QVERIFY(std::any_of(now.cbegin(), now.cend(), isCreated));
        QVERIFY(std::any_of(now.cbegin(), now.cend(), [](const api::PhoneNumber& n) { return n.name == QLatin1String("Billing hotline"); }));
    }

    void aLineWhoseNumberChangedSinceTheExportIsRefused()
    {
        const QList<api::PhoneNumber> exported = m_env->store->numbers();
        const api::PhoneNumber theirs = exported.first(); // another admin renames it after the export
        api::ApiClient other;
        other.setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kWriteToken)});
        api::UpdatePhoneNumberRequest rename;
        rename.fields.insert(QStringLiteral("name"), QStringLiteral("Renamed by someone else"));
        QVERIFY(test::finish(other.updatePhoneNumber(QString::number(theirs.id), rename)).ok());
        m_env->store->refresh();
        QTRY_COMPARE(m_env->store->number(theirs.id)->name, QStringLiteral("Renamed by someone else"));

        const auto dialog = preview(models::toCsv(exported)); // the file still has the old name
        QVERIFY(dialog);
        const models::BulkEditRow* plan = planFor(*dialog, theirs.phoneNumber);
        QCOMPARE(plan->outcome, Outcome::Invalid);
        QVERIFY2(plan->problems.value(QStringLiteral("updatedAt")).startsWith(QLatin1String("Changed on the server since this file was written")),
                 qPrintable(plan->problems.value(QStringLiteral("updatedAt"))));
        QCOMPARE(count(*dialog, Outcome::Change), 0); // the old name would not overwrite theirs
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
    }

    // A phone number archived once and created again: the export has both, each line finds its
    // own number by id, and a line without an id is for the live one.
    void anArchivedAndALiveNumberWithTheSamePhoneNumberAreTwoLines()
    {
        const std::optional<api::ProviderPhone> spare = test::spareProviderPhone(*m_env->client);
        QVERIFY(spare);
        api::CreatePhoneNumberRequest create;
        create.name = QStringLiteral("Overflow (old)");
        create.providerPhoneUuid = spare->uuid;
        const std::optional<api::PhoneNumber> old = test::answerOf(m_env->client->createPhoneNumber(create));
        QVERIFY(old);
        QVERIFY(test::finish(m_env->client->archivePhoneNumber(QString::number(old->id))).ok());
        create.name = QStringLiteral("Overflow (new)");
        const std::optional<api::PhoneNumber> live = test::answerOf(m_env->client->createPhoneNumber(create));
        QVERIFY(live);
        QSignalSpy synced(m_env->store.get(), &models::NumberStore::numbersUpdated);
        m_env->store->refresh();
        QVERIFY(synced.wait(10000));

        const auto exported = preview(models::toCsv(m_env->store->numbers()));
        QVERIFY(exported);
        QCOMPARE(exported->fileError(), QString());
        QCOMPARE(count(*exported, Outcome::Skip), exported->plans().size()); // both lines unchanged

        const auto byPhone = preview("phoneNumber,name\r\n" + spare->phoneNumber.toUtf8() + ",Overflow (renamed)\r\n");
        QVERIFY(byPhone);
        QCOMPARE(byPhone->plans().first().outcome, Outcome::Change);
        QCOMPARE(byPhone->plans().first().number.id, live->id);
    }

    // What a hand-written file or a spreadsheet adds: spaces after commas, lines of commas only, a
    // trailing empty line; and names the export has to guard (a leading apostrophe, spaces).
    void spacesEmptyRowsAndGuardedNamesRoundTrip()
    {
        QList<api::PhoneNumber> edited = m_env->store->numbers();
        auto active = std::find_if(edited.begin(), edited.end(), [](const api::PhoneNumber& n) { return !n.isArchived; });
        active->name = QStringLiteral("'Quoted' line ");
        const auto guarded = preview(models::toCsv(edited));
        QVERIFY(guarded);
        QCOMPARE(count(*guarded, Outcome::Change), 1);
        QCOMPARE(planFor(*guarded, active->phoneNumber)->request.fields.value(QStringLiteral("name")).toString(), active->name);

        const auto spaced = preview("phoneNumber, name, enableVoice\r\n"
                                    "+14155550142, Billing hotline, true\r\n"
                                    ",,\r\n"
                                    "+14155550100 ,Main customer line,TRUE\r\n\r\n");
        QVERIFY(spaced);
        QCOMPARE(spaced->fileError(), QString());
        QCOMPARE(spaced->plans().size(), 2);
        QCOMPARE(count(*spaced, Outcome::Skip), 2);
    }

    void aFileThatIsNoClearTableIsRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        const QByteArray ok = "+14155550100,Main customer line\r\n";
        QTest::newRow("semicolons") << QByteArray("phoneNumber;name\r\n+14155550100;Main\r\n") << QStringLiteral("The columns are separated by semicolons.");
        QTest::newRow("tabs") << QByteArray("phoneNumber\tname\r\n+14155550100\tMain\r\n") << QStringLiteral("The columns are separated by tabs.");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEp\0h\0", 6) << QStringLiteral("The file is UTF-16 text");
        QTest::newRow("Latin-1") << QByteArray("phoneNumber,name\r\n+14155550100,M\xFC" "nchen\r\n") << QStringLiteral("The file is not UTF-8 text.");
        QTest::newRow("NUL") << QByteArray("phoneNumber,name\r\n+1415\0", 24) << QStringLiteral("The file holds NUL bytes");
        QTest::newRow("quote never closed") << QByteArray("phoneNumber,name\r\n" + ok + "+14155550142,\"Billing\r\n") << QStringLiteral("Line 3: a quote opens a cell that never closes.");
        QTest::newRow("text after a quote") << QByteArray("phoneNumber,name\r\n+14155550100,\"Main\" line\r\n") << QStringLiteral("Line 2: text follows a closing quote");
        QTest::newRow("quote in a cell") << QByteArray("phoneNumber,name\r\n+14155550100,Main 5\" line\r\n") << QStringLiteral("Line 2: a quote inside a cell that is not quoted");
        QTest::newRow("unknown column") << QByteArray("phoneNumber,name,notes\r\n+14155550100,Main,x\r\n") << QStringLiteral("Unknown columns: notes.");
        QTest::newRow("column twice") << QByteArray("phoneNumber,name,Name\r\n+14155550100,Main,Other\r\n") << QStringLiteral("The column name is there twice (columns 2 and 3)");
        QTest::newRow("no number column") << QByteArray("name\r\nMain\r\n") << QStringLiteral("There is no phoneNumber column");
        QTest::newRow("cells missing") << QByteArray("phoneNumber,name,enableSms\r\n+14155550100,Main\r\n") << QStringLiteral("Line 2 has 2 cells, the header has 3.");
        QTest::newRow("number twice") << QByteArray("phoneNumber,name\r\n+14155550142,A\r\n" + ok + "(415) 555-0142,B\r\n")
                                      << QStringLiteral("Numbers on more than one line: +14155550142 (lines 2 and 4).");
        QTest::newRow("empty") << QByteArray("\r\n\r\n") << QStringLiteral("The file is empty");
    }

    void aFileThatIsNoClearTableIsRefusedWhole()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        const auto dialog = preview(file);
        QVERIFY(dialog);
        QVERIFY2(dialog->fileError().startsWith(error), qPrintable(dialog->fileError()));
        QCOMPARE(dialog->findChild<ui::MessageBar*>()->text(), dialog->fileError()); // shown as it is
        QVERIFY(dialog->plans().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());
        QVERIFY(m_env->store->journal().entries().isEmpty());
    }

    void aGigabyteFileIsRefusedBeforeItIsRead()
    {
        const QString path = m_env->dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("phoneNumber,name\r\n") > 0 && file.resize(qint64(1) << 30)); // sparse
        file.close();
        const models::CsvImport read = models::CsvImport::read(path, QStringLiteral("US"));
        QVERIFY2(read.error().startsWith(QLatin1String("huge.csv is 1")) && read.error().contains(QLatin1String("an import reads at most")),
                 qPrintable(read.error()));
        QVERIFY(read.rows().isEmpty());
    }

    void aHundredThousandLinesArePlannedWhileTheWindowResponds()
    {
        QByteArray file = "phoneNumber,name,enableSms\r\n";
        for (int i = 0; i < 100000; ++i)
            file += "+1415" + QByteArray::number(2000000 + i) + ",Line " + QByteArray::number(i) + ",true\r\n";
        auto dialog = std::make_unique<ui::ImportDialog>(*m_env->writer);
        QSignalSpy ready(dialog.get(), &ui::ImportDialog::previewReady);
        dialog->openFile(writeFile(file));
        auto* progress = dialog->findChild<QProgressBar*>();
        // The event loop runs between slices: the progress is seen part of the way.
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || (progress->maximum() == 100000 && progress->value() > 0 && progress->value() < 100000), 20000);
        QVERIFY2(ready.isEmpty(), "planning 100,000 lines went by without the event loop running in between");
        QVERIFY(ready.wait(60000));
        QCOMPARE(dialog->plans().size(), 100000);
        QCOMPARE(count(*dialog, Outcome::Invalid), 100000); // none of them is in the pool
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
