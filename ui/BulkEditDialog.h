// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "models/BulkApply.h"
#include "ui/NumberForm.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace phonedesk::models {
class BulkRowsModel;
class NumberWriter;
} // namespace phonedesk::models

namespace phonedesk::ui {

class BulkRun;
class CurlButton;

class MessageBar;

// Sets the same fields on many numbers: the user ticks the fields to set and their values, the
// preview lists per number what would change, what is already set and what would be refused,
// and nothing is sent before Apply. Apply shows progress and can be cancelled; each row keeps
// its result; "Undo this bulk edit" then reverts the numbers it changed (where nobody changed
// them since).
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(models::NumberWriter& writer, const QList<api::PhoneNumber>& numbers,
                   QWidget* parent = nullptr);
    ~BulkEditDialog() override;

    // Ticks `field` and gives its editor `value` as a user would (tests and the screenshot).
    void setField(const QString& field, const QVariant& value);
    const models::BulkEditPreview& preview() const { return m_preview; }
    models::BulkRowsModel* table() const { return m_rows; }

public Q_SLOTS:
    void showPreview();
    void apply();
    void undo();

protected:
    void reject() override;

private:
    QWidget* createFields();
    QJsonObject chosenFields(QMap<QString, QString>& problems) const;
    void finished();
    void updateButtons();

    models::NumberWriter& m_writer;
    CurlButton* m_curl = nullptr;
    QList<api::PhoneNumber> m_numbers;
    QMap<QString, QCheckBox*> m_chosen; // field -> "set this field"; filled by createFields()
    QWidget* m_fieldsBox;
    NumberForm m_form;
    models::BulkEditPreview m_preview;
    bool m_previewCurrent = false; // no field changed since the preview
    models::BulkRowsModel* m_rows;
    QTableView* m_table;
    MessageBar* m_messages;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_previewButton;
    QPushButton* m_applyButton;
    QPushButton* m_cancelButton;
    QPushButton* m_undoButton;
    BulkRun* m_bulk = nullptr;
};

} // namespace phonedesk::ui
