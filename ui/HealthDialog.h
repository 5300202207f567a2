// SPDX-License-Identifier: MIT
#pragma once

#include "models/HealthCheck.h"

#include <QAbstractItemModel>
#include <QDialog>
#include <QSet>

class QLabel;
class QListView;
class QPushButton;
class QTableWidget;

namespace phonedesk::models {
class HealthMonitor;
class NumberStore;
} // namespace phonedesk::models

namespace phonedesk::ui {

class AffectedModel;

// View > Health: what the health check found in the open profile's cached numbers and provider
// phones, most severe first, each with its explanation, the numbers or phones it concerns and
// its fix. A fix asks the window to open the numbers (fixRequested): preselected in bulk edit,
// in the link dialog, or selected in the table; the writes go through the window's actions.
// Follows the monitor: after a fix, or a sync, the list is the check's new result.
class HealthDialog : public QDialog
{
    Q_OBJECT

public:
    HealthDialog(models::HealthMonitor& monitor, models::NumberStore& store, QWidget* parent = nullptr);

    // The fix the button offers for the selected finding, on the selected numbers of its list or,
    // when none is selected, on all.
    void fixSelected();

Q_SIGNALS:
    void fixRequested(const QList<qint64>& numberIds, models::HealthFinding::Fix fix);

private:
    void refill();
    void showFinding();
    void updateButtons();
    // The affected list's selected lines, in the list's order.
    QModelIndexList selectedLines() const;
    QList<qint64> chosenNumbers() const;
    QString chosenText() const;

    models::HealthMonitor& m_monitor;
    models::NumberStore& m_store;
    QLabel* m_summary;
    QTableWidget* m_findings;
    QLabel* m_explanation;
    QListView* m_affected;
    AffectedModel* m_affectedModel;
    QPushButton* m_fix;
    QPushButton* m_show;
    QPushButton* m_copy;
    QList<models::HealthFinding> m_shown;
    QSet<qint64> m_keepSelected; // the selected numbers, across a new result of the check
};

} // namespace phonedesk::ui
