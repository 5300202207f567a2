// SPDX-License-Identifier: MIT
#include "models/Profiles.h"

#include "models/PrivateFiles.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>

namespace phonedesk::models {
namespace {

// Every key of the settings file.
constexpr char kLastProfile[] = "lastProfile";
constexpr char kProfiles[] = "profiles";
constexpr char kName[] = "name";
constexpr char kBaseUrl[] = "baseUrl";
constexpr char kWorkspace[] = "workspaceUuid";
constexpr char kAllowPlainHttp[] = "allowPlainHttp";

bool isLoopback(const QUrl& url)
{
    return url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

} // namespace

QString Profile::cacheKey() const
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char(' ') + workspaceUuid;
}

QString Profile::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profiles", "a profile needs a name");
    const QString scheme = baseUrl.scheme();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return QCoreApplication::translate("Profiles", "the base URL must be an http:// or https:// address");
    if (workspaceUuid.trimmed().isEmpty())
        return QCoreApplication::translate("Profiles", "a profile needs a workspace UUID");
    if (scheme == QLatin1String("http") && !isLoopback(baseUrl) && !allowPlainHttp)
        return QCoreApplication::translate("Profiles", "plain http:// to %1 would send the token unencrypted; use https:// or allow plain http "
                                           "for this profile").arg(baseUrl.host());
    return {};
}

ProfileStore::ProfileStore(QString path) : m_path(std::move(path)) { }

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QLatin1String("/phonedesk.ini");
}

QString ProfileStore::load()
{
    if (const QString problem = createPrivateFile(m_path); !problem.isEmpty())
        return problem;
    QSettings settings(m_path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return QCoreApplication::translate("Profiles", "cannot read the settings in %1").arg(m_path);
    m_last = settings.value(QLatin1String(kLastProfile)).toString();
    m_profiles.clear();
    const int count = settings.beginReadArray(QLatin1String(kProfiles));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        m_profiles.append({settings.value(QLatin1String(kName)).toString(),
                           QUrl(settings.value(QLatin1String(kBaseUrl)).toString()),
                           settings.value(QLatin1String(kWorkspace)).toString(),
                           settings.value(QLatin1String(kAllowPlainHttp), false).toBool()});
    }
    settings.endArray();
    return {};
}

QString ProfileStore::write() const
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.clear();
    settings.setValue(QLatin1String(kLastProfile), m_last);
    settings.beginWriteArray(QLatin1String(kProfiles), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile& p = m_profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QLatin1String(kName), p.name);
        settings.setValue(QLatin1String(kBaseUrl), p.baseUrl.toString());
        settings.setValue(QLatin1String(kWorkspace), p.workspaceUuid);
        settings.setValue(QLatin1String(kAllowPlainHttp), p.allowPlainHttp);
    }
    settings.endArray();
    settings.sync();
    return settings.status() == QSettings::NoError ? QString() : QCoreApplication::translate("Profiles", "cannot write the settings to %1").arg(m_path);
}

std::optional<Profile> ProfileStore::find(const QString& name) const
{
    for (const Profile& p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::save(const Profile& profile)
{
    if (const QString problem = profile.problem(); !problem.isEmpty())
        return problem;
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const Profile& p) { return p.name == profile.name; });
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.append(profile);
    return write();
}

QString ProfileStore::remove(const QString& name)
{
    m_profiles.removeIf([&](const Profile& p) { return p.name == name; });
    if (m_last == name)
        m_last.clear();
    return write();
}

QString ProfileStore::setLastProfile(const QString& name)
{
    m_last = name;
    return write();
}

} // namespace phonedesk::models
