// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace phonedesk::models {

class Cache;

// Writes to the cache file off the GUI thread: one worker, so writes land in the order they
// were asked for, each with its own connection. A write that fails leaves its problem standing
// until a later write of the same kind succeeds: a journal entry that fits on a full disk does
// not hide the snapshot that did not.
class CacheWriter : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Snapshot, Number, ProviderPhones, Journal };
    struct Result
    {
        QString problem; // empty: written
        qint64 id = 0; // what the write created, e.g. a journal entry's seq
    };
    using Write = std::function<Result(Cache&)>;

    explicit CacheWriter(Cache& cache, QObject* parent = nullptr);
    ~CacheWriter() override; // finishes what is queued: a snapshot half written would be lost

    // Runs `write` on the worker; `done` gets its result back on this object's thread.
    void write(Kind kind, Write write, std::function<void(const Result&)> done = {});
    // Every kind's standing problem, one a line; empty when the cache holds what was written.
    QString problem() const;
    // A new profile starts with no standing problems: its own writes will show theirs.
    void clearProblems();

Q_SIGNALS:
    // Every write asked for so far has finished; problem() says whether all landed.
    void idle();

private:
    Cache& m_cache;
    QThreadPool m_worker;
    QMap<Kind, QString> m_problems;
    int m_pending = 0;
};

} // namespace phonedesk::models
