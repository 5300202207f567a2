// SPDX-License-Identifier: MIT
#pragma once

#include "CallRunner.h"
#include "NumberForm.h"
#include "PhoneNumber.h"
#include "Requests.h"

#include <QDialog>
#include <QMap>

#include <memory>

namespace Ui {
class EditNumberDialog;
}

namespace phonedesk::ui {

class MessageBar;

// Every updatable field of a number, grouped in tabs. The contract's rules are checked as the
// user types, with the error on the field (and a mark on its tab); Save is enabled only when the
// form is valid and something changed, and sends only what changed. Before sending, the number
// is fetched again: if it changed on the server since the dialog opened, a ConflictDialog shows
// both sides and the user decides. The server's 422 marks the fields it names; any other error
// shows in the bar, and the dialog keeps the input.
class EditNumberDialog : public QDialog
{
    Q_OBJECT

public:
    EditNumberDialog(api::ApiClient& client, models::NumberStore& store, const api::PhoneNumber& number,
                     QWidget* parent = nullptr, TokenPrompt prompt = defaultTokenPrompt());
    ~EditNumberDialog() override;

    // Turns the dialog into a revert: the form shows `restored` (the values before an earlier
    // update), so Save sends exactly the fields that update changed, with the same conflict
    // check, and the journal records a "revert".
    void proposeRevert(const api::PhoneNumber& restored);

private:
    void revalidate();
    void save();
    // With the server's current copy: sends, or asks when it changed since the dialog opened.
    void checkForConflict(const api::PhoneNumber& server, const api::PhoneNumber& edited,
                          const api::UpdatePhoneNumberRequest& request);
    // `server`: the number as just fetched, the journal's "before".
    void send(const api::UpdatePhoneNumberRequest& request, const api::PhoneNumber& server);
    void failed(const api::ApiError& error);
    void updateCounters();

    std::unique_ptr<Ui::EditNumberDialog> m_ui;
    api::ApiClient& m_client;
    models::NumberStore& m_store;
    api::PhoneNumber m_original;
    NumberForm m_form;
    CallRunner* m_runner;
    MessageBar* m_messages;
    QMap<QString, QString> m_serverErrors; // until the user changes that field
    bool m_saving = false;
    QString m_action = QStringLiteral("update"); // as the journal records it
};

} // namespace phonedesk::ui
