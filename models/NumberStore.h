// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "Clock.h"
#include "Journal.h"
#include "PhoneNumber.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>

namespace phonedesk::api {
class ApiClient;
}

namespace phonedesk::models {

class Cache;

// Joins the cache and the client for one profile: opens with the cached numbers at once, then
// refreshes from the server, and knows whether the server was reached. The server's answer,
// never a local guess, is what lands in the cache and in numbers().
class NumberStore : public QObject
{
    Q_OBJECT

public:
    enum class Connectivity {
        Unknown, // nothing tried yet
        Syncing,
        Online,
        Offline, // the server could not be reached, or offline was asked for
    };
    Q_ENUM(Connectivity)

    NumberStore(Cache& cache, api::ApiClient& client, Clock clock, QObject* parent = nullptr);
    ~NumberStore() override;

    // Shows the profile's cached numbers (numbersReplaced) without touching the network.
    void openProfile(const QString& profileKey);
    // Never touch the network: --offline.
    void setForcedOffline(bool offline);
    void refresh();
    // After a connection failure the store tries again by itself, waiting `first`, then twice
    // as long each time up to `longest`, and refreshes as soon as the server answers.
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    bool isReconnectScheduled() const { return m_reconnect.isActive(); }

    // The server's answer to a write (create, update, link, archive): it, not the local edit,
    // goes into the numbers, the cache and the view.
    void applyServerNumber(const api::PhoneNumber& number);
    // Learns from a failed call: a 403 naming a scope is remembered for the session, and an
    // unreachable server means offline.
    void noteError(const api::ApiError& error);
    bool lacksScope(const QString& scope) const { return m_missingScopes.contains(scope); }

    // Records a write made from the app (it gets its time here), in memory and in the cache.
    void recordWrite(JournalEntry entry);
    // This profile's journal, oldest first, across restarts.
    const QList<JournalEntry>& journal() const { return m_journal; }

    const QList<api::PhoneNumber>& numbers() const { return m_numbers; }
    // The linkable provider phones as last synced (after the numbers, when the token may).
    const QList<api::ProviderPhone>& providerPhones() const { return m_phones; }
    Connectivity connectivity() const { return m_connectivity; }
    QDateTime lastSync() const { return m_lastSync; }
    // The last refresh's failure; ok() once a refresh succeeds.
    const api::ApiError& lastError() const { return m_lastError; }
    bool isForcedOffline() const { return m_forcedOffline; }
    // A problem with the local cache file, shown but not fatal: the app works from memory.
    QString cacheProblem() const { return m_cacheProblem; }

Q_SIGNALS:
    // A different profile's data: the view resets.
    void numbersReplaced(const QList<api::PhoneNumber>& numbers);
    // A fresh snapshot of the same profile: the view applies the difference.
    void numbersUpdated(const QList<api::PhoneNumber>& numbers);
    void connectivityChanged(Connectivity connectivity);
    void refreshFailed(const api::ApiError& error);
    // The cache holds what the last refresh brought (written on a worker thread, in order);
    // cacheProblem() says if it could not.
    void cacheWritten();
    // One number changed or was created by a write.
    void numberChanged(const api::PhoneNumber& number);
    void journalChanged();
    // What the token may do changed (a scope turned out to be missing).
    void permissionsChanged();

private:
    void onRefreshed(const api::PhoneNumberListCall& call);
    void refreshProviderPhones();
    void setConnectivity(Connectivity connectivity);
    // Runs `write` on the writer thread with its own connection to the cache file.
    void writeInBackground(std::function<QString(Cache&)> write);

    Cache& m_cache;
    api::ApiClient& m_client;
    Clock m_clock;
    QString m_profile;
    QList<api::PhoneNumber> m_numbers;
    QList<api::ProviderPhone> m_phones;
    QList<JournalEntry> m_journal;
    QDateTime m_lastSync;
    api::ApiError m_lastError;
    QString m_cacheProblem;
    Connectivity m_connectivity = Connectivity::Unknown;
    Connectivity m_beforeSync = Connectivity::Unknown; // restored when a sync is cancelled
    bool m_forcedOffline = false;
    QSet<QString> m_missingScopes;
    QTimer m_reconnect;
    std::chrono::milliseconds m_firstDelay {std::chrono::seconds(5)};
    std::chrono::milliseconds m_longestDelay {std::chrono::minutes(5)};
    int m_failedAttempts = 0;
    QPointer<api::ApiCall> m_call;
    QPointer<api::ApiCall> m_phonesCall;
    QThreadPool m_writer; // one thread: snapshots land in the order they came
    int m_pendingWrites = 0;
};

} // namespace phonedesk::models
