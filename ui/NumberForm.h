// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "common/PhoneFormat.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace phonedesk::ui {

// Binds the editors below a widget, each named after a PhoneNumber field (as in
// EditNumberDialog.ui), to a number: text fields to line edits, text areas or work-mode combo
// boxes, ids and seconds to line edits, flags to check boxes. An empty text means null. Phone
// fields (the forward numbers) are read as PhoneInput reads them, national ones with `region`.
class NumberForm
{
public:
    explicit NumberForm(QWidget* root, const QString& region = api::phone::defaultRegion());

    void load(const api::PhoneNumber& number);
    // `base` with the form's values; what cannot be read (letters in an id) goes to `problems`.
    api::PhoneNumber read(const api::PhoneNumber& base, QMap<QString, QString>& problems) const;

    QWidget* editor(const QString& field) const;
    QStringList fields() const { return m_fields; }
    // Calls back with the field's name whenever the user changes it.
    void onEdited(const std::function<void(const QString& field)>& callback) const;

private:
    QWidget* m_root;
    QString m_region;
    QStringList m_fields;
};

} // namespace phonedesk::ui
