// SPDX-License-Identifier: MIT
#include "bench/perf/Baseline.h"

#include <simdjson.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace phonedesk::bench::baseline {

std::string httpGet(const QByteArray& host, int port, const QByteArray& path, const QByteArray& token)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    ::inet_pton(AF_INET, host.constData(), &address.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return {};
    }
    // Connection: close, so that a streamed answer (no Content-Length) ends with the connection.
    const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
        + "\r\nConnection: close\r\n\r\n";
    if (::write(fd, request.constData(), size_t(request.size())) != request.size()) {
        ::close(fd);
        return {};
    }
    // Chunked up to the last chunk (BodyServer keeps the connection), else to the end.
    std::string response;
    size_t bodyStart = std::string::npos;
    bool chunked = false;
    char buffer[1 << 16];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) {
        response.append(buffer, size_t(n));
        if (bodyStart == std::string::npos && (bodyStart = response.find("\r\n\r\n")) != std::string::npos) {
            chunked = response.find("Transfer-Encoding: chunked") < bodyStart;
            bodyStart += 4;
        }
        if (chunked && response.size() >= 5 && response.compare(response.size() - 5, 5, "0\r\n\r\n") == 0)
            break;
    }
    ::close(fd);
    if (bodyStart == std::string::npos)
        return {};
    if (!chunked)
        return response.substr(bodyStart);
    std::string body;
    body.reserve(response.size() - bodyStart);
    for (size_t at = bodyStart;;) {
        const size_t lineEnd = response.find("\r\n", at);
        const size_t size = std::stoul(response.substr(at, lineEnd - at), nullptr, 16);
        if (size == 0)
            break;
        body.append(response, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return body;
}

BodyServer::BodyServer(std::string body) : m_body(std::move(body))
{
    // As phonedesk-server streams it: chunked, no Content-Length, parts of 256 KiB.
    m_head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    std::string chunked;
    chunked.reserve(m_body.size() + m_body.size() / 1000 + 64);
    char size[32];
    for (size_t at = 0; at < m_body.size(); at += 256 * 1024) {
        const size_t part = std::min<size_t>(256 * 1024, m_body.size() - at);
        std::snprintf(size, sizeof size, "%zx\r\n", part);
        chunked += size;
        chunked.append(m_body, at, part);
        chunked += "\r\n";
    }
    chunked += "0\r\n\r\n";
    m_body = std::move(chunked);
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(m_listener, 16);
    socklen_t length = sizeof address;
    ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] {
        for (;;) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0 || m_stop)
                break;
            std::thread([this, client] { serve(client); }).detach();
        }
    });
}

BodyServer::~BodyServer()
{
    m_stop = true;
    ::shutdown(m_listener, SHUT_RDWR);
    ::close(m_listener);
    m_thread.join();
}

void BodyServer::serve(int client)
{
    std::string request;
    char chunk[4096];
    for (ssize_t n; (n = ::read(client, chunk, sizeof chunk)) > 0;) {
        request.append(chunk, size_t(n));
        while (request.find("\r\n\r\n") != std::string::npos) {
            // Only the list: the calls a sync makes after it (linkable phones, a scope probe)
            // get a 404, so that they do not read the list's bytes.
            const std::string line = request.substr(0, request.find("\r\n"));
            const bool list = line.find("/phone-numbers ") != std::string::npos || line.find("/phone-numbers?") != std::string::npos;
            request.erase(0, request.find("\r\n\r\n") + 4);
            static const std::string notFound = "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
            static const std::string none;
            for (const std::string* part : {list ? &m_head : &notFound, list ? &m_body : &none}) {
                for (size_t sent = 0; sent < part->size();) {
                    const ssize_t w = ::write(client, part->data() + sent, part->size() - sent);
                    if (w <= 0) {
                        ::close(client);
                        return;
                    }
                    sent += size_t(w);
                }
            }
        }
    }
    ::close(client);
}

std::int64_t parseAndStore(const std::string& body, const QString& databasePath)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS numbers (id INTEGER PRIMARY KEY, json TEXT);"
                     "BEGIN; DELETE FROM numbers;", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO numbers (id, json) VALUES (?, ?)", -1, &insert, nullptr);
    simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(body);
    std::int64_t rows = 0;
    simdjson::ondemand::document doc = parser.iterate(padded);
    for (simdjson::ondemand::object number : doc.get_array()) {
        const std::int64_t id = number["id"].get_int64();
        number.reset();
        const std::string_view json = number.raw_json();
        sqlite3_bind_int64(insert, 1, id);
        sqlite3_bind_text(insert, 2, json.data(), int(json.size()), SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        ++rows;
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rows;
}

std::int64_t readAll(const QString& databasePath)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_stmt* select = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, json FROM numbers", -1, &select, nullptr);
    std::int64_t bytes = 0;
    while (sqlite3_step(select) == SQLITE_ROW) {
        bytes += sqlite3_column_int64(select, 0) > 0 ? 8 : 0;
        bytes += sqlite3_column_text(select, 1) ? sqlite3_column_bytes(select, 1) : 0;
    }
    sqlite3_finalize(select);
    sqlite3_close(db);
    return bytes;
}

std::int64_t exportCsv(const QString& databasePath)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_stmt* select = nullptr;
    sqlite3_prepare_v2(db, "SELECT json FROM numbers", -1, &select, nullptr);
    simdjson::ondemand::parser parser;
    std::string csv = "phoneNumber,name,status,brandName,enableVoice,enableSms,enableWhatsApp,defaultWorkflowId,"
                      "providerPhoneUuid,updatedAt,uuid,id\n";
    auto text = [&csv](simdjson::ondemand::object& number, const char* key) {
        std::string_view value;
        if (number[key].get_string().get(value) == simdjson::SUCCESS)
            csv += value;
        csv += ',';
    };
    while (sqlite3_step(select) == SQLITE_ROW) {
        const simdjson::padded_string json(reinterpret_cast<const char*>(sqlite3_column_text(select, 0)), size_t(sqlite3_column_bytes(select, 0)));
        simdjson::ondemand::document doc = parser.iterate(json);
        simdjson::ondemand::object number = doc.get_object();
        for (const char* key : {"phoneNumber", "name", "brandName", "providerPhoneUuid", "updatedAt", "uuid"})
            text(number, key);
        for (const char* key : {"isArchived", "enableVoice", "enableSms", "enableWhatsApp"}) {
            bool value = false;
            if (number[key].get_bool().get(value) != simdjson::SUCCESS)
                value = false;
            csv += value ? "true," : "false,";
        }
        std::int64_t id = 0;
        if (number["defaultWorkflowId"].get_int64().get(id) != simdjson::SUCCESS)
            id = -1;
        csv += std::to_string(id) + ',';
        if (number["id"].get_int64().get(id) != simdjson::SUCCESS)
            id = 0;
        csv += std::to_string(id) + '\n';
    }
    sqlite3_finalize(select);
    sqlite3_close(db);
    return std::int64_t(csv.size());
}

} // namespace phonedesk::bench::baseline
