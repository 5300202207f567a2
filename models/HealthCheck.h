// SPDX-License-Identifier: MIT
#pragma once

#include "api/ProviderPhone.h"
#include "models/NumberRows.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace phonedesk::models {

// What one rule of the health check found: the numbers or provider phones it concerns.
struct HealthFinding
{
    enum class Severity { Problem, Warning, Notice };
    // What opens the affected numbers: bulk edit with them selected, the link dialog, or only
    // the selection (a fix made number by number, or on the server).
    enum class Fix { BulkEdit, Link, Select, None };

    QString rule; // the rule's stable name, e.g. "active-not-linked"
    Severity severity = Severity::Notice;
    Fix fix = Fix::None;
    QString title; // translated, like the explanation
    QString explanation;
    QList<qint64> numberIds;
    QList<api::ProviderPhone> phones; // the rules over provider phones

    qsizetype count() const { return numberIds.size() + phones.size(); }
};

// The rules over the cached numbers and the linkable provider phones: one table, in
// HealthCheck.cpp. Reads only the rows, so it runs offline and, at 100,000 numbers, in a
// fraction of a second.
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    // The rules that found something, most severe first; archived numbers are left out.
    static QList<HealthFinding> run(const NumberRows& rows, const QList<api::ProviderPhone>& phones);
    // Every rule's name, in the table's order.
    static QStringList ruleNames();
};

} // namespace phonedesk::models
