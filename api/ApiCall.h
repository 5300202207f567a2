// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"
#include "JsonMapping.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkReply;

namespace phonedesk::api {

// One request in flight. Emits finished() exactly once, then deletes itself later; read
// error() and, on success, the typed value of a ResultCall in the slot connected to finished().
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    // Stops the request; finished() still comes, with ApiError::Kind::Cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiError& error() const { return m_error; }
    bool ok() const { return m_finished && m_error.ok(); }

Q_SIGNALS:
    void finished();

protected:
    ApiCall(QNetworkReply* reply, QObject* parent);
    // Reads a 2xx body into the typed value; returns what is wrong with it, or nothing.
    virtual QString readBody(const QByteArray& body) = 0;

private:
    void onReplyFinished();
    ApiError errorOf(QNetworkReply* reply) const;

    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    ApiError m_error;
    bool m_cancelled = false;
    bool m_finished = false;
};

template<typename T>
class ResultCall final : public ApiCall
{
public:
    using Parser = Parsed<T> (*)(const QByteArray&);

    ResultCall(QNetworkReply* reply, Parser parser, QObject* parent)
        : ApiCall(reply, parent), m_parser(parser)
    {
    }

    const T& value() const { return m_value; }

protected:
    QString readBody(const QByteArray& body) override
    {
        Parsed<T> parsed = m_parser(body);
        m_value = std::move(parsed.value);
        return parsed.error;
    }

private:
    Parser m_parser;
    T m_value {};
};

using PhoneNumberCall = ResultCall<PhoneNumber>;
using PhoneNumberListCall = ResultCall<QList<PhoneNumber>>;
using ProviderPhoneListCall = ResultCall<QList<ProviderPhone>>;

} // namespace phonedesk::api
