// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace phonedesk::app {

QString AppOptions::parse(const QStringList& arguments, AppOptions& out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions",
        "Manage the phone numbers of a workspace through the Phone Numbers API v2.\n\n"
        "The API token comes from the environment variable PHONEDESK_TOKEN, else from the system "
        "keychain, else PhoneDesk asks for it. It is never taken from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions", "Start a local demo server with sample data and connect to it."));
    const QCommandLineOption offline(QStringLiteral("offline"),
        QCoreApplication::translate("AppOptions", "Work from the local cache only; never contact the server."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("AppOptions", "Open this connection profile; with --base-url and --workspace, create or update it first. Default: the last one used."),
        QStringLiteral("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QCoreApplication::translate("AppOptions", "API base URL, e.g. https://api.example.com."), QStringLiteral("URL"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        QCoreApplication::translate("AppOptions", "Workspace UUID."), QStringLiteral("UUID"));
    const QCommandLineOption plainHttp(QStringLiteral("allow-plain-http"),
        QCoreApplication::translate("AppOptions", "Allow http:// to a host other than this machine (the token travels unencrypted)."));
    const QCommandLineOption cache(QStringLiteral("cache"),
        QCoreApplication::translate("AppOptions", "Cache file (default: in the user's data folder)."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions", "Language of the window, e.g. de or en (default: the system's)."),
        QStringLiteral("LANGUAGE"));
    parser.addOptions({demo, offline, profile, baseUrl, workspace, plainHttp, cache, lang});
    parser.process(arguments);

    out.demo = parser.isSet(demo);
    out.offline = parser.isSet(offline);
    out.allowPlainHttp = parser.isSet(plainHttp);
    out.workspaceUuid = parser.value(workspace).trimmed();
    out.profile = parser.value(profile).trimmed();
    out.cachePath = parser.value(cache);
    if (!parser.positionalArguments().isEmpty())
        return QCoreApplication::translate("AppOptions", "unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().first());
    if (out.demo && (parser.isSet(baseUrl) || parser.isSet(workspace) || parser.isSet(profile)))
        return QCoreApplication::translate("AppOptions", "--demo connects to its own server; leave out --profile, --base-url and --workspace");
    if (parser.isSet(baseUrl) != parser.isSet(workspace))
        return QCoreApplication::translate("AppOptions", "--base-url and --workspace go together");
    if (parser.isSet(baseUrl)) {
        out.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (out.profile.isEmpty())
            out.profile = QStringLiteral("default");
    }
    return {};
}

} // namespace phonedesk::app
