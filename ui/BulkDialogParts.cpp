// SPDX-License-Identifier: MIT
#include "ui/BulkDialogParts.h"

#include "api/JsonMapping.h"
#include "models/FieldGroups.h"
#include "ui/ValueText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace phonedesk::ui {

QTableView* bulkTable(QAbstractItemModel* rows, const QString& objectName, int planWidth, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(rows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 140); // number
    table->setColumnWidth(1, 180); // name
    table->setColumnWidth(2, planWidth);
    return table;
}

QString planOf(const models::BulkEditRow& row)
{
    using Outcome = models::BulkEditRow::Outcome;
    if (row.outcome == Outcome::Invalid) {
        QStringList problems;
        for (auto it = row.problems.cbegin(); it != row.problems.cend(); ++it)
            problems << (models::fieldLabel(it.key()) == it.key() ? it.value() // not a field a person edits
                                                          : QCoreApplication::translate("BulkEditDialog", "%1: %2").arg(models::fieldLabel(it.key()), it.value()));
        return QCoreApplication::translate("BulkEditDialog", "Refused: %1").arg(problems.join(QLatin1Char(' ')));
    }
    if (row.outcome == Outcome::Skip)
        return QCoreApplication::translate("BulkEditDialog", "Nothing to change: already set");
    if (row.create) {
        QStringList set {QCoreApplication::translate("BulkEditDialog", "%1: %2").arg(models::fieldLabel(QStringLiteral("name")), row.create->name)};
        for (auto it = row.create->fields.begin(); it != row.create->fields.end(); ++it)
            set << QCoreApplication::translate("BulkEditDialog", "%1: %2").arg(models::fieldLabel(it.key()), valueText(it.value(), it.key()));
        return QCoreApplication::translate("BulkEditDialog", "Create: %1").arg(set.join(QStringLiteral("; ")));
    }
    QStringList parts;
    const QJsonObject before = api::toJson(row.number);
    for (auto it = row.request.fields.begin(); it != row.request.fields.end(); ++it) {
        parts << QCoreApplication::translate("BulkEditDialog", "%1: %2 → %3")
                     .arg(models::fieldLabel(it.key()), valueText(before.value(it.key()), it.key()), valueText(it.value(), it.key()));
    }
    QStringList already;
    for (const QString& field : row.alreadySet)
        already << models::fieldLabel(field);
    if (!already.isEmpty())
        parts << QCoreApplication::translate("BulkEditDialog", "already set: %1").arg(already.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

std::pair<QString, models::BulkRowsModel::Tone> resultOf(const models::BulkApply::RowResult& r, bool undoing, bool created)
{
    using R = models::BulkApply::Result;
    using Tone = models::BulkRowsModel::Tone;
    switch (r.result) {
    case R::Pending: return {QCoreApplication::translate("BulkEditDialog", "Sending…"), Tone::Plain};
    case R::Done:
        if (created)
            return {QCoreApplication::translate("ImportDialog", "Created"), Tone::Plain};
        return {undoing ? QCoreApplication::translate("BulkEditDialog", "Undone") : QCoreApplication::translate("BulkEditDialog", "Done"), Tone::Plain};
    case R::Failed: return {QCoreApplication::translate("BulkEditDialog", "Failed: %1").arg(r.message), Tone::Bad};
    case R::ChangedMeanwhile:
        return {QCoreApplication::translate("BulkEditDialog", "Left alone: changed on the server since the preview"), Tone::Bad};
    case R::Cancelled: return {QCoreApplication::translate("BulkEditDialog", "Not sent (cancelled)"), Tone::Quiet};
    }
    return {};
}

void makeDestructive(QPushButton* button)
{
    button->setAutoDefault(false);
    button->setStyleSheet(QStringLiteral("QPushButton:enabled { background: #c62828; color: white; padding: 4px 12px; }"));
}

} // namespace phonedesk::ui
