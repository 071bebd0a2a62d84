// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/decoderesult.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace Mailflow::Workbench {

class DecodeAttemptModel;
class DecodeFieldModel;
class DecodeHopModel;
class DecodeHopsView;
class DecodePredictionModel;
class HighlightedTextView;
class PillFlow;
class StatusPill;
class TimelineChart;

/// The Decode view: paste (or open) an NDR, delay notice, DSN, Get-Queue/Get-Message output,
/// LastError string, transcript or MTA log lines, and see what the text decoder of core/decode
/// made of it: kind and root cause in plain words, the reply chains as hops with each code
/// explained (knowledge base, English or German), the findings, the attempts as a table and a
/// timeline, the predicted delay-notice and NDR times, and the DSN/queue fields.
/// The text is decoded 300 ms after the last change, off the UI thread; a result that arrives
/// after a newer edit is dropped.
class DecodeView : public QWidget
{
    Q_OBJECT
public:
    explicit DecodeView(QWidget *parent = nullptr);
    ~DecodeView() override;

    /// Replaces the paste area's text (decoded after the debounce delay, like typing).
    void setText(const QString &text);
    QString text() const;
    /// Reads @p fileName (UTF-8, else Windows-1252) into the paste area; false (and a message in
    /// the status line) when it cannot be read or is too large.
    bool loadFile(const QString &fileName);
    /// Loads one of the embedded examples (sampleNames()) into the paste area.
    bool loadSample(const QString &name);
    static QStringList sampleNames();

    /// Decodes now instead of after the debounce delay (still off the UI thread).
    void decodeNow();
    bool isDecoding() const;
    /// The last decode result shown (kind Unknown when the paste area is empty).
    const DecodeResult &result() const { return m_result; }

    /// Knowledge-base language of the explanations: "en" or "de". Default: German when the UI
    /// locale is German, else English. Changing it decodes again.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// The result as the plain text "Copy as Text" copies, and as the JSON "Copy as JSON" copies
    /// (the same document `mailflow decode --json` prints).
    QString resultText() const;
    QByteArray resultJson() const;

    DecodeHopModel *hopModel() const { return m_hopModel; }
    DecodeAttemptModel *attemptModel() const { return m_attemptModel; }
    DecodePredictionModel *predictionModel() const { return m_predictionModel; }
    DecodeFieldModel *fieldModel() const { return m_fieldModel; }

    /// Plain words for a finding name of findingNames() ("the connection dropped during the session").
    static QString findingText(const QString &finding);
    static QString kindTitle(DecodeKind kind);

Q_SIGNALS:
    /// Emitted whenever a new result is shown (also when the paste area was emptied).
    void resultChanged();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleDecode();
    void decodeFinished();
    void showResult(const DecodeResult &result);
    void openFileDialog();
    void pasteClipboard();
    void copyText();
    void copyJson();
    void retranslate();
    void updateResultTexts();
    void readSettings();
    void writeSettings() const;

    struct Job
    {
        quint64 generation = 0;
        DecodeResult result;
    };

    QString m_language;
    DecodeResult m_result;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    bool m_decodeAgain = false;
    QFutureWatcher<Job> m_watcher;
    QTimer *m_debounce;

    DecodeHopModel *m_hopModel;
    DecodeAttemptModel *m_attemptModel;
    DecodePredictionModel *m_predictionModel;
    DecodeFieldModel *m_fieldModel;

    QToolButton *m_openButton;
    QToolButton *m_pasteButton;
    QToolButton *m_clearButton;
    QToolButton *m_copyTextButton;
    QToolButton *m_copyJsonButton;
    QLabel *m_status;
    QSplitter *m_splitter;
    HighlightedTextView *m_input;
    QStackedWidget *m_resultStack;
    QLabel *m_emptyHint;
    QLabel *m_headline;
    QLabel *m_rootCause;
    QLabel *m_predictionSummary;
    DecodeHopsView *m_hops;
    PillFlow *m_pills;
    QTabWidget *m_tabs;
    QTextBrowser *m_explanations;
    QTableView *m_attemptTable;
    QStackedWidget *m_timelineStack;
    QLabel *m_timelineEmpty;
    TimelineChart *m_timeline;
    QTableView *m_predictionTable;
    QTableView *m_fieldTable;
};

} // namespace Mailflow::Workbench
