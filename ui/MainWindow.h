// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTableView;

namespace phonedesk::api {
class ApiClient;
struct ApiError;
struct PhoneNumber;
} // namespace phonedesk::api

namespace phonedesk::models {
class HealthMonitor;
class NumberFilterProxy;
struct JournalEntry;
class NumberStore;
class NumberWriter;
class PhoneNumberModel;
} // namespace phonedesk::models

namespace phonedesk::ui {

class DetailPanel;
class HealthStatus;
class MessageBar;
class NumberActions;
class SearchField;
class TableHint;

// The table of the workspace's numbers with search, the archived filter and a detail panel; the
// write actions (New, Edit, Link, Archive) and Refresh in a toolbar, the menus and the table's
// context menu; and a status bar that says whether the server was reached, what the token may
// not do, and how many numbers are shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(models::NumberWriter& writer, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shown in the status bar until the next sync, e.g. "Demo server failed to start: ...".
    void showProblem(const QString& message);
    // Shown in a bar above the table until dismissed: what the user should read once, e.g. that
    // no keychain is available.
    // `details` (what the system said) stays behind the bar's Details link.
    void showNotice(const QString& message, const QString& details = {});
    // Writes the rows shown now (after search, filter and sort) to a CSV file; returns the
    // problem, or nothing. Works offline: it reads only what the window holds.
    QString exportShown(const QString& path);
    // The selected rows' numbers, in the table's order: what the bulk actions work on.
    QList<api::PhoneNumber> selectedNumbers() const;
    // Where the window keeps how the user left it (geometry, splitter, columns, sort, filter):
    // restored now, saved on close. Without one, nothing is kept.
    void setStateFile(const QString& path);
    // No workspace is open yet (the first start, or its connection dialog cancelled): the empty
    // table offers to connect to one or to try the demo.
    void setNoWorkspace(bool none);
    // Selects the numbers in the table, the first current; clears the search and the Archived
    // filter first when they hide some. Returns how many it selected.
    qsizetype selectNumbers(const QList<qint64>& ids);
    // Raises the window with the keyboard in the table: after a selection made elsewhere.
    void focusTable();
    // A confirmation in the status bar for a while ("Created …"), beside the connection state.
    void showStatus(const QString& text, int milliseconds);

Q_SIGNALS:
    // File > Connection...: the application owns the profiles and the keychain.
    void connectionRequested();
    // "Try the demo" in the empty window of a first start.
    void demoRequested();
    // View > Search all workspaces, with the search box's text: the application owns the profiles.
    void workspaceSearchRequested(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void copySelected(bool csv);
    void createCentralWidget();
    void applyFilter();
    void updateConnectionStatus();
    void updateCount();
    void updateHint();
    static QString confirmation(const models::JournalEntry& entry);
    // The numbers the last sync could not read, in the notice bar.
    void showRefused();
    void updatePermissions();
    void showHistory(qint64 numberId);
    void onRefreshFailed(const api::ApiError& error);
    void onCurrentRowChanged();

    models::NumberWriter& m_writer;
    models::NumberStore& m_store;
    models::PhoneNumberModel* m_model;
    qint64 m_syncReceived = 0; // of the sync running, for the status bar
    qint64 m_syncTotal = -1;
    models::NumberFilterProxy* m_proxy;
    NumberActions* m_actions;
    QTableView* m_table = nullptr;
    DetailPanel* m_details = nullptr;
    MessageBar* m_notices = nullptr;
    SearchField* m_search = nullptr;
    QComboBox* m_archived = nullptr;
    QAction* m_refresh = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_note = nullptr; // showStatus()
    QTimer m_noteTimer;
    QLabel* m_count = nullptr;
    QLabel* m_permissions = nullptr;
    models::HealthMonitor* m_health;
    HealthStatus* m_healthStatus;
    QString m_problem;
    QString m_stateFile;
    QMenu* m_columns = nullptr;
    TableHint* m_hint = nullptr;
    bool m_noWorkspace = false;
    // The empty table's buttons.
    QAction* m_clearSearch = nullptr;
    QAction* m_searchEverywhere = nullptr; // View > Search all workspaces, also offered when nothing matches
    QAction* m_showAll = nullptr;
    QAction* m_connectWorkspace = nullptr;
    QAction* m_tryDemo = nullptr;
    std::pair<QAction*, QAction*> m_copyActions {nullptr, nullptr};
};

} // namespace phonedesk::ui
