// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace phonedesk::models {

// A server and workspace the user works with. The token is not part of it: it lives in the
// system keychain or only in memory.
struct Profile
{
    QString name;
    QUrl baseUrl;
    QString workspaceUuid;
    bool allowPlainHttp = false; // http:// to a host other than this machine, asked for explicitly

    // The cache keeps one snapshot per server and workspace, whatever the profile is called.
    QString cacheKey() const;
    // What is wrong with it, or nothing.
    QString problem() const;
    bool operator==(const Profile&) const = default;
};

// The profiles and which one was open last, in an owner-only settings file. The keys are all
// here; an old key would be migrated in load().
class ProfileStore
{
public:
    explicit ProfileStore(QString path);

    // Creates the file owner-only if needed; returns the problem, or nothing.
    QString load();
    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> find(const QString& name) const;
    QString save(const Profile& profile);
    QString remove(const QString& name);
    QString lastProfile() const { return m_last; }
    QString setLastProfile(const QString& name);

    static QString defaultPath();

private:
    QString write() const;

    QString m_path;
    QList<Profile> m_profiles;
    QString m_last;
};

} // namespace phonedesk::models
