// SPDX-License-Identifier: MIT
#include "models/Permissions.h"

#include "api/ApiError.h"

namespace phonedesk::models {

void Permissions::reset()
{
    if (m_known.isEmpty())
        return;
    m_known.clear();
    Q_EMIT changed();
}

void Permissions::learn(const api::ApiError& error)
{
    if (error.kind != api::ApiError::Kind::Forbidden)
        return;
    if (const std::optional<api::Scope> scope = api::fromWire(api::kScopes, error.missingScope))
        set(*scope, Known::Lacking);
}

void Permissions::granted(api::Scope scope)
{
    set(scope, Known::Granted);
}

void Permissions::set(api::Scope scope, Known known)
{
    if (m_known.value(scope, Known::Unknown) == known)
        return;
    m_known.insert(scope, known);
    Q_EMIT changed();
}

} // namespace phonedesk::models
