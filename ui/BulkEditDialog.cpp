// SPDX-License-Identifier: MIT
#include "ui/BulkEditDialog.h"

#include "api/JsonMapping.h"
#include "api/NumberValidation.h"
#include "api/PhoneNumberFields.h"
#include "common/PhoneFormat.h"
#include "models/BulkRowsModel.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "ui/BulkDialogParts.h"
#include "ui/BulkRun.h"
#include "models/FieldGroups.h"
#include "ui/CurlButton.h"
#include "ui/MessageBar.h"
#include "ui/ValueText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace phonedesk::ui {
namespace {

using Outcome = models::BulkEditRow::Outcome;
using Tone = models::BulkRowsModel::Tone;

} // namespace

BulkEditDialog::BulkEditDialog(models::NumberWriter& writer, const QList<api::PhoneNumber>& numbers,
                               QWidget* parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_numbers(numbers)
    , m_fieldsBox(createFields())
    , m_form(m_fieldsBox)
    , m_rows(new models::BulkRowsModel(this))
    , m_table(bulkTable(m_rows, QStringLiteral("bulkPreview"), 560, this))
    , m_messages(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Bulk edit %n numbers", nullptr, int(numbers.size())));
    setObjectName(QStringLiteral("bulkEditDialog"));
    auto* intro = new QLabel(tr("Tick the fields to set on all %n selected numbers. Nothing is sent before Apply; "
                                "only the ticked fields that differ are sent, one number at a time.", nullptr, int(numbers.size())), this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_progress->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::ActionRole);
    m_cancelButton = buttons->addButton(tr("&Stop sending"), QDialogButtonBox::ActionRole);
    m_undoButton = buttons->addButton(tr("&Undo this bulk edit"), QDialogButtonBox::ActionRole);
    m_previewButton->setDefault(true);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    connect(m_previewButton, &QPushButton::clicked, this, &BulkEditDialog::showPreview);
    connect(m_applyButton, &QPushButton::clicked, this, &BulkEditDialog::apply);
    m_bulk = new BulkRun(writer, m_rows, m_progress, this);
    connect(m_bulk, &BulkRun::started, this, [this] {
        m_fieldsBox->setEnabled(false);
        updateButtons();
    });
    connect(m_bulk, &BulkRun::finished, this, &BulkEditDialog::finished);
    connect(m_cancelButton, &QPushButton::clicked, m_bulk, &BulkRun::stop);
    connect(m_undoButton, &QPushButton::clicked, this, &BulkEditDialog::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // One update a number the preview would change, as Apply sends them.
    m_curl = new CurlButton(buttons, writer.client(), [this] {
        QList<api::WireRequest> requests;
        for (const models::BulkEditRow& row : std::as_const(m_preview.rows)) {
            if (m_previewCurrent && !m_bulk->isRunning() && row.outcome == Outcome::Change)
                requests << api::WireRequest::update(QString::number(row.number.id), row.request);
        }
        return requests;
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(intro);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    m_form.onEdited([this](const QString& field) {
        m_chosen.value(field)->setChecked(true); // editing a value means setting it
        m_previewCurrent = false;
        updateButtons();
    });
    for (QCheckBox* box : std::as_const(m_chosen)) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_previewCurrent = false;
            updateButtons();
        });
    }
    resize(1100, 760);
    updateButtons();
}

BulkEditDialog::~BulkEditDialog() = default;

QWidget* BulkEditDialog::createFields()
{
    auto* box = new QGroupBox(tr("Fields to set"), this);
    auto* grid = new QGridLayout(box);
    int index = 0;
    for (const QString& field : models::BulkEditPreview::settableFields()) {
        auto* chosen = new QCheckBox(models::fieldLabel(field), box);
        chosen->setObjectName(field + QLatin1String("Chosen"));
        // The editor NumberForm binds for the field's type: a flag, a work mode, or text.
        const bool flag = std::any_of(std::begin(api::fields::kFlag), std::end(api::fields::kFlag),
                                      [&](const auto& f) { return field == QLatin1String(f.first); });
        QWidget* editor = nullptr;
        if (flag) {
            editor = new QCheckBox(tr("On"), box);
        } else if (api::NumberValidation::workModeFields().contains(field)) {
            editor = new QComboBox(box);
        } else {
            auto* line = new QLineEdit(box);
            line->setPlaceholderText(tr("(empty)"));
            editor = line;
        }
        editor->setObjectName(field);
        QWidget* cell = editor;
        if (field.endsWith(QLatin1String("ForwardNumber"))) { // room for the note PhoneInput writes under it
            cell = new QWidget(box);
            auto* stack = new QVBoxLayout(cell);
            stack->setContentsMargins(0, 0, 0, 0);
            stack->setSpacing(2);
            editor->setParent(cell);
            stack->addWidget(editor);
        }
        const int row = index % 8;
        const int column = index / 8 * 2;
        grid->addWidget(chosen, row, column, Qt::AlignTop);
        grid->addWidget(cell, row, column + 1);
        m_chosen.insert(field, chosen);
        ++index;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

void BulkEditDialog::setField(const QString& field, const QVariant& value)
{
    QWidget* editor = m_form.editor(field);
    if (auto* box = qobject_cast<QCheckBox*>(editor))
        box->setChecked(value.toBool());
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(combo->findData(value));
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.toString());
    m_chosen.value(field)->setChecked(true);
}

QJsonObject BulkEditDialog::chosenFields(QMap<QString, QString>& problems) const
{
    const QJsonObject values = api::toJson(m_form.read(api::PhoneNumber {}, problems));
    QJsonObject fields;
    for (auto it = m_chosen.cbegin(); it != m_chosen.cend(); ++it) {
        if (it.value()->isChecked())
            fields.insert(it.key(), values.value(it.key()));
    }
    return fields;
}

void BulkEditDialog::showPreview()
{
    QMap<QString, QString> problems;
    const QJsonObject fields = chosenFields(problems);
    for (const QString& field : m_form.fields())
        setFieldError(m_form.editor(field), fields.contains(field) ? problems.value(field) : QString());
    if (fields.isEmpty())
        return m_messages->showError(tr("Tick at least one field to set."));
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (fields.contains(it.key()))
            return m_messages->showError(tr("%1: %2").arg(models::fieldLabel(it.key()), it.value()));
    }
    m_messages->hide();
    for (api::PhoneNumber& n : m_numbers) // as the store holds them now, e.g. after an apply
        n = m_writer.store().number(n.id).value_or(n);
    m_preview = models::BulkEditPreview::of(m_numbers, fields);
    QList<models::BulkRowsModel::Row> rows;
    rows.reserve(m_preview.rows.size());
    for (const models::BulkEditRow& row : m_preview.rows) {
        rows.append({api::phone::formatInternational(row.number.phoneNumber), row.number.name, planOf(row),
                     row.outcome == Outcome::Change ? Tone::Plain : row.outcome == Outcome::Skip ? Tone::Quiet : Tone::Bad, {}, Tone::Plain});
    }
    m_rows->setRows(rows);
    m_summary->setText(tr("%1 will change, %2 already set, %3 refused.")
                           .arg(m_preview.count(Outcome::Change))
                           .arg(m_preview.count(Outcome::Skip))
                           .arg(m_preview.count(Outcome::Invalid)));
    m_previewCurrent = true;
    m_bulk->forgetApplied();
    updateButtons();
}

void BulkEditDialog::apply()
{
    if (m_previewCurrent)
        m_bulk->apply(m_preview.rows);
}

void BulkEditDialog::undo()
{
    m_bulk->undo();
}

void BulkEditDialog::finished()
{
    using R = models::BulkApply::Result;
    const models::BulkApply* run = m_bulk->last();
    const QString summary = (m_bulk->wasUndo() ? tr("Undo: %1 reverted, %2 left alone (changed since), %3 failed, %4 not sent.")
                                               : tr("%1 changed, %2 left alone (changed since the preview), %3 failed, %4 not sent."))
                                .arg(run->count(R::Done))
                                .arg(run->count(R::ChangedMeanwhile))
                                .arg(run->count(R::Failed))
                                .arg(run->count(R::Cancelled));
    m_summary->setText(summary);
    m_previewCurrent = false; // the numbers changed: preview again before another apply
    m_fieldsBox->setEnabled(true);
    updateButtons();
}

void BulkEditDialog::updateButtons()
{
    const bool running = m_bulk->isRunning();
    m_previewButton->setEnabled(!running);
    m_applyButton->setEnabled(!running && m_previewCurrent && m_preview.count(Outcome::Change) > 0);
    m_cancelButton->setVisible(running);
    m_undoButton->setVisible(m_bulk->canUndo());
    m_undoButton->setEnabled(!running);
    if (m_curl)
        m_curl->update();
}

void BulkEditDialog::reject()
{
    m_bulk->abandon();
    QDialog::reject();
}

} // namespace phonedesk::ui
