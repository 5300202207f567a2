// SPDX-License-Identifier: MIT
// A TLS failure is shown with the certificate's details and never ignored: a real TLS server on
// loopback with a self-signed certificate made for the test.
#include "api/ApiClient.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace phonedesk;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=phonedesk-test-server"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        m_certificate = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("cert.pem"))).value(0);
        QFile key(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_key = QSslKey(&key, QSsl::Rsa);
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());
    }

    void anUntrustedCertificateIsRefusedWithItsDetails()
    {
        QSslServer server;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        server.setSslConfiguration(config);
        QByteArray received;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));

        api::ApiClient client;
        client.setConnection({QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())),
                              QStringLiteral("ws"), QStringLiteral("secret-token")});
        const api::ApiError error = test::finish(client.listPhoneNumbers());
        QCOMPARE(error.kind, api::ApiError::Kind::Tls);
        QVERIFY(!error.isTransient()); // not retried: trying again will not make it trusted
        const QString message = error.message();
        QVERIFY2(message.startsWith(QLatin1String("The secure connection failed:")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("self-signed")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("CN=phonedesk-test-server, issued by CN=phonedesk-test-server")), qPrintable(message));
        QVERIFY2(message.contains(QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':'))), qPrintable(message));
        QVERIFY2(!received.contains("secret-token"), "the token never travels over an untrusted connection");
    }

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
