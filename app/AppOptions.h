// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace phonedesk::app {

// What the command line asked for. The token never comes from here: it comes from the
// environment (PHONEDESK_TOKEN) so that it does not show in the process list.
struct AppOptions
{
    bool demo = false;
    bool offline = false;
    bool allowPlainHttp = false;
    QString profile; // empty: the last one used
    QUrl baseUrl;
    QString workspaceUuid;
    QString cachePath; // empty: the default location

    // Parses the arguments; on a problem returns it (for stderr) and leaves the rest unspecified.
    // --help and --version print and exit inside, as QCommandLineParser does.
    static QString parse(const QStringList& arguments, AppOptions& out);
};

} // namespace phonedesk::app
