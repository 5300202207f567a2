// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>

// The limit pipeline the benchmark compares PhoneDesk with: no Qt containers, no Qt Sql, no
// QJsonDocument; each step as fast as this machine allows.
namespace phonedesk::bench::baseline {

// GET over a plain POSIX socket; returns the body (empty on failure).
std::string httpGet(const QByteArray& host, int port, const QByteArray& path, const QByteArray& token);

// simdjson on-demand over a list of numbers, then one prepared sqlite3 insert per number
// (its id and its JSON text) in one transaction. Returns the rows written.
std::int64_t parseAndStore(const std::string& body, const QString& databasePath);

// Reads every (id, json) row back with raw sqlite3; returns the bytes read.
std::int64_t readAll(const QString& databasePath);

} // namespace phonedesk::bench::baseline
