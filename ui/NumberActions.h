// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "models/WriteGate.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace phonedesk::models {
class NumberStore;
class NumberWriter;
} // namespace phonedesk::models

namespace phonedesk::ui {

class ImportDialog;

// New, Edit, Link and Archive: each opens its dialog for the selected number; Bulk edit and
// Archive selected open theirs for all selected numbers. Each is disabled with the reason in its
// tooltip and status tip while it cannot run (offline, nothing or an archived number selected, a
// scope the token lacks).
class NumberActions : public QObject
{
    Q_OBJECT

public:
    NumberActions(models::NumberWriter& writer, QWidget* window);

    QAction* newNumber() const { return m_new; }
    QAction* edit() const { return m_edit; }
    QAction* link() const { return m_link; }
    QAction* archive() const { return m_archive; }
    QList<QAction*> all() const { return {m_new, m_edit, m_link, m_archive}; }
    QAction* bulkEdit() const { return m_bulkEdit; }
    QList<QAction*> bulk() const { return {m_bulkEdit, m_bulkArchive}; }
    // File → Import numbers…: asks for a CSV file, then previews it in an ImportDialog.
    QAction* import() const { return m_import; }
    ImportDialog* openImport(const QString& path);

    void setSelection(const std::optional<api::PhoneNumber>& number);
    // All selected rows, for the bulk actions; the window calls back for them only when one runs.
    void setSelectedMany(std::function<QList<api::PhoneNumber>()> selected, qsizetype count);
    void updateState();

Q_SIGNALS:
    // A number was created; the window selects it.
    void created(qint64 id);

private:
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QString& icon, const QString& tip,
                        models::WriteAction kind);
    void open(models::WriteAction kind);
    void openBulk(models::WriteAction kind);

    models::NumberWriter& m_writer;
    QWidget* m_window;
    models::WriteGate m_gate;
    std::optional<api::PhoneNumber> m_selected;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_link;
    QAction* m_archive;
    QAction* m_bulkEdit;
    QAction* m_bulkArchive;
    QAction* m_import;
    std::function<QList<api::PhoneNumber>()> m_many;
    qsizetype m_manyCount = 0;
};

} // namespace phonedesk::ui
