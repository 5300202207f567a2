// SPDX-License-Identifier: MIT
#include "ui/HealthStatus.h"

#include "models/HealthMonitor.h"
#include "ui/HealthDialog.h"
#include "ui/NumberActions.h"

#include <QAction>
#include <QMainWindow>

namespace phonedesk::ui {

HealthStatus::HealthStatus(models::HealthMonitor& monitor, models::NumberStore& store, NumberActions& actions, Select select,
                           QMainWindow* window)
    : QLabel(window)
    , m_monitor(monitor)
    , m_store(store)
    , m_actions(actions)
    , m_select(std::move(select))
    , m_window(window)
    , m_action(new QAction(tr("&Health…"), this))
{
    setObjectName(QStringLiteral("healthLabel"));
    m_action->setObjectName(QStringLiteral("healthAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_action->setStatusTip(tr("What is wrong with the numbers and provider phones, and the fix for each"));
    connect(m_action, &QAction::triggered, this, &HealthStatus::showDialog);
    connect(this, &QLabel::linkActivated, this, &HealthStatus::showDialog);
    connect(&m_monitor, &models::HealthMonitor::checked, this, &HealthStatus::showCounts);
    showCounts();
}

void HealthStatus::showDialog()
{
    if (!m_dialog) {
        m_dialog = new HealthDialog(m_monitor, m_store, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &HealthDialog::fixRequested, this, &HealthStatus::onFix);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void HealthStatus::onFix(const QList<qint64>& ids, models::HealthFinding::Fix fix)
{
    if (m_select(ids) < ids.size() && fix != models::HealthFinding::Fix::Select) {
        // Never a fix on what else is selected: the check runs again over the table as it is.
        Q_EMIT message(tr("Some of these numbers are no longer in the table; the health check runs again."));
        return m_monitor.check();
    }
    switch (fix) {
    case models::HealthFinding::Fix::BulkEdit: m_actions.bulkEdit()->trigger(); break;
    case models::HealthFinding::Fix::Link: m_actions.link()->trigger(); break;
    case models::HealthFinding::Fix::Select:
    case models::HealthFinding::Fix::None: m_window->activateWindow(); break; // the table has the focus
    }
}

// "2 problems", a link to the dialog; nothing when all is well.
void HealthStatus::showCounts()
{
    using Severity = models::HealthFinding::Severity;
    const qsizetype problems = m_monitor.count(Severity::Problem);
    const qsizetype warnings = m_monitor.count(Severity::Warning);
    const QString text = problems > 0 ? tr("%Ln problems", nullptr, int(problems))
        : warnings > 0                ? tr("%Ln warnings", nullptr, int(warnings))
                                      : QString();
    setText(QStringLiteral("<a href=\"health\">%1</a>").arg(text.toHtmlEscaped()));
    setToolTip(tr("Health check: %1, %2, %3. Click for the fixes.")
                   .arg(tr("%Ln problems", nullptr, int(problems)), tr("%Ln warnings", nullptr, int(warnings)),
                        tr("%Ln notices", nullptr, int(m_monitor.count(Severity::Notice)))));
    setVisible(!text.isEmpty());
}

} // namespace phonedesk::ui
