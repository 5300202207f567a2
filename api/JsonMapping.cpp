// SPDX-License-Identifier: MIT
#include "api/JsonMapping.h"

#include "api/NumberJson.h"
#include "api/PhoneNumberFields.h"
#include "common/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace phonedesk::api {
namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Reads typed fields from one object and remembers the first problem, named by its path.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) { }

    QString error() const { return m_error; }

    void text(const char* key, QString& out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fail(key, QStringLiteral("is missing"));
        if (!v.isString())
            return wrongType(key, "a string", v);
        out = v.toString();
    }

    void optionalText(const char* key, std::optional<QString>& out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (v.isNull())
            out.reset();
        else if (v.isString())
            out = v.toString();
        else
            wrongType(key, "a string or null", v);
    }

    void integer(const char* key, qint64& out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fail(key, QStringLiteral("is missing"));
        readInteger(key, v, out);
    }

    void optionalInteger(const char* key, std::optional<qint64>& out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        qint64 value = 0;
        if (v.isNull())
            out.reset();
        else if (!v.isUndefined() && readInteger(key, v, value))
            out = value;
    }

    void flag(const char* key, bool& out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return wrongType(key, "a boolean", v);
        out = v.toBool();
    }

    QJsonObject object(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            wrongType(key, "an object", v);
        return v.toObject();
    }

    void fail(const char* key, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = m_path + QLatin1String(key) + QLatin1Char(' ') + what;
    }

private:
    bool readInteger(const char* key, const QJsonValue& v, qint64& out)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740991.0) {
            wrongType(key, "an integer", v);
            return false;
        }
        out = static_cast<qint64>(d);
        return true;
    }

    void wrongType(const char* key, const char* expected, const QJsonValue& got)
    {
        fail(key, QStringLiteral("should be %1, got %2").arg(QLatin1String(expected), typeName(got)));
    }

    const QJsonObject& m_object;
    QString m_path;
    QString m_error;
};

QString parseDocument(const QByteArray& body, QJsonDocument& doc)
{
    if (const std::optional<QString> where = json::badUnicodeEscape(body))
        return QStringLiteral("%1 holds an invalid Unicode escape (a lone surrogate)").arg(*where);
    QJsonParseError jsonError {};
    doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error == QJsonParseError::NoError)
        return {};
    return QStringLiteral("the response is not valid JSON (%1 at byte %2)")
        .arg(jsonError.errorString())
        .arg(jsonError.offset);
}

// A whole body that must be one JSON object.
QString parseObject(const QByteArray& body, QJsonObject& object)
{
    QJsonDocument doc;
    if (QString error = parseDocument(body, doc); !error.isEmpty())
        return error;
    if (!doc.isObject())
        return QStringLiteral("the response should be a JSON object");
    object = doc.object();
    return {};
}

QJsonValue nullable(const std::optional<QString>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue nullable(const std::optional<qint64>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

template<typename T, typename ParseOne>
Parsed<QList<T>> parseArray(const QJsonArray& array, ParseOne parseOne)
{
    Parsed<QList<T>> result;
    result.value.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return {{}, path + QStringLiteral(" should be an object")};
        Parsed<T> one = parseOne(array.at(i).toObject());
        if (!one.ok())
            return {{}, path + QLatin1Char('.') + one.error};
        result.value.append(std::move(one.value));
    }
    return result;
}

template<typename T, typename ParseOne>
Parsed<QList<T>> parseList(const QByteArray& body, ParseOne parseOne)
{
    QJsonDocument doc;
    if (QString error = parseDocument(body, doc); !error.isEmpty())
        return {{}, error};
    if (!doc.isArray())
        return {{}, QStringLiteral("the response should be a JSON array")};
    return parseArray<T>(doc.array(), parseOne);
}

Parsed<ArchiveBlocker> blockerFromJson(const QJsonObject& object)
{
    Parsed<ArchiveBlocker> result;
    Reader r(object, {});
    r.text("kind", result.value.kind);
    r.integer("id", result.value.id);
    r.text("name", result.value.name);
    r.text("reason", result.value.reason);
    result.error = r.error();
    return result;
}

} // namespace

Parsed<PhoneNumber> withFields(PhoneNumber number, const QJsonObject& fields)
{
    Reader r(fields, {});
    if (fields.contains(QLatin1String("name")))
        r.text("name", number.name);
    for (const auto& [key, member] : fields::kOptionalText)
        r.optionalText(key, number.*member);
    for (const auto& [key, member] : fields::kOptionalInteger)
        r.optionalInteger(key, number.*member);
    for (const auto& [key, member] : fields::kFlag)
        r.flag(key, number.*member);
    return {std::move(number), r.error()};
}

QString toIsoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

Parsed<PhoneNumber> phoneNumberFromJson(const QJsonObject& object)
{
    return readPhoneNumber(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toJson(const PhoneNumber& n)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), n.id);
    for (const auto& [key, member] : fields::kRequiredText)
        o.insert(QLatin1String(key), n.*member);
    for (const auto& [key, member] : fields::kOptionalText)
        o.insert(QLatin1String(key), nullable(n.*member));
    for (const auto& [key, member] : fields::kOptionalInteger)
        o.insert(QLatin1String(key), nullable(n.*member));
    for (const auto& [key, member] : fields::kFlag)
        o.insert(QLatin1String(key), n.*member);
    for (const auto& [key, member] : fields::kTime) {
        const QDateTime& t = n.*member;
        o.insert(QLatin1String(key), t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue());
    }
    return o;
}

Parsed<ProviderPhone> providerPhoneFromJson(const QJsonObject& object)
{
    Parsed<ProviderPhone> result;
    ProviderPhone& p = result.value;
    Reader r(object, {});
    r.text("uuid", p.uuid);
    r.text("phoneNumber", p.phoneNumber);
    r.optionalText("workspaceUuid", p.workspaceUuid);
    r.optionalText("linkedPhoneNumberUuid", p.linkedPhoneNumberUuid);
    std::optional<QString> text;
    r.optionalText("friendlyName", text);
    p.friendlyName = text.value_or(QString());
    text.reset();
    r.optionalText("organizationUuid", text);
    p.organizationUuid = text.value_or(QString());
    const QJsonObject caps = r.object("capabilities");
    Reader c(caps, QStringLiteral("capabilities."));
    c.flag("voice", p.voice);
    c.flag("sms", p.sms);
    c.flag("mms", p.mms);
    result.error = r.error().isEmpty() ? c.error() : r.error();
    return result;
}

QJsonObject toJson(const ProviderPhone& p)
{
    return {
        {QLatin1String("uuid"), p.uuid},
        {QLatin1String("phoneNumber"), p.phoneNumber},
        {QLatin1String("friendlyName"), p.friendlyName},
        {QLatin1String("organizationUuid"), p.organizationUuid},
        {QLatin1String("workspaceUuid"), nullable(p.workspaceUuid)},
        {QLatin1String("linkedPhoneNumberUuid"), nullable(p.linkedPhoneNumberUuid)},
        {QLatin1String("capabilities"),
         QJsonObject {{QLatin1String("voice"), p.voice},
                      {QLatin1String("sms"), p.sms},
                      {QLatin1String("mms"), p.mms}}},
    };
}

Parsed<PhoneNumber> parsePhoneNumber(const QByteArray& body)
{
    Parsed<PhoneNumber> parsed = readPhoneNumber(body);
    if (parsed.ok())
        parsed.value.json = body.trimmed();
    return parsed;
}

Parsed<QList<PhoneNumber>> parsePhoneNumberList(const QByteArray& body)
{
    Parsed<QList<PhoneNumber>> result;
    const QString error = splitNumberList(
        body,
        [&](QByteArrayView json, qsizetype index) {
            if (!result.error.isEmpty())
                return;
            Parsed<PhoneNumber> one = readPhoneNumber(json);
            if (!one.ok()) {
                result.error = QStringLiteral("[%1].").arg(index) + one.error;
                return;
            }
            one.value.json = json.toByteArray();
            result.value.append(std::move(one.value));
        },
        [&](qsizetype index, const QString& why, std::optional<qint64>) {
            if (result.error.isEmpty())
                result.error = QStringLiteral("[%1] ").arg(index) + why;
        });
    if (!error.isEmpty())
        result.error = error;
    if (!result.ok())
        result.value.clear();
    return result;
}

Parsed<QList<ProviderPhone>> parseProviderPhoneList(const QByteArray& body)
{
    return parseList<ProviderPhone>(body, providerPhoneFromJson);
}

Parsed<QList<ArchiveBlocker>> archiveBlockerListFromJson(const QJsonArray& array)
{
    Parsed<QList<ArchiveBlocker>> parsed = parseArray<ArchiveBlocker>(array, blockerFromJson);
    if (!parsed.ok())
        parsed.error = QLatin1String("blockers") + parsed.error;
    return parsed;
}

Parsed<ArchiveBlockers> parseArchiveBlockers(const QByteArray& body)
{
    QJsonObject object;
    if (QString error = parseObject(body, object); !error.isEmpty())
        return {{}, error};
    Parsed<ArchiveBlockers> result;
    Reader r(object, {});
    r.integer("phoneNumberId", result.value.phoneNumberId);
    r.flag("canArchive", result.value.canArchive);
    const QJsonValue list = object.value(QLatin1String("blockers"));
    if (!list.isArray())
        r.fail("blockers", QStringLiteral("should be an array"));
    result.error = r.error();
    if (result.ok()) {
        Parsed<QList<ArchiveBlocker>> blockers = archiveBlockerListFromJson(list.toArray());
        result.value.blockers = std::move(blockers.value);
        result.error = blockers.error;
    }
    return result;
}

} // namespace phonedesk::api
