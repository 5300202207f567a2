// SPDX-License-Identifier: MIT
#include "models/NumberFilter.h"

#include "common/PhoneFormat.h"

namespace phonedesk::models {
QString digitsOf(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

namespace {

bool readsAsPhoneNumber(const QString& text)
{
    bool anyDigit = false;
    for (const QChar c : text) {
        if (c.isDigit())
            anyDigit = true;
        else if (!c.isSpace() && !QStringView(u"+-().").contains(c))
            return false;
    }
    return anyDigit;
}

QByteArray utf8Digits(const QString& text)
{
    return digitsOf(text).toLatin1();
}

bool has(std::string_view haystack, const QByteArray& needle)
{
    return haystack.find(std::string_view(needle.constData(), size_t(needle.size()))) != std::string_view::npos;
}

// Whether `digits` occur in the number as dialled at home, trunk prefix first ("02079460123"):
// the parts without the trunk are in the international digits already, so only a query that
// starts inside the trunk is left to check.
bool hasNationally(std::string_view national, const QByteArray& digits)
{
    if (national.size() < 3)
        return false;
    const int code = (national[0] - '0') * 100 + (national[1] - '0') * 10 + (national[2] - '0');
    const QByteArrayView trunk = api::phone::trunkPrefix(code);
    const std::string_view number = national.substr(3);
    const QByteArrayView query(digits);
    for (qsizetype from = 0; from < trunk.size(); ++from) {
        const QByteArrayView rest = trunk.sliced(from);
        if (rest.startsWith(query))
            return true;
        if (query.startsWith(rest)) {
            const QByteArrayView after = query.sliced(rest.size());
            if (number.starts_with(std::string_view(after.data(), size_t(after.size()))))
                return true;
        }
    }
    return false;
}

bool hasDigits(SearchKeyView key, const QByteArray& digits)
{
    return has(key.digits, digits) || hasNationally(key.national, digits);
}

// "gb 020 7946" (the table's "GB  020 7946 0123"): the international digits "44207946", or
// empty when the text is not a region and a phone number.
QByteArray regionAndNumber(const QString& folded)
{
    const qsizetype space = folded.indexOf(QLatin1Char(' '));
    if (space != 2 || !folded.at(0).isLetter() || !folded.at(1).isLetter())
        return {};
    const QString rest = folded.mid(space + 1);
    if (!readsAsPhoneNumber(rest))
        return {};
    if (rest.startsWith(QLatin1Char('+')))
        return utf8Digits(rest);
    return api::phone::internationalDigits(folded.left(2), utf8Digits(rest));
}

} // namespace

SearchKey SearchKey::of(const QString& phoneNumber, const QString& name, const std::optional<QString>& brand)
{
    QString text = name.toCaseFolded();
    if (brand)
        text += QLatin1Char('\n') + brand->toCaseFolded();
    const QByteArray digits = utf8Digits(phoneNumber);
    return {digits, text.toUtf8(), api::phone::numberSortKey(digits)};
}

void NumberFilter::setText(const QString& text)
{
    m_text = text;
    m_phrase = text.simplified();
    const QString folded = m_phrase.toCaseFolded();
    m_foldedPhrase = folded.toUtf8();
    m_phoneDigits = readsAsPhoneNumber(folded) ? utf8Digits(folded) : QByteArray();
    m_international = m_phoneDigits.isEmpty() ? regionAndNumber(folded) : QByteArray();
    m_words.clear();
    m_wordDigits.clear();
    for (const QString& word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        m_words << word.toUtf8();
        m_wordDigits << (readsAsPhoneNumber(word) ? utf8Digits(word) : QByteArray());
    }
}

bool NumberFilter::matches(SearchKeyView key, bool isArchived) const
{
    if ((m_archived == api::ArchivedFilter::ActiveOnly && isArchived)
        || (m_archived == api::ArchivedFilter::ArchivedOnly && !isArchived))
        return false;
    if (m_words.isEmpty())
        return true;
    if (!m_phoneDigits.isEmpty())
        return hasDigits(key, m_phoneDigits) || has(key.text, m_foldedPhrase);
    // Pasted from the table, a region starts the number; the words' reading ("de 030" for a
    // name with "de") still counts.
    if (!m_international.isEmpty() && key.digits.starts_with(std::string_view(m_international.constData(), size_t(m_international.size()))))
        return true;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QByteArray& digits = m_wordDigits.at(i);
        const bool inNumber = !digits.isEmpty() && hasDigits(key, digits);
        if (!inNumber && !has(key.text, m_words.at(i)))
            return false;
    }
    return true;
}

bool NumberFilter::narrows(const NumberFilter& wider) const
{
    if (m_archived != wider.m_archived)
        return false;
    if (wider.m_words.isEmpty())
        return true;
    // Typing on: each word of the wider query is still here, a prefix of the same word.
    if (!m_foldedPhrase.startsWith(wider.m_foldedPhrase))
        return false;
    // The query must still be read the same way: a phone number that gains a letter ("415 5a")
    // is words, and matches rows the number did not.
    if (wider.m_phoneDigits.isEmpty() != m_phoneDigits.isEmpty() || wider.m_international.isEmpty() != m_international.isEmpty())
        return false;
    // And so must each word: "acme +" (text) turning into "acme +4" (digits) finds more.
    for (qsizetype i = 0; i < wider.m_words.size() && i < m_words.size(); ++i) {
        if (wider.m_wordDigits.at(i).isEmpty() != m_wordDigits.at(i).isEmpty())
            return false;
    }
    return true;
}

} // namespace phonedesk::models
