// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <string>

class QSqlQuery;
struct sqlite3_stmt;

// The server's view of the PhoneNumber fields: one SQL column per JSON field, named alike.
// Schema, JSON output and input checks are all derived from this one table.
namespace phonedesk::server {

enum class FieldType { Integer, Text, Bool, Time };

struct NumberField
{
    const char* name;
    FieldType type;
    bool nullable;
    bool readOnly;
    const char* sqlDefault; // as written in CREATE TABLE; nullptr: none
};

const QList<NumberField>& numberFields();

// Column list for CREATE TABLE phone_numbers.
QString numberColumnsSql();

// The JSON of the row the query is positioned on; the query selects numberFields() in order.
QJsonObject numberToJson(const QSqlQuery& query);

// The same JSON written directly from SQLite's row (a statement of selectNumbersSql()), in the
// table's order ("id" first), appended to `out`: a list of 100,000 numbers in well under a
// second, where building QJsonObjects (or a QVariant per value) takes seconds.
void appendNumberJson(std::string& out, sqlite3_stmt* row);

// "SELECT <all fields> FROM phone_numbers".
QString selectNumbersSql();

// Checks the JSON type of one value against its field; returns the problem, or nothing.
QString checkFieldType(const NumberField& field, const QJsonValue& value);

// The value to bind for a JSON value of this field (bool -> 0/1, null -> NULL).
QVariant toSqlValue(const NumberField& field, const QJsonValue& value);

} // namespace phonedesk::server
