// SPDX-License-Identifier: MIT
#pragma once

#include "models/BulkApply.h"

#include <QObject>
#include <QPointer>

class QProgressBar;

namespace phonedesk::models {
class BulkRowsModel;
class NumberWriter;
} // namespace phonedesk::models

namespace phonedesk::ui {

// How a dialog sends a previewed bulk operation (bulk edit, import) and takes it back: the rows
// it sends show "Waiting…" and then their result, the others why they are not sent; the progress
// bar follows; the applied run is kept, so that undo() reverts what it changed (not what it
// created). The dialog keeps its table and writes its own summary on finished().
class BulkRun : public QObject
{
    Q_OBJECT

public:
    BulkRun(models::NumberWriter& writer, models::BulkRowsModel* rows, QProgressBar* progress, QObject* parent);

    // `plans`: one per row of the table, in its order.
    void apply(const QList<models::BulkEditRow>& plans);
    void undo();
    void stop();
    // The dialog closes: nothing more is started, what is in flight finishes and is journaled.
    void abandon();
    // A new preview: what was applied before is no longer what Undo would revert.
    void forgetApplied() { m_applied = nullptr; }

    bool isRunning() const { return m_run; }
    bool canUndo() const { return m_applied && !m_applied->undoRows().isEmpty(); }
    // While finished() is emitted: the run that ended, and whether it was an undo.
    const models::BulkApply* last() const { return m_last; }
    bool wasUndo() const { return m_undoing; }

Q_SIGNALS:
    void started();
    void finished();

private:
    void run(models::BulkApply* run, const QList<int>& tableRows, bool undoing);

    models::NumberWriter& m_writer;
    models::BulkRowsModel* m_rows;
    QProgressBar* m_progress;
    QPointer<models::BulkApply> m_run;
    QPointer<models::BulkApply> m_applied; // what undo() reverts
    QPointer<models::BulkApply> m_last;
    QList<int> m_tableRows; // the table row of each row of m_run
    bool m_undoing = false;
};

} // namespace phonedesk::ui
