// SPDX-License-Identifier: MIT
#include "NumberActions.h"

#include "ArchiveDialog.h"
#include "EditNumberDialog.h"
#include "LinkDialog.h"
#include "NewNumberDialog.h"

#include <QAction>

namespace phonedesk::ui {

NumberActions::NumberActions(api::ApiClient& client, models::NumberStore& store, QWidget* window, TokenPrompt prompt)
    : QObject(window), m_client(client), m_store(store), m_window(window), m_prompt(std::move(prompt)), m_gate(store)
{
    using models::WriteAction;
    m_new = makeAction(tr("&New number…"), QKeySequence::New, QStringLiteral("list-add"),
                       tr("Add a number from a provider phone or the pool"), WriteAction::New);
    m_edit = makeAction(tr("&Edit…"), QKeySequence(Qt::Key_Return), QStringLiteral("document-edit"),
                        tr("Change the selected number's fields"), WriteAction::Edit);
    m_link = makeAction(tr("&Link provider phone…"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("insert-link"),
                        tr("Link, re-link or unlink the selected number's provider phone"), WriteAction::Link);
    m_archive = makeAction(tr("&Archive…"), QKeySequence::Delete, QStringLiteral("archive-insert"),
                           tr("Archive the selected number (cannot be undone)"), WriteAction::Archive);
    connect(&store, &models::NumberStore::connectivityChanged, this, &NumberActions::updateState);
    connect(&store, &models::NumberStore::permissionsChanged, this, &NumberActions::updateState);
    connect(&store, &models::NumberStore::numberChanged, this, [this](const api::PhoneNumber& n) {
        if (m_selected && m_selected->id == n.id)
            setSelection(n); // e.g. just archived: Edit, Link and Archive turn off
    });
    updateState();
}

QAction* NumberActions::makeAction(const QString& text, const QKeySequence& shortcut, const QString& icon,
                                   const QString& tip, models::WriteAction kind)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(shortcut);
    action->setProperty("defaultTip", tip);
    connect(action, &QAction::triggered, this, [this, kind] { open(kind); });
    return action;
}

void NumberActions::setSelection(const std::optional<api::PhoneNumber>& number)
{
    m_selected = number;
    updateState();
}

void NumberActions::updateState()
{
    const api::PhoneNumber* selected = m_selected ? &*m_selected : nullptr;
    const std::pair<QAction*, models::WriteAction> actions[] = {{m_new, models::WriteAction::New},
                                                                {m_edit, models::WriteAction::Edit},
                                                                {m_link, models::WriteAction::Link},
                                                                {m_archive, models::WriteAction::Archive}};
    for (const auto& [action, kind] : actions) {
        const models::Availability availability = m_gate.check(kind, selected);
        action->setEnabled(availability.enabled);
        const QString tip = availability.enabled ? action->property("defaultTip").toString() : availability.reason;
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
}

void NumberActions::open(models::WriteAction kind)
{
    const api::PhoneNumber* selected = m_selected ? &*m_selected : nullptr;
    if (!m_gate.check(kind, selected).enabled)
        return;
    QDialog* dialog = nullptr;
    switch (kind) {
    case models::WriteAction::New: {
        auto* create = new NewNumberDialog(m_client, m_store, m_window, m_prompt);
        connect(create, &QDialog::accepted, this, [this, create] { Q_EMIT created(create->created().id); });
        dialog = create;
        break;
    }
    case models::WriteAction::Edit: dialog = new EditNumberDialog(m_client, m_store, *selected, m_window, m_prompt); break;
    case models::WriteAction::Link: dialog = new LinkDialog(m_client, m_store, *selected, m_window, m_prompt); break;
    case models::WriteAction::Archive: dialog = new ArchiveDialog(m_client, m_store, *selected, m_window, m_prompt); break;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace phonedesk::ui
