// SPDX-License-Identifier: MIT
#include "ui/MessageBar.h"

#include "ui/IconTheme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVariant>
#include <QVBoxLayout>

namespace phonedesk::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_detailsLink(new QLabel(this)), m_details(new QLabel(this))
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
    m_detailsLink->setObjectName(QStringLiteral("detailsLink"));
    m_detailsLink->setText(QStringLiteral("<a href=\"#details\">%1</a>").arg(tr("Details").toHtmlEscaped()));
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    connect(m_detailsLink, &QLabel::linkActivated, m_details, [this] { m_details->setVisible(!m_details->isVisible()); });
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_details);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_detailsLink, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showError(const QString& text) { show(text, true); }
void MessageBar::showInfo(const QString& text, const QString& details) { show(text, false, details); }
QString MessageBar::text() const { return isVisible() ? m_text->text() : QString(); }
QString MessageBar::details() const { return isVisible() ? m_details->text() : QString(); }

void MessageBar::show(const QString& text, bool error, const QString& details)
{
    m_details->setText(details);
    m_details->hide();
    m_detailsLink->setVisible(!details.isEmpty());
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

namespace {

// The label under a field: one named "<field>Hint" beside it (a .ui's own), or one made earlier.
QLabel* existingNote(const QWidget* field)
{
    const QWidget* parent = field ? field->parentWidget() : nullptr;
    if (!parent)
        return nullptr;
    if (auto* hint = parent->findChild<QLabel*>(field->objectName() + QLatin1String("Hint")))
        return hint;
    return parent->findChild<QLabel*>(field->objectName() + QLatin1String("Note"));
}

// The note under a field, made now in its form or box layout when it has none. Nothing when the
// field sits in another kind of layout.
QLabel* noteOf(QWidget* field, bool make)
{
    if (QLabel* existing = existingNote(field))
        return existing;
    QWidget* parent = field->parentWidget();
    if (!make || !parent || !parent->layout())
        return nullptr;
    auto* note = new QLabel(parent);
    note->setObjectName(field->objectName() + QLatin1String("Note"));
    note->setTextFormat(Qt::PlainText);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    note->setFont(small);
    // One line, always the same height, empty or not: the form never jumps. A reason longer
    // than the field is cut here; the field's tooltip and the dialog's list have it whole.
    note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // a form grows only expanding fields
    note->setFixedHeight(note->fontMetrics().height());
    note->setMinimumWidth(1);
    int row = -1;
    QFormLayout::ItemRole role {};
    QFormLayout* form = nullptr;
    for (QFormLayout* candidate : parent->findChildren<QFormLayout*>()) {
        if (candidate->getWidgetPosition(field, &row, &role), row >= 0) {
            form = candidate;
            break;
        }
    }
    if (form) {
        form->insertRow(row + 1, new QWidget(parent), note);
    } else if (auto* box = qobject_cast<QBoxLayout*>(parent->layout()); box && box->indexOf(field) >= 0) {
        box->insertWidget(box->indexOf(field) + 1, note);
    } else {
        delete note;
        return nullptr;
    }
    return note;
}

void showNote(QWidget* field)
{
    const QString error = fieldError(field);
    const QString note = field->property("fieldNote").toString();
    QLabel* label = noteOf(field, !error.isEmpty() || !note.isEmpty());
    if (!label)
        return;
    label->setText(error.isEmpty() ? note : error);
    label->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(isDark(field->palette()) ? QLatin1String("#ff8a80") : QLatin1String("#c62828")));
}

} // namespace

void setFieldError(QWidget* field, const QString& message)
{
    if (!field)
        return;
    field->setProperty("fieldError", message);
    field->setToolTip(message);
    field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #d32f2f;"));
    showNote(field);
}

void reserveFieldNote(QWidget* field)
{
    noteOf(field, true);
}

void setFieldNote(QWidget* field, const QString& note)
{
    field->setProperty("fieldNote", note);
    showNote(field);
}

QString fieldNoteText(const QWidget* field)
{
    const QLabel* label = existingNote(field);
    return label ? label->text() : QString();
}

QString fieldError(const QWidget* field)
{
    return field ? field->property("fieldError").toString() : QString();
}

} // namespace phonedesk::ui
