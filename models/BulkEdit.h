// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"
#include "api/Requests.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace phonedesk::models {

// What a bulk edit would do to one number, before anything is sent.
struct BulkEditRow
{
    enum class Outcome { Change, Skip, Invalid, Create };

    api::PhoneNumber number; // for Create: the number as it would be created
    Outcome outcome = Outcome::Skip;
    api::UpdatePhoneNumberRequest request; // exactly the fields that would change
    std::optional<api::CreatePhoneNumberRequest> create; // for Create
    QStringList alreadySet; // fields already at the target value
    QMap<QString, QString> problems; // field -> why the result would be refused
};

// The preview of setting `fields` (wire names and values, e.g. {"restartDelay": 300}) on each
// of `numbers`: per number, the fields that would change, the ones already at the target value
// (skipped), and the contract's rules the result would break (archived numbers cannot change).
// Returns an error instead when a field cannot be set in bulk.
struct BulkEditPreview
{
    QList<BulkEditRow> rows;
    QString error;

    static BulkEditPreview of(const QList<api::PhoneNumber>& numbers, const QJsonObject& fields);
    // One number's row of that preview (any updatable field may be in `fields`; the import
    // uses it per line of its file).
    static BulkEditRow rowFor(const api::PhoneNumber& number, const QJsonObject& fields);
    // The fields a bulk edit may set: channels, assistant, work modes and forward numbers, the
    // off-hours messages and the voicemail greeting, inbound workflow, restart delay, brand.
    static const QStringList& settableFields();
    qsizetype count(BulkEditRow::Outcome outcome) const;
};

} // namespace phonedesk::models
