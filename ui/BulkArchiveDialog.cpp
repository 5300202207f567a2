// SPDX-License-Identifier: MIT
#include "ui/BulkArchiveDialog.h"

#include "common/PhoneFormat.h"
#include "models/BulkArchive.h"
#include "models/BulkRowsModel.h"
#include "models/NumberWriter.h"
#include "ui/BulkDialogParts.h"
#include "ui/CurlButton.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace phonedesk::ui {
namespace {

using State = models::BulkArchive::State;
using Tone = models::BulkRowsModel::Tone;

QString blockersText(const QList<api::ArchiveBlocker>& blockers)
{
    QStringList names;
    for (const api::ArchiveBlocker& b : blockers) {
        names << (b.kind == QLatin1String("workflow") ? BulkArchiveDialog::tr("workflow %1 (#%2)")
                                                      : BulkArchiveDialog::tr("event rule %1 (#%2)"))
                     .arg(b.name)
                     .arg(b.id);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

BulkArchiveDialog::BulkArchiveDialog(models::NumberWriter& writer, const QList<api::PhoneNumber>& numbers,
                                     QWidget* parent)
    : QDialog(parent)
    , m_rows(new models::BulkRowsModel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_consequences(new QLabel(this))
    , m_confirmation(new QLineEdit(this))
{
    setObjectName(QStringLiteral("bulkArchiveDialog"));
    QList<api::PhoneNumber> active;
    for (const api::PhoneNumber& n : numbers) {
        if (!n.isArchived)
            active << n;
    }
    m_skippedArchived = int(numbers.size() - active.size());
    setWindowTitle(tr("Archive %n numbers", nullptr, int(active.size())));
    m_archive = new models::BulkArchive(writer, active, 4, this);
    QList<models::BulkRowsModel::Row> rows;
    for (const api::PhoneNumber& n : active)
        rows.append({api::phone::formatInternational(n.phoneNumber), n.name, tr("Checking what uses it…"), Tone::Quiet, {}, Tone::Plain});
    m_rows->setRows(rows);

    QTableView* table = bulkTable(m_rows, QStringLiteral("bulkArchiveTable"), 380, this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_consequences->setWordWrap(true);
    m_consequences->hide();
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_archiveButton = buttons->addButton(tr("Archive"), QDialogButtonBox::DestructiveRole);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    makeDestructive(m_archiveButton);
    m_archiveButton->hide();
    m_stopButton = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->hide();
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // Enter never archives by accident
    cancel->setFocus();
    connect(m_archiveButton, &QPushButton::clicked, this, &BulkArchiveDialog::archive);
    connect(m_stopButton, &QPushButton::clicked, m_archive, &models::BulkArchive::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // One archive a number nothing blocks, as Archive sends them.
    m_curl = new CurlButton(buttons, writer.client(), [this] {
        QList<api::WireRequest> requests;
        for (const models::BulkArchive::Row& row : m_archive->rows()) {
            if (!m_started && row.state == State::Ready)
                requests << api::WireRequest::archive(QString::number(row.number.id));
        }
        return requests;
    });
    connect(m_confirmation, &QLineEdit::textChanged, this, &BulkArchiveDialog::updateButton);
    connect(m_archive, &models::BulkArchive::rowChanged, this, &BulkArchiveDialog::rowChanged);
    connect(m_archive, &models::BulkArchive::progress, m_progress, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_archive, &models::BulkArchive::finished, this, [this] { m_started ? archived() : checked(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_consequences);
    layout->addWidget(m_confirmation);
    layout->addWidget(buttons);
    resize(980, 620);
    m_summary->setText(tr("Checking what uses each number…"));
    m_archive->checkBlockers();
}

BulkArchiveDialog::~BulkArchiveDialog() = default;

void BulkArchiveDialog::rowChanged(int row)
{
    if (m_curl)
        m_curl->update();
    const models::BulkArchive::Row& r = m_archive->rows().at(row);
    switch (r.state) {
    case State::Checking: break;
    case State::Ready: m_rows->setPlan(row, tr("Will be archived"), Tone::Plain); break;
    case State::Blocked: m_rows->setPlan(row, tr("Stays: used by %1").arg(blockersText(r.blockers)), Tone::Bad); break;
    case State::CheckFailed: m_rows->setPlan(row, tr("Stays: could not check (%1)").arg(r.message), Tone::Bad); break;
    case State::Archiving: m_rows->setResult(row, tr("Archiving…"), Tone::Quiet); break;
    case State::Archived: m_rows->setResult(row, tr("Archived"), Tone::Plain); break;
    case State::Failed:
        m_rows->setResult(row, r.blockers.isEmpty() ? tr("Failed: %1").arg(r.message) : tr("Failed: now used by %1").arg(blockersText(r.blockers)), Tone::Bad);
        break;
    case State::Cancelled:
        if (m_started)
            m_rows->setResult(row, tr("Not sent (stopped)"), Tone::Quiet);
        else
            m_rows->setPlan(row, tr("Stays: not checked"), Tone::Quiet);
        break;
    }
}

void BulkArchiveDialog::checked()
{
    m_progress->hide();
    const int ready = m_archive->count(State::Ready);
    const int stay = int(m_archive->rows().size()) - ready;
    QString summary = tr("%1 can be archived; %2 stay (used elsewhere or not checked).").arg(ready).arg(stay);
    if (m_skippedArchived > 0)
        summary += QLatin1Char(' ') + tr("%n selected numbers were archived already and are left out.", nullptr, m_skippedArchived);
    m_summary->setText(summary);
    if (ready == 0)
        return;
    m_consequences->setText(tr("<p>Archiving <b>cannot be undone</b>. These numbers stop answering calls and messages, and "
                               "their provider phones go back to the organization's pool. Their history stays.</p>"
                               "<p>Type <b>%1</b>, the count of numbers to archive, to confirm:</p>").arg(ready));
    m_consequences->show();
    m_confirmation->show();
    m_archiveButton->setText(tr("Archive %n numbers", nullptr, ready));
    m_archiveButton->show();
    updateButton();
}

void BulkArchiveDialog::updateButton()
{
    const int ready = m_archive->count(State::Ready);
    m_archiveButton->setEnabled(!m_started && ready > 0 && m_confirmation->text().trimmed() == QString::number(ready));
    if (m_curl)
        m_curl->update();
}

void BulkArchiveDialog::archive()
{
    if (m_started || !m_archiveButton->isEnabled())
        return;
    m_started = true;
    updateButton();
    m_confirmation->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_stopButton->show();
    m_archive->archiveReady();
}

void BulkArchiveDialog::archived()
{
    if (m_curl)
        m_curl->update();
    m_stopButton->hide();
    m_summary->setText(tr("%1 archived, %2 failed, %3 not sent.")
                           .arg(m_archive->count(State::Archived))
                           .arg(m_archive->count(State::Failed))
                           .arg(m_started ? m_archive->count(State::Cancelled) : 0));
}

void BulkArchiveDialog::reject()
{
    if (m_archive->isRunning())
        finishWithoutDialog(m_archive, this);
    QDialog::reject();
}

} // namespace phonedesk::ui
