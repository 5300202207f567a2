// SPDX-License-Identifier: MIT
#pragma once

// The contract's enumerations with their wire names, one table each, shared by the client and
// the reference server: a name is spelled out here and nowhere else.
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace phonedesk::api {

template<typename E, std::size_t N>
using WireTable = std::array<std::pair<E, QLatin1String>, N>;

// A token's scopes. They do not imply each other on the wire.
enum class Scope { Read, Write, Admin };
inline constexpr WireTable<Scope, 3> kScopes {{
    {Scope::Read, QLatin1String("phones:read")},
    {Scope::Write, QLatin1String("phones:write")},
    {Scope::Admin, QLatin1String("phones:admin")},
}};

// What a number does with a call or a message (voiceWorkMode, smsWorkMode).
enum class WorkMode { AlwaysForward, ForwardOffHours, AlwaysMessage, MessageOffHours, Voicemail, VoicemailOffHours };
inline constexpr WireTable<WorkMode, 6> kWorkModes {{
    {WorkMode::AlwaysForward, QLatin1String("always_forward")},
    {WorkMode::ForwardOffHours, QLatin1String("forward_off_hours")},
    {WorkMode::AlwaysMessage, QLatin1String("always_message")},
    {WorkMode::MessageOffHours, QLatin1String("message_off_hours")},
    {WorkMode::Voicemail, QLatin1String("voicemail")},
    {WorkMode::VoicemailOffHours, QLatin1String("voicemail_off_hours")},
}};

inline constexpr bool isForwarding(WorkMode mode)
{
    return mode == WorkMode::AlwaysForward || mode == WorkMode::ForwardOffHours;
}

template<typename E, std::size_t N>
constexpr QLatin1String wireName(const WireTable<E, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return name;
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromWire(const WireTable<E, N>& table, QStringView name)
{
    for (const auto& [e, wire] : table) {
        if (name == wire)
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList wireNames(const WireTable<E, N>& table)
{
    QStringList names;
    for (const auto& [e, name] : table)
        names << name;
    return names;
}

inline QLatin1String wireName(Scope scope) { return wireName(kScopes, scope); }
inline QLatin1String wireName(WorkMode mode) { return wireName(kWorkModes, mode); }

} // namespace phonedesk::api
