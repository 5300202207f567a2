// SPDX-License-Identifier: MIT
#include "ui/PhoneInput.h"

#include "common/PhoneFormat.h"
#include "ui/MessageBar.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QLocale>

namespace phonedesk::ui {

PhoneReading readPhone(const QString& typed, const QString& region)
{
    if (typed.trimmed().isEmpty())
        return {};
    const QString e164 = api::phone::toE164(typed, region);
    if (!e164.isEmpty())
        return {e164, {}};
    const QLocale::Territory territory = region.isEmpty() ? QLocale::AnyTerritory : QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return {{}, QCoreApplication::translate("PhoneInput", "Not a phone number: start with + and the country code, like +44 20 7946 0123.")};
    return {{}, QCoreApplication::translate("PhoneInput", "Not a phone number: type it as dialled in %1, or with + and the country code, like +44 20 7946 0123.")
                    .arg(QLocale().territory() == territory ? QLocale().nativeTerritoryName() : QLocale::territoryToString(territory))};
}

QString phoneNote(const PhoneReading& reading)
{
    if (reading.e164.isEmpty())
        return {};
    return QCoreApplication::translate("PhoneInput", "✓ %1 (sent as %2)").arg(api::phone::formatInternational(reading.e164), reading.e164);
}

void bindPhoneField(QLineEdit* field, const QString& region)
{
    // The error itself comes from the form's check, which says it under the field too.
    auto update = [field, region] { setFieldNote(field, phoneNote(readPhone(field->text(), region))); };
    QObject::connect(field, &QLineEdit::textChanged, field, update);
    reserveFieldNote(field);
    update();
}

} // namespace phonedesk::ui
