// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

struct sqlite3;

namespace phonedesk {

// SQLite's own handle behind a Qt Sql connection (the QSQLITE driver), for the few bulk paths
// where a QVariant per value costs more than all the rest; nullptr for any other driver. The
// caller links libsqlite3, the library Qt's driver uses too.
inline sqlite3* sqliteHandle(const QSqlDatabase& database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace phonedesk
