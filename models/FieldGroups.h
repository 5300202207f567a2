// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace phonedesk::models {

struct FieldInfo
{
    const char* name; // the JSON field, and the objectName of its editor
    const char* label;
};

struct FieldGroup
{
    const char* title;
    QList<FieldInfo> fields;
};

// The updatable fields of a number in the groups a person thinks in; the edit dialog and the
// detail panel show them in this order. Labels are translated where shown.
const QList<FieldGroup>& fieldGroups();

// A field's label as the edit dialog shows it, or its wire name.
QString fieldLabel(const QString& name);

// "Forward off hours" for "forward_off_hours".
QString workModeLabel(const QString& mode);

} // namespace phonedesk::models
