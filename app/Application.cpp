// SPDX-License-Identifier: MIT
#include "Application.h"

#include "ApiClient.h"
#include "Cache.h"
#include "DemoFixture.h"
#include "MainWindow.h"
#include "NumberStore.h"
#include "ServerProcess.h"

namespace phonedesk::app {

Application::Application(AppOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(std::make_unique<api::ApiClient>())
    , m_cache(std::make_unique<models::Cache>(m_options.cachePath.isEmpty() ? models::Cache::defaultPath()
                                                                            : m_options.cachePath))
    , m_store(std::make_unique<models::NumberStore>(*m_cache, *m_client, models::systemClock()))
{
}

Application::~Application()
{
    m_window.reset(); // before the store it watches
}

QString Application::profileKey() const
{
    // The demo server picks a new port each run; its cache should not start over each time.
    if (m_options.demo)
        return QStringLiteral("demo");
    return m_options.baseUrl.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char(' ')
        + m_options.workspaceUuid;
}

QString Application::start()
{
    const QString cacheProblem = m_cache->open();
    m_store->setForcedOffline(m_options.offline);
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_client);
    if (cacheProblem.isEmpty()) {
        m_store->openProfile(profileKey());
    } else {
        // Still useful online: the numbers are held in memory for this session.
        m_window->showProblem(tr("The local cache cannot be used (%1); nothing will be kept offline.")
                                  .arg(cacheProblem));
    }
    m_window->show();

    if (m_options.offline)
        return {};
    if (m_options.demo) {
        startDemoServer();
    } else if (m_options.baseUrl.isValid()) {
        connectTo(m_options.baseUrl, m_options.workspaceUuid, qEnvironmentVariable("PHONEDESK_TOKEN"));
    } else {
        m_window->showProblem(tr("No server configured: start with --demo, or --base-url and --workspace."));
    }
    return {};
}

void Application::startDemoServer()
{
    m_demoServer = std::make_unique<server::ServerProcess>();
    connect(m_demoServer.get(), &server::ServerProcess::listening, this, [this](const QUrl& url) {
        connectTo(url, QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken));
    });
    connect(m_demoServer.get(), &server::ServerProcess::failed, this, [this](const QString& message) {
        m_window->showProblem(tr("The demo server did not start: %1").arg(message));
    });
    m_demoServer->start(server::ServerProcess::defaultProgram(), {QStringLiteral("--seed"), QStringLiteral("demo")});
}

void Application::connectTo(const QUrl& baseUrl, const QString& workspaceUuid, const QString& token)
{
    m_client->setConnection({baseUrl, workspaceUuid, token});
    m_store->refresh();
}

} // namespace phonedesk::app
