// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace phonedesk::test {

// Clicks `answer` in the next question box that opens (a modal QMessageBox runs its own loop).
inline void answerNextQuestion(QMessageBox::StandardButton answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(answer)->click();
    });
}

} // namespace phonedesk::test
