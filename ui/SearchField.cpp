// SPDX-License-Identifier: MIT
#include "ui/SearchField.h"

#include <QIcon>
#include <QKeyEvent>

namespace phonedesk::ui {

SearchField::SearchField(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Search number, name or brand (Ctrl+F)"));
    setClearButtonEnabled(true);
    addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(this, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(&m_pause, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(text()); });
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace phonedesk::ui
