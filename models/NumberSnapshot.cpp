// SPDX-License-Identifier: MIT
#include "models/NumberSnapshot.h"

namespace phonedesk::models {

QString NumberSnapshot::read(QByteArray listBody, const NumberRows& current)
{
    body = std::move(listBody);
    entries.clear();
    rows = {};
    refused.clear();
    refusedIds.clear();
    const qsizetype guess = body.size() / 900 + 1; // about 930 bytes a number
    entries.reserve(guess);
    rows.reserve(guess, guess * 200);
    auto refuse = [this](qsizetype index, const QString& why, std::optional<qint64> id) {
        refused << QStringLiteral("[%1] %2").arg(index).arg(why);
        if (id)
            refusedIds << *id;
    };
    const QString error = api::splitNumberList(
        body,
        [&](QByteArrayView json, qsizetype index) {
            const quint64 hash = api::jsonHash(json);
            // Unchanged since the last sync: the same bytes, already read and checked.
            if (const std::optional<qint64> id = api::numberIdOf(json)) {
                const qsizetype old = current.rowOf(*id);
                if (old >= 0 && current.hash(old) == hash && rows.rowOf(*id) < 0) {
                    entries.append({*id, hash, json});
                    rows.append(current, old);
                    return;
                }
            }
            const api::Parsed<api::NumberColumns> columns = api::readNumberColumns(json);
            if (!columns.ok()) {
                // "[3].enableSms should be ...", "[3] is not valid JSON (...)"
                static const QLatin1String whole("the response ");
                const QString why = columns.error.startsWith(whole) ? columns.error.mid(whole.size()) : columns.error;
                refused << (columns.error.startsWith(whole) ? QStringLiteral("[%1] %2") : QStringLiteral("[%1].%2")).arg(index).arg(why);
                if (const std::optional<qint64> id = api::numberIdOf(json))
                    refusedIds << *id;
                return;
            }
            if (rows.rowOf(columns.value.id) >= 0)
                return refuse(index, QStringLiteral("(number %1) is listed twice").arg(columns.value.id), std::nullopt);
            entries.append({columns.value.id, hash, json});
            rows.append(columns.value, hash);
        },
        [&](qsizetype index, const QString& why, std::optional<qint64> id) { refuse(index, why, id); });
    if (error.isEmpty() && entries.isEmpty() && !refused.isEmpty())
        return QStringLiteral("none of the %1 numbers could be read: %2").arg(refused.size()).arg(refused.first());
    return error;
}

QByteArrayView NumberSnapshot::jsonOf(qint64 id) const
{
    const qsizetype row = rows.rowOf(id);
    return row < 0 ? QByteArrayView() : entries.at(row).json;
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
