// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>

// The limit pipeline the benchmark compares PhoneDesk with: no Qt containers, no Qt Sql, no
// QJsonDocument; each step as fast as this machine allows.
namespace phonedesk::bench::baseline {

// GET over a plain POSIX socket; returns the body (empty on failure).
std::string httpGet(const QByteArray& host, int port, const QByteArray& path, const QByteArray& token);

// Serves one captured answer from memory on 127.0.0.1, on a thread of its own, to every GET
// that comes (keep-alive): PhoneDesk and the baseline read the same bytes, and neither figure
// holds the reference server's time to render them.
class BodyServer
{
public:
    explicit BodyServer(std::string body);
    ~BodyServer();
    BodyServer(const BodyServer&) = delete;
    BodyServer& operator=(const BodyServer&) = delete;
    int port() const { return m_port; }

private:
    void serve(int client);

    std::string m_head;
    std::string m_body;
    int m_listener = -1;
    int m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
};

// simdjson on-demand over a list of numbers, then one prepared sqlite3 insert per number
// (its id and its JSON text) in one transaction. Returns the rows written.
std::int64_t parseAndStore(const std::string& body, const QString& databasePath);

// Reads every (id, json) row back with raw sqlite3; returns the bytes read.
std::int64_t readAll(const QString& databasePath);
// Every number's JSON read (as readAll), its exported fields taken with simdjson and written as
// CSV lines without quoting: the least an export of the cached numbers does. Returns the bytes.
std::int64_t exportCsv(const QString& databasePath);

} // namespace phonedesk::bench::baseline
