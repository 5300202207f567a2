// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class QAbstractScrollArea;
class QAction;
class QHBoxLayout;
class QLabel;

namespace phonedesk::ui {

// Words in the middle of an empty table: why it is empty and what to do about it, as buttons
// ("No numbers match “020 7946”." [Clear search]). It follows the size of the table's viewport.
class TableHint : public QWidget
{
    Q_OBJECT

public:
    explicit TableHint(QAbstractScrollArea* table);

    // Shows `text` with a button per action (its text, triggered on click); an empty text hides it.
    void showHint(const QString& text, const QList<QAction*>& actions = {});
    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    QLabel* m_text;
    QHBoxLayout* m_buttons;
    QList<QAction*> m_actions;
};

} // namespace phonedesk::ui
