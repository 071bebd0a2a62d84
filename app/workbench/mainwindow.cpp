// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "widgets/droppedpaths.h"

#include "aboutdialog.h"
#include "views/decodeview.h"
#include "views/emptyview.h"
#include "views/probeview.h"
#include "views/logsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace Mailflow::Workbench {

namespace {

struct ViewText
{
    const char *title;
    const char *description;
};

constexpr ViewText viewTexts[MainWindow::ViewCount] = {
    {QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Logs"),
     QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Exchange SMTP Send and Receive protocol logs: sessions, TLS outcomes, "
                                     "plaintext fallbacks and retry timelines. Arrives with the protocol-log engine.")},
    {QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Probe"),
     QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Probe a mail host's STARTTLS: TLS versions, cipher suites, certificate chain "
                                     "and Exchange Online verdicts. Arrives with the STARTTLS prober.")},
    {QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Decode"),
     QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Paste an NDR, a delay notice, a DSN, Get-Queue output or a LastError string "
                                     "to see the reply chain, timeline and explanation. Arrives with the text decoder.")},
    {QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Diagnose"),
     QT_TRANSLATE_NOOP("Mailflow::Workbench::MainWindow", "Guided diagnosis of the six mail-flow scenarios, joining logs, probes and "
                                     "bounce text. Arrives once the three engines have landed.")},
};

QString settingsKey(const char *key)
{
    return QStringLiteral("MainWindow/") + QLatin1StringView(key);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(QStringLiteral("views"));
    for (int i = 0; i < ViewCount; ++i) {
        auto *placeholder = new EmptyView(tr(viewTexts[i].title), tr(viewTexts[i].description));
        placeholder->setObjectName(QStringLiteral("emptyView%1").arg(i));
        m_tabs->addTab(placeholder, tr(viewTexts[i].title));
    }
    setView(DecodeView, new Mailflow::Workbench::DecodeView);
    setCentralWidget(m_tabs);
    setView(ProbeView, new Workbench::ProbeView);
    auto *logs = new Workbench::LogsView;
    setView(LogsView, logs);
    connect(this, &MainWindow::pathsOpened, logs, &Workbench::LogsView::openPaths);
    setAcceptDrops(true);
    createMenus();
    retranslate();
    statusBar()->showMessage(tr("Ready"));
    readSettings();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::view(View which) const
{
    return m_tabs->widget(which);
}

void MainWindow::setView(View which, QWidget *widget)
{
    const bool current = m_tabs->currentIndex() == which;
    QWidget *old = m_tabs->widget(which);
    m_tabs->removeTab(which);
    m_tabs->insertTab(which, widget, tr(viewTexts[which].title));
    delete old;
    if (current)
        m_tabs->setCurrentIndex(which);
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_tabs->currentIndex());
}

void MainWindow::showView(View which)
{
    m_tabs->setCurrentIndex(which);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    QAction *openFiles = m_fileMenu->addAction(QString(), this, &MainWindow::openFilesDialog);
    openFiles->setObjectName(QStringLiteral("actionOpenLogs"));
    openFiles->setShortcut(QKeySequence::Open);
    QAction *openFolder = m_fileMenu->addAction(QString(), this, &MainWindow::openFolderDialog);
    openFolder->setObjectName(QStringLiteral("actionOpenFolder"));
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    QAction *copy = m_editMenu->addAction(QString(), this, [] {
        if (QWidget *focus = QApplication::focusWidget())
            QMetaObject::invokeMethod(focus, "copy");
    });
    copy->setObjectName(QStringLiteral("actionCopy"));
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = m_editMenu->addAction(QString(), this, [] {
        if (QWidget *focus = QApplication::focusWidget())
            QMetaObject::invokeMethod(focus, "selectAll");
    });
    selectAll->setObjectName(QStringLiteral("actionSelectAll"));
    selectAll->setShortcut(QKeySequence::SelectAll);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < ViewCount; ++i) {
        QAction *show = m_viewMenu->addAction(QString(), this, [this, i] { showView(static_cast<View>(i)); });
        show->setObjectName(QStringLiteral("actionShowView%1").arg(i));
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    m_viewMenu->addSeparator();
    QAction *fullScreen = m_viewMenu->addAction(QString(), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    m_helpMenu = menuBar()->addMenu(QString());
    QAction *about = m_helpMenu->addAction(QString(), this, [this] { AboutDialog(this).exec(); });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Mailflow Workbench"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    const auto setText = [this](const char *name, const QString &text, const QString &tip = {}) {
        if (auto *action = findChild<QAction *>(QLatin1StringView(name))) {
            action->setText(text);
            action->setToolTip(tip.isEmpty() ? QString(text).remove(u'&') : tip);
        }
    };
    setText("actionOpenLogs", tr("&Open Logs…"), tr("Open Exchange SMTP protocol log files"));
    setText("actionOpenFolder", tr("Open Log &Folder…"), tr("Open a folder of protocol logs, searched recursively"));
    setText("actionQuit", tr("&Quit"));
    setText("actionCopy", tr("&Copy"));
    setText("actionSelectAll", tr("Select &All"));
    setText("actionFullScreen", tr("&Full Screen"));
    setText("actionAbout", tr("&About Mailflow Workbench"));
    setText("actionAboutQt", tr("About &Qt"));
    for (int i = 0; i < ViewCount; ++i) {
        setText(QStringLiteral("actionShowView%1").arg(i).toLatin1().constData(), tr(viewTexts[i].title));
        m_tabs->setTabText(i, tr(viewTexts[i].title));
        m_tabs->setTabToolTip(i, tr(viewTexts[i].description));
    }
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QStringList MainWindow::recentFiles() const
{
    return m_recentFiles;
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recentFiles.removeAll(absolute);
    m_recentFiles.prepend(absolute);
    while (m_recentFiles.size() > MaxRecentFiles)
        m_recentFiles.removeLast();
    updateRecentMenu();
    QSettings().setValue(settingsKey("recentFiles"), m_recentFiles);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_recentFiles)) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName(),
                                                  this, [this, path] { openPaths({path}); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            m_recentFiles.clear();
            QSettings().remove(settingsKey("recentFiles"));
            updateRecentMenu();
        });
    }
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList existing;
    for (const QString &path : paths) {
        if (QFileInfo::exists(path)) {
            existing << QFileInfo(path).absoluteFilePath();
            addRecentFile(path);
        } else {
            statusBar()->showMessage(tr("%1 does not exist").arg(path), 5000);
        }
    }
    if (existing.isEmpty())
        return;
    showView(LogsView);
    Q_EMIT pathsOpened(existing);
}

void MainWindow::openFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Protocol Logs"), QString(),
                                                            tr("Protocol logs (*.log *.LOG *.txt *.csv);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Protocol Log Folder"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey("geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(settingsKey("state")).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, settings.value(settingsKey("view"), 0).toInt(), ViewCount - 1));
    m_recentFiles = settings.value(settingsKey("recentFiles")).toStringList();
    updateRecentMenu();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("view"), m_tabs->currentIndex());
    settings.setValue(settingsKey("recentFiles"), m_recentFiles);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedLocalPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::saveScreenshot(const QString &fileName)
{
    const QPixmap pixmap = grab();
    if (pixmap.isNull() || !pixmap.save(fileName, "PNG")) {
        qWarning("cannot write the screenshot to %s", qPrintable(fileName));
        return false;
    }
    return true;
}

} // namespace Mailflow::Workbench
