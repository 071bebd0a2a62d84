// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggenerator.h"
#include "screenshot.h"

#include "logs/logjson.h"
#include "logs/logloader.h"
#include "mainwindow.h"
#include "views/logsmodels.h"
#include "views/logsview.h"
#include "widgets/highlightedtextview.h"
#include "widgets/timelinechart.h"
#include "widgets/tlsversionchart.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Mailflow;
using namespace Mailflow::Workbench;

namespace {

QString sampleFolder()
{
    return QStringLiteral(MAILFLOW_TEST_DATA_DIR "/logs/input");
}


// Loads @p paths and waits until every model is filled.
bool load(LogsView &view, const QStringList &paths)
{
    QSignalSpy loaded(&view, &LogsView::loaded);
    view.openPaths(paths);
    return loaded.wait(60000);
}

int rowOfId(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SessionTableModel::SessionIdColumn).data().toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestLogsView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_corpus;
    Testing::LogGeneratorStats m_stats;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"MailflowTest"_s);
        QCoreApplication::setApplicationName(u"tst_logsview"_s);
        Testing::LogGeneratorOptions options;
        options.folder = m_corpus.path();
        options.totalBytes = 24 << 20;
        options.fileBytes = 2 << 20;
        m_stats = Testing::generateProtocolLogs(options);
        QVERIFY(m_stats.bytes > 0);
    }

    void emptyState()
    {
        LogsView view;
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *openFiles = view.findChild<QPushButton *>(u"emptyOpenFiles"_s);
        QVERIFY(openFiles);
        QVERIFY(openFiles->isVisible());
        QVERIFY(!openFiles->text().isEmpty());
        QVERIFY(view.sessionTable()->isHidden() || !view.sessionTable()->isVisible());
        QVERIFY(!saveWidgetScreenshot(&view, u"logsview-empty"_s).isNull());
    }

    void loadsSampleFolderIntoEveryModel()
    {
        LogsView view;
        QAbstractItemModelTester t1(view.sessionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(view.sessionProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(view.tlsVersionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(view.legacyHostsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(view.fallbacksModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t6(view.retriesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t7(view.problemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(view, {sampleFolder()}));

        const LogResult &r = view.result();
        QVERIFY(r.sessionCount() > 10);
        QCOMPARE(view.sessionModel()->rowCount(), r.sessionCount());
        QCOMPARE(view.sessionProxy()->rowCount(), r.sessionCount());
        QCOMPARE(view.legacyHostsModel()->rowCount(), int(r.legacyTls.size()));
        QCOMPARE(view.fallbacksModel()->rowCount(), int(r.fallbacks.size()));
        QCOMPARE(view.retriesModel()->rowCount(), int(r.retries.size()));
        QVERIFY(view.fallbacksModel()->rowCount() > 0);
        QVERIFY(view.problemsModel()->rowCount() > 0);
        // problems cite file:line
        bool malformedCited = false;
        for (int row = 0; row < view.problemsModel()->rowCount(); ++row) {
            const QString where = view.problemsModel()->index(row, 0).data().toString();
            malformedCited |= where.contains(u"malformed-lines.log:"_s);
        }
        QVERIFY(malformedCited);

        // sessions per day: the stacked columns add up to every session with a known version or none
        int total = 0;
        int stacked = 0;
        for (int row = 0; row < view.tlsVersionModel()->rowCount(); ++row) {
            total += view.tlsVersionModel()->index(row, TlsVersionTableModel::TotalColumn).data().toInt();
            for (int c = TlsVersionTableModel::Tls10Column; c <= TlsVersionTableModel::NoneColumn; ++c)
                stacked += view.tlsVersionModel()->index(row, c).data().toInt();
        }
        QCOMPARE(total, r.summary.sessions);
        QCOMPARE(stacked, r.summary.sessions - r.summary.tlsVersions.value(u"SSL3.0"_s));
        QCOMPARE(view.tlsVersionChart()->categories().size(), view.tlsVersionModel()->rowCount());
        // switch to per remote host: the same model, other buckets
        auto *buckets = view.findChild<QComboBox *>(u"bucketChoice"_s);
        buckets->setCurrentIndex(1);
        QCOMPARE(view.tlsVersionModel()->bucket(), TlsVersionTableModel::PerRemoteHost);
        QVERIFY(view.tlsVersionModel()->rowCount() > 1);
        int hostTotal = 0;
        for (int row = 0; row < view.tlsVersionModel()->rowCount(); ++row)
            hostTotal += view.tlsVersionModel()->index(row, TlsVersionTableModel::TotalColumn).data().toInt();
        QCOMPARE(hostTotal, r.summary.sessions);
        buckets->setCurrentIndex(0);

        // the timeline shows one mark per session
        QTRY_COMPARE(view.timeline()->points().size(), r.sessionCount());

        // the JSON export is the CLI's
        QTemporaryDir dir;
        const QString json = dir.filePath(u"summary.json"_s);
        QVERIFY(view.exportJson(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()), logResultToJson(r, true));
    }

    void filters()
    {
        LogsView view;
        QVERIFY(load(view, {sampleFolder()}));
        const LogResult &r = view.result();
        SessionFilterProxyModel *proxy = view.sessionProxy();

        auto *tls = view.findChild<QComboBox *>(u"tlsFilter"_s);
        tls->setCurrentIndex(2); // TLS failed
        QCOMPARE(proxy->tlsFilter(), SessionFilterProxyModel::TlsFilter::Failed);
        QCOMPARE(proxy->rowCount(), r.summary.tlsFailed);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, SessionTableModel::TlsColumn).data().toString(), u"failed"_s);
        tls->setCurrentIndex(0);

        auto *version = view.findChild<QComboBox *>(u"versionFilter"_s);
        version->setCurrentIndex(4); // TLS 1.0
        QVERIFY(r.summary.tlsVersions.value(u"TLS1.0"_s) > 0);
        QCOMPARE(proxy->rowCount(), r.summary.tlsVersions.value(u"TLS1.0"_s));
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, SessionTableModel::ProtocolColumn).data().toString(), u"TLS 1.0"_s);
        version->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), r.sessionCount());

        auto *text = view.findChild<QLineEdit *>(u"textFilter"_s);
        QTest::keyClicks(text, u"SocketError"_s);
        QTRY_COMPARE(proxy->text(), u"SocketError"_s);
        QVERIFY(proxy->rowCount() > 0);
        QVERIFY(proxy->rowCount() < r.sessionCount());
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, SessionTableModel::ErrorColumn).data().toString(), u"SocketError"_s);
        // the timeline follows the filter
        QTRY_COMPARE(view.timeline()->points().size(), proxy->rowCount());
        text->clear();
        QTRY_COMPARE(proxy->rowCount(), r.sessionCount());

        auto *host = view.findChild<QLineEdit *>(u"hostFilter"_s);
        QTest::keyClicks(host, u"203.0.113.25"_s);
        QTRY_VERIFY(proxy->rowCount() > 0 && proxy->rowCount() < r.sessionCount());
        for (int row = 0; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row, SessionTableModel::RemoteHostColumn).data().toString().contains(u"203.0.113.25"_s)
                    || proxy->index(row, SessionTableModel::RemoteEndpointColumn).data().toString().contains(u"203.0.113.25"_s));
        host->clear();

        auto *direction = view.findChild<QComboBox *>(u"directionFilter"_s);
        direction->setCurrentIndex(2); // receive
        QTRY_COMPARE(proxy->rowCount(), r.summary.receiveSessions);
        direction->setCurrentIndex(0);

        // sorting by TLS keeps a consistent order and every row
        view.sessionTable()->sortByColumn(SessionTableModel::RemoteHostColumn, Qt::DescendingOrder);
        QTRY_COMPARE(proxy->rowCount(), r.sessionCount());
        const QString firstHost = proxy->index(0, SessionTableModel::RemoteHostColumn).data().toString();
        const QString lastHost = proxy->index(proxy->rowCount() - 1, SessionTableModel::RemoteHostColumn).data().toString();
        QVERIFY(QString::compare(firstHost, lastHost, Qt::CaseInsensitive) >= 0);
    }

    void selectedSessionShowsHighlightedLines()
    {
        LogsView view;
        view.resize(1366, 680);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(load(view, {sampleFolder()}));
        QTRY_COMPARE(view.timeline()->points().size(), view.result().sessionCount());
        const QString id = u"08DB2468A1B2C3D4"_s;
        const int row = rowOfId(view.sessionProxy(), id);
        QVERIFY(row >= 0);
        QSignalSpy shown(&view, &LogsView::sessionLinesShown);
        view.sessionTable()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        QCOMPARE(view.selectedSession(), view.sessionProxy()->index(row, 0).data(SessionTableModel::SessionIndexRole).toInt());

        // the lines are the file's lines of that session, in order
        QFile file(sampleFolder() + u"/send-socketerror-then-plaintext.log"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList expected;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.contains(id.toLatin1()))
                expected << QString::fromUtf8(line).trimmed();
        }
        QCOMPARE(view.linesView()->toPlainText().split(u'\n'), expected);
        QCOMPARE(view.linesView()->definitionName(), u"Exchange Protocol Log"_s);
        // highlighted: the first line has several formats
        QTRY_VERIFY(view.linesView()->document()->firstBlock().layout()->formats().size() > 2);
        // details name the TLS failure
        QVERIFY(view.detailsView()->toPlainText().contains(u"SocketError"_s));
        QCOMPARE(view.timeline()->selectedId(), QVariant(view.selectedSession()));
        QTest::qWait(50);
        QVERIFY(!saveWidgetScreenshot(&view, u"logsview-light"_s).isNull());
        view.findChild<QTabWidget *>(u"sessionTabs"_s)->setCurrentIndex(1);
        QVERIFY(!saveWidgetScreenshot(&view, u"logsview-light-details"_s).isNull());
    }

    void sessionAcrossRolloverShowsAllItsLines()
    {
        LogsView view;
        const QString folder = sampleFolder() + u"/split-across-files"_s;
        QVERIFY(load(view, {folder}));
        const QStringList files = view.result().files;
        QCOMPARE(files.size(), 2);
        QByteArrayList contents;
        for (const QString &name : files) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents << file.readAll();
        }
        int checked = 0;
        for (int i = 0; i < view.result().sessionCount(); ++i) {
            const QByteArray id = view.result().sessionId(i).toLatin1();
            if (!contents[0].contains(id) || !contents[1].contains(id))
                continue;
            QStringList expected;
            for (const QByteArray &content : std::as_const(contents)) {
                for (const QByteArray &line : content.split('\n')) {
                    if (line.contains(id))
                        expected << QString::fromUtf8(line).trimmed();
                }
            }
            QSignalSpy shown(&view, &LogsView::sessionLinesShown);
            view.selectSession(i);
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
            QCOMPARE(view.linesView()->toPlainText().split(u'\n'), expected);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void timelineClickSelectsSession()
    {
        LogsView view;
        view.resize(1366, 680);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(load(view, {sampleFolder()}));
        TimelineChart *chart = view.timeline();
        QVERIFY(chart->isVisible());
        QTRY_COMPARE(chart->points().size(), view.result().sessionCount());
        // a mark that no other mark covers
        int target = -1;
        for (int i = 0; i < chart->points().size() && target < 0; ++i) {
            if (chart->pointAt(chart->viewportPosition(i)) == i)
                target = i;
        }
        QVERIFY(target >= 0);
        const int session = chart->points().at(target).id.toInt();
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->viewportPosition(target));
        QTRY_COMPARE(view.selectedSession(), session);
        QCOMPARE(chart->selectedId().toInt(), session);

        // and the other way: the table selects, the chart rings
        const int other = chart->points().at(target == 0 ? 1 : 0).id.toInt();
        view.selectSession(other);
        QCOMPARE(view.selectedSession(), other);
        QCOMPARE(chart->selectedId().toInt(), other);
        QVERIFY(chart->selectedPoints().contains(target == 0 ? 1 : 0));

        // a session hidden by a filter is selected after the filter is cleared
        view.findChild<QComboBox *>(u"directionFilter"_s)->setCurrentIndex(1);
        const LogResult &r = view.result();
        int receiveSession = -1;
        for (int i = 0; i < r.sessionCount() && receiveSession < 0; ++i) {
            if (r.session(i).direction == LogDirection::Receive)
                receiveSession = i;
        }
        QVERIFY(receiveSession >= 0);
        view.selectSession(receiveSession);
        QCOMPARE(view.selectedSession(), receiveSession);

        // lanes per connector
        QSignalSpy timelineUpdated(&view, &LogsView::timelineUpdated);
        view.setTimelineLanes(LogsView::TimelineLanes::Connector);
        QTRY_VERIFY(!timelineUpdated.isEmpty());
        QSet<QString> connectors;
        for (int i = 0; i < r.sessionCount(); ++i)
            connectors.insert(r.session(i).connector.isEmpty() ? u"(no connector)"_s : r.session(i).connector);
        QCOMPARE(chart->lanes().size(), connectors.size());
    }

    void darkScreenshot()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        {
            LogsView view;
            view.resize(1366, 680);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(load(view, {sampleFolder()}));
            view.selectSession(view.result().fallbacks.value(0).plaintextSession);
            QTRY_VERIFY(!view.linesView()->toPlainText().startsWith(u"Reading"_s));
            QTRY_VERIFY(!view.timeline()->points().isEmpty());
            QTest::qWait(50);
            const QImage image = saveWidgetScreenshot(&view, u"logsview-dark"_s);
            QVERIFY(!image.isNull());
            QVERIFY(qGray(image.pixel(image.width() / 2, image.height() - 5)) < 128);
            view.findChild<QTabWidget *>(u"analysisTabs"_s)->setCurrentIndex(1);
            QVERIFY(!saveWidgetScreenshot(&view, u"logsview-dark-versions"_s).isNull());
            view.findChild<QTabWidget *>(u"analysisTabs"_s)->setCurrentIndex(3);
            QVERIFY(!saveWidgetScreenshot(&view, u"logsview-dark-fallbacks"_s).isNull());
        }
        QApplication::setPalette(light);
    }

    void largeLoadKeepsTheWindowAnswering()
    {
        QVERIFY(m_corpus.isValid());
        LogsView view;
        view.show();
        auto *progress = view.findChild<QProgressBar *>(u"progress"_s);
        QSet<int> progressValues;
        connect(view.findChild<LogLoader *>(), &LogLoader::progress, &view, [&] {
            if (progress->isVisible())
                progressValues.insert(progress->value());
        });
        // the event loop must keep running while the corpus loads: count timer ticks
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();
        QVERIFY(load(view, {m_corpus.path()}));
        ticker.stop();
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QVERIFY2(progressValues.size() >= 2, qPrintable(QString::number(progressValues.size())));
        QVERIFY(!view.result().cancelled);
        QCOMPARE(view.result().sessionCount(), m_stats.sessions);
        QCOMPARE(view.sessionModel()->rowCount(), m_stats.sessions);
        QCOMPARE(view.fallbacksModel()->rowCount(), m_stats.fallbacks);
        QTRY_COMPARE(view.timeline()->points().size(), std::min(m_stats.sessions, 20000));
    }

    // Manual probe, skipped unless MAILFLOW_LOGSVIEW_CORPUS names a folder (e.g. one made by
    // `bench_logs --generate DIR 1024`): prints how long the load took and the longest stall of the
    // event loop. Asserts only what is not timing.
    void bigCorpusProbe()
    {
        const QString folder = qEnvironmentVariable("MAILFLOW_LOGSVIEW_CORPUS");
        if (folder.isEmpty())
            QSKIP("MAILFLOW_LOGSVIEW_CORPUS not set");
        LogsView view;
        view.resize(1366, 680);
        view.show();
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        int progressUpdates = 0;
        connect(view.findChild<LogLoader *>(), &LogLoader::progress, &view, [&] { ++progressUpdates; });
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        clock.start();
        ticker.start();
        QSignalSpy loaded(&view, &LogsView::loaded);
        view.openPaths({folder});
        QSignalSpy timelineUpdated(&view, &LogsView::timelineUpdated);
        QVERIFY(loaded.wait(600000));
        QTRY_VERIFY_WITH_TIMEOUT(!timelineUpdated.isEmpty(), 60000);
        const qint64 loadedAt = clock.elapsed();
        QTest::qWait(30); // the tick after loaded() measures the stall of filling the models
        const qint64 longestDuringLoad = longest;
        saveWidgetScreenshot(&view, u"logsview-big"_s);
        // filter and sort a big table
        last = clock.elapsed();
        view.findChild<QComboBox *>(u"tlsFilter"_s)->setCurrentIndex(2);
        view.sessionTable()->sortByColumn(SessionTableModel::RemoteHostColumn, Qt::AscendingOrder);
        const qint64 filterMs = clock.elapsed() - last;
        QTest::qWait(50);
        qInfo("loaded %d sessions in %lld ms; %d progress updates; longest event-loop stall while loading %lld ms; filter+sort %lld ms",
              view.result().sessionCount(), loadedAt, progressUpdates, longestDuringLoad, filterMs);
        QVERIFY(progressUpdates > 2);
    }

    void cancelLargeLoad()
    {
        QVERIFY(m_corpus.isValid());
        const Testing::LogGeneratorStats stats = m_stats;
        QTemporaryDir &dir = m_corpus;

        LogsView view;
        view.show();
        QSignalSpy loaded(&view, &LogsView::loaded);
        bool cancelled = false;
        qint64 doneAtCancel = 0;
        auto *progress = view.findChild<QWidget *>(u"progress"_s);
        auto *loader = view.findChild<LogLoader *>();
        QVERIFY(loader);
        connect(loader, &LogLoader::progress, &view, [&](qint64 done, qint64 total) {
            if (!cancelled && done > 0 && done < total) {
                cancelled = true;
                doneAtCancel = done;
                QVERIFY(progress->isVisible());
                view.findChild<QPushButton *>(u"cancel"_s)->click();
            }
        });
        view.openPaths({dir.path()});
        QVERIFY(view.isLoading());
        QVERIFY(loaded.wait(120000));
        QVERIFY(cancelled);
        QVERIFY(doneAtCancel > 0);
        QVERIFY(view.result().cancelled);
        QVERIFY(view.result().sessionCount() < stats.sessions);
        QCOMPARE(view.sessionModel()->rowCount(), view.result().sessionCount());
        QVERIFY(!progress->isVisible());
        QVERIFY(!view.isLoading());
    }

    void mainWindowRoutesPaths()
    {
        MainWindow window;
        auto *view = qobject_cast<LogsView *>(window.view(MainWindow::LogsView));
        QVERIFY(view);
        QSignalSpy loaded(view, &LogsView::loaded);
        window.openPaths({sampleFolder() + u"/send-socketerror-then-plaintext.log"_s});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(view->result().files.size(), 1);
        QVERIFY(window.recentFiles().first().endsWith(u"send-socketerror-then-plaintext.log"_s));
        QVERIFY(window.acceptDrops());
    }
};

QTEST_MAIN(TestLogsView)
#include "tst_logsview.moc"
