// SPDX-License-Identifier: MIT
#pragma once

#include "models/BulkApply.h"
#include "models/BulkRowsModel.h"
#include "models/CsvImport.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace phonedesk::models {
class NumberWriter;
} // namespace phonedesk::models

namespace phonedesk::ui {

class BulkRun;
class CurlButton;
class MessageBar;

// File → Import: a CSV file of numbers (the export's, edited in a spreadsheet, or one of new
// numbers) previewed line by line — create, update of only the cells that differ, unchanged, or
// refused with the reason per cell — and nothing sent before Apply. The file is read on a worker
// and planned in slices, so a file of 100,000 lines keeps the window responsive; a file that is
// not one clear table is refused whole. Apply sends through BulkApply (progress, Stop, a result per
// line, the journal); Undo reverts the updates and lists the numbers it created, which stay.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(models::NumberWriter& writer, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The file dialog both File → Import and "Choose file…" open, starting in `folder`.
    static QString askForFile(QWidget* parent, const QString& folder);
    // Reads `path` and previews it (previewReady() once shown, or a file error in the bar).
    void openFile(const QString& path);
    void setRegion(const QString& region);
    models::BulkRowsModel* table() const { return m_rows; }
    // The plan of each line of the file, in its order.
    const QList<models::BulkEditRow>& plans() const { return m_plans; }
    QString fileError() const { return m_import.error(); }

public Q_SLOTS:
    void apply();
    void undo();

Q_SIGNALS:
    void previewReady();

protected:
    void reject() override;

private:
    void chooseFile();
    void read();
    void fileRead();
    void planSlice(int generation);
    // The workspace's number a line is for: the one with its id, else the live one with its phone number; 0: none.
    qint64 numberOf(const models::CsvImport::Row& line) const;
    void showPlans();
    void finished();
    void updateButtons();

    models::NumberWriter& m_writer;
    QString m_path;
    QFutureWatcher<models::CsvImport> m_reading;
    int m_generation = 0; // a newer read makes the older one's slices stop
    int m_readFor = 0; // the generation the running read is for
    models::CsvImport m_import;
    QHash<QString, qint64> m_idOf; // the workspace's numbers by E.164, while planning
    QList<models::BulkEditRow> m_planned; // in file order, as planned so far
    QList<models::BulkRowsModel::Row> m_planRows; // the table's line for each of m_planned
    QList<models::BulkEditRow> m_plans; // in file order
    QList<int> m_order; // the plan of each table row: refused, new, changing, unchanged
    bool m_previewCurrent = false;
    QLabel* m_file;
    QComboBox* m_region;
    models::BulkRowsModel* m_rows;
    QTableView* m_table;
    MessageBar* m_messages;
    QLabel* m_summary;
    QLabel* m_gateNote;
    QProgressBar* m_progress;
    QPushButton* m_chooseButton;
    QPushButton* m_applyButton;
    QPushButton* m_cancelButton;
    QPushButton* m_undoButton;
    CurlButton* m_curl = nullptr;
    BulkRun* m_bulk = nullptr;
};

} // namespace phonedesk::ui
