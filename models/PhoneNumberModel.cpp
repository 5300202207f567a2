// SPDX-License-Identifier: MIT
#include "models/PhoneNumberModel.h"

#include "api/JsonMapping.h"
#include "common/PhoneFormat.h"
#include "models/RelativeTime.h"

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

const QString& PhoneNumberModel::formattedAt(int row) const
{
    const Extra& extra = m_extras.at(row);
    if (extra.formatted.isEmpty())
        extra.formatted = api::phone::formatNationalWithRegion(m_numbers.at(row).phoneNumber);
    return extra.formatted;
}

int PhoneNumberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_numbers.size());
}

int PhoneNumberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneNumberModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const api::PhoneNumber& number = m_numbers.at(row);
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IdRole: return number.id;
    case E164Role: return number.phoneNumber;
    case ArchivedRole: return number.isArchived;
    case CopyRole:
        return index.column() == NumberColumn    ? QVariant(number.phoneNumber)
               : index.column() == UpdatedColumn ? QVariant(api::toIsoUtc(number.updatedAt))
                                                 : display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == WorkflowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (number.isArchived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant PhoneNumberModel::display(int row, int column) const
{
    const api::PhoneNumber& n = m_numbers.at(row);
    switch (column) {
    case NumberColumn: return formattedAt(row);
    case NameColumn: return n.name;
    case ChannelsColumn: return channelsOf(n);
    case WorkflowColumn: return n.defaultWorkflowId ? QVariant(*n.defaultWorkflowId) : QVariant();
    case ProviderColumn: return n.providerPhoneUuid ? tr("Linked") : tr("Not linked");
    case StatusColumn: return n.isArchived ? tr("Archived") : tr("Active");
    case UpdatedColumn: return relativeTime(n.updatedAt, m_now());
    default: return {};
    }
}

QVariant PhoneNumberModel::sortKey(int row, int column) const
{
    const api::PhoneNumber& n = m_numbers.at(row);
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

QVariant PhoneNumberModel::toolTip(int row, int column) const
{
    const api::PhoneNumber& n = m_numbers.at(row);
    switch (column) {
    case NumberColumn: return tr("%1 (%2)").arg(n.phoneNumber, api::phone::formatInternational(n.phoneNumber));
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
        {QT_TR_NOOP("Number"), QT_TR_NOOP("The number as dialled in its country, after the country's code; E.164 on hover")},
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
    m_numbers = numbers; // shared with the caller's list, not copied
    m_extras.clear();
    m_extras.reserve(numbers.size());
    for (const api::PhoneNumber& n : numbers)
        m_extras.append(extraOf(n));
    endResetModel();
}

void PhoneNumberModel::applyNumbers(const QList<api::PhoneNumber>& numbers)
{
    QHash<qint64, qsizetype> incoming;
    incoming.reserve(numbers.size());
    for (qsizetype i = 0; i < numbers.size(); ++i)
        incoming.insert(numbers.at(i).id, i);

    // Removed: contiguous runs from the end, so earlier row numbers stay valid.
    for (int last = static_cast<int>(m_numbers.size()) - 1; last >= 0;) {
        if (incoming.contains(m_numbers.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_numbers.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_numbers.remove(first, last - first + 1);
        m_extras.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Changed: in place, one row at a time.
    QHash<qint64, int> present;
    present.reserve(m_numbers.size());
    for (int row = 0; row < m_numbers.size(); ++row) {
        const api::PhoneNumber& fresh = numbers.at(incoming.value(m_numbers.at(row).id));
        present.insert(fresh.id, row);
        if (!(m_numbers.at(row) == fresh)) {
            m_numbers[row] = fresh;
            m_extras[row] = extraOf(fresh);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // New: appended in one block, in the server's order.
    const int first = static_cast<int>(m_numbers.size());
    qsizetype added = 0;
    for (const api::PhoneNumber& n : numbers)
        added += present.contains(n.id) ? 0 : 1;
    if (added > 0) {
        beginInsertRows({}, first, first + static_cast<int>(added) - 1);
        if (m_numbers.isEmpty()) {
            m_numbers = numbers;
        } else {
            m_numbers.reserve(m_numbers.size() + added);
            for (const api::PhoneNumber& n : numbers) {
                if (!present.contains(n.id))
                    m_numbers.append(n);
            }
        }
        m_extras.reserve(m_numbers.size());
        for (qsizetype row = first; row < m_numbers.size(); ++row)
            m_extras.append(extraOf(m_numbers.at(row)));
        endInsertRows();
    }

    // Now equal to `numbers` by value; when also in the same order, share its memory instead
    // of keeping a second copy of every number.
    if (m_numbers.size() == numbers.size() && !m_numbers.isSharedWith(numbers)) {
        bool sameOrder = true;
        for (qsizetype i = 0; sameOrder && i < numbers.size(); ++i)
            sameOrder = m_numbers.at(i).id == numbers.at(i).id;
        if (sameOrder)
            m_numbers = numbers;
    }
}

void PhoneNumberModel::upsertNumber(const api::PhoneNumber& number)
{
    if (const int row = rowOfId(number.id); row >= 0) {
        m_numbers[row] = number;
        m_extras[row] = extraOf(number);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_numbers.size());
    beginInsertRows({}, row, row);
    m_numbers.append(number);
    m_extras.append(extraOf(number));
    endInsertRows();
}

int PhoneNumberModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_numbers.size(); ++row) {
        if (m_numbers.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace phonedesk::models
