// SPDX-License-Identifier: MIT
#include "models/CacheWriter.h"

#include "models/Cache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace phonedesk::models {

CacheWriter::CacheWriter(Cache& cache, QObject* parent) : QObject(parent), m_cache(cache)
{
    m_worker.setMaxThreadCount(1);
}

CacheWriter::~CacheWriter()
{
    m_worker.waitForDone();
}

void CacheWriter::write(Kind kind, Write write, std::function<void(const Result&)> done)
{
    if (!m_cache.isOpen())
        return; // the app works from memory; the problem was shown at start
    ++m_pending;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, kind, done = std::move(done)] {
        watcher->deleteLater();
        const Result result = watcher->result();
        if (result.problem.isEmpty())
            m_problems.remove(kind);
        else
            m_problems.insert(kind, result.problem);
        if (done)
            done(result);
        if (--m_pending == 0)
            Q_EMIT idle();
    });
    watcher->setFuture(QtConcurrent::run(&m_worker, [path = m_cache.path(), write = std::move(write)] {
        Cache cache(path);
        if (const QString problem = cache.attach(); !problem.isEmpty())
            return Result {problem, 0};
        return write(cache);
    }));
}

QString CacheWriter::problem() const
{
    QStringList lines;
    for (const QString& line : m_problems) {
        if (!lines.contains(line))
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void CacheWriter::clearProblems()
{
    m_problems.clear();
}

} // namespace phonedesk::models
