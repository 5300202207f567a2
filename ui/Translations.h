// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace phonedesk::ui {

// Loads PhoneDesk's strings and Qt's own (standard buttons, dialogs) for `language` ("de",
// "de_AT", "en"; empty: the system's), and makes it the default locale for numbers and dates.
// Returns the language now in use. Call once the application object exists.
QString installTranslations(const QString& language = {});

// The value of --lang in `arguments`, read before the command line is parsed, so that --help
// is already translated. Empty when not given.
QString languageArgument(const QStringList& arguments);

} // namespace phonedesk::ui
