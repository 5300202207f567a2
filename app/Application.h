// SPDX-License-Identifier: MIT
#pragma once

#include "app/AppOptions.h"
#include "models/Profiles.h"
#include "models/TokenRenewal.h"
#include "ui/TokenPrompt.h"

#include <QObject>

#include <memory>

namespace phonedesk::api {
class ApiClient;
}
namespace phonedesk::models {
struct SearchedWorkspace;
class Cache;
class NumberStore;
class NumberWriter;
class SecretStore;
} // namespace phonedesk::models
namespace phonedesk::server {
class ServerProcess;
}
namespace phonedesk::ui {
class MainWindow;
}

namespace phonedesk::app {

// The composition root: creates the client, the cache, the store, the writer, the keychain and
// the window, hands each what it needs, picks the profile and its token, and runs the demo
// server in demo mode. It is where a new token comes from when the server rejects one: the
// user is asked, and the answer kept in the keychain for the next start.
class Application : public QObject, public models::TokenProvider
{
    Q_OBJECT

public:
    explicit Application(AppOptions options, QObject* parent = nullptr);
    ~Application() override;

    // Shows the window with the cached numbers, then connects; returns a problem with the
    // command line or the settings (nothing shown then), or nothing.
    QString start();

    // For tests: answer the token prompt without a modal dialog, and look at the window.
    void setTokenPrompt(ui::TokenPrompt prompt) { m_prompt = std::move(prompt); }
    ui::MainWindow* window() const { return m_window.get(); }

    // Makes this profile the open one: its cache and table, then its server (with this token,
    // kept in the keychain; or, when empty, the stored one).
    void openProfile(const models::Profile& profile, const QString& token);
    void showConnectionDialog();
    // View > Search all workspaces: the cache of every profile (and of the demo, once used).
    void showWorkspaceSearch(const QString& text);

    void provideToken(const QString& why, std::function<void(const std::optional<QString>&)> done) override;

private:
    std::optional<models::Profile> resolveProfile(QString& problem);
    void startDemoServer();
    void tryDemo();
    // A search result: its profile (or the demo) opened, offline too, and the number selected.
    void openSearchResult(const models::SearchedWorkspace& workspace, qint64 id);
    void connectProfile(const models::Profile& profile);
    void askForToken(const models::Profile& profile, bool keychainWorks);
    void keepToken(const models::Profile& profile, const QString& token);
    void connectTo(const QUrl& baseUrl, const QString& workspaceUuid, const QString& token);

    AppOptions m_options;
    models::ProfileStore m_profiles;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<models::Cache> m_cache;
    std::unique_ptr<models::NumberStore> m_store;
    std::unique_ptr<models::NumberWriter> m_writer;
    std::unique_ptr<models::SecretStore> m_secrets;
    ui::TokenPrompt m_prompt;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<server::ServerProcess> m_demoServer;
    QString m_openProfile;
    QUrl m_demoUrl; // where the demo server listens, once it does
    // Where the token in use came from: one from the environment or the demo is never stored.
    bool m_keepRenewedTokens = false;
};

} // namespace phonedesk::app
