// SPDX-License-Identifier: MIT
#pragma once

#include "api/JsonMapping.h"
#include "api/PhoneNumber.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// A phone number as the server sent it: its JSON bytes are what the client keeps (a field this
// version does not know survives), read with simdjson into the typed PhoneNumber when needed,
// and into the few columns the table shows when a list arrives.
namespace phonedesk::api {

// No number's JSON may be larger (the server's limit, docs/api.md): a larger one is refused by
// name while the rest of the list is read.
inline constexpr qsizetype kMaxNumberJsonBytes = 64 * 1024;
// What a whole list may be: a guard against a server that never stops, not a size any
// workspace reaches (1,000,000 numbers are about 930 MB).
inline constexpr qint64 kMaxListBytes = 8LL * 1024 * 1024 * 1024;

// What the table shows of a number, as UTF-8 (times as ms since the epoch, 0 for none).
struct NumberColumns
{
    qint64 id = 0;
    QByteArray uuid;
    QByteArray phoneNumber;
    QByteArray name;
    QByteArray brandName; // empty: none
    QByteArray providerPhoneUuid; // empty: not linked
    QByteArray voiceWorkMode; // the wire name; empty: none
    QByteArray smsWorkMode;
    QByteArray voiceForwardNumber; // empty: none
    QByteArray smsForwardNumber;
    qint64 defaultWorkflowId = -1; // -1: none
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 archivedAtMs = 0;
    bool enableVoice = true;
    bool enableSms = true;
    bool enableWhatsApp = false;
    bool assistantEnabled = true;
    bool isArchived = false;
    // Whether these texts are set (and not empty): what the health check asks of them.
    bool hasVoiceOffHoursMessage = false;
    bool hasSmsOffHoursMessage = false;
    bool hasVoicemailGreeting = false;

    static NumberColumns of(const PhoneNumber& number);
};

// A 64-bit fingerprint of a number's JSON bytes, the same in every process and on every
// machine: a re-sync compares it with the stored one and writes only what changed.
quint64 jsonHash(QByteArrayView json);

// The whole number (every field checked, as JsonMapping's rules say) from one JSON object.
Parsed<PhoneNumber> readPhoneNumber(QByteArrayView json);
// The JSON to keep for a number: the server's bytes when its fields are still theirs; else its
// fields now, with the members this version does not know kept from those bytes.
QByteArray jsonFor(const PhoneNumber& number);
// The members of the object that PhoneNumber does not know, as name and compact JSON text.
QList<std::pair<QString, QString>> unknownFields(QByteArrayView json);
// Only the table's columns, with every field checked as readPhoneNumber() does: cheaper, since
// the texts the table does not show are not converted.
Parsed<NumberColumns> readNumberColumns(QByteArrayView json);

// The top-level "id" of a number's JSON without parsing the rest (it is usually first): a
// re-sync compares a number's hash with the stored one before reading it.
std::optional<qint64> numberIdOf(QByteArrayView json);

// Reads a list body one element at a time, without parsing the whole: `take` gets each number's
// JSON bytes with its position; an element that is not an object or is larger than
// kMaxNumberJsonBytes gets `refuse` with its position, why, and its id when it can be seen, and
// reading goes on. Returns what is wrong with the body as a whole (not a JSON array, cut off),
// or an empty string.
QString splitNumberList(QByteArrayView body, const std::function<void(QByteArrayView json, qsizetype index)>& take,
                        const std::function<void(qsizetype index, const QString& why, std::optional<qint64> id)>& refuse);

} // namespace phonedesk::api
