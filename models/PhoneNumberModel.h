// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/ProviderPhone.h"
#include "models/NumberFilter.h"
#include "models/NumberRows.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace phonedesk::models {

// From the rows shown to a new snapshot: the rows that are new or differ, and the ids gone.
struct SnapshotChange
{
    NumberRows changed;
    QList<qint64> removed;

    // `incoming`: the whole new snapshot; compared by hash with `current`.
    static SnapshotChange between(const NumberRows& current, const NumberRows& incoming);
};

// The workspace's numbers as a table, over one compact copy of the rows (NumberRows). A new
// snapshot of the same profile is applied as a difference (rows removed, changed, inserted), so
// selection and scroll position survive a refresh; only a different profile resets the model.
class PhoneNumberModel : public SearchableModel
{
    Q_OBJECT

public:
    // The first seven show by default; the others are offered by the column chooser.
    enum Column { NumberColumn, NameColumn, ChannelsColumn, WorkflowColumn, ProviderColumn,
                  StatusColumn, UpdatedColumn, BrandColumn, WhatsAppColumn, AssistantColumn,
                  VoiceModeColumn, VoiceForwardColumn, SmsModeColumn, SmsForwardColumn,
                  ProviderPhoneColumn, CreatedColumn, ColumnCount };
    static constexpr int kShownByDefault = BrandColumn;
    Q_ENUM(Column)
    // The widest text a column with a few fixed values shows ("Not linked"), in the current
    // language: what its width must fit; empty for columns of free text.
    static QString widestValue(int column);
    // The font of a number's row: archived ones in italics (Qt::FontRole).
    static QVariant fontFor(bool archived);
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

    // Another profile's rows: the view resets.
    void resetRows(NumberRows rows);
    // A new snapshot of the same profile, or the first rows of one; a row shown with the same
    // fingerprint already is left alone.
    void applyChange(const SnapshotChange& change);
    // One number from a write: changed in place, or appended.
    void upsert(const api::NumberColumns& columns, quint64 hash);

    // The same, from typed numbers (e.g. made in a test).
    void resetNumbers(const QList<api::PhoneNumber>& numbers);
    void applyNumbers(const QList<api::PhoneNumber>& numbers);
    void upsertNumber(const api::PhoneNumber& number);

    const NumberRows& rows() const { return m_rows; }
    qint64 idAt(int row) const { return m_rows.id(row); }
    int rowOfId(qint64 id) const { return int(m_rows.rowOf(id)); }
    SearchKeyView searchKeyAt(int row) const override { return {m_rows.digits(row), m_rows.searchText(row), m_rows.numberSortKey(row)}; }
    bool isArchivedAt(int row) const override { return m_rows.isArchived(row); }
    // The linkable provider phones, which name the linked phone in the Provider phone column.
    void setProviderPhones(const QList<api::ProviderPhone>& phones);
    // "+44 20 7946 0999 — London desk": a provider phone as the table and the details name it.
    static QString providerPhoneLabel(const api::ProviderPhone& phone);
    // The clock that "3 min ago" counts from; the current time unless a test sets one.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // A typed number's row and fingerprint (of its server JSON, or of toJson when made here).
    static NumberRows rowsOf(const QList<api::PhoneNumber>& numbers);

private:
    // libphonenumber's national format, made when the row is first shown: formatting every row
    // would cost seconds at 100,000 numbers before the first paint.
    const QString& formattedAt(int row) const;
    QVariant display(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    void removeIds(const QList<qint64>& ids);

    NumberRows m_rows;
    mutable QHash<qint64, QString> m_formatted; // by id, for the rows shown so far
    QHash<QString, QString> m_providerPhones; // providerPhoneLabel() by uuid
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace phonedesk::models
