// SPDX-License-Identifier: MIT
#include "models/WriteGate.h"

#include "models/NumberStore.h"

namespace phonedesk::models {

api::Scope WriteGate::scopeOf(WriteAction action)
{
    return action == WriteAction::Archive ? api::Scope::Admin : api::Scope::Write;
}

Availability WriteGate::connected() const
{
    if (m_store.isForcedOffline())
        return {false, tr("Started with --offline: changes need the server.")};
    if (m_store.connectivity() == NumberStore::Connectivity::Offline)
        return {false, tr("Offline: changes need the server. Refresh (F5) when it is back.")};
    if (m_store.connectivity() == NumberStore::Connectivity::Unknown)
        return {false, tr("Not connected to a server yet.")};
    return {true, {}};
}

Availability WriteGate::scopeFor(WriteAction action) const
{
    const api::Scope scope = scopeOf(action);
    if (!m_store.permissions().lacks(scope))
        return {true, {}};
    if (scope == api::Scope::Write)
        return {false, tr("Read only: the API token of this profile lacks the %1 scope.").arg(api::wireName(scope))};
    return {false, tr("The API token of this profile lacks the %1 scope, which archiving needs.").arg(api::wireName(scope))};
}

Availability WriteGate::checkMany(WriteAction action, qsizetype selected) const
{
    if (const Availability online = connected(); !online.enabled)
        return online;
    if (selected == 0)
        return {false, tr("Select the numbers first (Ctrl+A selects all shown).")};
    return scopeFor(action);
}

Availability WriteGate::check(WriteAction action, const api::PhoneNumber* selected) const
{
    if (const Availability online = connected(); !online.enabled)
        return online;
    if (action != WriteAction::New) {
        if (!selected)
            return {false, tr("Select a number first.")};
        if (selected->isArchived)
            return {false, action == WriteAction::Archive ? tr("This number is already archived.")
                                                          : tr("Archived numbers cannot be changed.")};
    }
    return scopeFor(action);
}

} // namespace phonedesk::models
