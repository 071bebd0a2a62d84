// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QMenu;
class QTabWidget;

namespace Mailflow::Workbench {

/// The workbench's main window: menus, one tab per view, remembered state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum View { LogsView, ProbeView, DecodeView, DiagnoseView, ViewCount };
    Q_ENUM(View)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QWidget *view(View which) const;
    /// Puts @p widget in place of the current widget for @p which (the window takes ownership).
    void setView(View which, QWidget *widget);
    View currentView() const;
    void showView(View which);

    QStringList recentFiles() const;
    /// Remembers @p path at the top of File > Open Recent (persisted in the settings).
    void addRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 10;

    /// Opens files or folders given on the command line or through the menu.
    void openPaths(const QStringList &paths);

    /// Renders the window into a PNG; returns false (and says why on stderr) on failure.
    bool saveScreenshot(const QString &fileName);

Q_SIGNALS:
    /// Emitted for files or folders the user opened; the Logs view takes them.
    void pathsOpened(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void readSettings();
    void writeSettings() const;
    void openFilesDialog();
    void openFolderDialog();

    QTabWidget *m_tabs;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QStringList m_recentFiles;
};

} // namespace Mailflow::Workbench
