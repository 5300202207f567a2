// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace phonedesk::ui {

// Asks for an API token; nullopt when cancelled. Replaceable, so that tests can answer
// without a modal prompt.
using TokenPrompt = std::function<std::optional<QString>(QWidget* parent, const QString& why)>;
TokenPrompt defaultTokenPrompt();

} // namespace phonedesk::ui
