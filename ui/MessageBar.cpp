// SPDX-License-Identifier: MIT
#include "ui/MessageBar.h"

#include "ui/IconTheme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVariant>

namespace phonedesk::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Hide this message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showError(const QString& text) { show(text, true); }
void MessageBar::showInfo(const QString& text) { show(text, false); }
QString MessageBar::text() const { return isVisible() ? m_text->text() : QString(); }

void MessageBar::show(const QString& text, bool error)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation).pixmap(size));
    // Background, border, text: a tint of red or blue that reads well on a light or a dark window.
    static const char* const kColors[2][2][3] = {
        {{"#e8f1fb", "#90caf9", "#0d3c61"}, {"#fdecea", "#e57373", "#611a15"}}, // light: info, error
        {{"#16324a", "#5a9bd5", "#d8ebff"}, {"#4a1c1c", "#e57373", "#ffdad6"}}, // dark: info, error
    };
    const auto& colors = kColors[isDark(palette()) ? 1 : 0][error ? 1 : 0];
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " #messageBar QLabel { color: %3; background: transparent; }")
                      .arg(QLatin1String(colors[0]), QLatin1String(colors[1]), QLatin1String(colors[2])));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void setFieldError(QWidget* field, const QString& message)
{
    if (!field)
        return;
    field->setProperty("fieldError", message);
    field->setToolTip(message);
    field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #d32f2f;"));
}

QString fieldError(const QWidget* field)
{
    return field ? field->property("fieldError").toString() : QString();
}

} // namespace phonedesk::ui
