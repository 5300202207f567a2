// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/JsonMapping.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <functional>

class QNetworkReply;

namespace phonedesk::api {

// How often and how patiently a request that may be repeated (a GET) is tried again after a
// transient failure: exponential backoff with jitter, or the server's Retry-After.
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay {250};
    std::chrono::milliseconds maxDelay {10000}; // a longer Retry-After is reported, not waited for

    static RetryPolicy never() { return {0, {}, {}}; }
};

// The largest answer that holds one object (a number, its archive blockers): a number is at
// most 64 KiB (kMaxNumberJsonBytes), so anything far larger is not what was asked for.
inline constexpr qint64 kMaxObjectBytes = 4LL * 1024 * 1024;

// What one attempt may take at most: the answer's size, and the time from sending to the last
// byte (Qt's transfer timeout only notices silence, not a server that drips a byte a second).
struct CallLimits
{
    // For a list; an answer of one object may be at most kMaxObjectBytes of it.
    qint64 maxBodyBytes = 8LL * 1024 * 1024 * 1024;
    std::chrono::milliseconds deadline {std::chrono::minutes(5)};
};

// One request in flight. Emits finished() exactly once, then deletes itself later; read
// error() and, on success, the typed value of a ResultCall in the slot connected to finished().
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using Sender = std::function<QNetworkReply*()>;

    ~ApiCall() override;

    // Stops the request (or the wait before a retry); finished() still comes, with
    // ApiError::Kind::Cancelled.
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiError& error() const { return m_error; }
    bool ok() const { return m_finished && m_error.ok(); }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished();
    // The answer's body as it arrives; total is -1 when the server did not say (a streamed list).
    void progress(qint64 received, qint64 total);

protected:
    ApiCall(Sender send, RetryPolicy retry, CallLimits limits, QObject* parent);
    // Reads a 2xx body, in the parts it arrived in, into the typed value, then calls bodyRead()
    // with what is wrong with it.
    virtual void readBody(QList<QByteArray> parts) = 0;
    // The parts as one body, each freed once copied, so that the whole is held about once.
    static QByteArray joined(QList<QByteArray>& parts);
    void bodyRead(const QString& problem);

private:
    void send();
    void abortAttempt(bool tooLarge);
    void onReplyFinished();
    ApiError errorOf(QNetworkReply* reply) const;
    static bool isSuccess(QNetworkReply* reply);
    std::chrono::milliseconds retryDelay() const;
    void finish();

    Sender m_send;
    RetryPolicy m_retry;
    CallLimits m_limits;
    QTimer m_backoff;
    QTimer m_deadline;
    bool m_tooLarge = false;
    bool m_pastDeadline = false;
    QPointer<QNetworkReply> m_reply;
    QList<QByteArray> m_parts; // of the attempt being read, as they arrive
    QList<QSslError> m_sslErrors;
    ApiError m_error;
    int m_attempts = 0;
    int m_status = 0; // of the answer being read
    bool m_cancelled = false;
    bool m_finished = false;
};

template<typename T>
class ResultCall final : public ApiCall
{
public:
    using Parser = Parsed<T> (*)(const QByteArray&);

    ResultCall(Sender send, RetryPolicy retry, CallLimits limits, Parser parser, QObject* parent)
        : ApiCall(std::move(send), retry, limits, parent), m_parser(parser)
    {
    }

    const T& value() const { return m_value; }

protected:
    // On a worker thread: 100,000 numbers take a second to parse, which the window must not
    // wait for. The parser is a pure function of the bytes.
    void readBody(QList<QByteArray> parts) override
    {
        auto* watcher = new QFutureWatcher<Parsed<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            Parsed<T> parsed = watcher->result();
            watcher->deleteLater();
            m_value = std::move(parsed.value);
            bodyRead(parsed.error);
        });
        // Joined there too: for a streamed list there is no length to reserve ahead, and growing
        // one buffer of hundreds of megabytes on this thread would stall it.
        watcher->setFuture(QtConcurrent::run([parser = m_parser, parts = std::move(parts)]() mutable {
            const QByteArray body = joined(parts);
            return parser(body);
        }));
    }

private:
    Parser m_parser;
    T m_value {};
};

using PhoneNumberCall = ResultCall<PhoneNumber>;
using PhoneNumberListCall = ResultCall<QList<PhoneNumber>>;
using BodyCall = ResultCall<QByteArray>; // the body as it came, read by the caller
using ProviderPhoneListCall = ResultCall<QList<ProviderPhone>>;
using ArchiveBlockersCall = ResultCall<ArchiveBlockers>;

} // namespace phonedesk::api
