// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/ProviderPhone.h"
#include "models/BulkEdit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace phonedesk::models {

// A CSV file of numbers, read for an import. Columns are matched by their header (the wire
// names the export writes, plus any updatable field), numbers may be E.164 or national for
// `region`. A file that cannot be read as one unambiguous table — another delimiter, UTF-16,
// broken quotes, an unknown or doubled column, a number on two lines, too big — is refused as a
// whole (error()), so that nothing of it is sent. Reading is pure: it may run on a worker.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    static constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;

    struct Row
    {
        int line = 0; // where the row starts in the file, from 1 (the header)
        QString phoneNumber; // E.164; empty when the cell is no phone number
        qint64 id = 0; // the number's id, when the line names one (the export's id column)
        QStringList cells; // one per column, the export's formula guard taken off
    };

    static CsvImport read(const QString& path, const QString& region);
    static CsvImport parse(QByteArray bytes, const QString& region);
    // The header names the import knows, in the export's order, then the other updatable fields.
    static const QStringList& knownColumns();

    const QString& error() const { return m_error; }
    const QStringList& columns() const { return m_columns; }
    const QList<Row>& rows() const { return m_rows; }

    // What importing row `row` would do: update `existing` (the workspace's number with the
    // line's id, else the live one with its phone number) in exactly the cells that differ, leave it (Skip), create a new number from
    // a linkable provider phone in `phones`, or refuse it with a reason per cell. A row saying
    // it was read from a number (updatedAt) that changed since is refused, never overwritten.
    BulkEditRow plan(qsizetype row, const std::optional<api::PhoneNumber>& existing,
                     const QList<api::ProviderPhone>& phones) const;

private:
    QString cell(const Row& row, const QString& column) const;
    QJsonObject values(const Row& row, QMap<QString, QString>& problems) const;

    QString m_error;
    QString m_region;
    QStringList m_columns;
    QList<Row> m_rows;
};

} // namespace phonedesk::models
