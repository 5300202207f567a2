// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "models/Journal.h"

#include <QByteArray>
#include <QList>

namespace phonedesk::models {

// The numbers as CSV (RFC 4180, UTF-8, CRLF line ends): a header row, then one row per number
// with the phone number in E.164. A value with a comma, a quote or a line break is quoted.
QByteArray toCsv(const QList<api::PhoneNumber>& numbers);

// The journal as CSV (same rules; before, after and the body sent as compact JSON) and as a JSON
// array of objects with the same names, for reading back or into other tools.
QByteArray toCsv(const QList<JournalEntry>& entries);
QByteArray toJson(const QList<JournalEntry>& entries);

} // namespace phonedesk::models
