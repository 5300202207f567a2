// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/Requests.h"
#include "models/Journal.h"
#include "ui/NumberForm.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <memory>

namespace Ui {
class EditNumberDialog;
}

namespace phonedesk::models {
class NumberWrite;
class NumberWriter;
} // namespace phonedesk::models

namespace phonedesk::ui {

class CurlButton;
class MessageBar;

// Every updatable field of a number, grouped in tabs. The contract's rules are checked as the
// user types, with the error on the field (and a mark on its tab); Save is enabled only when the
// form is valid and something changed, and sends only what changed, through the writer: if the
// number changed on the server since the dialog opened, a ConflictDialog shows both sides and
// the user decides. The server's 422 marks the fields it names; any other error
// shows in the bar, and the dialog keeps the input.
class EditNumberDialog : public QDialog
{
    Q_OBJECT

public:
    EditNumberDialog(models::NumberWriter& writer, const api::PhoneNumber& number, QWidget* parent = nullptr);
    ~EditNumberDialog() override;

    // Turns the dialog into a revert: the form shows `restored` (the values before an earlier
    // update), so Save sends exactly the fields that update changed, with the same conflict
    // check, and the journal records a "revert".
    // `changedSince`: labels of the reverted fields that later writes changed again.
    void proposeRevert(const api::PhoneNumber& restored, const QStringList& changedSince = {});

protected:
    // Closing stops a write still on its way (journaled as uncertain once it was sent).
    void reject() override;

private:
    void revalidate();
    // What Save would send now: only the changed fields; nothing while a field cannot be read
    // or nothing changed. `edited` receives the form's number.
    std::optional<api::UpdatePhoneNumberRequest> pendingRequest(api::PhoneNumber* edited = nullptr) const;
    void save();
    // `seen`: what the request was prepared from (the number at opening, or the server's copy
    // the user chose to apply the fields on top of).
    void send(const api::PhoneNumber& seen, const api::UpdatePhoneNumberRequest& request, const api::PhoneNumber& edited);
    void sent(const models::NumberWrite& write, const api::PhoneNumber& edited, const api::UpdatePhoneNumberRequest& request);
    // The number changed on the server meanwhile: the user decides.
    void askAboutConflict(const api::PhoneNumber& server, const api::PhoneNumber& edited,
                          const api::UpdatePhoneNumberRequest& request);
    void failed(const api::ApiError& error);
    void updateCounters();

    std::unique_ptr<Ui::EditNumberDialog> m_ui;
    models::NumberWriter& m_writer;
    api::PhoneNumber m_original;
    std::optional<api::PhoneNumber> m_proposed; // a revert's values, as first shown
    NumberForm m_form;
    QPointer<models::NumberWrite> m_write;
    MessageBar* m_messages;
    CurlButton* m_curl = nullptr;
    QMap<QString, QString> m_serverErrors; // until the user changes that field
    bool m_saving = false;
    models::JournalAction m_action = models::JournalAction::Update;
};

} // namespace phonedesk::ui
