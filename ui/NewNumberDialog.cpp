// SPDX-License-Identifier: MIT
#include "ui/NewNumberDialog.h"

#include "api/ApiClient.h"
#include "api/NumberValidation.h"
#include "common/PhoneFormat.h"
#include "models/NumberFilterProxy.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "models/ProviderPhoneModel.h"
#include "ui/CurlButton.h"
#include "ui/MessageBar.h"
#include "ui/PhoneInput.h"
#include "ui/PhonePicker.h"
#include "ui_NewNumberDialog.h"

#include <QPushButton>

namespace phonedesk::ui {

NewNumberDialog::NewNumberDialog(models::NumberWriter& writer, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewNumberDialog>())
    , m_writer(writer)
    , m_messages(new MessageBar(this))
    , m_phones(new models::ProviderPhoneModel(this))
    , m_filtered(new models::NumberFilterProxy(m_phones, this))
    , m_region(api::phone::defaultRegion())
{
    m_ui->setupUi(this);
    m_ui->layout->insertWidget(0, m_messages);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    bindPhonePicker(m_ui->providerPhones, m_ui->phoneSearch, m_filtered);
    m_ui->numberPane->setEnabled(false);

    connect(m_ui->fromProviderPhone, &QRadioButton::toggled, this, [this](bool fromPhone) {
        m_ui->providerPane->setEnabled(fromPhone);
        m_ui->numberPane->setEnabled(!fromPhone);
        revalidate();
    });
    connect(m_ui->typedNumber, &QLineEdit::textEdited, this, &NewNumberDialog::revalidate);
    connect(m_ui->name, &QLineEdit::textChanged, this, &NewNumberDialog::revalidate);
    connect(m_ui->providerPhones->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NewNumberDialog::revalidate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewNumberDialog::create);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_curl = new CurlButton(m_ui->buttons, writer.client(), [this]() -> QList<api::WireRequest> {
        if (const std::optional<api::CreatePhoneNumberRequest> request = pendingRequest())
            return {api::WireRequest::create(*request)};
        return {};
    });
    m_phones->setPhones(writer.store().providerPhones()); // as last synced, until the server answers
    revalidate();
    loadPhones();
}

NewNumberDialog::~NewNumberDialog() = default;

void NewNumberDialog::reject()
{
    if (m_write)
        m_write->cancel();
    QDialog::reject();
}

void NewNumberDialog::loadPhones()
{
    m_writer.store().calls().run<QList<api::ProviderPhone>>(
        [this] { return m_writer.client().listLinkablePhones(); }, this,
        [this](const QList<api::ProviderPhone>& phones) {
            m_phones->setPhones(phones);
            m_ui->providerPhones->resizeColumnsToContents();
        },
        [this](const api::ApiError& error) {
            if (error.kind != api::ApiError::Kind::Cancelled)
                m_messages->showError(tr("The provider phones could not be loaded: %1 You can still type a number.").arg(error.message()));
        });
}

void NewNumberDialog::revalidate()
{
    const QString name = m_ui->name->text().trimmed();
    const bool nameOk = !name.isEmpty() && name.size() <= api::NumberValidation::kMaxNameLength;
    setFieldError(m_ui->name, name.size() > api::NumberValidation::kMaxNameLength ? tr("At most 255 characters.") : QString());

    bool phoneOk = false;
    if (m_ui->fromProviderPhone->isChecked()) {
        phoneOk = !chosenPhoneUuid(m_ui->providerPhones).isEmpty();
        setFieldError(m_ui->typedNumber, {});
        setFieldNote(m_ui->typedNumber, {});
    } else {
        // What the number will be is said under the field as one types; the text stays as typed.
        const PhoneReading reading = readPhone(m_ui->typedNumber->text(), m_region);
        phoneOk = !reading.e164.isEmpty();
        setFieldError(m_ui->typedNumber, reading.problem);
        setFieldNote(m_ui->typedNumber, phoneNote(reading));
    }
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(nameOk && phoneOk && !m_sending);
    ok->setToolTip(!phoneOk ? tr("Choose a provider phone or type a valid number.") : !nameOk ? tr("Give the number a name.") : QString());
    if (m_curl)
        m_curl->update();
}

std::optional<api::CreatePhoneNumberRequest> NewNumberDialog::pendingRequest() const
{
    api::CreatePhoneNumberRequest request;
    request.name = m_ui->name->text().trimmed();
    if (m_ui->fromProviderPhone->isChecked())
        request.providerPhoneUuid = chosenPhoneUuid(m_ui->providerPhones);
    else
        request.phoneNumber = readPhone(m_ui->typedNumber->text(), m_region).e164;
    const bool phoneOk = !request.providerPhoneUuid.value_or(request.phoneNumber.value_or(QString())).isEmpty();
    if (!phoneOk || request.name.isEmpty() || request.name.size() > api::NumberValidation::kMaxNameLength)
        return std::nullopt;
    return request;
}

void NewNumberDialog::create()
{
    const std::optional<api::CreatePhoneNumberRequest> request = pendingRequest();
    if (m_sending || !request)
        return;
    m_sending = true;
    m_messages->hide();
    revalidate();
    models::NumberWrite* write = m_writer.create(*request);
    m_write = write;
    connect(write, &models::NumberWrite::finished, this, [this, write] {
        if (write->outcome() == models::NumberWrite::Outcome::Done) {
            m_created = write->number();
            return accept();
        }
        const api::ApiError& error = write->error();
        m_sending = false;
        revalidate();
        if (error.kind == api::ApiError::Kind::Validation) { // after revalidate(), which would clear them
            setFieldError(m_ui->name, error.fieldErrors.value(QStringLiteral("name")));
            setFieldError(m_ui->typedNumber, error.fieldErrors.value(QStringLiteral("phoneNumber")));
        }
        if (error.kind != api::ApiError::Kind::Cancelled)
            m_messages->showError(error.message());
    });
}

} // namespace phonedesk::ui
