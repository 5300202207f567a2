// SPDX-License-Identifier: MIT
#include "models/PhoneNumberModel.h"

#include "api/JsonMapping.h"
#include "common/PhoneFormat.h"
#include "common/WireEnums.h"
#include "models/FieldGroups.h"
#include "models/RelativeTime.h"

#include <QFont>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace phonedesk::models {
namespace {

QString channelsOf(const NumberRows& rows, int row)
{
    QStringList channels;
    if (rows.enableVoice(row))
        channels << PhoneNumberModel::tr("Voice");
    if (rows.enableSms(row))
        channels << PhoneNumberModel::tr("SMS");
    if (rows.enableWhatsApp(row))
        channels << PhoneNumberModel::tr("WhatsApp");
    return channels.isEmpty() ? PhoneNumberModel::tr("None") : channels.join(QLatin1String(", "));
}

QDateTime utc(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A work mode's bits (NumberRows::voiceWorkMode()) as the edit dialog names the mode.
QString workModeText(int code)
{
    if (code == 0)
        return {};
    if (code == NumberRows::kOtherWorkMode)
        return PhoneNumberModel::tr("Another mode");
    return workModeLabel(api::kWorkModes[size_t(code - 1)].second);
}

QString forwardText(const QString& e164)
{
    return e164.isEmpty() ? QString() : api::phone::formatInternational(e164);
}

} // namespace

SnapshotChange SnapshotChange::between(const NumberRows& current, const NumberRows& incoming)
{
    SnapshotChange change;
    if (current.isEmpty()) {
        change.changed = incoming; // shared, not copied
        return change;
    }
    QSet<qint64> present;
    present.reserve(incoming.size());
    for (qsizetype row = 0; row < incoming.size(); ++row) {
        present.insert(incoming.id(row));
        const qsizetype old = current.rowOf(incoming.id(row));
        if (old < 0 || current.hash(old) != incoming.hash(row))
            change.changed.append(incoming, row);
    }
    for (qsizetype row = 0; row < current.size(); ++row) {
        if (!present.contains(current.id(row)))
            change.removed.append(current.id(row));
    }
    return change;
}

PhoneNumberModel::PhoneNumberModel(QObject* parent) : SearchableModel(parent) { }

NumberRows PhoneNumberModel::rowsOf(const QList<api::PhoneNumber>& numbers)
{
    NumberRows rows;
    for (const api::PhoneNumber& n : numbers) {
        rows.append(api::NumberColumns::of(n), api::jsonHash(api::jsonFor(n)));
    }
    return rows;
}

namespace {
const QString kUnknownPlanMark = QStringLiteral("⚠ ");
} // namespace

const QString& PhoneNumberModel::formattedAt(int row) const
{
    QString& formatted = m_formatted[m_rows.id(row)];
    if (formatted.isEmpty()) {
        const QString e164 = m_rows.phoneNumber(row);
        formatted = api::phone::formatNationalWithRegion(e164);
        if (formatted == e164)
            formatted = kUnknownPlanMark + e164; // as received, marked; the tooltip says why
    }
    return formatted;
}

QString PhoneNumberModel::widestValue(int column)
{
    QStringList values;
    switch (column) {
    case ChannelsColumn: values = {tr("Voice") + QLatin1String(", ") + tr("SMS") + QLatin1String(", ") + tr("WhatsApp")}; break;
    case ProviderColumn: values = {tr("Linked"), tr("Not linked")}; break;
    case StatusColumn: values = {tr("Active"), tr("Archived")}; break;
    case WhatsAppColumn:
    case AssistantColumn: values = {tr("Yes"), tr("No")}; break;
    case VoiceModeColumn:
    case SmsModeColumn:
        for (int code = 1; code <= NumberRows::kOtherWorkMode; ++code)
            values << workModeText(code);
        break;
    default: return {};
    }
    return *std::max_element(values.cbegin(), values.cend(), [](const QString& a, const QString& b) { return a.size() < b.size(); });
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
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IdRole: return m_rows.id(row);
    case E164Role: return m_rows.phoneNumber(row);
    case ArchivedRole: return m_rows.isArchived(row);
    case CopyRole:
        switch (index.column()) {
        case NumberColumn: return m_rows.phoneNumber(row);
        case VoiceForwardColumn: return m_rows.voiceForwardNumber(row);
        case SmsForwardColumn: return m_rows.smsForwardNumber(row);
        case ProviderPhoneColumn: return m_rows.providerPhoneUuid(row).value_or(QString());
        case UpdatedColumn: return api::toIsoUtc(utc(m_rows.updatedAtMs(row)));
        case CreatedColumn: return m_rows.createdAtMs(row) == 0 ? QString() : api::toIsoUtc(utc(m_rows.createdAtMs(row)));
        default: return display(row, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == WorkflowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole: return fontFor(m_rows.isArchived(row));
    default: return {};
    }
}

QVariant PhoneNumberModel::fontFor(bool archived)
{
    if (!archived)
        return {};
    QFont font;
    font.setItalic(true);
    return font;
}

QVariant PhoneNumberModel::display(int row, int column) const
{
    switch (column) {
    case NumberColumn: return formattedAt(row);
    case NameColumn: return m_rows.name(row);
    case ChannelsColumn: return channelsOf(m_rows, row);
    case WorkflowColumn: {
        const std::optional<qint64> workflow = m_rows.defaultWorkflowId(row);
        return workflow ? QVariant(*workflow) : QVariant();
    }
    case ProviderColumn: return m_rows.flags(row) & NumberRows::Linked ? tr("Linked") : tr("Not linked");
    case StatusColumn: return m_rows.isArchived(row) ? tr("Archived") : tr("Active");
    case UpdatedColumn: return relativeTime(utc(m_rows.updatedAtMs(row)), m_now());
    case BrandColumn: return m_rows.brandName(row).value_or(QString());
    case WhatsAppColumn: return m_rows.enableWhatsApp(row) ? tr("Yes") : tr("No");
    case AssistantColumn: return m_rows.assistantEnabled(row) ? tr("Yes") : tr("No");
    case VoiceModeColumn: return workModeText(m_rows.voiceWorkMode(row));
    case VoiceForwardColumn: return forwardText(m_rows.voiceForwardNumber(row));
    case SmsModeColumn: return workModeText(m_rows.smsWorkMode(row));
    case SmsForwardColumn: return forwardText(m_rows.smsForwardNumber(row));
    case ProviderPhoneColumn: {
        const std::optional<QString> uuid = m_rows.providerPhoneUuid(row);
        return uuid ? m_providerPhones.value(*uuid, *uuid) : QString(); // unnamed: not among the linkable phones
    }
    case CreatedColumn: {
        const qint64 ms = m_rows.createdAtMs(row);
        return ms == 0 ? QString() : QLocale().toString(utc(ms).toLocalTime(), QLocale::ShortFormat);
    }
    default: return {};
    }
}

QVariant PhoneNumberModel::sortKey(int row, int column) const
{
    switch (column) {
    case NumberColumn: {
        // Bytes, not text: compared as they are, country code first.
        const std::string_view key = m_rows.numberSortKey(row);
        return QByteArray(key.data(), qsizetype(key.size()));
    }
    case WorkflowColumn: return m_rows.defaultWorkflowId(row).value_or(-1);
    case ChannelsColumn: return int(m_rows.enableVoice(row)) * 4 + int(m_rows.enableSms(row)) * 2 + int(m_rows.enableWhatsApp(row));
    case ProviderColumn: return bool(m_rows.flags(row) & NumberRows::Linked);
    case StatusColumn: return m_rows.isArchived(row);
    case UpdatedColumn: return m_rows.updatedAtMs(row);
    case WhatsAppColumn: return m_rows.enableWhatsApp(row);
    case AssistantColumn: return m_rows.assistantEnabled(row);
    case VoiceForwardColumn: return m_rows.voiceForwardNumber(row);
    case SmsForwardColumn: return m_rows.smsForwardNumber(row);
    case CreatedColumn: return m_rows.createdAtMs(row);
    default: return display(row, column);
    }
}

QVariant PhoneNumberModel::toolTip(int row, int column) const
{
    switch (column) {
    case NumberColumn: {
        const QString e164 = m_rows.phoneNumber(row);
        if (formattedAt(row).startsWith(kUnknownPlanMark))
            return tr("%1: no numbering plan knows this number, so it is shown as the server sent it. Check it on the server.").arg(e164);
        return tr("%1 (%2)").arg(e164, api::phone::formatInternational(e164));
    }
    case NameColumn: {
        const std::optional<QString> brand = m_rows.brandName(row);
        return brand ? QVariant(*brand) : QVariant();
    }
    case ProviderColumn:
    case ProviderPhoneColumn: {
        const std::optional<QString> provider = m_rows.providerPhoneUuid(row);
        return provider ? QVariant(tr("Provider phone %1").arg(*provider)) : QVariant();
    }
    case VoiceModeColumn:
    case SmsModeColumn: {
        const int code = column == VoiceModeColumn ? m_rows.voiceWorkMode(row) : m_rows.smsWorkMode(row);
        return code == NumberRows::kOtherWorkMode
            ? QVariant(tr("The server sent a work mode this version of PhoneDesk does not know; the number's details show it."))
            : QVariant();
    }
    case VoiceForwardColumn:
    case SmsForwardColumn: {
        const QString e164 = column == VoiceForwardColumn ? m_rows.voiceForwardNumber(row) : m_rows.smsForwardNumber(row);
        return e164.isEmpty() ? QVariant() : QVariant(e164);
    }
    case CreatedColumn:
        return m_rows.createdAtMs(row) == 0 ? QVariant() : QLocale().toString(utc(m_rows.createdAtMs(row)).toLocalTime(), QLocale::LongFormat);
    case StatusColumn:
        return m_rows.isArchived(row) && m_rows.archivedAtMs(row) != 0
            ? QVariant(tr("Archived %1").arg(QLocale().toString(utc(m_rows.archivedAtMs(row)).toLocalTime(), QLocale::LongFormat)))
            : QVariant();
    case UpdatedColumn: return QLocale().toString(utc(m_rows.updatedAtMs(row)).toLocalTime(), QLocale::LongFormat);
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
        {QT_TR_NOOP("Brand"), QT_TR_NOOP("The brand name callers see")},
        {QT_TR_NOOP("WhatsApp"), QT_TR_NOOP("Whether WhatsApp is enabled on this number")},
        {nullptr, QT_TR_NOOP("Whether the assistant answers calls and messages")},
        {nullptr, QT_TR_NOOP("What a call does")},
        {nullptr, QT_TR_NOOP("Where calls are forwarded")},
        {nullptr, QT_TR_NOOP("What a message does")},
        {nullptr, QT_TR_NOOP("Where messages are forwarded")},
        {QT_TR_NOOP("Provider phone"), QT_TR_NOOP("The linked provider phone, named as in the list of linkable phones; its id on hover")},
        {QT_TR_NOOP("Created"), QT_TR_NOOP("When the number was added to the workspace")},
    };
    // Titles given as nullptr are the edit dialog's labels of the same fields.
    static const char* const kFields[ColumnCount] = {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                                                     "assistantEnabled", "voiceWorkMode", "voiceForwardNumber", "smsWorkMode",
                                                     "smsForwardNumber"};
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return kTitles[section][0] ? tr(kTitles[section][0]) : fieldLabel(QLatin1String(kFields[section]));
    if (role == Qt::ToolTipRole)
        return tr(kTitles[section][1]);
    return {};
}

QString PhoneNumberModel::providerPhoneLabel(const api::ProviderPhone& phone)
{
    const QString formatted = api::phone::formatInternational(phone.phoneNumber);
    return phone.friendlyName.isEmpty() ? formatted : tr("%1 — %2").arg(formatted, phone.friendlyName);
}

void PhoneNumberModel::setProviderPhones(const QList<api::ProviderPhone>& phones)
{
    m_providerPhones.clear();
    for (const api::ProviderPhone& phone : phones)
        m_providerPhones.insert(phone.uuid, providerPhoneLabel(phone));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ProviderPhoneColumn), index(rowCount() - 1, ProviderPhoneColumn));
}

void PhoneNumberModel::resetRows(NumberRows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_formatted.clear();
    endResetModel();
}

void PhoneNumberModel::removeIds(const QList<qint64>& ids)
{
    std::vector<int> gone;
    gone.reserve(size_t(ids.size()));
    for (const qint64 id : ids) {
        if (const int row = rowOfId(id); row >= 0)
            gone.push_back(row);
    }
    std::sort(gone.begin(), gone.end());
    // Contiguous runs from the end, so that earlier row numbers stay valid.
    for (auto last = gone.rbegin(); last != gone.rend();) {
        auto first = last;
        while (std::next(first) != gone.rend() && *std::next(first) == *first - 1)
            ++first;
        beginRemoveRows({}, *first, *last);
        for (int row = *first; row <= *last; ++row)
            m_formatted.remove(m_rows.id(row));
        m_rows.remove(*first, *last - *first + 1);
        endRemoveRows();
        last = std::next(first);
    }
}

void PhoneNumberModel::applyChange(const SnapshotChange& change)
{
    removeIds(change.removed);
    const NumberRows& changed = change.changed;
    auto isShownPart = [&] { // the rows shown are the first of these, as they are there
        if (m_rows.size() > changed.size())
            return false;
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.id(row) != changed.id(row) || m_rows.hash(row) != changed.hash(row))
                return false;
        }
        return true;
    };
    if (!changed.isEmpty() && isShownPart()) {
        // A first sync: the rows as read, without a copy (some may be shown already).
        const int shown = int(m_rows.size());
        if (changed.size() == shown) {
            m_rows = changed;
            return;
        }
        beginInsertRows({}, shown, int(changed.size()) - 1);
        m_rows = changed;
        endInsertRows();
        return;
    }
    NumberRows added;
    int firstChanged = int(m_rows.size());
    int lastChanged = -1;
    std::vector<int> changedRows;
    for (qsizetype i = 0; i < change.changed.size(); ++i) {
        const int row = rowOfId(change.changed.id(i));
        if (row < 0) {
            added.append(change.changed, i);
            continue;
        }
        if (m_rows.hash(row) == change.changed.hash(i))
            continue; // shown already (a first sync's early rows)
        m_rows.replace(row, change.changed, i);
        m_formatted.remove(m_rows.id(row));
        changedRows.push_back(row);
        firstChanged = std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    // Few: a signal per row, which a sorted view places one by one; many: one for the range.
    if (changedRows.size() > 256) {
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    } else {
        for (const int row : changedRows)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (qsizetype i = 0; i < added.size(); ++i)
            m_rows.append(added, i);
        endInsertRows();
    }
}

void PhoneNumberModel::upsert(const api::NumberColumns& columns, quint64 hash)
{
    if (const int row = rowOfId(columns.id); row >= 0) {
        m_rows.replace(row, columns, hash);
        m_formatted.remove(columns.id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(columns, hash);
    endInsertRows();
}

void PhoneNumberModel::resetNumbers(const QList<api::PhoneNumber>& numbers)
{
    resetRows(rowsOf(numbers));
}

void PhoneNumberModel::applyNumbers(const QList<api::PhoneNumber>& numbers)
{
    applyChange(SnapshotChange::between(m_rows, rowsOf(numbers)));
}

void PhoneNumberModel::upsertNumber(const api::PhoneNumber& number)
{
    const NumberRows one = rowsOf({number});
    upsert(one.columns(0), one.hash(0));
}

} // namespace phonedesk::models
