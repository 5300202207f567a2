// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include "api/ApiError.h"
#include "common/PhoneFormat.h"
#include "models/CsvExport.h"
#include "models/HealthMonitor.h"
#include "models/NumberFilterProxy.h"
#include "models/NumberStore.h"
#include "models/NumberWriter.h"
#include "models/PhoneNumberModel.h"
#include "ui/AboutDialog.h"
#include "ui/ActivityIndicator.h"
#include "ui/CurlButton.h"
#include "ui/DetailPanel.h"
#include "ui/HealthStatus.h"
#include "ui/HelpDialog.h"
#include "ui/JournalDialog.h"
#include "ui/MessageBar.h"
#include "ui/NumberActions.h"
#include "ui/SearchField.h"
#include "ui/TableCopy.h"
#include "ui/TableHint.h"
#include "ui/WindowState.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QComboBox>
#include <QFileDialog>
#include <QSaveFile>
#include <QTimer>
#include <QStandardPaths>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace phonedesk::ui {

using models::NumberStore;
using models::PhoneNumberModel;

MainWindow::MainWindow(models::NumberWriter& writer, QWidget* parent)
    : QMainWindow(parent)
    , m_writer(writer)
    , m_store(writer.store())
    , m_model(&m_store.table())
    , m_proxy(new models::NumberFilterProxy(m_model, this))
    , m_actions(new NumberActions(writer, this))
    , m_health(new models::HealthMonitor(m_store, this))
    , m_healthStatus(new HealthStatus(*m_health, m_store, *m_actions,
                                      [this](const QList<qint64>& ids) {
                                          const qsizetype selected = selectNumbers(ids);
                                          m_table->setFocus(); // for when the window is active again
                                          return selected;
                                      },
                                      this))
{
    setWindowTitle(tr("PhoneDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createCentralWidget();

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_permissions = new QLabel(this);
    m_permissions->setObjectName(QStringLiteral("permissionsLabel"));
    // A confirmation goes beside the connection state, not over it (QStatusBar::showMessage
    // would hide it): whether the server is reached must show at all times.
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("statusNote"));
    m_note->setContentsMargins(2 * fontMetrics().averageCharWidth() + 8, 0, 0, 0); // apart from the connection state
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long one is cut, never widens the window
    m_noteTimer.setSingleShot(true);
    connect(&m_noteTimer, &QTimer::timeout, m_note, &QLabel::clear);
    connect(&m_store, &NumberStore::profileClosing, this, [this] { // what it said was of that profile
        m_noteTimer.stop();
        m_note->clear();
    });
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_note, 1);
    statusBar()->addPermanentWidget(m_healthStatus);
    statusBar()->addPermanentWidget(m_permissions);
    statusBar()->addPermanentWidget(new ActivityIndicator(writer.client(), this));
    statusBar()->addPermanentWidget(m_count);
    // "3 min ago" moves on by itself: repaint what is shown now and then (the model is asked anew).
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    clock->start(30 * 1000);

    connect(&m_store, &NumberStore::numbersReplaced, this, &MainWindow::updateConnectionStatus);
    connect(m_actions, &NumberActions::created, this, [this](qint64 id) { selectNumbers({id}); });
    connect(m_healthStatus, &HealthStatus::message, this, [this](const QString& text) { showStatus(text, 10000); });
    connect(&m_store.journal(), &models::ChangeJournal::entryAdded, this, [this](const models::JournalEntry& entry) {
        if (entry.ok && entry.action != models::JournalAction::Seen)
            showStatus(confirmation(entry), 10000);
        if (const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex()); current.isValid()
            && m_model->idAt(current.row()) == entry.numberId)
            showHistory(entry.numberId);
    });
    connect(&m_store.permissions(), &models::Permissions::changed, this, &MainWindow::updatePermissions);
    // Only the selected row's change concerns the panel: a re-sync may change thousands of rows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const int current = m_proxy->mapToSource(m_table->currentIndex()).row();
        if (current >= first.row() && current <= last.row())
            onCurrentRowChanged();
    });
    connect(&m_store, &NumberStore::connectivityChanged, this, &MainWindow::updateConnectionStatus);
    connect(&m_store, &NumberStore::providerPhonesChanged, this, &MainWindow::onCurrentRowChanged); // names the linked phone
    connect(&m_store, &NumberStore::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(&m_store, &NumberStore::syncProgress, this, [this](qint64 received, qint64 total) {
        m_syncReceived = received;
        m_syncTotal = total;
        updateConnectionStatus();
    });
    connect(&m_store, &NumberStore::connectivityChanged, this, [this](NumberStore::Connectivity state) {
        if (state != NumberStore::Connectivity::Syncing) { // the next sync starts from nothing
            m_syncReceived = 0;
            m_syncTotal = -1;
        }
    });
    connect(&m_store, &NumberStore::numbersUpdated, this, [this] {
        m_problem.clear(); // a sync went through
        if (const qsizetype changed = m_store.changedByOthers(); changed > 0)
            showStatus(tr("%Ln numbers changed on the server since the last sync (View → Change journal, “seen”)", nullptr, int(changed)), 15000);
        showRefused();
    });
    connect(&m_store, &NumberStore::cacheWritten, this, &MainWindow::updateConnectionStatus);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);

    updateConnectionStatus();
    updatePermissions();
    updateCount();
    resize(1360, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportAction = file->addAction(tr("&Export shown numbers…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export shown numbers"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1String("/phone-numbers.csv"),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString problem = exportShown(path); !problem.isEmpty())
            showNotice(problem);
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Save the numbers shown now, after search and filter, as CSV"));
    file->addAction(m_actions->import());
    QAction* connection = file->addAction(tr("&Connection…"), this, &MainWindow::connectionRequested);
    connection->setObjectName(QStringLiteral("connectionAction"));
    connection->setIcon(QIcon::fromTheme(QStringLiteral("network-connect")));
    connection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connection->setStatusTip(tr("Choose, add or change the server, workspace and token"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some desktops
    quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copy = edit->addAction(tr("&Copy"), this, [this] { copySelected(false); });
    copy->setObjectName(QStringLiteral("copyAction"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected rows as text: the shown columns, numbers in E.164"));
    QAction* copyCsv = edit->addAction(tr("Copy as CS&V"), this, [this] { copySelected(true); });
    copyCsv->setObjectName(QStringLiteral("copyCsvAction"));
    copyCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyCsv->setStatusTip(tr("Copy the selected numbers as CSV with every exported field"));
    m_copyActions = {copy, copyCsv};

    QMenu* number = menuBar()->addMenu(tr("&Number"));
    number->addActions(m_actions->all());
    number->addSeparator();
    number->addActions(m_actions->bulk());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refresh = view->addAction(tr("&Refresh"), this, [this] {
        m_store.tokenRenewal().forgetDecline(); // asked by the user: a declined token is asked for again
        m_store.refresh();
    });
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refresh->setStatusTip(tr("Fetch the numbers from the server again"));
    QAction* find = view->addAction(tr("&Find"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    m_searchEverywhere = view->addAction(tr("Search all &workspaces…"), this,
                                         [this] { Q_EMIT workspaceSearchRequested(m_search->text()); });
    m_searchEverywhere->setObjectName(QStringLiteral("workspaceSearchAction"));
    m_searchEverywhere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchEverywhere->setStatusTip(tr("One search over the cached numbers of every profile, offline too"));
    view->addSeparator();
    QAction* journal = view->addAction(tr("Change &journal…"), this, [this] {
        auto* dialog = new JournalDialog(m_writer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    journal->setObjectName(QStringLiteral("journalAction"));
    journal->setIcon(QIcon::fromTheme(QStringLiteral("view-history")));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    journal->setStatusTip(tr("Every write made from PhoneDesk for this profile, with what changed"));
    view->addAction(m_healthStatus->action());
    m_columns = view->addMenu(tr("C&olumns"));
    m_columns->setObjectName(QStringLiteral("columnsMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto showHelp = [this](HelpDialog::Page page) {
        auto* dialog = new HelpDialog(page, menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    QAction* guide = help->addAction(tr("PhoneDesk &guide"), this, [showHelp] { showHelp(HelpDialog::Page::Guide); });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [showHelp] { showHelp(HelpDialog::Page::Shortcuts); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About PhoneDesk"), this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setIcon(QIcon::fromTheme(QStringLiteral("help-about")));
    about->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::copySelected(bool csv)
{
    const QList<api::PhoneNumber> numbers = selectedNumbers();
    if (numbers.isEmpty())
        return;
    auto* mime = new QMimeData;
    const QByteArray asCsv = models::toCsv(numbers);
    mime->setText(csv ? QString::fromUtf8(asCsv) : tableText(*m_table, PhoneNumberModel::CopyRole));
    mime->setData(QStringLiteral("text/csv"), asCsv);
    QApplication::clipboard()->setMimeData(mime);
    showStatus(tr("Copied %n numbers", nullptr, int(numbers.size())), 5000);
}

void MainWindow::setStateFile(const QString& path)
{
    m_stateFile = path;
    restoreWindowState(*this, path);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The table takes Ctrl+C (and Ctrl+Shift+C) for itself, to copy one cell: copy the rows instead.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool csv = key->keyCombination() == m_copyActions.second->shortcut()[0];
        if (csv || key->matches(QKeySequence::Copy)) {
            copySelected(csv);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_stateFile.isEmpty())
        saveWindowState(*this, m_stateFile);
    QMainWindow::closeEvent(event);
}

void MainWindow::createCentralWidget()
{
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_archived = new QComboBox(this);
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    m_archived->addItem(tr("Active"), QVariant::fromValue(api::ArchivedFilter::ActiveOnly));
    m_archived->addItem(tr("Archived"), QVariant::fromValue(api::ArchivedFilter::ArchivedOnly));
    m_archived->addItem(tr("All"), QVariant::fromValue(api::ArchivedFilter::All));
    m_archived->setToolTip(tr("Which numbers to list"));

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions(m_actions->all());
    bar->addAction(m_refresh);
    bar->addSeparator();
    bar->addWidget(m_search);
    bar->addWidget(m_archived);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("numbersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PhoneNumberModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Wide enough for the header and the fixed values in this language ("Nicht verknüpft").
    const int widths[PhoneNumberModel::ColumnCount] = {150, 220, 150, 75, 90, 75, 130, 160, 80, 80, 150, 150, 150, 150, 220, 130};
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    for (int column = 0; column < PhoneNumberModel::ColumnCount; ++column) {
        const int value = metrics.horizontalAdvance(PhoneNumberModel::widestValue(column));
        const int title = headerMetrics.horizontalAdvance(m_proxy->headerData(column, Qt::Horizontal).toString())
            + 2 * headerMetrics.height(); // the sort indicator
        m_table->setColumnWidth(column, std::max({widths[column], value + 3 * metrics.averageCharWidth(), title}));
        m_table->setColumnHidden(column, column >= PhoneNumberModel::kShownByDefault); // offered by View > Columns
    }
    // Enter and Delete act on the table only, never while typing in the search field.
    for (QAction* action : {m_actions->edit(), m_actions->archive(), m_actions->bulk().last(), m_copyActions.first, m_copyActions.second}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
    }
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addActions(m_actions->all());
        menu.addSeparator();
        menu.addActions(m_actions->bulk());
        menu.addSeparator();
        menu.addAction(m_refresh);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    addColumnChooser(m_table->horizontalHeader(), m_columns);
    m_hint = new TableHint(m_table);
    m_clearSearch = new QAction(tr("Clear search"), this);
    m_clearSearch->setObjectName(QStringLiteral("clearSearch"));
    connect(m_clearSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        applyFilter();
    });
    m_showAll = new QAction(tr("Show all numbers"), this);
    m_showAll->setObjectName(QStringLiteral("showAll"));
    connect(m_showAll, &QAction::triggered, this, [this] { m_archived->setCurrentIndex(m_archived->findData(QVariant::fromValue(api::ArchivedFilter::All))); });
    m_connectWorkspace = new QAction(tr("Connect to a workspace…"), this);
    m_connectWorkspace->setObjectName(QStringLiteral("connectWorkspace"));
    connect(m_connectWorkspace, &QAction::triggered, this, &MainWindow::connectionRequested);
    m_tryDemo = new QAction(tr("Try the demo"), this);
    m_tryDemo->setObjectName(QStringLiteral("tryDemo"));
    connect(m_tryDemo, &QAction::triggered, this, &MainWindow::demoRequested);
    m_table->installEventFilter(this); // its own Ctrl+C copies one cell
    connect(m_table, &QTableView::doubleClicked, m_actions->edit(), &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // Counted from the ranges, never row by row: Ctrl+A on 100,000 rows stays instant.
        qsizetype count = 0;
        for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
            count += range.left() == 0 ? range.height() : 0;
        m_actions->setSelectedMany([this] { return selectedNumbers(); }, count);
    });

    m_details = new DetailPanel(this);
    connect(m_details, &DetailPanel::copyCurlRequested, this, [this](qint64 id) {
        QApplication::clipboard()->setText(curlCommands(m_writer.client(), {api::WireRequest::get(QString::number(id))}));
        showStatus(tr("Copied a curl command; it reads the token from $PHONEDESK_TOKEN"), 5000);
    });
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 440});
    m_notices = new MessageBar(this);
    m_notices->setObjectName(QStringLiteral("noticeBar"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notices);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_search, &SearchField::searchChanged, this, &MainWindow::applyFilter);
    connect(m_archived, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_actions->setSelection(std::nullopt);
        m_details->clear();
        return;
    }
    const std::optional<api::PhoneNumber> number = m_store.number(m_model->idAt(current.row()));
    if (!number) {
        m_actions->setSelection(std::nullopt);
        m_details->clear();
        return;
    }
    m_actions->setSelection(*number);
    m_details->showNumber(*number, m_store.providerPhones());
    showHistory(number->id);
}

void MainWindow::showHistory(qint64 numberId)
{
    m_details->showHistory(m_store.journal().historyOf(numberId));
}

void MainWindow::updatePermissions()
{
    const models::Permissions& permissions = m_store.permissions();
    QString text;
    QString tip;
    if (permissions.lacks(api::Scope::Write)) {
        text = tr("Read only");
        tip = tr("The API token of this profile may read the numbers but not change them (it lacks phones:write).");
    } else if (permissions.lacks(api::Scope::Admin)) {
        text = tr("No archiving");
        tip = tr("The API token of this profile may change numbers but not archive them (it lacks phones:admin).");
    }
    m_permissions->setText(text);
    m_permissions->setToolTip(tip);
    m_permissions->setVisible(!text.isEmpty());
}

QList<api::PhoneNumber> MainWindow::selectedNumbers() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : selectedRowsInViewOrder(*m_table))
        ids << m_model->idAt(m_proxy->mapToSource(index).row());
    return m_store.numbers(ids);
}

qsizetype MainWindow::selectNumbers(const QList<qint64>& ids)
{
    auto shownRows = [this, &ids] {
        QList<int> rows;
        for (const qint64 id : ids) {
            const int row = m_model->rowOfId(id);
            if (const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0)); index.isValid())
                rows << index.row();
        }
        return rows;
    };
    // Only numbers the table holds can be revealed: for one that is gone, the filters stay.
    const qsizetype held = std::count_if(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_model->rowOfId(id) >= 0; });
    QList<int> rows = shownRows();
    if (rows.size() < held) { // the search hides some
        m_search->clear();
        applyFilter();
        rows = shownRows();
    }
    if (rows.size() < held) { // the archived filter hides some: an archived one, a created one
        m_archived->setCurrentIndex(m_archived->findData(QVariant::fromValue(api::ArchivedFilter::All)));
        applyFilter();
        rows = shownRows();
    }
    if (rows.isEmpty())
        return 0;
    const QModelIndex first = m_proxy->index(rows.first(), 0);
    std::sort(rows.begin(), rows.end());
    QItemSelection selection; // runs of rows as one range each: 50,000 ids select at once
    const int lastColumn = m_proxy->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i;
        while (end + 1 < rows.size() && rows.at(end + 1) == rows.at(end) + 1)
            ++end;
        selection.append(QItemSelectionRange(m_proxy->index(rows.at(i), 0), m_proxy->index(rows.at(end), lastColumn)));
        i = end + 1;
    }
    m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(first);
    return rows.size();
}

void MainWindow::showStatus(const QString& text, int milliseconds)
{
    m_note->setText(text);
    m_note->setToolTip(text); // in full, when the bar cuts it
    m_noteTimer.start(milliseconds);
}

void MainWindow::focusTable()
{
    activateWindow();
    m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::applyFilter()
{
    models::NumberFilter filter;
    filter.setText(m_search->text());
    filter.setArchived(m_archived->currentData().value<api::ArchivedFilter>());
    m_proxy->setFilter(filter);
    updateCount();
}

void MainWindow::showProblem(const QString& message)
{
    m_problem = message;
    updateConnectionStatus();
}

QString MainWindow::exportShown(const QString& path)
{
    QList<qint64> ids;
    ids.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_model->idAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const QList<api::PhoneNumber> shown = m_store.numbers(ids);
    QSaveFile file(path); // all or nothing: an interrupted export leaves no half file
    if (!file.open(QIODevice::WriteOnly) || file.write(models::toCsv(shown)) < 0 || !file.commit())
        return tr("The export to %1 failed: %2").arg(path, file.errorString());
    showStatus(tr("Exported %n numbers to %1", nullptr, int(shown.size())).arg(path), 10000);
    return {};
}

void MainWindow::showNotice(const QString& message, const QString& details)
{
    auto joined = [](const QString& shown, const QString& more) -> QString {
        if (shown.isEmpty() || more.isEmpty())
            return shown + more;
        return shown + QLatin1Char('\n') + more;
    };
    m_notices->showInfo(joined(m_notices->text(), message), joined(m_notices->details(), details));
}

void MainWindow::updateConnectionStatus()
{
    const QString synced = m_store.lastSync().isValid()
        ? QLocale().toString(m_store.lastSync().toLocalTime(), QLocale::ShortFormat)
        : QString();
    QString text;
    switch (m_store.connectivity()) {
    case NumberStore::Connectivity::Syncing:
        // The first sync of 100,000 numbers takes seconds: say how far it is.
        if (m_syncTotal >= 0 && m_syncReceived == m_syncTotal)
            text = tr("Syncing… reading %1 of numbers").arg(QLocale().formattedDataSize(m_syncTotal));
        else if (m_syncTotal > 0)
            text = tr("Syncing… %1 of %2 received").arg(QLocale().formattedDataSize(m_syncReceived), QLocale().formattedDataSize(m_syncTotal));
        else if (m_syncReceived > 0)
            text = tr("Syncing… %1 received").arg(QLocale().formattedDataSize(m_syncReceived));
        else
            text = tr("Syncing…");
        break;
    case NumberStore::Connectivity::Online:
        // The server answered, but maybe not with the numbers: the why follows after " · ".
        text = synced.isEmpty() ? tr("Online — not synced yet") : tr("Online — synced %1").arg(synced);
        break;
    case NumberStore::Connectivity::Offline:
        text = synced.isEmpty() ? tr("Offline — nothing cached yet") : tr("Offline — cached %1").arg(synced);
        break;
    case NumberStore::Connectivity::Unknown:
        text = synced.isEmpty() ? tr("Not connected") : tr("Not connected — cached %1").arg(synced);
        break;
    }
    for (const QString& problem : {m_problem, m_store.cacheProblem()}) {
        if (!problem.isEmpty())
            text += QStringLiteral(" · ") + problem;
    }
    m_connection->setText(text);
    updateHint();
    m_refresh->setEnabled(!m_store.isForcedOffline() && !m_noWorkspace
                          && m_store.connectivity() != NumberStore::Connectivity::Syncing);
    m_refresh->setToolTip(m_store.isForcedOffline() ? tr("Started with --offline: the server is not contacted")
                          : m_noWorkspace           ? tr("Connect to a workspace first (File > Connection…)")
                                                    : m_refresh->statusTip());
}

void MainWindow::showRefused()
{
    const QStringList& refused = m_store.refusedNumbers();
    if (refused.isEmpty())
        return;
    // Named, so that the admin can find them on the server; the rest synced.
    const int shown = 5;
    QString text = tr("%n number(s) from the server could not be read and show what was known of them before:", nullptr, int(refused.size()));
    for (const QString& line : refused.mid(0, shown))
        text += QLatin1Char('\n') + line;
    if (refused.size() > shown)
        text += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(refused.size() - shown));
    m_notices->showError(text);
}

void MainWindow::onRefreshFailed(const api::ApiError& error)
{
    m_problem = error.message(); // a rejected token was renewed (or declined) before this
    updateConnectionStatus();
}

void MainWindow::updateCount()
{
    m_count->setText(tr("Showing %1 of %Ln numbers", nullptr, m_model->rowCount()).arg(QLocale().toString(m_proxy->rowCount())));
    updateHint();
}

// "Saved +1 415-555-0100 — Main line": what a write that went through did, in a few words.
QString MainWindow::confirmation(const models::JournalEntry& entry)
{
    const QString number = api::phone::formatInternational(entry.phoneNumber);
    const QString name = entry.after.value(QLatin1String("name")).toString();
    switch (entry.action) {
    case models::JournalAction::Create: return tr("Created %1 — %2").arg(number, name);
    case models::JournalAction::Update: return tr("Saved %1 — %2").arg(number, name);
    case models::JournalAction::Revert: return tr("Reverted %1 — %2").arg(number, name);
    case models::JournalAction::Link: return tr("Linked %1 to the provider phone %2").arg(name, number); // the number is the phone's now
    case models::JournalAction::Unlink: return tr("Unlinked %1 — %2; its provider phone stays in this workspace").arg(number, name);
    case models::JournalAction::Archive:
        return entry.before.value(QLatin1String("providerPhoneUuid")).isString()
            ? tr("Archived %1 — %2; its provider phone went back to the pool").arg(number, name)
            : tr("Archived %1 — %2").arg(number, name);
    case models::JournalAction::Seen: return {}; // no write of this app: see numbersUpdated
    }
    return {};
}

void MainWindow::setNoWorkspace(bool none)
{
    m_noWorkspace = none;
    updateConnectionStatus(); // Refresh has nothing to refresh yet
}

// Why the table is empty, and the way out.
void MainWindow::updateHint()
{
    if (m_proxy->rowCount() > 0)
        return m_hint->showHint({});
    if (m_model->rowCount() > 0) {
        const QString search = m_search->text().simplified();
        if (!search.isEmpty())
            return m_hint->showHint(tr("No numbers match “%1”.").arg(search), {m_clearSearch, m_searchEverywhere});
        const bool activeOnly = m_archived->currentData().value<api::ArchivedFilter>() == api::ArchivedFilter::ActiveOnly;
        return m_hint->showHint(activeOnly ? tr("Every number of this workspace is archived.") : tr("No number is archived."),
                                {m_showAll});
    }
    if (m_noWorkspace) {
        return m_hint->showHint(tr("PhoneDesk is not connected to a workspace yet.\n"
                                   "Connect with the server's address and an API token, or try it on a demo workspace "
                                   "that runs on this computer."),
                                {m_connectWorkspace, m_tryDemo});
    }
    if (!m_problem.isEmpty() && m_store.connectivity() != NumberStore::Connectivity::Syncing)
        return m_hint->showHint(tr("The numbers could not be read: %1").arg(m_problem), {m_refresh});
    switch (m_store.connectivity()) {
    case NumberStore::Connectivity::Syncing: return m_hint->showHint(tr("Reading the numbers from the server…"));
    case NumberStore::Connectivity::Online: return m_hint->showHint(tr("This workspace has no numbers yet."), {m_actions->newNumber()});
    case NumberStore::Connectivity::Offline:
    case NumberStore::Connectivity::Unknown:
        return m_hint->showHint(tr("No numbers are cached for this workspace yet: they are shown after the first sync."));
    }
}

} // namespace phonedesk::ui
