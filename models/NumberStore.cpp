// SPDX-License-Identifier: MIT
#include "models/NumberStore.h"

#include "api/ApiClient.h"
#include "models/Cache.h"

namespace phonedesk::models {

NumberStore::NumberStore(Cache& cache, api::ApiClient& client, Clock clock, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
    , m_clock(clock)
    , m_cacheWriter(cache)
    , m_journal(m_cacheWriter, std::move(clock))
    , m_renewal(client)
    , m_calls(m_renewal, [this](const api::ApiError& error) { noteError(error); })
{
    connect(&m_connection, &ConnectionWatch::reconnectDue, this, &NumberStore::refresh);
    connect(&m_connection, &ConnectionWatch::changed, this, &NumberStore::connectivityChanged);
    connect(&m_cacheWriter, &CacheWriter::idle, this, &NumberStore::cacheWritten);
    // Another token may have other scopes: learned anew (the next sync probes again).
    connect(&m_renewal, &TokenRenewal::tokenChanged, &m_permissions, &Permissions::reset);
}

NumberStore::~NumberStore()
{
    for (const QPointer<GuardedCall>& call : {m_call, m_phonesCall, m_probe}) {
        if (call)
            call->cancel();
    }
}

void NumberStore::openProfile(const QString& profileKey)
{
    Q_EMIT profileClosing();
    for (const QPointer<GuardedCall>& call : {m_call, m_phonesCall, m_probe}) {
        if (call)
            call->cancel();
    }
    m_profile = profileKey;
    m_numbers = m_cache.numbers(profileKey);
    m_phones = m_cache.providerPhones(profileKey);
    m_journal.open(profileKey, m_cache.journal(profileKey));
    m_lastSync = m_cache.numbersSyncedAt(profileKey);
    m_lastError = {};
    m_cacheWriter.clearProblems();
    m_permissions.reset();
    m_renewal.forgetDecline();
    Q_EMIT numbersReplaced(m_numbers);
    m_connection.reset();
}

void NumberStore::setForcedOffline(bool offline)
{
    m_connection.setForcedOffline(offline);
    if (offline && m_call)
        m_call->cancel();
}

void NumberStore::refresh()
{
    if (m_connection.isForcedOffline() || m_call || !m_client.connection().isComplete())
        return;
    m_connection.stopReconnect();
    m_beforeSync = m_connection.state();
    m_connection.set(Connectivity::Syncing);
    m_call = m_calls.run<QList<api::PhoneNumber>>(
        [this] { return m_client.listPhoneNumbers(api::ArchivedFilter::All); }, this,
        [this](const QList<api::PhoneNumber>& numbers) { onRefreshed({}, numbers); },
        [this](const api::ApiError& error) { onRefreshed(error, {}); });
}

void NumberStore::onRefreshed(const api::ApiError& error, const QList<api::PhoneNumber>& numbers)
{
    m_call = nullptr;
    m_lastError = error;
    if (error.kind == api::ApiError::Kind::Cancelled) {
        // Stopped by the user: what was known before the sync still holds.
        m_connection.set(m_connection.isForcedOffline() ? Connectivity::Offline : m_beforeSync);
        return;
    }
    if (!error.ok()) {
        if (error.isConnectivity())
            m_connection.unreachable(); // noteError() has set it offline already
        else
            m_connection.set(Connectivity::Online);
        Q_EMIT refreshFailed(error);
        return;
    }
    m_connection.reached();
    m_permissions.granted(api::Scope::Read);
    m_numbers = numbers;
    m_lastSync = m_clock();
    m_cacheWriter.write(CacheWriter::Kind::Snapshot, [profile = m_profile, numbers, syncedAt = m_lastSync](Cache& cache) {
        return CacheWriter::Result {cache.replaceNumbers(profile, numbers, syncedAt), 0};
    });
    Q_EMIT numbersUpdated(m_numbers);
    m_connection.set(Connectivity::Online);
    refreshProviderPhones();
    probeArchiveScope();
}

void NumberStore::refreshProviderPhones()
{
    if (m_phonesCall || m_permissions.lacks(api::Scope::Write))
        return; // a read-only token may not list them, and is known not to
    m_phonesCall = m_calls.run<QList<api::ProviderPhone>>(
        [this] { return m_client.listLinkablePhones(); }, this,
        [this, profile = m_profile](const QList<api::ProviderPhone>& phones) {
            m_phonesCall = nullptr;
            m_permissions.granted(api::Scope::Write);
            m_phones = phones;
            m_cacheWriter.write(CacheWriter::Kind::ProviderPhones, [profile, phones, syncedAt = m_clock()](Cache& cache) {
                return CacheWriter::Result {cache.replaceProviderPhones(profile, phones, syncedAt), 0};
            });
        },
        [this](const api::ApiError&) { m_phonesCall = nullptr; }); // noteError() has learned from it
}

void NumberStore::probeArchiveScope()
{
    // Reading archive blockers needs phones:admin and changes nothing: asked once per profile,
    // it tells the window whether Archive can work before anyone tries.
    if (m_probe || m_permissions.known(api::Scope::Admin) != Permissions::Known::Unknown)
        return;
    const QString id = m_numbers.isEmpty() ? QStringLiteral("0") : QString::number(m_numbers.first().id);
    m_probe = m_calls.run<api::ArchiveBlockers>(
        [this, id] { return m_client.getArchiveBlockers(id); }, this,
        [this](const api::ArchiveBlockers&) {
            m_probe = nullptr;
            m_permissions.granted(api::Scope::Admin);
        },
        [this](const api::ApiError& error) {
            m_probe = nullptr;
            if (error.kind == api::ApiError::Kind::NotFound)
                m_permissions.granted(api::Scope::Admin); // allowed, only that number is gone
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
    m_cacheWriter.write(CacheWriter::Kind::Number, [profile = m_profile, number](Cache& cache) {
        return CacheWriter::Result {cache.upsertNumber(profile, number), 0};
    });
    m_connection.set(Connectivity::Online);
    Q_EMIT numberChanged(number);
}

void NumberStore::noteError(const api::ApiError& error)
{
    if (error.isConnectivity())
        m_connection.set(Connectivity::Offline);
    m_permissions.learn(error);
}

} // namespace phonedesk::models
