// SPDX-License-Identifier: MIT
#pragma once

#include "common/WireEnums.h"

#include <QMap>
#include <QObject>

namespace phonedesk::api {
struct ApiError;
}

namespace phonedesk::models {

// What the open profile's token may do, as far as the server has said: from its 403s, and from
// the probes after the first sync (listing the linkable phones needs phones:write, reading
// archive blockers needs phones:admin, and neither changes anything). Reset per profile.
class Permissions : public QObject
{
    Q_OBJECT

public:
    enum class Known { Unknown, Granted, Lacking };

    using QObject::QObject;

    void reset();
    // A 403 that names a scope: the token lacks it.
    void learn(const api::ApiError& error);
    // A call that needs `scope` succeeded.
    void granted(api::Scope scope);

    Known known(api::Scope scope) const { return m_known.value(scope, Known::Unknown); }
    bool lacks(api::Scope scope) const { return known(scope) == Known::Lacking; }

Q_SIGNALS:
    void changed();

private:
    void set(api::Scope scope, Known known);

    QMap<api::Scope, Known> m_known;
};

} // namespace phonedesk::models
