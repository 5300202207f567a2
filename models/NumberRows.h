// SPDX-License-Identifier: MIT
#pragma once

#include "api/NumberJson.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace phonedesk::models {

// The numbers as the table needs them, compact: per row a few integers and the offsets of its
// texts in one UTF-8 arena, plus the search key made once. At 100,000 numbers this is about a
// third of their JSON; the whole number is read from its JSON only when its details are shown.
// Copies share their data until one changes (Qt's implicit sharing), so a worker can read a
// snapshot while the table keeps its own.
class NumberRows
{
public:
    // The work modes take three bits each from VoiceModeShift and SmsModeShift; the Has… bits
    // say that a text is set (the health check's rules ask no more of it).
    enum Flag { Voice = 1, Sms = 2, WhatsApp = 4, Archived = 8, Linked = 16, Assistant = 32, VoiceModeShift = 6, SmsModeShift = 9,
                HasVoiceOffHoursMessage = 1 << 12, HasSmsOffHoursMessage = 1 << 13, HasVoicemailGreeting = 1 << 14 };
    enum Field { Uuid, Phone, Name, Brand, Provider, VoiceForward, SmsForward, Digits, Search, NumberSort, FieldCount };

    qsizetype size() const { return m_rows.size(); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    // A row as the cache stores it (texts as UTF-8 views, valid for the call); a search or sort
    // key left empty (written by an older version) is made here.
    struct Stored
    {
        qint64 id = 0;
        quint64 hash = 0;
        std::string_view texts[FieldCount];
        qint64 workflow = -1;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        qint64 archivedMs = 0;
        int flags = 0;
    };

    void append(const Stored& row);
    void append(const api::NumberColumns& columns, quint64 hash);
    void append(const NumberRows& other, qsizetype row);
    void replace(qsizetype row, const api::NumberColumns& columns, quint64 hash);
    void replace(qsizetype row, const NumberRows& other, qsizetype otherRow);
    void remove(qsizetype first, qsizetype count);
    void reserve(qsizetype rows, qsizetype textBytes);
    // -1 when no row has it.
    qsizetype rowOf(qint64 id) const;

    qint64 id(qsizetype row) const { return m_rows[row].id; }
    quint64 hash(qsizetype row) const { return m_rows[row].hash; }
    QString uuid(qsizetype row) const { return text(row, Uuid); }
    QString phoneNumber(qsizetype row) const { return text(row, Phone); }
    QString name(qsizetype row) const { return text(row, Name); }
    std::optional<QString> brandName(qsizetype row) const;
    std::optional<QString> providerPhoneUuid(qsizetype row) const;
    QString voiceForwardNumber(qsizetype row) const { return text(row, VoiceForward); } // empty: none
    QString smsForwardNumber(qsizetype row) const { return text(row, SmsForward); }
    // 0: none; 1 to 6: the entry of api::kWorkModes plus one; kOtherWorkMode: a name the
    // contract does not list (the number's JSON has it). Kept in the flags, not as text.
    int voiceWorkMode(qsizetype row) const { return (m_rows[row].flags >> VoiceModeShift) & 7; }
    int smsWorkMode(qsizetype row) const { return (m_rows[row].flags >> SmsModeShift) & 7; }
    static constexpr int kOtherWorkMode = 7;
    std::optional<qint64> defaultWorkflowId(qsizetype row) const;
    qint64 createdAtMs(qsizetype row) const { return m_rows[row].createdMs; }
    qint64 updatedAtMs(qsizetype row) const { return m_rows[row].updatedMs; }
    qint64 archivedAtMs(qsizetype row) const { return m_rows[row].archivedMs; }
    bool enableVoice(qsizetype row) const { return m_rows[row].flags & Voice; }
    bool enableSms(qsizetype row) const { return m_rows[row].flags & Sms; }
    bool enableWhatsApp(qsizetype row) const { return m_rows[row].flags & WhatsApp; }
    bool isArchived(qsizetype row) const { return m_rows[row].flags & Archived; }
    bool assistantEnabled(qsizetype row) const { return m_rows[row].flags & Assistant; }
    // The flags as stored in the cache's column (the bits below).
    int flags(qsizetype row) const { return m_rows[row].flags; }
    // What the search compares: the number's digits, and name and brand case-folded.
    std::string_view digits(qsizetype row) const { return view(row, Digits); }
    std::string_view searchText(qsizetype row) const { return view(row, Search); }
    // The sort key of the Number column: country code, then the national number's digits.
    std::string_view numberSortKey(qsizetype row) const { return view(row, NumberSort); }
    std::string_view utf8(qsizetype row, int field) const { return view(row, field); }

    api::NumberColumns columns(qsizetype row) const;

private:
    // 112 bytes a row: the texts' offsets in the arena and their sizes apart, so that the sizes
    // take 16 bits each (a row at 1,000,000 numbers is what a sync's peak memory is made of).
    struct Row
    {
        qint64 id;
        quint64 hash;
        qint64 workflow; // -1: none
        qint64 createdMs;
        qint64 updatedMs;
        qint64 archivedMs;
        quint32 at[FieldCount];
        quint16 size[FieldCount];
        quint16 flags;
    };

    std::string_view view(qsizetype row, int field) const
    {
        const Row& r = m_rows[row];
        return {m_text.constData() + r.at[field], r.size[field]};
    }
    QString text(qsizetype row, int field) const
    {
        const Row& r = m_rows[row];
        return QString::fromUtf8(m_text.constData() + r.at[field], r.size[field]);
    }
    Row make(const api::NumberColumns& c, quint64 hash);
    static api::NumberColumns columnsOf(const Stored& stored);
    Row copy(const NumberRows& other, qsizetype row);
    void add(Row& row, int field, std::string_view bytes);
    void wasted(const Row& row);
    void compactIfWasteful();
    void reindex();

    QList<Row> m_rows;
    QByteArray m_text;
    qsizetype m_waste = 0; // bytes of the arena no row points at any more
    QHash<qint64, qsizetype> m_byId;
};

} // namespace phonedesk::models
