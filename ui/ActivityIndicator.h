// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace phonedesk::api {
class ApiCall;
class ApiClient;
} // namespace phonedesk::api

namespace phonedesk::ui {

// The status bar's sign that PhoneDesk is talking to the server: a busy bar while any call
// runs, and a Cancel button once reads have run for a second (a slow sync). Changes being sent
// are never cancelled from here: the server may have applied them already.
class ActivityIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityIndicator(api::ApiClient& client, QWidget* parent = nullptr);

    int running() const;
    // Cancels the reads that run now.
    void cancelReads();

    static constexpr int kCancelAfterMs = 1000;

private:
    void track(api::ApiCall* call, bool write);
    void update();

    QList<std::pair<QPointer<api::ApiCall>, bool>> m_calls; // call, is a write
    QProgressBar* m_bar;
    QLabel* m_text;
    QToolButton* m_cancel;
    QTimer m_slow;
};

} // namespace phonedesk::ui
