// SPDX-License-Identifier: MIT
#pragma once

#include "api/ArchiveBlockers.h"
#include "api/PhoneNumber.h"
#include "models/RowQueue.h"

#include <QList>
#include <QObject>

namespace phonedesk::models {

class NumberWriter;

// Archives many numbers, which cannot be undone: first loads what blocks each one (a few at a
// time), then archives only those nothing blocks, each through the writer; a number
// that became blocked in between is refused by the server and shown with its new blockers.
class BulkArchive : public QObject
{
    Q_OBJECT

public:
    enum class State { Checking, Blocked, Ready, CheckFailed, Archiving, Archived, Failed, Cancelled };
    struct Row
    {
        api::PhoneNumber number;
        State state = State::Checking;
        QList<api::ArchiveBlocker> blockers;
        QString message; // the server's, when a call failed
    };

    BulkArchive(NumberWriter& writer, const QList<api::PhoneNumber>& numbers, int atOnce = 4, QObject* parent = nullptr);

    void checkBlockers();
    // Archives every Ready row. Call once the check has finished.
    void archiveReady();
    void cancel();

    const QList<Row>& rows() const { return m_rows; }
    int count(State state) const;
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void rowChanged(int row);
    void progress(int finished, int total);
    void finished();

private:
    void runOver(State state, const std::function<void(int row)>& start);
    void check(int row);
    void archive(int row);
    void setState(int row, State state, const QString& message = {});

    NumberWriter& m_writer;
    QList<Row> m_rows;
    QList<int> m_phase; // the rows the running phase works on
    RowQueue m_queue;
    std::function<void(int row)> m_start;
    int m_pending = 0;
};

} // namespace phonedesk::models
