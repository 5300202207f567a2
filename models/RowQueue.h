// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <functional>

namespace phonedesk::models {

// Works through rows a few at a time, for the bulk operations: `start(row)` begins one row's
// requests, and its owner calls done() when that row has finished, which starts the next.
// The server sees at most `atOnce` of our requests at a time, whatever the selection's size.
class RowQueue
{
public:
    RowQueue(int atOnce, std::function<void(int row)> start) : m_atOnce(std::max(1, atOnce)), m_start(std::move(start)) { }

    // Starts rows 0 .. count-1 (at most `atOnce` now, the rest as others finish).
    void run(int count)
    {
        m_count = count;
        m_next = 0;
        while (m_running < m_atOnce && m_next < m_count)
            startNext();
    }
    void done()
    {
        --m_running;
        if (m_next < m_count)
            startNext();
    }
    // Starts nothing more; returns the rows that were never started. Those running go on.
    QList<int> cancel()
    {
        QList<int> never;
        for (int row = m_next; row < m_count; ++row)
            never << row;
        m_next = m_count;
        return never;
    }

private:
    void startNext()
    {
        ++m_running;
        m_start(m_next++);
    }

    int m_atOnce;
    std::function<void(int)> m_start;
    int m_count = 0;
    int m_next = 0;
    int m_running = 0;
};

} // namespace phonedesk::models
