// SPDX-License-Identifier: MIT
#include "models/CsvImport.h"

#include "api/JsonMapping.h"
#include "api/NumberValidation.h"
#include "api/PhoneNumberFields.h"
#include "api/Requests.h"
#include "common/PhoneFormat.h"
#include "models/FieldGroups.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace phonedesk::models {
namespace {

struct Record
{
    int line = 0;
    QStringList cells;
};

// RFC 4180 with any line end; a quote that does not open or close a quoted cell is an error,
// not a guess, because a guess may shift every later cell into another column.
QString parseRecords(QStringView text, QList<Record>& records)
{
    qsizetype pos = 0;
    int line = 1;
    const qsizetype n = text.size();
    while (pos < n) {
        Record record {line, {}};
        while (true) {
            QString cell;
            if (pos < n && text[pos] == QLatin1Char('"')) {
                const int opened = line;
                ++pos;
                while (true) {
                    if (pos >= n)
                        return CsvImport::tr("Line %1: a quote opens a cell that never closes.").arg(opened);
                    const QChar c = text[pos];
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < n && text[pos + 1] == QLatin1Char('"')) {
                            cell += c;
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && (pos + 1 >= n || text[pos + 1] != QLatin1Char('\n'))))
                        ++line;
                    cell += c;
                    ++pos;
                }
                if (pos < n && text[pos] != QLatin1Char(',') && text[pos] != QLatin1Char('\r') && text[pos] != QLatin1Char('\n'))
                    return CsvImport::tr("Line %1: text follows a closing quote (a quote inside a cell is written twice).").arg(line);
            } else {
                const qsizetype start = pos;
                while (pos < n && text[pos] != QLatin1Char(',') && text[pos] != QLatin1Char('\r') && text[pos] != QLatin1Char('\n'))
                    ++pos;
                cell = text.sliced(start, pos - start).trimmed().toString(); // "a, b" means "b"; quoted cells stay as written
                if (cell.contains(QLatin1Char('"')))
                    return CsvImport::tr("Line %1: a quote inside a cell that is not quoted (quote the cell and write the quote twice).").arg(line);
            }
            record.cells << cell;
            if (pos < n && text[pos] == QLatin1Char(',')) {
                ++pos;
                continue;
            }
            break;
        }
        if (pos < n && text[pos] == QLatin1Char('\r'))
            ++pos;
        if (pos < n && text[pos] == QLatin1Char('\n'))
            ++pos;
        ++line;
        // Blank lines are no rows, nor lines of commas only (what a spreadsheet leaves of deleted rows).
        if (std::any_of(record.cells.cbegin(), record.cells.cend(), [](const QString& c) { return !c.trimmed().isEmpty(); }))
            records << std::move(record);
    }
    return {};
}

// The export puts an apostrophe before a cell a spreadsheet would run as a formula.
QString unguarded(const QString& cell)
{
    static const QString guarded = QStringLiteral("=+-@\t\r'");
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'') && guarded.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

// E.164 as written is taken as it is (also one no numbering plan knows, as the server may send
// them); anything else is read as a number of `region`.
QString e164Of(const QString& typed, const QString& region)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[0-9]{2,15}$"));
    const QString trimmed = typed.trimmed();
    return e164.match(trimmed).hasMatch() ? trimmed : api::phone::toE164(trimmed, region);
}

template<typename Table>
bool isIn(const Table& table, const QString& name)
{
    return std::any_of(std::begin(table), std::end(table), [&](const auto& f) { return name == QLatin1String(f.first); });
}

} // namespace

const QStringList& CsvImport::knownColumns()
{
    static const QStringList columns = [] {
        QStringList names {QStringLiteral("phoneNumber"), QStringLiteral("name"),      QStringLiteral("status"),
                           QStringLiteral("brandName"),   QStringLiteral("enableVoice"), QStringLiteral("enableSms"),
                           QStringLiteral("enableWhatsApp"), QStringLiteral("defaultWorkflowId"),
                           QStringLiteral("providerPhoneUuid"), QStringLiteral("updatedAt"), QStringLiteral("uuid"),
                           QStringLiteral("id")};
        for (const QString& field : api::UpdatePhoneNumberRequest::updatableFields()) {
            if (!names.contains(field))
                names << field;
        }
        return names;
    }();
    return columns;
}

CsvImport CsvImport::read(const QString& path, const QString& region)
{
    CsvImport import;
    QFile file(path);
    const qint64 size = QFileInfo(path).size();
    if (size > kMaxBytes) {
        import.m_error = tr("%1 is %2; an import reads at most %3. Split it into smaller files.")
                             .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(size), QLocale().formattedDataSize(kMaxBytes));
        return import;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        import.m_error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return import;
    }
    return parse(file.read(kMaxBytes + 1), region);
}

CsvImport CsvImport::parse(QByteArray bytes, const QString& region)
{
    CsvImport import;
    import.m_region = region;
    auto refuse = [&](const QString& error) {
        import.m_error = error;
        import.m_rows.clear();
        return import;
    };
    if (bytes.size() > kMaxBytes)
        return refuse(tr("The file is larger than %1; an import reads at most that.").arg(QLocale().formattedDataSize(kMaxBytes)));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return refuse(tr("The file is UTF-16 text (its byte order mark says so). Save it as \"CSV UTF-8 (comma delimited)\"."));
    if (bytes.startsWith("\xEF\xBB\xBF")) // the mark spreadsheets put before UTF-8: not part of the header
        bytes.remove(0, 3);
    if (bytes.contains('\0'))
        return refuse(tr("The file holds NUL bytes: it is not a CSV text file."));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return refuse(tr("The file is not UTF-8 text. Save it as \"CSV UTF-8 (comma delimited)\"."));

    QList<Record> records;
    if (const QString problem = parseRecords(text, records); !problem.isEmpty())
        return refuse(problem);
    if (records.isEmpty())
        return refuse(tr("The file is empty: it needs a header line, e.g. the one the export writes."));

    const Record header = records.takeFirst();
    QStringList unknown;
    for (const QString& raw : header.cells) {
        const QString name = raw.trimmed();
        const auto known = std::find_if(knownColumns().cbegin(), knownColumns().cend(),
                                        [&](const QString& k) { return k.compare(name, Qt::CaseInsensitive) == 0; });
        if (known == knownColumns().cend()) {
            unknown << (name.isEmpty() ? tr("(an empty header cell)") : name);
            continue;
        }
        if (const qsizetype first = import.m_columns.indexOf(*known); first >= 0)
            return refuse(tr("The column %1 is there twice (columns %2 and %3): which one counts is not clear.")
                              .arg(*known).arg(first + 1).arg(import.m_columns.size() + 1));
        import.m_columns << *known;
    }
    const QString headerLine = text.left(text.indexOf(QLatin1Char('\n')));
    for (const auto& [delimiter, label] : {std::pair {QLatin1Char(';'), tr("semicolons")}, std::pair {QLatin1Char('\t'), tr("tabs")}}) {
        if (!unknown.isEmpty() && headerLine.count(delimiter) >= header.cells.size())
            return refuse(tr("The columns are separated by %1. Save the file with commas between the columns "
                             "(\"CSV UTF-8 (comma delimited)\"), as the export writes it.").arg(label));
    }
    if (!unknown.isEmpty())
        return refuse(tr("Unknown columns: %1. The import reads these: %2.").arg(unknown.join(QStringLiteral(", ")), knownColumns().join(QStringLiteral(", "))));
    const qsizetype phoneColumn = import.m_columns.indexOf(QStringLiteral("phoneNumber"));
    if (phoneColumn < 0)
        return refuse(tr("There is no phoneNumber column: it says which number each line is for."));

    const qsizetype idColumn = import.m_columns.indexOf(QStringLiteral("id"));
    QHash<QString, int> lineOf; // E.164, or the id a line names -> the line it is on
    QStringList twice;
    import.m_rows.reserve(records.size());
    for (Record& record : records) {
        if (record.cells.size() != import.m_columns.size())
            return refuse(tr("Line %1 has %2 cells, the header has %3.").arg(record.line).arg(record.cells.size()).arg(import.m_columns.size()));
        Row row;
        row.line = record.line;
        for (const QString& cell : std::as_const(record.cells))
            row.cells << unguarded(cell);
        row.phoneNumber = e164Of(row.cells.at(phoneColumn), region);
        row.id = idColumn < 0 ? 0 : row.cells.at(idColumn).toLongLong();
        // An archived number and the live one created again share a phone number: the id tells them apart.
        const QString key = row.id > 0 ? QStringLiteral("#%1").arg(row.id) : row.phoneNumber;
        if (!row.phoneNumber.isEmpty()) {
            if (const auto it = lineOf.constFind(key); it == lineOf.cend())
                lineOf.insert(key, row.line);
            else if (twice.size() < 5)
                twice << tr("%1 (lines %2 and %3)").arg(row.phoneNumber).arg(it.value()).arg(row.line);
        }
        import.m_rows << std::move(row);
    }
    if (!twice.isEmpty())
        return refuse(tr("Numbers on more than one line: %1. Each number may be on one line only.").arg(twice.join(QStringLiteral(", "))));
    return import;
}

QString CsvImport::cell(const Row& row, const QString& column) const
{
    const qsizetype index = m_columns.indexOf(column);
    return index < 0 ? QString() : row.cells.at(index);
}

QJsonObject CsvImport::values(const Row& row, QMap<QString, QString>& problems) const
{
    QJsonObject values;
    const QStringList updatable = api::UpdatePhoneNumberRequest::updatableFields();
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QString& field = m_columns.at(i);
        if (!updatable.contains(field))
            continue;
        const QString value = row.cells.at(i);
        if (field == QLatin1String("name")) {
            values.insert(field, value);
        } else if (isIn(api::fields::kFlag, field)) {
            if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || value == QLatin1String("1"))
                values.insert(field, true);
            else if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || value == QLatin1String("0"))
                values.insert(field, false);
            else
                problems.insert(field, tr("“%1” is neither true nor false.").arg(value));
        } else if (isIn(api::fields::kOptionalInteger, field)) {
            bool ok = true;
            const qint64 number = value.trimmed().toLongLong(&ok);
            if (value.trimmed().isEmpty())
                values.insert(field, QJsonValue::Null);
            else if (ok)
                values.insert(field, number);
            else
                problems.insert(field, tr("“%1” is not a whole number.").arg(value));
        } else if (value.isEmpty()) {
            values.insert(field, QJsonValue::Null);
        } else if (field.endsWith(QLatin1String("ForwardNumber"))) {
            const QString e164 = e164Of(value, m_region);
            values.insert(field, e164.isEmpty() ? value : e164); // what no plan knows, the rules refuse
        } else {
            values.insert(field, value);
        }
    }
    return values;
}

BulkEditRow CsvImport::plan(qsizetype index, const std::optional<api::PhoneNumber>& existing,
                            const QList<api::ProviderPhone>& phones) const
{
    const Row& row = m_rows.at(index);
    QMap<QString, QString> problems;
    const QJsonObject fields = values(row, problems);
    const QString status = cell(row, QStringLiteral("status")).trimmed();
    if (!status.isEmpty() && status != QLatin1String("active") && status != QLatin1String("archived"))
        problems.insert(QStringLiteral("status"), tr("“%1” is neither active nor archived.").arg(status));
    const bool archived = status == QLatin1String("archived");
    BulkEditRow plan;

    if (row.phoneNumber.isEmpty()) {
        plan.number.phoneNumber = cell(row, QStringLiteral("phoneNumber"));
        plan.number.name = cell(row, QStringLiteral("name"));
        problems.insert(QStringLiteral("phoneNumber"),
                        m_region.isEmpty() ? tr("“%1” is not a number in E.164 (+14155550100); for national numbers choose their country.").arg(plan.number.phoneNumber)
                                           : tr("“%1” is neither a number in E.164 (+14155550100) nor a national number of %2.")
                                                 .arg(plan.number.phoneNumber, QLocale::territoryToString(QLocale::codeToTerritory(m_region))));
    } else if (existing) {
        const QString id = cell(row, QStringLiteral("id")).trimmed();
        const QString uuid = cell(row, QStringLiteral("uuid")).trimmed();
        if ((!id.isEmpty() && id != QString::number(existing->id)) || (!uuid.isEmpty() && uuid != existing->uuid))
            problems.insert(QStringLiteral("id"), tr("This line names another number than the workspace's %1 (id %2): is the file from another workspace?")
                                                      .arg(existing->phoneNumber).arg(existing->id));
        if (existing->phoneNumber != row.phoneNumber)
            problems.insert(QStringLiteral("phoneNumber"), tr("Number %1 is %2 in the workspace: a number's phone number changes only by linking another provider phone.")
                                                               .arg(existing->id).arg(existing->phoneNumber));
        if (!status.isEmpty() && archived != existing->isArchived)
            problems.insert(QStringLiteral("status"), tr("An import does not archive or restore numbers: use Number → Archive."));
        const qsizetype link = m_columns.indexOf(QStringLiteral("providerPhoneUuid"));
        if (link >= 0 && row.cells.at(link).trimmed() != existing->providerPhoneUuid.value_or(QString()))
            problems.insert(QStringLiteral("providerPhoneUuid"), tr("An import does not link or unlink: use Number → Link provider phone."));
        plan = BulkEditPreview::rowFor(*existing, fields);
        if (existing->isArchived && plan.request.isEmpty())
            plan.problems.remove(QStringLiteral("isArchived")); // nothing to change is no change
        const QString updatedAt = cell(row, QStringLiteral("updatedAt")).trimmed();
        if (!updatedAt.isEmpty() && QDateTime::fromString(updatedAt, Qt::ISODateWithMs) != existing->updatedAt && !plan.request.isEmpty())
            problems.insert(QStringLiteral("updatedAt"), tr("Changed on the server since this file was written (now updated %1): export again and redo this line's edit.")
                                                             .arg(api::toIsoUtc(existing->updatedAt)));
    } else {
        if (!cell(row, QStringLiteral("id")).trimmed().isEmpty() || !cell(row, QStringLiteral("uuid")).trimmed().isEmpty())
            problems.insert(QStringLiteral("id"), tr("No number of this workspace has this id: is the file from another workspace? Leave id and uuid empty to create the number."));
        if (archived)
            problems.insert(QStringLiteral("status"), tr("A new number cannot be archived."));
        if (cell(row, QStringLiteral("name")).trimmed().isEmpty())
            problems.insert(QStringLiteral("name"), tr("A new number needs a name."));
        const auto phone = std::find_if(phones.cbegin(), phones.cend(), [&](const api::ProviderPhone& p) { return p.phoneNumber == row.phoneNumber; });
        if (phone == phones.cend())
            problems.insert(QStringLiteral("phoneNumber"), tr("Not in this workspace, and no linkable provider phone has this number, so it cannot be created."));
        else if (const QString uuid = cell(row, QStringLiteral("providerPhoneUuid")).trimmed(); !uuid.isEmpty() && uuid != phone->uuid)
            problems.insert(QStringLiteral("providerPhoneUuid"), tr("The provider phone with this number is %1.").arg(phone->uuid));
        api::PhoneNumber base; // as the server creates a number: the contract's defaults
        base.createdAt = base.updatedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        plan = BulkEditPreview::rowFor(base, fields); // what the fields set on it, and what they break
        plan.number.phoneNumber = row.phoneNumber;
        plan.number.name = fields.value(QLatin1String("name")).toString();
        if (plan.problems.isEmpty() && problems.isEmpty()) {
            api::CreatePhoneNumberRequest create;
            create.name = plan.number.name;
            create.providerPhoneUuid = phone->uuid;
            create.fields = plan.request.fields;
            create.fields.remove(QStringLiteral("name"));
            plan.create = create;
        }
    }
    plan.alreadySet.clear(); // the plan names what changes; the other cells are as they are
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        plan.problems.insert(it.key(), it.value());
    plan.outcome = !plan.problems.isEmpty() ? BulkEditRow::Outcome::Invalid
                   : plan.create            ? BulkEditRow::Outcome::Create
                   : plan.request.isEmpty() ? BulkEditRow::Outcome::Skip
                                            : BulkEditRow::Outcome::Change;
    if (plan.outcome != BulkEditRow::Outcome::Change)
        plan.request = {};
    return plan;
}

} // namespace phonedesk::models
