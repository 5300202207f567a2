// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "models/NumberFilter.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace phonedesk::models {

// The workspace's numbers as a table. A new snapshot of the same profile is applied as a
// difference (rows removed, changed, inserted), so selection and scroll position survive a
// refresh; only a different profile resets the model.
class PhoneNumberModel : public SearchableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, ChannelsColumn, WorkflowColumn, ProviderColumn,
                  StatusColumn, UpdatedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole, // the raw value to sort by
        IdRole,
        E164Role,
        ArchivedRole,
        CopyRole, // what a copy holds: as shown, but E.164 numbers and exact UTC times
    };

    explicit PhoneNumberModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void resetNumbers(const QList<api::PhoneNumber>& numbers);
    void applyNumbers(const QList<api::PhoneNumber>& numbers);
    // One number from a write: changed in place, or appended.
    void upsertNumber(const api::PhoneNumber& number);

    const api::PhoneNumber& numberAt(int row) const { return m_numbers.at(row); }
    const SearchKey& searchKeyAt(int row) const override { return m_extras.at(row).key; }
    bool isArchivedAt(int row) const override { return m_numbers.at(row).isArchived; }
    int rowOfId(qint64 id) const;
    // The clock that "3 min ago" counts from; the current time unless a test sets one.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    // What the table adds to each number. The numbers themselves are kept in a list of their
    // own, shared with the store's (one copy of 100,000 numbers in memory, not two) whenever
    // the two hold the same numbers in the same order.
    struct Extra
    {
        // libphonenumber's international format, made when the row is first shown: formatting
        // every row would cost seconds at 100,000 numbers before the first paint.
        mutable QString formatted;
        SearchKey key;
    };
    static Extra extraOf(const api::PhoneNumber& number) { return {QString(), SearchKey::of(number)}; }
    const QString& formattedAt(int row) const;
    QVariant display(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    QList<api::PhoneNumber> m_numbers;
    QList<Extra> m_extras; // one per number, same order
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace phonedesk::models
