// SPDX-License-Identifier: MIT
#include "models/NumberFilter.h"

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

} // namespace

SearchKey SearchKey::of(const QString& phoneNumber, const QString& name, const std::optional<QString>& brand)
{
    QString text = name.toCaseFolded();
    if (brand)
        text += QLatin1Char('\n') + brand->toCaseFolded();
    return {utf8Digits(phoneNumber), text.toUtf8()};
}

void NumberFilter::setText(const QString& text)
{
    m_text = text;
    m_phrase = text.simplified();
    const QString folded = m_phrase.toCaseFolded();
    m_foldedPhrase = folded.toUtf8();
    m_phoneDigits = readsAsPhoneNumber(folded) ? utf8Digits(folded) : QByteArray();
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
        return has(key.digits, m_phoneDigits) || has(key.text, m_foldedPhrase);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QByteArray& digits = m_wordDigits.at(i);
        const bool inNumber = !digits.isEmpty() && has(key.digits, digits);
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
    // Typing on: each word of the wider query is still here, a prefix of the same word. A query
    // that turns into a phone number ("(" then "(4") matches digits it did not before.
    if (!m_foldedPhrase.startsWith(wider.m_foldedPhrase))
        return false;
    return !(wider.m_phoneDigits.isEmpty() && !m_phoneDigits.isEmpty());
}

} // namespace phonedesk::models
