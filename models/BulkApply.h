// SPDX-License-Identifier: MIT
#pragma once

#include "models/BulkEdit.h"
#include "models/Journal.h"
#include "models/RowQueue.h"

#include <QList>
#include <QObject>

namespace phonedesk::models {

class NumberWrite;
class NumberWriter;

// Sends a previewed bulk edit or import: one partial update per number that needs it (or one
// create per new number of an import), a few at a time,
// each through the writer, so that one that changed on the server since the preview (updated,
// or another value in a field the edit sets) is left alone and shown as such, and every update
// sent is journaled as `action` (Update, or Revert for an undo). Every row keeps its result.
// Cancel stops sending; what is in flight finishes.
class BulkApply : public QObject
{
    Q_OBJECT

public:
    enum class Result { Pending, Done, Failed, ChangedMeanwhile, Cancelled };
    struct RowResult
    {
        Result result = Result::Pending;
        QString message; // the server's, when it failed
        api::PhoneNumber after; // the server's answer, when done
    };

    BulkApply(NumberWriter& writer, QList<BulkEditRow> rows, JournalAction action = JournalAction::Update,
              int atOnce = 4, QObject* parent = nullptr);

    void start();
    void cancel();
    const QList<BulkEditRow>& rows() const { return m_rows; }
    const QList<RowResult>& results() const { return m_results; }
    qsizetype count(Result result) const;

    // The undo of what was done: for each number changed, the update that puts back the values
    // of exactly the fields this edit changed, to be sent only if nobody changed it since.
    // Created numbers are not in it: only archiving takes one away, which is never automatic.
    QList<BulkEditRow> undoRows() const;

Q_SIGNALS:
    void rowFinished(int row);
    void progress(int finished, int total);
    void finished();

private:
    void send(int row);
    void sent(int row, const NumberWrite& write);
    void finishRow(int row, Result result, const QString& message = {});

    NumberWriter& m_writer;
    JournalAction m_action;
    QList<BulkEditRow> m_rows; // the ones to change
    QList<RowResult> m_results;
    RowQueue m_queue;
    int m_finished = 0;
};

} // namespace phonedesk::models
