// SPDX-License-Identifier: MIT
#include "ui/ImportDialog.h"

#include "common/PhoneFormat.h"
#include "models/BulkRowsModel.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "models/WriteGate.h"
#include "ui/BulkDialogParts.h"
#include "ui/BulkRun.h"
#include "ui/CurlButton.h"
#include "ui/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QElapsedTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace phonedesk::ui {
namespace {

using Outcome = models::BulkEditRow::Outcome;
using Tone = models::BulkRowsModel::Tone;

constexpr qint64 kSliceMs = 20; // planning between two turns of the event loop, at most about
constexpr qsizetype kBatch = 100; // lines whose numbers are read from the cache at once

int order(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Invalid: return 0;
    case Outcome::Create: return 1;
    case Outcome::Change: return 2;
    case Outcome::Skip: return 3;
    }
    return 3;
}

} // namespace

ImportDialog::ImportDialog(models::NumberWriter& writer, QWidget* parent)
    : QDialog(parent)
    , m_writer(writer)
    , m_file(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_rows(new models::BulkRowsModel(this))
    , m_table(bulkTable(m_rows, QStringLiteral("importPreview"), 620, this))
    , m_messages(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_gateNote(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Import numbers"));
    setObjectName(QStringLiteral("importDialog"));
    auto* intro = new QLabel(tr("Each line of the file is matched to a number by its phoneNumber column. Only the cells "
                                "that differ are sent; a number not in the workspace is created from a linkable provider "
                                "phone. Nothing is sent before Apply."), this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_gateNote->setObjectName(QStringLiteral("importGateNote"));
    m_gateNote->setWordWrap(true);
    m_progress->hide();

    m_region->setObjectName(QStringLiteral("importRegion"));
    m_region->addItem(tr("none (E.164 only)"), QString());
    QList<std::pair<QString, QString>> regions;
    for (const QString& code : api::phone::supportedRegions())
        regions << std::pair {QLocale::territoryToString(QLocale::codeToTerritory(code)), code};
    std::sort(regions.begin(), regions.end());
    for (const auto& [name, code] : regions)
        m_region->addItem(tr("%1 (%2)").arg(name, code), code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(api::phone::defaultRegion())));
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] { read(); });
    m_chooseButton = new QPushButton(tr("&Choose file…"), this);
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseButton);
    auto* regionLabel = new QLabel(tr("National numbers are from:"), this);
    regionLabel->setBuddy(m_region);
    fileRow->addWidget(regionLabel);
    fileRow->addWidget(m_region);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::ActionRole);
    m_cancelButton = buttons->addButton(tr("&Stop sending"), QDialogButtonBox::ActionRole);
    m_undoButton = buttons->addButton(tr("&Undo this import"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton->setObjectName(QStringLiteral("stopButton"));
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    connect(m_applyButton, &QPushButton::clicked, this, &ImportDialog::apply);
    m_bulk = new BulkRun(writer, m_rows, m_progress, this);
    connect(m_bulk, &BulkRun::started, this, &ImportDialog::updateButtons);
    connect(m_bulk, &BulkRun::finished, this, &ImportDialog::finished);
    connect(m_cancelButton, &QPushButton::clicked, m_bulk, &BulkRun::stop);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportDialog::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_curl = new CurlButton(buttons, writer.client(), [this] {
        QList<api::WireRequest> requests;
        for (const models::BulkEditRow& row : std::as_const(m_plans)) {
            if (!m_previewCurrent || m_bulk->isRunning())
                break;
            if (row.outcome == Outcome::Change)
                requests << api::WireRequest::update(QString::number(row.number.id), row.request);
            else if (row.outcome == Outcome::Create)
                requests << api::WireRequest::create(*row.create);
        }
        return requests;
    });
    connect(&m_reading, &QFutureWatcher<models::CsvImport>::finished, this, &ImportDialog::fileRead);
    connect(&writer.store().permissions(), &models::Permissions::changed, this, &ImportDialog::updateButtons);
    connect(&writer.store(), &models::NumberStore::connectivityChanged, this, &ImportDialog::updateButtons);
    // Its plans are the closing profile's numbers: another profile's must not get them.
    connect(&writer.store(), &models::NumberStore::profileClosing, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_gateNote);
    layout->addWidget(buttons);
    resize(1200, 720);
    updateButtons();
}

ImportDialog::~ImportDialog() = default; // a read still running holds only the path and finishes alone

void ImportDialog::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    read();
}

void ImportDialog::setRegion(const QString& region)
{
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
}

QString ImportDialog::askForFile(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Import numbers"), folder, tr("CSV files (*.csv);;All files (*)"));
}

void ImportDialog::chooseFile()
{
    if (const QString path = askForFile(this, QFileInfo(m_path).path()); !path.isEmpty())
        openFile(path);
}

void ImportDialog::read()
{
    if (m_path.isEmpty() || m_bulk->isRunning())
        return;
    ++m_generation;
    m_previewCurrent = false;
    m_bulk->forgetApplied();
    m_planned.clear();
    m_planRows.clear();
    m_plans.clear();
    m_order.clear();
    m_rows->setRows({});
    m_messages->hide();
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateButtons();
    m_readFor = m_generation;
    m_reading.setFuture(QtConcurrent::run([path = m_path, region = m_region->currentData().toString()] {
        return models::CsvImport::read(path, region);
    }));
}

void ImportDialog::fileRead()
{
    if (m_readFor != m_generation)
        return; // closed meanwhile
    m_import = m_reading.result();
    if (!m_import.error().isEmpty()) {
        m_progress->hide();
        m_messages->showError(m_import.error());
        m_summary->setText(tr("Nothing will be sent: fix the file and choose it again."));
        updateButtons();
        return Q_EMIT previewReady();
    }
    const models::NumberRows& rows = m_writer.store().rows();
    m_idOf.clear();
    m_idOf.reserve(rows.size());
    for (qsizetype row = 0; row < rows.size(); ++row) {
        // A phone number archived once and created again: the line without an id is for the live one.
        const auto it = m_idOf.constFind(rows.phoneNumber(row));
        if (it == m_idOf.cend() || !rows.isArchived(row))
            m_idOf.insert(rows.phoneNumber(row), rows.id(row));
    }
    m_progress->setRange(0, int(m_import.rows().size()));
    m_progress->setValue(0);
    m_planned.reserve(m_import.rows().size());
    planSlice(m_generation);
}

void ImportDialog::planSlice(int generation)
{
    if (generation != m_generation)
        return; // another file or region was chosen meanwhile
    const QList<models::CsvImport::Row>& lines = m_import.rows();
    QElapsedTimer slice;
    slice.start();
    while (m_planned.size() < lines.size() && slice.elapsed() < kSliceMs) {
        const qsizetype first = m_planned.size();
        const qsizetype end = std::min(first + kBatch, lines.size());
        QList<qint64> ids;
        for (qsizetype i = first; i < end; ++i) {
            if (const qint64 id = numberOf(lines.at(i)))
                ids << id;
        }
        QHash<qint64, api::PhoneNumber> existing;
        for (api::PhoneNumber& number : m_writer.store().numbers(ids))
            existing.insert(number.id, std::move(number));
        for (qsizetype i = first; i < end; ++i) {
            const auto number = existing.constFind(numberOf(lines.at(i)));
            m_planned << m_import.plan(i, number == existing.cend() ? std::nullopt : std::optional(number.value()),
                                       m_writer.store().providerPhones());
            const models::BulkEditRow& plan = m_planned.last();
            const Tone tone = plan.outcome == Outcome::Invalid ? Tone::Bad : plan.outcome == Outcome::Skip ? Tone::Quiet : Tone::Plain;
            m_planRows.append({api::phone::formatInternational(plan.number.phoneNumber), plan.number.name,
                               tr("Line %1: %2").arg(lines.at(i).line).arg(planOf(plan)), tone, {}, Tone::Plain});
        }
    }
    m_progress->setValue(int(m_planned.size()));
    if (m_planned.size() < lines.size())
        QTimer::singleShot(0, this, [this, generation] { planSlice(generation); });
    else
        showPlans();
}

qint64 ImportDialog::numberOf(const models::CsvImport::Row& line) const
{
    if (line.id > 0 && m_writer.store().rows().rowOf(line.id) >= 0)
        return line.id;
    return m_idOf.value(line.phoneNumber, 0);
}

void ImportDialog::showPlans()
{
    m_idOf.clear();
    m_plans = std::move(m_planned); // in file order; only the table's lines are reordered (moving
                                   // 100,000 plans would stall the window for a fifth of a second)
    m_order.resize(m_plans.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(),
                     [this](int a, int b) { return order(m_plans.at(a).outcome) < order(m_plans.at(b).outcome); });
    QList<models::BulkRowsModel::Row> rows;
    rows.reserve(m_order.size());
    for (int index : std::as_const(m_order))
        rows.append(std::move(m_planRows[index]));
    m_planned.clear();
    m_planRows.clear();
    m_rows->setRows(rows);
    auto count = [this](Outcome outcome) {
        return QLocale().toString(std::count_if(m_plans.cbegin(), m_plans.cend(), [outcome](const auto& p) { return p.outcome == outcome; }));
    };
    m_summary->setText(tr("%1 to create, %2 to update, %3 unchanged, %4 refused. Nothing is sent before Apply.")
                           .arg(count(Outcome::Create), count(Outcome::Change), count(Outcome::Skip), count(Outcome::Invalid)));
    m_progress->hide();
    m_previewCurrent = true;
    updateButtons();
    Q_EMIT previewReady();
}

void ImportDialog::apply()
{
    if (!m_previewCurrent || !m_applyButton->isEnabled())
        return;
    QList<models::BulkEditRow> inTableOrder;
    inTableOrder.reserve(m_order.size());
    for (int index : std::as_const(m_order))
        inTableOrder << m_plans.at(index);
    m_bulk->apply(inTableOrder);
}

void ImportDialog::undo()
{
    m_bulk->undo();
}

void ImportDialog::finished()
{
    using R = models::BulkApply::Result;
    const models::BulkApply* run = m_bulk->last();
    qsizetype created = 0;
    for (int row = 0; row < run->rows().size(); ++row)
        created += run->results().at(row).result == R::Done && run->rows().at(row).create;
    const QLocale locale;
    if (m_bulk->wasUndo()) {
        m_summary->setText(tr("Undo: %1 reverted, %2 left alone (changed since), %3 failed, %4 not sent.")
                               .arg(locale.toString(run->count(R::Done)), locale.toString(run->count(R::ChangedMeanwhile)),
                                    locale.toString(run->count(R::Failed)), locale.toString(run->count(R::Cancelled))));
    } else {
        QString summary = tr("%1 updated, %2 created, %3 left alone (changed on the server since the preview), %4 failed, %5 not sent.")
                              .arg(locale.toString(run->count(R::Done) - created), locale.toString(created),
                                   locale.toString(run->count(R::ChangedMeanwhile)), locale.toString(run->count(R::Failed)),
                                   locale.toString(run->count(R::Cancelled)));
        if (created > 0)
            summary += QLatin1Char(' ') + tr("Undo reverts the updates; the %Ln created numbers stay (archive them from the Number menu if they should go: that cannot be undone).", nullptr, int(created));
        m_summary->setText(summary);
    }
    m_previewCurrent = false; // the numbers changed: read the file again before another apply
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool running = m_bulk->isRunning();
    qsizetype changes = 0;
    bool creates = false;
    for (const models::BulkEditRow& plan : std::as_const(m_plans)) {
        changes += plan.outcome == Outcome::Change || plan.outcome == Outcome::Create;
        creates = creates || plan.outcome == Outcome::Create;
    }
    const models::WriteGate gate(m_writer.store());
    models::Availability can = gate.checkMany(models::WriteAction::Edit, std::max<qsizetype>(changes, 1));
    if (can.enabled && creates)
        can = gate.check(models::WriteAction::New, nullptr);
    m_gateNote->setText(m_previewCurrent && changes > 0 && !can.enabled ? can.reason : QString());
    m_gateNote->setVisible(!m_gateNote->text().isEmpty());
    m_applyButton->setEnabled(!running && m_previewCurrent && changes > 0 && can.enabled);
    m_applyButton->setToolTip(can.reason);
    m_cancelButton->setVisible(running);
    m_undoButton->setVisible(m_bulk->canUndo());
    m_undoButton->setEnabled(!running);
    // Another file or country would be a new preview, and Undo would forget what it reverts.
    const bool keep = running || m_bulk->canUndo();
    const QString why = keep && !running ? tr("Undo this import or close the dialog first.") : QString();
    m_chooseButton->setEnabled(!keep);
    m_chooseButton->setToolTip(why);
    m_region->setEnabled(!keep);
    m_region->setToolTip(why);
    if (m_curl)
        m_curl->update(!running && m_previewCurrent && changes > 0);
}

void ImportDialog::reject()
{
    ++m_generation; // no more slices
    m_bulk->abandon();
    QDialog::reject();
}

} // namespace phonedesk::ui
