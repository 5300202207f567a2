// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace phonedesk::models {

// The digits of a text, in order: "+1 (415) 555-0100" -> "14155550100".
QString digitsOf(const QString& text);

// What the search compares, made once per row: the digits of the number, and the case-folded
// name and brand, as UTF-8.
struct SearchKey
{
    QByteArray digits; // "14155550100"
    QByteArray text; // "main customer line\nacme logistics"
    QByteArray national; // "0014155550100": calling code (3 digits), national number

    static SearchKey of(const QString& phoneNumber, const QString& name, const std::optional<QString>& brand = {});
};

// A row's search key where it is stored (NumberRows keeps it in its arena).
struct SearchKeyView
{
    std::string_view digits;
    std::string_view text;
    std::string_view national; // as SearchKey::national; it is the Number column's sort key

    SearchKeyView() = default;
    SearchKeyView(std::string_view d, std::string_view t, std::string_view n) : digits(d), text(t), national(n) { }
    SearchKeyView(const SearchKey& key)
        : digits(key.digits.constData(), size_t(key.digits.size())), text(key.text.constData(), size_t(key.text.size())),
          national(key.national.constData(), size_t(key.national.size()))
    {
    }
};

// A table whose rows NumberFilterProxy can search: phone numbers, provider phones. The raw
// sort key of a column is its data at Qt::UserRole; a QByteArray there compares byte by byte,
// a QString the way people read it.
class SearchableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    virtual SearchKeyView searchKeyAt(int row) const = 0;
    virtual bool isArchivedAt(int row) const = 0;
};

// The state of the search box and the archived filter, as a plain object a test can drive.
// Rules: a query of digits and phone punctuation ("415 555", "+1 (415) 555-01") matches the
// number's digits in sequence, international or national with the trunk prefix ("020 7946" as
// the table shows +44 20 7946 …); a region before it ("GB 020 7946", pasted from the table)
// reads the rest as dialled there. Any other query matches when every word occurs in the name,
// the brand or, for words of digits, the number.
class NumberFilter
{
public:
    void setText(const QString& text);
    QString text() const { return m_text; }
    void setArchived(api::ArchivedFilter archived) { m_archived = archived; }
    api::ArchivedFilter archived() const { return m_archived; }

    bool matches(SearchKeyView key, bool isArchived) const;
    // Every row this filter accepts is accepted by `wider` too: the rows `wider` let through are
    // all this one needs to look at (a narrowing keystroke).
    bool narrows(const NumberFilter& wider) const;

private:
    QString m_text;
    api::ArchivedFilter m_archived = api::ArchivedFilter::ActiveOnly;
    QString m_phrase; // the whole query, simplified
    // UTF-8, case-folded:
    QByteArray m_phoneDigits; // set when the query reads as a phone number
    QByteArray m_international; // set when it reads as a region and a number: "gb 020" -> "4420"
    QByteArray m_foldedPhrase;
    QList<QByteArray> m_words;
    QList<QByteArray> m_wordDigits; // per word: its digits when it reads as a number, else empty
};

} // namespace phonedesk::models
