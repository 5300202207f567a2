// SPDX-License-Identifier: MIT
#pragma once

#include "models/SecretStore.h"

namespace phonedesk::app {

// API tokens in the system keychain (Secret Service, KWallet, macOS Keychain) through
// QtKeychain. Without one, QtKeychain fails at once (its insecure fallback never engages on
// Linux), and the callers keep the token in memory for the session instead.
class KeychainSecretStore : public models::SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& profile, ReadDone done) override;
    void write(const QString& profile, const QString& token, WriteDone done) override;

    static QString serviceName();
};

} // namespace phonedesk::app
