// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLineEdit;

namespace phonedesk::ui {

// One way for every phone field (New number, the forward numbers, bulk edit): what a person
// types is read by libphonenumber — spaces, dashes, brackets, "+44 (0)20 …", or a national
// number of `region` — and E.164 is sent. The note under the field shows, as one types, the
// number that will be sent, or why there is none.
struct PhoneReading
{
    QString e164; // empty when blank or not a number
    QString problem; // empty when blank or a number
};
PhoneReading readPhone(const QString& typed, const QString& region);

// "✓ +1 415-555-0188 (sent as +14155550188)", or nothing when there is no number.
QString phoneNote(const PhoneReading& reading);

// Keeps the note under `field` on what readPhone() makes of its text.
void bindPhoneField(QLineEdit* field, const QString& region);

} // namespace phonedesk::ui
