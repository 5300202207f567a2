// SPDX-License-Identifier: MIT
#pragma once

namespace phonedesk::server {

// SIGTERM and SIGINT end the event loop normally, so that temporary files are removed and a
// demo server started by the app is stopped.
void quitOnSignals();

} // namespace phonedesk::server
