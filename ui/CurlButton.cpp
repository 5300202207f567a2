// SPDX-License-Identifier: MIT
#include "ui/CurlButton.h"

#include "api/ApiClient.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTimer>

namespace phonedesk::ui {

QString curlCommands(const api::ApiClient& client, const QList<api::WireRequest>& requests)
{
    QStringList commands;
    for (const api::WireRequest& request : requests)
        commands << client.curlCommand(request);
    return commands.join(QLatin1String("\n\n")); // no newline at the end: a paste runs nothing by itself
}

CurlButton::CurlButton(QDialogButtonBox* buttons, const api::ApiClient& client, Requests requests)
    : QObject(buttons), m_client(client), m_requests(std::move(requests)),
      m_label(tr("Cop&y as curl")), m_button(buttons->addButton(m_label, QDialogButtonBox::HelpRole))
{
    m_button->setObjectName(QStringLiteral("copyCurlButton"));
    m_button->setAutoDefault(false);
    m_button->setToolTip(tr("Copy the request this would send as a curl command, sending nothing. The token is not in it: "
                            "the command reads it from $PHONEDESK_TOKEN."));
    connect(m_button, &QPushButton::clicked, this, &CurlButton::copy);
    update();
}

void CurlButton::update()
{
    update(!m_requests().isEmpty());
}

void CurlButton::update(bool anything)
{
    m_button->setEnabled(anything);
}

bool CurlButton::copy()
{
    const QList<api::WireRequest> requests = m_requests();
    if (requests.isEmpty())
        return false;
    QApplication::clipboard()->setText(curlCommands(m_client, requests));
    // Said where the eye is: on the button, for two seconds.
    m_button->setText(tr("Copied %n commands", nullptr, int(requests.size())));
    QTimer::singleShot(2000, m_button, [this] { m_button->setText(m_label); });
    return true;
}

} // namespace phonedesk::ui
