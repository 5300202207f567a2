// SPDX-License-Identifier: MIT
#pragma once

#include "PhoneNumber.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace phonedesk::models {

// The local SQLite cache of what the server last said, per profile (a stable key per base URL
// and workspace). Each sync replaces a profile's snapshot in one transaction, so a reader sees
// the old snapshot or the new one, never a mix. The file is owner-only.
class Cache
{
public:
    static constexpr int kSchemaVersion = 1;

    explicit Cache(QString path);
    ~Cache();
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;

    // Creates or migrates the file; returns the problem, or nothing. A damaged file (garbage,
    // truncated, failing quick_check) is set aside and a new one started, with a notice(); a
    // file of a newer schema is left untouched and refused.
    QString open();
    QString path() const { return m_path; }
    // Something the user should know that did not stop the cache, e.g. a damaged file set aside.
    QString notice() const { return m_notice; }

    // Replaces the profile's numbers and its sync time together, or changes nothing.
    QString replaceNumbers(const QString& profile, const QList<api::PhoneNumber>& numbers,
                           const QDateTime& syncedAt);
    // One number as the server answered a write; the sync time stays.
    QString upsertNumber(const QString& profile, const api::PhoneNumber& number);
    QList<api::PhoneNumber> numbers(const QString& profile) const;
    QDateTime numbersSyncedAt(const QString& profile) const; // invalid: never synced

    // The default location: <app data>/cache.sqlite.
    static QString defaultPath();

private:
    enum class OpenResult { Ok, Damaged, Refused };
    QSqlDatabase db() const;
    OpenResult openFile(QString& problem);
    QString migrate();
    QString setAside();

    QString m_path;
    QString m_connectionName;
    QString m_notice;
};

} // namespace phonedesk::models
