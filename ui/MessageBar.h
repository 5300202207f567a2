// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace phonedesk::ui {

// An inline bar at the top of a dialog for what the server said: the dialog stays open and
// the user's input stays where it is.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showInfo(const QString& text);
    QString text() const;

private:
    void show(const QString& text, bool error);

    QLabel* m_icon;
    QLabel* m_text;
};

// Puts an error on the field itself (red frame, tooltip); an empty message clears it.
void setFieldError(QWidget* field, const QString& message);
QString fieldError(const QWidget* field);

} // namespace phonedesk::ui
