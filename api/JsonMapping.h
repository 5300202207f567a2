// SPDX-License-Identifier: MIT
#pragma once

#include "api/ArchiveBlockers.h"
#include "api/PhoneNumber.h"
#include "api/ProviderPhone.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The one place where wire JSON becomes wire types and back. Unknown fields are ignored, a
// missing optional field keeps the contract's default, and a wrong type is an error that names
// the field (with its position in a list), e.g. "[3].enableVoice: expected a boolean, got a string".
namespace phonedesk::api {

template<typename T>
struct Parsed
{
    T value {};
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

Parsed<PhoneNumber> phoneNumberFromJson(const QJsonObject& object);
QJsonObject toJson(const PhoneNumber& number);
// `number` with the fields of `fields` (wire names: name and the optional texts, integers and
// flags) read into it as phoneNumberFromJson reads them, without a round trip through JSON text.
Parsed<PhoneNumber> withFields(PhoneNumber number, const QJsonObject& fields);

Parsed<ProviderPhone> providerPhoneFromJson(const QJsonObject& object);
QJsonObject toJson(const ProviderPhone& phone);

// Whole response bodies: also reject a body that is not JSON or has the wrong top-level shape.
Parsed<PhoneNumber> parsePhoneNumber(const QByteArray& body);
Parsed<QList<PhoneNumber>> parsePhoneNumberList(const QByteArray& body);
Parsed<QList<ProviderPhone>> parseProviderPhoneList(const QByteArray& body);
Parsed<ArchiveBlockers> parseArchiveBlockers(const QByteArray& body);
// The "blockers" list of an ArchiveBlockers body, or of a 409 from archive.
Parsed<QList<ArchiveBlocker>> archiveBlockerListFromJson(const QJsonArray& array);

QString toIsoUtc(const QDateTime& time);

} // namespace phonedesk::api
