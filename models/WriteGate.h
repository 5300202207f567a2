// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "common/WireEnums.h"

#include <QCoreApplication>
#include <QString>

namespace phonedesk::models {

class NumberStore;

enum class WriteAction { New, Edit, Link, Archive };

struct Availability
{
    bool enabled = false;
    QString reason; // why not, for the tooltip and status tip; empty when enabled
};

// Decides whether a write action can run now, and says why not: offline, nothing or an archived
// number selected, or a scope the server said the token lacks. A plain object a test can drive.
class WriteGate
{
    Q_DECLARE_TR_FUNCTIONS(WriteGate)

public:
    explicit WriteGate(const NumberStore& store) : m_store(store) { }

    // selected: the number the action is for; null when none is selected.
    Availability check(WriteAction action, const api::PhoneNumber* selected) const;
    // The bulk form of Edit or Archive, on `selected` numbers (archived ones are refused per row
    // in the preview, not here).
    Availability checkMany(WriteAction action, qsizetype selected) const;

    static api::Scope scopeOf(WriteAction action);

private:
    Availability connected() const;
    Availability scopeFor(WriteAction action) const;

    const NumberStore& m_store;
};

} // namespace phonedesk::models
