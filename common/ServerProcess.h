// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace phonedesk::server {

// Runs phonedesk-server as a child process on a free loopback port, and stops it again.
// Used by the app's demo mode, the tests and the benchmarks.
class ServerProcess : public QObject
{
    Q_OBJECT

public:
    explicit ServerProcess(QObject* parent = nullptr);
    ~ServerProcess() override; // stops the server

    // phonedesk-server beside the running executable.
    static QString defaultProgram();

    // Starts the server with these arguments (plus "--port 0" unless they name a port);
    // listening() or failed() follows.
    void start(const QString& program, const QStringList& arguments);
    // Blocks until the server listens or fails; for tests and benchmarks, not the GUI. On
    // failure errorText() says why: the exit code and what it printed, or that the time ran out.
    bool waitUntilListening(int msecs = 30000);
    void stop();

    QUrl url() const { return m_url; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }
    QString errorText() const { return m_error; }
    // What the server printed after its first line (with --log-requests: one line per request).
    QStringList outputLines() const { return m_lines; }
    void clearOutput() { m_lines.clear(); }

Q_SIGNALS:
    void listening(const QUrl& url);
    void failed(const QString& message);

private:
    void readOutput();
    void reportFailure(const QString& why);
    QString exitText();

    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QStringList m_lines;
};

} // namespace phonedesk::server
