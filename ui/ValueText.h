// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace phonedesk::ui {

// A field's wire value as a person reads it: "(empty)" for null, Yes/No, whole numbers, text,
// and a work mode's label when `field` is one.
QString valueText(const QJsonValue& value, const QString& field = {});

} // namespace phonedesk::ui
