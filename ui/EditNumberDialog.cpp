// SPDX-License-Identifier: MIT
#include "ui/EditNumberDialog.h"

#include "api/JsonMapping.h"
#include "api/NumberValidation.h"
#include "api/Requests.h"
#include "common/PhoneFormat.h"
#include "models/NumberWriter.h"
#include "ui/ConflictDialog.h"
#include "models/FieldGroups.h"
#include "ui/CurlButton.h"
#include "ui/MessageBar.h"
#include "ui_EditNumberDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace phonedesk::ui {

EditNumberDialog::EditNumberDialog(models::NumberWriter& writer, const api::PhoneNumber& number, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditNumberDialog>())
    , m_writer(writer)
    , m_original(number)
    , m_form((m_ui->setupUi(this), this)) // the form finds the editors that setupUi created
    , m_messages(new MessageBar(this))
{
    m_ui->layout->insertWidget(0, m_messages);
    const QString formatted = api::phone::formatInternational(number.phoneNumber);
    setWindowTitle(tr("Edit %1").arg(formatted));
    m_ui->title->setText(QStringLiteral("<b>%1</b> — %2").arg(formatted.toHtmlEscaped(), number.name.toHtmlEscaped()));
    m_form.load(number);
    m_form.onEdited([this](const QString& field) {
        m_serverErrors.remove(field);
        revalidate();
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &EditNumberDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_curl = new CurlButton(m_ui->buttons, writer.client(), [this]() -> QList<api::WireRequest> {
        const std::optional<api::UpdatePhoneNumberRequest> request = pendingRequest();
        if (!request || !m_ui->buttons->button(QDialogButtonBox::Save)->isEnabled())
            return {}; // only what Save would send: the rules and the server's marks apply too
        return {api::WireRequest::update(QString::number(m_original.id), *request)};
    });
    revalidate();
}

EditNumberDialog::~EditNumberDialog() = default;

void EditNumberDialog::reject()
{
    // Escape, Cancel and the window's close button all come here: unsaved changes are asked for.
    QMap<QString, QString> problems;
    const api::PhoneNumber& loaded = m_proposed ? *m_proposed : m_original; // what the user has not touched
    if (!m_saving && !api::UpdatePhoneNumberRequest::between(loaded, m_form.read(m_original, problems)).isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Discard changes?"),
                        tr("The changes to %1 have not been saved.").arg(api::phone::formatInternational(m_original.phoneNumber)),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.button(QMessageBox::Discard)->setText(tr("&Discard changes"));
        ask.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        ask.setDefaultButton(QMessageBox::Cancel);
        if (ask.exec() != QMessageBox::Discard)
            return;
    }
    if (m_write)
        m_write->cancel();
    QDialog::reject();
}

void EditNumberDialog::proposeRevert(const api::PhoneNumber& restored, const QStringList& changedSince)
{
    m_action = models::JournalAction::Revert;
    m_proposed = restored;
    setWindowTitle(tr("Revert %1").arg(api::phone::formatInternational(m_original.phoneNumber)));
    m_form.load(restored);
    QString text = tr("The fields show their values before the change; Save sends them back.");
    if (!changedSince.isEmpty())
        text += QLatin1Char('\n') + tr("Changed again since that entry: %1. Save replaces those later values too.").arg(changedSince.join(QLatin1String(", ")));
    m_messages->showInfo(text);
    revalidate();
}

void EditNumberDialog::revalidate()
{
    QMap<QString, QString> errors;
    const api::PhoneNumber edited = m_form.read(m_original, errors);
    const QMap<QString, QString> rules = api::NumberValidation::check(edited);
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        if (!errors.contains(it.key()))
            errors.insert(it.key(), it.value()); // a field's own parse error stays first
    }
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it) {
        if (!errors.contains(it.key()))
            errors.insert(it.key(), tr("The server says: %1").arg(it.value()));
    }
    QStringList listed;
    for (const QString& field : m_form.fields()) {
        setFieldError(m_form.editor(field), errors.value(field));
        if (errors.contains(field))
            listed << QStringLiteral("%1: %2").arg(models::fieldLabel(field), errors.value(field));
    }
    m_ui->problems->setText(listed.join(QLatin1Char('\n')));
    m_ui->problems->setVisible(!listed.isEmpty());
    for (int tab = 0; tab < m_ui->tabs->count(); ++tab) {
        bool bad = false;
        for (const QString& field : m_form.fields())
            bad = bad || (errors.contains(field) && m_ui->tabs->widget(tab)->isAncestorOf(m_form.editor(field)));
        m_ui->tabs->setTabIcon(tab, bad ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    updateCounters();
    const bool changed = !api::UpdatePhoneNumberRequest::between(m_original, edited).isEmpty();
    QPushButton* save = m_ui->buttons->button(QDialogButtonBox::Save);
    save->setEnabled(errors.isEmpty() && changed && !m_saving);
    save->setToolTip(!errors.isEmpty() ? tr("Fix the marked fields first.")
                     : !changed        ? tr("Nothing has changed yet.")
                                       : tr("Send the changed fields to the server."));
    if (m_curl)
        m_curl->update();
}

void EditNumberDialog::updateCounters()
{
    for (QPlainTextEdit* area : findChildren<QPlainTextEdit*>()) {
        auto* counter = findChild<QLabel*>(area->objectName() + QLatin1String("Counter"));
        if (!counter)
            continue;
        const qsizetype length = area->toPlainText().size();
        counter->setText(tr("%1 / %2").arg(length).arg(api::NumberValidation::kMaxMessageLength));
        counter->setStyleSheet(length > api::NumberValidation::kMaxMessageLength ? QStringLiteral("color: #d32f2f;") : QString());
    }
}

std::optional<api::UpdatePhoneNumberRequest> EditNumberDialog::pendingRequest(api::PhoneNumber* edited) const
{
    QMap<QString, QString> problems;
    const api::PhoneNumber read = m_form.read(m_original, problems);
    const api::UpdatePhoneNumberRequest request = api::UpdatePhoneNumberRequest::between(m_original, read);
    if (edited)
        *edited = read;
    if (!problems.isEmpty() || request.isEmpty())
        return std::nullopt;
    return request;
}

void EditNumberDialog::save()
{
    api::PhoneNumber edited;
    const std::optional<api::UpdatePhoneNumberRequest> request = pendingRequest(&edited);
    if (m_saving || !request)
        return;
    send(m_original, *request, edited);
}

void EditNumberDialog::send(const api::PhoneNumber& seen, const api::UpdatePhoneNumberRequest& request,
                            const api::PhoneNumber& edited)
{
    m_saving = true;
    m_messages->hide();
    revalidate();
    m_write = m_writer.update(seen, request, m_action);
    connect(m_write, &models::NumberWrite::finished, this, [this, write = m_write, edited, request] {
        sent(*write, edited, request);
    });
}

void EditNumberDialog::sent(const models::NumberWrite& write, const api::PhoneNumber& edited,
                            const api::UpdatePhoneNumberRequest& request)
{
    using Outcome = models::NumberWrite::Outcome;
    switch (write.outcome()) {
    case Outcome::Done: accept(); return;
    case Outcome::ChangedMeanwhile:
        if (write.number().isArchived) {
            m_saving = false;
            m_messages->showError(tr("This number was archived on the server meanwhile; it can no longer change."));
            revalidate();
            return;
        }
        askAboutConflict(write.number(), edited, request);
        return;
    case Outcome::Failed:
    case Outcome::Cancelled:
    case Outcome::Pending: failed(write.error()); return;
    }
}

void EditNumberDialog::askAboutConflict(const api::PhoneNumber& server, const api::PhoneNumber& edited,
                                        const api::UpdatePhoneNumberRequest& request)
{
    auto* conflict = new ConflictDialog(m_original, server, edited, request.fields.keys(), this);
    conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(conflict, &QDialog::finished, this, [this, server, edited, request](int choice) {
        if (choice == ConflictDialog::ApplyMine)
            return send(server, request, edited); // exactly the user's fields, on top of the server's
        m_saving = false;
        if (choice == ConflictDialog::Reload) {
            m_original = server;
            m_serverErrors.clear();
            m_form.load(server);
            m_messages->showInfo(tr("The form shows the server's current values; your changes were discarded."));
        }
        revalidate();
    });
    conflict->open();
}

void EditNumberDialog::failed(const api::ApiError& error)
{
    m_saving = false;
    if (error.kind == api::ApiError::Kind::Validation && !error.fieldErrors.isEmpty()) {
        m_serverErrors = error.fieldErrors;
        m_messages->showError(tr("The server refused some fields; they are marked."));
    } else if (error.kind != api::ApiError::Kind::Cancelled) {
        m_messages->showError(error.message());
    }
    revalidate();
}

} // namespace phonedesk::ui
