// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/Requests.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class NewNumberDialog;
}

namespace phonedesk::models {
class NumberWrite;
class NumberWriter;
class NumberFilterProxy;
class ProviderPhoneModel;
} // namespace phonedesk::models

namespace phonedesk::ui {

class CurlButton;
class MessageBar;

// Creates a number from a provider phone chosen in a searchable table, or from a number typed
// (read as PhoneInput reads every phone field, with the locale's region when it has no country
// code; the number it will be shown under the field).
class NewNumberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewNumberDialog(models::NumberWriter& writer, QWidget* parent = nullptr);
    ~NewNumberDialog() override;

    // After accept(): the number the server created.
    const api::PhoneNumber& created() const { return m_created; }
    void setRegion(const QString& region) { m_region = region; }

protected:
    // Closing stops a write still on its way (journaled as uncertain once it was sent).
    void reject() override;

private:
    void loadPhones();
    void revalidate();
    // What Create would send now; nothing while the name or the phone is missing or invalid.
    std::optional<api::CreatePhoneNumberRequest> pendingRequest() const;
    void create();

    std::unique_ptr<Ui::NewNumberDialog> m_ui;
    models::NumberWriter& m_writer;
    QPointer<models::NumberWrite> m_write;
    MessageBar* m_messages;
    CurlButton* m_curl = nullptr;
    models::ProviderPhoneModel* m_phones;
    models::NumberFilterProxy* m_filtered;
    QString m_region;
    api::PhoneNumber m_created;
    bool m_sending = false;
};

} // namespace phonedesk::ui
