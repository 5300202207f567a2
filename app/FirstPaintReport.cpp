// SPDX-License-Identifier: MIT
#include "app/FirstPaintReport.h"

#include <QApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace phonedesk::app {

namespace {

class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QTableView* table) : QObject(table), m_table(table)
    {
        m_table->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_table->model() && m_table->model()->rowCount() > 0) {
            m_table->viewport()->removeEventFilter(this);
            // Queued: runs once this paint has finished.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "phonedesk: first rows painted\n");
                std::fflush(stderr);
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
};

} // namespace

void reportFirstPaintedRows()
{
    if (qEnvironmentVariableIsEmpty("PHONEDESK_REPORT_FIRST_PAINT"))
        return;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* table = window->findChild<QTableView*>())
            new FirstPaintWatcher(table);
    }
}

} // namespace phonedesk::app
