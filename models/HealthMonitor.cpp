// SPDX-License-Identifier: MIT
#include "models/HealthMonitor.h"

#include "models/NumberStore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace phonedesk::models {

HealthMonitor::HealthMonitor(NumberStore& store, QObject* parent) : QObject(parent), m_store(store)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &HealthMonitor::finished);
    m_soon.setSingleShot(true);
    m_soon.setInterval(250);
    connect(&m_soon, &QTimer::timeout, this, &HealthMonitor::check);
    auto soon = [this] { m_soon.start(); };
    for (auto signal : {&NumberStore::numbersReplaced, &NumberStore::numbersUpdated, &NumberStore::providerPhonesChanged})
        connect(&m_store, signal, this, soon);
    connect(&m_store, &NumberStore::numberChanged, this, soon);
    connect(&m_store.table(), &QAbstractItemModel::modelReset, this, soon); // also a failed first sync's empty table
    connect(&m_store, &NumberStore::profileClosing, this, [this] {
        m_again = m_watcher.isRunning(); // that run read the closing profile's rows
        m_result = {};
        Q_EMIT checked();
    });
    check();
}

qsizetype HealthMonitor::count(HealthFinding::Severity severity) const
{
    qsizetype count = 0;
    for (const HealthFinding& finding : m_result.findings) {
        if (finding.severity == severity)
            count += finding.count();
    }
    return count;
}

void HealthMonitor::check()
{
    if (m_watcher.isRunning()) {
        m_again = true; // its result would describe the rows before this change
        return;
    }
    // Copies: the rows share their data with the table until it changes, the phones are few.
    m_watcher.setFuture(QtConcurrent::run([rows = m_store.rows(), phones = m_store.providerPhones()] {
        Result result {HealthCheck::run(rows, phones), 0, phones.size()};
        for (qsizetype row = 0; row < rows.size(); ++row)
            result.activeNumbers += rows.isArchived(row) ? 0 : 1;
        return result;
    }));
}

void HealthMonitor::finished()
{
    if (std::exchange(m_again, false))
        return check(); // stale: run again over the rows as they are now
    m_result = m_watcher.result();
    Q_EMIT checked();
}

} // namespace phonedesk::models
