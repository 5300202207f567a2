// SPDX-License-Identifier: MIT
#include "common/ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace phonedesk::server {

ServerProcess::ServerProcess(QObject* parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If the app (or a test) dies without stopping it, the server goes too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ServerProcess::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            reportFailure(tr("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        if (!m_url.isValid())
            reportFailure(exitText());
    });
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("phonedesk-server"));
}

void ServerProcess::start(const QString& program, const QStringList& arguments)
{
    m_url = QUrl();
    m_error.clear();
    const bool portGiven = arguments.contains(QLatin1String("--port"));
    m_process.start(program, portGiven ? arguments : arguments + QStringList {QStringLiteral("--port"), QStringLiteral("0")});
}

bool ServerProcess::waitUntilListening(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (!m_url.isValid() && isRunning() && !deadline.hasExpired())
        m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    if (m_url.isValid())
        return true;
    if (isRunning()) {
        // Say what it did meanwhile: a slow start on a busy machine reads differently from a hang.
        const QString printed = QString::fromLocal8Bit(m_process.readAllStandardError() + m_process.readAllStandardOutput()).trimmed();
        m_error = tr("%1 did not say where it listens within %2 ms; it printed: %3")
                      .arg(m_process.program())
                      .arg(msecs)
                      .arg(printed.isEmpty() ? tr("nothing") : printed);
    } else if (m_error.isEmpty()) {
        m_error = exitText();
    }
    return false;
}

QString ServerProcess::exitText()
{
    const QString printed = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
    const QString how = m_process.exitStatus() == QProcess::CrashExit
        ? tr("%1 crashed before it listened").arg(m_process.program())
        : tr("%1 exited with code %2 before it listened").arg(m_process.program()).arg(m_process.exitCode());
    return printed.isEmpty() ? how : how + QStringLiteral(": ") + printed;
}

void ServerProcess::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void ServerProcess::readOutput()
{
    // Read everything, always: a full pipe would block the server.
    while (m_process.canReadLine()) {
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const QLatin1String prefix("listening on ");
        if (m_url.isValid()) {
            m_lines << line;
        } else if (line.startsWith(prefix)) {
            m_url = QUrl(line.mid(prefix.size()));
            Q_EMIT listening(m_url);
        }
    }
}

void ServerProcess::reportFailure(const QString& why)
{
    m_error = why;
    Q_EMIT failed(m_error);
}

} // namespace phonedesk::server
