// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace phonedesk::models {
class BulkArchive;
class BulkRowsModel;
class NumberWriter;
} // namespace phonedesk::models

namespace phonedesk::ui {

class CurlButton;

// Archives many numbers at once, which cannot be undone. It first loads what blocks each
// selected number and lists them; only the numbers nothing blocks are archived, and only after
// their count is typed. Focus starts on Cancel; the button archives once however often clicked.
class BulkArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    BulkArchiveDialog(models::NumberWriter& writer, const QList<api::PhoneNumber>& numbers, QWidget* parent = nullptr);
    ~BulkArchiveDialog() override;

    models::BulkArchive* operation() const { return m_archive; }
    models::BulkRowsModel* table() const { return m_rows; }

protected:
    void reject() override;

private:
    void rowChanged(int row);
    void checked();
    void archive();
    void archived();
    void updateButton();

    models::BulkArchive* m_archive;
    CurlButton* m_curl = nullptr;
    models::BulkRowsModel* m_rows;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QLabel* m_consequences;
    QLineEdit* m_confirmation;
    QPushButton* m_archiveButton;
    QPushButton* m_stopButton;
    bool m_started = false; // archiving was asked for
    int m_skippedArchived = 0;
};

} // namespace phonedesk::ui
