// SPDX-License-Identifier: MIT
#include "ui/HealthDialog.h"

#include "common/PhoneFormat.h"
#include "models/HealthMonitor.h"
#include "models/NumberStore.h"
#include "models/WriteGate.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace phonedesk::ui {

using models::HealthFinding;

// The numbers or provider phones of one finding, read from the rows only for the lines shown:
// a rule that finds 50,000 numbers lists them at once.
class AffectedModel : public QAbstractListModel
{
public:
    AffectedModel(const models::NumberStore& store, QObject* parent) : QAbstractListModel(parent), m_store(store) { }

    void setFinding(const HealthFinding& finding)
    {
        beginResetModel();
        m_ids = finding.numberIds;
        m_phones = finding.phones;
        endResetModel();
    }
    qint64 idAt(int row) const { return row < m_ids.size() ? m_ids.at(row) : -1; }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_ids.size() + m_phones.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        if (index.row() >= m_ids.size()) {
            const api::ProviderPhone& phone = m_phones.at(index.row() - m_ids.size());
            return line(phone.phoneNumber, phone.friendlyName);
        }
        const models::NumberRows& rows = m_store.rows();
        const qsizetype row = rows.rowOf(m_ids.at(index.row()));
        if (row < 0)
            return HealthDialog::tr("Number %1 (no longer in the table)").arg(m_ids.at(index.row()));
        return line(rows.phoneNumber(row), rows.name(row));
    }

private:
    static QString line(const QString& e164, const QString& name)
    {
        return name.isEmpty() ? api::phone::formatInternational(e164)
                              : api::phone::formatInternational(e164) + QStringLiteral(" — ") + name;
    }

    const models::NumberStore& m_store;
    QList<qint64> m_ids;
    QList<api::ProviderPhone> m_phones;
};

namespace {

QString severityName(HealthFinding::Severity severity)
{
    switch (severity) {
    case HealthFinding::Severity::Problem: return HealthDialog::tr("Problem");
    case HealthFinding::Severity::Warning: return HealthDialog::tr("Warning");
    case HealthFinding::Severity::Notice: return HealthDialog::tr("Notice");
    }
    return {};
}

QIcon severityIcon(const QStyle* style, HealthFinding::Severity severity)
{
    switch (severity) {
    case HealthFinding::Severity::Problem: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case HealthFinding::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case HealthFinding::Severity::Notice: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

HealthDialog::HealthDialog(models::HealthMonitor& monitor, models::NumberStore& store, QWidget* parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_store(store)
    , m_summary(new QLabel(this))
    , m_findings(new QTableWidget(0, 3, this))
    , m_explanation(new QLabel(this))
    , m_affected(new QListView(this))
    , m_affectedModel(new AffectedModel(store, this))
    , m_fix(new QPushButton(this))
    , m_show(new QPushButton(tr("&Show in the table"), this))
    , m_copy(new QPushButton(tr("&Copy list"), this))
{
    setWindowTitle(tr("Health"));
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setHorizontalHeaderLabels({tr("Severity"), tr("Finding"), tr("Count")});
    m_findings->verticalHeader()->hide();
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setWordWrap(false);
    m_findings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_affected->setObjectName(QStringLiteral("affected"));
    m_affected->setModel(m_affectedModel);
    m_affected->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_affected->setUniformItemSizes(true); // 50,000 lines lay out at once
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_show->setObjectName(QStringLiteral("showButton"));
    m_show->setToolTip(tr("Select these numbers in the main window"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the selected numbers or provider phones (or, with none selected, all listed) as text, one a line"));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_explanation);
    detailLayout->addWidget(m_affected, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fix);
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    detailLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_findings);
    splitter->addWidget(detail);
    splitter->setSizes({520, 440});
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_findings, &QTableWidget::currentCellChanged, this, &HealthDialog::showFinding);
    connect(m_affected->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HealthDialog::updateButtons);
    connect(m_affected, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_affectedModel->idAt(index.row()); id >= 0)
            Q_EMIT fixRequested({id}, HealthFinding::Fix::Select);
    });
    connect(m_fix, &QPushButton::clicked, this, &HealthDialog::fixSelected);
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT fixRequested(chosenNumbers(), HealthFinding::Fix::Select); });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(chosenText()); });
    connect(&m_monitor, &models::HealthMonitor::checked, this, &HealthDialog::refill);
    connect(&m_store, &models::NumberStore::connectivityChanged, this, &HealthDialog::updateButtons);
    connect(&m_store.permissions(), &models::Permissions::changed, this, &HealthDialog::updateButtons);
    refill();
    resize(980, 540);
}

void HealthDialog::refill()
{
    const int current = m_findings->currentRow();
    const QString rule = current >= 0 && current < m_shown.size() ? m_shown.at(current).rule : QString();
    m_keepSelected.clear(); // selected again by showFinding(), where they are still found
    for (const QModelIndex& index : m_affected->selectionModel()->selectedRows())
        m_keepSelected.insert(m_affectedModel->idAt(index.row()));
    m_shown = m_monitor.findings();
    const QLocale locale;
    using Severity = HealthFinding::Severity;
    const QString checked = m_monitor.phonesChecked() > 0
        ? tr("Checked: %1 and %2.").arg(tr("%Ln active numbers", nullptr, int(m_monitor.numbersChecked())),
                                        tr("%Ln provider phones", nullptr, int(m_monitor.phonesChecked())))
        : tr("Checked: %1; no provider phones are known (a read-only token cannot list them).")
              .arg(tr("%Ln active numbers", nullptr, int(m_monitor.numbersChecked())));
    if (m_monitor.numbersChecked() == 0 && m_monitor.phonesChecked() == 0) {
        m_summary->setText(tr("Nothing to check yet: the health check reads the numbers of the last sync."));
    } else if (m_shown.isEmpty()) {
        m_summary->setText(tr("Nothing to fix. %1").arg(checked));
    } else {
        m_summary->setText(tr("Problems: %1 · warnings: %2 · notices: %3. %4")
                               .arg(locale.toString(m_monitor.count(Severity::Problem)), locale.toString(m_monitor.count(Severity::Warning)),
                                    locale.toString(m_monitor.count(Severity::Notice)), checked));
    }
    m_findings->setRowCount(int(m_shown.size()));
    int select = 0;
    for (int row = 0; row < m_shown.size(); ++row) {
        const HealthFinding& finding = m_shown.at(row);
        auto* severity = new QTableWidgetItem(severityIcon(style(), finding.severity), severityName(finding.severity));
        auto* title = new QTableWidgetItem(finding.title);
        title->setToolTip(finding.title + QLatin1Char('\n') + finding.explanation);
        title->setData(Qt::UserRole, finding.rule);
        auto* count = new QTableWidgetItem(locale.toString(finding.count()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_findings->setItem(row, 0, severity);
        m_findings->setItem(row, 1, title);
        m_findings->setItem(row, 2, count);
        if (finding.rule == rule)
            select = row;
    }
    if (m_shown.isEmpty())
        showFinding();
    else if (m_findings->currentRow() == select)
        showFinding(); // same row, new numbers
    else
        m_findings->setCurrentCell(select, 0);
}

void HealthDialog::showFinding()
{
    const int row = m_findings->currentRow();
    const HealthFinding finding = row >= 0 && row < m_shown.size() ? m_shown.at(row) : HealthFinding();
    m_explanation->setText(finding.title.isEmpty() ? QString() : QStringLiteral("<b>%1</b><br>%2").arg(finding.title.toHtmlEscaped(), finding.explanation.toHtmlEscaped()));
    m_affectedModel->setFinding(finding);
    QItemSelection keep;
    for (int line = 0; line < m_affectedModel->rowCount() && !m_keepSelected.isEmpty(); ++line) {
        if (m_keepSelected.contains(m_affectedModel->idAt(line)))
            keep.select(m_affectedModel->index(line), m_affectedModel->index(line));
    }
    m_keepSelected.clear();
    m_affected->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

void HealthDialog::updateButtons()
{
    const int row = m_findings->currentRow();
    const HealthFinding::Fix fix = row >= 0 && row < m_shown.size() ? m_shown.at(row).fix : HealthFinding::Fix::None;
    const QList<qint64> ids = chosenNumbers();
    const bool some = !m_affected->selectionModel()->selectedRows().isEmpty();
    const models::WriteGate gate(m_store);
    models::Availability availability {true, {}};
    switch (fix) {
    case HealthFinding::Fix::BulkEdit:
        m_fix->setText(some ? tr("&Bulk edit %n selected numbers…", nullptr, int(ids.size())) : tr("&Bulk edit these %n numbers…", nullptr, int(ids.size())));
        availability = gate.checkMany(models::WriteAction::Edit, ids.size());
        break;
    case HealthFinding::Fix::Link: {
        m_fix->setText(tr("&Link a provider phone…"));
        const std::optional<api::PhoneNumber> first = ids.isEmpty() ? std::nullopt : m_store.number(ids.first());
        availability = gate.check(models::WriteAction::Link, first ? &*first : nullptr);
        break;
    }
    case HealthFinding::Fix::Select:
    case HealthFinding::Fix::None: break;
    }
    const bool fixable = fix == HealthFinding::Fix::BulkEdit || fix == HealthFinding::Fix::Link;
    m_fix->setVisible(fixable);
    m_fix->setEnabled(fixable && availability.enabled && !ids.isEmpty());
    m_fix->setToolTip(availability.enabled ? (fix == HealthFinding::Fix::Link ? tr("Opens the link dialog for the first listed number; the list follows each link")
                                                                              : tr("Opens bulk edit with these numbers selected, with a preview first"))
                                           : availability.reason);
    m_show->setEnabled(!ids.isEmpty());
    m_copy->setEnabled(m_affectedModel->rowCount() > 0);
}

void HealthDialog::fixSelected()
{
    const int row = m_findings->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_fix->isEnabled())
        return;
    QList<qint64> ids = chosenNumbers();
    if (m_shown.at(row).fix == HealthFinding::Fix::Link)
        ids = ids.mid(0, 1); // one number a link
    Q_EMIT fixRequested(ids, m_shown.at(row).fix);
}

QModelIndexList HealthDialog::selectedLines() const
{
    QModelIndexList selected = m_affected->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end());
    return selected;
}

QList<qint64> HealthDialog::chosenNumbers() const
{
    QList<qint64> ids;
    const QModelIndexList selected = selectedLines();
    for (const QModelIndex& index : selected) {
        if (const qint64 id = m_affectedModel->idAt(index.row()); id >= 0)
            ids << id;
    }
    if (!selected.isEmpty())
        return ids;
    for (int row = 0; row < m_affectedModel->rowCount() && m_affectedModel->idAt(row) >= 0; ++row)
        ids << m_affectedModel->idAt(row);
    return ids;
}

QString HealthDialog::chosenText() const
{
    QStringList lines;
    const QModelIndexList selected = selectedLines();
    for (const QModelIndex& index : selected)
        lines << index.data().toString();
    for (int row = 0; selected.isEmpty() && row < m_affectedModel->rowCount(); ++row)
        lines << m_affectedModel->index(row).data().toString();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace phonedesk::ui
