// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLineEdit;
class QTableView;

namespace phonedesk::models {
class NumberFilterProxy;
}

namespace phonedesk::ui {

// The searchable provider-phone table of the new-number and link dialogs: sorted by number,
// filtered as the search field changes, one phone at a time.
void bindPhonePicker(QTableView* view, QLineEdit* search, models::NumberFilterProxy* phones);
// The uuid of the chosen phone; empty when none is.
QString chosenPhoneUuid(const QTableView* view);

} // namespace phonedesk::ui
