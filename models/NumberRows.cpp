// SPDX-License-Identifier: MIT
#include "models/NumberRows.h"

#include "common/PhoneFormat.h"

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

} // namespace

NumberRows::Span NumberRows::add(std::string_view bytes)
{
    const Span span {quint32(m_text.size()), quint32(bytes.size())};
    m_text.append(bytes.data(), qsizetype(bytes.size()));
    return span;
}

NumberRows::Row NumberRows::make(const api::NumberColumns& c, quint64 hash)
{
    Row row {};
    row.id = c.id;
    row.hash = hash;
    row.workflow = c.defaultWorkflowId;
    row.updatedMs = c.updatedAtMs;
    row.archivedMs = c.archivedAtMs;
    row.flags = quint8((c.enableVoice ? Voice : 0) | (c.enableSms ? Sms : 0) | (c.enableWhatsApp ? WhatsApp : 0)
                       | (c.isArchived ? Archived : 0) | (c.providerPhoneUuid.isEmpty() ? 0 : Linked));
    const QByteArray digits = digitsOf(c.phoneNumber);
    QByteArray search = folded(c.name);
    if (!c.brandName.isEmpty())
        search += '\n' + folded(c.brandName);
    row.spans[Uuid] = add(sv(c.uuid));
    row.spans[Phone] = add(sv(c.phoneNumber));
    row.spans[Name] = add(sv(c.name));
    row.spans[Brand] = add(sv(c.brandName));
    row.spans[Provider] = add(sv(c.providerPhoneUuid));
    row.spans[Digits] = add(sv(digits));
    row.spans[Search] = add(sv(search));
    row.spans[NumberSort] = add(sv(api::phone::numberSortKey(digits)));
    return row;
}

NumberRows::Row NumberRows::copy(const NumberRows& other, qsizetype at)
{
    Row row = other.m_rows[at];
    for (int field = 0; field < FieldCount; ++field)
        row.spans[field] = add(other.view(at, field));
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
    c.defaultWorkflowId = stored.workflow;
    c.updatedAtMs = stored.updatedMs;
    c.archivedAtMs = stored.archivedMs;
    c.enableVoice = stored.flags & Voice;
    c.enableSms = stored.flags & Sms;
    c.enableWhatsApp = stored.flags & WhatsApp;
    c.isArchived = stored.flags & Archived;
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
    row.updatedMs = stored.updatedMs;
    row.archivedMs = stored.archivedMs;
    row.flags = quint8(stored.flags);
    for (int field = 0; field < FieldCount; ++field) {
        if (field != Digits)
            row.spans[field] = add(stored.texts[field]);
    }
    // The digits are the phone number's, in place: "+14155550100" -> "14155550100".
    row.spans[Digits] = Span {row.spans[Phone].at + 1, row.spans[Phone].size - 1};
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
    for (const Span& s : m_rows[row].spans)
        m_waste += s.size;
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
    for (qsizetype row = first; row < first + count; ++row) {
        for (const Span& s : m_rows[row].spans)
            m_waste += s.size;
    }
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
    return m_rows[row].spans[Brand].size == 0 ? std::nullopt : std::optional<QString>(text(row, Brand));
}

std::optional<QString> NumberRows::providerPhoneUuid(qsizetype row) const
{
    return m_rows[row].spans[Provider].size == 0 ? std::nullopt : std::optional<QString>(text(row, Provider));
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
