// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace phonedesk::json {

// Where a JSON text holds a \u escape that is no Unicode text: a high surrogate not followed
// by an escaped low one, or a low one alone. QJsonDocument changes such text silently (it
// swallows the next character, or makes U+FFFD), so both the client and the server refuse it
// before parsing. Returns the path of the string that holds it ("name", "[3].name"), or
// nullopt when every escape is fine; anything else about the text is the parser's to judge.
std::optional<QString> badUnicodeEscape(QByteArrayView json);

} // namespace phonedesk::json
