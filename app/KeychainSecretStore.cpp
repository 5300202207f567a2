// SPDX-License-Identifier: MIT
#include "app/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace phonedesk::app {

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("io.github.phonedesk.PhoneDesk");
}

// A job is never a child of the store: deleting one mid-flight frees it under libsecret's pending
// callback. Jobs delete themselves when finished; an answer for a store that is gone is dropped,
// since the store is the connection's context.
void KeychainSecretStore::read(const QString& profile, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(profile);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else
            done(std::nullopt, job->errorString());
    });
    job->start(); // deletes itself when finished
}

void KeychainSecretStore::write(const QString& profile, const QString& token, WriteDone done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(profile);
    job->setInsecureFallback(false);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

} // namespace phonedesk::app
