// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace phonedesk::models {

// Whether the open profile's server was reached, and when to try again after it was not:
// after `first`, then twice as long each time up to `longest`. Reset per profile.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown, // nothing tried yet
        Syncing,
        Online,
        Offline, // the server could not be reached, or offline was asked for
    };
    Q_ENUM(State)

    explicit ConnectionWatch(QObject* parent = nullptr);

    State state() const { return m_state; }
    void set(State state);
    // A new profile: nothing known of its server yet.
    void reset();

    // Never touch the network: --offline.
    void setForcedOffline(bool offline);
    bool isForcedOffline() const { return m_forcedOffline; }

    // The server could not be reached: offline, and a reconnect is scheduled.
    void unreachable();
    // The server answered: the next failure waits the shortest delay again.
    void reached() { m_failedAttempts = 0; }
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    bool isReconnectScheduled() const { return m_reconnect.isActive(); }
    void stopReconnect() { m_reconnect.stop(); }

Q_SIGNALS:
    void changed(State state);
    void reconnectDue();

private:
    State m_state = State::Unknown;
    bool m_forcedOffline = false;
    QTimer m_reconnect;
    std::chrono::milliseconds m_firstDelay {std::chrono::seconds(5)};
    std::chrono::milliseconds m_longestDelay {std::chrono::minutes(5)};
    int m_failedAttempts = 0;
};

} // namespace phonedesk::models
