// SPDX-License-Identifier: MIT
#pragma once

namespace phonedesk::app {

// With PHONEDESK_REPORT_FIRST_PAINT set, prints "phonedesk: first rows painted" on
// stderr once the numbers table has painted rows: what bench/ measures the start-up by.
void reportFirstPaintedRows();

} // namespace phonedesk::app
