// SPDX-License-Identifier: MIT
// A write's answer lands in store, cache and model; the gate says why an action is unavailable.
#include "api/ApiClient.h"
#include "models/Cache.h"
#include "models/NumberStore.h"
#include "models/PhoneNumberModel.h"
#include "models/WriteGate.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace phonedesk;
using models::WriteAction;

class TestWriteGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<test::SyncedStore>();
        QCOMPARE(m_env->start(), QString());
    }

    void aWritesAnswerLandsInStoreCacheAndModel()
    {
        models::PhoneNumberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.resetNumbers(m_env->store->numbers());
        connect(m_env->store.get(), &models::NumberStore::numberChanged, &model, &models::PhoneNumberModel::upsertNumber);

        api::PhoneNumber renamed = m_env->store->numbers().first();
        renamed.name = QStringLiteral("Renamed by the server");
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_env->store->applyServerNumber(renamed);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(model.rowOfId(renamed.id), models::PhoneNumberModel::NameColumn).data().toString(), renamed.name);
        QTRY_COMPARE(m_env->cache->numbers(QStringLiteral("p")).first().name, renamed.name); // by the writer thread

        api::PhoneNumber created = renamed;
        created.id = 999;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        m_env->store->applyServerNumber(created);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_env->store->numbers().size(), 30);
        QTRY_COMPARE(m_env->cache->numbers(QStringLiteral("p")).size(), 30);
    }

    void theGateSaysWhyNot()
    {
        models::WriteGate gate(*m_env->store);
        const api::PhoneNumber active = m_env->store->numbers().first();
        api::PhoneNumber archived = active;
        archived.isArchived = true;

        QVERIFY(gate.check(WriteAction::New, nullptr).enabled);
        QVERIFY(gate.check(WriteAction::Edit, &active).enabled);
        QVERIFY(gate.check(WriteAction::Archive, &active).enabled);
        QCOMPARE(gate.check(WriteAction::Edit, nullptr).reason, QStringLiteral("Select a number first."));
        QCOMPARE(gate.check(WriteAction::Link, &archived).reason, QStringLiteral("Archived numbers cannot be changed."));
        QCOMPARE(gate.check(WriteAction::Archive, &archived).reason, QStringLiteral("This number is already archived."));
    }

    void aMissingScopeIsRememberedFromTheServersAnswer()
    {
        // A read-only token: the server's 403 names the scope, and the store remembers it.
        api::ApiClient reader;
        reader.setConnection({m_env->server->url(), QLatin1String(demo::kWorkspaceUuid), QLatin1String(demo::kReadToken)});
        const api::ApiError forbidden = test::finish(reader.archivePhoneNumber(QStringLiteral("6")));
        QCOMPARE(forbidden.missingScope, QStringLiteral("phones:admin"));
        QSignalSpy permissions(&m_env->store->permissions(), &models::Permissions::changed);
        m_env->store->noteError(forbidden);
        QCOMPARE(permissions.size(), 1);

        models::WriteGate gate(*m_env->store);
        const api::PhoneNumber active = m_env->store->numbers().first();
        const models::Availability archive = gate.check(WriteAction::Archive, &active);
        QVERIFY(!archive.enabled);
        QVERIFY2(archive.reason.contains(QLatin1String("phones:admin")), qPrintable(archive.reason));
        QVERIFY(gate.check(WriteAction::Edit, &active).enabled); // phones:write was not refused
    }

    void offlineDisablesEveryWrite()
    {
        m_env->server->stop();
        QSignalSpy failed(m_env->store.get(), &models::NumberStore::refreshFailed);
        m_env->store->refresh();
        QVERIFY(failed.wait(15000));
        models::WriteGate gate(*m_env->store);
        const api::PhoneNumber active = m_env->store->numbers().first();
        for (WriteAction action : {WriteAction::New, WriteAction::Edit, WriteAction::Link, WriteAction::Archive}) {
            const models::Availability a = gate.check(action, &active);
            QVERIFY(!a.enabled);
            QVERIFY2(a.reason.startsWith(QLatin1String("Offline")), qPrintable(a.reason));
        }
        m_env->store->openProfile(QStringLiteral("other")); // a profile never reached this session
        QCOMPARE(gate.check(WriteAction::New, nullptr).reason, QStringLiteral("Not connected to a server yet."));
        m_env->store->setForcedOffline(true);
        QVERIFY(gate.check(WriteAction::New, nullptr).reason.contains(QLatin1String("--offline")));
    }

private:
    std::unique_ptr<test::SyncedStore> m_env;
};

QTEST_GUILESS_MAIN(TestWriteGate)
#include "tst_write_gate.moc"
