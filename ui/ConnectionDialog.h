// SPDX-License-Identifier: MIT
#pragma once

#include "models/Profiles.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace phonedesk::api {
class ApiCall;
class ApiClient;
} // namespace phonedesk::api

namespace phonedesk::ui {

class MessageBar;

// Sets up a connection profile: name, base URL, workspace, token, and whether plain http is
// allowed for it. "Test connection" asks the server for the list with exactly these values and
// says what happened (connected, unreachable, TLS, token rejected, not a member...).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(const QList<models::Profile>& profiles, const QString& current, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    models::Profile profile() const;
    // Empty when the user left it empty (keep the stored one).
    QString token() const;

private:
    void load(const QString& name);
    void revalidate();
    void testConnection();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QList<models::Profile> m_profiles;
    MessageBar* m_messages;
    std::unique_ptr<api::ApiClient> m_testClient;
    QPointer<api::ApiCall> m_test;
    bool m_touched = false; // a field was typed in: problems are said from then on
};

} // namespace phonedesk::ui
