// SPDX-License-Identifier: MIT
#pragma once

#include "AppOptions.h"

#include <QObject>

#include <memory>

namespace phonedesk::api {
class ApiClient;
}
namespace phonedesk::models {
class Cache;
class NumberStore;
} // namespace phonedesk::models
namespace phonedesk::server {
class ServerProcess;
}
namespace phonedesk::ui {
class MainWindow;
}

namespace phonedesk::app {

// The composition root: creates the client, the cache, the store and the window, hands each
// what it needs, and runs the demo server in demo mode.
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(AppOptions options, QObject* parent = nullptr);
    ~Application() override;

    // Shows the window with the cached numbers, then connects; returns a fatal problem, or nothing.
    QString start();

private:
    void startDemoServer();
    void connectTo(const QUrl& baseUrl, const QString& workspaceUuid, const QString& token);
    QString profileKey() const;

    AppOptions m_options;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<models::Cache> m_cache;
    std::unique_ptr<models::NumberStore> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<server::ServerProcess> m_demoServer;
};

} // namespace phonedesk::app
