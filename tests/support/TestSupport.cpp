// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include <QFile>

namespace phonedesk::test {

QString serverProgram()
{
    return qEnvironmentVariable("PHONEDESK_SERVER");
}

QString sourcePath(const QString& relative)
{
    return qEnvironmentVariable("PHONEDESK_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QByteArray readSourceFile(const QString& relative)
{
    QFile file(sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::unique_ptr<server::ServerProcess> startServer(const QStringList& arguments)
{
    auto process = std::make_unique<server::ServerProcess>();
    process->start(serverProgram(), arguments);
    if (!process->waitUntilListening())
        qWarning("phonedesk-server did not start: %s", qPrintable(process->errorText()));
    return process;
}

QUrl numbersUrl(const QUrl& base, const QString& workspace)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v2/w/%1/phone-numbers").arg(workspace));
    return url;
}

} // namespace phonedesk::test
