// SPDX-License-Identifier: MIT
#include "ui/ValueText.h"

#include "models/FieldGroups.h"

#include <QCoreApplication>

namespace phonedesk::ui {

QString valueText(const QJsonValue& value, const QString& field)
{
    if (value.isString() && field.endsWith(QLatin1String("WorkMode")))
        return models::workModeLabel(value.toString());
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("ValueText", "(empty)");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("ValueText", "Yes") : QCoreApplication::translate("ValueText", "No");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace phonedesk::ui
