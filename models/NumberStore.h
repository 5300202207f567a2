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
#include "models/NumberSnapshot.h"
#include "models/Permissions.h"
#include "models/PhoneNumberModel.h"
#include "models/TokenRenewal.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

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
    QString profileKey() const { return m_profile; }
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

    // The numbers as a table: the one copy of their rows, shared with the view.
    PhoneNumberModel& table() { return m_table; }
    const NumberRows& rows() const { return m_table.rows(); }
    // One number in full, read from its JSON as the server sent it (kept in memory until the
    // cache has it, then read from the cache); nullopt when there is no such number.
    std::optional<api::PhoneNumber> number(qint64 id) const;
    // The shown numbers of `ids` in full, in that order (a number not shown is left out): for
    // exports, copies and bulk operations, about 10 µs a number.
    QList<api::PhoneNumber> numbers(const QList<qint64>& ids) const;
    // Every number in full, in the table's order.
    QList<api::PhoneNumber> numbers() const;
    // What the last sync could not read, one line a number ("[12] (number 4711) is 80 KiB, ...");
    // those numbers keep what was known of them.
    const QStringList& refusedNumbers() const { return m_refused; }
    // How many numbers the last snapshot written to the cache changed there (-1: none yet).
    qint64 lastRowsWritten() const { return m_lastRowsWritten; }
    // How many numbers the last sync found changed, added or gone on the server since the sync
    // before, by anyone but this app's own writes (each is in the journal as Seen).
    qsizetype changedByOthers() const { return m_changedByOthers; }
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
    // A different profile's data: table() has reset.
    void numbersReplaced();
    // A fresh snapshot of the same profile: table() has applied the difference.
    void numbersUpdated();
    void connectivityChanged(Connectivity connectivity);
    void refreshFailed(const api::ApiError& error);
    // A sync's progress: the list's bytes received of `total` (-1: not known), then, once all
    // are in (received == total), while they are read.
    void syncProgress(qint64 received, qint64 total);
    // Every cache write asked for so far has finished; cacheProblem() says if one did not land.
    void cacheWritten();
    // A sync's snapshot is in the cache (or failed to be: cacheProblem()); `rowsWritten`: the
    // numbers it changed there.
    void snapshotStored(qint64 rowsWritten);
    // One number changed or was created by a write.
    void numberChanged(const api::PhoneNumber& number);
    // providerPhones() came from the server.
    void providerPhonesChanged();

private:
    struct Sync;
    void read(const QByteArray& body);
    void onRefreshed(const api::ApiError& error, const std::shared_ptr<Sync>& sync);
    // The JSON of a number the cache may not have yet; nullopt: read it from the cache.
    std::optional<QByteArray> unsavedJson(qint64 id) const;
    // The journal's Seen entries of a sync: what differs between the rows shown and the snapshot.
    QList<JournalEntry> seenChanges(const NumberSnapshot& snapshot, const NumberRows& fresh, const QList<qint64>& removed) const;
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
    PhoneNumberModel m_table;
    // Numbers' JSON that the cache may not hold yet: the last synced snapshot until it is
    // written, and the answers to writes, by id, until each is written.
    std::shared_ptr<const NumberSnapshot> m_unsavedSnapshot;
    QHash<qint64, QByteArray> m_unsaved;
    qsizetype m_changedByOthers = 0;
    QStringList m_refused;
    int m_generation = 0; // of the open profile, so that a late result for another is dropped
    bool m_reading = false; // a list is being read on a worker
    bool m_shownEarly = false; // and some of its rows are shown (a first sync)
    QFuture<std::shared_ptr<Sync>> m_read;
    qint64 m_lastRowsWritten = -1;
    QList<api::ProviderPhone> m_phones;
    QDateTime m_lastSync;
    api::ApiError m_lastError;
    Connectivity m_beforeSync = Connectivity::Unknown; // restored when a sync is cancelled
    QPointer<GuardedCall> m_call;
    QPointer<GuardedCall> m_phonesCall;
    QPointer<GuardedCall> m_probe;
};

} // namespace phonedesk::models
