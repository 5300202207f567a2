// SPDX-License-Identifier: MIT
#include "ui/NumberForm.h"

#include "models/FieldGroups.h"
#include "ui/PhoneInput.h"

#include "api/NumberValidation.h"
#include "api/PhoneNumberFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace phonedesk::ui {
namespace {

std::optional<QString> textOf(const QWidget* editor)
{
    QString text;
    if (auto* line = qobject_cast<const QLineEdit*>(editor))
        text = line->text();
    else if (auto* area = qobject_cast<const QPlainTextEdit*>(editor))
        text = area->toPlainText();
    else if (auto* combo = qobject_cast<const QComboBox*>(editor))
        text = combo->currentData().toString();
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return text;
}

void setText(QWidget* editor, const std::optional<QString>& value)
{
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.value_or(QString()));
    else if (auto* area = qobject_cast<QPlainTextEdit*>(editor))
        area->setPlainText(value.value_or(QString()));
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value.value_or(QString()))));
}

bool isPhoneField(const char* key)
{
    return qstrcmp(key, "voiceForwardNumber") == 0 || qstrcmp(key, "smsForwardNumber") == 0;
}

} // namespace

NumberForm::NumberForm(QWidget* root, const QString& region) : m_root(root), m_region(region)
{
    auto consider = [this](const char* key) {
        if (editor(QLatin1String(key)))
            m_fields << QLatin1String(key);
    };
    consider("name");
    for (const auto& [key, member] : api::fields::kOptionalText)
        consider(key);
    for (const auto& [key, member] : api::fields::kOptionalInteger)
        consider(key);
    for (const auto& [key, member] : api::fields::kFlag)
        consider(key);
    for (const QString& key : api::NumberValidation::workModeFields()) {
        if (auto* combo = qobject_cast<QComboBox*>(editor(key))) {
            combo->addItem(QCoreApplication::translate("NumberForm", "(none)"), QString());
            for (const QString& mode : api::NumberValidation::workModes())
                combo->addItem(models::workModeLabel(mode), mode);
        }
    }
    for (const auto& [key, member] : api::fields::kOptionalText) {
        if (auto* line = qobject_cast<QLineEdit*>(editor(QLatin1String(key))); line && isPhoneField(key))
            bindPhoneField(line, m_region);
    }
}

QWidget* NumberForm::editor(const QString& field) const
{
    return m_root->findChild<QWidget*>(field);
}

void NumberForm::load(const api::PhoneNumber& n)
{
    setText(editor(QStringLiteral("name")), n.name);
    for (const auto& [key, member] : api::fields::kOptionalText)
        setText(editor(QLatin1String(key)), n.*member);
    for (const auto& [key, member] : api::fields::kOptionalInteger) {
        const std::optional<qint64>& value = n.*member;
        setText(editor(QLatin1String(key)), value ? std::optional<QString>(QString::number(*value)) : std::nullopt);
    }
    for (const auto& [key, member] : api::fields::kFlag) {
        if (auto* box = qobject_cast<QCheckBox*>(editor(QLatin1String(key))))
            box->setChecked(n.*member);
    }
}

api::PhoneNumber NumberForm::read(const api::PhoneNumber& base, QMap<QString, QString>& problems) const
{
    api::PhoneNumber n = base;
    if (QWidget* name = editor(QStringLiteral("name")))
        n.name = textOf(name).value_or(QString());
    for (const auto& [key, member] : api::fields::kOptionalText) {
        QWidget* e = editor(QLatin1String(key));
        if (!e)
            continue;
        n.*member = textOf(e);
        if (n.*member && isPhoneField(key)) {
            const PhoneReading phone = readPhone(*(n.*member), m_region);
            if (!phone.problem.isEmpty())
                problems.insert(QLatin1String(key), phone.problem); // the typed text stays, refused by the check
            else
                n.*member = phone.e164;
        }
    }
    for (const auto& [key, member] : api::fields::kOptionalInteger) {
        QWidget* e = editor(QLatin1String(key));
        if (!e)
            continue;
        const std::optional<QString> text = textOf(e);
        bool ok = true;
        n.*member = text ? std::optional<qint64>(text->trimmed().toLongLong(&ok)) : std::nullopt;
        if (!ok)
            problems.insert(QLatin1String(key), QCoreApplication::translate("NumberForm", "A whole number, or empty for none."));
    }
    for (const auto& [key, member] : api::fields::kFlag) {
        if (auto* box = qobject_cast<QCheckBox*>(editor(QLatin1String(key))))
            n.*member = box->isChecked();
    }
    return n;
}

void NumberForm::onEdited(const std::function<void(const QString&)>& callback) const
{
    for (const QString& field : m_fields) {
        QWidget* e = editor(field);
        auto notify = [callback, field] { callback(field); };
        if (auto* line = qobject_cast<QLineEdit*>(e))
            QObject::connect(line, &QLineEdit::textEdited, line, notify);
        else if (auto* area = qobject_cast<QPlainTextEdit*>(e))
            QObject::connect(area, &QPlainTextEdit::textChanged, area, notify);
        else if (auto* combo = qobject_cast<QComboBox*>(e))
            QObject::connect(combo, &QComboBox::activated, combo, notify);
        else if (auto* box = qobject_cast<QCheckBox*>(e))
            QObject::connect(box, &QCheckBox::toggled, box, notify);
    }
}

} // namespace phonedesk::ui
