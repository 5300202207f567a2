// SPDX-License-Identifier: MIT
#include "ui/LinkDialog.h"

#include "api/ApiClient.h"
#include "common/PhoneFormat.h"
#include "models/NumberFilterProxy.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "models/ProviderPhoneModel.h"
#include "ui/CurlButton.h"
#include "ui/MessageBar.h"
#include "ui/PhonePicker.h"
#include "ui_LinkDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace phonedesk::ui {

LinkDialog::LinkDialog(models::NumberWriter& writer, const api::PhoneNumber& number, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LinkDialog>())
    , m_writer(writer)
    , m_number(number)
    , m_messages(new MessageBar(this))
    , m_phones(new models::ProviderPhoneModel(this))
    , m_filtered(new models::NumberFilterProxy(m_phones, this))
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(0, m_messages);
    setWindowTitle(tr("Link %1").arg(api::phone::formatInternational(number.phoneNumber)));
    bindPhonePicker(m_ui->providerPhones, m_ui->phoneSearch, m_filtered);
    m_link = m_ui->buttons->addButton(tr("&Link selected phone"), QDialogButtonBox::ApplyRole);
    m_link->setObjectName(QStringLiteral("linkButton"));
    m_unlink = m_ui->buttons->addButton(tr("&Unlink…"), QDialogButtonBox::DestructiveRole);
    m_unlink->setObjectName(QStringLiteral("unlinkButton"));
    m_unlink->setAutoDefault(false);

    connect(m_ui->providerPhones->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LinkDialog::updateButtons);
    connect(m_link, &QPushButton::clicked, this, [this] { link(chosenPhoneUuid(m_ui->providerPhones)); });
    connect(m_unlink, &QPushButton::clicked, this, &LinkDialog::unlink);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The link of the chosen phone; with none or the linked one chosen, the unlink.
    m_curl = new CurlButton(m_ui->buttons, writer.client(), [this]() -> QList<api::WireRequest> {
        const QString chosen = chosenPhoneUuid(m_ui->providerPhones);
        const QString id = QString::number(m_number.id);
        if (!chosen.isEmpty() && chosen != m_number.providerPhoneUuid)
            return {api::WireRequest::link(id, chosen)};
        if (m_number.providerPhoneUuid)
            return {api::WireRequest::link(id, std::nullopt)};
        return {};
    });
    showCurrentLink();
    m_phones->setPhones(writer.store().providerPhones(), m_number.uuid); // as last synced, until the server answers
    updateButtons();
    loadPhones();
}

LinkDialog::~LinkDialog() = default;

void LinkDialog::reject()
{
    if (m_write)
        m_write->cancel();
    QDialog::reject();
}

void LinkDialog::showCurrentLink(const std::optional<api::ProviderPhone>& linked)
{
    const QString number = api::phone::formatInternational(m_number.phoneNumber).toHtmlEscaped();
    const QString name = m_number.name.toHtmlEscaped();
    if (!m_number.providerPhoneUuid)
        m_ui->currentLink->setText(tr("<b>%1</b> — %2 is not linked to a provider phone.").arg(number, name));
    else if (linked)
        m_ui->currentLink->setText(tr("<b>%1</b> — %2 is linked to the provider phone %3 (%4).")
                                       .arg(number, name, api::phone::formatInternational(linked->phoneNumber).toHtmlEscaped(),
                                            linked->friendlyName.toHtmlEscaped()));
    else
        m_ui->currentLink->setText(tr("<b>%1</b> — %2 is linked to the provider phone <code>%3</code>.")
                                       .arg(number, name, m_number.providerPhoneUuid->toHtmlEscaped()));
}

void LinkDialog::loadPhones()
{
    m_writer.store().calls().run<QList<api::ProviderPhone>>(
        [this] { return m_writer.client().listLinkablePhones(); }, this,
        [this](const QList<api::ProviderPhone>& phones) {
            m_phones->setPhones(phones, m_number.uuid);
            m_ui->providerPhones->resizeColumnsToContents();
            for (const api::ProviderPhone& phone : phones) {
                if (phone.uuid == m_number.providerPhoneUuid)
                    showCurrentLink(phone);
            }
        },
        [this](const api::ApiError& error) {
            if (error.kind != api::ApiError::Kind::Cancelled)
                m_messages->showError(error.message());
        });
}

void LinkDialog::updateButtons()
{
    const QString chosen = chosenPhoneUuid(m_ui->providerPhones);
    m_link->setEnabled(!m_sending && !chosen.isEmpty() && chosen != m_number.providerPhoneUuid);
    m_unlink->setEnabled(!m_sending && m_number.providerPhoneUuid.has_value());
    if (m_curl)
        m_curl->update();
}

void LinkDialog::unlink()
{
    const auto answer = QMessageBox::question(
        this, tr("Unlink provider phone"),
        tr("Unlink the provider phone from %1? The number stops receiving calls and messages until a phone is "
           "linked again; the provider phone stays assigned to this workspace.")
            .arg(api::phone::formatInternational(m_number.phoneNumber)),
        QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        link(std::nullopt);
}

void LinkDialog::link(const std::optional<QString>& providerPhoneUuid)
{
    if (m_sending)
        return;
    m_sending = true;
    updateButtons();
    models::NumberWrite* write = m_writer.link(m_number, providerPhoneUuid);
    m_write = write;
    connect(write, &models::NumberWrite::finished, this, [this, write] {
        m_sending = false;
        if (write->outcome() == models::NumberWrite::Outcome::Done)
            return accept();
        if (write->error().kind != api::ApiError::Kind::Cancelled)
            m_messages->showError(write->error().message());
        updateButtons();
    });
}

} // namespace phonedesk::ui
