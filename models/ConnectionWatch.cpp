// SPDX-License-Identifier: MIT
#include "models/ConnectionWatch.h"

namespace phonedesk::models {

ConnectionWatch::ConnectionWatch(QObject* parent) : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ConnectionWatch::reconnectDue);
}

void ConnectionWatch::set(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT changed(state);
}

void ConnectionWatch::reset()
{
    m_reconnect.stop();
    m_failedAttempts = 0;
    set(m_forcedOffline ? State::Offline : State::Unknown);
}

void ConnectionWatch::setForcedOffline(bool offline)
{
    m_forcedOffline = offline;
    if (offline) {
        m_reconnect.stop();
        set(State::Offline);
    }
}

void ConnectionWatch::unreachable()
{
    set(State::Offline);
    if (m_forcedOffline)
        return;
    const qint64 factor = qint64(1) << std::min(m_failedAttempts++, 20);
    m_reconnect.start(std::min<std::chrono::milliseconds>(m_firstDelay * factor, m_longestDelay));
}

void ConnectionWatch::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstDelay = first;
    m_longestDelay = longest;
}

} // namespace phonedesk::models
