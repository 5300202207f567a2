// SPDX-License-Identifier: MIT
#include "models/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace phonedesk::models {

namespace {

constexpr QFile::Permissions kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Like mkpath, but every folder it has to make (~/.config itself, say) is made 0700, as the XDG
// base directory specification asks; folders that exist are left as they are.
bool makeOwnerOnlyPath(const QString& folder)
{
    if (QFileInfo(folder).isDir())
        return true;
    const QString parent = QFileInfo(folder).absolutePath();
    if (parent == folder || !makeOwnerOnlyPath(parent))
        return false;
    return QDir().mkdir(folder, kOwnerOnlyFolder) || QFileInfo(folder).isDir();
}

} // namespace

QString createPrivateFile(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!makeOwnerOnlyPath(folder))
        return QCoreApplication::translate("PrivateFiles", "cannot create the folder %1").arg(folder);
    QFile::setPermissions(folder, kOwnerOnlyFolder);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite, QFile::ReadOwner | QFile::WriteOwner))
        return QCoreApplication::translate("PrivateFiles", "cannot open %1: %2").arg(path, file.errorString());
    file.close();
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return QCoreApplication::translate("PrivateFiles", "cannot make %1 private").arg(path);
    return {};
}

} // namespace phonedesk::models
