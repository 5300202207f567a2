// SPDX-License-Identifier: MIT
#include "ui/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace phonedesk::ui {

QString AboutDialog::versionLine()
{
    return tr("PhoneDesk %1, Qt %2 (built with %3), %4")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSysInfo::prettyProductName());
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About PhoneDesk"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.phonedesk.PhoneDesk.svg")).pixmap(64, 64));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const char* const libraries[][3] = {
        {"Qt", "LGPL-3.0-only", "https://www.qt.io/licensing/"},
        {"QtKeychain", "BSD-3-Clause", "https://github.com/frankosterfeld/qtkeychain"},
        {"libphonenumber", "Apache-2.0", "https://github.com/google/libphonenumber"},
        {"Protocol Buffers", "BSD-3-Clause", "https://github.com/protocolbuffers/protobuf"},
        {"SQLite", QT_TR_NOOP("public domain"), "https://www.sqlite.org/copyright.html"},
    };
    QString rows;
    for (const auto& [name, license, url] : libraries)
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td></tr>").arg(QLatin1String(url), QLatin1String(name), tr(license));
    text->setText(tr("<h3>PhoneDesk %1</h3><p>Manage the phone numbers of a workspace through the Phone Numbers "
                     "API v2.</p><p>%2</p><p>PhoneDesk is free software under the MIT license. It uses:</p>"
                     "<table cellspacing=\"6\">%3</table>")
                      .arg(QCoreApplication::applicationVersion(), versionLine().toHtmlEscaped(), rows));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy version"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionLine()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace phonedesk::ui
