// SPDX-License-Identifier: MIT
#include "AppOptions.h"
#include "Application.h"
#include "FirstPaintReport.h"
#include "QuitOnSignal.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("phonedesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PhoneDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PHONEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.phonedesk.PhoneDesk"));

    phonedesk::app::AppOptions options;
    if (const QString problem = phonedesk::app::AppOptions::parse(QApplication::arguments(), options);
        !problem.isEmpty()) {
        std::fprintf(stderr, "phonedesk: %s\n", qPrintable(problem));
        return 2;
    }
    phonedesk::app::Application phonedesk(options);
    if (const QString problem = phonedesk.start(); !problem.isEmpty()) {
        std::fprintf(stderr, "phonedesk: %s\n", qPrintable(problem));
        return 2;
    }
    phonedesk::app::reportFirstPaintedRows();
    phonedesk::server::quitOnSignals();
    return QApplication::exec();
}
