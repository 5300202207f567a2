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

    // Creates or migrates the file; returns the problem, or nothing.
    QString open();
    QString path() const { return m_path; }

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
    QSqlDatabase db() const;
    QString migrate();

    QString m_path;
    QString m_connectionName;
};

} // namespace phonedesk::models
