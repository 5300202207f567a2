// SPDX-License-Identifier: MIT
#include "ui/ActivityIndicator.h"

#include "api/ApiCall.h"
#include "api/ApiClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace phonedesk::ui {

ActivityIndicator::ActivityIndicator(api::ApiClient& client, QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_text(new QLabel(this)), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("activityIndicator"));
    m_bar->setRange(0, 0); // busy: a call has no known length
    m_bar->setMaximumSize(90, 14);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelCalls"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Stop loading from the server. Changes being sent are not stopped."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_slow.setSingleShot(true);
    m_slow.setInterval(kCancelAfterMs);
    connect(&m_slow, &QTimer::timeout, this, &ActivityIndicator::update);
    connect(m_cancel, &QToolButton::clicked, this, &ActivityIndicator::cancelReads);
    connect(&client, &api::ApiClient::callStarted, this, &ActivityIndicator::track);
    update();
}

int ActivityIndicator::running() const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(), [](const auto& c) { return !c.first.isNull(); }));
}

void ActivityIndicator::cancelReads()
{
    const auto calls = m_calls;
    for (const auto& [call, write] : calls) {
        if (call && !write)
            call->cancel();
    }
}

void ActivityIndicator::track(api::ApiCall* call, bool write)
{
    if (running() == 0)
        m_slow.start();
    m_calls.append({call, write});
    connect(call, &api::ApiCall::finished, this, &ActivityIndicator::update, Qt::QueuedConnection);
    connect(call, &QObject::destroyed, this, &ActivityIndicator::update, Qt::QueuedConnection);
    update();
}

void ActivityIndicator::update()
{
    m_calls.removeIf([](const auto& c) { return c.first.isNull() || c.first->isFinished(); });
    const int count = running();
    const bool reads = std::any_of(m_calls.cbegin(), m_calls.cend(), [](const auto& c) { return !c.second; });
    m_text->setText(tr("%n requests running", nullptr, count));
    m_bar->setVisible(count > 0);
    m_text->setVisible(count > 0);
    m_cancel->setVisible(count > 0 && reads && !m_slow.isActive());
    if (count == 0)
        m_slow.stop();
}

} // namespace phonedesk::ui
