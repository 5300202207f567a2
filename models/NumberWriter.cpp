// SPDX-License-Identifier: MIT
#include "models/NumberWriter.h"

#include "api/ApiClient.h"
#include "models/CallRunner.h"
#include "models/ChangeJournal.h"
#include "models/NumberStore.h"

namespace phonedesk::models {

void NumberWrite::cancel()
{
    if (m_outcome != Outcome::Pending)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void NumberWrite::finish(Outcome outcome, const api::ApiError& error, const api::PhoneNumber& number)
{
    m_outcome = outcome;
    m_error = error;
    m_number = number;
    Q_EMIT finished();
    deleteLater();
}

NumberWriter::NumberWriter(api::ApiClient& client, NumberStore& store, QObject* parent)
    : QObject(parent), m_client(client), m_store(store)
{
    // A write of the profile being closed must not reach the next profile's server: stopped
    // here, it is journaled for its own profile (as uncertain when it was on its way).
    connect(&store, &NumberStore::profileClosing, this, [this] {
        for (NumberWrite* write : findChildren<NumberWrite*>(QString(), Qt::FindDirectChildrenOnly))
            write->cancel();
    });
}

NumberWrite* NumberWriter::update(const api::PhoneNumber& seen, const api::UpdatePhoneNumberRequest& request,
                                  JournalAction action)
{
    auto* write = new NumberWrite(this);
    const QString id = QString::number(seen.id);
    write->m_call = m_store.calls().run<api::PhoneNumber>(
        [this, id] { return m_client.getPhoneNumber(id); }, write,
        [this, write, seen, request, action](const api::PhoneNumber& server) {
            if (write->m_cancelled)
                return write->finish(NumberWrite::Outcome::Cancelled);
            if (server.isArchived || request.conflictsWith(seen, server)) {
                m_store.applyServerNumber(server); // the table shows what changed
                return write->finish(NumberWrite::Outcome::ChangedMeanwhile, {}, server);
            }
            sendUpdate(write, server, request, action);
        },
        [write](const api::ApiError& error) {
            write->finish(error.kind == api::ApiError::Kind::Cancelled ? NumberWrite::Outcome::Cancelled
                                                                       : NumberWrite::Outcome::Failed,
                          error);
        });
    return write;
}

void NumberWriter::sendUpdate(NumberWrite* write, const api::PhoneNumber& server,
                              const api::UpdatePhoneNumberRequest& request, JournalAction action)
{
    const QString id = QString::number(server.id);
    send(write, JournalEntry::intent(action, server, request.fields),
         [this, id, request] { return m_client.updatePhoneNumber(id, request); }, server);
}

NumberWrite* NumberWriter::create(const api::CreatePhoneNumberRequest& request)
{
    return send(new NumberWrite(this), JournalEntry::intent(JournalAction::Create, std::nullopt, request.toJson()),
                [this, request] { return m_client.createPhoneNumber(request); });
}

NumberWrite* NumberWriter::link(const api::PhoneNumber& number, const std::optional<QString>& providerPhoneUuid)
{
    const QString id = QString::number(number.id);
    const QJsonObject sent = *api::WireRequest::link(id, providerPhoneUuid).body; // journaled as sent
    return send(new NumberWrite(this),
                JournalEntry::intent(providerPhoneUuid ? JournalAction::Link : JournalAction::Unlink, number, sent),
                [this, id, providerPhoneUuid] { return m_client.linkPhoneNumber(id, providerPhoneUuid); });
}

NumberWrite* NumberWriter::archive(const api::PhoneNumber& number)
{
    const QString id = QString::number(number.id);
    return send(new NumberWrite(this), JournalEntry::intent(JournalAction::Archive, number, {}),
                [this, id] { return m_client.archivePhoneNumber(id); });
}

NumberWrite* NumberWriter::send(NumberWrite* write, JournalEntry intent, std::function<api::PhoneNumberCall*()> make,
                               std::optional<api::PhoneNumber> fetched)
{
    write->m_call = m_store.calls().run<api::PhoneNumber>(
        std::move(make), write,
        [this, write, intent](const api::PhoneNumber& answer) {
            JournalEntry entry = intent;
            entry.answered(write->m_call->error(), &answer); // ok, with its status (200, 201)
            m_store.journal().record(entry);
            m_store.applyServerNumber(answer);
            write->finish(NumberWrite::Outcome::Done, {}, answer);
        },
        [this, write, intent, fetched](const api::ApiError& error) {
            JournalEntry entry = intent;
            entry.answered(error, nullptr);
            const bool cancelled = error.kind == api::ApiError::Kind::Cancelled;
            if (cancelled && write->m_call->mayHaveArrived()) // the request may have arrived all the same
                entry.message = tr("Cancelled before the server answered; it may have applied the change. Refresh (F5) to see.");
            else if (cancelled)
                entry.message = tr("Cancelled before it was sent; nothing changed.");
            if (fetched && !cancelled)
                m_store.applyServerNumber(*fetched); // the table shows the copy just read, not an older one
            m_store.journal().record(entry);
            write->finish(cancelled ? NumberWrite::Outcome::Cancelled : NumberWrite::Outcome::Failed, error);
        });
    if (write->m_cancelled && write->m_call)
        write->m_call->cancel();
    return write;
}

} // namespace phonedesk::models
