// SPDX-License-Identifier: MIT
#include "NumberStore.h"

#include "ApiClient.h"
#include "Cache.h"

namespace phonedesk::models {

NumberStore::NumberStore(Cache& cache, api::ApiClient& client, Clock clock, QObject* parent)
    : QObject(parent), m_cache(cache), m_client(client), m_clock(std::move(clock))
{
}

NumberStore::~NumberStore()
{
    if (m_call)
        m_call->cancel();
}

void NumberStore::openProfile(const QString& profileKey)
{
    if (m_call)
        m_call->cancel();
    m_profile = profileKey;
    m_numbers = m_cache.numbers(profileKey);
    m_lastSync = m_cache.numbersSyncedAt(profileKey);
    m_lastError = {};
    Q_EMIT numbersReplaced(m_numbers);
    setConnectivity(m_forcedOffline ? Connectivity::Offline : Connectivity::Unknown);
}

void NumberStore::setForcedOffline(bool offline)
{
    m_forcedOffline = offline;
    if (offline) {
        if (m_call)
            m_call->cancel();
        setConnectivity(Connectivity::Offline);
    }
}

void NumberStore::refresh()
{
    if (m_forcedOffline || m_call || !m_client.connection().isComplete())
        return;
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
        setConnectivity(m_forcedOffline ? Connectivity::Offline : Connectivity::Unknown);
        return;
    }
    if (!m_lastError.ok()) {
        setConnectivity(m_lastError.isConnectivity() ? Connectivity::Offline : Connectivity::Online);
        Q_EMIT refreshFailed(m_lastError);
        return;
    }
    m_numbers = call.value();
    m_lastSync = m_clock();
    m_cacheProblem = m_cache.replaceNumbers(m_profile, m_numbers, m_lastSync);
    Q_EMIT numbersUpdated(m_numbers);
    setConnectivity(Connectivity::Online);
}

void NumberStore::setConnectivity(Connectivity connectivity)
{
    if (m_connectivity == connectivity)
        return;
    m_connectivity = connectivity;
    Q_EMIT connectivityChanged(connectivity);
}

} // namespace phonedesk::models
