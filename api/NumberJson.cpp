// SPDX-License-Identifier: MIT
#include "api/NumberJson.h"

#include "api/PhoneNumberFields.h"
#include "common/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace phonedesk::api {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Each known member: how it is read, and which entry of its table (PhoneNumberFields.h) it is.
enum class Kind { Id, RequiredText, OptionalText, OptionalInteger, Flag, Time };
struct Slot
{
    Kind kind;
    int index;
};

const std::unordered_map<std::string_view, Slot>& slots()
{
    static const auto table = [] {
        std::unordered_map<std::string_view, Slot> t;
        t.emplace("id", Slot {Kind::Id, 0});
        auto add = [&t](const auto& fields, Kind kind) {
            int index = 0;
            for (const auto& [key, member] : fields)
                t.emplace(key, Slot {kind, index++});
        };
        add(fields::kRequiredText, Kind::RequiredText);
        add(fields::kOptionalText, Kind::OptionalText);
        add(fields::kOptionalInteger, Kind::OptionalInteger);
        add(fields::kFlag, Kind::Flag);
        add(fields::kTime, Kind::Time);
        return t;
    }();
    return table;
}

const char* typeName(element_type type)
{
    switch (type) {
    case element_type::NULL_VALUE: return "null";
    case element_type::BOOL: return "a boolean";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: return "a number";
    case element_type::STRING: return "a string";
    case element_type::ARRAY: return "an array";
    case element_type::OBJECT: return "an object";
    }
    return "nothing";
}

int digits(std::string_view s, size_t at, size_t count)
{
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

// "2026-11-28T09:30:00Z" or with milliseconds, as the server writes them, without QDateTime's
// general parser (which costs microseconds a call); anything else goes through it.
std::optional<qint64> msSinceEpoch(std::string_view s)
{
    if ((s.size() == 20 || s.size() == 24) && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':'
        && s.back() == 'Z' && (s.size() == 20 || s[19] == '.')) {
        const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2);
        const int ms = s.size() == 24 ? digits(s, 20, 3) : 0;
        const QDate date(y, mo, d);
        if (date.isValid() && h >= 0 && h < 24 && mi >= 0 && mi < 60 && sec >= 0 && sec < 60 && ms >= 0)
            return (date.toJulianDay() - 2440588) * 86400000LL + ((h * 60 + mi) * 60 + sec) * 1000LL + ms; // 2440588: 1970-01-01
    }
    const QDateTime parsed = QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

// One member's value, checked against its kind.
struct Value
{
    bool null = false;
    std::string_view text;
    qint64 integer = 0;
    bool flag = false;
};

// Walks one number's JSON, checks every known member and hands it to `take(slot, value)`;
// unknown members are left alone. Returns the first problem, named by the member.
template<typename Take>
QString walk(QByteArrayView json, simdjson::dom::parser& parser, Take take)
{
    if (json.contains("\\u")) {
        if (const std::optional<QString> where = json::badUnicodeEscape(json))
            return QStringLiteral("%1 holds an invalid Unicode escape (a lone surrogate)").arg(*where);
    }
    element root;
    if (const auto error = parser.parse(json.data(), size_t(json.size()), true).get(root))
        return QStringLiteral("the response is not valid JSON (%1)").arg(QLatin1String(simdjson::error_message(error)));
    simdjson::dom::object object;
    if (root.get(object))
        return QStringLiteral("the response should be a JSON object");
    const auto& known = slots();
    unsigned seenRequired = 0;
    bool seenId = false;
    for (const auto [key, v] : object) {
        const auto it = known.find(key);
        if (it == known.end())
            continue;
        const Slot slot = it->second;
        const element_type type = v.type();
        // The member's name only for a message: made for every member, it would cost more than the parse.
        const std::string_view member = key; // a structured binding cannot be captured before C++20's fix (clang 16)
        auto name = [member] { return QString::fromUtf8(member.data(), qsizetype(member.size())); };
        auto wrong = [&](const char* expected) {
            return QStringLiteral("%1 should be %2, got %3").arg(name(), QLatin1String(expected), QLatin1String(typeName(type)));
        };
        Value value;
        value.null = type == element_type::NULL_VALUE;
        switch (slot.kind) {
        case Kind::Id:
        case Kind::OptionalInteger: {
            if (value.null && slot.kind == Kind::OptionalInteger)
                break;
            double d = 0;
            if (type == element_type::INT64)
                d = double(v.get_int64().value_unsafe());
            else if (type == element_type::UINT64)
                d = double(v.get_uint64().value_unsafe());
            else if (type == element_type::DOUBLE)
                d = v.get_double().value_unsafe();
            else
                return wrong("an integer");
            if (std::trunc(d) != d || std::abs(d) > 9007199254740991.0)
                return wrong("an integer");
            value.integer = type == element_type::INT64 ? v.get_int64().value_unsafe() : qint64(d);
            seenId = seenId || slot.kind == Kind::Id;
            break;
        }
        case Kind::RequiredText:
            if (type != element_type::STRING)
                return wrong("a string");
            value.text = v.get_string().value_unsafe();
            seenRequired |= 1u << slot.index;
            break;
        case Kind::OptionalText:
            if (!value.null && type != element_type::STRING)
                return wrong("a string or null");
            if (!value.null)
                value.text = v.get_string().value_unsafe();
            break;
        case Kind::Flag:
            if (type != element_type::BOOL)
                return wrong("a boolean");
            value.flag = v.get_bool().value_unsafe();
            break;
        case Kind::Time:
            if (value.null)
                break;
            if (type != element_type::STRING)
                return wrong("an ISO 8601 time");
            value.text = v.get_string().value_unsafe();
            if (const std::optional<qint64> ms = msSinceEpoch(value.text))
                value.integer = *ms;
            else
                return QStringLiteral("%1 is not an ISO 8601 time: \"%2\"").arg(name(), QString::fromUtf8(value.text.data(), qsizetype(value.text.size())).left(40));
            break;
        }
        take(slot, value);
    }
    if (!seenId)
        return QStringLiteral("id is missing");
    for (int i = 0; i < int(std::size(fields::kRequiredText)); ++i) {
        if (!(seenRequired & (1u << i)))
            return QStringLiteral("%1 is missing").arg(QLatin1String(fields::kRequiredText[i].first));
    }
    return {};
}

simdjson::dom::parser& threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray toBytes(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

bool PhoneNumber::operator==(const PhoneNumber& o) const
{
    auto same = [this, &o](const auto& table) {
        return std::all_of(std::begin(table), std::end(table), [&](const auto& field) { return this->*field.second == o.*field.second; });
    };
    return id == o.id && same(fields::kRequiredText) && same(fields::kOptionalText) && same(fields::kOptionalInteger)
        && same(fields::kFlag) && same(fields::kTime);
}

QByteArray jsonFor(const PhoneNumber& number)
{
    const QByteArray made = QJsonDocument(toJson(number)).toJson(QJsonDocument::Compact);
    if (number.json.isEmpty())
        return made;
    const Parsed<PhoneNumber> kept = readPhoneNumber(number.json);
    if (kept.ok() && kept.value == number)
        return number.json; // the server's bytes still say what the fields say
    // Changed here since it came: the fields as they are now, with what this version does not know.
    QJsonObject object = QJsonDocument::fromJson(number.json).object();
    const QJsonObject fields = toJson(number);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

NumberColumns NumberColumns::of(const PhoneNumber& n)
{
    NumberColumns c;
    c.id = n.id;
    c.uuid = n.uuid.toUtf8();
    c.phoneNumber = n.phoneNumber.toUtf8();
    c.name = n.name.toUtf8();
    c.brandName = n.brandName.value_or(QString()).toUtf8();
    c.providerPhoneUuid = n.providerPhoneUuid.value_or(QString()).toUtf8();
    c.voiceWorkMode = n.voiceWorkMode.value_or(QString()).toUtf8();
    c.smsWorkMode = n.smsWorkMode.value_or(QString()).toUtf8();
    c.voiceForwardNumber = n.voiceForwardNumber.value_or(QString()).toUtf8();
    c.smsForwardNumber = n.smsForwardNumber.value_or(QString()).toUtf8();
    c.defaultWorkflowId = n.defaultWorkflowId.value_or(-1);
    c.createdAtMs = n.createdAt.isValid() ? n.createdAt.toMSecsSinceEpoch() : 0;
    c.updatedAtMs = n.updatedAt.isValid() ? n.updatedAt.toMSecsSinceEpoch() : 0;
    c.archivedAtMs = n.archivedAt.isValid() ? n.archivedAt.toMSecsSinceEpoch() : 0;
    c.enableVoice = n.enableVoice;
    c.enableSms = n.enableSms;
    c.enableWhatsApp = n.enableWhatsApp;
    c.assistantEnabled = n.assistantEnabled;
    c.isArchived = n.isArchived;
    c.hasVoiceOffHoursMessage = !n.voiceOffHoursMessage.value_or(QString()).isEmpty();
    c.hasSmsOffHoursMessage = !n.smsOffHoursMessage.value_or(QString()).isEmpty();
    c.hasVoicemailGreeting = !n.voicemailGreeting.value_or(QString()).isEmpty();
    return c;
}

quint64 jsonHash(QByteArrayView json)
{
    // 64-bit FNV-1a over 8-byte words, then a final mix: stable, and fast enough to be lost in
    // the parse (about 10 GB/s).
    quint64 h = 0xcbf29ce484222325ULL ^ quint64(json.size());
    const char* p = json.data();
    qsizetype left = json.size();
    for (; left >= 8; left -= 8, p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; left > 0; --left, ++p)
        h = (h ^ quint8(*p)) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

Parsed<PhoneNumber> readPhoneNumber(QByteArrayView json)
{
    Parsed<PhoneNumber> result;
    PhoneNumber& n = result.value;
    result.error = walk(json, threadParser(), [&n](Slot slot, const Value& v) {
        switch (slot.kind) {
        case Kind::Id: n.id = v.integer; break;
        case Kind::RequiredText: n.*fields::kRequiredText[slot.index].second = toQString(v.text); break;
        case Kind::OptionalText:
            n.*fields::kOptionalText[slot.index].second = v.null ? std::nullopt : std::optional<QString>(toQString(v.text));
            break;
        case Kind::OptionalInteger:
            n.*fields::kOptionalInteger[slot.index].second = v.null ? std::nullopt : std::optional<qint64>(v.integer);
            break;
        case Kind::Flag: n.*fields::kFlag[slot.index].second = v.flag; break;
        case Kind::Time:
            n.*fields::kTime[slot.index].second = v.null ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.integer, Qt::UTC);
            break;
        }
    });
    if (!result.ok())
        result.value = {};
    return result;
}

Parsed<NumberColumns> readNumberColumns(QByteArrayView json)
{
    // The members the table shows, by name: looked up once.
    static const auto member = [](const char* name) { return slots().at(name); };
    static const Slot uuid = member("uuid"), phone = member("phoneNumber"), name = member("name"), brand = member("brandName"),
                      provider = member("providerPhoneUuid"), voiceMode = member("voiceWorkMode"), smsMode = member("smsWorkMode"),
                      voiceForward = member("voiceForwardNumber"), smsForward = member("smsForwardNumber"),
                      workflow = member("defaultWorkflowId"), created = member("createdAt"), updated = member("updatedAt"),
                      archivedAt = member("archivedAt"), voice = member("enableVoice"), sms = member("enableSms"),
                      whatsApp = member("enableWhatsApp"), assistant = member("assistantEnabled"), archived = member("isArchived"),
                      voiceOffHours = member("voiceOffHoursMessage"), smsOffHours = member("smsOffHoursMessage"),
                      greeting = member("voicemailGreeting");
    const auto optionalText = [](const Value& v) { return v.null ? QByteArray() : toBytes(v.text); };
    const auto is = [](Slot a, Slot b) { return a.kind == b.kind && a.index == b.index; };
    Parsed<NumberColumns> result;
    NumberColumns& c = result.value;
    result.error = walk(json, threadParser(), [&](Slot slot, const Value& v) {
        if (slot.kind == Kind::Id)
            c.id = v.integer;
        else if (is(slot, uuid))
            c.uuid = toBytes(v.text);
        else if (is(slot, phone))
            c.phoneNumber = toBytes(v.text);
        else if (is(slot, name))
            c.name = toBytes(v.text);
        else if (is(slot, brand))
            c.brandName = optionalText(v);
        else if (is(slot, provider))
            c.providerPhoneUuid = optionalText(v);
        else if (is(slot, voiceMode))
            c.voiceWorkMode = optionalText(v);
        else if (is(slot, smsMode))
            c.smsWorkMode = optionalText(v);
        else if (is(slot, voiceForward))
            c.voiceForwardNumber = optionalText(v);
        else if (is(slot, smsForward))
            c.smsForwardNumber = optionalText(v);
        else if (is(slot, workflow))
            c.defaultWorkflowId = v.null ? -1 : v.integer;
        else if (is(slot, created))
            c.createdAtMs = v.null ? 0 : v.integer;
        else if (is(slot, updated))
            c.updatedAtMs = v.null ? 0 : v.integer;
        else if (is(slot, archivedAt))
            c.archivedAtMs = v.null ? 0 : v.integer;
        else if (is(slot, voice))
            c.enableVoice = v.flag;
        else if (is(slot, sms))
            c.enableSms = v.flag;
        else if (is(slot, whatsApp))
            c.enableWhatsApp = v.flag;
        else if (is(slot, assistant))
            c.assistantEnabled = v.flag;
        else if (is(slot, archived))
            c.isArchived = v.flag;
        else if (is(slot, voiceOffHours))
            c.hasVoiceOffHoursMessage = !v.null && !v.text.empty();
        else if (is(slot, smsOffHours))
            c.hasSmsOffHoursMessage = !v.null && !v.text.empty();
        else if (is(slot, greeting))
            c.hasVoicemailGreeting = !v.null && !v.text.empty();
    });
    if (!result.ok())
        result.value = {};
    return result;
}

QList<std::pair<QString, QString>> unknownFields(QByteArrayView json)
{
    QList<std::pair<QString, QString>> result;
    simdjson::dom::object object;
    if (threadParser().parse(json.data(), size_t(json.size()), true).get(object))
        return result;
    const auto& known = slots();
    for (const auto [key, value] : object) {
        if (!known.contains(key))
            result.append({toQString(key), QString::fromStdString(simdjson::minify(value))});
    }
    return result;
}

namespace {

// Splits a JSON array into its elements' byte ranges, checking only the structure.
class Splitter
{
public:
    explicit Splitter(QByteArrayView body) : m_body(body) { }

    void skipSpace()
    {
        while (m_at < m_body.size() && (m_body[m_at] == ' ' || m_body[m_at] == '\n' || m_body[m_at] == '\r' || m_body[m_at] == '\t'))
            ++m_at;
    }
    bool atEnd() const { return m_at >= m_body.size(); }
    char peek() const { return m_body[m_at]; }
    void advance() { ++m_at; }
    qsizetype at() const { return m_at; }

    // Moves past one value; false when the body ends first or is not JSON here.
    bool skipValue()
    {
        int depth = 0;
        const char* data = m_body.data();
        while (m_at < m_body.size()) {
            const char c = data[m_at];
            if (c == '"') {
                if (!skipString())
                    return false;
                if (depth == 0)
                    return true;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true; // a scalar ended by its list's bracket
                if (--depth == 0) {
                    ++m_at;
                    return true;
                }
            } else if (c == ',' && depth == 0) {
                return true; // a scalar ended by the comma after it
            }
            ++m_at;
        }
        return false;
    }

private:
    bool skipString()
    {
        const char* data = m_body.data();
        qsizetype i = m_at + 1;
        for (;;) {
            const void* quote = std::memchr(data + i, '"', size_t(m_body.size() - i));
            if (!quote)
                return false;
            const qsizetype q = static_cast<const char*>(quote) - data;
            qsizetype backslashes = 0;
            while (q - 1 - backslashes > m_at && data[q - 1 - backslashes] == '\\')
                ++backslashes;
            i = q + 1;
            if (backslashes % 2 == 0)
                break;
        }
        m_at = i;
        return true;
    }

    QByteArrayView m_body;
    qsizetype m_at = 0;
};

} // namespace

std::optional<qint64> numberIdOf(QByteArrayView json)
{
    int depth = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json[end] != '"')
                end += json[end] == '\\' ? 2 : 1;
            const bool isId = depth == 1 && json.sliced(i, std::min(end + 1, json.size()) - i) == "\"id\"";
            i = end;
            if (!isId)
                continue;
            qsizetype at = end + 1;
            while (at < json.size() && (json[at] == ' ' || json[at] == ':'))
                ++at;
            qsizetype last = at;
            while (last < json.size() && last - at < 16 && json[last] >= '0' && json[last] <= '9')
                ++last;
            bool ok = false;
            const qint64 id = QByteArray(json.sliced(at, last - at).data(), last - at).toLongLong(&ok);
            return ok ? std::optional<qint64>(id) : std::nullopt;
        }
    }
    return std::nullopt;
}

QString splitNumberList(QByteArrayView body, const std::function<void(QByteArrayView, qsizetype)>& take,
                        const std::function<void(qsizetype, const QString&, std::optional<qint64>)>& refuse)
{
    Splitter s(body);
    s.skipSpace();
    if (s.atEnd() || s.peek() != '[') {
        const bool object = !s.atEnd() && s.peek() == '{';
        return object ? QStringLiteral("the response should be a JSON array")
                      : QStringLiteral("the response is not valid JSON (no list at byte %1)").arg(s.at());
    }
    s.advance();
    for (qsizetype index = 0;; ++index) {
        s.skipSpace();
        if (s.atEnd())
            return QStringLiteral("the response is not valid JSON (cut off at byte %1)").arg(s.at());
        if (index == 0 && s.peek() == ']')
            break;
        const qsizetype start = s.at();
        const bool object = s.peek() == '{';
        if (!s.skipValue())
            return QStringLiteral("the response is not valid JSON (cut off at byte %1)").arg(s.at());
        const QByteArrayView json = body.sliced(start, s.at() - start);
        if (json.isEmpty())
            return QStringLiteral("the response is not valid JSON (at byte %1)").arg(start);
        if (!object) {
            refuse(index, QStringLiteral("should be an object"), std::nullopt);
        } else if (json.size() > kMaxNumberJsonBytes) {
            const std::optional<qint64> id = numberIdOf(json);
            const QString size = QStringLiteral("is %1 KiB, more than a number may be (%2 KiB)")
                                     .arg(json.size() / 1024)
                                     .arg(kMaxNumberJsonBytes / 1024);
            refuse(index, id ? QStringLiteral("(number %1) %2").arg(*id).arg(size) : size, id);
        } else {
            take(json, index);
        }
        s.skipSpace();
        if (s.atEnd())
            return QStringLiteral("the response is not valid JSON (cut off at byte %1)").arg(s.at());
        if (s.peek() == ']')
            break;
        if (s.peek() != ',')
            return QStringLiteral("the response is not valid JSON (expected , or ] at byte %1)").arg(s.at());
        s.advance();
    }
    s.advance();
    s.skipSpace();
    if (!s.atEnd())
        return QStringLiteral("the response is not valid JSON (more after the list at byte %1)").arg(s.at());
    return {};
}

} // namespace phonedesk::api
