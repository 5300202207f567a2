// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/ProviderPhone.h"
#include "models/Journal.h"

#include <QScrollArea>

class QAction;
class QFormLayout;
class QGroupBox;
class QLabel;
class QToolButton;

namespace phonedesk::ui {

// Every field of the selected number, grouped like the edit dialog, with copy buttons for the
// number (E.164) and the uuid.
class DetailPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit DetailPanel(QWidget* parent = nullptr);

    // `phones` (the linkable ones, as last synced) name the linked provider phone: its number
    // and friendly name, the uuid on hover and in the label's context menu.
    void showNumber(const api::PhoneNumber& number, const QList<api::ProviderPhone>& phones = {});
    // The writes made to this number from the app (the journal's entries for it, oldest first).
    void showHistory(const QList<models::JournalEntry>& entries);
    void clear();
    // The value shown for a field, e.g. "Yes", "—", "Forward off hours"; for tests.
    QString valueShown(const QString& field) const;

Q_SIGNALS:
    // "Copy as curl" beside the uuid: the command that reads the number shown.
    void copyCurlRequested(qint64 numberId);

private:
    static QString historyLine(const models::JournalEntry& entry);
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& name);

    QWidget* m_content;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_e164;
    QLabel* m_uuid;
    QToolButton* m_copyNumber;
    QToolButton* m_copyUuid;
    QToolButton* m_copyCurl;
    qint64 m_shownId = 0;
    QMap<QString, QLabel*> m_values;
    QLabel* m_history;
    QGroupBox* m_other; // what the server sent that this version does not know
    QLabel* m_otherValue;
    QAction* m_copyProvider;
    QString m_providerUuid;
};

} // namespace phonedesk::ui
