// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"
#include "app/Application.h"
#include "app/FirstPaintReport.h"
#include "common/QuitOnSignal.h"
#include "ui/IconTheme.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("phonedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    // The command line first, without a display: --help, --version and a mistake are answered
    // on a terminal over ssh too, in the language asked for.
    phonedesk::app::AppOptions options;
    {
        QCoreApplication terminal(argc, argv);
        nameTheApplication();
        phonedesk::ui::installTranslations(phonedesk::ui::languageArgument(QCoreApplication::arguments()));
        if (const QString problem = phonedesk::app::AppOptions::parse(QCoreApplication::arguments(), options);
            !problem.isEmpty()) {
            std::fprintf(stderr, "phonedesk: %s\n", qPrintable(problem));
            return 2;
        }
    }
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("PhoneDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.phonedesk.PhoneDesk"));
    phonedesk::ui::installTranslations(phonedesk::ui::languageArgument(QApplication::arguments()));
    phonedesk::ui::installIconTheme(QApplication::palette());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.phonedesk.PhoneDesk.svg")));

    phonedesk::app::Application phonedesk(options);
    if (const QString problem = phonedesk.start(); !problem.isEmpty()) {
        std::fprintf(stderr, "phonedesk: %s\n", qPrintable(problem));
        return 2;
    }
    phonedesk::app::reportFirstPaintedRows();
    phonedesk::server::quitOnSignals();
    return QApplication::exec();
}
