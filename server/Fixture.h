// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace phonedesk::server {

class ServerDatabase;

// Loads a fixture document (see docs/api-contract: "Reference server fixture") into an empty
// database in one transaction. A fixture that breaks a rule of the contract is refused as a
// whole, with a message naming the entry: "phoneNumbers[3] (\"Sales\"): phoneNumber ...".
// Returns the problem, or nothing.
QString loadFixture(ServerDatabase& db, const QJsonObject& fixture);

// Reads and parses a fixture file; ":/fixtures/demo.json" is the built-in demo fixture.
QString readFixtureFile(const QString& path, QJsonObject& out);

// Adds count synthetic numbers to the first workspace, for benchmarks. Deterministic.
QString generateNumbers(ServerDatabase& db, int count);

} // namespace phonedesk::server
