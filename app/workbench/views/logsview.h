// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/logresult.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace Mailflow {
class LogLoader;
}

namespace Mailflow::Workbench {

class FallbacksModel;
class HighlightedTextView;
class LegacyHostsModel;
class ProblemsModel;
class RetriesModel;
class SessionFilterProxyModel;
class SessionTableModel;
class TimelineChart;
class TlsVersionChart;
class TlsVersionTableModel;
class TopRowsProxyModel;

/// The Logs view: open Exchange SMTP protocol logs (files or folders), load them in the background
/// (progress, Cancel), and browse the sessions: a sortable, filterable session table; the selected
/// session's raw lines, highlighted, and its details; a retry timeline; sessions per day or host by
/// TLS version; hosts still on legacy TLS or plaintext; fallbacks, retry series and unreadable
/// lines. Every table exports to CSV; the summary exports as the CLI's JSON.
class LogsView : public QWidget
{
    Q_OBJECT
public:
    enum class TimelineLanes { RemoteHost, Connector };

    explicit LogsView(QWidget *parent = nullptr);
    ~LogsView() override;

    /// The current result (empty before the first load finishes).
    const LogResult &result() const;
    bool isLoading() const;

    SessionTableModel *sessionModel() const { return m_sessions; }
    SessionFilterProxyModel *sessionProxy() const { return m_proxy; }
    TlsVersionTableModel *tlsVersionModel() const { return m_tlsVersions; }
    LegacyHostsModel *legacyHostsModel() const { return m_legacy; }
    FallbacksModel *fallbacksModel() const { return m_fallbacks; }
    RetriesModel *retriesModel() const { return m_retries; }
    ProblemsModel *problemsModel() const { return m_problems; }
    QTableView *sessionTable() const { return m_table; }
    TimelineChart *timeline() const { return m_timeline; }
    TlsVersionChart *tlsVersionChart() const { return m_tlsChart; }
    HighlightedTextView *linesView() const { return m_lines; }
    QTextBrowser *detailsView() const { return m_details; }

    /// LogResult index of the session selected in the table, or -1.
    int selectedSession() const;
    /// Selects LogResult session @p index in the table (clearing filters that hide it).
    void selectSession(int index);

    void setTimelineLanes(TimelineLanes lanes);
    TimelineLanes timelineLanes() const { return m_lanes; }

    /// Writes logResultToJson() (what `mailflow logs --json` prints) to @p fileName.
    bool exportJson(const QString &fileName, QString *errorMessage = nullptr) const;

    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// Loads files and folders (folders are searched for protocol logs); replaces what is shown.
    void openPaths(const QStringList &paths);
    /// Loads pasted protocol-log text.
    void openText(const QByteArray &text, const QString &name);
    void cancelLoad();
    /// Shows @p result as if a load had finished with it.
    void setResult(const Mailflow::LogResult &result);

Q_SIGNALS:
    void loadStarted();
    /// The result is shown: every model is filled.
    void loaded();
    /// The selected session's lines are in linesView().
    void sessionLinesShown(int index);
    /// The timeline shows the sessions the table shows (built off the UI thread after each change).
    void timelineUpdated();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Private;
    void createWidgets();
    void retranslate();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const Mailflow::LogResult &result);
    void applyFilters();
    void updateFilterChoices();
    void updateTimeline();
    void tuneCharts();
    void updateStatus();
    void onSessionSelected();
    void showSessionLines(int index);
    void showSessionDetails(int index);
    void openFilesDialog();
    void openFolderDialog();
    void exportJsonDialog();
    void readSettings();
    void writeSettings() const;

    std::unique_ptr<Private> d;
    LogLoader *m_loader;
    SessionTableModel *m_sessions;
    SessionFilterProxyModel *m_proxy;
    TlsVersionTableModel *m_tlsVersions;
    TopRowsProxyModel *m_tlsChartRows;
    LegacyHostsModel *m_legacy;
    FallbacksModel *m_fallbacks;
    RetriesModel *m_retries;
    ProblemsModel *m_problems;
    TimelineLanes m_lanes = TimelineLanes::RemoteHost;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyOpenFiles = nullptr;
    QPushButton *m_emptyOpenFolder = nullptr;
    QToolButton *m_openFiles = nullptr;
    QToolButton *m_openFolder = nullptr;
    QToolButton *m_exportJson = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLineEdit *m_hostFilter = nullptr;
    QComboBox *m_connectorFilter = nullptr;
    QComboBox *m_directionFilter = nullptr;
    QComboBox *m_tlsFilter = nullptr;
    QComboBox *m_versionFilter = nullptr;
    QDateTimeEdit *m_fromFilter = nullptr;
    QDateTimeEdit *m_toFilter = nullptr;
    QToolButton *m_resetFilters = nullptr;
    QSplitter *m_vertical = nullptr;
    QSplitter *m_horizontal = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_analysisTabs = nullptr;
    QTabWidget *m_sessionTabs = nullptr;
    TimelineChart *m_timeline = nullptr;
    QComboBox *m_laneChoice = nullptr;
    QLabel *m_timelineNote = nullptr;
    TlsVersionChart *m_tlsChart = nullptr;
    QComboBox *m_bucketChoice = nullptr;
    QTableView *m_tlsTable = nullptr;
    QTableView *m_legacyTable = nullptr;
    QTableView *m_fallbackTable = nullptr;
    QTableView *m_retryTable = nullptr;
    QTableView *m_problemTable = nullptr;
    HighlightedTextView *m_lines = nullptr;
    QTextBrowser *m_details = nullptr;
};

} // namespace Mailflow::Workbench
