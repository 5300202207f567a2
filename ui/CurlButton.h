// SPDX-License-Identifier: MIT
#pragma once

#include "api/WireRequest.h"

#include <QObject>

#include <functional>

class QDialogButtonBox;
class QPushButton;

namespace phonedesk::api {
class ApiClient;
}

namespace phonedesk::ui {

// The curl commands of `requests` as this client would send them, a blank line between two:
// what "Copy as curl" puts on the clipboard.
QString curlCommands(const api::ApiClient& client, const QList<api::WireRequest>& requests);

// "Copy as curl" in a write dialog's buttons: copies the command of what the dialog would send
// now, and sends nothing. `requests` gives none while the dialog has nothing to send; the
// dialog calls update() where it updates its own buttons.
class CurlButton : public QObject
{
    Q_OBJECT

public:
    using Requests = std::function<QList<api::WireRequest>()>;
    CurlButton(QDialogButtonBox* buttons, const api::ApiClient& client, Requests requests);

    QPushButton* button() const { return m_button; }
    void update();
    // The same, for a dialog that knows whether it would send anything without building the
    // requests (an import of 100,000 lines).
    void update(bool anything);
    // Copies the commands now; false when there is nothing to copy.
    bool copy();

private:
    const api::ApiClient& m_client;
    Requests m_requests;
    QString m_label;
    QPushButton* m_button;
};

} // namespace phonedesk::ui
