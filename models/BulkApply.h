// SPDX-License-Identifier: MIT
#pragma once

#include "BulkEdit.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace phonedesk::api {
class ApiCall;
class ApiClient;
}

namespace phonedesk::models {

class NumberStore;

// Sends a previewed bulk edit: one partial update per number that needs it, a few at a time.
// Each number is fetched first; one that changed on the server since the preview is left
// alone (the user previews again). Every update sent goes to the journal; every row keeps
// its result. Cancel stops sending; what is in flight finishes.
class BulkApply : public QObject
{
    Q_OBJECT

public:
    enum class Result { Pending, Done, Failed, ChangedMeanwhile, Cancelled };
    struct RowResult
    {
        Result result = Result::Pending;
        QString message; // the server's, when it failed
    };

    BulkApply(api::ApiClient& client, NumberStore& store, QList<BulkEditRow> rows, int atOnce = 4, QObject* parent = nullptr);

    void start();
    void cancel();
    const QList<BulkEditRow>& rows() const { return m_rows; }
    const QList<RowResult>& results() const { return m_results; }
    int finishedCount() const { return m_finished; }

Q_SIGNALS:
    void rowFinished(int row);
    void progress(int finished, int total);
    void finished();

private:
    void sendNext();
    void fetched(int row, api::ApiCall* call);
    void updated(int row, api::ApiCall* call);
    void finishRow(int row, Result result, const QString& message = {});

    api::ApiClient& m_client;
    NumberStore& m_store;
    QList<BulkEditRow> m_rows; // the ones to change
    QList<RowResult> m_results;
    int m_atOnce;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finished = 0;
    bool m_cancelled = false;
};

} // namespace phonedesk::models
