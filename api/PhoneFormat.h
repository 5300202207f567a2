// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Phone number rules and formatting, through libphonenumber.
namespace phonedesk::api::phone {

// "+14155550100" that libphonenumber considers a valid number, written exactly in E.164.
bool isValidE164(const QString& text);

// "+1 415-555-0100"; the input itself when it cannot be parsed.
QString formatInternational(const QString& e164);

// "US", "GB", "DE"; empty when unknown.
QString regionOf(const QString& e164);

} // namespace phonedesk::api::phone
