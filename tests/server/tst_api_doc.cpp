// SPDX-License-Identifier: MIT
// docs/api.md is executable: its example requests are replayed in order against the real
// server, and each answer must be the one the document shows.
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace phonedesk;

namespace {

struct Example
{
    QByteArray method;
    QString path; // below the list URL: "/12/link", "/?is_archived=true"
    QString token;
    QByteArray body;
    int status = 0;
    QJsonDocument response;
};

QList<Example> examplesIn(const QString& markdown)
{
    static const QRegularExpression pair(
        QStringLiteral("```http request\\n(.*?)\\n```\\n```json response (\\d+)\\n(.*?)\\n```"),
        QRegularExpression::DotMatchesEverythingOption);
    QList<Example> examples;
    for (auto it = pair.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString request = m.captured(1);
        const qsizetype bodyStart = request.indexOf(QLatin1String("\n\n"));
        const QStringList head = request.left(bodyStart < 0 ? request.size() : bodyStart).split(QLatin1Char('\n'));
        Example e;
        e.method = head.first().section(QLatin1Char(' '), 0, 0).toLatin1();
        e.path = head.first().section(QLatin1Char(' '), 1);
        for (const QString& header : head.mid(1)) {
            if (header.startsWith(QLatin1String("Authorization: Bearer ")))
                e.token = header.mid(22);
        }
        if (bodyStart >= 0)
            e.body = request.mid(bodyStart + 2).toUtf8();
        e.status = m.captured(2).toInt();
        e.response = QJsonDocument::fromJson(m.captured(3).toUtf8());
        examples.append(e);
    }
    return examples;
}

// Compares the documented JSON with the actual; generated values are compared by form.
// Returns where they differ, or nothing.
QString difference(const QJsonValue& doc, const QJsonValue& actual, const QString& path)
{
    const QString key = path.section(QLatin1Char('.'), -1);
    if (key == QLatin1String("uuid")) {
        return !QUuid::fromString(actual.toString()).isNull() ? QString() : path + QLatin1String(": not a uuid");
    }
    if (key == QLatin1String("createdAt") || key == QLatin1String("updatedAt") || key == QLatin1String("archivedAt")) {
        if (doc.isNull())
            return actual.isNull() ? QString() : path + QLatin1String(": should be null");
        return QDateTime::fromString(actual.toString(), Qt::ISODateWithMs).isValid() ? QString() : path + QLatin1String(": not a time");
    }
    if (doc.isObject() && actual.isObject()) {
        const QJsonObject d = doc.toObject();
        const QJsonObject a = actual.toObject();
        if (d.keys() != a.keys())
            return path + QLatin1String(": keys differ");
        for (const QString& k : d.keys()) {
            if (QString diff = difference(d.value(k), a.value(k), path + QLatin1Char('.') + k); !diff.isEmpty())
                return diff;
        }
        return {};
    }
    if (doc.isArray() && actual.isArray()) {
        const QJsonArray d = doc.toArray();
        const QJsonArray a = actual.toArray();
        if (d.size() != a.size())
            return path + QStringLiteral(": %1 entries documented, %2 served").arg(d.size()).arg(a.size());
        for (qsizetype i = 0; i < d.size(); ++i) {
            if (QString diff = difference(d.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i)); !diff.isEmpty())
                return diff;
        }
        return {};
    }
    return doc == actual ? QString()
                         : path + QStringLiteral(": documented %1, served %2")
                                      .arg(QString::fromUtf8(QJsonDocument(QJsonArray {doc}).toJson(QJsonDocument::Compact)),
                                           QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact)));
}

QJsonValue valueOf(const QJsonDocument& doc) { return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()); }

} // namespace

class TestApiDoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleIsWhatTheServerAnswers()
    {
        const QList<Example> examples = examplesIn(QString::fromUtf8(test::readSourceFile(QStringLiteral("docs/api.md"))));
        QVERIFY2(examples.size() >= 13, "the document lost examples");
        QSet<QString> endpoints;
        auto server = test::startServer({QStringLiteral("--fixture"), test::sourcePath(QStringLiteral("tests/server/fixtures/writes.json"))});
        QVERIFY(server->url().isValid());
        for (const Example& e : examples) {
            const QString what = QString::fromLatin1(e.method) + QLatin1Char(' ') + e.path;
            QUrl url = test::numbersUrl(server->url(), QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001"));
            const QString path = e.path == QLatin1String("/") ? QString() : e.path;
            const qsizetype query = path.indexOf(QLatin1Char('?'));
            QString below = query < 0 ? path : path.left(query);
            if (below == QLatin1String("/"))
                below.clear(); // "/?is_archived=true" is the list itself
            url.setPath(url.path() + below);
            if (query >= 0)
                url.setQuery(path.mid(query + 1));
            const test::HttpResult r = test::http(e.method, url, e.token, e.body);
            QVERIFY2(r.status == e.status, qPrintable(what + QStringLiteral(": documented %1, served %2").arg(e.status).arg(r.status)));
            const QString diff = difference(valueOf(e.response), valueOf(QJsonDocument::fromJson(r.body)), QStringLiteral("body"));
            QVERIFY2(diff.isEmpty(), qPrintable(what + QLatin1String(": ") + diff));
            endpoints.insert(QString::fromLatin1(e.method) + QLatin1Char(' ')
                             + QString(e.path).replace(QRegularExpression(QStringLiteral("/\\d+")), QStringLiteral("/{id}")).section(QLatin1Char('?'), 0, 0));
        }
        // Every endpoint has at least one example.
        for (const char* endpoint : {"GET /", "POST /", "GET /linkable-phones", "GET /{id}", "PUT /{id}", "POST /{id}/archive",
                                     "GET /{id}/archive-blockers", "POST /{id}/link"})
            QVERIFY2(endpoints.contains(QLatin1String(endpoint)), endpoint);
    }
};

QTEST_GUILESS_MAIN(TestApiDoc)
#include "tst_api_doc.moc"
