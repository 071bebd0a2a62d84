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
class ProbeMatrixModel;
class ProbeVerdictModel;

/// The Probe view: a host (or domain), port and mode; Start (Enter) and Cancel (Escape); the
/// version matrix filling in live as each connection ends; the accepted cipher suites per
/// version; the certificate chain; the Exchange Online verdicts; the transcript; copy as text
/// or JSON. Runs the core's StarttlsProber in the GUI thread's event loop (it never blocks).
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

    ProbeResult m_result;
    bool m_hasResult = false;
    int m_opened = 0;
    int m_attempts = 0;
    int m_verdictHint = 0;
    int m_matrixHint = 0;
    bool m_splitterSized = false;
};

} // namespace Mailflow::Workbench
