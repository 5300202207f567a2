// SPDX-License-Identifier: MIT
#include "ui/ConnectionDialog.h"

#include "api/ApiClient.h"
#include "ui/MessageBar.h"
#include "ui_ConnectionDialog.h"

#include <QPushButton>

namespace phonedesk::ui {

ConnectionDialog::ConnectionDialog(const QList<models::Profile>& profiles, const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_messages(new MessageBar(this))
    , m_testClient(std::make_unique<api::ApiClient>())
{
    m_ui->setupUi(this);
    // Above the buttons, in the room of the spacer: a message that comes or goes moves no field.
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->buttons), m_messages);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save and open"));
    if (profiles.isEmpty()) // the first start, whose empty window offers the demo
        m_ui->intro->setText(m_ui->intro->text() + QLatin1Char(' ') + tr("No server yet? Cancel, then choose Try the demo."));
    m_testClient->setRetryPolicy(api::RetryPolicy::never()); // say what happened now, not after three tries
    m_testClient->setTimeout(std::chrono::seconds(10));
    for (const models::Profile& p : profiles)
        m_ui->profile->addItem(p.name);
    if (!current.isEmpty())
        m_ui->profile->setCurrentText(current);
    load(m_ui->profile->currentText());

    connect(m_ui->profile, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        load(name);
        revalidate();
    });
    for (QLineEdit* edit : {m_ui->baseUrl, m_ui->workspace, m_ui->token})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::revalidate);
    // What is wrong is said once the user has typed something, not before (a first start).
    auto touched = [this] {
        m_touched = true;
        revalidate();
    };
    for (QLineEdit* edit : {m_ui->baseUrl, m_ui->workspace, m_ui->token, m_ui->profile->lineEdit()})
        connect(edit, &QLineEdit::textEdited, this, touched);
    connect(m_ui->allowPlainHttp, &QCheckBox::clicked, this, touched);
    connect(m_ui->allowPlainHttp, &QCheckBox::toggled, this, &ConnectionDialog::revalidate);
    connect(m_ui->testConnection, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_test)
        m_test->cancel();
}

void ConnectionDialog::load(const QString& name)
{
    for (const models::Profile& p : std::as_const(m_profiles)) {
        if (p.name == name) {
            m_ui->baseUrl->setText(p.baseUrl.toString());
            m_ui->workspace->setText(p.workspaceUuid);
            m_ui->allowPlainHttp->setChecked(p.allowPlainHttp);
            return;
        }
    }
}

models::Profile ConnectionDialog::profile() const
{
    return {m_ui->profile->currentText().trimmed(), QUrl(m_ui->baseUrl->text().trimmed(), QUrl::StrictMode),
            m_ui->workspace->text().trimmed(), m_ui->allowPlainHttp->isChecked()};
}

QString ConnectionDialog::token() const
{
    return m_ui->token->text().trimmed();
}

void ConnectionDialog::revalidate()
{
    const QString problem = profile().problem();
    const bool known = std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const models::Profile& p) { return p.name == profile().name; });
    const bool needsToken = !known && token().isEmpty();
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty() && !needsToken);
    ok->setToolTip(!problem.isEmpty() ? tr("This profile cannot be used yet: %1.").arg(problem)
                   : needsToken       ? tr("A new profile needs its API token.")
                                      : QString());
    m_ui->testConnection->setEnabled(problem.isEmpty() && !token().isEmpty());
    if (!problem.isEmpty() && m_touched)
        m_messages->showError(tr("This profile cannot be used yet: %1.").arg(problem));
    else if (!problem.isEmpty())
        m_messages->hide(); // nothing typed yet: the Save button's tooltip says why
    else if (profile().baseUrl.scheme() == QLatin1String("http") && profile().allowPlainHttp)
        m_messages->showError(tr("Plain http:// sends the token unencrypted: anyone on the network path can read it."));
    else
        m_messages->hide();
}

void ConnectionDialog::testConnection()
{
    if (m_test)
        m_test->cancel();
    const models::Profile p = profile();
    m_testClient->setConnection({p.baseUrl, p.workspaceUuid, token()});
    m_ui->testResult->setText(tr("Connecting…"));
    auto* call = m_testClient->listPhoneNumbers(api::ArchivedFilter::All);
    m_test = call;
    connect(call, &api::ApiCall::finished, this, [this, call] {
        if (call->error().kind == api::ApiError::Kind::Cancelled)
            return;
        m_ui->testResult->setText(call->ok() ? tr("✓ Connected: %n numbers in this workspace.", nullptr, int(call->value().size()))
                                             : tr("✗ %1").arg(call->error().message()));
    });
}

} // namespace phonedesk::ui
