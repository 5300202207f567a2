// SPDX-License-Identifier: MIT
#include "ui/BulkRun.h"

#include "models/BulkRowsModel.h"
#include "ui/BulkDialogParts.h"

#include <QCoreApplication>
#include <QProgressBar>

namespace phonedesk::ui {

using Outcome = models::BulkEditRow::Outcome;
using Tone = models::BulkRowsModel::Tone;

BulkRun::BulkRun(models::NumberWriter& writer, models::BulkRowsModel* rows, QProgressBar* progress, QObject* parent)
    : QObject(parent), m_writer(writer), m_rows(rows), m_progress(progress)
{
}

void BulkRun::apply(const QList<models::BulkEditRow>& plans)
{
    if (m_run)
        return;
    QList<int> sent;
    for (int row = 0; row < plans.size(); ++row) {
        const Outcome outcome = plans.at(row).outcome;
        if (outcome == Outcome::Change || outcome == Outcome::Create)
            sent << row;
        else
            m_rows->setResult(row, outcome == Outcome::Skip ? QCoreApplication::translate("BulkEditDialog", "Skipped: already set")
                                                            : QCoreApplication::translate("BulkEditDialog", "Not sent: refused"),
                              Tone::Quiet);
    }
    run(new models::BulkApply(m_writer, plans, models::JournalAction::Update, 4, this), sent, false);
}

void BulkRun::undo()
{
    if (!m_applied || m_run)
        return;
    QList<int> reverted;
    for (int row = 0; row < m_applied->results().size(); ++row) {
        if (m_applied->results().at(row).result == models::BulkApply::Result::Done && !m_applied->rows().at(row).create)
            reverted << m_tableRows.at(row);
    }
    const QList<models::BulkEditRow> reverts = m_applied->undoRows();
    m_applied = nullptr;
    run(new models::BulkApply(m_writer, reverts, models::JournalAction::Revert, 4, this), reverted, true);
}

void BulkRun::stop()
{
    if (m_run)
        m_run->cancel();
}

void BulkRun::abandon()
{
    if (m_run)
        finishWithoutDialog(m_run.data(), this);
}

void BulkRun::run(models::BulkApply* run, const QList<int>& tableRows, bool undoing)
{
    m_run = run;
    m_tableRows = tableRows;
    m_undoing = undoing;
    for (int row : tableRows)
        m_rows->setResult(row, QCoreApplication::translate("BulkEditDialog", "Waiting…"), Tone::Quiet);
    m_progress->setRange(0, int(tableRows.size()));
    m_progress->setValue(0);
    m_progress->show();
    connect(run, &models::BulkApply::rowFinished, this, [this](int row) {
        const auto [text, tone] = resultOf(m_run->results().at(row), m_undoing, bool(m_run->rows().at(row).create));
        m_rows->setResult(m_tableRows.at(row), text, tone);
    });
    connect(run, &models::BulkApply::progress, m_progress, &QProgressBar::setValue);
    connect(run, &models::BulkApply::finished, this, [this] {
        m_last = m_run;
        if (!m_undoing)
            m_applied = m_run;
        m_run->disconnect(this);
        m_run = nullptr; // the finished run stays a child, for undo()
        Q_EMIT finished();
    });
    Q_EMIT started();
    run->start();
}

} // namespace phonedesk::ui
