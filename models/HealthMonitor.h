// SPDX-License-Identifier: MIT
#pragma once

#include "models/HealthCheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace phonedesk::models {

class NumberStore;

// Runs the health check again whenever the open profile's numbers or provider phones change:
// on a worker, over a copy of the rows (shared until the table changes), one run at a time, the
// changes of a quarter second (a bulk edit's writes) coalesced into one run. A run overtaken by
// a change is dropped, never shown, and a profile being closed takes its findings along: the
// window's count and the health view describe the open profile's rows as they are now.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit HealthMonitor(NumberStore& store, QObject* parent = nullptr);

    const QList<HealthFinding>& findings() const { return m_result.findings; }
    // The numbers and provider phones that `severity`'s findings concern (a number found by two
    // rules counts twice).
    qsizetype count(HealthFinding::Severity severity) const;
    // A run is under way; findings() describe the rows before the last change until it ends.
    bool isChecking() const { return m_watcher.isRunning(); }
    // What the findings were computed from, for "12,000 numbers checked": the active numbers
    // (the rules leave archived ones out) and the provider phones.
    qsizetype numbersChecked() const { return m_result.activeNumbers; }
    qsizetype phonesChecked() const { return m_result.phones; }

    // Runs now (or once the run under way ends); the changes call it through the coalescing timer.
    void check();

Q_SIGNALS:
    // findings() are new.
    void checked();

private:
    struct Result
    {
        QList<HealthFinding> findings;
        qsizetype activeNumbers = 0;
        qsizetype phones = 0;
    };
    void finished();

    NumberStore& m_store;
    QFutureWatcher<Result> m_watcher;
    QTimer m_soon;
    Result m_result;
    bool m_again = false; // the rows changed while a run read them
};

} // namespace phonedesk::models
