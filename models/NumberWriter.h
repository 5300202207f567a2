// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiCall.h"
#include "api/PhoneNumber.h"
#include "api/Requests.h"
#include "models/Journal.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace phonedesk::api {
class ApiClient;
}

namespace phonedesk::models {

class GuardedCall;
class NumberStore;

// One change on its way to the server, from NumberWriter. Emits finished() once, then deletes
// itself; whoever started it may be gone by then, the journal still gets the answer.
class NumberWrite : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Pending,
        Done, // number(): the server's answer
        Failed, // error(): why; sent writes are in the journal
        ChangedMeanwhile, // nothing sent; number(): the server's copy (maybe archived meanwhile)
        Cancelled, // before anything was sent, or with the journal saying it may have applied
    };

    Outcome outcome() const { return m_outcome; }
    const api::ApiError& error() const { return m_error; }
    const api::PhoneNumber& number() const { return m_number; }
    // Stops the write. Once sent, it is journaled as uncertain: the server may have applied it.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class NumberWriter;
    explicit NumberWrite(QObject* parent) : QObject(parent) { }
    void finish(Outcome outcome, const api::ApiError& error = {}, const api::PhoneNumber& number = {});

    QPointer<GuardedCall> m_call;
    Outcome m_outcome = Outcome::Pending;
    api::ApiError m_error;
    api::PhoneNumber m_number;
    bool m_cancelled = false;
};

// Every change made from the app goes through here: edit, revert, create, link, unlink,
// archive, and each row of the bulk operations. An update first fetches the number and sends
// nothing when it changed meanwhile in a way the update would overwrite; what is sent is only
// the update's fields. Every request sent is journaled with the answer (a cancel as uncertain),
// and the server's answer, not the local edit, goes to the store. A rejected token is renewed
// once (TokenRenewal). Dialogs collect input and show the outcome; they do not run this.
class NumberWriter : public QObject
{
    Q_OBJECT

public:
    NumberWriter(api::ApiClient& client, NumberStore& store, QObject* parent = nullptr);

    // For the reads a dialog makes before a write (through store().calls()).
    api::ApiClient& client() const { return m_client; }
    NumberStore& store() const { return m_store; }

    // `seen`: the number as the user saw it when the change was prepared.
    NumberWrite* update(const api::PhoneNumber& seen, const api::UpdatePhoneNumberRequest& request,
                        JournalAction action = JournalAction::Update);
    NumberWrite* create(const api::CreatePhoneNumberRequest& request);
    // A provider phone's uuid links (or re-links); nullopt unlinks.
    NumberWrite* link(const api::PhoneNumber& number, const std::optional<QString>& providerPhoneUuid);
    // The server refuses a number with blockers: error().blockers lists them.
    NumberWrite* archive(const api::PhoneNumber& number);

private:
    // Sends `make`'s request and journals `intent` with its answer. `fetched`: the number as just
    // read before an update, which the store gets if the update fails (its answer, if not).
    NumberWrite* send(NumberWrite* write, JournalEntry intent, std::function<api::PhoneNumberCall*()> make,
                      std::optional<api::PhoneNumber> fetched = std::nullopt);
    void sendUpdate(NumberWrite* write, const api::PhoneNumber& server, const api::UpdatePhoneNumberRequest& request,
                    JournalAction action);

    api::ApiClient& m_client;
    NumberStore& m_store;
};

} // namespace phonedesk::models
