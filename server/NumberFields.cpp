// SPDX-License-Identifier: MIT
#include "server/NumberFields.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace phonedesk::server {

const QList<NumberField>& numberFields()
{
    using T = FieldType;
    static const QList<NumberField> fields {
        {"id", T::Integer, false, true, nullptr},
        {"uuid", T::Text, false, true, nullptr},
        {"workspaceUuid", T::Text, false, true, nullptr},
        {"phoneNumber", T::Text, false, true, nullptr},
        {"name", T::Text, false, false, nullptr},
        {"brandName", T::Text, true, false, "NULL"},
        {"brandDescription", T::Text, true, false, "NULL"},
        {"brandWebsite", T::Text, true, false, "NULL"},
        {"defaultWorkflowId", T::Integer, true, false, "NULL"},
        {"allowSignup", T::Bool, false, false, "0"},
        {"signupMemberRoleId", T::Integer, true, false, "NULL"},
        {"allowAnonymous", T::Bool, false, false, "0"},
        {"anonymousMemberRoleId", T::Integer, true, false, "NULL"},
        {"restartDelay", T::Integer, true, false, "900"},
        {"restartPrompt", T::Text, true, false, "NULL"},
        {"enableVoice", T::Bool, false, false, "1"},
        {"enableSms", T::Bool, false, false, "1"},
        {"enableWhatsApp", T::Bool, false, false, "0"},
        {"assistantEnabled", T::Bool, false, false, "1"},
        {"voiceUnavailableMessage", T::Text, true, false, "NULL"},
        {"voiceGreetingMessage", T::Text, true, false, "NULL"},
        {"anonymousRejectionMessage", T::Text, true, false, "NULL"},
        {"smsUnavailableMessage", T::Text, true, false, "NULL"},
        {"voicemailGreeting", T::Text, true, false, "NULL"},
        {"voiceWorkMode", T::Text, true, false, "NULL"},
        {"smsWorkMode", T::Text, true, false, "NULL"},
        {"voiceForwardNumber", T::Text, true, false, "NULL"},
        {"smsForwardNumber", T::Text, true, false, "NULL"},
        {"voiceOffHoursMessage", T::Text, true, false, "NULL"},
        {"smsOffHoursMessage", T::Text, true, false, "NULL"},
        {"providerPhoneUuid", T::Text, true, false, "NULL"},
        {"isArchived", T::Bool, false, true, "0"},
        {"archivedAt", T::Time, true, true, "NULL"},
        {"createdAt", T::Time, false, true, nullptr},
        {"updatedAt", T::Time, false, true, nullptr},
    };
    return fields;
}

QString numberColumnsSql()
{
    QStringList columns;
    for (const NumberField& f : numberFields()) {
        QString column = QLatin1String(f.name);
        if (qstrcmp(f.name, "id") == 0) {
            columns << column + QLatin1String(" INTEGER PRIMARY KEY AUTOINCREMENT");
            continue;
        }
        column += f.type == FieldType::Integer || f.type == FieldType::Bool ? QLatin1String(" INTEGER")
                                                                             : QLatin1String(" TEXT");
        if (!f.nullable)
            column += QLatin1String(" NOT NULL");
        if (f.sqlDefault)
            column += QLatin1String(" DEFAULT ") + QLatin1String(f.sqlDefault);
        columns << column;
    }
    return columns.join(QLatin1String(", "));
}

QString selectNumbersSql()
{
    QStringList names;
    for (const NumberField& f : numberFields())
        names << QLatin1String(f.name);
    return QLatin1String("SELECT ") + names.join(QLatin1String(", ")) + QLatin1String(" FROM phone_numbers");
}

QJsonObject numberToJson(const QSqlQuery& query)
{
    QJsonObject o;
    const QList<NumberField>& fields = numberFields();
    for (int i = 0; i < fields.size(); ++i) {
        const NumberField& f = fields.at(i);
        const QVariant v = query.value(i);
        QJsonValue json;
        if (!v.isNull()) {
            switch (f.type) {
            case FieldType::Integer: json = v.toLongLong(); break;
            case FieldType::Bool: json = v.toLongLong() != 0; break;
            case FieldType::Text:
            case FieldType::Time: json = v.toString(); break;
            }
        }
        o.insert(QLatin1String(f.name), json);
    }
    return o;
}

namespace {

// A JSON string of UTF-8 text (RFC 8259 section 7): quote, backslash and control characters
// escaped, the runs between them appended whole.
void appendString(std::string& out, std::string_view text)
{
    static const char* const hex = "0123456789abcdef";
    out += '"';
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

} // namespace

void appendNumberJson(std::string& out, sqlite3_stmt* row)
{
    const QList<NumberField>& fields = numberFields();
    out += '{';
    for (int i = 0; i < fields.size(); ++i) {
        const NumberField& f = fields.at(i);
        if (i > 0)
            out += ',';
        out += '"';
        out += f.name;
        out += "\":";
        if (sqlite3_column_type(row, i) == SQLITE_NULL) {
            out += "null";
            continue;
        }
        switch (f.type) {
        case FieldType::Integer: {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, sqlite3_column_int64(row, i)).ptr;
            out.append(digits, size_t(end - digits));
            break;
        }
        case FieldType::Bool: out += sqlite3_column_int64(row, i) != 0 ? "true" : "false"; break;
        case FieldType::Text:
        case FieldType::Time:
            appendString(out, std::string_view(reinterpret_cast<const char*>(sqlite3_column_text(row, i)),
                                               size_t(sqlite3_column_bytes(row, i))));
            break;
        }
    }
    out += '}';
}

QString checkFieldType(const NumberField& field, const QJsonValue& value)
{
    if (value.isNull())
        return field.nullable ? QString() : QStringLiteral("may not be null");
    switch (field.type) {
    case FieldType::Integer: {
        const double d = value.toDouble();
        if (!value.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740991.0)
            return QStringLiteral("must be an integer");
        return {};
    }
    case FieldType::Bool:
        return value.isBool() ? QString() : QStringLiteral("must be a boolean");
    case FieldType::Text:
        return value.isString() ? QString() : QStringLiteral("must be a string");
    case FieldType::Time:
        if (!value.isString()
            || !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            return QStringLiteral("must be an ISO 8601 time");
        return {};
    }
    return {};
}

QVariant toSqlValue(const NumberField& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (field.type) {
    case FieldType::Integer: return QVariant(static_cast<qint64>(value.toDouble()));
    case FieldType::Bool: return QVariant(value.toBool() ? 1 : 0);
    case FieldType::Text: return QVariant(value.toString());
    case FieldType::Time:
        return QVariant(QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                            .toUTC()
                            .toString(Qt::ISODateWithMs));
    }
    return {};
}

} // namespace phonedesk::server
