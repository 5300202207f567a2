// SPDX-License-Identifier: MIT
#include "models/ProviderPhoneModel.h"

#include "common/PhoneFormat.h"

namespace phonedesk::models {

ProviderPhoneModel::ProviderPhoneModel(QObject* parent) : SearchableModel(parent) { }

void ProviderPhoneModel::setPhones(const QList<api::ProviderPhone>& phones, const QString& numberUuid)
{
    beginResetModel();
    m_numberUuid = numberUuid;
    m_rows.clear();
    for (const api::ProviderPhone& p : phones) // the search rules of numbers: digits, then names
        m_rows.append({p, api::phone::formatInternational(p.phoneNumber), SearchKey::of(p.phoneNumber, p.friendlyName)});
    endResetModel();
}

bool ProviderPhoneModel::isChoosable(int row) const
{
    const api::ProviderPhone& p = m_rows.at(row).phone;
    return !p.linkedPhoneNumberUuid || *p.linkedPhoneNumberUuid == m_numberUuid;
}

int ProviderPhoneModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProviderPhoneModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProviderPhoneModel::assignment(const api::ProviderPhone& p) const
{
    if (p.linkedPhoneNumberUuid)
        return *p.linkedPhoneNumberUuid == m_numberUuid ? tr("Linked to this number") : tr("Linked to another number");
    return p.workspaceUuid ? tr("This workspace, unlinked") : tr("In the pool");
}

QVariant ProviderPhoneModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const api::ProviderPhone& p = row.phone;
    if (role == UuidRole)
        return p.uuid;
    if (role == Qt::ToolTipRole && index.column() == NumberColumn)
        return p.phoneNumber;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return role == SortRole ? QVariant(api::phone::numberSortKey(row.key.digits)) : QVariant(row.formatted);
    case NameColumn: return p.friendlyName;
    case CapabilitiesColumn: {
        QStringList caps;
        if (p.voice)
            caps << tr("Voice");
        if (p.sms)
            caps << tr("SMS");
        if (p.mms)
            caps << tr("MMS");
        return caps.join(QLatin1String(", "));
    }
    case AssignmentColumn: return assignment(p);
    default: return {};
    }
}

QVariant ProviderPhoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Friendly name");
    case CapabilitiesColumn: return tr("Capabilities");
    case AssignmentColumn: return tr("Assignment");
    default: return {};
    }
}

Qt::ItemFlags ProviderPhoneModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isChoosable(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                    : Qt::ItemNeverHasChildren;
}

} // namespace phonedesk::models
