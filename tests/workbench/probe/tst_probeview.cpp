// SPDX-License-Identifier: GPL-3.0-or-later
// The Probe view driven offscreen against Postfix fixtures on 127.0.0.1: the matrix fills in
// while the probe runs, the final models match what the server's configuration implies,
// Cancel stops it, and screenshots of a finished probe (light and dark).
#include "../widgets/screenshot.h"

#include "serverfixture.h"
#include "views/probemodels.h"
#include "views/probeview.h"
#include "widgets/highlightedtextview.h"
#include "widgets/statuspill.h"

#include "probe/probetext.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Mailflow;
using namespace Mailflow::Workbench;
using namespace Mailflow::Test;

namespace {

struct Testers
{
    explicit Testers(ProbeView *view)
    {
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(view->matrixModel()),
                                          static_cast<QAbstractItemModel *>(view->cipherModel()),
                                          static_cast<QAbstractItemModel *>(view->certificateModel()),
                                          static_cast<QAbstractItemModel *>(view->verdictModel())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Mode::QtTest));
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};


int rowOfVersion(const ProbeMatrixModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ProbeMatrixModel::VersionNameRole).toString() == name)
            return row;
    }
    return -1;
}

QStringList suitesOf(const ProbeCipherModel *model, const QString &versionName)
{
    QStringList suites;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (tlsVersionName(TlsVersion(index.data(ProbeCipherModel::VersionRole).toInt())) == versionName)
            suites << index.data(ProbeCipherModel::SuiteNameRole).toString();
    }
    return suites;
}

// Every item of the tree, depth first.
QList<QModelIndex> allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> list;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        list << index << allIndexes(model, index);
    }
    return list;
}

} // namespace

class TestProbeView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> m_legacy;

    bool runProbe(ProbeView *view, int timeoutMs = 60000)
    {
        QSignalSpy finished(view, &ProbeView::probeFinished);
        view->findChild<QPushButton *>(u"probeStart"_s)->click();
        if (!view->isRunning())
            return false;
        return finished.wait(timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MailflowTest"_s);
        QCoreApplication::setApplicationName(u"tst_probeview"_s);
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        if (::geteuid() != 0)
            QSKIP("the Postfix fixtures need root: run through ./dev test");
        m_legacy = std::make_unique<ServerFixture>(FixtureKind::PostfixLegacy);
        QVERIFY2(m_legacy->start(), qPrintable(m_legacy->errorString()));
    }

    void cleanupTestCase() { m_legacy.reset(); }

    void formDescribesOptions()
    {
        ProbeView view;
        Testers testers(&view);
        // Fits a small window (the main window's tests use 640 × 480).
        QVERIFY2(view.minimumSizeHint().width() <= 600 && view.minimumSizeHint().height() <= 400,
                 qPrintable(u"%1 x %2"_s.arg(view.minimumSizeHint().width()).arg(view.minimumSizeHint().height())));
        view.setTarget(u"mail.contoso.com"_s);
        view.setPort(465);
        ProbeOptions options = view.options();
        QCOMPARE(options.target, u"mail.contoso.com"_s);
        QCOMPARE(options.port, 465);
        QVERIFY(options.implicitTls);
        view.setPort(587);
        options = view.options();
        QCOMPARE(options.port, 587);
        QVERIFY(!options.implicitTls);
        view.setPort(2525);
        QCOMPARE(view.options().port, 2525);
        // A port in the target wins over the field.
        view.setTarget(u"[2001:db8::1]:26"_s);
        QCOMPARE(view.options().port, 0);
        // An invalid target does not start.
        view.setTarget(u"bad host name:x"_s);
        view.start();
        QVERIFY(!view.isRunning());
        QVERIFY(view.history().isEmpty());
    }

    void rememberedState()
    {
        {
            ProbeView view;
            view.setPort(465);
            view.setVersionsOnly(true);
        }
        ProbeView again;
        QCOMPARE(again.options().port, 465);
        QVERIFY(again.options().implicitTls);
        QVERIFY(again.options().versionsOnly);
        again.setPort(25);
        again.setVersionsOnly(false);
    }

    void liveMatrixAndFinalModels()
    {
        ProbeView view;
        view.resize(1200, 860);
        Testers testers(&view);
        view.setTarget(u"127.0.0.1"_s);
        view.setPort(m_legacy->port());

        // Count versions that got their answer while the probe was still running.
        QSet<QString> liveVersions;
        int liveCipherRows = 0;
        bool liveShot = false;
        connect(view.matrixModel(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft) {
            if (view.isRunning() && !topLeft.data(ProbeMatrixModel::PendingRole).toBool())
                liveVersions.insert(topLeft.data(ProbeMatrixModel::VersionNameRole).toString());
            if (view.isRunning() && liveVersions.size() == 2 && !liveShot) {
                liveShot = true; // the matrix half filled in
                QVERIFY(!saveWidgetScreenshot(&view, u"probe-view-running"_s).isNull());
            }
        });
        connect(view.cipherModel(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            if (view.isRunning())
                liveCipherRows += last - first + 1;
        });
        bool pendingAtStart = false;
        connect(&view, &ProbeView::probeStarted, this, [&] {
            pendingAtStart = view.matrixModel()->rowCount() == 5
                && view.matrixModel()->index(0, 0).data(ProbeMatrixModel::PendingRole).toBool();
        });
        QVERIFY(runProbe(&view));
        QVERIFY(pendingAtStart);
        QCOMPARE(liveVersions.size(), 5); // every row filled in before finished()
        QVERIFY(liveCipherRows > 0);

        const ProbeResult &result = view.result();
        QVERIFY2(result.reachable, qPrintable(result.error));
        const FixtureTruth &truth = m_legacy->truth();
        const ProbeMatrixModel *matrix = view.matrixModel();
        QCOMPARE(matrix->rowCount(), 5);
        for (const QString &name : versionNames()) {
            const ExpectedVersion expected = truth.versions.value(name);
            const int row = rowOfVersion(matrix, name);
            QVERIFY2(row >= 0, qPrintable(name));
            const QModelIndex result = matrix->index(row, ProbeMatrixModel::ResultColumn);
            const QString outcome = result.data(ProbeMatrixModel::OutcomeNameRole).toString();
            QVERIFY(!result.data(Qt::ToolTipRole).toString().isEmpty());
            QVERIFY(!result.data(Qt::DecorationRole).isNull());
            if (expected.accepted) {
                QCOMPARE(outcome, u"accepted"_s);
                QCOMPARE(result.data().toString(), u"accepted"_s);
                QCOMPARE(suitesOf(view.cipherModel(), name), expected.ciphers); // server order
            } else {
                QVERIFY2(outcome != u"accepted"_s, qPrintable(name));
                if (!expected.refusal.isEmpty())
                    QCOMPARE(outcome, expected.refusal);
                if (!expected.alert.isEmpty())
                    QVERIFY(result.data().toString().contains(expected.alert));
                QVERIFY(suitesOf(view.cipherModel(), name).isEmpty());
            }
        }

        // Weak and Office 365 marks.
        const ProbeCipherModel *ciphers = view.cipherModel();
        int weak = 0, office = 0;
        for (int row = 0; row < ciphers->rowCount(); ++row) {
            const QModelIndex suite = ciphers->index(row, ProbeCipherModel::SuiteColumn);
            const QString name = suite.data(ProbeCipherModel::SuiteNameRole).toString();
            if (suite.data(ProbeCipherModel::WeakRole).toBool()) {
                ++weak;
                QVERIFY(!suite.data(Qt::DecorationRole).isNull());
                QVERIFY(!ciphers->index(row, ProbeCipherModel::WeaknessColumn).data().toString().isEmpty());
            }
            if (suite.data(ProbeCipherModel::Office365Role).toBool()) {
                ++office;
                QCOMPARE(ciphers->index(row, ProbeCipherModel::Office365Column).data().toString(), u"Office 365"_s);
            }
            if (name.contains(u"_anon_"))
                QVERIFY2(suite.data(ProbeCipherModel::WeakRole).toBool(), qPrintable(name));
            if (name == u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
                QVERIFY(suite.data(ProbeCipherModel::Office365Role).toBool());
        }
        QVERIFY(weak > 0);
        QVERIFY(office > 0);

        // The version filter of the cipher table.
        auto *cipherVersion = view.findChild<QComboBox *>(u"probeCipherVersion"_s);
        auto *cipherTable = view.findChild<QTableView *>(u"probeCiphers"_s);
        QCOMPARE(cipherVersion->count(), 4); // all, TLS 1.2, 1.1, 1.0
        QCOMPARE(cipherTable->model()->rowCount(), ciphers->rowCount());
        cipherVersion->setCurrentIndex(cipherVersion->findData(int(TlsVersion::Tls11)));
        QCOMPARE(cipherTable->model()->rowCount(), int(truth.versions.value(u"TLS1.1"_s).ciphers.size()));
        cipherVersion->setCurrentIndex(0);

        // The certificate tree names the fixture's host.
        const ProbeCertificateModel *certificates = view.certificateModel();
        QVERIFY(certificates->rowCount() >= 1);
        QCOMPARE(certificates->index(0, 1).data().toString(), truth.certificateSubjectCn);
        bool subjectFound = false;
        for (const QModelIndex &index : allIndexes(certificates)) {
            if (index.data(ProbeCertificateModel::FieldRole).toString() == u"subject")
                subjectFound = subjectFound || index.siblingAtColumn(1).data().toString().contains(u"CN=" + truth.certificateSubjectCn);
        }
        QVERIFY(subjectFound);

        // Verdicts: the CLI's sentences; legacy versions and weak suites are named.
        const ProbeVerdictModel *verdicts = view.verdictModel();
        QCOMPARE(verdicts->rowCount(), int(result.verdicts.size()));
        QStringList kinds;
        for (int row = 0; row < verdicts->rowCount(); ++row) {
            QCOMPARE(verdicts->index(row).data().toString(), probeVerdictText(result.verdicts.at(row)));
            kinds << verdicts->index(row).data(ProbeVerdictModel::KindNameRole).toString();
        }
        QVERIFY2(kinds.contains(u"legacyVersionsAccepted"_s), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.contains(u"weakCipherSuites"_s), qPrintable(kinds.join(u' ')));

        // The transcript, highlighted, all connections or one.
        HighlightedTextView *transcript = view.transcriptView();
        QCOMPARE(transcript->definitionName(), u"SMTP Dialogue"_s);
        QVERIFY(transcript->toPlainText().contains(u"STARTTLS"_s));
        auto *connection = view.findChild<QComboBox *>(u"probeConnection"_s);
        QCOMPARE(connection->count(), int(result.transcript.size()) + 1);
        const int allLength = transcript->toPlainText().size();
        connection->setCurrentIndex(1);
        QVERIFY(transcript->toPlainText().size() < allLength);
        QVERIFY(transcript->toPlainText().startsWith(u"=== "_s));

        // Copy as text and JSON.
        QVERIFY(view.resultText().contains(u"mx.legacy.test"_s));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(view.resultJson(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.object().value(u"versions").isObject());
        view.copyJson();
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), view.resultJson());

        // History with a completer.
        QCOMPARE(view.history().value(0), u"127.0.0.1"_s);
        QVERIFY(view.findChild<QLineEdit *>(u"probeHost"_s)->completer());
    }

    void cancelStops()
    {
        // Enter starts, Escape cancels (after the first version has its answer).
        ProbeView view;
        Testers testers(&view);
        view.setTarget(u"127.0.0.1"_s);
        view.setPort(m_legacy->port());
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *host = view.findChild<QLineEdit *>(u"probeHost"_s);
        host->setFocus();
        connect(view.matrixModel(), &QAbstractItemModel::dataChanged, &view, [&view, host] {
            QTimer::singleShot(0, &view, [&view, host] {
                if (view.isRunning())
                    QTest::keyClick(host, Qt::Key_Escape);
            });
        }, Qt::SingleShotConnection);
        QSignalSpy finished(&view, &ProbeView::probeFinished);
        QTest::keyClick(host, Qt::Key_Return);
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(view.result().cancelled);
        QVERIFY(!view.isRunning());
        QVERIFY(view.findChild<QPushButton *>(u"probeStart"_s)->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(u"probeCancel"_s)->isEnabled());
        for (int row = 0; row < view.matrixModel()->rowCount(); ++row)
            QVERIFY(!view.matrixModel()->index(row, 0).data(ProbeMatrixModel::PendingRole).toBool());
        // Far fewer connections than a full probe of the legacy server (over a hundred).
        QVERIFY2(view.result().connections < 60, qPrintable(QString::number(view.result().connections)));

        // The Cancel button too.
        connect(view.matrixModel(), &QAbstractItemModel::dataChanged, &view, [&view] {
            QTimer::singleShot(0, &view, [&view] {
                if (view.isRunning())
                    view.findChild<QPushButton *>(u"probeCancel"_s)->click();
            });
        }, Qt::SingleShotConnection);
        QVERIFY(runProbe(&view));
        QVERIFY(view.result().cancelled);
    }

    void certificateChainNests()
    {
        // The modern fixture sends leaf + CA: the CA's certificate sits below the leaf it issued.
        ServerFixture modern(FixtureKind::PostfixModern);
        QVERIFY2(modern.start(), qPrintable(modern.errorString()));
        ProbeView view;
        view.resize(1100, 800);
        Testers testers(&view);
        view.setTarget(u"127.0.0.1"_s);
        view.setPort(modern.port());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(runProbe(&view));
        QCOMPARE(view.result().certificate.size(), modern.truth().chainLength);
        const ProbeCertificateModel *model = view.certificateModel();
        const QModelIndex leaf = model->index(0, 0);
        QCOMPARE(leaf.siblingAtColumn(1).data().toString(), modern.truth().certificateSubjectCn);
        QModelIndex issuer;
        QString leafIssuer;
        for (int row = 0; row < model->rowCount(leaf); ++row) {
            const QModelIndex child = model->index(row, 0, leaf);
            if (child.data(ProbeCertificateModel::FieldRole).toString() == u"certificate")
                issuer = child;
            if (child.data(ProbeCertificateModel::FieldRole).toString() == u"issuer")
                leafIssuer = child.siblingAtColumn(1).data().toString();
        }
        QVERIFY(issuer.isValid());
        QString issuerSubject;
        for (int row = 0; row < model->rowCount(issuer); ++row) {
            const QModelIndex child = model->index(row, 0, issuer);
            if (child.data(ProbeCertificateModel::FieldRole).toString() == u"subject")
                issuerSubject = child.siblingAtColumn(1).data().toString();
        }
        QCOMPARE(issuerSubject, leafIssuer);
        QCOMPARE(suitesOf(view.cipherModel(), u"TLS1.3"_s), modern.truth().versions.value(u"TLS1.3"_s).ciphers);
        view.findChild<QTabWidget *>(u"probeTabs"_s)->setCurrentIndex(1);
        QVERIFY(!saveWidgetScreenshot(&view, u"probe-certificate-chain"_s).isNull());
    }

    void closeWhileRunning()
    {
        auto view = std::make_unique<ProbeView>();
        view->setTarget(u"127.0.0.1"_s);
        view->setPort(m_legacy->port());
        view->start();
        QVERIFY(view->isRunning());
        QVERIFY(QTest::qWaitFor([&] { return view->matrixModel()->index(0, 0).data(ProbeMatrixModel::PendingRole).toBool() == false
                                             || !view->isRunning(); }, 30000));
        view.reset(); // must not crash or hang
        QTest::qWait(50);
    }

    void unreachableHost()
    {
        // A port nobody listens on: the probe ends at once and says why.
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            port = server.serverPort();
        }
        ProbeView view;
        Testers testers(&view);
        view.setTarget(u"127.0.0.1"_s);
        view.setPort(port);
        QVERIFY(runProbe(&view, 30000));
        QVERIFY(!view.result().reachable);
        QVERIFY(view.findChild<ElidingLabel *>(u"probeStatus"_s)->fullText().contains(view.result().error));
        for (int row = 0; row < view.matrixModel()->rowCount(); ++row)
            QVERIFY(!view.matrixModel()->index(row, 0).data(ProbeMatrixModel::PendingRole).toBool());
        QVERIFY(view.resultText().contains(view.result().error));
        QCOMPARE(view.verdictModel()->index(0).data(ProbeVerdictModel::KindNameRole).toString(), u"hostUnreachable"_s);
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
        view.setTarget(u"127.0.0.1"_s);
        view.setPort(m_legacy->port());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(runProbe(&view));
        QTest::qWait(50);
        const QImage image = saveWidgetScreenshot(&view, dark ? u"probe-view-dark"_s : u"probe-view-light"_s);
        auto *tabs = view.findChild<QTabWidget *>(u"probeTabs"_s);
        tabs->setCurrentIndex(1);
        QVERIFY(!saveWidgetScreenshot(&view, dark ? u"probe-certificate-dark"_s : u"probe-certificate-light"_s).isNull());
        tabs->setCurrentIndex(2);
        QVERIFY(!saveWidgetScreenshot(&view, dark ? u"probe-transcript-dark"_s : u"probe-transcript-light"_s).isNull());
        tabs->setCurrentIndex(0);
        QApplication::setPalette(original);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), view.width() * int(view.devicePixelRatio()));
    }
};

QTEST_MAIN(TestProbeView)
#include "tst_probeview.moc"
