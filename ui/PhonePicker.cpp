// SPDX-License-Identifier: MIT
#include "ui/PhonePicker.h"

#include "models/NumberFilterProxy.h"
#include "models/ProviderPhoneModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace phonedesk::ui {

void bindPhonePicker(QTableView* view, QLineEdit* search, models::NumberFilterProxy* phones)
{
    view->setModel(phones);
    view->setSortingEnabled(true);
    view->sortByColumn(models::ProviderPhoneModel::NumberColumn, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(search, &QLineEdit::textChanged, phones, [phones](const QString& text) {
        models::NumberFilter filter;
        filter.setArchived(api::ArchivedFilter::All);
        filter.setText(text);
        phones->setFilter(filter);
    });
}

QString chosenPhoneUuid(const QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::ProviderPhoneModel::UuidRole).toString();
}

} // namespace phonedesk::ui
