// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodeview.h"

#include "decodehopsview.h"
#include "decodemodels.h"
#include "widgets/csvexport.h"
#include "widgets/highlightedtextview.h"
#include "widgets/statuspill.h"
#include "widgets/timelinechart.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

/// Lays out the finding pills left to right, wrapping to more lines when they do not fit.
class PillFlow : public QWidget
{
public:
    explicit PillFlow(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    void setPills(const QList<StatusPill *> &pills)
    {
        qDeleteAll(m_pills);
        m_pills = pills;
        for (StatusPill *pill : m_pills) {
            pill->setParent(this);
            pill->show();
        }
        relayout(width());
        updateGeometry();
    }
    const QList<StatusPill *> &pills() const { return m_pills; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return place(width, false); }
    QSize sizeHint() const override { return {200, place(qMax(width(), 200), false)}; }
    QSize minimumSizeHint() const override { return {50, place(qMax(width(), 50), false)}; }

protected:
    void resizeEvent(QResizeEvent *) override { relayout(width()); }

private:
    static constexpr int spacing = 6;
    void relayout(int width) { place(width, true); }
    int place(int width, bool move) const
    {
        if (m_pills.isEmpty())
            return 0;
        int x = 0;
        int y = 0;
        int lineHeight = 0;
        for (StatusPill *pill : m_pills) {
            const QSize size = pill->sizeHint();
            if (x > 0 && x + size.width() > width) {
                x = 0;
                y += lineHeight + spacing;
                lineHeight = 0;
            }
            if (move)
                pill->setGeometry(QRect(QPoint(x, y), size));
            x += size.width() + spacing;
            lineHeight = qMax(lineHeight, size.height());
        }
        return y + lineHeight;
    }
    QList<StatusPill *> m_pills;
};

namespace {

constexpr qint64 maximumFileSize = 64 * 1024 * 1024;
// Above this size the paste area shows plain text: highlighting runs on the UI thread.
constexpr qsizetype maximumHighlightedSize = 1024 * 1024;
constexpr qsizetype maximumRememberedSize = 64 * 1024;
const QString smtpDialogue = u"SMTP Dialogue"_s;

struct Sample
{
    const char *file;
    const char *title;
};

constexpr Sample samples[] = {
    {"ndr-en-scenario3-expired-curly.txt", QT_TRANSLATE_NOOP("Mailflow::Workbench::DecodeView", "an Exchange NDR (message expired)")},
    {"delay-exo-starttls-required.txt", QT_TRANSLATE_NOOP("Mailflow::Workbench::DecodeView", "an Exchange Online delay notice")},
    {"getqueue-scenario3-retry.txt", QT_TRANSLATE_NOOP("Mailflow::Workbench::DecodeView", "Get-Queue output")},
    {"dsn-postfix-tls-not-offered.eml", QT_TRANSLATE_NOOP("Mailflow::Workbench::DecodeView", "a Postfix bounce (TLS not offered)")},
};

QString settingsKey(const char *key)
{
    return u"DecodeView/"_s + QLatin1StringView(key);
}

Outcome findingOutcome(const QString &finding)
{
    if (finding.startsWith(u"tls-") || finding == u"starttls-required" || finding == u"certificate-invalid")
        return Outcome::TlsFailed;
    if (finding == u"starttls-not-offered")
        return Outcome::PlaintextFallback;
    if (finding == u"delivery-delayed" || finding == u"rate-limited")
        return Outcome::Deferred;
    return Outcome::Other;
}

bool isTlsFinding(const QString &finding)
{
    return findingOutcome(finding) == Outcome::TlsFailed;
}

QString defaultLanguage()
{
    return QLocale().language() == QLocale::German ? u"de"_s : u"en"_s;
}

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, [table] { table->resizeColumnsToContents(); });
    TableCsvActions::install(table, objectName + u".csv"_s);
    return table;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DecodeView::DecodeView(QWidget *parent)
    : QWidget(parent)
    , m_language(defaultLanguage())
    , m_debounce(new QTimer(this))
    , m_hopModel(new DecodeHopModel(this))
    , m_attemptModel(new DecodeAttemptModel(this))
    , m_predictionModel(new DecodePredictionModel(this))
    , m_fieldModel(new DecodeFieldModel(this))
    , m_openButton(new QToolButton(this))
    , m_pasteButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_copyTextButton(new QToolButton(this))
    , m_copyJsonButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_input(new HighlightedTextView(m_splitter))
    , m_resultStack(new QStackedWidget(m_splitter))
{
    setObjectName(u"decodeView"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DecodeView::decodeNow);
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &DecodeView::decodeFinished);

    // Tool row
    const struct {
        QToolButton *button;
        const char *name;
        void (DecodeView::*slot)();
        QKeySequence key;
    } buttons[] = {
        {m_openButton, "openButton", &DecodeView::openFileDialog, QKeySequence::Open},
        {m_pasteButton, "pasteButton", &DecodeView::pasteClipboard, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {m_clearButton, "clearButton", nullptr, QKeySequence()},
        {m_copyTextButton, "copyTextButton", &DecodeView::copyText, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {m_copyJsonButton, "copyJsonButton", &DecodeView::copyJson, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
    };
    auto *toolRow = new QHBoxLayout;
    for (const auto &b : buttons) {
        b.button->setObjectName(QLatin1StringView(b.name));
        b.button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b.button->setAutoRaise(true);
        if (b.slot)
            connect(b.button, &QToolButton::clicked, this, b.slot);
        // Ctrl+O is File > Open in the main window; inside this view event() claims it first.
        if (!b.key.isEmpty() && b.button != m_openButton) {
            auto *action = new QAction(this);
            action->setShortcut(b.key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, b.button, &QToolButton::click);
            addAction(action);
        }
        toolRow->addWidget(b.button);
        if (b.button == m_clearButton)
            toolRow->addSpacing(12);
    }
    m_openButton->setIcon(QIcon::fromTheme(u"document-open"_s));
    m_pasteButton->setIcon(QIcon::fromTheme(u"edit-paste"_s));
    m_clearButton->setIcon(QIcon::fromTheme(u"edit-clear"_s));
    m_copyTextButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyJsonButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    connect(m_clearButton, &QToolButton::clicked, this, [this] { setText(QString()); m_input->setFocus(); });
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toolRow->addStretch(1);
    toolRow->addWidget(m_status);

    // Paste area
    m_input->setObjectName(u"pasteArea"_s);
    m_input->setReadOnly(false);
    m_input->setDefinitionName(smtpDialogue);
    m_input->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_input->setLineNumbersVisible(true);
    connect(m_input, &QPlainTextEdit::textChanged, this, &DecodeView::scheduleDecode);
    m_input->installEventFilter(this);

    // Empty state
    m_emptyHint = new QLabel(m_resultStack);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyHint->setMargin(16);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_emptyHint, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"sample:"))
            loadSample(link.mid(7));
    });
    m_resultStack->addWidget(m_emptyHint);

    // Result page
    auto *resultPage = new QWidget(m_resultStack);
    resultPage->setObjectName(u"resultPage"_s);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(8, 4, 4, 4);
    m_headline = new QLabel(resultPage);
    m_headline->setObjectName(u"headline"_s);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rootCause = new QLabel(resultPage);
    m_rootCause->setObjectName(u"rootCause"_s);
    m_rootCause->setWordWrap(true);
    m_rootCause->setTextFormat(Qt::RichText);
    m_rootCause->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_predictionSummary = new QLabel(resultPage);
    m_predictionSummary->setObjectName(u"predictionSummary"_s);
    m_predictionSummary->setWordWrap(true);
    m_predictionSummary->setTextFormat(Qt::RichText);
    m_hops = new DecodeHopsView(resultPage);
    m_hops->setObjectName(u"hops"_s);
    m_hops->setModel(m_hopModel);
    m_pills = new PillFlow(resultPage);
    m_pills->setObjectName(u"findings"_s);

    m_tabs = new QTabWidget(resultPage);
    m_tabs->setObjectName(u"resultTabs"_s);
    m_tabs->setDocumentMode(true);
    m_explanations = new QTextBrowser(m_tabs);
    m_explanations->setObjectName(u"explanations"_s);
    m_explanations->setOpenLinks(false);
    m_attemptTable = makeTable(m_attemptModel, u"attempts"_s, m_tabs);
    m_timelineStack = new QStackedWidget(m_tabs);
    m_timelineEmpty = new QLabel(m_timelineStack);
    m_timelineEmpty->setAlignment(Qt::AlignCenter);
    m_timelineEmpty->setWordWrap(true);
    m_timeline = new TimelineChart(m_timelineStack);
    m_timeline->setObjectName(u"timeline"_s);
    m_timelineStack->addWidget(m_timelineEmpty);
    m_timelineStack->addWidget(m_timeline);
    m_predictionTable = makeTable(m_predictionModel, u"predictions"_s, m_tabs);
    m_fieldTable = makeTable(m_fieldModel, u"fields"_s, m_tabs);
    m_fieldTable->setWordWrap(true);
    for (QWidget *page : {static_cast<QWidget *>(m_explanations), static_cast<QWidget *>(m_attemptTable),
                          static_cast<QWidget *>(m_timelineStack), static_cast<QWidget *>(m_predictionTable),
                          static_cast<QWidget *>(m_fieldTable)})
        m_tabs->addTab(page, QString());
    connect(m_timeline, &TimelineChart::pointActivated, this, [this](const QVariant &id) {
        const int row = id.toInt();
        if (row >= 0 && row < m_attemptModel->rowCount()) {
            m_tabs->setCurrentWidget(m_attemptTable);
            m_attemptTable->selectRow(row);
        }
    });

    resultLayout->addWidget(m_headline);
    resultLayout->addWidget(m_rootCause);
    resultLayout->addWidget(m_predictionSummary);
    resultLayout->addWidget(m_pills);
    resultLayout->addWidget(m_hops);
    resultLayout->addWidget(m_tabs, 1);
    m_resultStack->addWidget(resultPage);

    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolRow);
    layout->addWidget(m_splitter, 1);

    retranslate();
    showResult(DecodeResult());
    readSettings();
}

DecodeView::~DecodeView()
{
    writeSettings();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QStringList DecodeView::sampleNames()
{
    QStringList names;
    for (const Sample &sample : samples)
        names << QLatin1StringView(sample.file);
    return names;
}

void DecodeView::setText(const QString &text)
{
    m_input->setDefinitionName(text.size() > maximumHighlightedSize ? QString() : smtpDialogue);
    m_input->setPlainText(text);
}

QString DecodeView::text() const
{
    return m_input->toPlainText();
}

bool DecodeView::loadFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot open %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString()));
        return false;
    }
    if (file.size() > maximumFileSize) {
        m_status->setText(tr("%1 is larger than %2 MB; paste the part with the error instead.")
                              .arg(QFileInfo(fileName).fileName()).arg(maximumFileSize / (1024 * 1024)));
        return false;
    }
    QByteArray bytes = file.readAll();
    bytes.replace('\0', QByteArray());
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QStringDecoder(QStringDecoder::Latin1).decode(bytes); // close to Windows-1252 for what matters here
    setText(text);
    m_status->setText(tr("Opened %1").arg(QFileInfo(fileName).fileName()));
    return true;
}

bool DecodeView::loadSample(const QString &name)
{
    if (!sampleNames().contains(name))
        return false;
    return loadFile(u":/mailflow/samples/"_s + name);
}

void DecodeView::scheduleDecode()
{
    m_debounce->start();
}

void DecodeView::decodeNow()
{
    m_debounce->stop();
    const QString text = m_input->toPlainText();
    const quint64 generation = ++m_generation;
    if (text.trimmed().isEmpty()) {
        m_shownGeneration = generation;
        showResult(DecodeResult());
        return;
    }
    m_status->setText(tr("Decoding…"));
    if (m_watcher.isRunning()) {
        // One decode at a time: a big text edited while it decodes must not pile up jobs.
        m_decodeAgain = true;
        return;
    }
    const QString language = m_language;
    m_watcher.setFuture(QtConcurrent::run([text, language, generation] {
        return Job{generation, decodeText(text, language)};
    }));
}

bool DecodeView::isDecoding() const
{
    // not m_watcher.isRunning(): the future ends before its finished() signal reaches us
    return m_debounce->isActive() || m_shownGeneration != m_generation;
}

void DecodeView::decodeFinished()
{
    const Job job = m_watcher.result();
    if (std::exchange(m_decodeAgain, false)) {
        decodeNow(); // the text changed while this result was computed
        return;
    }
    if (job.generation != m_generation)
        return; // a newer edit is waiting for the debounce timer
    m_shownGeneration = job.generation;
    showResult(job.result);
}

void DecodeView::showResult(const DecodeResult &result)
{
    m_result = result;
    m_hopModel->setResult(result);
    m_attemptModel->setResult(result);
    m_predictionModel->setResult(result);
    m_fieldModel->setResult(result);

    QList<StatusPill *> pills;
    for (const QString &finding : result.findings) {
        auto *pill = new StatusPill(finding, findingOutcome(finding));
        pill->setObjectName(u"finding-"_s + finding);
        pills << pill;
    }
    m_pills->setPills(pills);

    const bool tls = std::any_of(result.findings.cbegin(), result.findings.cend(), isTlsFinding);
    QList<TimelinePoint> points;
    for (int row = 0; row < m_attemptModel->rowCount(); ++row) {
        const QModelIndex index = m_attemptModel->index(row, 0);
        TimelinePoint point;
        point.time = index.data(DecodeAttemptModel::DateTimeRole).toDateTime();
        if (!point.time.isValid())
            continue;
        // the chart's lane axis renders rich text: "<servername>" (Microsoft's placeholder) would vanish
        point.lane = m_attemptModel->index(row, DecodeAttemptModel::ServerColumn).data().toString().toHtmlEscaped();
        switch (index.data(DecodeAttemptModel::ReplyClassRole).toInt()) {
        case 2: point.category = TimelinePoint::Delivered; break;
        case 4: point.category = TimelinePoint::Deferred; break;
        case 5: point.category = tls ? TimelinePoint::TlsFailed : TimelinePoint::Other; break;
        default: point.category = TimelinePoint::Other; break;
        }
        point.id = row;
        points << point;
    }
    m_timeline->setPoints(points);
    m_timelineStack->setCurrentWidget(points.isEmpty() ? static_cast<QWidget *>(m_timelineEmpty) : m_timeline);

    const bool empty = m_input->document()->isEmpty();
    m_resultStack->setCurrentIndex(empty ? 0 : 1);
    m_copyTextButton->setEnabled(!empty);
    m_copyJsonButton->setEnabled(!empty);
    m_clearButton->setEnabled(!empty);
    updateResultTexts();
    Q_EMIT resultChanged();
}

void DecodeView::updateResultTexts()
{
    const DecodeResult &r = m_result;
    // Timeline tooltips are texts too
    QList<TimelinePoint> points = m_timeline->points();
    for (TimelinePoint &point : points) {
        const int row = point.id.toInt();
        point.toolTip = u"<p style='white-space:pre'>"_s
            + QString(m_attemptModel->index(row, DecodeAttemptModel::OriginalColumn).data().toString() + u'\n'
               + m_attemptModel->index(row, DecodeAttemptModel::ServerColumn).data().toString() + u'\n'
               + m_attemptModel->index(row, DecodeAttemptModel::RepliesColumn).data(Qt::ToolTipRole).toString())
                  .toHtmlEscaped()
            + u"</p>"_s;
    }
    if (!points.isEmpty())
        m_timeline->setPoints(points);

    if (m_input->document()->isEmpty())
        m_status->clear();
    else if (!isDecoding())
        m_status->setText(r.isRecognized() ? tr("Decoded: %1").arg(kindTitle(r.kind)) : tr("Not recognised"));

    QString headline = kindTitle(r.kind);
    if (!r.vendor.isEmpty())
        headline += u" · "_s + r.vendor;
    if (!r.language.isEmpty())
        headline += u" · "_s + r.language;
    m_headline->setText(headline);

    QString root;
    if (r.rootCause) {
        const SmtpReply &reply = r.rootCause->reply;
        root = tr("Root cause: <b>%1</b>").arg(escaped(replyLine(reply)));
        if (!r.rootCause->server.isEmpty())
            root += tr(" from %1").arg(escaped(r.rootCause->server));
        if (!r.rootCauseDetail.isEmpty())
            root += u"<br>"_s + escaped(r.rootCauseDetail);
        for (const CodeExplanation &e : r.explanations) {
            if (e.code == reply.enhanced || e.code == QString::number(reply.code)) {
                root += u"<br>"_s + escaped(e.meaning);
                if (!e.fix.isEmpty())
                    root += u"<br>"_s + tr("<b>What to do:</b> %1").arg(escaped(e.fix));
                break;
            }
        }
    } else if (const auto dsn = std::find_if(r.dsn.recipients.cbegin(), r.dsn.recipients.cend(),
                                             [](const DsnRecipient &d) { return !d.status.isEmpty(); });
               dsn != r.dsn.recipients.cend()) {
        // A bounce without an SMTP reply (the MTA gave up before or without one): its status code says it.
        const QString recipient = dsn->finalRecipient.isEmpty() ? dsn->originalRecipient : dsn->finalRecipient;
        root = tr("Status <b>%1</b> (%2) for %3").arg(escaped(dsn->status), escaped(dsn->action), escaped(recipient));
        if (!dsn->diagnosticCode.isEmpty())
            root += u"<br>"_s + escaped(dsn->diagnosticCode);
        for (const CodeExplanation &e : r.explanations) {
            if (e.code == dsn->status) {
                root += u"<br>"_s + escaped(e.meaning);
                if (!e.fix.isEmpty())
                    root += u"<br>"_s + tr("<b>What to do:</b> %1").arg(escaped(e.fix));
                break;
            }
        }
    } else if (!r.isRecognized()) {
        QStringList seen;
        for (const Observation &o : r.observations) {
            if (o.what == u"lines")
                continue;
            QString text = o.what == u"email-addresses" ? tr("%n e-mail address(es)", nullptr, o.count)
                : o.what == u"ip-addresses"              ? tr("%n IP address(es)", nullptr, o.count)
                : o.what == u"status-codes"              ? tr("%n status-code-like token(s)", nullptr, o.count)
                : o.what == u"timestamps"                ? tr("%n timestamp(s)", nullptr, o.count)
                : o.what == u"binary-data"               ? tr("binary data")
                : o.what == u"nul-bytes"                 ? tr("NUL bytes")
                                                         : o.what + u": "_s + QString::number(o.count);
            if (!o.example.isEmpty())
                text += tr(" (e.g. %1)").arg(o.example);
            seen << escaped(text);
        }
        root = tr("This does not look like a bounce, delay notice, queue output, LastError, transcript or MTA log.");
        if (!seen.isEmpty())
            root += u"<br>"_s + tr("What it contains: %1").arg(seen.join(u", "_s));
    } else {
        root = tr("No failing reply in the text.");
    }
    m_rootCause->setText(root);

    QStringList predictions;
    QStringList reasons;
    for (const Prediction &p : r.predictions) {
        predictions << tr("<b>%1:</b> %2 <span style='color:%4'>(%3)</span>")
                           .arg(escaped(DecodePredictionModel::eventText(p)), escaped(DecodePredictionModel::timeText(p)),
                                escaped(DecodePredictionModel::assumedText(p)),
                                palette().color(QPalette::PlaceholderText).name());
        if (!reasons.contains(DecodePredictionModel::reasonText(p)))
            reasons << DecodePredictionModel::reasonText(p);
    }
    m_predictionSummary->setText(predictions.join(u"<br>"_s));
    m_predictionSummary->setToolTip(reasons.join(u'\n'));
    m_predictionSummary->setVisible(!predictions.isEmpty());

    for (StatusPill *pill : m_pills->pills()) {
        const QString finding = pill->objectName().mid(8);
        pill->setToolTip(findingText(finding));
        pill->setAccessibleName(findingText(finding));
    }
    m_pills->setAccessibleName(tr("Findings"));

    QString html;
    for (const CodeExplanation &e : r.explanations) {
        html += u"<h3>"_s + escaped(e.code) + u" — "_s + escaped(e.title) + u"</h3>"_s;
        if (!e.meaning.isEmpty())
            html += u"<p>"_s + escaped(e.meaning) + u"</p>"_s;
        if (!e.cause.isEmpty())
            html += u"<p>"_s + tr("<b>Cause:</b> %1").arg(escaped(e.cause)) + u"</p>"_s;
        if (!e.fix.isEmpty())
            html += u"<p>"_s + tr("<b>Fix:</b> %1").arg(escaped(e.fix)) + u"</p>"_s;
        html += u"<p><small>"_s + tr("Source: %1").arg(escaped(e.source)) + u"</small></p>"_s;
    }
    if (html.isEmpty())
        html = u"<p>"_s + tr("No status codes to explain.") + u"</p>"_s;
    m_explanations->setHtml(html);

    m_tabs->setTabText(0, tr("Codes explained (%1)").arg(r.explanations.size()));
    m_tabs->setTabText(1, tr("Attempts (%1)").arg(m_attemptModel->rowCount()));
    m_tabs->setTabText(2, tr("Timeline"));
    m_tabs->setTabText(3, tr("Predictions (%1)").arg(m_predictionModel->rowCount()));
    m_tabs->setTabText(4, tr("Fields (%1)").arg(m_fieldModel->rowCount()));
}

void DecodeView::setLanguage(const QString &language)
{
    const QString normalized = language == u"de" ? u"de"_s : u"en"_s;
    if (normalized == m_language)
        return;
    m_language = normalized;
    if (!m_input->document()->isEmpty())
        decodeNow();
}

QString DecodeView::kindTitle(DecodeKind kind)
{
    switch (kind) {
    case DecodeKind::Unknown: return tr("Not recognised");
    case DecodeKind::ExchangeNdr: return tr("Exchange non-delivery report (NDR)");
    case DecodeKind::ExchangeDelayDsn: return tr("Exchange delay notice");
    case DecodeKind::Dsn: return tr("Delivery status notification (bounce)");
    case DecodeKind::GetQueue: return tr("Get-Queue output");
    case DecodeKind::GetMessage: return tr("Get-Message output");
    case DecodeKind::MessageTracking: return tr("Message tracking / trace status");
    case DecodeKind::LastError: return tr("LastError string / SMTP reply");
    case DecodeKind::SmtpTranscript: return tr("SMTP transcript");
    case DecodeKind::PostfixLog: return tr("Postfix log lines");
    case DecodeKind::SendmailLog: return tr("Sendmail log lines");
    case DecodeKind::EximLog: return tr("Exim log lines");
    }
    return {};
}

QString DecodeView::findingText(const QString &finding)
{
    static const QHash<QString, const char *> texts = {
        {u"tls-negotiation-failed"_s, QT_TR_NOOP("the TLS handshake failed")},
        {u"starttls-required"_s, QT_TR_NOOP("one side requires STARTTLS/TLS")},
        {u"starttls-not-offered"_s, QT_TR_NOOP("STARTTLS was not offered or not available")},
        {u"tls-version-unsupported"_s, QT_TR_NOOP("no common TLS version")},
        {u"tls-cipher-mismatch"_s, QT_TR_NOOP("no common cipher suite")},
        {u"certificate-invalid"_s, QT_TR_NOOP("a certificate was not accepted")},
        {u"connection-dropped"_s, QT_TR_NOOP("the connection dropped during the session")},
        {u"connection-failed"_s, QT_TR_NOOP("no connection could be made")},
        {u"relay-denied"_s, QT_TR_NOOP("relaying was refused")},
        {u"auth-required"_s, QT_TR_NOOP("authentication is required or failed")},
        {u"message-expired"_s, QT_TR_NOOP("the message expired in the queue")},
        {u"delivery-delayed"_s, QT_TR_NOOP("delivery is delayed; the sender keeps retrying")},
        {u"recipient-unknown"_s, QT_TR_NOOP("the recipient does not exist")},
        {u"dns-failure"_s, QT_TR_NOOP("DNS / routing failed")},
        {u"mailbox-full"_s, QT_TR_NOOP("the mailbox is full")},
        {u"policy-rejected"_s, QT_TR_NOOP("rejected by policy")},
        {u"rate-limited"_s, QT_TR_NOOP("throttled / rate-limited")},
    };
    const auto it = texts.constFind(finding);
    return it == texts.constEnd() ? finding : tr(*it);
}

QString DecodeView::resultText() const
{
    const DecodeResult &r = m_result;
    QString text = kindTitle(r.kind);
    if (!r.vendor.isEmpty())
        text += u" ["_s + r.vendor + (r.language.isEmpty() ? QString() : u", "_s + r.language) + u']';
    text += u'\n';
    if (r.rootCause) {
        text += tr("Root cause: %1").arg(replyLine(r.rootCause->reply));
        if (!r.rootCause->server.isEmpty())
            text += tr(" (from %1)").arg(r.rootCause->server);
        if (!r.rootCauseDetail.isEmpty())
            text += u"\n  "_s + r.rootCauseDetail;
        text += u'\n';
    }
    if (m_hopModel->chainCount() > 0) {
        text += u'\n' + tr("Reply chains (outermost first, '->' = the hop behind it said):") + u'\n';
        int chain = -1;
        for (int row = 0; row < m_hopModel->rowCount(); ++row) {
            const QModelIndex index = m_hopModel->index(row, DecodeHopModel::TextColumn);
            const int c = index.data(DecodeHopModel::ChainRole).toInt();
            const int depth = index.data(DecodeHopModel::DepthRole).toInt();
            if (c != chain) {
                chain = c;
                const QString time = index.data(DecodeHopModel::AttemptTimeRole).toString();
                const QString server = index.data(DecodeHopModel::ServerRole).toString();
                text += u"  "_s + QStringList{time, server}.join(u"  "_s).trimmed() + u'\n';
            }
            const QString code = index.data(DecodeHopModel::CodePairRole).toString();
            text += QString(4 + 2 * depth, u' ') + (depth ? u"-> "_s : QString())
                + (code.isEmpty() ? QString() : code + u' ') + index.data().toString() + u'\n';
        }
    }
    if (!r.findings.isEmpty()) {
        text += u'\n' + tr("Findings:") + u'\n';
        for (const QString &f : r.findings)
            text += u"  "_s + f.leftJustified(24) + findingText(f) + u'\n';
    }
    if (!r.explanations.isEmpty()) {
        text += u'\n' + tr("What the codes mean:") + u'\n';
        for (const CodeExplanation &e : r.explanations) {
            text += u"  "_s + e.code + u"  "_s + e.title + u" ("_s + e.source + u")\n"_s;
            if (!e.meaning.isEmpty())
                text += u"      "_s + e.meaning + u'\n';
            if (!e.cause.isEmpty())
                text += u"      "_s + tr("Cause: %1").arg(e.cause) + u'\n';
            if (!e.fix.isEmpty())
                text += u"      "_s + tr("Fix: %1").arg(e.fix) + u'\n';
        }
    }
    if (!r.predictions.isEmpty()) {
        text += u'\n' + tr("Predictions:") + u'\n';
        for (const Prediction &p : r.predictions) {
            text += u"  "_s + DecodePredictionModel::eventText(p) + u": "_s + DecodePredictionModel::timeText(p) + u'\n';
            text += u"      "_s + DecodePredictionModel::assumedText(p) + u"; "_s + DecodePredictionModel::reasonText(p) + u'\n';
        }
    }
    return text;
}

QByteArray DecodeView::resultJson() const
{
    return QJsonDocument(decodeResultToJson(m_result)).toJson(QJsonDocument::Indented);
}

void DecodeView::copyText()
{
    QGuiApplication::clipboard()->setText(resultText());
    m_status->setText(tr("Copied the result as text"));
}

void DecodeView::copyJson()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(resultJson()));
    m_status->setText(tr("Copied the result as JSON"));
}

void DecodeView::pasteClipboard()
{
    setText(QGuiApplication::clipboard()->text());
    m_input->setFocus();
}

void DecodeView::openFileDialog()
{
    QSettings settings;
    const QString dir = settings.value(settingsKey("lastDirectory")).toString();
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Text to Decode"), dir,
        tr("Bounces and logs (*.txt *.eml *.msg *.log *.html *.htm);;All files (*)"));
    if (fileName.isEmpty())
        return;
    settings.setValue(settingsKey("lastDirectory"), QFileInfo(fileName).absolutePath());
    loadFile(fileName);
}

bool DecodeView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+V of a huge clipboard into an empty or fully selected paste area: replace the text
    // through setText(), which turns highlighting off for it (highlighting runs on the UI thread).
    if (watched == m_input && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString clip = QGuiApplication::clipboard()->text();
        const bool replacesAll = m_input->document()->isEmpty()
            || m_input->textCursor().selectedText().size() >= m_input->document()->characterCount() - 1;
        if (clip.size() > maximumHighlightedSize && replacesAll) {
            setText(clip);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool DecodeView::event(QEvent *event)
{
    // File > Open (Ctrl+O) belongs to the Logs view; inside this view Ctrl+O opens a text to decode.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Open)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void DecodeView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Open)) {
        openFileDialog();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DecodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_input->document()->isEmpty())
        updateResultTexts();
    QWidget::changeEvent(event);
}

void DecodeView::retranslate()
{
    m_openButton->setText(tr("&Open…"));
    m_openButton->setToolTip(tr("Open a saved NDR, .eml, queue output or log excerpt (Ctrl+O)"));
    m_pasteButton->setText(tr("&Paste"));
    m_pasteButton->setToolTip(tr("Replace the text with the clipboard (Ctrl+Shift+V)"));
    m_clearButton->setText(tr("C&lear"));
    m_clearButton->setToolTip(tr("Empty the paste area"));
    m_copyTextButton->setText(tr("Copy as &Text"));
    m_copyTextButton->setToolTip(tr("Copy the decoded result as plain text (Ctrl+Shift+T)"));
    m_copyJsonButton->setText(tr("Copy as &JSON"));
    m_copyJsonButton->setToolTip(tr("Copy the decoded result as the JSON of 'mailflow decode --json' (Ctrl+Shift+J)"));
    for (QToolButton *button : {m_openButton, m_pasteButton, m_clearButton, m_copyTextButton, m_copyJsonButton})
        button->setAccessibleName(QString(button->text()).remove(u'&'));
    m_input->setPlaceholderText(tr("Paste an NDR, delay notice, bounce, Get-Queue output, LastError, SMTP transcript or MTA log lines here"));
    m_input->setAccessibleName(tr("Text to decode"));
    m_status->setAccessibleName(tr("Decode status"));
    m_headline->setAccessibleName(tr("What the text is"));
    m_rootCause->setAccessibleName(tr("Root cause"));
    m_predictionSummary->setAccessibleName(tr("Predicted delay notice and NDR"));
    m_explanations->setAccessibleName(tr("Status codes explained"));
    m_attemptTable->setAccessibleName(tr("Delivery attempts"));
    m_predictionTable->setAccessibleName(tr("Predictions"));
    m_fieldTable->setAccessibleName(tr("Delivery status and queue fields"));
    m_tabs->setTabToolTip(0, tr("Meaning, likely cause and fix of each status code"));
    m_tabs->setTabToolTip(1, tr("Each delivery attempt with its time as written"));
    m_tabs->setTabToolTip(2, tr("The attempts on a time axis, one lane per server"));
    m_tabs->setTabToolTip(3, tr("When the delay notice and the NDR are due"));
    m_tabs->setTabToolTip(4, tr("Delivery-status (DSN) and Get-Queue/Get-Message fields"));
    m_timelineEmpty->setText(tr("The text has no timestamps to draw."));

    QString links;
    for (const Sample &sample : samples)
        links += u"<li><a href=\"sample:"_s + QLatin1StringView(sample.file) + u"\">"_s + tr(sample.title) + u"</a></li>"_s;
    m_emptyHint->setText(u"<h3>"_s + tr("Paste what the mail system told you") + u"</h3><p>"_s
        + tr("Paste or open (Ctrl+O) an Exchange NDR or delay notice (English, German, French, Spanish, Italian), "
             "a DSN or bounce from Postfix, Exim, Sendmail or Gmail, Get-Queue or Get-Message output, a LastError "
             "string, a message-tracking status, an SMTP transcript or MTA log lines. It is decoded as you type.")
        + u"</p><p>"_s + tr("Try an example:") + u"</p><ul>"_s + links + u"</ul>"_s);
    if (!m_input->document()->isEmpty())
        updateResultTexts();
}

void DecodeView::readSettings()
{
    QSettings settings;
    if (const QByteArray state = settings.value(settingsKey("splitter")).toByteArray(); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({400, 600});
    m_tabs->setCurrentIndex(settings.value(settingsKey("tab"), 0).toInt());
    if (const QByteArray header = settings.value(settingsKey("attemptsHeader")).toByteArray(); !header.isEmpty())
        m_attemptTable->horizontalHeader()->restoreState(header);
    const QString last = settings.value(settingsKey("lastInput")).toString();
    if (!last.isEmpty())
        setText(last);
}

void DecodeView::writeSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    settings.setValue(settingsKey("tab"), m_tabs->currentIndex());
    settings.setValue(settingsKey("attemptsHeader"), m_attemptTable->horizontalHeader()->saveState());
    const QString text = m_input->toPlainText();
    settings.setValue(settingsKey("lastInput"), text.size() <= maximumRememberedSize ? text : QString());
}

} // namespace Mailflow::Workbench
