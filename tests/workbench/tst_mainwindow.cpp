// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "mainwindow.h"

#include "common/versioninfo.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using Mailflow::Workbench::AboutDialog;
using Mailflow::Workbench::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void hasMenusAndViews()
    {
        MainWindow window;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                      QStringLiteral("&Help")}));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("views"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), int(MainWindow::ViewCount));
        QCOMPARE(tabs->tabText(MainWindow::LogsView), QStringLiteral("Logs"));
        QCOMPARE(tabs->tabText(MainWindow::DiagnoseView), QStringLiteral("Diagnose"));
    }

    void viewShortcutsSwitchViews()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("actionShowView2"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
        action->trigger();
        QCOMPARE(window.currentView(), MainWindow::DecodeView);
    }

    void setViewReplacesPlaceholder()
    {
        MainWindow window;
        window.showView(MainWindow::ProbeView);
        auto *replacement = new QWidget;
        window.setView(MainWindow::ProbeView, replacement);
        QCOMPARE(window.view(MainWindow::ProbeView), replacement);
        QCOMPARE(window.currentView(), MainWindow::ProbeView);
    }

    void recentFilesPersist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("SEND20210111-1.LOG"));
        const QString b = dir.filePath(QStringLiteral("RECV20210111-1.LOG"));
        {
            MainWindow window;
            window.addRecentFile(a);
            window.addRecentFile(b);
            window.addRecentFile(a); // moves to the top, no duplicate
            for (int i = 0; i < MainWindow::MaxRecentFiles + 3; ++i)
                window.addRecentFile(dir.filePath(QStringLiteral("f%1.log").arg(i)));
            QCOMPARE(window.recentFiles().size(), MainWindow::MaxRecentFiles);
        }
        MainWindow again;
        QCOMPARE(again.recentFiles().size(), MainWindow::MaxRecentFiles);
        QCOMPARE(again.recentFiles().first(), dir.filePath(QStringLiteral("f12.log")));
        auto *menu = again.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(menu && menu->isEnabled());
    }

    void geometryAndViewPersist()
    {
        {
            MainWindow window;
            window.show();
            window.resize(640, 480);
            window.showView(MainWindow::DecodeView);
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.currentView(), MainWindow::DecodeView);
        QCOMPARE(again.size(), QSize(640, 480));
    }

    void openPathsEmitsExistingOnly()
    {
        QTemporaryDir dir;
        MainWindow window;
        QStringList opened;
        connect(&window, &MainWindow::pathsOpened, this, [&](const QStringList &paths) { opened = paths; });
        window.openPaths({dir.path(), dir.filePath(QStringLiteral("missing.log"))});
        QCOMPARE(opened, QStringList{QDir(dir.path()).absolutePath()});
        QCOMPARE(window.currentView(), MainWindow::LogsView);
    }

    void aboutShowsVersions()
    {
        const QString text = AboutDialog::versionText();
        const Mailflow::VersionInfo info = Mailflow::versionInfo();
        QVERIFY(text.contains(info.product));
        QVERIFY(text.contains(u"Qt " + info.qtRuntime));
        QVERIFY(text.contains(info.openSsl));
        QVERIFY(text.contains(u"KSyntaxHighlighting 6."));
        AboutDialog dialog;
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("versions"));
        QVERIFY(label && label->text().contains(info.openSsl));
    }

    void screenshotIsAPicture()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString file = dir.filePath(QStringLiteral("main.png"));
        QVERIFY(window.saveScreenshot(file));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1000, 700) * image.devicePixelRatio());
        QVERIFY(!window.saveScreenshot(dir.filePath(QStringLiteral("no/such/folder/x.png"))));
        if (const QByteArray keep = qgetenv("MAILFLOW_SCREENSHOT_DIR"); !keep.isEmpty())
            window.saveScreenshot(QDir(QString::fromLocal8Bit(keep)).filePath(QStringLiteral("main-window.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
