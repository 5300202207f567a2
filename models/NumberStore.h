// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/PhoneNumber.h"
#include "models/CacheWriter.h"
#include "models/CallRunner.h"
#include "models/ChangeJournal.h"
#include "models/Clock.h"
#include "models/ConnectionWatch.h"
#include "models/Permissions.h"
#include "models/TokenRenewal.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

namespace phonedesk::api {
class ApiClient;
}

namespace phonedesk::models {

class Cache;

// The open profile's snapshot: opens with the cached numbers at once, then refreshes them (and
// the linkable provider phones) from the server. The server's answer, never a local guess, is
// what lands in the cache and in numbers(). What else belongs to a profile has a class of its
// own, held here and reset by openProfile(): whether the server is reached (connection()), what
// the token may do (permissions()), the change journal (journal()); every call goes through
// calls(), which renews a rejected token once (tokenRenewal()).
class NumberStore : public QObject
{
    Q_OBJECT

public:
    using Connectivity = ConnectionWatch::State;

    NumberStore(Cache& cache, api::ApiClient& client, Clock clock, QObject* parent = nullptr);
    ~NumberStore() override;

    // Shows the profile's cached numbers (numbersReplaced) without touching the network.
    void openProfile(const QString& profileKey);
    void setForcedOffline(bool offline);
    void refresh();
    void setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
    {
        m_connection.setReconnectDelays(first, longest);
    }
    bool isReconnectScheduled() const { return m_connection.isReconnectScheduled(); }

    // The server's answer to a write (create, update, link, archive), or its copy fetched before
    // one: it, not the local edit, goes into the numbers, the cache and the view.
    void applyServerNumber(const api::PhoneNumber& number);
    // Learns from a failed call: a 403 naming a scope, an unreachable server.
    void noteError(const api::ApiError& error);

    const QList<api::PhoneNumber>& numbers() const { return m_numbers; }
    // The linkable provider phones as last synced (after the numbers, when the token may).
    const QList<api::ProviderPhone>& providerPhones() const { return m_phones; }
    Connectivity connectivity() const { return m_connection.state(); }
    bool isForcedOffline() const { return m_connection.isForcedOffline(); }
    QDateTime lastSync() const { return m_lastSync; }
    // The last refresh's failure; ok() once a refresh succeeds.
    const api::ApiError& lastError() const { return m_lastError; }
    // A problem with the local cache file, shown but not fatal: the app works from memory. It
    // stays until a later write of the same kind lands.
    QString cacheProblem() const { return m_cacheWriter.problem(); }

    ConnectionWatch& connection() { return m_connection; }
    Permissions& permissions() { return m_permissions; }
    const Permissions& permissions() const { return m_permissions; }
    ChangeJournal& journal() { return m_journal; }
    const ChangeJournal& journal() const { return m_journal; }
    TokenRenewal& tokenRenewal() { return m_renewal; }
    CallRunner& calls() { return m_calls; }

Q_SIGNALS:
    // The open profile is about to change: what still runs for it must stop now (and be
    // journaled for it), before its journal and connection give way to the next profile's.
    void profileClosing();
    // A different profile's data: the view resets.
    void numbersReplaced(const QList<api::PhoneNumber>& numbers);
    // A fresh snapshot of the same profile: the view applies the difference.
    void numbersUpdated(const QList<api::PhoneNumber>& numbers);
    void connectivityChanged(Connectivity connectivity);
    void refreshFailed(const api::ApiError& error);
    // Every cache write asked for so far has finished; cacheProblem() says if one did not land.
    void cacheWritten();
    // One number changed or was created by a write.
    void numberChanged(const api::PhoneNumber& number);

private:
    void onRefreshed(const api::ApiError& error, const QList<api::PhoneNumber>& numbers);
    void refreshProviderPhones();
    void probeArchiveScope();

    Cache& m_cache;
    api::ApiClient& m_client;
    Clock m_clock;
    CacheWriter m_cacheWriter;
    ConnectionWatch m_connection;
    Permissions m_permissions;
    ChangeJournal m_journal;
    TokenRenewal m_renewal;
    CallRunner m_calls;
    QString m_profile;
    QList<api::PhoneNumber> m_numbers;
    QList<api::ProviderPhone> m_phones;
    QDateTime m_lastSync;
    api::ApiError m_lastError;
    Connectivity m_beforeSync = Connectivity::Unknown; // restored when a sync is cancelled
    QPointer<GuardedCall> m_call;
    QPointer<GuardedCall> m_phonesCall;
    QPointer<GuardedCall> m_probe;
};

} // namespace phonedesk::models
