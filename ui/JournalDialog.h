// SPDX-License-Identifier: MIT
#pragma once

#include "models/Journal.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace phonedesk::models {
class NumberWriter;
}

namespace phonedesk::ui {

class CurlButton;

// The change journal of the open profile: every write made from the app, newest first,
// filtered by number, action, time and failure; the selected entry's fields before and after
// (or, for a failed write, what was sent and the server's message); export as CSV or JSON.
class JournalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JournalDialog(models::NumberWriter& writer, QWidget* parent = nullptr);

    // The entries the filters let through, newest first: what the table lists and export writes.
    const QList<models::JournalEntry>& shown() const { return m_shown; }
    // Writes the shown entries to `path`, as JSON when it ends in .json, else as CSV; returns
    // the problem, or nothing.
    QString exportTo(const QString& path) const;

private:
    void refilter();
    void showEntry(int row);
    void chooseExportFile();
    // Opens the edit dialog with the selected update's previous values (see proposeRevert).
    void revertSelected();

    models::NumberWriter& m_writer;
    QList<models::JournalEntry> m_shown;
    QList<qsizetype> m_shownAt; // each shown entry's place in the journal
    QLineEdit* m_number;
    QComboBox* m_action;
    QComboBox* m_since;
    QCheckBox* m_failedOnly;
    QTableWidget* m_entries;
    QTableWidget* m_diff;
    QLabel* m_detail;
    QPushButton* m_revert;
    CurlButton* m_curl = nullptr;
    bool m_filled = false; // refilter() has run once
};

} // namespace phonedesk::ui
