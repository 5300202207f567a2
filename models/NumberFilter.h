// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

namespace phonedesk::models {

// The digits of a text, in order: "+1 (415) 555-0100" -> "14155550100".
QString digitsOf(const QString& text);

// What the search compares, computed once per number: the digits of the number, and the
// case-folded name and brand.
struct SearchKey
{
    QString digits; // "14155550100"
    QString text; // "main customer line\nacme logistics"

    static SearchKey of(const api::PhoneNumber& number);
};

// A table whose rows NumberFilterProxy can search: phone numbers, provider phones.
class SearchableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    virtual const SearchKey& searchKeyAt(int row) const = 0;
    virtual bool isArchivedAt(int row) const = 0;
};

// The state of the search box and the archived filter, as a plain object a test can drive.
// Rules: a query of digits and phone punctuation ("415 555", "+1 (415) 555-01") matches the
// number's digits in sequence; any other query matches when every word occurs in the name,
// the brand or, for words of digits, the number.
class NumberFilter
{
public:
    void setText(const QString& text);
    QString text() const { return m_text; }
    void setArchived(api::ArchivedFilter archived) { m_archived = archived; }
    api::ArchivedFilter archived() const { return m_archived; }

    bool matches(const SearchKey& key, bool isArchived) const;

private:
    QString m_text;
    api::ArchivedFilter m_archived = api::ArchivedFilter::ActiveOnly;
    QString m_phoneDigits; // set when the query reads as a phone number
    QString m_phrase; // the whole query, folded
    QStringList m_words; // folded
    QStringList m_wordDigits; // per word: its digits when it reads as a number, else empty
};

} // namespace phonedesk::models
