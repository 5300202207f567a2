// SPDX-License-Identifier: MIT
#include "models/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace phonedesk::models {

QString createPrivateFile(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("PrivateFiles", "cannot create the folder %1").arg(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return QCoreApplication::translate("PrivateFiles", "cannot open %1: %2").arg(path, file.errorString());
    file.close();
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return QCoreApplication::translate("PrivateFiles", "cannot make %1 private").arg(path);
    return {};
}

} // namespace phonedesk::models
