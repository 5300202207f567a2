// SPDX-License-Identifier: MIT
#include "PhoneNumberModel.h"

#include "PhoneFormat.h"

#include <QFont>
#include <QHash>
#include <QLocale>

namespace phonedesk::models {
namespace {

QString channelsOf(const api::PhoneNumber& n)
{
    QStringList channels;
    if (n.enableVoice)
        channels << PhoneNumberModel::tr("Voice");
    if (n.enableSms)
        channels << PhoneNumberModel::tr("SMS");
    if (n.enableWhatsApp)
        channels << PhoneNumberModel::tr("WhatsApp");
    return channels.isEmpty() ? PhoneNumberModel::tr("None") : channels.join(QLatin1String(", "));
}

} // namespace

PhoneNumberModel::PhoneNumberModel(QObject* parent) : SearchableModel(parent) { }

PhoneNumberModel::Row PhoneNumberModel::makeRow(const api::PhoneNumber& number)
{
    return {number, QString(), SearchKey::of(number)};
}

const QString& PhoneNumberModel::formattedOf(const Row& row)
{
    if (row.formatted.isEmpty())
        row.formatted = api::phone::formatInternational(row.number.phoneNumber);
    return row.formatted;
}

int PhoneNumberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PhoneNumberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneNumberModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IdRole: return row.number.id;
    case E164Role: return row.number.phoneNumber;
    case ArchivedRole: return row.number.isArchived;
    case Qt::TextAlignmentRole:
        if (index.column() == WorkflowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (row.number.isArchived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant PhoneNumberModel::display(const Row& row, int column) const
{
    const api::PhoneNumber& n = row.number;
    switch (column) {
    case NumberColumn: return formattedOf(row);
    case NameColumn: return n.name;
    case ChannelsColumn: return channelsOf(n);
    case WorkflowColumn: return n.defaultWorkflowId ? QVariant(*n.defaultWorkflowId) : QVariant();
    case ProviderColumn: return n.providerPhoneUuid ? tr("Linked") : tr("Not linked");
    case StatusColumn: return n.isArchived ? tr("Archived") : tr("Active");
    case UpdatedColumn: return QLocale().toString(n.updatedAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant PhoneNumberModel::sortKey(const Row& row, int column) const
{
    const api::PhoneNumber& n = row.number;
    switch (column) {
    case NumberColumn: return n.phoneNumber;
    case WorkflowColumn: return n.defaultWorkflowId.value_or(-1);
    case ChannelsColumn: return int(n.enableVoice) * 4 + int(n.enableSms) * 2 + int(n.enableWhatsApp);
    case ProviderColumn: return n.providerPhoneUuid.has_value();
    case StatusColumn: return n.isArchived;
    case UpdatedColumn: return n.updatedAt.toMSecsSinceEpoch();
    default: return display(row, column);
    }
}

QVariant PhoneNumberModel::toolTip(const Row& row, int column) const
{
    const api::PhoneNumber& n = row.number;
    switch (column) {
    case NumberColumn: return n.phoneNumber;
    case NameColumn: return n.brandName ? QVariant(*n.brandName) : QVariant();
    case ProviderColumn: return n.providerPhoneUuid ? QVariant(*n.providerPhoneUuid) : QVariant();
    case StatusColumn:
        return n.isArchived && n.archivedAt.isValid()
            ? QVariant(tr("Archived %1").arg(QLocale().toString(n.archivedAt.toLocalTime(), QLocale::LongFormat)))
            : QVariant();
    case UpdatedColumn: return QLocale().toString(n.updatedAt.toLocalTime(), QLocale::LongFormat);
    default: return {};
    }
}

QVariant PhoneNumberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const kTitles[ColumnCount][2] = {
        {QT_TR_NOOP("Number"), QT_TR_NOOP("The phone number, in international format")},
        {QT_TR_NOOP("Name"), QT_TR_NOOP("The number's name in the workspace; the tooltip shows the brand")},
        {QT_TR_NOOP("Channels"), QT_TR_NOOP("Channels enabled on this number")},
        {QT_TR_NOOP("Workflow"), QT_TR_NOOP("Id of the inbound workflow that answers calls")},
        {QT_TR_NOOP("Provider"), QT_TR_NOOP("Whether a provider phone is linked to this number")},
        {QT_TR_NOOP("Status"), QT_TR_NOOP("Active, or archived (archiving cannot be undone)")},
        {QT_TR_NOOP("Updated"), QT_TR_NOOP("When the server last changed this number")},
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(kTitles[section][0]);
    if (role == Qt::ToolTipRole)
        return tr(kTitles[section][1]);
    return {};
}

void PhoneNumberModel::resetNumbers(const QList<api::PhoneNumber>& numbers)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(numbers.size());
    for (const api::PhoneNumber& n : numbers)
        m_rows.append(makeRow(n));
    endResetModel();
}

void PhoneNumberModel::applyNumbers(const QList<api::PhoneNumber>& numbers)
{
    QHash<qint64, qsizetype> incoming;
    incoming.reserve(numbers.size());
    for (qsizetype i = 0; i < numbers.size(); ++i)
        incoming.insert(numbers.at(i).id, i);

    // Removed: contiguous runs from the end, so earlier row numbers stay valid.
    for (int last = static_cast<int>(m_rows.size()) - 1; last >= 0;) {
        if (incoming.contains(m_rows.at(last).number.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).number.id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Changed: in place, one row at a time.
    QHash<qint64, int> present;
    present.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        const api::PhoneNumber& fresh = numbers.at(incoming.value(m_rows.at(row).number.id));
        present.insert(fresh.id, row);
        if (!(m_rows.at(row).number == fresh)) {
            m_rows[row] = makeRow(fresh);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // New: appended in one block, in the server's order.
    // Rows are large (a whole number each): reserved, and moved as a block into an empty model.
    QList<Row> added;
    added.reserve(numbers.size() - present.size());
    for (const api::PhoneNumber& n : numbers) {
        if (!present.contains(n.id))
            added.append(makeRow(n));
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    if (m_rows.isEmpty())
        m_rows = std::move(added);
    else
        m_rows.append(std::move(added));
    endInsertRows();
}

void PhoneNumberModel::upsertNumber(const api::PhoneNumber& number)
{
    if (const int row = rowOfId(number.id); row >= 0) {
        m_rows[row] = makeRow(number);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(makeRow(number));
    endInsertRows();
}

int PhoneNumberModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).number.id == id)
            return row;
    }
    return -1;
}

} // namespace phonedesk::models
