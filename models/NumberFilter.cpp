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

} // namespace

SearchKey SearchKey::of(const api::PhoneNumber& number)
{
    QString text = number.name.toCaseFolded();
    if (number.brandName)
        text += QLatin1Char('\n') + number.brandName->toCaseFolded();
    return {digitsOf(number.phoneNumber), text};
}

void NumberFilter::setText(const QString& text)
{
    m_text = text;
    m_phrase = text.simplified().toCaseFolded();
    m_words = m_phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_phoneDigits = readsAsPhoneNumber(m_phrase) ? digitsOf(m_phrase) : QString();
    m_wordDigits.clear();
    for (const QString& word : std::as_const(m_words))
        m_wordDigits << (readsAsPhoneNumber(word) ? digitsOf(word) : QString());
}

bool NumberFilter::matches(const SearchKey& key, bool isArchived) const
{
    if ((m_archived == api::ArchivedFilter::ActiveOnly && isArchived)
        || (m_archived == api::ArchivedFilter::ArchivedOnly && !isArchived))
        return false;
    if (m_words.isEmpty())
        return true;
    if (!m_phoneDigits.isEmpty())
        return key.digits.contains(m_phoneDigits) || key.text.contains(m_phrase);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& digits = m_wordDigits.at(i);
        const bool inNumber = !digits.isEmpty() && key.digits.contains(digits);
        if (!inNumber && !key.text.contains(m_words.at(i)))
            return false;
    }
    return true;
}

} // namespace phonedesk::models
