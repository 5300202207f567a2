// SPDX-License-Identifier: MIT
#include "NumberStore.h"

#include "ApiClient.h"
#include "Cache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace phonedesk::models {

NumberStore::NumberStore(Cache& cache, api::ApiClient& client, Clock clock, QObject* parent)
    : QObject(parent), m_cache(cache), m_client(client), m_clock(std::move(clock))
{
    m_writer.setMaxThreadCount(1);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &NumberStore::refresh);
}

void NumberStore::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_firstDelay = first;
    m_longestDelay = longest;
}

NumberStore::~NumberStore()
{
    for (const QPointer<api::ApiCall>& call : {m_call, m_phonesCall}) {
        if (call)
            call->cancel();
    }
    m_writer.waitForDone(); // a snapshot half written would be rolled back; finish it instead
}

void NumberStore::openProfile(const QString& profileKey)
{
    if (m_call)
        m_call->cancel();
    m_profile = profileKey;
    if (m_phonesCall)
        m_phonesCall->cancel();
    m_numbers = m_cache.numbers(profileKey);
    m_phones = m_cache.providerPhones(profileKey);
    m_journal = m_cache.journal(profileKey);
    m_lastSync = m_cache.numbersSyncedAt(profileKey);
    m_lastError = {};
    Q_EMIT numbersReplaced(m_numbers);
    setConnectivity(m_forcedOffline ? Connectivity::Offline : Connectivity::Unknown);
}

void NumberStore::setForcedOffline(bool offline)
{
    m_forcedOffline = offline;
    if (offline) {
        m_reconnect.stop();
        if (m_call)
            m_call->cancel();
        setConnectivity(Connectivity::Offline);
    }
}

void NumberStore::refresh()
{
    if (m_forcedOffline || m_call || !m_client.connection().isComplete())
        return;
    m_reconnect.stop();
    m_beforeSync = m_connectivity;
    setConnectivity(Connectivity::Syncing);
    auto* call = m_client.listPhoneNumbers(api::ArchivedFilter::All);
    m_call = call;
    connect(call, &api::ApiCall::finished, this, [this, call] { onRefreshed(*call); });
}

void NumberStore::onRefreshed(const api::PhoneNumberListCall& call)
{
    m_call = nullptr;
    m_lastError = call.error();
    if (m_lastError.kind == api::ApiError::Kind::Cancelled) {
        // Stopped by the user: what was known before the sync still holds.
        setConnectivity(m_forcedOffline ? Connectivity::Offline : m_beforeSync);
        return;
    }
    if (!m_lastError.ok()) {
        noteError(m_lastError);
        if (m_lastError.isConnectivity()) {
            const qint64 factor = qint64(1) << std::min(m_failedAttempts++, 20);
            m_reconnect.start(std::min<std::chrono::milliseconds>(m_firstDelay * factor, m_longestDelay));
        } else {
            setConnectivity(Connectivity::Online);
        }
        Q_EMIT refreshFailed(m_lastError);
        return;
    }
    m_failedAttempts = 0;
    m_numbers = call.value();
    m_lastSync = m_clock();
    writeInBackground([profile = m_profile, numbers = m_numbers, syncedAt = m_lastSync](Cache& cache) {
        return cache.replaceNumbers(profile, numbers, syncedAt);
    });
    Q_EMIT numbersUpdated(m_numbers);
    setConnectivity(Connectivity::Online);
    refreshProviderPhones();
}

void NumberStore::refreshProviderPhones()
{
    if (m_phonesCall || lacksScope(QStringLiteral("phones:write")))
        return; // a read-only token may not list them
    auto* call = m_client.listLinkablePhones();
    m_phonesCall = call;
    connect(call, &api::ApiCall::finished, this, [this, call, profile = m_profile] {
        m_phonesCall = nullptr;
        if (!call->ok()) {
            noteError(call->error());
            return;
        }
        m_phones = call->value();
        writeInBackground([profile, phones = m_phones, syncedAt = m_clock()](Cache& cache) {
            return cache.replaceProviderPhones(profile, phones, syncedAt);
        });
    });
}

void NumberStore::applyServerNumber(const api::PhoneNumber& number)
{
    const auto it = std::find_if(m_numbers.begin(), m_numbers.end(),
                                 [&](const api::PhoneNumber& n) { return n.id == number.id; });
    if (it != m_numbers.end())
        *it = number;
    else
        m_numbers.append(number);
    // Through the writer too, so that it lands after any snapshot still being written.
    writeInBackground([profile = m_profile, number](Cache& cache) { return cache.upsertNumber(profile, number); });
    setConnectivity(Connectivity::Online);
    Q_EMIT numberChanged(number);
}

void NumberStore::writeInBackground(std::function<QString(Cache&)> write)
{
    if (!m_cache.isOpen())
        return; // the app works from memory; the problem was shown at start
    ++m_pendingWrites;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_cacheProblem = watcher->result();
        if (--m_pendingWrites == 0)
            Q_EMIT cacheWritten();
    });
    watcher->setFuture(QtConcurrent::run(&m_writer, [path = m_cache.path(), write = std::move(write)] {
        Cache cache(path);
        const QString problem = cache.attach();
        return problem.isEmpty() ? write(cache) : problem;
    }));
}

void NumberStore::recordWrite(JournalEntry entry)
{
    entry.at = m_clock();
    entry.seq = m_journal.isEmpty() ? 1 : m_journal.last().seq + 1;
    m_journal.append(entry);
    writeInBackground([profile = m_profile, entry](Cache& cache) { return cache.appendJournal(profile, entry); });
    Q_EMIT journalChanged();
}

void NumberStore::noteError(const api::ApiError& error)
{
    if (error.isConnectivity()) {
        setConnectivity(Connectivity::Offline);
    } else if (error.kind == api::ApiError::Kind::Forbidden && !error.missingScope.isEmpty()
               && !m_missingScopes.contains(error.missingScope)) {
        m_missingScopes.insert(error.missingScope);
        Q_EMIT permissionsChanged();
    }
}

void NumberStore::setConnectivity(Connectivity connectivity)
{
    if (m_connectivity == connectivity)
        return;
    m_connectivity = connectivity;
    Q_EMIT connectivityChanged(connectivity);
}

} // namespace phonedesk::models
