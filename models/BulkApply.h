// SPDX-License-Identifier: MIT
#pragma once

#include "BulkEdit.h"
#include "RowQueue.h"

#include <QList>
#include <QObject>

namespace phonedesk::api {
class ApiCall;
class ApiClient;
}

namespace phonedesk::models {

class NumberStore;

// Sends a previewed bulk edit: one partial update per number that needs it, a few at a time.
// Each number is fetched first; one that changed on the server since the preview (updated, or
// another value in a field the edit sets) is left alone and shown as such. Every update sent
// goes to the journal as `action` ("update", or "revert" for an undo); every row keeps its
// result. Cancel stops sending; what is in flight finishes.
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

    BulkApply(api::ApiClient& client, NumberStore& store, QList<BulkEditRow> rows,
              const QString& action = QStringLiteral("update"), int atOnce = 4, QObject* parent = nullptr);

    void start();
    void cancel();
    const QList<BulkEditRow>& rows() const { return m_rows; }
    const QList<RowResult>& results() const { return m_results; }
    qsizetype count(Result result) const;

    // The undo of what was done: for each number changed, the update that puts back the values
    // of exactly the fields this edit changed, to be sent only if nobody changed it since.
    QList<BulkEditRow> undoRows() const;

Q_SIGNALS:
    void rowFinished(int row);
    void progress(int finished, int total);
    void finished();

private:
    void fetch(int row);
    void fetched(int row, api::ApiCall* call);
    void updated(int row, api::ApiCall* call);
    void finishRow(int row, Result result, const QString& message = {});

    api::ApiClient& m_client;
    NumberStore& m_store;
    QString m_action;
    QList<BulkEditRow> m_rows; // the ones to change
    QList<RowResult> m_results;
    RowQueue m_queue;
    int m_finished = 0;
};

} // namespace phonedesk::models
