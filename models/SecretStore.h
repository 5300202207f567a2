// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace phonedesk::models {

// Where API tokens are kept between sessions: the system keychain (app/KeychainSecretStore).
// Nothing else in PhoneDesk stores a token. Both calls answer later, through the callback.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // token: nullopt when none is stored; error: set when the keychain could not be asked.
    using ReadDone = std::function<void(const std::optional<QString>& token, const QString& error)>;
    using WriteDone = std::function<void(const QString& error)>;

    virtual void read(const QString& profile, ReadDone done) = 0;
    virtual void write(const QString& profile, const QString& token, WriteDone done) = 0;
};

} // namespace phonedesk::models
