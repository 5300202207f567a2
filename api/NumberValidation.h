// SPDX-License-Identifier: MIT
#pragma once

#include "api/PhoneNumber.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace phonedesk::api {

// The contract's field rules, checked on the client as the user types, so that a form can show
// each problem on its field before anything is sent. The server checks the same rules again.
class NumberValidation
{
    Q_DECLARE_TR_FUNCTIONS(NumberValidation)

public:
    static constexpr qint64 kMaxRestartDelay = 604800;
    static constexpr qsizetype kMaxNameLength = 255;
    static constexpr qsizetype kMaxMessageLength = 2000;

    // Field name -> what is wrong with it; empty when the number may be sent.
    static QMap<QString, QString> check(const PhoneNumber& number);
    static const QStringList& workModes();
    // The fields that hold a work mode: voiceWorkMode, smsWorkMode.
    static const QStringList& workModeFields();
    static bool isForwarding(const std::optional<QString>& workMode);
};

} // namespace phonedesk::api
