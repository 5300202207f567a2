// SPDX-License-Identifier: MIT
#pragma once

#include "models/HealthCheck.h"

#include <QLabel>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;

namespace phonedesk::models {
class HealthMonitor;
class NumberStore;
} // namespace phonedesk::models

namespace phonedesk::ui {

class HealthDialog;
class NumberActions;

// The health check's part of the window: "2 problems" in the status bar (a link; hidden when
// all is well) and View > Health, both opening the health dialog. A fix selects its numbers in
// the table through `select` (which returns how many it found) and opens bulk edit or the link
// dialog on them; when some are gone, nothing is opened and the check runs again.
class HealthStatus : public QLabel
{
    Q_OBJECT

public:
    using Select = std::function<qsizetype(const QList<qint64>& ids)>;
    HealthStatus(models::HealthMonitor& monitor, models::NumberStore& store, NumberActions& actions, Select select,
                 QMainWindow* window);

    QAction* action() const { return m_action; }
    void showDialog();

Q_SIGNALS:
    // For the window's status bar.
    void message(const QString& text);

private:
    void onFix(const QList<qint64>& ids, models::HealthFinding::Fix fix);
    void showCounts();

    models::HealthMonitor& m_monitor;
    models::NumberStore& m_store;
    NumberActions& m_actions;
    Select m_select;
    QMainWindow* m_window;
    QAction* m_action;
    QPointer<HealthDialog> m_dialog;
};

} // namespace phonedesk::ui
