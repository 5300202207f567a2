// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace phonedesk::api {

// POST /: a name, and the provider phone either by uuid or by its number; any updatable field
// may come along in `fields` (built like an update, from a default PhoneNumber).
struct CreatePhoneNumberRequest
{
    QString name;
    std::optional<QString> providerPhoneUuid;
    std::optional<QString> phoneNumber; // E.164, looked up in the pool
    QJsonObject fields;

    QJsonObject toJson() const;
};

// PUT /{id}: only the fields that changed, so that a field the user did not touch is never
// sent and never overwrites what someone else changed meanwhile.
struct UpdatePhoneNumberRequest
{
    QJsonObject fields;

    static UpdatePhoneNumberRequest between(const PhoneNumber& before, const PhoneNumber& after);
    // The wire names of every field an update may carry, in the contract's order.
    static QStringList updatableFields();
    bool isEmpty() const { return fields.isEmpty(); }
    // Sending this, prepared from `seen`, would overwrite someone else's change: the server's copy
    // `now` was updated since, or holds another value in a field this request sets.
    bool conflictsWith(const PhoneNumber& seen, const PhoneNumber& now) const;
};

} // namespace phonedesk::api
