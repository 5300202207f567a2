// SPDX-License-Identifier: MIT
#include "ui/NumberActions.h"

#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "ui/ArchiveDialog.h"
#include "ui/BulkArchiveDialog.h"
#include "ui/BulkEditDialog.h"
#include "ui/EditNumberDialog.h"
#include "ui/ImportDialog.h"
#include "ui/LinkDialog.h"
#include "ui/NewNumberDialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace phonedesk::ui {

NumberActions::NumberActions(models::NumberWriter& writer, QWidget* window)
    : QObject(window), m_writer(writer), m_window(window), m_gate(writer.store())
{
    models::NumberStore& store = writer.store();
    using models::WriteAction;
    m_new = makeAction(tr("&New number…"), QKeySequence::New, QStringLiteral("list-add"),
                       tr("Add a number from a provider phone or the pool"), WriteAction::New);
    m_edit = makeAction(tr("&Edit…"), QKeySequence(Qt::Key_Return), QStringLiteral("document-edit"),
                        tr("Change the selected number's fields"), WriteAction::Edit);
    m_link = makeAction(tr("&Link provider phone…"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("insert-link"),
                        tr("Link, re-link or unlink the selected number's provider phone"), WriteAction::Link);
    m_archive = makeAction(tr("&Archive…"), QKeySequence::Delete, QStringLiteral("archive-insert"),
                           tr("Archive the selected number (cannot be undone)"), WriteAction::Archive);
    m_bulkEdit = new QAction(QIcon::fromTheme(QStringLiteral("edit-select-all")), tr("&Bulk edit selected…"), this);
    m_bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_bulkEdit->setProperty("defaultTip", tr("Set the same fields on all selected numbers, with a preview first"));
    m_bulkEdit->setObjectName(QStringLiteral("bulkEditAction"));
    connect(m_bulkEdit, &QAction::triggered, this, [this] { openBulk(WriteAction::Edit); });
    m_bulkArchive = new QAction(QIcon::fromTheme(QStringLiteral("archive-insert")), tr("Archive selected…"), this);
    m_bulkArchive->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_bulkArchive->setProperty("defaultTip", tr("Archive all selected numbers that nothing uses (cannot be undone)"));
    m_bulkArchive->setObjectName(QStringLiteral("bulkArchiveAction"));
    connect(m_bulkArchive, &QAction::triggered, this, [this] { openBulk(WriteAction::Archive); });
    // Always there: the preview reads only the cache; Apply says why it cannot send.
    m_import = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import numbers…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Create and update numbers from a CSV file, with a preview of every line first"));
    m_import->setObjectName(QStringLiteral("importAction"));
    connect(m_import, &QAction::triggered, this, [this] {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = ImportDialog::askForFile(m_window, QFileInfo::exists(documents) ? documents : QDir::homePath());
        if (!path.isEmpty())
            openImport(path);
    });
    connect(&store, &models::NumberStore::connectivityChanged, this, &NumberActions::updateState);
    connect(&store.permissions(), &models::Permissions::changed, this, &NumberActions::updateState);
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

void NumberActions::setSelectedMany(std::function<QList<api::PhoneNumber>()> selected, qsizetype count)
{
    m_many = std::move(selected);
    m_manyCount = count;
    updateState();
}

void NumberActions::updateState()
{
    auto show = [](QAction* action, const models::Availability& availability) {
        action->setEnabled(availability.enabled);
        const QString tip = availability.enabled ? action->property("defaultTip").toString() : availability.reason;
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    const api::PhoneNumber* selected = m_selected ? &*m_selected : nullptr;
    using models::WriteAction;
    show(m_new, m_gate.check(WriteAction::New, selected));
    show(m_edit, m_gate.check(WriteAction::Edit, selected));
    show(m_link, m_gate.check(WriteAction::Link, selected));
    show(m_archive, m_gate.check(WriteAction::Archive, selected));
    show(m_bulkEdit, m_gate.checkMany(WriteAction::Edit, m_manyCount));
    show(m_bulkArchive, m_gate.checkMany(WriteAction::Archive, m_manyCount));
}

void NumberActions::open(models::WriteAction kind)
{
    const api::PhoneNumber* selected = m_selected ? &*m_selected : nullptr;
    if (!m_gate.check(kind, selected).enabled)
        return;
    m_writer.store().tokenRenewal().forgetDecline(); // the user asks anew
    QDialog* dialog = nullptr;
    switch (kind) {
    case models::WriteAction::New: {
        auto* create = new NewNumberDialog(m_writer, m_window);
        connect(create, &QDialog::accepted, this, [this, create] { Q_EMIT created(create->created().id); });
        dialog = create;
        break;
    }
    case models::WriteAction::Edit: dialog = new EditNumberDialog(m_writer, *selected, m_window); break;
    case models::WriteAction::Link: dialog = new LinkDialog(m_writer, *selected, m_window); break;
    case models::WriteAction::Archive: dialog = new ArchiveDialog(m_writer, *selected, m_window); break;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void NumberActions::openBulk(models::WriteAction kind)
{
    if (!m_many || !m_gate.checkMany(kind, m_manyCount).enabled)
        return;
    m_writer.store().tokenRenewal().forgetDecline();
    QDialog* dialog = kind == models::WriteAction::Archive
        ? static_cast<QDialog*>(new BulkArchiveDialog(m_writer, m_many(), m_window))
        : new BulkEditDialog(m_writer, m_many(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ImportDialog* NumberActions::openImport(const QString& path)
{
    m_writer.store().tokenRenewal().forgetDecline();
    auto* dialog = new ImportDialog(m_writer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->openFile(path);
    return dialog;
}

} // namespace phonedesk::ui
