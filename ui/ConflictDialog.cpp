// SPDX-License-Identifier: MIT
#include "ui/ConflictDialog.h"

#include "api/JsonMapping.h"
#include "api/Requests.h"
#include "models/FieldGroups.h"
#include "ui/ValueText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace phonedesk::ui {
namespace {

QTableWidgetItem* cell(const QString& text, bool marked = false)
{
    auto* item = new QTableWidgetItem(text.size() > 80 ? text.left(79) + QChar(0x2026) : text);
    item->setToolTip(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (marked) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(const api::PhoneNumber& original, const api::PhoneNumber& server, const api::PhoneNumber& edited,
                               const QStringList& mine, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Changed on the server meanwhile"));
    const QJsonObject before = api::toJson(original);
    const QJsonObject now = api::toJson(server);
    const QJsonObject wanted = api::toJson(edited);
    for (const QString& field : api::UpdatePhoneNumberRequest::updatableFields()) {
        const bool theirs = before.value(field) != now.value(field);
        if (!theirs && !mine.contains(field))
            continue;
        m_fields << field;
        if (theirs && mine.contains(field) && now.value(field) != wanted.value(field))
            m_conflicting << field;
    }

    auto* intro = new QLabel(tr("Someone changed this number on the server (at %1) after you opened it. Only the fields "
                                "you changed are sent; every other field keeps the server's value. Fields in bold were "
                                "changed on both sides.")
                                 .arg(QLocale().toString(server.updatedAt.toLocalTime(), QLocale::ShortFormat)),
                             this);
    intro->setWordWrap(true);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("When you opened it"), tr("On the server now"), tr("Your change")});
    m_table->setRowCount(int(m_fields.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // focus starts on the buttons: Enter goes back to editing
    m_table->setWordWrap(false);
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString& field = m_fields.at(row);
        const bool both = m_conflicting.contains(field);
        m_table->setItem(row, 0, cell(models::fieldLabel(field), both));
        m_table->setItem(row, 1, cell(valueText(before.value(field), field)));
        m_table->setItem(row, 2, cell(valueText(now.value(field), field), both));
        m_table->setItem(row, 3, cell(mine.contains(field) ? valueText(wanted.value(field), field) : tr("(not changed: the server's value stays)"), both));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* apply = buttons->addButton(tr("Apply my changes on top"), QDialogButtonBox::AcceptRole);
    QPushButton* reload = buttons->addButton(tr("Reload from the server"), QDialogButtonBox::ResetRole);
    QPushButton* back = buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole);
    apply->setObjectName(QStringLiteral("applyMine"));
    reload->setObjectName(QStringLiteral("reload"));
    back->setObjectName(QStringLiteral("backToEditing"));
    apply->setToolTip(tr("Send the fields you changed; the server keeps everything else."));
    reload->setToolTip(tr("Discard your changes and edit the server's current values."));
    back->setDefault(true); // Enter never overwrites someone else's change by accident
    connect(apply, &QPushButton::clicked, this, [this] { done(ApplyMine); });
    connect(reload, &QPushButton::clicked, this, [this] { done(Reload); });
    connect(back, &QPushButton::clicked, this, [this] { done(BackToEditing); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 200 + 30 * int(m_fields.size()));
}

} // namespace phonedesk::ui
