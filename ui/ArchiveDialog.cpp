// SPDX-License-Identifier: MIT
#include "ui/ArchiveDialog.h"

#include "api/ApiClient.h"
#include "common/PhoneFormat.h"
#include "models/NumberFilter.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "ui/BulkDialogParts.h"
#include "ui/CurlButton.h"
#include "ui/MessageBar.h"
#include "ui_ArchiveDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTimer>

namespace phonedesk::ui {
ArchiveDialog::ArchiveDialog(models::NumberWriter& writer, const api::PhoneNumber& number, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ArchiveDialog>())
    , m_writer(writer)
    , m_number(number)
    , m_messages(new MessageBar(this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(0, m_messages);
    const QString formatted = api::phone::formatInternational(number.phoneNumber);
    setWindowTitle(tr("Archive %1").arg(formatted));
    m_ui->title->setText(QStringLiteral("<b>%1</b> — %2").arg(formatted.toHtmlEscaped(), number.name.toHtmlEscaped()));
    m_archive = m_ui->buttons->addButton(tr("Archive %1").arg(formatted), QDialogButtonBox::DestructiveRole);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    makeDestructive(m_archive);
    m_archive->hide();
    QPushButton* cancel = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true); // Enter never archives by accident

    connect(m_archive, &QPushButton::clicked, this, &ArchiveDialog::archive);
    m_curl = new CurlButton(m_ui->buttons, writer.client(), [this]() -> QList<api::WireRequest> {
        if (m_archive->isHidden()) // the blockers are loading, or block it
            return {};
        return {api::WireRequest::archive(QString::number(m_number.id))};
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ArchiveDialog::reject);
    connect(m_ui->confirmation, &QLineEdit::textChanged, this, &ArchiveDialog::updateArchiveButton);
    QTimer::singleShot(0, cancel, qOverload<>(&QWidget::setFocus));
    loadBlockers();
}

ArchiveDialog::~ArchiveDialog() = default;

bool ArchiveDialog::confirms(const QString& typed, const QString& e164)
{
    const QString digits = models::digitsOf(typed);
    const QString all = models::digitsOf(e164);
    if (digits.size() == 4)
        return all.endsWith(digits);
    // The whole number, with or without its country code (at most three digits).
    return digits.size() >= all.size() - 3 && all.endsWith(digits);
}

void ArchiveDialog::reject()
{
    if (m_loading)
        m_loading->cancel();
    if (m_write)
        m_write->cancel(); // journaled as uncertain: the server may have archived it
    QDialog::reject();
}

void ArchiveDialog::loadBlockers()
{
    m_ui->pages->setCurrentWidget(m_ui->loadingPage);
    const QString id = QString::number(m_number.id);
    m_loading = m_writer.store().calls().run<api::ArchiveBlockers>(
        [this, id] { return m_writer.client().getArchiveBlockers(id); }, this,
        [this](const api::ArchiveBlockers& result) {
            if (result.blockers.isEmpty())
                showConfirmation();
            else
                showBlockers(result.blockers);
        },
        [this](const api::ApiError& error) {
            if (error.kind == api::ApiError::Kind::Cancelled)
                return;
            m_ui->loadingProgress->hide();
            m_ui->loadingText->setText(tr("Could not check what uses this number, so it cannot be archived now."));
            m_messages->showError(error.message());
        });
}

void ArchiveDialog::showBlockers(const QList<api::ArchiveBlocker>& blockers)
{
    m_ui->blockedText->setText(tr("This number cannot be archived while these use it. Change each one to use "
                                  "another number (or delete it), then try again."));
    m_ui->blockerList->clear();
    for (const api::ArchiveBlocker& b : blockers) {
        const QString kind = b.kind == QLatin1String("workflow") ? tr("Workflow") : tr("Event rule");
        auto* item = new QTreeWidgetItem(m_ui->blockerList, {kind, QStringLiteral("%1 (#%2)").arg(b.name).arg(b.id), b.reason});
        item->setToolTip(2, b.reason);
    }
    m_ui->blockerList->setWordWrap(true);
    m_ui->blockerList->header()->setStretchLastSection(true);
    for (int column = 0; column < m_ui->blockerList->columnCount(); ++column)
        m_ui->blockerList->resizeColumnToContents(column);
    m_ui->pages->setCurrentWidget(m_ui->blockedPage);
    m_archive->hide();
    updateArchiveButton();
}

void ArchiveDialog::showConfirmation()
{
    m_ui->consequences->setText(
        tr("<p>Archiving <b>cannot be undone</b>.</p><ul>"
           "<li>The number stops answering calls and messages.</li>"
           "<li>Its provider phone goes back to the organization's pool, where any workspace can take it.</li>"
           "<li>Its call and message history stays.</li></ul>"));
    m_ui->pages->setCurrentWidget(m_ui->confirmPage);
    m_archive->show();
    updateArchiveButton();
}

void ArchiveDialog::updateArchiveButton()
{
    m_archive->setEnabled(!m_sending && confirms(m_ui->confirmation->text(), m_number.phoneNumber));
    if (m_curl)
        m_curl->update();
}

void ArchiveDialog::archive()
{
    if (m_sending || !confirms(m_ui->confirmation->text(), m_number.phoneNumber))
        return;
    m_sending = true;
    updateArchiveButton();
    m_write = m_writer.archive(m_number);
    connect(m_write, &models::NumberWrite::finished, this, [this, write = m_write] {
        m_sending = false;
        if (write->outcome() == models::NumberWrite::Outcome::Done)
            return accept();
        const api::ApiError& error = write->error();
        if (!error.blockers.isEmpty())
            return showBlockers(error.blockers); // something started using it meanwhile
        if (error.kind != api::ApiError::Kind::Cancelled)
            m_messages->showError(error.message());
        updateArchiveButton();
    });
}

} // namespace phonedesk::ui
