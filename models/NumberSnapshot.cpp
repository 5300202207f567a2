// SPDX-License-Identifier: MIT
#include "models/NumberSnapshot.h"

namespace phonedesk::models {

QString NumberSnapshot::read(QByteArray listBody, const NumberRows& current, const std::function<void(const NumberRows&)>& early)
{
    body = std::move(listBody);
    entries.clear();
    fresh = {};
    removed.clear();
    refused.clear();
    refusedIds.clear();
    m_byId.clear();
    const qsizetype guess = body.size() / 900 + 1; // about 930 bytes a number
    entries.reserve(guess);
    m_byId.reserve(guess);
    if (current.isEmpty())
        fresh.reserve(guess, guess * 200);
    qsizetype sent = 0; // rows of `fresh` passed to `early`
    qsizetype batch = kFirstEarlyBatch;
    auto add = [this](qint64 id, quint64 hash, QByteArrayView json, qsizetype row) {
        m_byId.insert(id, entries.size());
        entries.append({id, hash, json, row});
    };
    const QString error = api::splitNumberList(
        body,
        [&](QByteArrayView json, qsizetype index) {
            const quint64 hash = api::jsonHash(json);
            // Unchanged since the last sync: the same bytes, already read and checked.
            if (const std::optional<qint64> id = api::numberIdOf(json)) {
                const qsizetype old = current.rowOf(*id);
                if (old >= 0 && current.hash(old) == hash && !m_byId.contains(*id))
                    return add(*id, hash, json, -1);
            }
            const api::Parsed<api::NumberColumns> columns = api::readNumberColumns(json);
            if (!columns.ok()) {
                // "[3].enableSms should be ...", "[3] is not valid JSON (...)"
                static const QLatin1String whole("the response ");
                const bool aboutAll = columns.error.startsWith(whole);
                refused << (aboutAll ? QStringLiteral("[%1] %2") : QStringLiteral("[%1].%2"))
                               .arg(index)
                               .arg(aboutAll ? columns.error.mid(whole.size()) : columns.error);
                if (const std::optional<qint64> id = api::numberIdOf(json))
                    refusedIds << *id;
                return;
            }
            if (m_byId.contains(columns.value.id)) {
                refused << QStringLiteral("[%1] (number %2) is listed twice").arg(index).arg(columns.value.id);
                return;
            }
            add(columns.value.id, hash, json, fresh.size());
            fresh.append(columns.value, hash);
            if (early && current.isEmpty() && fresh.size() - sent >= batch) {
                NumberRows rows;
                for (qsizetype row = sent; row < fresh.size(); ++row)
                    rows.append(fresh, row);
                early(rows);
                sent = fresh.size();
                batch = std::min(2 * batch, kLargestEarlyBatch);
            }
        },
        [&](qsizetype index, const QString& why, std::optional<qint64> id) {
            refused << QStringLiteral("[%1] %2").arg(index).arg(why);
            if (id)
                refusedIds << *id;
        });
    if (!error.isEmpty())
        return error;
    if (entries.isEmpty() && !refused.isEmpty())
        return QStringLiteral("none of the %1 numbers could be read: %2").arg(refused.size()).arg(refused.first());
    // Gone from the server; unless a number could not be read and may be any of them.
    if (knowsWhatIsGone()) {
        for (qsizetype row = 0; row < current.size(); ++row) {
            const qint64 id = current.id(row);
            if (!m_byId.contains(id) && !refusedIds.contains(id))
                removed << id;
        }
    }
    return {};
}

QByteArrayView NumberSnapshot::jsonOf(qint64 id) const
{
    const qsizetype entry = entryOf(id);
    return entry < 0 ? QByteArrayView() : entries.at(entry).json;
}

NumberSnapshot NumberSnapshot::of(const QList<QByteArray>& jsons)
{
    NumberSnapshot snapshot;
    QByteArray list = "[";
    for (const QByteArray& json : jsons)
        list += (list.size() > 1 ? "," : "") + json;
    list += ']';
    snapshot.read(list, {});
    return snapshot;
}

} // namespace phonedesk::models
