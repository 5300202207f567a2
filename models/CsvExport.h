// SPDX-License-Identifier: MIT
#pragma once

#include "PhoneNumber.h"

#include <QByteArray>
#include <QList>

namespace phonedesk::models {

// The numbers as CSV (RFC 4180, UTF-8, CRLF line ends): a header row, then one row per number
// with the phone number in E.164. A value with a comma, a quote or a line break is quoted.
QByteArray toCsv(const QList<api::PhoneNumber>& numbers);

} // namespace phonedesk::models
