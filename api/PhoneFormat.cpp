// SPDX-License-Identifier: MIT
#include "PhoneFormat.h"

#include <phonenumbers/phonenumberutil.h>

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

QString regionOf(const QString& e164)
{
    PhoneNumber number;
    if (!parse(e164, number))
        return {};
    std::string region;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

} // namespace phonedesk::api::phone
