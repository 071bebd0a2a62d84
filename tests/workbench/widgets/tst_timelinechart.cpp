// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"
#include "widgets/outcomecolors.h"
#include "widgets/timelinechart.h"

#include <QCategoryAxis>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;

namespace {

const QDateTime t0 = QDateTime(QDate(2021, 1, 11), QTime(16, 0), QTimeZone::UTC);

// Scenario 3 of the reference: a hybrid connector retrying TLS 1.0 into Exchange Online, plus a
// partner that falls back to plaintext and one host that is fine.
QList<TimelinePoint> samplePoints()
{
    QList<TimelinePoint> points;
    int id = 0;
    const auto add = [&](const QString &lane, int minutes, TimelinePoint::Category category, const QString &version = {}) {
        TimelinePoint p;
        p.lane = lane;
        p.time = t0.addSecs(minutes * 60);
        p.category = category;
        p.tlsVersion = version;
        p.toolTip = u"session %1 on %2"_s.arg(id).arg(lane);
        p.id = id++;
        points << p;
    };
    const QString exo = u"Outbound to Office 365"_s;
    const QString partner = u"fabrikam-com.mail.protection.outlook.com"_s;
    const QString fine = u"mx.example.net"_s;
    for (int m : {0, 1, 2, 3, 4, 9, 14, 19, 24, 29, 39, 49, 59})
        add(exo, m, TimelinePoint::TlsFailed);
    add(exo, 62, TimelinePoint::Deferred);
    for (int m : {5, 35, 65}) {
        add(partner, m, TimelinePoint::TlsFailed);
        add(partner, m, TimelinePoint::PlaintextFallback);
    }
    for (int m : {7, 22, 41}) {
        add(fine, m, TimelinePoint::TlsByVersion, u"TLS1_2"_s);
    }
    add(fine, 50, TimelinePoint::TlsByVersion, u"TLSv1.3"_s);
    add(fine, 55, TimelinePoint::TlsByVersion, u"SP_PROT_TLS1_0_CLIENT"_s);
    add(fine, 58, TimelinePoint::Delivered);
    return points;
}



} // namespace

class TestTimelineChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seriesPerCategory()
    {
        TimelineChart chart;
        const QList<TimelinePoint> points = samplePoints();
        chart.setPoints(points);
        QStringList names;
        QList<int> counts;
        for (QScatterSeries *series : chart.seriesList()) {
            names << series->name();
            counts << int(chart.seriesValues(series).size());
            QCOMPARE(chart.pointsOfSeries(series).size(), chart.seriesValues(series).size());
        }
        QCOMPARE(names, (QStringList{u"TLS 1.3"_s, u"TLS 1.2"_s, u"TLS 1.0"_s, u"TLS failed"_s, u"Plaintext fallback"_s,
                                     u"Delivered"_s, u"Deferred"_s}));
        QCOMPARE(counts, (QList<int>{1, 3, 1, 16, 3, 1, 1}));
        QCOMPARE(chart.lanes(), (QStringList{u"Outbound to Office 365"_s, u"fabrikam-com.mail.protection.outlook.com"_s,
                                             u"mx.example.net"_s}));
        // Each series' points carry the right lane (first lane on top) and time.
        for (QScatterSeries *series : chart.seriesList()) {
            const QList<int> indices = chart.pointsOfSeries(series);
            for (int i = 0; i < indices.size(); ++i) {
                const TimelinePoint &p = points[indices[i]];
                QCOMPARE(chart.seriesValues(series).at(i).x(), qreal(p.time.toMSecsSinceEpoch()));
                QVERIFY(qAbs(chart.seriesValues(series).at(i).y() - qreal(chart.lanes().size() - 1 - chart.lanes().indexOf(p.lane))) < 0.4);
            }
        }
        // Colours come from the one palette-aware place.
        QCOMPARE(chart.seriesList().at(3)->color(), outcomeColor(Outcome::TlsFailed, chart.palette()));
        QCOMPARE(chart.seriesList().at(1)->color(), tlsVersionColor(u"TLS 1.2", chart.palette()));
        chart.setPoints({});
        QVERIFY(chart.seriesList().isEmpty());
        QVERIFY(chart.lanes().isEmpty());
    }

    void invalidTimesAreSkipped()
    {
        TimelineChart chart;
        TimelinePoint p;
        p.lane = u"x"_s;
        p.category = TimelinePoint::Delivered;
        chart.setPoints({p});
        QVERIFY(chart.seriesList().isEmpty());
    }

    void clickActivatesPoint()
    {
        TimelineChart chart;
        chart.setPoints(samplePoints());
        chart.resize(900, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy spy(&chart, &TimelineChart::pointActivated);
        const auto points = chart.points();
        // the Deferred mark (alone at its spot) and the TLS 1.3 mark
        for (int index : {13, int(points.size()) - 3}) {
            const QPoint pos = chart.viewportPosition(index);
            QVERIFY(chart.viewport()->rect().contains(pos));
            QCOMPARE(chart.pointAt(pos), index);
            QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, pos);
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.takeFirst().at(0), points[index].id);
        }
        // hiding the Deferred category through its legend entry makes its mark unclickable
        QScatterSeries *deferred = chart.seriesList().at(6);
        QCOMPARE(deferred->name(), u"Deferred"_s);
        chart.chart()->legend()->markers(deferred).first()->clicked();
        QVERIFY(!deferred->isVisible());
        QCOMPARE(chart.pointAt(chart.viewportPosition(13)), -1);
        chart.chart()->legend()->markers(deferred).first()->clicked();
        QVERIFY(deferred->isVisible());

        // a click on empty plot area activates nothing
        const QPoint empty = chart.viewportPosition(13) + QPoint(0, 60);
        QCOMPARE(chart.pointAt(empty), -1);
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, empty);
        QCOMPARE(spy.size(), 0);
    }

    void selectionRing()
    {
        TimelineChart chart;
        chart.setPoints(samplePoints());
        QSignalSpy spy(&chart, &TimelineChart::pointActivated);
        chart.setSelectedId(13);
        QCOMPARE(chart.selectedPoints(), QList<int>{13});
        chart.setSelectedId(QVariant());
        QVERIFY(chart.selectedPoints().isEmpty());
        chart.setSelectedId(13);
        chart.setPoints(samplePoints()); // survives new points with the same ids
        QCOMPARE(chart.selectedPoints(), QList<int>{13});
        QCOMPARE(spy.size(), 0);
        // the ring series is not in the legend's series list
        QCOMPARE(chart.seriesList().size(), 7);
    }

    void tooltipOnHover()
    {
        TimelineChart chart;
        chart.setPoints(samplePoints());
        chart.resize(900, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QPoint pos = chart.viewportPosition(13);
        QHelpEvent help(QEvent::ToolTip, pos, chart.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(chart.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), u"session 13 on Outbound to Office 365"_s);
    }

    void zoomAndPan()
    {
        TimelineChart chart;
        chart.setPoints(samplePoints());
        chart.resize(900, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QDateTime start = chart.visibleStart();
        const QDateTime end = chart.visibleEnd();
        QVERIFY(start <= t0 && end >= t0.addSecs(65 * 60));
        QVERIFY(!chart.isZoomed());

        chart.zoomBy(0.5);
        QVERIFY(chart.isZoomed());
        QVERIFY(qAbs(chart.visibleStart().msecsTo(chart.visibleEnd()) - start.msecsTo(end) / 2) < 10);
        chart.resetZoom();
        QCOMPARE(chart.visibleStart(), start);

        // rubber band: drag from the first to the second quarter of the plot
        const QPoint a = chart.viewportPosition(0);
        const QPoint b = chart.viewportPosition(5); // 9 minutes later, same lane
        QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(chart.viewport(), b);
        QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, b);
        QVERIFY(chart.isZoomed());
        QVERIFY(qAbs(chart.visibleStart().secsTo(t0)) <= 30);
        QVERIFY(qAbs(chart.visibleEnd().secsTo(t0.addSecs(9 * 60))) <= 30);

        // wheel zooms out around the cursor, Home resets, Right pans
        const qint64 zoomedSpan = chart.visibleStart().msecsTo(chart.visibleEnd());
        QWheelEvent wheel(QPointF(a), chart.viewport()->mapToGlobal(QPointF(a)), {}, QPoint(0, -120), Qt::NoButton, {},
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart.viewport(), &wheel);
        QVERIFY(chart.visibleStart().msecsTo(chart.visibleEnd()) > zoomedSpan);
        chart.setFocus();
        QTest::keyClick(&chart, Qt::Key_Home);
        QVERIFY(!chart.isZoomed());
        QTest::keyClick(&chart, Qt::Key_Right);
        QVERIFY(chart.visibleStart() > start);
        chart.resetZoomAction()->trigger();
        QVERIFY(!chart.isZoomed());
    }

    void screenshot()
    {
        TimelineChart chart;
        chart.chart()->setTitle(u"Retry timeline"_s);
        chart.setPoints(samplePoints());
        chart.setSelectedId(22);
        chart.resize(1000, 380);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage image = saveWidgetScreenshot(&chart, u"timelinechart"_s);
        QVERIFY(!image.isNull());
        // the Deferred mark is drawn in its colour
        const QPoint pos = chart.viewportPosition(13) + chart.viewport()->pos();
        const QColor drawn = image.pixelColor(pos * image.devicePixelRatio());
        const QColor expected = outcomeColor(Outcome::Deferred, chart.palette());
        QVERIFY2(qAbs(drawn.red() - expected.red()) < 40 && qAbs(drawn.green() - expected.green()) < 40,
                 qPrintable(drawn.name()));

        chart.setPalette(darkPalette());
        QCOMPARE(chart.seriesList().at(3)->color(), outcomeColor(Outcome::TlsFailed, darkPalette()));
        const QImage dark = saveWidgetScreenshot(&chart, u"timelinechart-dark"_s);
        QVERIFY(dark.pixelColor(5, 5).lightness() < 60);
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
