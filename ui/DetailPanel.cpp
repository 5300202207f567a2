// SPDX-License-Identifier: MIT
#include "ui/DetailPanel.h"

#include "api/JsonMapping.h"
#include "api/NumberJson.h"
#include "common/PhoneFormat.h"
#include "models/FieldGroups.h"
#include "models/PhoneNumberModel.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace phonedesk::ui {
namespace {

QToolButton* copyButton(QWidget* parent, const QString& name, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"), parent->style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QString display(const QString& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? DetailPanel::tr("Yes") : DetailPanel::tr("No");
    if (field.endsWith(QLatin1String("WorkMode")))
        return models::workModeLabel(value.toString());
    if (field.endsWith(QLatin1String("ForwardNumber")))
        return api::phone::formatInternational(value.toString());
    return value.toVariant().toString();
}

} // namespace

DetailPanel::DetailPanel(QWidget* parent)
    : QScrollArea(parent), m_content(new QWidget(this)), m_placeholder(new QLabel(tr("Select a number to see all its fields."), m_content))
{
    setObjectName(QStringLiteral("detailPanel"));
    setWidgetResizable(true);
    setMinimumWidth(420);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // values wrap instead
    auto* layout = new QVBoxLayout(m_content);
    layout->addWidget(m_placeholder);

    m_title = new QLabel(m_content);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    auto* ids = new QFormLayout;
    m_e164 = new QLabel(m_content);
    m_e164->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyNumber = copyButton(m_content, QStringLiteral("copyNumber"), tr("Copy the number (E.164)"));
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_e164, 1);
    numberRow->addWidget(m_copyNumber);
    ids->addRow(tr("Number:"), numberRow);
    m_uuid = new QLabel(m_content);
    m_uuid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUuid = copyButton(m_content, QStringLiteral("copyUuid"), tr("Copy the uuid"));
    m_copyCurl = new QToolButton(m_content);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyCurl->setText(tr("curl"));
    m_copyCurl->setToolTip(tr("Copy as curl: the command that reads this number from the server, with the token "
                              "read from $PHONEDESK_TOKEN"));
    m_copyCurl->setAutoRaise(true);
    auto* uuidRow = new QHBoxLayout;
    uuidRow->addWidget(m_uuid, 1);
    uuidRow->addWidget(m_copyUuid);
    uuidRow->addWidget(m_copyCurl);
    ids->addRow(tr("UUID:"), uuidRow);
    for (const auto& [field, label] : {std::pair {"isArchived", QT_TR_NOOP("Archived:")}, std::pair {"archivedAt", QT_TR_NOOP("Archived at:")},
                                       std::pair {"providerPhoneUuid", QT_TR_NOOP("Provider phone:")},
                                       std::pair {"createdAt", QT_TR_NOOP("Created:")}, std::pair {"updatedAt", QT_TR_NOOP("Updated:")}})
        addRow(ids, tr(label), QLatin1String(field));
    // The linked phone shows as a number and a name; its uuid is a click away.
    m_copyProvider = new QAction(tr("Copy the provider phone's uuid"), this);
    m_copyProvider->setObjectName(QStringLiteral("copyProviderPhoneUuid"));
    connect(m_copyProvider, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(m_providerUuid); });
    m_values.value(QStringLiteral("providerPhoneUuid"))->addAction(m_copyProvider);
    m_values.value(QStringLiteral("providerPhoneUuid"))->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addLayout(ids);
    auto* history = new QGroupBox(tr("History (writes from PhoneDesk)"), m_content);
    m_history = new QLabel(history);
    m_history->setObjectName(QStringLiteral("historyValue"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    (new QVBoxLayout(history))->addWidget(m_history);
    layout->addWidget(history);

    for (const models::FieldGroup& group : models::fieldGroups()) {
        auto* box = new QGroupBox(QCoreApplication::translate("FieldGroups", group.title), m_content);
        auto* form = new QFormLayout(box);
        for (const models::FieldInfo& info : group.fields)
            addRow(form, QCoreApplication::translate("FieldGroups", info.label) + QLatin1Char(':'), QLatin1String(info.name));
        layout->addWidget(box);
    }
    m_other = new QGroupBox(tr("Other fields"), m_content);
    m_other->setObjectName(QStringLiteral("otherFields"));
    m_other->setToolTip(tr("Fields the server sent that this version of PhoneDesk does not know. They are kept as they came."));
    m_otherValue = new QLabel(m_other);
    m_otherValue->setObjectName(QStringLiteral("otherFieldsValue"));
    m_otherValue->setWordWrap(true);
    m_otherValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_otherValue->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    (new QVBoxLayout(m_other))->addWidget(m_otherValue);
    layout->addWidget(m_other);
    layout->addStretch();
    setWidget(m_content);

    connect(m_copyNumber, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_e164->text()); });
    connect(m_copyUuid, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_uuid->text()); });
    connect(m_copyCurl, &QToolButton::clicked, this, [this] { Q_EMIT copyCurlRequested(m_shownId); });
    clear();
}

QLabel* DetailPanel::addRow(QFormLayout* form, const QString& label, const QString& name)
{
    auto* value = new QLabel(m_content);
    value->setObjectName(name + QLatin1String("Value"));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wrap rather than widen the panel
    form->addRow(label, value);
    m_values.insert(name, value);
    return value;
}

void DetailPanel::clear()
{
    m_placeholder->show();
    for (QObject* child : m_content->children()) {
        if (auto* w = qobject_cast<QWidget*>(child); w && w != m_placeholder)
            w->hide();
    }
}

void DetailPanel::showNumber(const api::PhoneNumber& number, const QList<api::ProviderPhone>& phones)
{
    m_shownId = number.id;
    for (QObject* child : m_content->children()) {
        if (auto* w = qobject_cast<QWidget*>(child))
            w->setVisible(w != m_placeholder);
    }
    m_title->setText(QStringLiteral("<h3>%1</h3>%2").arg(api::phone::formatInternational(number.phoneNumber).toHtmlEscaped(),
                                                         number.name.toHtmlEscaped()));
    m_e164->setText(number.phoneNumber);
    m_uuid->setText(number.uuid);
    const QJsonObject json = api::toJson(number);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QJsonValue value = json.value(it.key());
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        it.value()->setText(time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : display(it.key(), value));
    }
    if (QLabel* provider = m_values.value(QStringLiteral("providerPhoneUuid"))) {
        const QString uuid = number.providerPhoneUuid.value_or(QString());
        const auto phone = std::find_if(phones.cbegin(), phones.cend(), [&](const api::ProviderPhone& p) { return p.uuid == uuid; });
        if (phone != phones.cend())
            provider->setText(models::PhoneNumberModel::providerPhoneLabel(*phone));
        provider->setToolTip(uuid.isEmpty() ? QString() : tr("Provider phone %1").arg(uuid));
        m_copyProvider->setVisible(!uuid.isEmpty());
        m_providerUuid = uuid;
    }
    QStringList other;
    for (const auto& [name, value] : api::unknownFields(number.json))
        other << tr("%1: %2").arg(name, value);
    m_otherValue->setText(other.join(QLatin1Char('\n')));
    m_other->setVisible(!other.isEmpty());
}

// "Changed Name, Brand name": in the edit dialog's words, never the wire's (updatedAt,
// isArchived); a create says what it was made with.
QString DetailPanel::historyLine(const models::JournalEntry& entry)
{
    QStringList labels;
    // What changed; for a write that did not go through, what it tried to change.
    for (const QString& field : entry.ok ? entry.changedFields() : entry.sent.keys()) {
        if (const QString label = models::fieldLabel(field); label != field) // a field a person edits
            labels << label;
    }
    constexpr int kNamed = 4;
    const QString fields = labels.size() <= kNamed ? labels.join(QLatin1String(", "))
                                                   : tr("%1 and %n more", nullptr, int(labels.size() - kNamed))
                                                         .arg(labels.mid(0, kNamed).join(QLatin1String(", ")));
    const QJsonObject& made = entry.ok ? entry.after : entry.sent;
    if (!entry.ok) {
        switch (entry.action) {
        case models::JournalAction::Create: return tr("Could not create “%1”: %2").arg(made.value(QLatin1String("name")).toString(), entry.message);
        case models::JournalAction::Update: return tr("Could not change %1: %2").arg(fields, entry.message);
        case models::JournalAction::Revert: return tr("Could not revert %1: %2").arg(fields, entry.message);
        case models::JournalAction::Link: return tr("Could not link a provider phone: %1").arg(entry.message);
        case models::JournalAction::Unlink: return tr("Could not unlink the provider phone: %1").arg(entry.message);
        case models::JournalAction::Archive: return tr("Could not archive: %1").arg(entry.message);
        case models::JournalAction::Seen: break; // always ok
        }
    }
    switch (entry.action) {
    case models::JournalAction::Create:
        return made.value(QLatin1String("providerPhoneUuid")).isString()
            ? tr("Created as “%1” from a provider phone").arg(made.value(QLatin1String("name")).toString())
            : tr("Created as “%1”").arg(made.value(QLatin1String("name")).toString());
    case models::JournalAction::Update: return labels.isEmpty() ? tr("Saved, nothing changed") : tr("Changed %1").arg(fields);
    case models::JournalAction::Revert: return labels.isEmpty() ? tr("Reverted, nothing changed") : tr("Reverted %1").arg(fields);
    case models::JournalAction::Link: return tr("Linked to a provider phone");
    case models::JournalAction::Unlink: return tr("Unlinked from its provider phone");
    case models::JournalAction::Archive: return tr("Archived");
    case models::JournalAction::Seen:
        return entry.before.isEmpty() ? tr("Created on the server by someone else")
               : entry.after.isEmpty() ? tr("Gone from the server's list")
                                       : tr("%1 changed on the server by someone else").arg(fields);
    }
    return {};
}

void DetailPanel::showHistory(const QList<models::JournalEntry>& entries)
{
    QStringList lines;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString when = QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat);
        lines << tr("%1 — %2").arg(when, historyLine(*it));
    }
    m_history->setText(lines.isEmpty() ? tr("No change made from PhoneDesk yet (Ctrl+J shows the whole journal).") : lines.join(QLatin1Char('\n')));
}

QString DetailPanel::valueShown(const QString& field) const
{
    const QLabel* label = m_values.value(field);
    return label ? label->text() : QString();
}

} // namespace phonedesk::ui
