// SPDX-License-Identifier: GPL-3.0-or-later
#include "../widgets/screenshot.h"
#include "views/decodehopsview.h"
#include "views/decodemodels.h"
#include "views/decodeview.h"
#include "widgets/highlightedtextview.h"
#include "widgets/statuspill.h"
#include "widgets/timelinechart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QHelpEvent>
#include <QItemSelectionModel>

using namespace Qt::StringLiterals;
using namespace Mailflow;
using namespace Mailflow::Workbench;

namespace {

const QString referenceNdrFile = QStringLiteral(MAILFLOW_SOURCE_DIR "/tests/workbench/decode/ndr-message-expired.txt");
const QString getQueueSample = QStringLiteral(MAILFLOW_TEST_DATA_DIR "/decode/input/getqueue-scenario3-retry.txt");

QString readText(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Waits until the view shows the result of its current text.
bool waitForDecode(DecodeView &view, int timeout = 20000)
{
    return QTest::qWaitFor([&view] { return !view.isDecoding(); }, timeout);
}

// Lets pending layout requests run, then saves the screenshot.
QImage screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(100);
    return saveWidgetScreenshot(widget, name);
}


QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data(role).toString();
    return values;
}

} // namespace

class TestDecodeView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(QFile::exists(referenceNdrFile));
        QVERIFY(QFile::exists(getQueueSample));
    }

    void init()
    {
        QSettings().remove(u"DecodeView"_s);
    }

    void emptyStateOffersExamples()
    {
        DecodeView view;
        view.setLanguage(u"en"_s);
        auto *stack = view.findChild<QLabel *>(u"emptyHint"_s);
        QVERIFY(stack);
        QVERIFY(stack->isVisibleTo(&view));
        QVERIFY(!view.findChild<QWidget *>(u"resultPage"_s)->isVisibleTo(&view));
        view.resize(1280, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!screenshot(&view, u"decodeview-empty-light"_s).isNull());
        QCOMPARE(view.sampleNames().size(), 4);
        for (const QString &name : view.sampleNames())
            QVERIFY2(stack->text().contains(u"sample:"_s + name), qPrintable(name));

        // Each example decodes to something recognised, through the link as a user clicks it.
        for (const QString &name : view.sampleNames()) {
            QSignalSpy changed(&view, &DecodeView::resultChanged);
            Q_EMIT stack->linkActivated(u"sample:"_s + name);
            QVERIFY(!view.text().isEmpty());
            QVERIFY(waitForDecode(view));
            QVERIFY(changed.size() >= 1);
            QVERIFY2(view.result().isRecognized(), qPrintable(name));
            QVERIFY(view.findChild<QWidget *>(u"resultPage"_s)->isVisibleTo(&view));
            // one look at each tab across the examples
            const int tab = int(view.sampleNames().indexOf(name)) + 1;
            view.findChild<QTabWidget *>(u"resultTabs"_s)->setCurrentIndex(tab);
            QVERIFY(!screenshot(&view, u"decodeview-example-"_s + QFileInfo(name).completeBaseName()).isNull());
        }
        QVERIFY(!view.loadSample(u"no-such-sample.txt"_s));
        // The Postfix bounce quotes no server reply: the decoder takes its DSN status as the root cause.
        QVERIFY(view.result().rootCause);
        QCOMPARE(view.result().rootCause->reply.enhanced, u"4.7.4"_s);
        const QString root = view.findChild<QLabel *>(u"rootCause"_s)->text();
        QVERIFY2(root.contains(u"4.7.4"_s), qPrintable(root));
        QCOMPARE(view.fieldModel()->value(u"Status"_s), u"4.7.4"_s);

        // Clearing brings the hint back.
        view.findChild<QToolButton *>(u"clearButton"_s)->click();
        QVERIFY(waitForDecode(view));
        QVERIFY(stack->isVisibleTo(&view));
        QVERIFY(!view.result().isRecognized());
        QCOMPARE(view.hopModel()->rowCount(), 0);
    }

    void referenceNdr_data()
    {
        QTest::addColumn<bool>("viaFile");
        QTest::newRow("pasted") << false;
        QTest::newRow("opened") << true;
    }

    void referenceNdr()
    {
        QFETCH(bool, viaFile);
        DecodeView view;
        view.setLanguage(u"en"_s);
        QAbstractItemModelTester hopTester(view.hopModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester attemptTester(view.attemptModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester predictionTester(view.predictionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fieldTester(view.fieldModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1280, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy changed(&view, &DecodeView::resultChanged);
        if (viaFile)
            QVERIFY(view.loadFile(referenceNdrFile));
        else
            view.setText(readText(referenceNdrFile));
        QVERIFY(view.isDecoding()); // debounced: not decoded on the spot
        QCOMPARE(changed.size(), 0);
        QVERIFY(waitForDecode(view));
        QCOMPARE(changed.size(), 1);

        const DecodeResult &r = view.result();
        QCOMPARE(r.kind, DecodeKind::ExchangeNdr);
        QCOMPARE(view.findChild<QLabel *>(u"headline"_s)->text(), u"Exchange non-delivery report (NDR) · exchange · en"_s);
        const QString root = view.findChild<QLabel *>(u"rootCause"_s)->text();
        QVERIFY2(root.contains(u"421 4.4.2 Connection dropped due to SocketError"_s), qPrintable(root));
        QVERIFY2(root.contains(u"Enable TLS 1.2 on the sending server"_s), qPrintable(root)); // the fix, in plain words

        // Hops: the expired message's chain and the earlier attempt's chain.
        const DecodeHopModel *hops = view.hopModel();
        QCOMPARE(hops->chainCount(), 2);
        QCOMPARE(column(hops, DecodeHopModel::CodeColumn),
                 (QStringList{u"550 5.4.300"_s, u"451 4.4.397"_s, u"421 4.4.2"_s, u"451 4.4.397"_s, u"421 4.4.2"_s}));
        QCOMPARE(column(hops, DecodeHopModel::ServerColumn),
                 (QStringList{u"<servername>"_s, u"<servername>"_s, u"<servername>"_s, u"mail.contoso.com"_s, u"mail.contoso.com"_s}));
        QCOMPARE(column(hops, 0, DecodeHopModel::DepthRole), (QStringList{u"0"_s, u"1"_s, u"2"_s, u"0"_s, u"1"_s}));
        QCOMPARE(column(hops, 0, DecodeHopModel::ReplyClassRole), (QStringList{u"5"_s, u"4"_s, u"4"_s, u"4"_s, u"4"_s}));
        QCOMPARE(column(hops, 0, DecodeHopModel::AttemptTimeRole).first(), u"1/7/2021 7:24:14 PM"_s);

        // The hop view draws one box per hop, left to right within a chain, and explains on hover.
        auto *hopView = view.findChild<DecodeHopsView *>(u"hops"_s);
        QVERIFY(hopView->isVisible());
        const auto boxes = hopView->boxes();
        QCOMPARE(boxes.size(), 5);
        QVERIFY(boxes[0].second.right() < boxes[1].second.left());
        QVERIFY(boxes[1].second.right() < boxes[2].second.left());
        QVERIFY(boxes[3].second.top() > boxes[0].second.bottom()); // second chain below the first
        QVERIFY(hopView->height() >= boxes.last().second.bottom());
        QCOMPARE(hopView->rowAt(boxes[2].second.center()), 2);
        QVERIFY(hopView->accessibleDescription().contains(u"<servername> returned 550 5.4.300 Message expired"_s));
        QHelpEvent help(QEvent::ToolTip, boxes[1].second.center(), hopView->mapToGlobal(boxes[1].second.center()));
        QApplication::sendEvent(hopView, &help);
        QCOMPARE(QToolTip::text(), u"The hop behind it said:\n451 4.4.397 Error communicating with target host."_s);
        QToolTip::hideText();

        // Findings as pills with plain-language tooltips.
        const QList<StatusPill *> pills = view.findChild<QWidget *>(u"findings"_s)->findChildren<StatusPill *>();
        QCOMPARE(pills.size(), 2);
        QCOMPARE(pills[0]->text(), u"connection-dropped"_s);
        QCOMPARE(pills[0]->toolTip(), u"the connection dropped during the session"_s);
        QCOMPARE(pills[1]->text(), u"message-expired"_s);
        QVERIFY(pills[0]->isVisible());

        // Attempts: time, original text, ambiguous day/month, server, replies.
        const DecodeAttemptModel *attempts = view.attemptModel();
        QCOMPARE(attempts->rowCount(), 2);
        QCOMPARE(column(attempts, DecodeAttemptModel::OriginalColumn), (QStringList{u"1/7/2021 7:24:14 PM"_s, u"1/7/2021 7:23:14 PM"_s}));
        QCOMPARE(column(attempts, DecodeAttemptModel::TimeColumn), (QStringList{u"2021-01-07 19:24:14"_s, u"2021-01-07 19:23:14"_s}));
        QVERIFY(attempts->index(0, 0).data(DecodeAttemptModel::AmbiguousRole).toBool());
        QVERIFY(attempts->index(0, DecodeAttemptModel::AmbiguousColumn).data().toString().startsWith(u"ambiguous"_s));
        QCOMPARE(attempts->index(1, DecodeAttemptModel::ServerColumn).data().toString(), u"mail.contoso.com"_s);
        QCOMPARE(attempts->index(0, DecodeAttemptModel::RepliesColumn).data().toString(), u"550 5.4.300 → 451 4.4.397 → 421 4.4.2"_s);
        QCOMPARE(attempts->index(0, 0).data(DecodeAttemptModel::ReplyClassRole).toInt(), 5);

        // Timeline: one lane per server, the expired attempt a failure, the earlier one deferred.
        auto *timeline = view.findChild<TimelineChart *>(u"timeline"_s);
        QCOMPARE(timeline->points().size(), 2);
        QCOMPARE(timeline->lanes(), (QStringList{u"&lt;servername&gt;"_s, u"mail.contoso.com"_s})); // the axis shows rich text
        QCOMPARE(timeline->points().at(0).category, TimelinePoint::Other);
        QCOMPARE(timeline->points().at(1).category, TimelinePoint::Deferred);
        QVERIFY(timeline->points().at(1).toolTip.contains(u"451 4.4.397 Error communicating with target host."_s));
        QVERIFY(timeline->points().at(0).toolTip.contains(u"&lt;servername&gt;"_s));
        // a click on a mark selects its attempt
        Q_EMIT timeline->pointActivated(timeline->points().at(1).id);
        auto *attemptTable = view.findChild<QTableView *>(u"attempts"_s);
        QCOMPARE(view.findChild<QTabWidget *>(u"resultTabs"_s)->currentWidget(), attemptTable);
        QCOMPARE(attemptTable->selectionModel()->selectedRows().value(0).row(), 1);
        view.findChild<QTabWidget *>(u"resultTabs"_s)->setCurrentIndex(0);

        // Explanations in English from the knowledge base.
        const QString explained = view.findChild<QTextBrowser *>(u"explanations"_s)->toPlainText();
        QVERIFY2(explained.contains(u"4.4.2 — Connection dropped"_s), qPrintable(explained));
        QVERIFY(explained.contains(u"Message expired"_s));
        QVERIFY(explained.contains(u"Fix:"_s));
        QCOMPARE(view.predictionModel()->rowCount(), 0); // the NDR is already here
        QCOMPARE(view.fieldModel()->value(u"Generating server"_s), u"<servername>"_s);

        // Copy as JSON is exactly the CLI's document.
        view.findChild<QToolButton *>(u"copyJsonButton"_s)->click();
        const QJsonObject copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(copied, decodeResultToJson(r));
        QProcess cli;
        cli.start(QStringLiteral(MAILFLOW_CLI), {u"decode"_s, u"--json"_s, referenceNdrFile});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(QJsonDocument::fromJson(cli.readAllStandardOutput()).object(), copied);
        view.findChild<QToolButton *>(u"copyTextButton"_s)->click();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(u"Root cause: 421 4.4.2 Connection dropped due to SocketError (from <servername>)"_s), qPrintable(text));
        QVERIFY(text.contains(u"      -> 451 4.4.397 Error communicating with target host."_s));

        if (!viaFile) {
            QVERIFY(!screenshot(&view, u"decodeview-ndr-light"_s).isNull());
            view.findChild<QTabWidget *>(u"resultTabs"_s)->setCurrentIndex(2);
            QVERIFY(!screenshot(&view, u"decodeview-ndr-timeline-light"_s).isNull());
        }
    }

    void getQueue()
    {
        DecodeView view;
        view.setLanguage(u"en"_s);
        QAbstractItemModelTester predictionTester(view.predictionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fieldTester(view.fieldModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester attemptTester(view.attemptModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester hopTester(view.hopModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1280, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setText(readText(getQueueSample));
        QVERIFY(waitForDecode(view));

        QCOMPARE(view.result().kind, DecodeKind::GetQueue);
        QCOMPARE(view.result().findings, (QStringList{u"connection-dropped"_s, u"delivery-delayed"_s}));
        const DecodePredictionModel *predictions = view.predictionModel();
        QCOMPARE(predictions->rowCount(), 2);
        QCOMPARE(predictions->index(0, 0).data(DecodePredictionModel::EventRole).toInt(), int(Prediction::Event::DelayNotice));
        QCOMPARE(predictions->index(1, 0).data(DecodePredictionModel::EventRole).toInt(), int(Prediction::Event::Ndr));
        QCOMPARE(predictions->index(1, DecodePredictionModel::TimeColumn).data().toString(),
                 u"by 2021-01-13 18:02 (server time) at the latest"_s);
        QCOMPARE(predictions->index(1, DecodePredictionModel::BasisColumn).data().toString(), u"LastRetryTime = 1/11/2021 6:02:39 PM"_s);
        QCOMPARE(predictions->index(1, DecodePredictionModel::AssumedColumn).data().toString(), u"on-premises Exchange default, 48 h"_s);
        QCOMPARE(predictions->index(1, 0).data(DecodePredictionModel::ReasonKeyRole).toString(), u"queue-viewer-on-premises"_s);
        QCOMPARE(predictions->index(1, DecodePredictionModel::ReasonColumn).data().toString(),
                 u"Get-Queue/Get-Message output comes from an on-premises server"_s);
        QCOMPARE(predictions->index(0, 0).data(DecodePredictionModel::DateTimeRole).toDateTime().toString(u"yyyy-MM-dd HH:mm"_s),
                 u"2021-01-11 22:02"_s);
        auto *summary = view.findChild<QLabel *>(u"predictionSummary"_s);
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(u"NDR (gives up)"_s));

        const DecodeFieldModel *fields = view.fieldModel();
        QCOMPARE(fields->value(u"Status"_s), u"Retry"_s);
        QVERIFY(fields->value(u"LastError"_s).startsWith(u"[{LED=451 4.4.397"_s));
        QCOMPARE(column(fields, 0, DecodeFieldModel::SectionRole).count(u"queue"_s), 2);

        QCOMPARE(view.hopModel()->chainCount(), 1);
        QCOMPARE(column(view.hopModel(), DecodeHopModel::CodeColumn), (QStringList{u"451 4.4.397"_s, u"421 4.4.2"_s}));
        QCOMPARE(view.attemptModel()->rowCount(), 1);
        QCOMPARE(view.attemptModel()->index(0, DecodeAttemptModel::OriginalColumn).data().toString(), u"1/11/2021 6:02:39 PM"_s);
        QCOMPARE(view.findChild<TimelineChart *>(u"timeline"_s)->points().size(), 1);
        QCOMPARE(view.findChild<TimelineChart *>(u"timeline"_s)->points().first().category, TimelinePoint::Deferred);

        view.findChild<QTabWidget *>(u"resultTabs"_s)->setCurrentIndex(3);
        QVERIFY(!screenshot(&view, u"decodeview-getqueue-light"_s).isNull());
    }

    void germanExplanations()
    {
        DecodeView view;
        view.setLanguage(u"de"_s);
        QCOMPARE(view.language(), u"de"_s);
        view.setText(readText(referenceNdrFile));
        QVERIFY(waitForDecode(view));
        const QString explained = view.findChild<QTextBrowser *>(u"explanations"_s)->toPlainText();
        QVERIFY2(explained.contains(u"Verbindung abgebrochen"_s), qPrintable(explained));
        QVERIFY(!explained.contains(u"Follow the inner reply"_s));
        QVERIFY(view.findChild<QLabel *>(u"rootCause"_s)->text().contains(u"TLS 1.2"_s));

        // Switching back decodes again, in English.
        QSignalSpy changed(&view, &DecodeView::resultChanged);
        view.setLanguage(u"en"_s);
        QVERIFY(waitForDecode(view));
        QCOMPARE(changed.size(), 1);
        QVERIFY(view.findChild<QTextBrowser *>(u"explanations"_s)->toPlainText().contains(u"Follow the inner reply"_s));
        QCOMPARE(view.result().explanations.first().code, u"4.4.2"_s);
    }

    void staleResultsAreDropped()
    {
        DecodeView view;
        view.setLanguage(u"en"_s);
        QSignalSpy changed(&view, &DecodeView::resultChanged);
        view.setText(readText(referenceNdrFile));
        view.decodeNow();
        view.setText(readText(getQueueSample));
        view.decodeNow();
        QVERIFY(waitForDecode(view));
        QTest::qWait(50);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.result().kind, DecodeKind::GetQueue);
    }

    void largePasteStaysResponsive()
    {
        DecodeView view;
        view.setLanguage(u"en"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString big = readText(referenceNdrFile) + u'\n';
        const QString filler = u"Received: from relay.example.net (10.0.0.1) by mx.example.com with SMTP; noise line\n"_s;
        while (big.size() < 3 * 1024 * 1024)
            big += filler;
        view.setText(big);
        auto *input = view.findChild<HighlightedTextView *>(u"pasteArea"_s);
        QVERIFY(input->definitionName().isEmpty()); // too large to highlight on the UI thread
        view.decodeNow();
        QVERIFY(view.isDecoding());
        QVERIFY(waitForDecode(view, 120000));
        QCOMPARE(view.result().kind, DecodeKind::ExchangeNdr);
        view.setText(readText(getQueueSample));
        QCOMPARE(input->definitionName(), u"SMTP Dialogue"_s);

        // An edit while the big text decodes: only the newest text's result is shown.
        QSignalSpy changed(&view, &DecodeView::resultChanged);
        view.setText(big);
        view.decodeNow();
        view.setText(readText(getQueueSample));
        view.decodeNow();
        QVERIFY(waitForDecode(view, 120000));
        QTest::qWait(50);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.result().kind, DecodeKind::GetQueue);

        // Ctrl+V of the big text over everything takes the same unhighlighted path.
        QGuiApplication::clipboard()->setText(big);
        input->setFocus();
        input->selectAll();
        QTest::keySequence(input, QKeySequence::Paste);
        QCOMPARE(view.text().size(), big.size());
        QVERIFY(input->definitionName().isEmpty());
        QVERIFY(waitForDecode(view, 120000));
        QCOMPARE(view.result().kind, DecodeKind::ExchangeNdr);
    }

    void ctrlOIsClaimedInsideTheView()
    {
        DecodeView view;
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_O, Qt::ControlModifier);
        override.ignore();
        QApplication::sendEvent(view.findChild<HighlightedTextView *>(u"pasteArea"_s), &override);
        QVERIFY(override.isAccepted());
        QKeyEvent other(QEvent::ShortcutOverride, Qt::Key_P, Qt::ControlModifier);
        other.ignore();
        QApplication::sendEvent(&view, &other);
        QVERIFY(!other.isAccepted());
    }

    void stateIsRemembered()
    {
        {
            DecodeView view;
            view.setText(u"421 4.4.2 Connection dropped due to SocketError"_s);
            view.findChild<QTabWidget *>(u"resultTabs"_s)->setCurrentIndex(4);
        }
        DecodeView view;
        QCOMPARE(view.text(), u"421 4.4.2 Connection dropped due to SocketError"_s);
        QCOMPARE(view.findChild<QTabWidget *>(u"resultTabs"_s)->currentIndex(), 4);
        QVERIFY(waitForDecode(view));
        QCOMPARE(view.result().kind, DecodeKind::LastError);
    }

    void darkScreenshot()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        DecodeView view;
        view.setLanguage(u"en"_s);
        view.resize(1280, 820);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setText(readText(referenceNdrFile));
        QVERIFY(waitForDecode(view));
        const QImage image = screenshot(&view, u"decodeview-ndr-dark"_s);
        QVERIFY(!image.isNull());
        // the view really is dark
        QVERIFY(image.pixelColor(image.width() - 5, image.height() - 5).lightness() < 100);
        view.findChild<QTabWidget *>(u"resultTabs"_s)->setCurrentIndex(2);
        QVERIFY(!screenshot(&view, u"decodeview-ndr-timeline-dark"_s).isNull());
        view.setText(QString());
        QVERIFY(waitForDecode(view));
        QVERIFY(!screenshot(&view, u"decodeview-empty-dark"_s).isNull());
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestDecodeView)
#include "tst_decodeview.moc"
