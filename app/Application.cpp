// SPDX-License-Identifier: MIT
#include "app/Application.h"

#include "api/ApiClient.h"
#include "app/KeychainSecretStore.h"
#include "common/DemoFixture.h"
#include "common/ServerProcess.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceSearchDialog.h"

#include <QDir>
#include <QFileInfo>

namespace phonedesk::app {
namespace {
// The demo server picks a new port each run; its cache should not start over each time.
const QString kDemoCacheKey = QStringLiteral("demo");
} // namespace

Application::Application(AppOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(models::ProfileStore::defaultPath())
    , m_client(std::make_unique<api::ApiClient>())
    , m_cache(std::make_unique<models::Cache>(m_options.cachePath.isEmpty() ? models::Cache::defaultPath()
                                                                            : m_options.cachePath))
    , m_store(std::make_unique<models::NumberStore>(*m_cache, *m_client, models::systemClock()))
    , m_writer(std::make_unique<models::NumberWriter>(*m_client, *m_store))
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_prompt(ui::defaultTokenPrompt())
{
    m_store->tokenRenewal().setProvider(this);
}

Application::~Application()
{
    m_window.reset(); // before the store it watches
}

QString Application::start()
{
    std::optional<models::Profile> profile;
    if (!m_options.demo) {
        if (const QString problem = m_profiles.load(); !problem.isEmpty())
            return problem;
        QString problem;
        profile = resolveProfile(problem);
        if (!problem.isEmpty())
            return problem;
    }
    // Checked on another core while the window is made and the rows are read.
    const QString cacheProblem = m_cache->open(models::Cache::Check::Meanwhile);
    m_store->setForcedOffline(m_options.offline);
    m_window = std::make_unique<ui::MainWindow>(*m_writer);
    connect(m_window.get(), &ui::MainWindow::connectionRequested, this, &Application::showConnectionDialog);
    connect(m_window.get(), &ui::MainWindow::demoRequested, this, &Application::tryDemo);
    connect(m_window.get(), &ui::MainWindow::workspaceSearchRequested, this, &Application::showWorkspaceSearch);
    m_window->setStateFile(QFileInfo(models::ProfileStore::defaultPath()).dir().filePath(QStringLiteral("window.ini")));
    if (cacheProblem.isEmpty()) {
        const QString key = m_options.demo ? kDemoCacheKey : profile ? profile->cacheKey() : QString();
        m_store->openProfile(key);
        if (m_cache->awaitCheck())
            m_store->openProfile(key); // the rows came from a damaged file: none now, until a sync
        if (!m_cache->notice().isEmpty())
            m_window->showNotice(m_cache->notice());
    } else {
        // Still useful online: the numbers are held in memory for this session.
        m_window->showNotice(tr("The local cache cannot be used (%1); nothing will be kept for offline use.").arg(cacheProblem));
    }
    if (profile) {
        m_openProfile = profile->name;
        m_window->setWindowTitle(tr("%1 — PhoneDesk").arg(profile->name));
    } else if (m_options.demo) {
        m_window->setWindowTitle(tr("Demo — PhoneDesk"));
    }
    m_window->show();

    if (m_options.offline)
        return {};
    if (m_options.demo)
        startDemoServer();
    else if (profile)
        connectProfile(*profile);
    else {
        m_window->setNoWorkspace(true); // first start: the empty window says what to do
        QMetaObject::invokeMethod(this, &Application::showConnectionDialog, Qt::QueuedConnection);
    }
    return {};
}

void Application::tryDemo()
{
    m_window->setNoWorkspace(false);
    m_openProfile.clear();
    m_client->setConnection({}); // nothing goes to the last profile's server until the demo's answers
    m_keepRenewedTokens = false;
    m_store->openProfile(kDemoCacheKey);
    m_window->setWindowTitle(tr("Demo — PhoneDesk"));
    if (m_options.offline)
        return;
    if (!m_demoServer)
        startDemoServer();
    else if (m_demoUrl.isValid()) // back to the demo after another profile
        connectTo(m_demoUrl, QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken));
}

void Application::showWorkspaceSearch(const QString& text)
{
    if (m_options.demo && m_profiles.profiles().isEmpty()) { // the demo starts without reading them
        if (const QString problem = m_profiles.load(); !problem.isEmpty())
            m_window->showNotice(problem);
    }
    QList<models::SearchedWorkspace> workspaces;
    QStringList keys;
    for (const models::Profile& profile : m_profiles.profiles()) {
        if (keys.contains(profile.cacheKey()))
            continue; // two names for one workspace: its numbers once
        keys << profile.cacheKey();
        workspaces.append({profile.name, profile.baseUrl.host(), profile.workspaceUuid, profile.cacheKey(), false});
    }
    if (m_store->profileKey() == kDemoCacheKey || m_cache->numbersSyncedAt(kDemoCacheKey).isValid())
        workspaces.append({tr("Demo"), QStringLiteral("localhost"), QLatin1String(demo::kWorkspaceUuid), kDemoCacheKey, true});
    auto* dialog = new ui::WorkspaceSearchDialog(m_cache->path(), workspaces, text, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::WorkspaceSearchDialog::numberChosen, this, &Application::openSearchResult);
    dialog->open();
}

void Application::openSearchResult(const models::SearchedWorkspace& workspace, qint64 id)
{
    if (workspace.cacheKey != m_store->profileKey()) {
        if (workspace.isDemo) {
            tryDemo();
        } else if (const std::optional<models::Profile> profile = m_profiles.find(workspace.profile); !profile) {
            return m_window->showNotice(tr("The profile \"%1\" no longer exists.").arg(workspace.profile));
        } else if (const QString problem = profile->problem(); !problem.isEmpty()) {
            return m_window->showNotice(problem); // as at start: no token goes to it
        } else {
            openProfile(*profile, QString());
        }
    }
    if (m_window->selectNumbers({id}) == 0)
        return m_window->showNotice(tr("That number is no longer in the cache of \"%1\".").arg(workspace.profile));
    m_window->focusTable(); // Enter edits it, as after a click in the table
}

void Application::showConnectionDialog()
{
    auto* dialog = new ui::ConnectionDialog(m_profiles.profiles(), m_openProfile, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const models::Profile profile = dialog->profile();
        if (const QString problem = m_profiles.save(profile); !problem.isEmpty()) {
            m_window->showNotice(tr("The profile was not saved: %1").arg(problem));
            return;
        }
        openProfile(profile, dialog->token());
    });
    dialog->open();
}

void Application::openProfile(const models::Profile& profile, const QString& token)
{
    m_window->setNoWorkspace(false);
    m_openProfile = profile.name;
    if (const QString problem = m_profiles.setLastProfile(profile.name); !problem.isEmpty())
        m_window->showNotice(problem);
    m_window->setWindowTitle(tr("%1 — PhoneDesk").arg(profile.name));
    m_client->setConnection({profile.baseUrl, profile.workspaceUuid, QString()}); // no old token for a new server
    m_store->openProfile(profile.cacheKey());
    if (m_options.offline)
        return;
    if (token.isEmpty())
        return connectProfile(profile);
    connectTo(profile.baseUrl, profile.workspaceUuid, token);
    keepToken(profile, token);
    m_keepRenewedTokens = true;
}

std::optional<models::Profile> Application::resolveProfile(QString& problem)
{
    const QString name = m_options.profile.isEmpty() ? m_profiles.lastProfile() : m_options.profile;
    if (name.isEmpty())
        return std::nullopt; // first start
    if (m_options.baseUrl.isValid() || !m_options.workspaceUuid.isEmpty()) {
        const models::Profile wanted {name, m_options.baseUrl, m_options.workspaceUuid, m_options.allowPlainHttp};
        if (problem = m_profiles.save(wanted); !problem.isEmpty())
            return std::nullopt;
    }
    const std::optional<models::Profile> profile = m_profiles.find(name);
    if (!profile) {
        problem = tr("there is no profile \"%1\"; create it with --profile %1 --base-url URL --workspace UUID").arg(name);
        return std::nullopt;
    }
    if (problem = profile->problem(); !problem.isEmpty())
        return std::nullopt;
    problem = m_profiles.setLastProfile(name);
    return profile;
}

void Application::startDemoServer()
{
    m_demoServer = std::make_unique<server::ServerProcess>();
    connect(m_demoServer.get(), &server::ServerProcess::listening, this, [this](const QUrl& url) {
        m_demoUrl = url;
        if (!m_openProfile.isEmpty())
            return; // a real profile was opened while the demo server started
        connectTo(url, QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kAdminToken));
    });
    connect(m_demoServer.get(), &server::ServerProcess::failed, this, [this](const QString& message) {
        m_window->showProblem(tr("The demo server did not start: %1").arg(message));
        m_demoServer.release()->deleteLater(); // the next Try the demo starts one again
        m_demoUrl.clear();
    });
    m_demoServer->start(server::ServerProcess::defaultProgram(), {QStringLiteral("--seed"), QStringLiteral("demo")});
}

void Application::connectProfile(const models::Profile& profile)
{
    // For scripted installs and tests; never stored.
    m_keepRenewedTokens = false;
    if (const QString token = qEnvironmentVariable("PHONEDESK_TOKEN"); !token.isEmpty())
        return connectTo(profile.baseUrl, profile.workspaceUuid, token);
    m_secrets->read(profile.name, [this, profile](const std::optional<QString>& token, const QString& error) {
        if (profile.name != m_openProfile)
            return; // the user switched meanwhile: this answer is for a profile no longer open
        m_keepRenewedTokens = error.isEmpty();
        if (token)
            return connectTo(profile.baseUrl, profile.workspaceUuid, *token);
        if (!error.isEmpty()) {
            m_window->showNotice(tr("No system keychain is available, so PhoneDesk keeps the API token for this session "
                                    "only and will ask for it again at the next start."),
                                 tr("The keychain said: %1").arg(error));
        }
        askForToken(profile, error.isEmpty());
    });
}

void Application::askForToken(const models::Profile& profile, bool keychainWorks)
{
    const std::optional<QString> token = m_prompt(
        m_window.get(), tr("API token for the profile \"%1\" (%2):").arg(profile.name, profile.baseUrl.host()));
    if (!token) {
        m_window->showProblem(tr("No API token: the cached numbers are shown; restart to enter one."));
        return;
    }
    connectTo(profile.baseUrl, profile.workspaceUuid, *token);
    if (keychainWorks)
        keepToken(profile, *token);
}

void Application::provideToken(const QString& why, std::function<void(const std::optional<QString>&)> done)
{
    const std::optional<QString> token = m_prompt(m_window.get(), why);
    if (token && m_keepRenewedTokens) {
        if (const std::optional<models::Profile> profile = m_profiles.find(m_openProfile))
            keepToken(*profile, *token); // the next start must not send the rejected one again
    }
    done(token);
}

void Application::keepToken(const models::Profile& profile, const QString& token)
{
    m_secrets->write(profile.name, token, [this](const QString& error) {
        if (!error.isEmpty())
            m_window->showNotice(tr("The token could not be saved in the keychain; it is kept for this session only."),
                                 tr("The keychain said: %1").arg(error));
    });
}

void Application::connectTo(const QUrl& baseUrl, const QString& workspaceUuid, const QString& token)
{
    m_client->setConnection({baseUrl, workspaceUuid, token});
    m_store->refresh();
}

} // namespace phonedesk::app
