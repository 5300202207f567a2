// SPDX-License-Identifier: MIT
#include "ui/WorkspaceSearchDialog.h"

#include "models/NumberFilterProxy.h"
#include "ui/SearchField.h"
#include "ui/TableHint.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace phonedesk::ui {

using models::WorkspaceSearchModel;

WorkspaceSearchDialog::WorkspaceSearchDialog(const QString& cachePath, const QList<models::SearchedWorkspace>& workspaces,
                                             const QString& text, QWidget* parent)
    : QDialog(parent)
    , m_model(new WorkspaceSearchModel(this))
    , m_proxy(new models::NumberFilterProxy(m_model, this))
    , m_search(new SearchField(this))
    , m_archived(new QCheckBox(tr("Include &archived numbers"), this))
    , m_results(new QTableView(this))
    , m_hint(new TableHint(m_results))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Search all workspaces"));
    m_search->setObjectName(QStringLiteral("workspaceSearchField"));
    m_search->setPlaceholderText(tr("Number, name or brand, in the cache of every profile"));
    m_search->setClearButtonEnabled(true);
    m_search->setText(text);
    m_search->installEventFilter(this); // Down moves into the results
    m_archived->setObjectName(QStringLiteral("workspaceSearchArchived"));
    m_summary->setObjectName(QStringLiteral("workspaceSearchSummary"));
    m_summary->setWordWrap(true);

    m_results->setObjectName(QStringLiteral("workspaceResults"));
    m_results->setModel(m_proxy);
    m_results->verticalHeader()->hide();
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(-1, Qt::AscendingOrder); // the workspaces in the profiles' order until a header is clicked
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setStretchLastSection(true);
    connect(m_results, &QAbstractItemView::activated, this, &WorkspaceSearchDialog::openCurrent);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("Opens the number's profile (offline too) and selects the number in the table"));
    m_open->setDefault(true);
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkspaceSearchDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_archived);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(920, 520);

    connect(m_search, &SearchField::searchChanged, this, &WorkspaceSearchDialog::refilter);
    connect(m_archived, &QCheckBox::toggled, this, &WorkspaceSearchDialog::refilter);
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_results->selectionModel()->hasSelection()); });

    m_summary->setText(tr("Reading the cached numbers of %Ln workspaces…", "", workspaces.size()));
    auto* watcher = new QFutureWatcher<WorkspaceSearchModel::Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        showRead(watcher->result());
    });
    m_read = WorkspaceSearchModel::read(cachePath, workspaces);
    watcher->setFuture(m_read);
}

WorkspaceSearchDialog::~WorkspaceSearchDialog()
{
    m_read.cancel(); // closed before the caches were read
}

void WorkspaceSearchDialog::showRead(const WorkspaceSearchModel::Read& read)
{
    m_problem = read.problem;
    m_model->setWorkspaces(read.workspaces);
    m_ready = true;
    refilter();
    for (int column = 0; column < WorkspaceSearchModel::WorkspaceColumn; ++column)
        m_results->resizeColumnToContents(column); // the rows in view; the workspace takes the rest
    Q_EMIT ready();
}

void WorkspaceSearchDialog::refilter()
{
    models::NumberFilter filter;
    filter.setText(m_search->text());
    filter.setArchived(m_archived->isChecked() ? api::ArchivedFilter::All : api::ArchivedFilter::ActiveOnly);
    const bool newQuery = filter.text() != m_proxy->filter().text();
    m_proxy->setFilter(filter);
    if ((newQuery || !m_results->selectionModel()->hasSelection()) && m_proxy->rowCount() > 0)
        m_results->selectRow(0); // Enter opens the first match
    updateSummary();
}

void WorkspaceSearchDialog::updateSummary()
{
    if (!m_ready)
        return;
    QStringList lines;
    QStringList neverSynced;
    for (const models::CachedWorkspace& cached : m_model->workspaces()) {
        if (!cached.syncedAt.isValid())
            neverSynced << cached.workspace.profile;
    }
    const int synced = int(m_model->workspaces().size() - neverSynced.size());
    if (!m_problem.isEmpty())
        lines << tr("The local cache cannot be read: %1").arg(m_problem);
    else
        lines << tr("%Ln of %1 cached numbers shown, from %2.", "", m_proxy->rowCount())
                     .arg(QLocale().toString(m_model->numberCount()), tr("%Ln workspaces", "", synced));
    if (!neverSynced.isEmpty())
        lines << tr("Not synced on this computer yet, so not searched: %1. Open the profile once while online.")
                     .arg(QLocale().createSeparatedList(neverSynced));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    if (m_proxy->rowCount() > 0)
        m_hint->showHint({});
    else if (m_model->rowCount() == 0)
        m_hint->showHint(m_problem.isEmpty() ? tr("No numbers are cached on this computer yet.") : m_problem);
    else if (const QString text = m_search->text().simplified(); !text.isEmpty())
        m_hint->showHint(tr("No cached number in any workspace matches “%1”.").arg(text));
    else
        m_hint->showHint(tr("Every cached number is archived."));
}

void WorkspaceSearchDialog::openCurrent()
{
    if (m_search->text() != m_proxy->filter().text())
        refilter(); // Enter before the pause: what is typed counts
    const QModelIndexList selected = m_results->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = m_proxy->mapToSource(selected.first()).row();
    const models::SearchedWorkspace workspace = m_model->workspaceAt(row);
    const qint64 id = m_model->idAt(row);
    accept(); // closed first: the window it opens the number in is not blocked by it
    Q_EMIT numberChosen(workspace, id);
}

bool WorkspaceSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && m_proxy->rowCount() > 0) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace phonedesk::ui
