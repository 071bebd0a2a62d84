// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeview.h"

#include "probemodels.h"
#include "widgets/csvexport.h"
#include "widgets/highlightedtextview.h"
#include "widgets/outcomecolors.h"
#include "widgets/statuspill.h"

#include "probe/probetext.h"
#include "probe/starttlsprober.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QIntValidator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {

constexpr int MaxHistory = 20;

QString settingsKey(const char *key)
{
    return u"ProbeView/"_s + QLatin1StringView(key);
}

int portFromText(const QString &text)
{
    bool ok = false;
    const int port = text.section(u' ', 0, 0).toInt(&ok);
    return ok && port > 0 && port <= 65535 ? port : 0;
}

QString transcriptText(const ConnectionTranscript &t)
{
    QString text = u"=== "_s + QCoreApplication::translate("Mailflow::Workbench::ProbeView", "connection %1: %2 (%3 port %4, %5)")
                                  .arg(t.connection)
                                  .arg(t.purpose, t.address)
                                  .arg(t.port)
                                  .arg(t.started.toString(Qt::ISODateWithMs))
        + u'\n';
    for (const TranscriptLine &line : t.lines) {
        QString prefix;
        switch (line.direction) {
        case 'C': prefix = u"C:"_s; break;
        case 'S': prefix = u"S:"_s; break;
        default: prefix = u"*"_s; break;
        }
        text += u"[+"_s + QString::number(line.ms) + u" ms] "_s + prefix + u' ' + line.text + u'\n';
    }
    return text;
}

} // namespace

ProbeView::ProbeView(QWidget *parent)
    : QWidget(parent)
    , m_prober(new StarttlsProber(this))
    , m_matrix(new ProbeMatrixModel(this))
    , m_ciphers(new ProbeCipherModel(this))
    , m_certificates(new ProbeCertificateModel(this))
    , m_verdicts(new ProbeVerdictModel(this))
    , m_hosts(new ProbeHostModel(this))
    , m_domainVerdicts(new ProbeVerdictModel(this))
    , m_historyModel(new QStringListModel(this))
{
    setObjectName(u"probeView"_s);

    // The form: host, port, mode, versions only, options, Start, Cancel.
    m_hostLabel = new QLabel(this);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"probeHost"_s);
    m_host->setClearButtonEnabled(true);
    m_host->setMinimumWidth(120);
    m_hostLabel->setBuddy(m_host);
    auto *completer = new QCompleter(m_historyModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_host->setCompleter(completer);

    m_portLabel = new QLabel(this);
    m_port = new QComboBox(this);
    m_port->setObjectName(u"probePort"_s);
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->lineEdit()->setValidator(nullptr);
    m_port->setMinimumContentsLength(5);
    m_port->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_portLabel->setBuddy(m_port);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"probeMode"_s);
    m_mode->addItem(QString(), false);
    m_mode->addItem(QString(), true);

    m_versionsOnly = new QCheckBox(this);
    m_versionsOnly->setObjectName(u"probeVersionsOnly"_s);

    // Rarely changed options live in a popup.
    auto *optionsWidget = new QWidget(this);
    auto *optionsLayout = new QFormLayout(optionsWidget);
    m_ehloLabel = new QLabel(optionsWidget);
    m_ehlo = new QLineEdit(optionsWidget);
    m_ehlo->setObjectName(u"probeEhlo"_s);
    m_ehlo->setPlaceholderText(ProbeOptions().ehloName);
    m_ehloLabel->setBuddy(m_ehlo);
    m_timeoutLabel = new QLabel(optionsWidget);
    m_timeout = new QSpinBox(optionsWidget);
    m_timeout->setObjectName(u"probeTimeout"_s);
    m_timeout->setRange(1, 300);
    m_timeout->setValue(ProbeOptions().stepTimeoutMs / 1000);
    m_timeoutLabel->setBuddy(m_timeout);
    m_dnsLabel = new QLabel(optionsWidget);
    m_dns = new QLineEdit(optionsWidget);
    m_dns->setObjectName(u"probeDns"_s);
    m_dnsLabel->setBuddy(m_dns);
    m_firstMx = new QCheckBox(optionsWidget);
    m_firstMx->setObjectName(u"probeFirstMx"_s);
    optionsLayout->addRow(m_ehloLabel, m_ehlo);
    optionsLayout->addRow(m_timeoutLabel, m_timeout);
    optionsLayout->addRow(m_dnsLabel, m_dns);
    optionsLayout->addRow(QString(), m_firstMx);
    m_optionsButton = new QToolButton(this);
    m_optionsButton->setObjectName(u"probeOptions"_s);
    m_optionsButton->setPopupMode(QToolButton::InstantPopup);
    auto *optionsMenu = new QMenu(m_optionsButton);
    auto *optionsAction = new QWidgetAction(optionsMenu);
    optionsAction->setDefaultWidget(optionsWidget);
    optionsMenu->addAction(optionsAction);
    m_optionsButton->setMenu(optionsMenu);

    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(u"probeStart"_s);
    m_startButton->setDefault(true);
    m_startButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(u"probeCancel"_s);
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_cancelButton->setEnabled(false);

    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(u"probeCopy"_s);
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_copyTextAction = new QAction(this);
    m_copyTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_copyTextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyJsonAction = new QAction(this);
    m_copyJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    m_copyJsonAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyTextAction);
    addAction(m_copyJsonAction);
    auto *copyMenu = new QMenu(m_copyButton);
    copyMenu->addAction(m_copyTextAction);
    copyMenu->addAction(m_copyJsonAction);
    m_copyButton->setMenu(copyMenu);
    m_copyButton->setDefaultAction(m_copyTextAction);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyTextAction->setEnabled(false);
    m_copyJsonAction->setEnabled(false);

    // Two rows, so that the view fits a small window: what to probe, then how.
    auto *form = new QGridLayout;
    form->addWidget(m_hostLabel, 0, 0);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_startButton);
    hostRow->addWidget(m_cancelButton);
    form->addLayout(hostRow, 0, 1);
    form->addWidget(m_portLabel, 1, 0);
    auto *optionRow = new QHBoxLayout;
    optionRow->addWidget(m_port);
    optionRow->addWidget(m_mode);
    optionRow->addWidget(m_versionsOnly);
    optionRow->addWidget(m_optionsButton);
    optionRow->addStretch(1);
    optionRow->addWidget(m_copyButton);
    form->addLayout(optionRow, 1, 1);
    form->setColumnStretch(1, 1);

    // Progress and what was probed.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"probeProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_status = new ElidingLabel(this);
    m_status->setObjectName(u"probeStatus"_s);
    m_status->setElideMode(Qt::ElideRight);
    m_summary = new ElidingLabel(this);
    m_summary->setObjectName(u"probeSummary"_s);
    m_summary->setElideMode(Qt::ElideRight);
    m_summary->setTextFormat(Qt::PlainText);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    // The verdicts, on top of the results.
    m_verdictView = new QListView(this);
    m_verdictView->setObjectName(u"probeVerdicts"_s);
    m_verdictView->setModel(m_verdicts);
    m_verdictView->setWordWrap(true);
    m_verdictView->setUniformItemSizes(false);
    m_verdictView->setResizeMode(QListView::Adjust);
    m_verdictView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_verdictView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_verdictView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_verdictView->setMinimumHeight(fontMetrics().height() * 2);
    m_verdictView->setIconSize(QSize(16, 16));
    m_verdictView->setSpacing(1);

    // A domain's MX hosts: the domain verdicts, then one row per host to pick the one shown below.
    m_domainPanel = new QWidget(this);
    m_domainPanel->setObjectName(u"probeDomainPanel"_s);
    m_domainVerdictView = new QListView(m_domainPanel);
    m_domainVerdictView->setObjectName(u"probeDomainVerdicts"_s);
    m_domainVerdictView->setModel(m_domainVerdicts);
    m_domainVerdictView->setWordWrap(true);
    m_domainVerdictView->setUniformItemSizes(false);
    m_domainVerdictView->setResizeMode(QListView::Adjust);
    m_domainVerdictView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_domainVerdictView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_domainVerdictView->setIconSize(QSize(16, 16));
    m_domainVerdictView->setSpacing(1);
    m_hostView = new QTableView(m_domainPanel);
    m_hostView->setObjectName(u"probeHosts"_s);
    m_hostView->setModel(m_hosts);
    m_hostView->verticalHeader()->hide();
    m_hostView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hostView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hostView->setWordWrap(false);
    m_hostView->horizontalHeader()->setStretchLastSection(true);
    m_hostView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hostView->horizontalHeader()->setSectionResizeMode(ProbeHostModel::ExchangeColumn, QHeaderView::Stretch);
    m_hostView->verticalHeader()->setDefaultSectionSize(m_hostView->fontMetrics().height() + 8);
    TableCsvActions::install(m_hostView, u"probe-mx-hosts.csv"_s);
    m_domainHeading = new ElidingLabel(m_domainPanel);
    m_domainHeading->setObjectName(u"probeDomainHeading"_s);
    m_domainHeading->setElideMode(Qt::ElideRight);
    QFont headingFont = m_domainHeading->font();
    headingFont.setBold(true);
    m_domainHeading->setFont(headingFont);
    auto *domainLayout = new QVBoxLayout(m_domainPanel);
    domainLayout->setContentsMargins(0, 0, 0, 0);
    domainLayout->addWidget(m_domainHeading);
    domainLayout->addWidget(m_domainVerdictView);
    domainLayout->addWidget(m_hostView);
    m_domainPanel->hide();

    m_matrixView = new QTableView(this);
    m_matrixView->setObjectName(u"probeMatrix"_s);
    m_matrixView->setModel(m_matrix);
    m_matrixView->verticalHeader()->hide();
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrixView->setWordWrap(false);
    m_matrixView->horizontalHeader()->setStretchLastSection(true);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setSectionResizeMode(ProbeMatrixModel::HandshakeColumn, QHeaderView::Stretch);
    TableCsvActions::install(m_matrixView, u"probe-versions.csv"_s);

    m_cipherNote = new QLabel(this);
    m_cipherNote->setObjectName(u"probeCipherNote"_s);
    m_cipherNote->setWordWrap(true);
    m_cipherView = new QTableView(this);
    m_cipherView->setObjectName(u"probeCiphers"_s);
    m_cipherFilter = new QSortFilterProxyModel(this);
    m_cipherFilter->setSourceModel(m_ciphers);
    m_cipherFilter->setFilterRole(ProbeCipherModel::VersionRole);
    m_cipherView->setModel(m_cipherFilter);
    m_cipherView->verticalHeader()->hide();
    m_cipherView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cipherView->setWordWrap(false);
    m_cipherView->horizontalHeader()->setStretchLastSection(true);
    m_cipherView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cipherView->horizontalHeader()->setSectionResizeMode(ProbeCipherModel::DetailsColumn, QHeaderView::Stretch);
    m_cipherView->verticalHeader()->setDefaultSectionSize(m_cipherView->fontMetrics().height() + 6);
    m_matrixView->verticalHeader()->setDefaultSectionSize(m_matrixView->fontMetrics().height() + 8);
    TableCsvActions::install(m_cipherView, u"probe-ciphers.csv"_s);
    auto *cipherPage = new QWidget(this);
    auto *cipherLayout = new QVBoxLayout(cipherPage);
    m_cipherVersionLabel = new QLabel(this);
    m_cipherVersion = new QComboBox(this);
    m_cipherVersion->setObjectName(u"probeCipherVersion"_s);
    m_cipherVersion->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cipherVersionLabel->setBuddy(m_cipherVersion);
    auto *cipherRow = new QHBoxLayout;
    cipherRow->addWidget(m_cipherVersionLabel);
    cipherRow->addWidget(m_cipherVersion);
    cipherRow->addWidget(m_cipherNote, 1);
    cipherLayout->addLayout(cipherRow);
    cipherLayout->addWidget(m_cipherView, 1);

    m_certificateWarnings = new QLabel(this);
    m_certificateWarnings->setObjectName(u"probeCertificateWarnings"_s);
    m_certificateWarnings->setWordWrap(true);
    m_certificateWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificateWarnings->setTextFormat(Qt::RichText);
    m_certificateView = new QTreeView(this);
    m_certificateView->setObjectName(u"probeCertificate"_s);
    m_certificateView->setModel(m_certificates);
    m_certificateView->setUniformRowHeights(true);
    m_certificateView->setAlternatingRowColors(true);
    m_certificateView->header()->setStretchLastSection(true);
    auto *certificatePage = new QWidget(this);
    auto *certificateLayout = new QVBoxLayout(certificatePage);
    certificateLayout->addWidget(m_certificateWarnings);
    certificateLayout->addWidget(m_certificateView, 1);

    m_connectionLabel = new QLabel(this);
    m_connection = new QComboBox(this);
    m_connection->setObjectName(u"probeConnection"_s);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionLabel->setBuddy(m_connection);
    m_transcript = new HighlightedTextView(this);
    m_transcript->setObjectName(u"probeTranscript"_s);
    m_transcript->setDefinitionName(u"SMTP Dialogue"_s);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *transcriptPage = new QWidget(this);
    auto *transcriptLayout = new QVBoxLayout(transcriptPage);
    auto *connectionRow = new QHBoxLayout;
    connectionRow->addWidget(m_connectionLabel);
    connectionRow->addWidget(m_connection);
    connectionRow->addStretch(1);
    transcriptLayout->addLayout(connectionRow);
    transcriptLayout->addWidget(m_transcript, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"probeTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setMinimumHeight(60);
    for (QWidget *w : {static_cast<QWidget *>(m_cipherView), static_cast<QWidget *>(m_certificateView), static_cast<QWidget *>(m_transcript)})
        w->setMinimumSize(80, 20);
    m_tabs->addTab(cipherPage, QString());
    m_tabs->addTab(certificatePage, QString());
    m_tabs->addTab(transcriptPage, QString());

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"probeSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_verdictView);
    m_splitter->addWidget(m_matrixView);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addWidget(m_domainPanel);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    // Wiring.
    connect(m_host, &QLineEdit::returnPressed, this, &ProbeView::start);
    connect(m_port->lineEdit(), &QLineEdit::returnPressed, this, &ProbeView::start);
    connect(m_ehlo, &QLineEdit::returnPressed, this, &ProbeView::start);
    connect(m_startButton, &QPushButton::clicked, this, &ProbeView::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProbeView::cancel);
    // Enabled only while a probe runs, so that Escape still closes the transcript's find bar.
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ProbeView::cancel, Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_port, &QComboBox::activated, this, [this](int index) {
        const int port = m_port->itemData(index).toInt();
        if (port == 465)
            m_mode->setCurrentIndex(1);
        else if (port == 25 || port == 587)
            m_mode->setCurrentIndex(0);
    });
    connect(m_copyTextAction, &QAction::triggered, this, &ProbeView::copyText);
    connect(m_copyJsonAction, &QAction::triggered, this, &ProbeView::copyJson);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &ProbeView::showTranscript);
    connect(m_cipherVersion, &QComboBox::currentIndexChanged, this, [this] {
        const int version = m_cipherVersion->currentData().toInt();
        m_cipherFilter->setFilterFixedString(version == 0 ? QString() : QString::number(version));
    });

    connect(m_hostView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid() || current.row() == m_shownHost)
            return;
        showHost(current.row());
    });
    connect(m_prober, &StarttlsProber::mxResolved, this, [this](const QStringList &hosts, const QList<int> &preferences) {
        m_hosts->setHosts(hosts, preferences);
        m_live = QList<LiveHost>(hosts.size());
        updateDomainPanel();
        const QSignalBlocker blocker(m_hostView->selectionModel());
        m_hostView->selectRow(0);
    });
    connect(m_prober, &StarttlsProber::hostStarted, m_hosts, &ProbeHostModel::setHostStarted);
    connect(m_prober, &StarttlsProber::hostFinished, this, [this](int host, const ProbeResult &result) {
        m_hosts->setHostResult(host, result);
        updateDomainPanel();
        if (host == m_shownHost && m_hosts->rowCount() > 0)
            showHostResult(result);
    });
    connect(m_prober, &StarttlsProber::resolved, this, [this](const QString &host, const QStringList &addresses, int index) {
        if (addresses != QStringList{host})
            live(index).summary = tr("Probing %1 (%2)…").arg(host, addresses.join(QLatin1StringView(", ")));
        if (index == m_shownHost && !live(index).summary.isEmpty())
            m_summary->setFullText(live(index).summary);
    });
    connect(m_prober, &StarttlsProber::connectionOpened, this, [this](int, const QString &) {
        ++m_opened;
    });
    connect(m_prober, &StarttlsProber::attemptFinished, this, [this](const ProbeAttempt &attempt, int host) {
        ++m_attempts;
        live(host).attempts << attempt;
        if (host == m_shownHost)
            m_matrix->addAttempt(attempt);
    });
    connect(m_prober, &StarttlsProber::versionFinished, this, [this](const VersionResult &version, int host) {
        live(host).versions << version;
        if (host == m_shownHost)
            m_matrix->setVersion(version);
    });
    connect(m_prober, &StarttlsProber::confirmationFinished, this, [this](const ConfirmationResult &confirmation, int host) {
        live(host).confirmations << confirmation;
        if (host == m_shownHost)
            m_matrix->setConfirmation(confirmation);
    });
    connect(m_prober, &StarttlsProber::ciphersFinished, this, [this](TlsVersion version, const QList<quint16> &suites, int host) {
        live(host).ciphers.append({version, suites});
        if (host != m_shownHost)
            return;
        m_ciphers->setCiphers(version, suites);
        updateCipherNote();
    });
    connect(m_prober, &StarttlsProber::progress, this, &ProbeView::onProgress);
    connect(m_prober, &StarttlsProber::finished, this, &ProbeView::onFinished);
    connect(m_matrix, &QAbstractItemModel::modelReset, this, &ProbeView::updateMatrixHeight);
    updateMatrixHeight();

    retranslate();
    readSettings();
    updateVerdictHeight();
    m_progress->hide();
    m_verdictView->hide();
}

void ProbeView::resizeEvent(QResizeEvent *event)
{
    if (event)
        QWidget::resizeEvent(event);
    if (event && m_domainPanel->isVisible())
        updateDomainPanel();
    if (!m_splitterSized && isVisible() && height() > 300) {
        // The verdicts get what they need up to a third; the matrix has a fixed height.
        m_splitterSized = true;
        layout()->activate();
        if (!m_splitter->restoreState(QSettings().value(settingsKey("splitter")).toByteArray())) {
            const int total = m_splitter->height();
            const int verdicts = qBound(m_verdictView->minimumHeight(), m_verdictHint, total / 3);
            m_splitter->setSizes({verdicts, m_matrixHint, qMax(100, total - verdicts - m_matrixHint)});
        }
    }
}

void ProbeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterSized)
        QMetaObject::invokeMethod(this, [this] { resizeEvent(nullptr); }, Qt::QueuedConnection);
}

ProbeView::~ProbeView()
{
    writeSettings();
    // A probe still running ends here, without reporting to a half-destroyed view.
    m_prober->disconnect();
    delete m_prober;
}

ProbeOptions ProbeView::options() const
{
    ProbeOptions options;
    options.target = m_host->text().trimmed();
    const ProbeTarget target = parseProbeTarget(options.target);
    options.implicitTls = m_mode->currentData().toBool();
    // A port in the target ("host:587") wins over the port field.
    options.port = target.isValid() && target.port > 0 ? 0 : portFromText(m_port->currentText());
    options.versionsOnly = m_versionsOnly->isChecked();
    if (const QString ehlo = m_ehlo->text().trimmed(); !ehlo.isEmpty())
        options.ehloName = ehlo;
    options.stepTimeoutMs = m_timeout->value() * 1000;
    if (const ProbeTarget dns = parseProbeTarget(m_dns->text()); dns.isValid() && dns.isAddress) {
        options.dnsServer = dns.host;
        options.dnsPort = quint16(dns.port > 0 ? dns.port : 53);
    }
    options.allMxHosts = !m_firstMx->isChecked();
    options.overallTimeoutMs = qMax(options.overallTimeoutMs, options.stepTimeoutMs * 10);
    return options;
}

void ProbeView::setTarget(const QString &target)
{
    m_host->setText(target);
}

void ProbeView::setPort(int port)
{
    const int index = m_port->findData(port);
    if (index >= 0)
        m_port->setCurrentIndex(index);
    else
        m_port->setEditText(QString::number(port));
    if (port == 465)
        setImplicitTls(true);
    else if (port == 25 || port == 587)
        setImplicitTls(false);
}

void ProbeView::setImplicitTls(bool implicitTls)
{
    m_mode->setCurrentIndex(implicitTls ? 1 : 0);
}

void ProbeView::setVersionsOnly(bool versionsOnly)
{
    m_versionsOnly->setChecked(versionsOnly);
}

bool ProbeView::isRunning() const
{
    return m_prober->isRunning();
}

QStringList ProbeView::history() const
{
    return m_historyModel->stringList();
}

void ProbeView::start()
{
    if (m_prober->isRunning())
        return;
    const ProbeOptions options = this->options();
    const ProbeTarget target = parseProbeTarget(options.target);
    if (options.target.isEmpty()) {
        m_status->setFullText(tr("Type a host name, an address or a mail domain."));
        m_host->setFocus();
        return;
    }
    if (!target.isValid()) {
        m_status->setFullText(tr("Not a host: %1").arg(target.error));
        m_host->setFocus();
        return;
    }
    if (options.port == 0 && target.port == 0) {
        m_status->setFullText(tr("The port must be a number from 1 to 65535."));
        m_port->setFocus();
        return;
    }
    if (!m_dns->text().trimmed().isEmpty() && options.dnsServer.isEmpty()) {
        m_status->setFullText(tr("The DNS server must be an IP address, optionally with :port."));
        m_optionsButton->showMenu();
        return;
    }
    rememberTarget(options.target);
    m_opened = 0;
    m_attempts = 0;
    m_hasResult = false;
    m_result = ProbeResult();
    m_probeVersions = options.versions;
    m_live.clear();
    m_shownHost = 0;
    m_hostPicked = false;
    m_shown = ProbeResult();
    m_hosts->clear();
    m_domainVerdicts->setVerdicts({});
    updateDomainPanel();
    m_matrix->startProbe(options.versions);
    m_ciphers->clear();
    m_certificates->clearCertificates();
    m_verdicts->setVerdicts({});
    updateCertificateWarnings();
    m_transcript->clear();
    m_connection->clear();
    m_cipherNote->clear();
    m_summary->setFullText(tr("Probing %1…").arg(options.target));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_verdictView->hide(); // until there are verdicts: the matrix and tabs get the room
    m_status->setFullText(tr("Connecting…"));
    updateRunning(true);
    Q_EMIT probeStarted();
    m_prober->start(options);
}

void ProbeView::cancel()
{
    if (m_prober->isRunning()) {
        m_status->setFullText(tr("Cancelling…"));
        m_prober->cancel();
    }
}

void ProbeView::updateRunning(bool running)
{
    m_startButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_escape->setEnabled(running);
    m_host->setReadOnly(running);
    m_copyTextAction->setEnabled(!running && m_hasResult);
    m_copyJsonAction->setEnabled(!running && m_hasResult);
}

void ProbeView::onProgress(int finished, int active, int queued)
{
    const int total = finished + active + queued;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(finished);
    m_status->setFullText(tr("%n connection(s) opened", nullptr, m_opened) + u", "
                          + tr("%n attempt(s) finished", nullptr, m_attempts) + u", "
                          + tr("%1 active, %2 queued").arg(active).arg(queued));
}

void ProbeView::onFinished(const ProbeResult &result)
{
    m_result = result;
    m_hasResult = true;
    if (!result.hosts.isEmpty()) {
        m_hosts->setResult(result);
        m_domainVerdicts->setVerdicts(result.domainVerdicts);
        // Show the host the top-level fields describe (the most preferred one reached), unless
        // the user picked one while the probe ran.
        int chosen = m_hostPicked ? m_shownHost : 0;
        for (qsizetype i = 0; i < result.hosts.size() && !m_hostPicked; ++i) {
            if (result.hosts.at(i).host == result.host && result.hosts.at(i).mxPreference == result.mxPreference) {
                chosen = int(i);
                break;
            }
        }
        m_shownHost = chosen;
        const QSignalBlocker blocker(m_hostView->selectionModel());
        m_hostView->selectRow(chosen);
    }
    updateDomainPanel();
    showHostResult(result.hosts.isEmpty() ? result : result.hosts.at(m_shownHost));

    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    QString status = result.reachable ? tr("%n connection(s) in %1 ms", nullptr, result.connections).arg(result.elapsedMs)
                                      : tr("Not reachable: %1").arg(result.error);
    if (result.hosts.size() > 1 && result.reachable)
        status = tr("%n MX host(s)", nullptr, int(result.hosts.size())) + u", " + status;
    if (result.cancelled)
        status += tr(" (cancelled)");
    else if (result.timedOut)
        status += tr(" (overall time limit reached)");
    m_status->setFullText(status);
    updateRunning(false);
    Q_EMIT probeFinished(result);
}

void ProbeView::showHostResult(const ProbeResult &result)
{
    m_shown = result;
    m_matrix->setResult(result);
    if (result.versions.isEmpty())
        m_matrix->finishPending();
    m_ciphers->setResult(result);
    m_verdicts->setVerdicts(result.verdicts);
    m_verdictView->setVisible(!result.verdicts.isEmpty());
    updateVerdictHeight();
    m_certificates->setResult(result);
    m_certificateView->expandToDepth(0);
    for (QModelIndex index = m_certificates->index(0, 0); index.isValid(); index = m_certificates->index(m_certificates->rowCount(index) - 1, 0, index))
        m_certificateView->expand(index);
    m_certificateView->resizeColumnToContents(0);
    updateCertificateWarnings();
    updateCipherNote();
    updateTranscriptChoices();

    QString summary = result.host.isEmpty() ? result.target : result.host;
    if (!result.address.isEmpty() && result.address != result.host)
        summary += u" (" + result.address + u')';
    summary += tr(", port %1").arg(result.port);
    if (result.implicitTls)
        summary += tr(", implicit TLS");
    if (result.mxPreference >= 0)
        summary += tr(", MX %1 of %2").arg(result.mxPreference).arg(m_result.target.isEmpty() ? result.target : m_result.target);
    if (result.skipped != MxSkip::None)
        summary += u" — " + exoDeliveryText(result);
    else if (!result.reachable && result.mxPreference >= 0)
        summary += u" — " + tr("not reached: %1").arg(result.error);
    else if (!result.banner.isEmpty())
        summary += u" — " + result.banner.section(u'\n', 0, 0);
    m_summary->setFullText(summary);
}

ProbeView::LiveHost &ProbeView::live(int host)
{
    if (host >= m_live.size())
        m_live.resize(host + 1);
    return m_live[qMax(0, host)];
}

void ProbeView::showHost(int host)
{
    if (host < 0 || host >= m_hosts->rowCount())
        return;
    m_hostPicked = m_hostPicked || m_prober->isRunning();
    m_shownHost = host;
    if (m_hostView->currentIndex().row() != host) {
        const QSignalBlocker blocker(m_hostView->selectionModel());
        m_hostView->selectRow(host);
    }
    if (m_hosts->isDone(host)) {
        showHostResult(m_hosts->hostResult(host));
        return;
    }
    replayLiveHost(host);
}

void ProbeView::replayLiveHost(int host)
{
    // A host still waiting or being probed: what its signals delivered so far.
    const LiveHost &l = live(host);
    m_shown = ProbeResult();
    m_matrix->startProbe(m_probeVersions);
    for (const ProbeAttempt &attempt : l.attempts)
        m_matrix->addAttempt(attempt);
    for (const VersionResult &version : l.versions)
        m_matrix->setVersion(version);
    for (const ConfirmationResult &confirmation : l.confirmations)
        m_matrix->setConfirmation(confirmation);
    m_ciphers->clear();
    for (const auto &[version, suites] : l.ciphers)
        m_ciphers->setCiphers(version, suites);
    m_certificates->clearCertificates();
    m_verdicts->setVerdicts({});
    m_verdictView->hide();
    updateCertificateWarnings();
    updateCipherNote();
    updateTranscriptChoices();
    const QModelIndex name = m_hosts->index(host, ProbeHostModel::HostColumn);
    m_summary->setFullText(l.summary.isEmpty() ? tr("%1: %2").arg(name.data().toString(), m_hosts->index(host, ProbeHostModel::ExchangeColumn).data().toString())
                                               : l.summary);
}

void ProbeView::updateDomainPanel()
{
    // Only worth the room when there is a choice of hosts.
    const int rows = m_hosts->rowCount();
    m_domainPanel->setVisible(rows > 1);
    if (rows <= 1)
        return;
    const QString domain = parseProbeTarget(m_result.target.isEmpty() ? m_host->text() : m_result.target).host;
    m_domainHeading->setFullText(tr("%1: %n MX host(s), in the order Exchange Online tries them; select one to see its results below",
                                    nullptr, rows).arg(domain));
    const int shownRows = qMin(rows, 6);
    const int height = m_hostView->horizontalHeader()->sizeHint().height() + shownRows * m_hostView->verticalHeader()->defaultSectionSize()
        + 2 * m_hostView->frameWidth() + 2;
    m_hostView->setFixedHeight(height);
    m_domainVerdictView->setVisible(m_domainVerdicts->rowCount() > 0);
    // Measured from the text rather than the list's layout, which lags while the panel was hidden.
    const int textWidth = qMax(200, width() - 2 * m_domainVerdictView->frameWidth() - m_domainVerdictView->iconSize().width() - 40);
    int verdictHeight = 2 * m_domainVerdictView->frameWidth() + 4;
    for (int row = 0; row < m_domainVerdicts->rowCount(); ++row) {
        const QString text = m_domainVerdicts->index(row).data().toString();
        verdictHeight += qMax(m_domainVerdictView->iconSize().height(),
                              m_domainVerdictView->fontMetrics().boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, text).height())
            + 6;
    }
    m_domainVerdictView->setFixedHeight(qMin(verdictHeight, fontMetrics().height() * 10));
}

void ProbeView::updateCertificateWarnings()
{
    const QStringList warnings = m_hasResult || !m_shown.host.isEmpty() ? ProbeCertificateModel::warnings(m_shown) : QStringList();
    const QString color = outcomeColor(Outcome::TlsFailed, palette()).name();
    QString html;
    for (const QString &warning : warnings)
        html += u"<div style=\"color:"_s + color + u"\">\u26A0 "_s + warning.toHtmlEscaped() + u"</div>"_s;
    m_certificateWarnings->setText(html);
    m_certificateWarnings->setVisible(!warnings.isEmpty());
}

void ProbeView::updateCipherNote()
{
    {
        const int current = m_cipherVersion->currentData().toInt();
        const QSignalBlocker blocker(m_cipherVersion);
        m_cipherVersion->clear();
        m_cipherVersion->addItem(tr("All versions"), 0);
        for (TlsVersion version : m_ciphers->versions())
            m_cipherVersion->addItem(canonicalTlsVersion(tlsVersionName(version)), int(version));
        const int index = m_cipherVersion->findData(current);
        m_cipherVersion->setCurrentIndex(qMax(0, index));
        if (index < 0)
            m_cipherFilter->setFilterFixedString(QString());
    }
    QStringList notes;
    for (TlsVersion version : m_ciphers->versions()) {
        const QString preference = m_ciphers->preference(version);
        const QString name = canonicalTlsVersion(tlsVersionName(version));
        if (preference == u"client")
            notes << tr("%1: the server follows the client's order (listed in ours)").arg(name);
        else if (preference == u"server")
            notes << tr("%1: in the server's order of preference").arg(name);
    }
    QString text = tr("Suites marked with a check mark are on Office 365's list; a warning sign marks weak suites.");
    if (!notes.isEmpty())
        text = notes.join(u"; ") + u". " + text;
    if (m_ciphers->rowCount() == 0 && m_hasResult)
        text = m_shown.ciphers.isEmpty() && m_versionsOnly->isChecked() ? tr("Versions only: no cipher suites were listed.")
                                                                         : tr("No cipher suites were found.");
    m_cipherNote->setText(text);
}

void ProbeView::updateTranscriptChoices()
{
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    m_connection->addItem(tr("All connections"), 0);
    for (const ConnectionTranscript &t : std::as_const(m_shown.transcript))
        m_connection->addItem(tr("%1: %2").arg(t.connection).arg(t.purpose), t.connection);
    m_connection->setCurrentIndex(0);
    showTranscript();
}

void ProbeView::showTranscript()
{
    const int which = m_connection->currentData().toInt();
    QString text;
    for (const ConnectionTranscript &t : std::as_const(m_shown.transcript)) {
        if (which == 0 || t.connection == which)
            text += transcriptText(t) + (which == 0 ? u"\n"_s : QString());
    }
    m_transcript->setPlainText(text);
}

void ProbeView::updateVerdictHeight()
{
    // How tall the verdict list wants to be to show every verdict; a new result grows the
    // list to that (up to a third of the view) unless the user made it taller.
    m_verdictView->doItemsLayout();
    int height = 2 * m_verdictView->frameWidth() + 4;
    const int rows = m_verdicts->rowCount();
    for (int row = 0; row < rows; ++row)
        height += m_verdictView->sizeHintForRow(row) + 2;
    if (rows == 0)
        height += fontMetrics().height() + 6;
    m_verdictHint = height;
    if (!m_splitterSized || rows == 0)
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 3 && sizes.at(0) < height) {
        const int wanted = qMin(height, qMax(m_verdictView->minimumHeight(), m_splitter->height() / 3));
        if (wanted > sizes.at(0)) {
            sizes[2] -= wanted - sizes.at(0);
            sizes[0] = wanted;
            m_splitter->setSizes(sizes);
        }
    }
}

void ProbeView::updateMatrixHeight()
{
    // The matrix never scrolls: header plus one line per version.
    const int rows = qMax(5, m_matrix->rowCount());
    const int height = m_matrixView->horizontalHeader()->sizeHint().height() + rows * m_matrixView->verticalHeader()->defaultSectionSize()
        + 2 * m_matrixView->frameWidth() + 2;
    m_matrixView->setMinimumHeight(height);
    m_matrixView->setMaximumHeight(height);
    m_matrixHint = height;
}

QString ProbeView::resultText() const
{
    if (!m_hasResult)
        return {};
    QString text = probeResultText(m_result);
    if (!m_result.reachable)
        text += m_result.error + u'\n';
    return text;
}

QByteArray ProbeView::resultJson() const
{
    if (!m_hasResult)
        return {};
    // The same object as `mailflow probe --json`, with each verdict's sentence.
    return QJsonDocument(probeResultToJsonWithTexts(m_result)).toJson(QJsonDocument::Indented);
}

void ProbeView::copyText()
{
    if (m_hasResult)
        QGuiApplication::clipboard()->setText(resultText());
}

void ProbeView::copyJson()
{
    if (m_hasResult)
        QGuiApplication::clipboard()->setText(QString::fromUtf8(resultJson()));
}

void ProbeView::rememberTarget(const QString &target)
{
    QStringList list = m_historyModel->stringList();
    list.removeAll(target);
    list.prepend(target);
    while (list.size() > MaxHistory)
        list.removeLast();
    m_historyModel->setStringList(list);
    QSettings().setValue(settingsKey("history"), list);
}

void ProbeView::readSettings()
{
    QSettings settings;
    m_historyModel->setStringList(settings.value(settingsKey("history")).toStringList());
    m_host->setText(m_historyModel->stringList().value(0));
    m_port->setEditText(QString());
    m_versionsOnly->setChecked(settings.value(settingsKey("versionsOnly"), false).toBool());
    m_ehlo->setText(settings.value(settingsKey("ehlo")).toString());
    m_timeout->setValue(settings.value(settingsKey("timeout"), m_timeout->value()).toInt());
    m_dns->setText(settings.value(settingsKey("dns")).toString());
    m_firstMx->setChecked(settings.value(settingsKey("firstMx"), false).toBool());
    m_cipherView->horizontalHeader()->restoreState(settings.value(settingsKey("cipherHeader")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(settingsKey("tab"), 0).toInt());
    setPort(qBound(1, settings.value(settingsKey("port"), 25).toInt(), 65535));
    setImplicitTls(settings.value(settingsKey("implicitTls"), false).toBool());
}

void ProbeView::writeSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("port"), portFromText(m_port->currentText()));
    settings.setValue(settingsKey("implicitTls"), m_mode->currentData().toBool());
    settings.setValue(settingsKey("versionsOnly"), m_versionsOnly->isChecked());
    settings.setValue(settingsKey("ehlo"), m_ehlo->text().trimmed());
    settings.setValue(settingsKey("timeout"), m_timeout->value());
    settings.setValue(settingsKey("dns"), m_dns->text().trimmed());
    settings.setValue(settingsKey("firstMx"), m_firstMx->isChecked());
    if (m_splitterSized) // a view never shown has no sizes worth keeping
        settings.setValue(settingsKey("splitter"), m_splitter->saveState());
    settings.setValue(settingsKey("cipherHeader"), m_cipherView->horizontalHeader()->saveState());
    settings.setValue(settingsKey("tab"), m_tabs->currentIndex());
}

void ProbeView::hideEvent(QHideEvent *event)
{
    writeSettings();
    QWidget::hideEvent(event);
}

void ProbeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateCertificateWarnings();
    QWidget::changeEvent(event);
}

void ProbeView::retranslate()
{
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("mail.contoso.com, 192.0.2.10:587 or contoso.com"));
    m_host->setToolTip(tr("A host name, an IPv4 or [IPv6] address (optionally with :port), or a mail domain (every MX host is probed)"));
    m_host->setAccessibleName(tr("Host or domain"));
    m_portLabel->setText(tr("&Port:"));

    const int port = m_port->count() > 0 ? portFromText(m_port->currentText()) : 25;
    {
        const QSignalBlocker blocker(m_port);
        m_port->clear();
        m_port->addItem(tr("25 (SMTP)"), 25);
        m_port->addItem(tr("587 (submission)"), 587);
        m_port->addItem(tr("465 (SMTPS)"), 465);
    }
    if (const int index = m_port->findData(port > 0 ? port : 25); index >= 0)
        m_port->setCurrentIndex(index);
    else
        m_port->setEditText(QString::number(port));
    m_port->setToolTip(tr("25 for server to server, 587 for submission, 465 for implicit TLS, or type any port"));
    m_port->setAccessibleName(tr("Port"));

    const bool implicit = m_mode->currentIndex() == 1;
    m_mode->setItemText(0, tr("STARTTLS"));
    m_mode->setItemText(1, tr("Implicit TLS"));
    m_mode->setCurrentIndex(implicit ? 1 : 0);
    m_mode->setToolTip(tr("STARTTLS: plain SMTP first, then TLS (ports 25, 587). Implicit TLS: TLS from the first byte (port 465)."));
    m_mode->setAccessibleName(tr("Mode"));

    m_versionsOnly->setText(tr("&Versions only"));
    m_versionsOnly->setToolTip(tr("Only find out which TLS versions are accepted: one connection per version, no cipher list, no handshakes"));
    m_optionsButton->setText(tr("Options"));
    m_optionsButton->setToolTip(tr("EHLO name, time limit, DNS server and MX hosts"));
    m_optionsButton->setAccessibleName(tr("Probe options"));
    m_ehloLabel->setText(tr("&EHLO name:"));
    m_ehlo->setToolTip(tr("The name the probe sends in EHLO; some servers refuse names that do not resolve"));
    m_timeoutLabel->setText(tr("&Wait for each answer:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for the connection, the banner, each reply and each ServerHello"));
    m_dnsLabel->setText(tr("&DNS server:"));
    m_dns->setPlaceholderText(tr("the system's resolver"));
    m_dns->setToolTip(tr("Ask this DNS server (an IP address, optionally with :port) for MX and address records"));
    m_firstMx->setText(tr("Only the &first MX host of a domain"));
    m_firstMx->setToolTip(tr("Probe only the most preferred MX host instead of every one"));
    m_hostView->setAccessibleName(tr("MX hosts of the domain: select one to show its results"));
    m_hostView->setToolTip(tr("Exchange Online tries the MX hosts in this order; select one to show its versions, suites, certificate and transcript"));
    m_domainVerdictView->setAccessibleName(tr("Verdicts for the whole domain"));
    m_startButton->setText(tr("&Start"));
    m_startButton->setToolTip(tr("Start the probe (Enter)"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the probe and keep what was found (Esc)"));
    m_copyTextAction->setText(tr("Copy as Text"));
    m_copyTextAction->setToolTip(tr("Copy the result as `mailflow probe` prints it (Ctrl+Alt+C)"));
    m_copyJsonAction->setText(tr("Copy as JSON"));
    m_copyJsonAction->setToolTip(tr("Copy the result as `mailflow probe --json` prints it (Ctrl+Alt+J)"));
    m_copyButton->setAccessibleName(tr("Copy the result"));
    m_progress->setAccessibleName(tr("Probe progress"));
    m_verdictView->setAccessibleName(tr("Verdicts for Exchange Online"));
    m_verdictView->setToolTip(QString());
    m_matrixView->setAccessibleName(tr("TLS version matrix"));
    m_cipherView->setAccessibleName(tr("Accepted cipher suites"));
    m_certificateView->setAccessibleName(tr("Certificate chain"));
    m_connectionLabel->setText(tr("C&onnection:"));
    m_cipherVersionLabel->setText(tr("Ve&rsion:"));
    m_cipherVersion->setAccessibleName(tr("Show the cipher suites of"));
    m_connection->setAccessibleName(tr("Connection to show"));
    m_transcript->setAccessibleName(tr("SMTP dialogue of the probe"));
    m_tabs->setTabText(0, tr("Cipher Suites"));
    m_tabs->setTabText(1, tr("Certificate"));
    m_tabs->setTabText(2, tr("Transcript"));
    if (!m_hasResult && !m_prober->isRunning()) {
        m_status->setFullText(tr("Type a host and press Enter."));
        m_summary->setFullText(tr("Finds which TLS versions and cipher suites the host accepts, how it refuses the others, "
                                  "its certificate, and what that means for mail to and from Exchange Online."));
    }
    if (m_connection->count() > 0)
        m_connection->setItemText(0, tr("All connections"));
    updateCipherNote();
}

} // namespace Mailflow::Workbench
