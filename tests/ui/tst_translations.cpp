// SPDX-License-Identifier: MIT
// The German translation is complete: every string in the sources has one (checked with lupdate
// against the sources as they are now), the window and dialogs ask for no string it lacks, plural
// forms follow the count, and the app follows the system language unless --lang says otherwise.
#include "api/ApiClient.h"
#include "models/NumberStore.h"
#include "models/PhoneNumberModel.h"
#include "models/RelativeTime.h"
#include "tests/support/TestSupport.h"
#include "ui/BulkEditDialog.h"
#include "ui/EditNumberDialog.h"
#include "ui/JournalDialog.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QDomDocument>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace phonedesk;

namespace {

// Asked only when every other translator had nothing: records what is missing.
class MissingStrings : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (QByteArray(context).startsWith("phonedesk::") || ours.contains(QLatin1String(context)))
            missing.insert(QStringLiteral("%1: %2").arg(QLatin1String(context), QString::fromUtf8(source)));
        return {};
    }
    bool isEmpty() const override { return false; }
    QSet<QString> ours; // the plain contexts of PhoneDesk's strings ("FieldGroups")
    mutable QSet<QString> missing;
};

QStringList untranslated(const QString& tsPath, QSet<QString>* contexts = nullptr)
{
    QFile file(tsPath);
    QDomDocument ts;
    if (!file.open(QIODevice::ReadOnly) || !ts.setContent(&file))
        return {QStringLiteral("cannot read ") + tsPath};
    QStringList missing;
    const QDomNodeList messages = ts.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        bool empty = translation.text().trimmed().isEmpty();
        for (QDomElement form = translation.firstChildElement(QStringLiteral("numerusform")); !form.isNull();
             form = form.nextSiblingElement(QStringLiteral("numerusform")))
            empty = empty || form.text().trimmed().isEmpty();
        if (contexts)
            contexts->insert(message.parentNode().firstChildElement(QStringLiteral("name")).text());
        if (empty || translation.attribute(QStringLiteral("type")) == QLatin1String("unfinished"))
            missing << message.firstChildElement(QStringLiteral("source")).text();
    }
    return missing;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringInTheSourcesHasAGermanTranslation()
    {
        // lupdate over today's sources, into a copy of the German file: a string added without
        // a translation shows up as unfinished there.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("phonedesk_de.ts"));
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("translations/phonedesk_de.ts")), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QStringList arguments;
        for (const char* folder : {"api", "models", "ui", "app"})
            arguments << test::sourcePath(QLatin1String(folder));
        // Includes name their folder ("ui/MainWindow.h"): lupdate finds them from the top.
        arguments << QStringLiteral("-I") << test::sourcePath(QStringLiteral(".")) << QStringLiteral("-no-obsolete") << QStringLiteral("-locations") << QStringLiteral("none")
                  << QStringLiteral("-ts") << copy;
        const test::ProcessRun lupdate = test::runToEnd(qEnvironmentVariable("PHONEDESK_LUPDATE"), arguments, 240000);
        QVERIFY2(lupdate.exitCode == 0, qPrintable(lupdate.output));
        const QStringList missing = untranslated(copy);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings without German:\n").arg(missing.size()) + missing.join(QLatin1Char('\n'))));
        QVERIFY(untranslated(test::sourcePath(QStringLiteral("translations/phonedesk_de.ts"))).isEmpty());
    }

    void theGermanWindowAndDialogsAskForNoMissingString()
    {
        MissingStrings spy;
        untranslated(test::sourcePath(QStringLiteral("translations/phonedesk_de.ts")), &spy.ours);
        QVERIFY(spy.ours.contains(QStringLiteral("FieldGroups")));
        QCoreApplication::installTranslator(&spy); // asked last
        QCOMPARE(ui::installTranslations(QStringLiteral("de")), QStringLiteral("de_DE"));

        test::SyncedStore env;
        QCOMPARE(env.start(), QString());
        ui::MainWindow window(*env.writer);
        window.show();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text(), QStringLiteral("26 von 29 Nummern angezeigt"));
        // Columns fit their German header and values, "Nicht verknüpft" uncut.
        auto* table = window.findChild<QTableView*>(QStringLiteral("numbersTable"));
        const QFontMetrics metrics(table->font());
        for (int column = 0; column + 1 < models::PhoneNumberModel::kShownByDefault; ++column) { // the last one stretches
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(table->columnWidth(column) > QFontMetrics(table->horizontalHeader()->font()).horizontalAdvance(title), qPrintable(title));
        }
        QVERIFY(table->columnWidth(models::PhoneNumberModel::ProviderColumn) > metrics.horizontalAdvance(QStringLiteral("Nicht verknüpft")));
        const api::PhoneNumber first = env.store->numbers().first();
        for (QAction* action : window.findChildren<QAction*>())
            action->menu() ? action->menu()->aboutToShow() : void(); // fill menus built on demand
        {
            ui::EditNumberDialog edit(*env.writer, first, &window);
            edit.show();
            // Qt's own buttons speak German too (qtbase_de from qt6-translations-l10n).
            auto* buttons = edit.findChild<QDialogButtonBox*>();
            QCOMPARE(buttons->button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')), QStringLiteral("Speichern"));
            QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
            ui::BulkEditDialog bulk(*env.writer, env.store->numbers(), &window);
            bulk.setField(QStringLiteral("voiceWorkMode"), QStringLiteral("always_forward"));
            bulk.showPreview();
            QVERIFY(bulk.windowTitle().startsWith(QLatin1String("29 Nummern")));
            ui::JournalDialog journal(*env.writer, &window);
            journal.show();
        }
        QCoreApplication::removeTranslator(&spy);
        QVERIFY2(spy.missing.isEmpty(), qPrintable(QStringList(spy.missing.values()).join(QLatin1Char('\n'))));
    }

    void pluralsFollowTheCountInEachLanguage()
    {
        ui::installTranslations(QStringLiteral("de"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(models::relativeTime(now.addDays(-1), now), QStringLiteral("vor 1 Tag"));
        QCOMPARE(models::relativeTime(now.addDays(-3), now), QStringLiteral("vor 3 Tagen"));
        ui::installTranslations(QStringLiteral("en"));
        QCOMPARE(models::relativeTime(now.addDays(-1), now), QStringLiteral("1 day ago"));
        QCOMPARE(models::relativeTime(now.addDays(-3), now), QStringLiteral("3 days ago"));
        QCOMPARE(QCoreApplication::translate("phonedesk::ui::MainWindow", "Copied %n numbers", nullptr, 1), QStringLiteral("Copied 1 number"));
    }

    void theAppFollowsTheSystemLanguageAndLangOverridesIt()
    {
        const auto help = [](const QString& lang, const QStringList& extra) {
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("LC_ALL"));
            env.remove(QStringLiteral("LC_MESSAGES"));
            env.insert(QStringLiteral("LANG"), lang);
            app.setProcessEnvironment(env);
            app.start(qEnvironmentVariable("PHONEDESK_APP"), QStringList {QStringLiteral("--help")} + extra);
            app.waitForFinished(10000);
            return QString::fromUtf8(app.readAllStandardOutput());
        };
        QVERIFY(help(QStringLiteral("de_DE.UTF-8"), {}).contains(QStringLiteral("Die Rufnummern eines Workspaces")));
        QVERIFY(help(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--lang"), QStringLiteral("en")}).contains(QStringLiteral("Manage the phone numbers")));
        QVERIFY(help(QStringLiteral("C.UTF-8"), {QStringLiteral("--lang=de")}).contains(QStringLiteral("Sprache des Fensters")));
        QVERIFY(help(QStringLiteral("C.UTF-8"), {}).contains(QStringLiteral("Language of the window")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
