// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>
#include <QTimer>

namespace phonedesk::ui {

// A search box that reports its text once typing pauses, so a 100,000-row table is filtered
// once per thought rather than once per keystroke. Escape clears it.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget* parent = nullptr);

    static constexpr int kPauseMs = 150;

Q_SIGNALS:
    void searchChanged(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QTimer m_pause;
};

} // namespace phonedesk::ui
