// SPDX-License-Identifier: MIT
#pragma once

#include "models/WorkspaceSearch.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace phonedesk::models {
class NumberFilterProxy;
}

namespace phonedesk::ui {

class SearchField;
class TableHint;

// One search over the cached numbers of every profile (Ctrl+Shift+F), offline too: each result
// says its profile and workspace, and opening it asks for that profile to be opened and the
// number selected (numberChosen). The caches are read on another thread as the dialog opens.
class WorkspaceSearchDialog : public QDialog
{
    Q_OBJECT

public:
    WorkspaceSearchDialog(const QString& cachePath, const QList<models::SearchedWorkspace>& workspaces,
                          const QString& text, QWidget* parent = nullptr);
    ~WorkspaceSearchDialog() override;

    // For tests and the screenshots: true once the caches are read.
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    void ready();
    void numberChosen(const models::SearchedWorkspace& workspace, qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showRead(const models::WorkspaceSearchModel::Read& read);
    void refilter();
    void updateSummary();
    void openCurrent();

    models::WorkspaceSearchModel* m_model;
    models::NumberFilterProxy* m_proxy;
    SearchField* m_search;
    QCheckBox* m_archived;
    QTableView* m_results;
    TableHint* m_hint;
    QLabel* m_summary;
    QPushButton* m_open;
    QFuture<models::WorkspaceSearchModel::Read> m_read;
    QString m_problem;
    bool m_ready = false;
};

} // namespace phonedesk::ui
