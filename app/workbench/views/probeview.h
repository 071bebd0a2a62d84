// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/proberesult.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QShortcut;
class QSortFilterProxyModel;
class QSplitter;
class QStringListModel;
class QTableView;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace Mailflow {
class StarttlsProber;
}

namespace Mailflow::Workbench {

class ElidingLabel;
class HighlightedTextView;
class ProbeCertificateModel;
class ProbeCipherModel;
class ProbeHostModel;
class ProbeMatrixModel;
class ProbeVerdictModel;

/// The Probe view: a host (or domain), port and mode; Start (Enter) and Cancel (Escape); the
/// version matrix filling in live as each connection ends; the accepted cipher suites per
/// version; the certificate chain; the Exchange Online verdicts; the transcript; copy as text
/// or JSON. Runs the core's StarttlsProber in the GUI thread's event loop (it never blocks).
/// For a domain with several MX hosts, the domain verdicts and a table of the MX hosts (one row
/// each, in preference order) sit above the results; selecting a host switches the verdicts,
/// matrix, cipher suites, certificate and transcript to that host, live while it is probed.
class ProbeView : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeView(QWidget *parent = nullptr);
    ~ProbeView() override;

    /// The options the form describes (target, port, mode, versions only, EHLO name, timeout).
    ProbeOptions options() const;
    void setTarget(const QString &target);
    /// Port 25, 587, 465 or any other; 465 also switches to implicit TLS, 25/587 to STARTTLS.
    void setPort(int port);
    void setImplicitTls(bool implicitTls);
    void setVersionsOnly(bool versionsOnly);

    bool isRunning() const;
    const ProbeResult &result() const { return m_result; }
    /// Remembered targets, most recent first.
    QStringList history() const;

    ProbeMatrixModel *matrixModel() const { return m_matrix; }
    ProbeCipherModel *cipherModel() const { return m_ciphers; }
    ProbeCertificateModel *certificateModel() const { return m_certificates; }
    ProbeVerdictModel *verdictModel() const { return m_verdicts; }
    ProbeHostModel *hostModel() const { return m_hosts; }
    ProbeVerdictModel *domainVerdictModel() const { return m_domainVerdicts; }
    /// The index (into ProbeResult::hosts) of the MX host the results show; 0 for a single host.
    int shownHost() const { return m_shownHost; }
    /// Shows MX host @p host (an index into ProbeResult::hosts) in the matrix, tabs and verdicts.
    void showHost(int host);
    HighlightedTextView *transcriptView() const { return m_transcript; }

    /// The result as `mailflow probe` prints it, and as `mailflow probe --json` does.
    QString resultText() const;
    QByteArray resultJson() const;

public Q_SLOTS:
    /// Starts a probe with options(); does nothing while one runs or when the target is empty/invalid.
    void start();
    void cancel();
    void copyText();
    void copyJson();

Q_SIGNALS:
    void probeStarted();
    void probeFinished(const Mailflow::ProbeResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateRunning(bool running);
    void onFinished(const ProbeResult &result);
    void showHostResult(const ProbeResult &host);
    void replayLiveHost(int host);
    void updateDomainPanel();
    void onProgress(int finished, int active, int queued);
    void updateCipherNote();
    void updateCertificateWarnings();
    void updateTranscriptChoices();
    void showTranscript();
    void updateVerdictHeight();
    void updateMatrixHeight();
    void rememberTarget(const QString &target);
    void readSettings();
    void writeSettings() const;

    StarttlsProber *m_prober;
    ProbeMatrixModel *m_matrix;
    ProbeCipherModel *m_ciphers;
    ProbeCertificateModel *m_certificates;
    ProbeVerdictModel *m_verdicts;
    ProbeHostModel *m_hosts;
    ProbeVerdictModel *m_domainVerdicts;
    QStringListModel *m_historyModel;

    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QComboBox *m_port;
    QComboBox *m_mode;
    QCheckBox *m_versionsOnly;
    QToolButton *m_optionsButton;
    QLabel *m_ehloLabel;
    QLineEdit *m_ehlo;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_dnsLabel;
    QLineEdit *m_dns;
    QCheckBox *m_firstMx;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QToolButton *m_copyButton;
    QAction *m_copyTextAction;
    QAction *m_copyJsonAction;
    QShortcut *m_escape;

    QProgressBar *m_progress;
    ElidingLabel *m_status;
    ElidingLabel *m_summary;
    QListView *m_verdictView;
    QWidget *m_domainPanel;
    ElidingLabel *m_domainHeading;
    QListView *m_domainVerdictView;
    QTableView *m_hostView;
    QSplitter *m_splitter;
    QTableView *m_matrixView;
    QTabWidget *m_tabs;
    QLabel *m_cipherNote;
    QLabel *m_cipherVersionLabel;
    QComboBox *m_cipherVersion;
    QSortFilterProxyModel *m_cipherFilter;
    QTableView *m_cipherView;
    QLabel *m_certificateWarnings;
    QTreeView *m_certificateView;
    QLabel *m_connectionLabel;
    QComboBox *m_connection;
    HighlightedTextView *m_transcript;

    /// What each host's signals delivered so far, to show a host picked while it is probed.
    struct LiveHost
    {
        QList<ProbeAttempt> attempts;
        QList<VersionResult> versions;
        QList<ConfirmationResult> confirmations;
        QList<std::pair<TlsVersion, QList<quint16>>> ciphers;
        QString summary;
    };
    LiveHost &live(int host);

    ProbeResult m_result;      ///< the whole probe (a domain: all hosts)
    ProbeResult m_shown;       ///< the host the results show
    QList<LiveHost> m_live;
    QList<TlsVersion> m_probeVersions;
    int m_shownHost = 0;
    bool m_hostPicked = false; ///< the user picked a host while the probe ran: keep it at the end
    bool m_hasResult = false;
    int m_opened = 0;
    int m_attempts = 0;
    int m_verdictHint = 0;
    int m_matrixHint = 0;
    bool m_splitterSized = false;
};

} // namespace Mailflow::Workbench
