// SPDX-License-Identifier: MIT
#include "models/NumberRows.h"

#include "common/PhoneFormat.h"
#include "common/WireEnums.h"

#include <algorithm>

namespace phonedesk::models {
namespace {

std::string_view sv(const QByteArray& bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

QByteArray digitsOf(const QByteArray& phone)
{
    QByteArray digits;
    digits.reserve(phone.size());
    for (const char c : phone) {
        if (c >= '0' && c <= '9')
            digits.append(c);
    }
    return digits;
}

// Case-folded as QString::toCaseFolded() does; ASCII, the common case, without the detour
// through UTF-16.
QByteArray folded(const QByteArray& text)
{
    QByteArray out = text;
    for (char& c : out) {
        if (uchar(c) >= 0x80)
            return QString::fromUtf8(text).toCaseFolded().toUtf8();
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
    }
    return out;
}

// A work mode's three bits (NumberRows::voiceWorkMode()).
int workModeCode(const QByteArray& wire)
{
    if (wire.isEmpty())
        return 0;
    const auto& modes = api::kWorkModes;
    const auto it = std::find_if(modes.cbegin(), modes.cend(), [&](const auto& mode) { return mode.second == QLatin1String(wire); });
    return it == modes.cend() ? NumberRows::kOtherWorkMode : int(it - modes.cbegin()) + 1;
}

// Back from the bits: a name the contract does not list stays one (its bits are kOtherWorkMode
// again), but which name it was is only in the number's JSON.
QByteArray workModeWire(int code)
{
    if (code == 0)
        return {};
    if (code == NumberRows::kOtherWorkMode)
        return QByteArrayLiteral("(other)");
    return QByteArray(api::kWorkModes[code - 1].second.data(), api::kWorkModes[code - 1].second.size());
}

} // namespace

void NumberRows::add(Row& row, int field, std::string_view bytes)
{
    // A size takes 16 bits. Only a hostile server or cache file sends a longer text (a number's
    // JSON is at most 64 KiB, and the search text of name and brand a little more when folded):
    // it is cut where a character starts.
    if (bytes.size() > 0xffff) {
        size_t cut = 0xffff;
        while (cut > 0 && (uchar(bytes[cut]) & 0xc0) == 0x80)
            --cut;
        bytes = bytes.substr(0, cut);
    }
    row.at[field] = quint32(m_text.size());
    row.size[field] = quint16(bytes.size());
    m_text.append(bytes.data(), qsizetype(bytes.size()));
}

void NumberRows::wasted(const Row& row)
{
    for (const quint16 size : row.size)
        m_waste += size;
}

NumberRows::Row NumberRows::make(const api::NumberColumns& c, quint64 hash)
{
    Row row {};
    row.id = c.id;
    row.hash = hash;
    row.workflow = c.defaultWorkflowId;
    row.createdMs = c.createdAtMs;
    row.updatedMs = c.updatedAtMs;
    row.archivedMs = c.archivedAtMs;
    row.flags = quint16((c.enableVoice ? Voice : 0) | (c.enableSms ? Sms : 0) | (c.enableWhatsApp ? WhatsApp : 0)
                        | (c.isArchived ? Archived : 0) | (c.providerPhoneUuid.isEmpty() ? 0 : Linked)
                        | (c.assistantEnabled ? Assistant : 0) | workModeCode(c.voiceWorkMode) << VoiceModeShift
                        | workModeCode(c.smsWorkMode) << SmsModeShift | (c.hasVoiceOffHoursMessage ? HasVoiceOffHoursMessage : 0)
                        | (c.hasSmsOffHoursMessage ? HasSmsOffHoursMessage : 0) | (c.hasVoicemailGreeting ? HasVoicemailGreeting : 0));
    const QByteArray digits = digitsOf(c.phoneNumber);
    QByteArray search = folded(c.name);
    if (!c.brandName.isEmpty())
        search += '\n' + folded(c.brandName);
    add(row, Uuid, sv(c.uuid));
    add(row, Phone, sv(c.phoneNumber));
    add(row, Name, sv(c.name));
    add(row, Brand, sv(c.brandName));
    add(row, Provider, sv(c.providerPhoneUuid));
    add(row, VoiceForward, sv(c.voiceForwardNumber));
    add(row, SmsForward, sv(c.smsForwardNumber));
    add(row, Digits, sv(digits));
    add(row, Search, sv(search));
    add(row, NumberSort, sv(api::phone::numberSortKey(digits)));
    return row;
}

NumberRows::Row NumberRows::copy(const NumberRows& other, qsizetype at)
{
    Row row = other.m_rows[at];
    for (int field = 0; field < FieldCount; ++field)
        add(row, field, other.view(at, field));
    return row;
}

api::NumberColumns NumberRows::columnsOf(const Stored& stored)
{
    auto bytes = [&](int field) { return QByteArray(stored.texts[field].data(), qsizetype(stored.texts[field].size())); };
    api::NumberColumns c;
    c.id = stored.id;
    c.uuid = bytes(Uuid);
    c.phoneNumber = bytes(Phone);
    c.name = bytes(Name);
    c.brandName = bytes(Brand);
    c.providerPhoneUuid = bytes(Provider);
    c.voiceWorkMode = workModeWire((stored.flags >> VoiceModeShift) & 7);
    c.smsWorkMode = workModeWire((stored.flags >> SmsModeShift) & 7);
    c.voiceForwardNumber = bytes(VoiceForward);
    c.smsForwardNumber = bytes(SmsForward);
    c.defaultWorkflowId = stored.workflow;
    c.createdAtMs = stored.createdMs;
    c.updatedAtMs = stored.updatedMs;
    c.archivedAtMs = stored.archivedMs;
    c.enableVoice = stored.flags & Voice;
    c.enableSms = stored.flags & Sms;
    c.enableWhatsApp = stored.flags & WhatsApp;
    c.assistantEnabled = stored.flags & Assistant;
    c.isArchived = stored.flags & Archived;
    c.hasVoiceOffHoursMessage = stored.flags & HasVoiceOffHoursMessage;
    c.hasSmsOffHoursMessage = stored.flags & HasSmsOffHoursMessage;
    c.hasVoicemailGreeting = stored.flags & HasVoicemailGreeting;
    return c;
}

void NumberRows::append(const Stored& stored)
{
    const std::string_view phone = stored.texts[Phone];
    const bool e164 = phone.size() > 1 && phone[0] == '+'
        && std::all_of(phone.begin() + 1, phone.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (stored.texts[Search].empty() || stored.texts[NumberSort].empty() || !e164) {
        return append(columnsOf(stored), stored.hash);
    }
    Row row {};
    row.id = stored.id;
    row.hash = stored.hash;
    row.workflow = stored.workflow;
    row.createdMs = stored.createdMs;
    row.updatedMs = stored.updatedMs;
    row.archivedMs = stored.archivedMs;
    row.flags = quint16(stored.flags);
    for (int field = 0; field < FieldCount; ++field) {
        if (field != Digits)
            add(row, field, stored.texts[field]);
    }
    // The digits are the phone number's, in place: "+14155550100" -> "14155550100".
    row.at[Digits] = row.at[Phone] + 1;
    row.size[Digits] = row.size[Phone] - 1;
    m_byId.insert(row.id, m_rows.size());
    m_rows.append(row);
}

void NumberRows::append(const api::NumberColumns& columns, quint64 hash)
{
    m_byId.insert(columns.id, m_rows.size());
    m_rows.append(make(columns, hash));
}

void NumberRows::append(const NumberRows& other, qsizetype row)
{
    m_byId.insert(other.id(row), m_rows.size());
    m_rows.append(copy(other, row));
}

void NumberRows::replace(qsizetype row, const api::NumberColumns& columns, quint64 hash)
{
    wasted(m_rows[row]);
    m_byId.remove(m_rows[row].id);
    m_rows[row] = make(columns, hash);
    m_byId.insert(columns.id, row);
    compactIfWasteful();
}

void NumberRows::replace(qsizetype row, const NumberRows& other, qsizetype otherRow)
{
    replace(row, other.columns(otherRow), other.hash(otherRow));
}

void NumberRows::remove(qsizetype first, qsizetype count)
{
    for (qsizetype row = first; row < first + count; ++row)
        wasted(m_rows[row]);
    m_rows.remove(first, count);
    reindex();
    compactIfWasteful();
}

void NumberRows::reserve(qsizetype rows, qsizetype textBytes)
{
    m_rows.reserve(rows);
    m_text.reserve(textBytes);
    m_byId.reserve(rows);
}

qsizetype NumberRows::rowOf(qint64 id) const
{
    return m_byId.value(id, -1);
}

std::optional<QString> NumberRows::brandName(qsizetype row) const
{
    return m_rows[row].size[Brand] == 0 ? std::nullopt : std::optional<QString>(text(row, Brand));
}

std::optional<QString> NumberRows::providerPhoneUuid(qsizetype row) const
{
    return m_rows[row].size[Provider] == 0 ? std::nullopt : std::optional<QString>(text(row, Provider));
}

std::optional<qint64> NumberRows::defaultWorkflowId(qsizetype row) const
{
    return m_rows[row].workflow < 0 ? std::nullopt : std::optional<qint64>(m_rows[row].workflow);
}

api::NumberColumns NumberRows::columns(qsizetype row) const
{
    const Row& r = m_rows[row];
    Stored stored;
    stored.id = r.id;
    for (int field = 0; field < FieldCount; ++field)
        stored.texts[field] = view(row, field);
    stored.workflow = r.workflow;
    stored.createdMs = r.createdMs;
    stored.updatedMs = r.updatedMs;
    stored.archivedMs = r.archivedMs;
    stored.flags = r.flags;
    return columnsOf(stored);
}

void NumberRows::compactIfWasteful()
{
    // Edits append their texts: once half the arena is dead, one pass copies the live texts.
    if (m_waste < 1024 * 1024 || m_waste * 2 < m_text.size())
        return;
    NumberRows fresh;
    fresh.reserve(m_rows.size(), m_text.size() - m_waste);
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        fresh.append(*this, row);
    *this = std::move(fresh);
}

void NumberRows::reindex()
{
    m_byId.clear();
    m_byId.reserve(m_rows.size());
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_byId.insert(m_rows[row].id, row);
}

} // namespace phonedesk::models
