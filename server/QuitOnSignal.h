// SPDX-License-Identifier: MIT
#pragma once

namespace phonedesk::server {

// SIGTERM and SIGINT end the event loop normally, so that temporary files are cleaned up.
void quitOnSignals();

} // namespace phonedesk::server
