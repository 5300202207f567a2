// SPDX-License-Identifier: MIT
#include "common/PhoneFormat.h"

#include <array>
#include <cstdio>
#include <set>

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <QLocale>

#include <memory>

namespace phonedesk::api::phone {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool parse(const QString& text, PhoneNumber& out)
{
    if (!text.startsWith(QLatin1Char('+')))
        return false;
    return PhoneNumberUtil::GetInstance()->Parse(text.toStdString(), "ZZ", &out)
        == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

bool isValidE164(const QString& text)
{
    PhoneNumber number;
    if (!parse(text, number))
        return false;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return util->IsValidNumber(number) && QString::fromStdString(e164) == text;
}

QString formatInternational(const QString& e164)
{
    PhoneNumber number;
    if (!parse(e164, number))
        return e164;
    std::string formatted;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString formatNationalWithRegion(const QString& e164)
{
    PhoneNumber number;
    if (!parse(e164, number))
        return e164;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    std::string region;
    std::string national;
    util->GetRegionCodeForNumber(number, &region);
    if (region.empty() || region == "ZZ")
        return e164; // no numbering plan knows it: as received, not "ZZ 8279…"
    if (region == "001") { // no country (+800 freephone, +882 networks): only the international form
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &national);
        return QString::fromStdString(national);
    }
    util->Format(number, PhoneNumberUtil::NATIONAL, &national);
    return QString::fromStdString(region) + QStringLiteral("  ") + QString::fromStdString(national);
}

QString regionOf(const QString& e164)
{
    PhoneNumber number;
    if (!parse(e164, number))
        return {};
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

QString toE164(const QString& typed, const QString& region)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    if (util->Parse(typed.trimmed().toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number))
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString formatAsYouType(const QString& typed, const QString& region)
{
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> formatter(
        PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(region.isEmpty() ? "ZZ" : region.toStdString()));
    std::string result;
    for (const QChar c : typed) {
        if (c.isDigit() || c == QLatin1Char('+'))
            formatter->InputDigit(c.unicode(), &result);
    }
    return QString::fromStdString(result);
}

QString defaultRegion()
{
    const QLocale locale = QLocale::system();
    if (locale.territory() == QLocale::AnyTerritory || locale.language() == QLocale::C)
        return {};
    return QLocale::territoryToCode(locale.territory());
}

QByteArray numberSortKey(QByteArrayView digits)
{
    // Calling codes are prefix-free (ITU-T E.164), so the first 1 to 3 digits that are a code
    // are the code. The set is read once; a lookup is a few comparisons, not a parse.
    static const std::set<int> codes = [] {
        std::set<int> set;
        PhoneNumberUtil::GetInstance()->GetSupportedCallingCodes(&set);
        return set;
    }();
    int code = 0;
    for (qsizetype length = 1; length <= 3 && length <= digits.size(); ++length) {
        code = code * 10 + (digits[length - 1] - '0');
        if (codes.count(code)) {
            char prefix[4];
            std::snprintf(prefix, sizeof prefix, "%03d", code);
            return QByteArray(prefix, 3) + digits.sliced(length).toByteArray();
        }
    }
    return QByteArrayLiteral("999") + digits.toByteArray();
}

QByteArrayView trunkPrefix(int callingCode)
{
    // Read once for all codes; the search asks per row and keystroke.
    static const std::array<QByteArray, 1000> prefixes = [] {
        std::array<QByteArray, 1000> table;
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        std::set<int> codes;
        util->GetSupportedCallingCodes(&codes);
        for (const int code : codes) {
            std::string region;
            std::string prefix;
            util->GetRegionCodeForCountryCode(code, &region); // the code's main region
            util->GetNddPrefixForRegion(region, true, &prefix);
            if (code >= 0 && code < int(table.size()))
                table[size_t(code)] = QByteArray::fromStdString(prefix);
        }
        return table;
    }();
    return callingCode >= 0 && callingCode < int(prefixes.size()) ? QByteArrayView(prefixes[size_t(callingCode)]) : QByteArrayView();
}

QByteArray internationalDigits(const QString& region, QByteArrayView nationalDigits)
{
    const int code = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString());
    if (code == 0)
        return {};
    const QByteArrayView trunk = trunkPrefix(code);
    QByteArrayView national = nationalDigits;
    if (!trunk.isEmpty() && national.startsWith(trunk))
        national = national.sliced(trunk.size());
    else if (trunk.startsWith(national))
        national = {}; // the trunk being typed ("0" of "06"): nothing of the number yet
    return QByteArray::number(code) + national.toByteArray();
}

QStringList supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList codes;
    for (const std::string& region : regions)
        codes << QString::fromStdString(region);
    return codes;
}

} // namespace phonedesk::api::phone
