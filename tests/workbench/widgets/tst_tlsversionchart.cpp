// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"
#include "widgets/outcomecolors.h"
#include "widgets/tlsversionchart.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;

namespace {

// Rows = days, columns = label + counts per version, as a Logs view table would hold them.
void fill(QStandardItemModel &model)
{
    model.clear();
    model.setHorizontalHeaderLabels({u"Day"_s, u"TLS 1.0"_s, u"TLS 1.1"_s, u"TLS 1.2"_s, u"TLS 1.3"_s, u"none"_s});
    const QList<QList<int>> counts = {{40, 5, 120, 0, 2}, {38, 4, 131, 3, 25}, {0, 0, 150, 9, 31}, {0, 0, 162, 12, 3}};
    for (int row = 0; row < counts.size(); ++row) {
        QList<QStandardItem *> items{new QStandardItem(u"2021-01-%1"_s.arg(10 + row))};
        for (int c : counts[row]) {
            auto *item = new QStandardItem;
            item->setData(c, Qt::DisplayRole);
            items << item;
        }
        model.appendRow(items);
    }
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> v;
    for (int i = 0; i < set->count(); ++i)
        v << set->at(i);
    return v;
}



} // namespace

class TestTlsVersionChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setsFromModel()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model);
        TlsVersionChart chart;
        chart.setModel(&model);
        QVERIFY(qobject_cast<QStackedBarSeries *>(chart.series()));
        QStringList labels;
        for (const QBarSet *set : chart.series()->barSets())
            labels << set->label();
        QCOMPARE(labels, (QStringList{u"TLS 1.0"_s, u"TLS 1.1"_s, u"TLS 1.2"_s, u"TLS 1.3"_s, u"none"_s}));
        QCOMPARE(values(chart.series()->barSets().at(0)), (QList<qreal>{40, 38, 0, 0}));
        QCOMPARE(values(chart.series()->barSets().at(4)), (QList<qreal>{2, 25, 31, 3}));
        QCOMPARE(chart.categories(), (QStringList{u"2021-01-10"_s, u"2021-01-11"_s, u"2021-01-12"_s, u"2021-01-13"_s}));
        QCOMPARE(chart.series()->barSets().at(0)->color(), tlsVersionColor(u"TLS 1.0", chart.palette()));
        QCOMPARE(chart.series()->barSets().at(4)->color(), outcomeColor(Outcome::PlaintextFallback, chart.palette()));
    }

    void followsTheModel()
    {
        QStandardItemModel model;
        fill(model);
        TlsVersionChart chart;
        chart.setModel(&model);
        model.item(2, 1)->setData(7, Qt::DisplayRole); // TLS 1.0 on day 3
        QCOMPARE(chart.series()->barSets().at(0)->at(2), 7.0);

        QList<QStandardItem *> row{new QStandardItem(u"2021-01-14"_s)};
        for (int c : {1, 2, 3, 4, 5})
            row << new QStandardItem(QString::number(c));
        model.appendRow(row);
        QCOMPARE(chart.categories().size(), 5);
        QCOMPARE(chart.categories().last(), u"2021-01-14"_s);
        QCOMPARE(chart.series()->barSets().at(3)->count(), 5);
        QCOMPARE(chart.series()->barSets().at(3)->at(4), 4.0);

        model.removeRows(0, 2);
        QCOMPARE(chart.categories(), (QStringList{u"2021-01-12"_s, u"2021-01-13"_s, u"2021-01-14"_s}));
        QCOMPARE(chart.series()->barSets().at(0)->count(), 3);

        model.item(0, 0)->setText(u"mx1.example.net"_s);
        QCOMPARE(chart.categories().first(), u"mx1.example.net"_s);

        // a reset with other columns (per remote host, no TLS 1.3 column)
        model.clear();
        model.setHorizontalHeaderLabels({u"Remote host"_s, u"TLS1.0"_s, u"TLS1.2"_s, u"No TLS"_s});
        model.appendRow({new QStandardItem(u"a.example"_s), new QStandardItem(u"1"_s), new QStandardItem(u"2"_s),
                         new QStandardItem(u"3"_s)});
        QCOMPARE(chart.series()->barSets().size(), 3);
        QCOMPARE(chart.categories(), QStringList{u"a.example"_s});
        QCOMPARE(chart.series()->barSets().at(2)->color(), outcomeColor(Outcome::PlaintextFallback, chart.palette()));

        chart.setModel(nullptr);
        QVERIFY(chart.series()->barSets().isEmpty());
        QVERIFY(chart.categories().isEmpty());
    }

    void horizontalForHosts()
    {
        QStandardItemModel model;
        fill(model);
        TlsVersionChart chart;
        chart.setModel(&model);
        chart.setOrientation(Qt::Horizontal);
        QVERIFY(qobject_cast<QHorizontalStackedBarSeries *>(chart.series()));
        QCOMPARE(chart.series()->barSets().size(), 5);
        QCOMPARE(chart.categories().size(), 4);
        chart.resize(800, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(!saveWidgetScreenshot(&chart, u"tlsversionchart-horizontal"_s).isNull());
    }

    void deletedModelClearsNothingBadly()
    {
        TlsVersionChart chart;
        {
            QStandardItemModel model;
            fill(model);
            chart.setModel(&model);
        }
        QVERIFY(!chart.model());
        chart.setOrientation(Qt::Horizontal); // rebuilds without touching the dead model
        QVERIFY(chart.series()->barSets().isEmpty());
    }

    void screenshot()
    {
        QStandardItemModel model;
        fill(model);
        TlsVersionChart chart;
        chart.chart()->setTitle(u"Sessions per day by TLS version"_s);
        chart.setModel(&model);
        chart.resize(800, 380);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // the value axis covers the highest stacked bar: 38 + 4 + 131 + 3 + 25 = 201
        auto *values = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(values);
        QVERIFY(values->max() >= 201 && values->max() <= 300);
        QCOMPARE(values->min(), 0.0);
        QVERIFY(!saveWidgetScreenshot(&chart, u"tlsversionchart"_s).isNull());

        // a click on the third day's bar names its row
        QSignalSpy spy(&chart, &TlsVersionChart::bucketActivated);
        const QPointF value(2, 100); // category 2, inside the TLS 1.2 part of the stack
        const QPoint pos = chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->mapToPosition(value, chart.series())));
        QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toInt(), 2);
        chart.setPalette(darkPalette());
        QCOMPARE(chart.series()->barSets().at(3)->color(), tlsVersionColor(u"TLS 1.3", darkPalette()));
        QVERIFY(saveWidgetScreenshot(&chart, u"tlsversionchart-dark"_s).pixelColor(5, 5).lightness() < 60);
    }
};

QTEST_MAIN(TestTlsVersionChart)
#include "tst_tlsversionchart.moc"
