// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

namespace phonedesk::app {

bool isPlainHttpAllowed(const QUrl& url, bool optedIn)
{
    if (url.scheme() != QLatin1String("http") || optedIn)
        return true;
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

QString AppOptions::parse(const QStringList& arguments, AppOptions& out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppOptions",
        "Manage the phone numbers of a workspace through the Phone Numbers API v2.\n\n"
        "The API token is read from the environment variable PHONEDESK_TOKEN."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions", "Start a local demo server with sample data and connect to it."));
    const QCommandLineOption offline(QStringLiteral("offline"),
        QCoreApplication::translate("AppOptions", "Work from the local cache only; never contact the server."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QCoreApplication::translate("AppOptions", "API base URL, e.g. https://api.example.com."), QStringLiteral("URL"));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        QCoreApplication::translate("AppOptions", "Workspace UUID."), QStringLiteral("UUID"));
    const QCommandLineOption plainHttp(QStringLiteral("allow-plain-http"),
        QCoreApplication::translate("AppOptions", "Allow http:// to a host other than this machine (the token travels unencrypted)."));
    const QCommandLineOption cache(QStringLiteral("cache"),
        QCoreApplication::translate("AppOptions", "Cache file (default: in the user's data folder)."), QStringLiteral("FILE"));
    parser.addOptions({demo, offline, baseUrl, workspace, plainHttp, cache});
    parser.process(arguments);

    out.demo = parser.isSet(demo);
    out.offline = parser.isSet(offline);
    out.allowPlainHttp = parser.isSet(plainHttp);
    out.workspaceUuid = parser.value(workspace).trimmed();
    out.cachePath = parser.value(cache);
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().first());
    if (out.demo && (parser.isSet(baseUrl) || parser.isSet(workspace)))
        return QStringLiteral("--demo connects to its own server; leave out --base-url and --workspace");
    if (parser.isSet(baseUrl) != parser.isSet(workspace))
        return QStringLiteral("--base-url and --workspace go together");
    if (parser.isSet(baseUrl)) {
        out.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        const QString scheme = out.baseUrl.scheme();
        if (!out.baseUrl.isValid() || out.baseUrl.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return QStringLiteral("--base-url needs an http:// or https:// URL, got \"%1\"").arg(parser.value(baseUrl));
        if (!isPlainHttpAllowed(out.baseUrl, out.allowPlainHttp))
            return QStringLiteral("refusing plain http:// to %1: the token would travel unencrypted. "
                                  "Use https://, or --allow-plain-http if you really mean it")
                .arg(out.baseUrl.host());
    }
    return {};
}

} // namespace phonedesk::app
