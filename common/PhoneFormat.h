// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

// Phone number rules and formatting, through libphonenumber.
namespace phonedesk::api::phone {

// "+14155550100" that libphonenumber considers a valid number, written exactly in E.164.
bool isValidE164(const QString& text);

// "+1 415-555-0100"; the input itself when it cannot be parsed.
QString formatInternational(const QString& e164);

// "US  (415) 555-0100": the region, then the national format, from one parse; the input when it
// cannot be parsed or no numbering plan knows it. How the table shows a number.
QString formatNationalWithRegion(const QString& e164);

// "US", "GB", "DE"; empty when unknown.
QString regionOf(const QString& e164);

// What a person typed ("(415) 555-0100", "+44 20 7946 0123"), read with `region` ("US") for
// numbers without a country code: E.164 when it is a valid number, else empty.
QString toE164(const QString& typed, const QString& region);

// The typed text formatted as the person goes, e.g. "4155550" -> "415-5550".
QString formatAsYouType(const QString& typed, const QString& region);

// How numbers sort: by country calling code, then by the national number's digits, e.g.
// "14155550100" -> "001 4155550100" and "4989123456" -> "049 89123456" (without the space).
// `digits` are an E.164 number's digits; a number with no known code sorts as "999" + digits.
QByteArray numberSortKey(QByteArrayView digits);

// The trunk prefix dialled before a national number in the country of `callingCode`: "0" for
// 44 (GB), "1" for 1, "8" for 7; empty when it has none (39, Italy) or the code is unknown.
QByteArrayView trunkPrefix(int callingCode);

// A national number as someone in `region` dials it, as the digits it has in E.164: ("GB",
// "0207946") -> "44207946". Empty when the region is unknown.
QByteArray internationalDigits(const QString& region, QByteArrayView nationalDigits);

// Every region a numbering plan is known for ("AC", "AD", …, "ZW").
QStringList supportedRegions();

// The region of the system's locale ("DE"), or empty under the C locale.
QString defaultRegion();

} // namespace phonedesk::api::phone
