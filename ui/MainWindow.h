// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace phonedesk::api {
struct ApiError;
}

namespace phonedesk::models {
class NumberFilterProxy;
class NumberStore;
class PhoneNumberModel;
} // namespace phonedesk::models

namespace phonedesk::ui {

class SearchField;

// The table of the workspace's numbers with search, the archived filter, Refresh, and a status
// bar that says whether the server was reached and how many numbers are shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(models::NumberStore& store, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shown in the status bar until the next sync, e.g. "Demo server failed to start: ...".
    void showProblem(const QString& message);

private:
    void createActions();
    void createCentralWidget();
    void applyFilter();
    void updateConnectionStatus();
    void updateCount();
    void onRefreshFailed(const api::ApiError& error);

    models::NumberStore& m_store;
    models::PhoneNumberModel* m_model;
    models::NumberFilterProxy* m_proxy;
    QTableView* m_table = nullptr;
    SearchField* m_search = nullptr;
    QComboBox* m_archived = nullptr;
    QAction* m_refresh = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_count = nullptr;
    QString m_problem;
};

} // namespace phonedesk::ui
