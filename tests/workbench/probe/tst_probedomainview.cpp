// SPDX-License-Identifier: GPL-3.0-or-later
// The Probe view with a domain of three MX hosts (modern, TLS 1.0 only, unreachable) served by a
// loopback DNS server and small servers of our own: the host table and domain verdicts, switching
// the matrix, suites, certificate and transcript between hosts (also while the probe runs), and
// screenshots (light and dark).
#include "../widgets/screenshot.h"
#include "../../core/probe/testmxsetup.h"

#include "views/probemodels.h"
#include "views/probeview.h"
#include "widgets/highlightedtextview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mailflow;
using namespace Mailflow::Workbench;

namespace {

ServerBehaviour modern()
{
    ServerBehaviour b;
    b.minVersion = TlsVersion::Tls12;
    b.oldHello = ServerBehaviour::OldHello::Fin;
    b.cipherList = "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256";
    b.cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256";
    return b;
}

ServerBehaviour legacyOnly()
{
    ServerBehaviour b;
    b.minVersion = TlsVersion::Tls10;
    b.maxVersion = TlsVersion::Tls10;
    b.cipherList = "ECDHE-RSA-AES256-SHA:AES128-SHA:DES-CBC3-SHA:@SECLEVEL=0";
    return b;
}

QString matrixOutcome(const ProbeMatrixModel *model, const QString &version)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ProbeMatrixModel::VersionNameRole).toString() == version)
            return model->index(row, 0).data(ProbeMatrixModel::OutcomeNameRole).toString();
    }
    return u"missing"_s;
}

struct Testers
{
    explicit Testers(ProbeView *view)
    {
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(view->hostModel()),
                                          static_cast<QAbstractItemModel *>(view->domainVerdictModel()),
                                          static_cast<QAbstractItemModel *>(view->matrixModel()),
                                          static_cast<QAbstractItemModel *>(view->cipherModel()),
                                          static_cast<QAbstractItemModel *>(view->verdictModel())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Mode::QtTest));
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace

class TestProbeDomainView : public QObject
{
    Q_OBJECT

    LoopbackMxServers m_servers;
    std::unique_ptr<FakeDnsServer> m_dns;

    void prepare(ProbeView *view)
    {
        view->setTarget(u"fabrikam.test"_s);
        view->setPort(m_servers.port);
        view->findChild<QLineEdit *>(u"probeDns"_s)->setText(u"127.0.0.1:%1"_s.arg(m_dns->port()));
    }

    bool runProbe(ProbeView *view)
    {
        QSignalSpy finished(view, &ProbeView::probeFinished);
        view->findChild<QPushButton *>(u"probeStart"_s)->click();
        return view->isRunning() && finished.wait(90000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MailflowTest"_s);
        QCoreApplication::setApplicationName(u"tst_probedomainview"_s);
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(m_servers.listen({modern(), legacyOnly(), std::nullopt}));
        m_dns = std::make_unique<FakeDnsServer>(
            QList<std::pair<int, QByteArray>>{{10, "mx1.fabrikam.test"}, {20, "mx2.fabrikam.test"}, {30, "mx3.fabrikam.test"}},
            QHash<QByteArray, QByteArray>{{"mx1.fabrikam.test", "127.0.0.2"}, {"mx2.fabrikam.test", "127.0.0.3"}, {"mx3.fabrikam.test", "127.0.0.4"}});
    }

    void hostsSwitchTheResults()
    {
        ProbeView view;
        Testers testers(&view);
        view.resize(1100, 850);
        prepare(&view);
        QCOMPARE(view.options().dnsPort, m_dns->port());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(runProbe(&view));

        const ProbeHostModel *hosts = view.hostModel();
        QCOMPARE(hosts->rowCount(), 3);
        QCOMPARE(hosts->index(0, ProbeHostModel::HostColumn).data().toString(), u"mx1.fabrikam.test"_s);
        QCOMPARE(hosts->index(1, ProbeHostModel::PreferenceColumn).data().toInt(), 20);
        QCOMPARE(hosts->index(0, 0).data(ProbeHostModel::DeliveryClassRole).toString(), u"tls"_s);
        QCOMPARE(hosts->index(1, 0).data(ProbeHostModel::DeliveryClassRole).toString(), u"no-tls12"_s);
        QCOMPARE(hosts->index(2, 0).data(ProbeHostModel::DeliveryClassRole).toString(), u"unreachable"_s);
        QCOMPARE(hosts->index(1, ProbeHostModel::AddressColumn).data().toString(), u"127.0.0.3"_s);
        QCOMPARE(hosts->index(1, ProbeHostModel::BestVersionColumn).data().toString(), u"TLS 1.0"_s);
        QVERIFY(view.findChild<QWidget *>(u"probeDomainPanel"_s)->isVisible());
        // Every domain verdict fits without scrolling.
        auto *domainVerdicts = view.findChild<QListView *>(u"probeDomainVerdicts"_s);
        QVERIFY(domainVerdicts->visualRect(view.domainVerdictModel()->index(2)).bottom() < domainVerdicts->viewport()->height());
        QCOMPARE(view.domainVerdictModel()->rowCount(), 3);
        QCOMPARE(view.domainVerdictModel()->index(1).data(ProbeVerdictModel::KindNameRole).toString(), u"domainHostFallsBack"_s);

        // The most preferred host first.
        QCOMPARE(view.shownHost(), 0);
        QCOMPARE(matrixOutcome(view.matrixModel(), u"TLS1.2"_s), u"accepted"_s);
        QCOMPARE(matrixOutcome(view.matrixModel(), u"TLS1.0"_s), u"closed"_s);

        // Picking mx2 in the table shows mx2's versions, suites and transcript.
        auto *table = view.findChild<QTableView *>(u"probeHosts"_s);
        const QRect mx2 = table->visualRect(hosts->index(1, ProbeHostModel::HostColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, mx2.center());
        QCOMPARE(view.shownHost(), 1);
        QCOMPARE(matrixOutcome(view.matrixModel(), u"TLS1.0"_s), u"accepted"_s);
        QCOMPARE(matrixOutcome(view.matrixModel(), u"TLS1.2"_s), u"downgraded"_s);
        QCOMPARE(view.cipherModel()->versions(), QList<TlsVersion>{TlsVersion::Tls10});
        QVERIFY(view.transcriptView()->toPlainText().contains(u"127.0.0.3 port"_s));
        QVERIFY(!view.transcriptView()->toPlainText().contains(u"127.0.0.2 port"_s));
        QCOMPARE(view.verdictModel()->index(0).data(ProbeVerdictModel::KindNameRole).toString(), u"exoFallsBackNoTls12"_s);

        // mx3 could not be reached: nothing in the matrix, and the summary says why.
        view.showHost(2);
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(view.cipherModel()->rowCount(), 0);
        QCOMPARE(view.verdictModel()->index(0).data(ProbeVerdictModel::KindNameRole).toString(), u"hostUnreachable"_s);

        // Copy as JSON: the whole domain.
        const QJsonObject json = QJsonDocument::fromJson(view.resultJson()).object();
        QCOMPARE(json.value(u"hosts").toArray().size(), 3);
        QVERIFY(!json.value(u"domainVerdicts").toArray().first().toObject().value(u"text").toString().isEmpty());
        QVERIFY(view.resultText().contains(u"== MX 20: mx2.fabrikam.test =="));
    }

    void pickHostWhileRunning()
    {
        // Picked while probing, mx2's matrix never shows mx1's answers (mx1 accepts TLS 1.3, mx2 does not).
        ProbeView view;
        Testers testers(&view);
        prepare(&view);
        bool leaked = false;
        connect(view.matrixModel(), &QAbstractItemModel::dataChanged, this, [&] {
            if (view.shownHost() == 1 && matrixOutcome(view.matrixModel(), u"TLS1.3"_s) == u"accepted")
                leaked = true;
        });
        connect(view.hostModel(), &QAbstractItemModel::modelReset, this, [&] {
            if (view.isRunning() && view.hostModel()->rowCount() == 3)
                view.showHost(1);
        });
        QVERIFY(runProbe(&view));
        QVERIFY(!leaked);
        QCOMPARE(view.shownHost(), 1);
        QCOMPARE(matrixOutcome(view.matrixModel(), u"TLS1.0"_s), u"accepted"_s);
        QCOMPARE(matrixOutcome(view.matrixModel(), u"TLS1.3"_s), u"alert"_s);
    }

    void singleHostHidesThePanel()
    {
        ProbeView view;
        view.setTarget(u"127.0.0.2"_s);
        view.setPort(m_servers.port);
        view.setVersionsOnly(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(runProbe(&view));
        QCOMPARE(view.hostModel()->rowCount(), 0);
        QVERIFY(!view.findChild<QWidget *>(u"probeDomainPanel"_s)->isVisible());
        QCOMPARE(matrixOutcome(view.matrixModel(), u"TLS1.2"_s), u"accepted"_s);
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void screenshots()
    {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        ProbeView view;
        view.resize(1280, 900);
        prepare(&view);
        view.setVersionsOnly(false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(runProbe(&view));
        view.showHost(1);
        QTest::qWait(50);
        const QImage image = saveWidgetScreenshot(&view, dark ? u"probe-domain-dark"_s : u"probe-domain-light"_s);
        QApplication::setPalette(original);
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TestProbeDomainView)
#include "tst_probedomainview.moc"
