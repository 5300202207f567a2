// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/ProviderPhone.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class LinkDialog;
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

// Shows the number's current provider phone; links another one chosen in a searchable table, or
// unlinks after a confirmation.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(models::NumberWriter& writer, const api::PhoneNumber& number, QWidget* parent = nullptr);
    ~LinkDialog() override;

protected:
    // Closing stops a write still on its way (journaled as uncertain once it was sent).
    void reject() override;

private:
    void loadPhones();
    void showCurrentLink(const std::optional<api::ProviderPhone>& linked = std::nullopt);
    void updateButtons();
    void link(const std::optional<QString>& providerPhoneUuid);
    void unlink();

    std::unique_ptr<Ui::LinkDialog> m_ui;
    models::NumberWriter& m_writer;
    CurlButton* m_curl = nullptr;
    QPointer<models::NumberWrite> m_write;
    api::PhoneNumber m_number;
    MessageBar* m_messages;
    models::ProviderPhoneModel* m_phones;
    models::NumberFilterProxy* m_filtered;
    QPushButton* m_link;
    QPushButton* m_unlink;
    bool m_sending = false;
};

} // namespace phonedesk::ui
