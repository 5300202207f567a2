// SPDX-License-Identifier: MIT
#pragma once

#include "api/ArchiveBlockers.h"
#include "api/PhoneNumber.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ArchiveDialog;
}

namespace phonedesk::models {
class GuardedCall;
class NumberWrite;
class NumberWriter;
} // namespace phonedesk::models

namespace phonedesk::ui {

class CurlButton;
class MessageBar;

// Archiving cannot be undone, so this dialog first loads what blocks it. With blockers it lists
// them and cannot archive. Without, it says what archiving does and enables the red button only
// once the number (or its last four digits) is typed; focus starts on Cancel, and the button
// sends one request however often it is clicked.
class ArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveDialog(models::NumberWriter& writer, const api::PhoneNumber& number, QWidget* parent = nullptr);
    ~ArchiveDialog() override;

    // The typed confirmation matches: the whole number in any spelling, or its last four digits.
    static bool confirms(const QString& typed, const QString& e164);

protected:
    void reject() override;

private:
    void loadBlockers();
    void showBlockers(const QList<api::ArchiveBlocker>& blockers);
    void showConfirmation();
    void archive();
    void updateArchiveButton();

    std::unique_ptr<Ui::ArchiveDialog> m_ui;
    models::NumberWriter& m_writer;
    api::PhoneNumber m_number;
    QPointer<models::GuardedCall> m_loading;
    QPointer<models::NumberWrite> m_write;
    MessageBar* m_messages;
    QPushButton* m_archive;
    CurlButton* m_curl = nullptr;
    bool m_sending = false;
};

} // namespace phonedesk::ui
