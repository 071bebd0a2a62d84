// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "screenshot.h"
#include "widgets/timelinechart.h"

#include "probe/probetext.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;

// The German catalogue loads, is complete enough to translate the main window and the
// shared widgets, and switching language at run time retranslates them (LanguageChange).
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MailflowTest"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
    }

    void germanLoadsAndRetranslates()
    {
        MainWindow window;
        TimelineChart chart;
        TimelinePoint p;
        p.lane = u"mx"_s;
        p.time = QDateTime::currentDateTimeUtc();
        p.category = TimelinePoint::PlaintextFallback;
        chart.setPoints({p});
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
        QCOMPARE(chart.seriesList().first()->name(), u"Plaintext fallback"_s);

        QTranslator german;
        // where and how the workbench's main() loads it
        QVERIFY(QFile::exists(u":/i18n/mailflow_de.qm"_s));
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), u"mailflow"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&Datei"_s);
        QCOMPARE(chart.seriesList().first()->name(), u"Klartext-Rückfall"_s);
        QCOMPARE(chart.resetZoomAction()->text(), u"Zoom &zurücksetzen"_s);
        // as at start-up: translator first, then the window
        MainWindow germanWindow;
        auto *tabs = germanWindow.findChild<QTabWidget *>(u"views"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(MainWindow::LogsView), u"Protokolle"_s);
        QCOMPARE(tabs->tabText(MainWindow::DecodeView), u"Auswerten"_s);
        germanWindow.resize(1000, 600);
        germanWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&germanWindow));
        QVERIFY(!saveWidgetScreenshot(&germanWindow, u"main-window-de"_s).isNull());

        // Core sentences shared by the CLI and the views: the context the code asks for is the one
        // lupdate filed them under, so they translate too.
        Mailflow::ProbeVerdict verdict;
        verdict.kind = Mailflow::ProbeVerdict::Kind::NoStartTls;
        const QString sentence = Mailflow::probeVerdictText(verdict);
        QVERIFY2(sentence.contains(u"STARTTLS"_s) && !sentence.startsWith(u"The host"_s), qPrintable(sentence));

        QVERIFY(QCoreApplication::removeTranslator(&german));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&File"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
