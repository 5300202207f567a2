// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace phonedesk::models {

// Creates the file's folder (0700) and the file itself (0600) if missing, and tightens the
// permissions of existing ones, whatever the umask. Returns the problem, or nothing.
QString createPrivateFile(const QString& path);

} // namespace phonedesk::models
