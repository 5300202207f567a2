// SPDX-License-Identifier: MIT
#include "ui/JournalDialog.h"

#include "api/JsonMapping.h"
#include "common/PhoneFormat.h"
#include "models/CsvExport.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "ui/CurlButton.h"
#include "ui/EditNumberDialog.h"
#include "models/FieldGroups.h"
#include "ui/ValueText.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace phonedesk::ui {
namespace {

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& texts)
{
    for (int column = 0; column < texts.size(); ++column) {
        auto* item = new QTableWidgetItem(texts.at(column));
        item->setToolTip(texts.at(column));
        t->setItem(row, column, item);
    }
}

} // namespace

JournalDialog::JournalDialog(models::NumberWriter& writer, QWidget* parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_number(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_failedOnly(new QCheckBox(tr("&Failed only"), this))
    , m_entries(table({tr("When"), tr("Action"), tr("Number"), tr("Result")}, this))
    , m_diff(table({tr("Field"), tr("Before"), tr("After")}, this))
    , m_detail(new QLabel(this))
    , m_revert(new QPushButton(tr("&Revert…"), this))
{
    setWindowTitle(tr("Change journal"));
    m_number->setObjectName(QStringLiteral("numberFilter"));
    m_number->setPlaceholderText(tr("Filter by number"));
    m_number->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("All actions"), QVariant());
    using models::JournalAction;
    for (JournalAction action : {JournalAction::Create, JournalAction::Update, JournalAction::Link, JournalAction::Unlink,
                                 JournalAction::Archive, JournalAction::Revert})
        m_action->addItem(models::journalActionName(action), QVariant::fromValue(int(action)));
    m_action->addItem(tr("seen: changed by others"), QVariant::fromValue(int(JournalAction::Seen)));
    m_since->setObjectName(QStringLiteral("sinceFilter"));
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last hour"), 3600);
    m_since->addItem(tr("Last 24 hours"), 86400);
    m_since->addItem(tr("Last 7 days"), 7 * 86400);
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    m_entries->setObjectName(QStringLiteral("entries"));
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setSelectionMode(QAbstractItemView::NoSelection);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_number, 1);
    filters->addWidget(m_action);
    filters->addWidget(m_since);
    filters->addWidget(m_failedOnly);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(m_diff);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_entries);
    split->addWidget(lower);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exporting = buttons->addButton(tr("&Export shown…"), QDialogButtonBox::ActionRole);
    exporting->setToolTip(tr("Save the entries shown as CSV or JSON"));
    connect(exporting, &QPushButton::clicked, this, &JournalDialog::chooseExportFile);
    m_revert->setObjectName(QStringLiteral("revert"));
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(m_revert, &QPushButton::clicked, this, &JournalDialog::revertSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The selected entry's request, its body exactly as it was sent.
    m_curl = new CurlButton(buttons, writer.client(), [this]() -> QList<api::WireRequest> {
        const int row = m_entries->currentRow();
        if (row < 0 || row >= m_shown.size())
            return {};
        return {m_shown.at(row).request()};
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_number, &QLineEdit::textChanged, this, &JournalDialog::refilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &JournalDialog::refilter);
    connect(m_since, &QComboBox::currentIndexChanged, this, &JournalDialog::refilter);
    connect(m_failedOnly, &QCheckBox::toggled, this, &JournalDialog::refilter);
    connect(m_entries, &QTableWidget::currentCellChanged, this, [this](int row) { showEntry(row); });
    connect(&m_writer.store().journal(), &models::ChangeJournal::entryAdded, this, &JournalDialog::refilter);
    connect(&m_writer.store().journal(), &models::ChangeJournal::seenAdded, this, &JournalDialog::refilter);
    refilter();
    resize(900, 620);
}

void JournalDialog::refilter()
{
    // The selected entry stays selected while the filters show it; hidden, nothing is selected
    // (the diff and Revert always follow what is seen). At first the newest is selected.
    const int selectedRow = m_entries->currentRow();
    // By its place in the journal, which only grows (a seq comes later, from the cache).
    const qsizetype selected = selectedRow >= 0 && selectedRow < m_shownAt.size() ? m_shownAt.at(selectedRow) : -1;
    const bool firstFill = !m_filled;
    m_filled = true;
    const QString digits = m_number->text().remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const QVariant action = m_action->currentData();
    const int seconds = m_since->currentData().toInt();
    const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    m_shown.clear();
    m_shownAt.clear();
    const QList<models::JournalEntry>& all = m_writer.store().journal().entries();
    for (qsizetype at = all.size() - 1; at >= 0; --at) {
        const models::JournalEntry& e = all.at(at);
        if ((!digits.isEmpty() && !e.phoneNumber.contains(digits)) || (action.isValid() && int(e.action) != action.toInt())
            || (seconds > 0 && e.at < since) || (m_failedOnly->isChecked() && e.ok))
            continue;
        m_shown.append(e);
        m_shownAt.append(at);
    }
    const QSignalBlocker quiet(m_entries);
    m_entries->clearSelection();
    m_entries->setCurrentCell(-1, -1);
    m_entries->setRowCount(int(m_shown.size()));
    int current = firstFill && !m_shown.isEmpty() ? 0 : -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        const models::JournalEntry& e = m_shown.at(row);
        const QString result = e.action == models::JournalAction::Seen ? tr("Seen at a sync")
                               : e.ok ? tr("Done") : tr("Failed (%1): %2").arg(e.httpStatus ? QString::number(e.httpStatus) : tr("no answer"), e.message);
        setRow(m_entries, row, {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), models::journalActionName(e.action),
                                e.phoneNumber.isEmpty() ? tr("(new number)") : api::phone::formatInternational(e.phoneNumber), result});
        if (m_shownAt.at(row) == selected)
            current = row;
    }
    m_entries->resizeColumnsToContents();
    m_entries->horizontalHeader()->setStretchLastSection(true);
    if (current >= 0)
        m_entries->setCurrentCell(current, 0);
    showEntry(current);
}

void JournalDialog::showEntry(int row)
{
    m_diff->setRowCount(0);
    m_curl->update();
    const bool update = row >= 0 && row < m_shown.size() && m_shown.at(row).isRevertible();
    m_revert->setEnabled(update);
    m_revert->setToolTip(update ? tr("Send back the values these fields had before this change")
                         : row >= 0 && row < m_shown.size() && m_shown.at(row).action == models::JournalAction::Archive
                         ? tr("Archiving cannot be undone.")
                         : tr("Only a saved update can be reverted."));
    if (row < 0 || row >= m_shown.size()) {
        m_detail->setText(m_shown.isEmpty() ? tr("No write matches the filters.") : tr("Select an entry to see what it changed."));
        return;
    }
    const models::JournalEntry& e = m_shown.at(row);
    // A failed write changed nothing: show what was sent beside what the number was.
    const QJsonObject& after = e.ok ? e.after : e.sent;
    QStringList fields = e.ok ? e.changedFields() : e.sent.keys();
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Before"), e.ok ? tr("After") : tr("Sent")});
    m_diff->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i)
        setRow(m_diff, i, {models::fieldLabel(fields.at(i)), valueText(e.before.value(fields.at(i)), fields.at(i)), valueText(after.value(fields.at(i)), fields.at(i))});
    m_diff->resizeColumnsToContents();
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_detail->setText(e.ok ? (e.action == models::JournalAction::Archive ? tr("Archived: this cannot be undone.") : QString())
                           : tr("The server refused this write; nothing changed. %1").arg(e.message));
}

void JournalDialog::revertSelected()
{
    const int row = m_entries->currentRow();
    if (row < 0 || row >= m_shown.size())
        return;
    const models::JournalEntry& entry = m_shown.at(row);
    // The number as the app knows it now, later writes made here included (a link, an unlink):
    // only the fields this entry changed go back, so nothing else can conflict.
    const std::optional<api::PhoneNumber> current = m_writer.store().number(entry.numberId);
    if (!current) {
        m_detail->setText(tr("This entry cannot be reverted: the number is no longer listed."));
        return;
    }
    const QJsonObject now = api::toJson(*current);
    QJsonObject restored = now;
    QStringList changedSince; // by a later write: the revert would replace that too, so it is said
    for (const QString& field : api::UpdatePhoneNumberRequest::updatableFields()) {
        if (entry.before.contains(field) && entry.before.value(field) != entry.after.value(field)) {
            restored.insert(field, entry.before.value(field));
            if (now.value(field) != entry.after.value(field))
                changedSince << models::fieldLabel(field);
        }
    }
    const api::Parsed<api::PhoneNumber> previous = api::phoneNumberFromJson(restored);
    if (!previous.ok()) {
        m_detail->setText(tr("This entry cannot be reverted: %1").arg(previous.error));
        return;
    }
    auto* edit = new EditNumberDialog(m_writer, *current, this);
    edit->setAttribute(Qt::WA_DeleteOnClose);
    edit->proposeRevert(previous.value, changedSince);
    edit->open();
}

QString JournalDialog::exportTo(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const QByteArray bytes = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? models::toJson(m_shown) : models::toCsv(m_shown);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void JournalDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"), QStringLiteral("phonedesk-journal.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportTo(path); !problem.isEmpty())
        m_detail->setText(problem);
    else
        m_detail->setText(tr("Saved %n entries to %1.", nullptr, int(m_shown.size())).arg(path));
}

} // namespace phonedesk::ui
