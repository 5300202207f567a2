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
    // `details` (what a program said, for whoever debugs it) stays behind a Details link.
    void showInfo(const QString& text, const QString& details = {});
    QString text() const;
    QString details() const;

private:
    void show(const QString& text, bool error, const QString& details = {});

    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_detailsLink;
    QLabel* m_details;
};

// Puts an error on the field (red frame) and says it in words in a note under it; an empty
// message clears it. Once a field has a note it keeps its line, so the form does not jump.
void setFieldError(QWidget* field, const QString& message);
QString fieldError(const QWidget* field);
// What the note under the field says while it has no error (e.g. the number that will be sent).
void setFieldNote(QWidget* field, const QString& note);
// Makes the note's line now, for a field that will have one, so that the form never jumps.
void reserveFieldNote(QWidget* field);
// The text under the field, error or note; empty when it has none.
QString fieldNoteText(const QWidget* field);

} // namespace phonedesk::ui
