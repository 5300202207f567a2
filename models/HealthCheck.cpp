// SPDX-License-Identifier: MIT
#include "models/HealthCheck.h"

#include "common/PhoneFormat.h"
#include "common/WireEnums.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace phonedesk::models {
namespace {

using Severity = HealthFinding::Severity;
using Fix = HealthFinding::Fix;

// A work mode as NumberRows::voiceWorkMode() holds it: its entry of api::kWorkModes, plus one.
constexpr int bits(api::WorkMode mode)
{
    for (size_t i = 0; i < api::kWorkModes.size(); ++i) {
        if (api::kWorkModes[i].first == mode)
            return int(i) + 1;
    }
    return 0;
}
constexpr int kAlwaysForward = bits(api::WorkMode::AlwaysForward), kForwardOffHours = bits(api::WorkMode::ForwardOffHours),
              kMessageOffHours = bits(api::WorkMode::MessageOffHours), kVoicemail = bits(api::WorkMode::Voicemail),
              kVoicemailOffHours = bits(api::WorkMode::VoicemailOffHours);

bool isOffHours(int mode)
{
    return mode == kForwardOffHours || mode == kMessageOffHours || mode == kVoicemailOffHours;
}

// What every rule reads: the active rows, and the provider phones by uuid.
struct Context
{
    const NumberRows& rows;
    const QList<api::ProviderPhone>& phones;
    std::vector<qsizetype> active;
    QHash<QString, const api::ProviderPhone*> phoneByUuid;
};

using Find = std::function<void(const Context&, HealthFinding&)>;

// Numbers that forward along `next` back to themselves (a number forwarding to itself is the
// shortest such cycle).
void addCycles(const Context& c, const std::function<QString(qsizetype)>& forwardOf, QSet<qint64>& found)
{
    QHash<QString, qsizetype> byNumber;
    for (const qsizetype row : c.active)
        byNumber.insert(c.rows.phoneNumber(row), row);
    enum State : char { Unseen, OnPath, Done };
    std::vector<State> state(size_t(c.rows.size()), Unseen);
    for (const qsizetype start : c.active) {
        std::vector<qsizetype> path;
        qsizetype row = start;
        while (row >= 0 && state[size_t(row)] == Unseen) {
            state[size_t(row)] = OnPath;
            path.push_back(row);
            const QString forward = forwardOf(row);
            row = forward.isEmpty() ? -1 : byNumber.value(forward, -1);
        }
        if (row >= 0 && state[size_t(row)] == OnPath) { // back on this path: a cycle from `row`
            for (auto it = std::find(path.begin(), path.end(), row); it != path.end(); ++it)
                found.insert(c.rows.id(*it));
        }
        for (const qsizetype visited : path)
            state[size_t(visited)] = Done;
    }
}

QString forwardIfForwarding(const NumberRows& rows, qsizetype row, bool voice)
{
    const int mode = voice ? rows.voiceWorkMode(row) : rows.smsWorkMode(row);
    if (mode != kAlwaysForward && mode != kForwardOffHours)
        return {};
    return voice ? rows.voiceForwardNumber(row) : rows.smsForwardNumber(row);
}

struct Rule
{
    const char* name;
    Severity severity;
    Fix fix;
    const char* title;
    const char* explanation;
    Find find;
};

// Each rule adds what it finds to the finding's numberIds or phones.
const std::vector<Rule>& rules()
{
    static const std::vector<Rule> table {
        {"channel-without-capability", Severity::Problem, Fix::BulkEdit,
         QT_TRANSLATE_NOOP("HealthCheck", "A channel the provider phone cannot carry"),
         QT_TRANSLATE_NOOP("HealthCheck", "Voice or SMS is enabled, but the linked provider phone lacks that capability: "
                                          "calls or messages on it are lost."),
         [](const Context& c, HealthFinding& f) {
             for (const qsizetype row : c.active) {
                 const api::ProviderPhone* phone = c.phoneByUuid.value(c.rows.providerPhoneUuid(row).value_or(QString()));
                 if (phone && ((c.rows.enableVoice(row) && !phone->voice) || (c.rows.enableSms(row) && !phone->sms)))
                     f.numberIds << c.rows.id(row);
             }
         }},
        {"active-not-linked", Severity::Problem, Fix::Link, QT_TRANSLATE_NOOP("HealthCheck", "Active, but linked to no provider phone"),
         QT_TRANSLATE_NOOP("HealthCheck", "Without a provider phone the number cannot receive calls or messages."),
         [](const Context& c, HealthFinding& f) {
             for (const qsizetype row : c.active) {
                 if (!(c.rows.flags(row) & NumberRows::Linked))
                     f.numberIds << c.rows.id(row);
             }
         }},
        {"forwarding-loop", Severity::Problem, Fix::BulkEdit, QT_TRANSLATE_NOOP("HealthCheck", "Forwarding in a circle"),
         QT_TRANSLATE_NOOP("HealthCheck", "The number forwards to itself, or to numbers of this workspace that forward back to it: "
                                          "a call or message never arrives."),
         [](const Context& c, HealthFinding& f) {
             QSet<qint64> found;
             addCycles(c, [&](qsizetype row) { return forwardIfForwarding(c.rows, row, true); }, found);
             addCycles(c, [&](qsizetype row) { return forwardIfForwarding(c.rows, row, false); }, found);
             f.numberIds = found.values();
         }},
        {"phone-unused", Severity::Warning, Fix::None, QT_TRANSLATE_NOOP("HealthCheck", "Provider phones paid for, unused"),
         QT_TRANSLATE_NOOP("HealthCheck", "These provider phones are assigned to the workspace but linked to no number: link "
                                          "them, or give them back at the provider."),
         [](const Context& c, HealthFinding& f) {
             QSet<QString> linked;
             for (qsizetype row = 0; row < c.rows.size(); ++row) {
                 if (const std::optional<QString> uuid = c.rows.providerPhoneUuid(row))
                     linked.insert(*uuid);
             }
             for (const api::ProviderPhone& phone : c.phones) {
                 if (phone.workspaceUuid && !phone.linkedPhoneNumberUuid && !linked.contains(phone.uuid))
                     f.phones << phone;
             }
         }},
        {"forward-unknown-plan", Severity::Warning, Fix::BulkEdit,
         QT_TRANSLATE_NOOP("HealthCheck", "A forward number no numbering plan knows"),
         QT_TRANSLATE_NOOP("HealthCheck", "Calls or messages are forwarded to a number that cannot be dialled."),
         [](const Context& c, HealthFinding& f) {
             for (const qsizetype row : c.active) {
                 for (const QString& forward : {c.rows.voiceForwardNumber(row), c.rows.smsForwardNumber(row)}) {
                     if (!forward.isEmpty() && !api::phone::isValidE164(forward)) {
                         f.numberIds << c.rows.id(row);
                         break;
                     }
                 }
             }
         }},
        {"number-unknown-plan", Severity::Warning, Fix::Select, QT_TRANSLATE_NOOP("HealthCheck", "A number no numbering plan knows"),
         QT_TRANSLATE_NOOP("HealthCheck", "The server sent a number that no country's plan knows; check it on the server."),
         [](const Context& c, HealthFinding& f) {
             for (const qsizetype row : c.active) {
                 if (!api::phone::isValidE164(c.rows.phoneNumber(row)))
                     f.numberIds << c.rows.id(row);
             }
         }},
        {"off-hours-without-message", Severity::Warning, Fix::BulkEdit,
         QT_TRANSLATE_NOOP("HealthCheck", "Off-hours work mode without its off-hours message"),
         QT_TRANSLATE_NOOP("HealthCheck", "Outside working hours callers or senders get no message."),
         [](const Context& c, HealthFinding& f) {
             for (const qsizetype row : c.active) {
                 const int flags = c.rows.flags(row);
                 if ((isOffHours(c.rows.voiceWorkMode(row)) && !(flags & NumberRows::HasVoiceOffHoursMessage))
                     || (isOffHours(c.rows.smsWorkMode(row)) && !(flags & NumberRows::HasSmsOffHoursMessage)))
                     f.numberIds << c.rows.id(row);
             }
         }},
        {"voicemail-without-greeting", Severity::Warning, Fix::BulkEdit, QT_TRANSLATE_NOOP("HealthCheck", "Voicemail without a greeting"),
         QT_TRANSLATE_NOOP("HealthCheck", "Callers reach voicemail without hearing whose it is."),
         [](const Context& c, HealthFinding& f) {
             for (const qsizetype row : c.active) {
                 const int mode = c.rows.voiceWorkMode(row);
                 if ((mode == kVoicemail || mode == kVoicemailOffHours) && !(c.rows.flags(row) & NumberRows::HasVoicemailGreeting))
                     f.numberIds << c.rows.id(row);
             }
         }},
        {"duplicate-name", Severity::Notice, Fix::Select, QT_TRANSLATE_NOOP("HealthCheck", "The same name on several numbers"),
         QT_TRANSLATE_NOOP("HealthCheck", "Active numbers that share a name are easily mistaken for each other; rename all but one."),
         [](const Context& c, HealthFinding& f) {
             QHash<QString, QList<qint64>> byName;
             for (const qsizetype row : c.active)
                 byName[c.rows.name(row).trimmed().toCaseFolded()] << c.rows.id(row);
             for (const QList<qint64>& ids : std::as_const(byName)) {
                 if (ids.size() > 1)
                     f.numberIds << ids;
             }
         }},
    };
    return table;
}

} // namespace

QList<HealthFinding> HealthCheck::run(const NumberRows& rows, const QList<api::ProviderPhone>& phones)
{
    Context context {rows, phones, {}, {}};
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (!rows.isArchived(row))
            context.active.push_back(row);
    }
    for (const api::ProviderPhone& phone : phones)
        context.phoneByUuid.insert(phone.uuid, &phone);
    QList<HealthFinding> findings;
    for (const Rule& rule : rules()) {
        HealthFinding finding;
        rule.find(context, finding);
        if (finding.count() == 0)
            continue;
        std::sort(finding.numberIds.begin(), finding.numberIds.end());
        finding.rule = QLatin1String(rule.name);
        finding.severity = rule.severity;
        finding.fix = rule.fix;
        finding.title = tr(rule.title);
        finding.explanation = tr(rule.explanation);
        findings << finding;
    }
    std::stable_sort(findings.begin(), findings.end(), [](const HealthFinding& a, const HealthFinding& b) { return a.severity < b.severity; });
    return findings;
}

QStringList HealthCheck::ruleNames()
{
    QStringList names;
    for (const Rule& rule : rules())
        names << QLatin1String(rule.name);
    return names;
}

} // namespace phonedesk::models
