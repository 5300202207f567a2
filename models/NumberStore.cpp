// SPDX-License-Identifier: MIT
#include "models/NumberStore.h"

#include "api/ApiClient.h"
#include "api/JsonMapping.h"
#include "api/NumberJson.h"
#include "models/Cache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace phonedesk::models {

// A list read on a worker: the snapshot for the cache, and the difference for the table.
struct NumberStore::Sync
{
    NumberSnapshot snapshot;
    SnapshotChange change;
    QString error; // with the body as a whole
};

NumberStore::NumberStore(Cache& cache, api::ApiClient& client, Clock clock, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_client(client)
    , m_clock(clock)
    , m_cacheWriter(cache)
    , m_journal(m_cacheWriter, std::move(clock))
    , m_renewal(client)
    , m_calls(m_renewal, [this](const api::ApiError& error) { noteError(error); })
{
    connect(&m_connection, &ConnectionWatch::reconnectDue, this, &NumberStore::refresh);
    connect(&m_connection, &ConnectionWatch::changed, this, &NumberStore::connectivityChanged);
    connect(&m_cacheWriter, &CacheWriter::idle, this, &NumberStore::cacheWritten);
    // Another token may have other scopes: learned anew (the next sync probes again).
    connect(&m_renewal, &TokenRenewal::tokenChanged, &m_permissions, &Permissions::reset);
}

NumberStore::~NumberStore()
{
    m_read.waitForFinished(); // a first sync's reader calls back into this
    for (const QPointer<GuardedCall>& call : {m_call, m_phonesCall, m_probe}) {
        if (call)
            call->cancel();
    }
}

void NumberStore::openProfile(const QString& profileKey)
{
    Q_EMIT profileClosing();
    for (const QPointer<GuardedCall>& call : {m_call, m_phonesCall, m_probe}) {
        if (call)
            call->cancel();
    }
    m_profile = profileKey;
    ++m_generation;
    m_reading = false;
    m_unsavedSnapshot.reset();
    m_unsaved.clear();
    m_refused.clear();
    m_table.resetRows(m_cache.numberRows(profileKey));
    m_phones = m_cache.providerPhones(profileKey);
    m_table.setProviderPhones(m_phones);
    m_journal.open(profileKey, m_cache.journal(profileKey));
    m_lastSync = m_cache.numbersSyncedAt(profileKey);
    m_lastError = {};
    m_cacheWriter.clearProblems();
    m_permissions.reset();
    m_renewal.forgetDecline();
    Q_EMIT numbersReplaced();
    m_connection.reset();
}

void NumberStore::setForcedOffline(bool offline)
{
    m_connection.setForcedOffline(offline);
    if (offline && m_call)
        m_call->cancel();
}

void NumberStore::refresh()
{
    if (m_connection.isForcedOffline() || m_call || m_reading || !m_client.connection().isComplete())
        return;
    m_connection.stopReconnect();
    m_beforeSync = m_connection.state();
    m_connection.set(Connectivity::Syncing);
    m_call = m_calls.run<QByteArray>(
        [this] {
            api::BodyCall* call = m_client.fetchPhoneNumberList(api::ArchivedFilter::All);
            connect(call, &api::ApiCall::progress, this, &NumberStore::syncProgress);
            return call;
        },
        this,
        [this](const QByteArray& body) { read(body); },
        [this](const api::ApiError& error) { onRefreshed(error, {}); });
}

void NumberStore::read(const QByteArray& body)
{
    // On a worker: 100,000 numbers are 93 MB to split, fingerprint and (where they changed)
    // read. The table's rows are shared with the worker, not copied. A first sync shows the rows
    // as they are read; the cache takes them when all are.
    m_call = nullptr;
    m_reading = true;
    m_shownEarly = false;
    Q_EMIT syncProgress(body.size(), body.size());
    auto* watcher = new QFutureWatcher<std::shared_ptr<Sync>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another profile is open now
        m_reading = false;
        const std::shared_ptr<Sync> sync = watcher->result();
        api::ApiError error;
        if (!sync->error.isEmpty()) {
            error.kind = api::ApiError::Kind::BadResponse;
            error.httpStatus = 200;
            error.detail = sync->error;
            if (m_shownEarly)
                m_table.resetRows({}); // a list that failed as a whole shows none of its rows
        }
        onRefreshed(error, sync);
    });
    auto early = [this, generation = m_generation](const NumberRows& rows) {
        // Called on the worker; the destructor waits for it, so `this` outlives the call.
        QMetaObject::invokeMethod(
            this,
            [this, rows, generation] {
                if (generation != m_generation || !m_reading)
                    return;
                m_shownEarly = true;
                m_table.applyChange({rows, {}});
            },
            Qt::QueuedConnection);
    };
    m_read = QtConcurrent::run([body, current = m_table.rows(), early] {
        auto sync = std::make_shared<Sync>();
        sync->error = sync->snapshot.read(body, current, early);
        sync->change = {sync->snapshot.fresh, sync->snapshot.removed};
        return sync;
    });
    watcher->setFuture(m_read);
}

void NumberStore::onRefreshed(const api::ApiError& error, const std::shared_ptr<Sync>& sync)
{
    m_call = nullptr;
    m_lastError = error;
    if (error.kind == api::ApiError::Kind::Cancelled) {
        // Stopped by the user: what was known before the sync still holds.
        m_connection.set(m_connection.isForcedOffline() ? Connectivity::Offline : m_beforeSync);
        return;
    }
    if (!error.ok()) {
        if (error.isConnectivity())
            m_connection.unreachable(); // noteError() has set it offline already
        else
            m_connection.set(Connectivity::Online);
        Q_EMIT refreshFailed(error);
        return;
    }
    m_connection.reached();
    m_permissions.granted(api::Scope::Read);
    m_lastSync = m_clock();
    m_refused = sync->snapshot.refused;
    // Before the table takes the snapshot: what it shows now is what the last sync and this
    // app's writes left. A first sync (nothing shown yet) has nothing to compare with.
    const QList<JournalEntry> seen = rows().isEmpty() || m_shownEarly
        ? QList<JournalEntry>()
        : seenChanges(sync->snapshot, sync->change.changed, sync->change.removed);
    m_changedByOthers = seen.size();
    m_journal.recordSeen(seen);
    // The snapshot is newer than the answers to writes before it.
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();)
        it = sync->snapshot.entryOf(it.key()) >= 0 ? m_unsaved.erase(it) : std::next(it);
    const std::shared_ptr<const NumberSnapshot> snapshot(sync, &sync->snapshot);
    m_unsavedSnapshot = snapshot;
    m_cacheWriter.write(
        CacheWriter::Kind::Snapshot,
        [profile = m_profile, snapshot, syncedAt = m_lastSync](Cache& cache) {
            qint64 written = 0;
            const QString problem = cache.writeSnapshot(profile, *snapshot, syncedAt, &written);
            return CacheWriter::Result {problem, written};
        },
        [this, snapshot](const CacheWriter::Result& result) {
            m_lastRowsWritten = result.id;
            if (result.problem.isEmpty() && m_unsavedSnapshot == snapshot)
                m_unsavedSnapshot.reset(); // the cache has it: its body can go
            Q_EMIT snapshotStored(result.id);
        });
    m_table.applyChange(sync->change);
    Q_EMIT numbersUpdated();
    m_connection.set(Connectivity::Online);
    refreshProviderPhones();
    probeArchiveScope();
}

QList<JournalEntry> NumberStore::seenChanges(const NumberSnapshot& snapshot, const NumberRows& fresh, const QList<qint64>& removed) const
{
    QList<qint64> ids;
    for (qsizetype row = 0; row < fresh.size(); ++row) {
        if (!m_unsaved.contains(fresh.id(row))) // this app wrote it since the last snapshot
            ids << fresh.id(row);
    }
    ids << removed;
    QHash<qint64, api::PhoneNumber> before;
    for (api::PhoneNumber& number : numbers(ids))
        before.insert(number.id, std::move(number));
    QList<JournalEntry> entries;
    for (qint64 id : std::as_const(ids)) {
        const QJsonObject old = before.contains(id) ? api::toJson(before.value(id)) : QJsonObject();
        const QByteArrayView json = snapshot.jsonOf(id);
        const api::Parsed<api::PhoneNumber> now = api::readPhoneNumber(json);
        const QJsonObject current = json.isEmpty() || !now.ok() ? QJsonObject() : api::toJson(now.value);
        JournalEntry entry;
        entry.action = JournalAction::Seen;
        entry.numberId = id;
        entry.phoneNumber = now.ok() && !json.isEmpty() ? now.value.phoneNumber : before.value(id).phoneNumber;
        entry.ok = true;
        if (old.isEmpty() || current.isEmpty()) { // created or gone: all of it
            entry.before = old;
            entry.after = current;
        } else { // changed: the fields that differ
            for (auto it = current.begin(); it != current.end(); ++it) {
                if (old.value(it.key()) != it.value()) {
                    entry.before.insert(it.key(), old.value(it.key()));
                    entry.after.insert(it.key(), it.value());
                }
            }
            if (entry.after.isEmpty())
                continue; // other bytes, the same fields (e.g. a field this version does not know)
        }
        entries << entry;
    }
    return entries;
}

void NumberStore::refreshProviderPhones()
{
    if (m_phonesCall || m_permissions.lacks(api::Scope::Write))
        return; // a read-only token may not list them, and is known not to
    m_phonesCall = m_calls.run<QList<api::ProviderPhone>>(
        [this] { return m_client.listLinkablePhones(); }, this,
        [this, profile = m_profile](const QList<api::ProviderPhone>& phones) {
            m_phonesCall = nullptr;
            m_permissions.granted(api::Scope::Write);
            m_phones = phones;
            m_table.setProviderPhones(phones);
            m_cacheWriter.write(CacheWriter::Kind::ProviderPhones, [profile, phones, syncedAt = m_clock()](Cache& cache) {
                return CacheWriter::Result {cache.replaceProviderPhones(profile, phones, syncedAt), 0};
            });
            Q_EMIT providerPhonesChanged();
        },
        [this](const api::ApiError&) { m_phonesCall = nullptr; }); // noteError() has learned from it
}

void NumberStore::probeArchiveScope()
{
    // Reading archive blockers needs phones:admin and changes nothing: asked once per profile,
    // it tells the window whether Archive can work before anyone tries.
    if (m_probe || m_permissions.known(api::Scope::Admin) != Permissions::Known::Unknown)
        return;
    const QString id = rows().isEmpty() ? QStringLiteral("0") : QString::number(rows().id(0));
    m_probe = m_calls.run<api::ArchiveBlockers>(
        [this, id] { return m_client.getArchiveBlockers(id); }, this,
        [this](const api::ArchiveBlockers&) {
            m_probe = nullptr;
            m_permissions.granted(api::Scope::Admin);
        },
        [this](const api::ApiError& error) {
            m_probe = nullptr;
            if (error.kind == api::ApiError::Kind::NotFound)
                m_permissions.granted(api::Scope::Admin); // allowed, only that number is gone
        });
}

void NumberStore::applyServerNumber(const api::PhoneNumber& number)
{
    const QByteArray json = api::jsonFor(number);
    m_unsaved.insert(number.id, json);
    m_table.upsert(api::NumberColumns::of(number), api::jsonHash(json));
    // Through the writer too, so that it lands after any snapshot still being written.
    api::PhoneNumber stored = number;
    stored.json = json;
    m_cacheWriter.write(
        CacheWriter::Kind::Number,
        [profile = m_profile, stored](Cache& cache) { return CacheWriter::Result {cache.upsertNumber(profile, stored), 0}; },
        [this, id = number.id, json, generation = m_generation](const CacheWriter::Result& result) {
            if (result.problem.isEmpty() && generation == m_generation && m_unsaved.value(id) == json)
                m_unsaved.remove(id);
        });
    m_connection.set(Connectivity::Online);
    Q_EMIT numberChanged(number);
}

std::optional<QByteArray> NumberStore::unsavedJson(qint64 id) const
{
    if (const auto it = m_unsaved.constFind(id); it != m_unsaved.cend())
        return *it;
    if (m_unsavedSnapshot) {
        if (const QByteArrayView json = m_unsavedSnapshot->jsonOf(id); !json.isNull())
            return json.toByteArray();
    }
    return std::nullopt;
}

std::optional<api::PhoneNumber> NumberStore::number(qint64 id) const
{
    const QList<api::PhoneNumber> one = numbers(QList<qint64> {id});
    return one.isEmpty() ? std::nullopt : std::optional(one.first());
}

QList<api::PhoneNumber> NumberStore::numbers(const QList<qint64>& ids) const
{
    // What the cache may not hold yet from memory, the rest from the cache in one go.
    QList<QByteArray> jsons(ids.size());
    QList<qint64> cached;
    QList<qsizetype> cachedAt;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (m_table.rowOfId(ids.at(i)) < 0)
            continue;
        if (std::optional<QByteArray> json = unsavedJson(ids.at(i))) {
            jsons[i] = std::move(*json);
        } else {
            cached << ids.at(i);
            cachedAt << i;
        }
    }
    const QList<QByteArray> fromCache = m_cache.numberJsons(m_profile, cached);
    for (qsizetype i = 0; i < fromCache.size(); ++i)
        jsons[cachedAt.at(i)] = fromCache.at(i);
    QList<api::PhoneNumber> result;
    result.reserve(ids.size());
    for (QByteArray& json : jsons) {
        if (json.isEmpty())
            continue; // not shown
        api::Parsed<api::PhoneNumber> parsed = api::readPhoneNumber(json);
        if (!parsed.ok())
            continue; // checked when it was stored: only a damaged cache gets here
        parsed.value.json = std::move(json);
        result.append(std::move(parsed.value));
    }
    return result;
}

QList<api::PhoneNumber> NumberStore::numbers() const
{
    QList<qint64> ids;
    ids.reserve(rows().size());
    for (qsizetype row = 0; row < rows().size(); ++row)
        ids << rows().id(row);
    return numbers(ids);
}

void NumberStore::noteError(const api::ApiError& error)
{
    if (error.isConnectivity())
        m_connection.set(Connectivity::Offline);
    m_permissions.learn(error);
}

} // namespace phonedesk::models
