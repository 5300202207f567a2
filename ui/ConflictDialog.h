// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"

#include <QDialog>
#include <QStringList>

class QTableWidget;

namespace phonedesk::ui {

// Shown when a number changed on the server after its edit dialog opened. Each field that the
// user changed, or that changed on the server meanwhile, is listed as it was when the dialog
// opened, as it is on the server now, and as the user would set it; a field changed on both
// sides is marked. The user applies their fields on top (the others keep the server's values),
// reloads the form from the server (discarding their changes), or goes back to the form.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { BackToEditing = QDialog::Rejected, ApplyMine = QDialog::Accepted, Reload };

    // `mine`: the fields the user changed (wire names), shown with their labels (fieldLabel).
    ConflictDialog(const api::PhoneNumber& original, const api::PhoneNumber& server, const api::PhoneNumber& edited,
                   const QStringList& mine, QWidget* parent = nullptr);

    // The listed fields' wire names, in the table's order, and the ones changed on both sides.
    const QStringList& fields() const { return m_fields; }
    const QStringList& conflicting() const { return m_conflicting; }
    QTableWidget* table() const { return m_table; }

private:
    QStringList m_fields;
    QStringList m_conflicting;
    QTableWidget* m_table;
};

} // namespace phonedesk::ui
