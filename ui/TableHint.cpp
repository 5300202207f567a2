// SPDX-License-Identifier: MIT
#include "ui/TableHint.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace phonedesk::ui {

TableHint::TableHint(QAbstractScrollArea* table)
    : QWidget(table->viewport())
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("tableHint"));
    m_text->setObjectName(QStringLiteral("tableHintText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(m_buttons);
    layout->addStretch(2); // a little above the middle, where the eye looks first
    m_buttons->addStretch(1);
    m_buttons->addStretch(1);
    table->viewport()->installEventFilter(this);
    hide();
}

void TableHint::showHint(const QString& text, const QList<QAction*>& actions)
{
    m_text->setText(text);
    if (actions != m_actions) {
        m_actions = actions;
        while (m_buttons->count() > 2) {
            QLayoutItem* item = m_buttons->takeAt(1);
            item->widget()->hide();
            item->widget()->deleteLater(); // it may be the one being clicked
            delete item;
        }
        for (QAction* action : actions) {
            auto* button = new QToolButton(this); // follows its action: text, enabled, tooltip
            button->setObjectName(action->objectName() + QLatin1String("Button"));
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            m_buttons->insertWidget(m_buttons->count() - 1, button);
        }
    }
    setVisible(!text.isEmpty());
    if (!text.isEmpty())
        place();
}

QString TableHint::text() const
{
    return isHidden() ? QString() : m_text->text();
}

bool TableHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void TableHint::place()
{
    setGeometry(parentWidget()->rect());
    raise();
}

} // namespace phonedesk::ui
