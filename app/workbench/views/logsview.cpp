// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsview.h"
#include "widgets/droppedpaths.h"

#include "logsessionlines.h"
#include "logsmodels.h"
#include "widgets/csvexport.h"
#include "widgets/highlightedtextview.h"
#include "widgets/outcomecolors.h"
#include "widgets/syntaxrepository.h"
#include "widgets/timelinechart.h"
#include "widgets/tlsversionchart.h"

#include "logs/logjson.h"
#include "logs/logloader.h"

#include <QAction>
#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {

constexpr int MaxTimelinePoints = 20000;
constexpr int ChartHostLimit = 20;

QString settingsKey(const char *key)
{
    return u"LogsView/"_s + QLatin1StringView(key);
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// The TLS column as a coloured pill, like StatusPill: version colours for TLS, outcome colours otherwise.
class TlsPillDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (text.isEmpty())
            return;
        const auto outcome = Outcome(index.data(SessionTableModel::OutcomeRole).toInt());
        const QString version = index.data(SessionTableModel::TlsVersionNameRole).toString();
        const QColor fill = outcome == Outcome::Tls ? tlsVersionColor(version, option.palette) : outcomeColor(outcome, option.palette);
        const QFontMetrics fm(option.font);
        const int width = std::min(option.rect.width() - 4, fm.horizontalAdvance(text) + fm.height());
        const int height = std::min(option.rect.height() - 2, fm.height() + 2);
        const QRectF pill(option.rect.left() + 2, option.rect.center().y() - height / 2.0 + 0.5, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
        painter->setPen(luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, int(pill.width()) - 4));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += option.fontMetrics.height();
        return size;
    }
};

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, const QString &csvName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::EditRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    TableCsvActions::install(view, csvName);
    // the lists are short: fit their columns to what they hold (times, hosts and ids whole)
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] {
        view->resizeColumnsToContents();
        for (int column = 0; column < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, std::min(view->columnWidth(column), 300));
    });
    return view;
}

// Long host names and ISO days read better whole (and tilted) than elided to "2023-0…".
void untruncateAxes(QChart *chart, Qt::Orientations orientations, int angle = 0)
{
    for (QAbstractAxis *axis : chart->axes(orientations)) {
        if (axis->type() == QAbstractAxis::AxisTypeBarCategory || axis->type() == QAbstractAxis::AxisTypeCategory) {
            // toggled so that the axis lays its labels out again for the new categories
            axis->setTruncateLabels(true);
            axis->setTruncateLabels(false);
            if (angle)
                axis->setLabelsAngle(angle);
        }
    }
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

struct LogsView::Private
{
    LogResult result;
    quint64 generation = 0;
    quint64 linesGeneration = 0;
    quint64 timelineGeneration = 0;
    int shownSession = -1;
    std::shared_ptr<std::atomic<bool>> cancelRows;
    bool loading = false;
    bool preparing = false;
    QDateTime first;
    QDateTime last;
    QTimer filterTimer;
    QTimer timelineTimer;
    QStringList lastPaths;
};

LogsView::LogsView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
    , m_loader(new LogLoader(this))
    , m_sessions(new SessionTableModel(this))
    , m_proxy(new SessionFilterProxyModel(this))
    , m_tlsVersions(new TlsVersionTableModel(this))
    , m_tlsChartRows(new TopRowsProxyModel(-1, this))
    , m_legacy(new LegacyHostsModel(this))
    , m_fallbacks(new FallbacksModel(this))
    , m_retries(new RetriesModel(this))
    , m_problems(new ProblemsModel(this))
{
    setObjectName(u"logsView"_s);
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_sessions);
    m_tlsChartRows->setSourceModel(m_tlsVersions);
    m_legacy->setResult({});
    m_fallbacks->setResult({});
    m_retries->setResult({});
    m_problems->setResult({});

    d->filterTimer.setSingleShot(true);
    d->filterTimer.setInterval(150);
    connect(&d->filterTimer, &QTimer::timeout, this, &LogsView::applyFilters);
    d->timelineTimer.setSingleShot(true);
    d->timelineTimer.setInterval(100);
    connect(&d->timelineTimer, &QTimer::timeout, this, &LogsView::updateTimeline);

    connect(m_loader, &LogLoader::progress, this, &LogsView::onProgress);
    connect(m_loader, &LogLoader::finished, this, &LogsView::onFinished);

    createWidgets();
    retranslate();
    readSettings();
}

LogsView::~LogsView()
{
    if (d->cancelRows)
        d->cancelRows->store(true);
    writeSettings();
}

QSize LogsView::minimumSizeHint() const
{
    // below this the filter bar clips at the right rather than keeping the window from shrinking
    return QWidget::minimumSizeHint().boundedTo(QSize(560, 400));
}

const LogResult &LogsView::result() const
{
    return d->result;
}

bool LogsView::isLoading() const
{
    return d->loading || d->preparing;
}

void LogsView::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    // top bar: open, export, summary, progress + Cancel
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    const auto toolButton = [this](const QString &name, const QString &icon) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(QIcon::fromTheme(icon));
        button->setAutoRaise(true);
        return button;
    };
    m_openFiles = toolButton(u"openFiles"_s, u"document-open"_s);
    m_openFolder = toolButton(u"openFolder"_s, u"folder-open"_s);
    m_exportJson = toolButton(u"exportJson"_s, u"document-save-as"_s);
    m_exportJson->setEnabled(false);
    connect(m_openFiles, &QToolButton::clicked, this, &LogsView::openFilesDialog);
    connect(m_openFolder, &QToolButton::clicked, this, &LogsView::openFolderDialog);
    connect(m_exportJson, &QToolButton::clicked, this, &LogsView::exportJsonDialog);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &LogsView::cancelLoad);
    top->addWidget(m_openFiles);
    top->addWidget(m_openFolder);
    top->addWidget(m_exportJson);
    top->addSpacing(8);
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // empty state
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(u"logsEmptyState"_s);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    m_emptyTitle = new QLabel(empty);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setMaximumWidth(640);
    m_emptyOpenFiles = new QPushButton(empty);
    m_emptyOpenFiles->setObjectName(u"emptyOpenFiles"_s);
    m_emptyOpenFiles->setIcon(QIcon::fromTheme(u"document-open"_s));
    m_emptyOpenFolder = new QPushButton(empty);
    m_emptyOpenFolder->setObjectName(u"emptyOpenFolder"_s);
    m_emptyOpenFolder->setIcon(QIcon::fromTheme(u"folder-open"_s));
    connect(m_emptyOpenFiles, &QPushButton::clicked, this, &LogsView::openFilesDialog);
    connect(m_emptyOpenFolder, &QPushButton::clicked, this, &LogsView::openFolderDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_emptyOpenFiles);
    buttons->addWidget(m_emptyOpenFolder);
    buttons->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    // Without an alignment flag, so that the layout gives the wrapped text the height it needs.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_emptyText, 1);
    textRow->addStretch();
    emptyLayout->addLayout(textRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(3);
    m_stack->addWidget(empty);

    // results: filter bar, then table over (analysis | session)
    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(4);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    m_textFilter = new QLineEdit(content);
    m_textFilter->setObjectName(u"textFilter"_s);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMinimumWidth(80);
    m_hostFilter = new QLineEdit(content);
    m_hostFilter->setObjectName(u"hostFilter"_s);
    m_hostFilter->setClearButtonEnabled(true);
    m_hostFilter->setMinimumWidth(80);
    m_connectorFilter = new QComboBox(content);
    m_connectorFilter->setObjectName(u"connectorFilter"_s);
    m_connectorFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connectorFilter->setMinimumContentsLength(10);
    m_directionFilter = new QComboBox(content);
    m_directionFilter->setObjectName(u"directionFilter"_s);
    m_tlsFilter = new QComboBox(content);
    m_tlsFilter->setObjectName(u"tlsFilter"_s);
    m_versionFilter = new QComboBox(content);
    m_versionFilter->setObjectName(u"versionFilter"_s);
    m_fromFilter = new QDateTimeEdit(content);
    m_fromFilter->setObjectName(u"fromFilter"_s);
    m_toFilter = new QDateTimeEdit(content);
    m_toFilter->setObjectName(u"toFilter"_s);
    for (QDateTimeEdit *edit : {m_fromFilter, m_toFilter}) {
        edit->setTimeZone(QTimeZone::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::dateTimeChanged, &d->filterTimer, qOverload<>(&QTimer::start));
    }
    m_resetFilters = new QToolButton(content);
    m_resetFilters->setObjectName(u"resetFilters"_s);
    m_resetFilters->setIcon(QIcon::fromTheme(u"edit-clear-all"_s));
    m_resetFilters->setToolButtonStyle(m_resetFilters->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    m_resetFilters->setAutoRaise(true);
    connect(m_resetFilters, &QToolButton::clicked, this, [this] {
        const QSignalBlocker b1(m_textFilter), b2(m_hostFilter), b3(m_connectorFilter), b4(m_directionFilter), b5(m_tlsFilter),
            b6(m_versionFilter), b7(m_fromFilter), b8(m_toFilter);
        m_textFilter->clear();
        m_hostFilter->clear();
        m_connectorFilter->setCurrentIndex(0);
        m_directionFilter->setCurrentIndex(0);
        m_tlsFilter->setCurrentIndex(0);
        m_versionFilter->setCurrentIndex(0);
        if (d->first.isValid()) {
            m_fromFilter->setDateTime(d->first);
            m_toFilter->setDateTime(d->last);
        }
        applyFilters();
    });
    auto *focusFilter = new QAction(this);
    focusFilter->setObjectName(u"actionFocusFilter"_s);
    focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_textFilter->setFocus(Qt::ShortcutFocusReason);
        m_textFilter->selectAll();
    });
    addAction(focusFilter);
    connect(m_textFilter, &QLineEdit::textChanged, &d->filterTimer, qOverload<>(&QTimer::start));
    connect(m_hostFilter, &QLineEdit::textChanged, &d->filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_connectorFilter, m_directionFilter, m_tlsFilter, m_versionFilter}) {
        // narrow windows elide the choices instead of refusing to shrink
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_tlsFilter ? 14 : box == m_directionFilter ? 12 : 10);
        connect(box, &QComboBox::currentIndexChanged, this, &LogsView::applyFilters);
    }
    filters->addWidget(m_textFilter, 3);
    filters->addWidget(m_hostFilter, 2);
    filters->addWidget(m_connectorFilter, 2);
    filters->addWidget(m_directionFilter, 1);
    filters->addWidget(m_tlsFilter, 1);
    filters->addWidget(m_versionFilter, 1);
    filters->addWidget(m_fromFilter);
    filters->addWidget(m_toFilter);
    filters->addWidget(m_resetFilters);
    contentLayout->addLayout(filters);

    m_vertical = new QSplitter(Qt::Vertical, content);
    m_vertical->setObjectName(u"logsVerticalSplitter"_s);
    m_vertical->setChildrenCollapsible(false);
    contentLayout->addWidget(m_vertical, 1);

    m_table = new QTableView(m_vertical);
    m_table->setObjectName(u"sessionTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(SessionTableModel::TlsColumn, new TlsPillDelegate(m_table));
    const QFontMetrics fm(m_table->font());
    const auto widthOf = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 16; };
    m_table->setColumnWidth(SessionTableModel::StartColumn, widthOf(u"2023-03-14 09:12:41"_s));
    m_table->setColumnWidth(SessionTableModel::EndColumn, widthOf(u"2023-03-14 09:12:41"_s));
    m_table->setColumnWidth(SessionTableModel::DirectionColumn, widthOf(u"receive"_s));
    m_table->setColumnWidth(SessionTableModel::ConnectorColumn, widthOf(u"Outbound to Office 365"_s));
    m_table->setColumnWidth(SessionTableModel::RemoteEndpointColumn, widthOf(u"203.0.113.250:25"_s));
    m_table->setColumnWidth(SessionTableModel::RemoteHostColumn, widthOf(u"203.0.113.250"_s));
    m_table->setColumnWidth(SessionTableModel::RemoteNameColumn, widthOf(u"mail.contoso.com"_s));
    m_table->setColumnWidth(SessionTableModel::TlsColumn, widthOf(u"none (offered)"_s) + 8);
    m_table->setColumnWidth(SessionTableModel::ProtocolColumn, widthOf(u"TLS 1.2"_s));
    m_table->setColumnWidth(SessionTableModel::CipherColumn, widthOf(u"AES_256 / SHA_384 / ECDHE"_s));
    m_table->setColumnWidth(SessionTableModel::ErrorColumn, widthOf(u"451 4.4.0 SocketError"_s));
    m_table->setColumnWidth(SessionTableModel::MessagesColumn, widthOf(u"Messages"_s));
    m_table->setColumnWidth(SessionTableModel::EndingColumn, widthOf(u"timed out"_s));
    TableCsvActions::install(m_table, u"sessions.csv"_s);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogsView::onSessionSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogsView::onSessionSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, &d->timelineTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, &d->timelineTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, &d->timelineTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, &d->timelineTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogsView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogsView::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogsView::updateStatus);

    m_horizontal = new QSplitter(Qt::Horizontal, m_vertical);
    m_horizontal->setObjectName(u"logsHorizontalSplitter"_s);
    m_horizontal->setChildrenCollapsible(false);

    m_analysisTabs = new QTabWidget(m_horizontal);
    m_analysisTabs->setObjectName(u"analysisTabs"_s);
    m_analysisTabs->setDocumentMode(true);

    // timeline
    auto *timelinePage = new QWidget(m_analysisTabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 2, 0, 0);
    timelineLayout->setSpacing(2);
    auto *timelineBar = new QHBoxLayout;
    m_laneChoice = new QComboBox(timelinePage);
    m_laneChoice->setObjectName(u"laneChoice"_s);
    m_laneChoice->addItems({QString(), QString()});
    m_laneChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_laneChoice, &QComboBox::currentIndexChanged, this,
            [this](int index) { setTimelineLanes(index == 1 ? TimelineLanes::Connector : TimelineLanes::RemoteHost); });
    m_timelineNote = new QLabel(timelinePage);
    m_timelineNote->setObjectName(u"timelineNote"_s);
    m_timelineNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    timelineBar->addWidget(m_laneChoice);
    timelineBar->addWidget(m_timelineNote, 1);
    timelineLayout->addLayout(timelineBar);
    m_timeline = new TimelineChart(timelinePage);
    m_timeline->setObjectName(u"timeline"_s);
    timelineLayout->addWidget(m_timeline, 1);
    connect(m_timeline, &TimelineChart::pointActivated, this, [this](const QVariant &id) {
        if (id.isValid())
            selectSession(id.toInt());
    });
    m_analysisTabs->addTab(timelinePage, QString());

    // TLS versions: chart over its table (one model)
    auto *versionsPage = new QWidget(m_analysisTabs);
    auto *versionsLayout = new QVBoxLayout(versionsPage);
    versionsLayout->setContentsMargins(0, 2, 0, 0);
    versionsLayout->setSpacing(2);
    m_bucketChoice = new QComboBox(versionsPage);
    m_bucketChoice->setObjectName(u"bucketChoice"_s);
    m_bucketChoice->addItems({QString(), QString()});
    m_bucketChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *bucketBar = new QHBoxLayout;
    bucketBar->addWidget(m_bucketChoice);
    bucketBar->addStretch(1);
    versionsLayout->addLayout(bucketBar);
    auto *versionsSplitter = new QSplitter(Qt::Vertical, versionsPage);
    versionsSplitter->setObjectName(u"versionsSplitter"_s);
    m_tlsChart = new TlsVersionChart(versionsSplitter);
    m_tlsChart->setObjectName(u"tlsVersionChart"_s);
    m_tlsChart->setModel(m_tlsChartRows, TlsVersionTableModel::BucketColumn, TlsVersionTableModel::Tls10Column,
                         TlsVersionTableModel::NoneColumn);
    m_tlsTable = makeTable(m_tlsVersions, u"tlsVersionTable"_s, u"tls-versions.csv"_s, versionsSplitter);
    versionsSplitter->addWidget(m_tlsChart);
    versionsSplitter->addWidget(m_tlsTable);
    versionsSplitter->setStretchFactor(0, 3);
    versionsSplitter->setStretchFactor(1, 2);
    versionsLayout->addWidget(versionsSplitter, 1);
    connect(m_bucketChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto bucket = index == 1 ? TlsVersionTableModel::PerRemoteHost : TlsVersionTableModel::PerDay;
        m_tlsChartRows->setLimit(bucket == TlsVersionTableModel::PerRemoteHost ? ChartHostLimit : -1);
        m_tlsVersions->setBucket(bucket);
        m_tlsChart->setOrientation(bucket == TlsVersionTableModel::PerRemoteHost ? Qt::Horizontal : Qt::Vertical);
        tuneCharts();
    });
    connect(m_tlsChart, &TlsVersionChart::bucketActivated, this, [this](int row) {
        const QString label = m_tlsChartRows->index(row, TlsVersionTableModel::BucketColumn).data().toString();
        if (m_tlsVersions->bucket() == TlsVersionTableModel::PerRemoteHost) {
            m_hostFilter->setText(label.section(u' ', 0, 0));
        } else {
            const QDate day = QDate::fromString(label, Qt::ISODate);
            if (day.isValid()) {
                m_fromFilter->setDateTime(QDateTime(day, QTime(0, 0), QTimeZone::UTC));
                m_toFilter->setDateTime(QDateTime(day, QTime(23, 59), QTimeZone::UTC));
            }
        }
    });
    m_analysisTabs->addTab(versionsPage, QString());

    m_legacyTable = makeTable(m_legacy, u"legacyTable"_s, u"legacy-tls-hosts.csv"_s, m_analysisTabs);
    m_analysisTabs->addTab(m_legacyTable, QString());

    auto *fallbackSplitter = new QSplitter(Qt::Vertical, m_analysisTabs);
    fallbackSplitter->setObjectName(u"fallbackSplitter"_s);
    m_fallbackTable = makeTable(m_fallbacks, u"fallbackTable"_s, u"fallbacks.csv"_s, fallbackSplitter);
    m_retryTable = makeTable(m_retries, u"retryTable"_s, u"retries.csv"_s, fallbackSplitter);
    fallbackSplitter->addWidget(m_fallbackTable);
    fallbackSplitter->addWidget(m_retryTable);
    m_analysisTabs->addTab(fallbackSplitter, QString());

    m_problemTable = makeTable(m_problems, u"problemTable"_s, u"problems.csv"_s, m_analysisTabs);
    m_analysisTabs->addTab(m_problemTable, QString());

    for (QTableView *linked : {m_fallbackTable, m_retryTable, m_legacyTable}) {
        connect(linked, &QTableView::activated, this, [this](const QModelIndex &index) {
            const int session = index.data(LogListModel::SessionIndexRole).toInt();
            if (session >= 0)
                selectSession(session);
            else if (const QString host = index.siblingAtColumn(2).data().toString(); !host.isEmpty())
                m_hostFilter->setText(host);
        });
    }

    // the selected session: lines and details
    m_sessionTabs = new QTabWidget(m_horizontal);
    m_sessionTabs->setObjectName(u"sessionTabs"_s);
    m_sessionTabs->setDocumentMode(true);
    m_lines = new HighlightedTextView(m_sessionTabs);
    m_lines->setObjectName(u"sessionLines"_s);
    m_lines->setDefinitionName(exchangeProtocolLogSyntax());
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sessionTabs->addTab(m_lines, QString());
    m_details = new QTextBrowser(m_sessionTabs);
    m_details->setObjectName(u"sessionDetails"_s);
    m_details->setOpenLinks(false);
    m_sessionTabs->addTab(m_details, QString());

    m_horizontal->addWidget(m_analysisTabs);
    m_horizontal->addWidget(m_sessionTabs);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 1);
    m_vertical->addWidget(m_table);
    m_vertical->addWidget(m_horizontal);
    m_vertical->setStretchFactor(0, 2);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setSizes({400, 500});
    m_horizontal->setSizes({500, 500});
    versionsSplitter->setSizes({700, 300});
    m_stack->addWidget(content);
}

void LogsView::retranslate()
{
    m_openFiles->setText(tr("Open Logs…"));
    m_openFiles->setToolTip(tr("Open Exchange SMTP Send or Receive protocol log files"));
    m_openFolder->setText(tr("Open Folder…"));
    m_openFolder->setToolTip(tr("Open a folder of protocol logs (searched recursively)"));
    m_exportJson->setText(tr("Export JSON…"));
    m_exportJson->setToolTip(tr("Save sessions, fallbacks, retries, TLS usage and problems as the JSON of `mailflow logs --json`"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading and show what was read so far (Esc)"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_emptyTitle->setText(tr("No protocol logs open"));
    m_emptyText->setText(tr("Open Exchange SMTP Send or Receive protocol logs (SEND*.log, RECV*.log) or a whole folder, e.g. "
                            "…\\TransportRoles\\Logs\\Hub\\ProtocolLog\\SmtpSend. You can also drop files or folders here. "
                            "Big folders load in the background."));
    m_emptyOpenFiles->setText(tr("Open Logs…"));
    m_emptyOpenFolder->setText(tr("Open Folder…"));
    m_textFilter->setPlaceholderText(tr("Search all columns"));
    m_textFilter->setToolTip(tr("Show sessions with this text in any column (id, host, cipher, error, …) (Ctrl+L)"));
    m_textFilter->setAccessibleName(tr("Search sessions"));
    m_hostFilter->setPlaceholderText(tr("Remote host"));
    m_hostFilter->setToolTip(tr("Show sessions whose remote IP, endpoint, banner or EHLO name contains this text"));
    m_hostFilter->setAccessibleName(tr("Remote host filter"));
    m_connectorFilter->setToolTip(tr("Connector"));
    m_connectorFilter->setAccessibleName(tr("Connector filter"));
    m_directionFilter->setToolTip(tr("Send or receive sessions"));
    m_directionFilter->setAccessibleName(tr("Direction filter"));
    m_tlsFilter->setToolTip(tr("TLS outcome"));
    m_tlsFilter->setAccessibleName(tr("TLS outcome filter"));
    m_versionFilter->setToolTip(tr("Negotiated TLS version"));
    m_versionFilter->setAccessibleName(tr("TLS version filter"));
    m_fromFilter->setToolTip(tr("Sessions that end at or after this time (UTC)"));
    m_fromFilter->setAccessibleName(tr("From time"));
    m_toFilter->setToolTip(tr("Sessions that start at or before this time (UTC)"));
    m_toFilter->setAccessibleName(tr("To time"));
    m_resetFilters->setText(tr("Clear"));
    m_resetFilters->setToolTip(tr("Clear all filters"));
    m_resetFilters->setAccessibleName(tr("Clear filters"));

    const auto setItems = [](QComboBox *box, const QStringList &texts) {
        const QSignalBlocker blocker(box);
        for (int i = 0; i < texts.size(); ++i) {
            if (i < box->count())
                box->setItemText(i, texts[i]);
            else
                box->addItem(texts[i]);
        }
    };
    setItems(m_directionFilter, {tr("Send + receive"), tr("Send"), tr("Receive")});
    setItems(m_tlsFilter, {tr("Any TLS outcome"), tr("TLS negotiated"), tr("TLS failed"), tr("No TLS"), tr("Plaintext fallback")});
    setItems(m_versionFilter, {tr("Any version"), u"TLS 1.3"_s, u"TLS 1.2"_s, u"TLS 1.1"_s, u"TLS 1.0"_s, u"SSL 3.0"_s});
    if (m_connectorFilter->count() == 0)
        m_connectorFilter->addItem(QString());
    m_connectorFilter->setItemText(0, tr("All connectors"));
    m_laneChoice->setItemText(0, tr("Lane per remote host"));
    m_laneChoice->setItemText(1, tr("Lane per connector"));
    m_laneChoice->setToolTip(tr("One timeline lane per remote host or per connector"));
    m_laneChoice->setAccessibleName(tr("Timeline lanes"));
    m_bucketChoice->setItemText(0, tr("Sessions per day"));
    m_bucketChoice->setItemText(1, tr("Sessions per remote host (top %1 charted)").arg(ChartHostLimit));
    m_bucketChoice->setAccessibleName(tr("TLS version chart buckets"));
    m_table->setAccessibleName(tr("Sessions"));
    m_timeline->setAccessibleName(tr("Retry timeline"));
    m_timeline->setToolTip(tr("One mark per session. Wheel or drag: zoom; Shift+drag: pan; Home or double-click: reset; "
                              "click a mark to select its session"));
    m_tlsChart->setAccessibleName(tr("Sessions by TLS version"));
    m_tlsTable->setAccessibleName(tr("Sessions by TLS version"));
    m_legacyTable->setAccessibleName(tr("Hosts still on TLS 1.0/1.1 or plaintext"));
    m_legacyTable->setToolTip(tr("Remotes that negotiated SSL 3.0, TLS 1.0 or 1.1, or carried mail in plaintext: what breaks "
                                 "when legacy TLS is switched off. Double-click filters the sessions by the host."));
    m_fallbackTable->setAccessibleName(tr("Plaintext fallbacks"));
    m_fallbackTable->setToolTip(tr("TLS failed, then the same remote got the mail without TLS. Double-click selects the plaintext session."));
    m_retryTable->setAccessibleName(tr("Retry series"));
    m_retryTable->setToolTip(tr("Two or more failed attempts in a row to the same remote. Double-click selects the first attempt."));
    m_problemTable->setAccessibleName(tr("Lines that could not be read"));
    m_lines->setAccessibleName(tr("Session log lines"));
    m_lines->setPlaceholderText(tr("Select a session in the table or on the timeline to see its protocol-log lines here."));
    m_details->setPlaceholderText(tr("Select a session to see its TLS details, certificates, extensions and messages."));
    m_details->setAccessibleName(tr("Session details"));
    m_analysisTabs->setTabText(0, tr("&Timeline"));
    m_analysisTabs->setTabText(1, tr("TLS &versions"));
    m_analysisTabs->setTabText(2, tr("&Legacy TLS hosts (%1)").arg(m_legacy->rowCount()));
    m_analysisTabs->setTabToolTip(2, m_legacyTable->toolTip());
    m_analysisTabs->setTabText(3, tr("&Fallbacks (%1) && retries (%2)").arg(m_fallbacks->rowCount()).arg(m_retries->rowCount()));
    m_analysisTabs->setTabText(4, tr("&Problems (%1)").arg(d->result.problems.size() + d->result.droppedProblems));
    m_sessionTabs->setTabText(0, tr("Log &lines"));
    m_sessionTabs->setTabText(1, tr("&Details"));
    updateStatus();
}

void LogsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // headers and cell words are translated when asked for: ask again
        Q_EMIT m_sessions->headerDataChanged(Qt::Horizontal, 0, SessionTableModel::ColumnCount - 1);
        if (m_sessions->rowCount() > 0)
            Q_EMIT m_sessions->dataChanged(m_sessions->index(0, 0),
                                           m_sessions->index(m_sessions->rowCount() - 1, SessionTableModel::ColumnCount - 1));
        Q_EMIT m_tlsVersions->headerDataChanged(Qt::Horizontal, 0, TlsVersionTableModel::ColumnCount - 1);
        for (LogListModel *model : std::initializer_list<LogListModel *>{m_legacy, m_fallbacks, m_retries, m_problems})
            model->setResult(d->result);
    }
    QWidget::changeEvent(event);
}

void LogsView::dragEnterEvent(QDragEnterEvent *event)
{
    // inside the main window, drops go to the window (which remembers them as recent files)
    if (isWindow() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void LogsView::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedLocalPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

// --- loading --------------------------------------------------------------------------------

void LogsView::openPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    d->lastPaths = paths;
    d->loading = true;
    ++d->generation;
    if (d->cancelRows)
        d->cancelRows->store(true);
    d->preparing = false;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Reading…"));
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_summary->setText(paths.size() == 1 ? tr("Loading %1…").arg(escaped(QFileInfo(paths.first()).fileName()))
                                         : tr("Loading %n path(s)…", nullptr, int(paths.size())));
    Q_EMIT loadStarted();
    m_loader->start(paths);
}

void LogsView::openText(const QByteArray &text, const QString &name)
{
    d->lastPaths.clear();
    d->loading = true;
    ++d->generation;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    Q_EMIT loadStarted();
    m_loader->startSources({LogSource::pasted(text, name)});
}

void LogsView::cancelLoad()
{
    if (d->loading) {
        m_loader->cancel();
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Cancelling…"));
    } else if (d->preparing && d->cancelRows) {
        d->cancelRows->store(true);
    }
}

void LogsView::onProgress(qint64 done, qint64 total)
{
    if (!d->loading)
        return;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_progress->setFormat(tr("%1 of %2").arg(bytesText(done), bytesText(total)));
}

void LogsView::onFinished(const LogResult &result)
{
    d->loading = false;
    d->preparing = true;
    const quint64 generation = ++d->generation;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Preparing the table…"));
    m_cancel->setEnabled(true);
    // expanding every session is a few seconds for a million: off the UI thread too
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    d->cancelRows = cancel;
    QtConcurrent::run([result, cancel] { return buildSessionRows(result, cancel.get()); })
        .then(this, [this, generation, result](std::vector<SessionRow> rows) {
            if (generation != d->generation)
                return;
            d->preparing = false;
            LogResult shown = result;
            if (int(rows.size()) < result.sessionCount())
                shown.cancelled = true;
            d->result = shown;
            m_progress->hide();
            m_cancel->hide();
            m_sessions->setRows(std::move(rows));
            m_tlsVersions->setResult(shown);
            m_legacy->setResult(shown);
            m_fallbacks->setResult(shown);
            m_retries->setResult(shown);
            m_problems->setResult(shown);
            m_exportJson->setEnabled(true);
            m_stack->setCurrentIndex(1);
            updateFilterChoices();
            applyFilters();
            updateTimeline();
            tuneCharts();
            m_lines->clear();
            m_details->clear();
            d->shownSession = -1;
            retranslate();
            Q_EMIT loaded();
        });
}

void LogsView::setResult(const LogResult &result)
{
    d->loading = true;
    onFinished(result);
}

void LogsView::updateFilterChoices()
{
    QSet<QString> connectors;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const SessionRow &r = m_sessions->row(row);
        if (!r.connector.isEmpty())
            connectors.insert(r.connector);
        first = std::min(first, r.startMs);
        last = std::max(last, r.endMs);
    }
    QStringList sorted(connectors.cbegin(), connectors.cend());
    sorted.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_connectorFilter);
        const QString current = m_connectorFilter->currentIndex() > 0 ? m_connectorFilter->currentText() : QString();
        while (m_connectorFilter->count() > 1)
            m_connectorFilter->removeItem(1);
        m_connectorFilter->addItems(sorted);
        m_connectorFilter->setCurrentIndex(std::max(0, int(m_connectorFilter->findText(current))));
    }
    const QSignalBlocker b1(m_fromFilter), b2(m_toFilter);
    if (first <= last) {
        // whole minutes, so that the edits (minute precision) cover every session
        d->first = QDateTime::fromMSecsSinceEpoch(first - first % 60000, QTimeZone::UTC);
        d->last = QDateTime::fromMSecsSinceEpoch(last - last % 60000 + 60000, QTimeZone::UTC);
        for (QDateTimeEdit *edit : {m_fromFilter, m_toFilter})
            edit->setDateTimeRange(d->first, d->last);
        m_fromFilter->setDateTime(d->first);
        m_toFilter->setDateTime(d->last);
    } else {
        d->first = d->last = QDateTime();
    }
}

void LogsView::applyFilters()
{
    d->filterTimer.stop();
    m_proxy->setText(m_textFilter->text());
    m_proxy->setRemoteHost(m_hostFilter->text());
    m_proxy->setConnector(m_connectorFilter->currentIndex() > 0 ? m_connectorFilter->currentText() : QString());
    static constexpr LogDirection directions[] = {LogDirection::Unknown, LogDirection::Send, LogDirection::Receive};
    m_proxy->setDirection(directions[std::clamp(m_directionFilter->currentIndex(), 0, 2)]);
    static constexpr SessionFilterProxyModel::TlsFilter outcomes[] = {
        SessionFilterProxyModel::TlsFilter::Any, SessionFilterProxyModel::TlsFilter::Ok, SessionFilterProxyModel::TlsFilter::Failed,
        SessionFilterProxyModel::TlsFilter::None, SessionFilterProxyModel::TlsFilter::PlaintextFallback};
    m_proxy->setTlsFilter(outcomes[std::clamp(m_tlsFilter->currentIndex(), 0, 4)]);
    static constexpr TlsVersion versions[] = {TlsVersion::Unknown, TlsVersion::Tls13, TlsVersion::Tls12,
                                              TlsVersion::Tls11,   TlsVersion::Tls10, TlsVersion::Ssl30};
    m_proxy->setTlsVersion(versions[std::clamp(m_versionFilter->currentIndex(), 0, 5)]);
    const QDateTime from = m_fromFilter->dateTime();
    const QDateTime to = m_toFilter->dateTime();
    m_proxy->setTimeRange(d->first.isValid() && from > d->first ? from : QDateTime(),
                          d->last.isValid() && to < d->last ? to.addSecs(59).addMSecs(999) : QDateTime());
    updateStatus();
}

void LogsView::updateStatus()
{
    if (isLoading() || !m_summary)
        return;
    const LogSummary &s = d->result.summary;
    if (d->result.files.isEmpty() && d->result.sessionCount() == 0 && d->result.problems.isEmpty()) {
        m_summary->clear();
        return;
    }
    QString text = tr("<b>%n session(s)</b>", nullptr, s.sessions) + u" · "_s
        + tr("TLS %1 · failed %2 · none %3").arg(s.tlsOk).arg(s.tlsFailed).arg(s.noTls) + u" · "_s
        + tr("%n fallback(s)", nullptr, int(d->result.fallbacks.size())) + u" · "_s
        + tr("%n file(s), %1", nullptr, s.files).arg(bytesText(s.bytes));
    if (m_proxy->isFiltering())
        text += u" · "_s + tr("<b>showing %1</b>").arg(m_proxy->rowCount());
    if (d->result.cancelled)
        text += u" · <span style=\"color:%1\">"_s.arg(outcomeColor(Outcome::TlsFailed, palette()).name())
            + tr("cancelled: partial result") + u"</span>"_s;
    m_summary->setText(text);
    m_summary->setToolTip(d->result.files.join(u'\n'));
}

void LogsView::tuneCharts()
{
    untruncateAxes(m_timeline->chart(), Qt::Vertical);
    const bool perDay = m_tlsVersions->bucket() == TlsVersionTableModel::PerDay;
    untruncateAxes(m_tlsChart->chart(), perDay ? Qt::Horizontal : Qt::Vertical, 0);
}

// --- timeline and selection -----------------------------------------------------------------

void LogsView::setTimelineLanes(TimelineLanes lanes)
{
    if (m_lanes == lanes)
        return;
    m_lanes = lanes;
    {
        const QSignalBlocker blocker(m_laneChoice);
        m_laneChoice->setCurrentIndex(lanes == TimelineLanes::Connector ? 1 : 0);
    }
    updateTimeline();
}

namespace {

// The marks of @p rows (copies: built off the UI thread while the table may change).
QList<TimelinePoint> timelinePoints(const std::vector<SessionRow> &rows, LogsView::TimelineLanes lanes)
{
    QList<TimelinePoint> points;
    points.reserve(qsizetype(rows.size()));
    for (const SessionRow &r : rows) {
        TimelinePoint p;
        if (lanes == LogsView::TimelineLanes::Connector)
            p.lane = r.connector.isEmpty() ? LogsView::tr("(no connector)") : r.connector;
        else
            p.lane = !r.remoteHost.isEmpty() ? r.remoteHost : !r.remoteName.isEmpty() ? r.remoteName : LogsView::tr("(unknown)");
        p.time = r.start();
        switch (r.outcome()) {
        case Outcome::Tls: p.category = TimelinePoint::TlsByVersion; break;
        case Outcome::TlsFailed: p.category = TimelinePoint::TlsFailed; break;
        case Outcome::PlaintextFallback: p.category = TimelinePoint::PlaintextFallback; break;
        case Outcome::Delivered: p.category = TimelinePoint::Delivered; break;
        case Outcome::Deferred: p.category = TimelinePoint::Deferred; break;
        case Outcome::Other: p.category = TimelinePoint::Other; break;
        }
        p.tlsVersion = tlsVersionText(r.tlsVersion);
        QString tip = u"<b>"_s + escaped(r.id) + u"</b> · "_s + escaped(SessionTableModel::directionText(r.direction)) + u"<br>"_s
            + escaped(r.start().toString(u"yyyy-MM-dd HH:mm:ss"_s)) + u" UTC<br>"_s + escaped(r.connector) + u" → "_s
            + escaped(r.remoteHost.isEmpty() ? r.remoteName : r.remoteHost) + u"<br>"_s
            + LogsView::tr("TLS: %1").arg(escaped(SessionTableModel::tlsText(r))) + u"<br>"_s
            + LogsView::tr("Ending: %1").arg(escaped(SessionTableModel::endingText(r.ending)));
        if (!r.error.isEmpty())
            tip += u"<br>"_s + LogsView::tr("Error: %1").arg(escaped(r.error));
        p.toolTip = tip;
        p.id = r.index;
        points.append(p);
    }
    return points;
}

} // namespace

void LogsView::updateTimeline()
{
    d->timelineTimer.stop();
    const int rows = m_proxy->rowCount();
    // in time order (the model's), so that lanes appear in order of first activity
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        sourceRows.push_back(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    std::sort(sourceRows.begin(), sourceRows.end());
    const int shown = std::min(rows, MaxTimelinePoints);
    std::vector<SessionRow> copies;
    copies.reserve(size_t(shown));
    for (int i = 0; i < shown; ++i)
        copies.push_back(m_sessions->row(sourceRows[size_t(i)]));
    const quint64 generation = ++d->timelineGeneration;
    const TimelineLanes lanes = m_lanes;
    QtConcurrent::run([copies = std::move(copies), lanes] { return timelinePoints(copies, lanes); })
        .then(this, [this, generation, rows, shown](const QList<TimelinePoint> &points) {
            if (generation != d->timelineGeneration)
                return;
            m_timeline->setPoints(points);
            m_timeline->setSelectedId(selectedSession() >= 0 ? QVariant(selectedSession()) : QVariant());
            m_timelineNote->setText(rows > shown
                                        ? tr("Showing the first %1 of %2 sessions: filter by host, connector or time to see the rest.")
                                              .arg(shown)
                                              .arg(rows)
                                        : tr("%n session(s), %1 lane(s)", nullptr, rows).arg(m_timeline->lanes().size()));
            m_timelineNote->setToolTip(m_timelineNote->text());
            QTimer::singleShot(0, this, &LogsView::tuneCharts);
            Q_EMIT timelineUpdated();
        });
}

int LogsView::selectedSession() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return -1;
    return current.data(SessionTableModel::SessionIndexRole).toInt();
}

void LogsView::selectSession(int index)
{
    const int sourceRow = m_sessions->rowOfSession(index);
    if (sourceRow < 0)
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_sessions->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        m_resetFilters->click();
        proxyIndex = m_proxy->mapFromSource(m_sessions->index(sourceRow, 0));
    }
    if (!proxyIndex.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxyIndex);
}

void LogsView::onSessionSelected()
{
    const int index = selectedSession();
    if (index == d->shownSession)
        return;
    d->shownSession = index;
    m_timeline->setSelectedId(index >= 0 ? QVariant(index) : QVariant());
    if (index < 0)
        return;
    showSessionLines(index);
    showSessionDetails(index);
}

void LogsView::showSessionLines(int index)
{
    const LogSession s = d->result.session(index);
    const quint64 generation = ++d->linesGeneration;
    m_lines->setPlainText(tr("Reading the lines of session %1…").arg(s.id));
    const QStringList files = d->result.files;
    QtConcurrent::run([s, files] { return readSessionLines(s.id, s.file, s.line, s.end, files); })
        .then(this, [this, generation, index](const SessionLines &lines) {
            if (generation != d->linesGeneration)
                return;
            if (!lines.error.isEmpty() && lines.text.isEmpty()) {
                m_lines->setPlainText(lines.error);
            } else {
                QString text = lines.text;
                if (lines.truncated)
                    text += u'\n' + tr("# … more lines not shown");
                m_lines->setPlainText(text);
                m_lines->setToolTip(tr("%1, from line %2").arg(lines.firstFile).arg(lines.firstLine));
            }
            Q_EMIT sessionLinesShown(index);
        });
}

void LogsView::showSessionDetails(int index)
{
    const LogSession s = d->result.session(index);
    QString html;
    const auto row = [&html](const QString &name, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td style=\"padding-right:12px\"><b>"_s + escaped(name) + u"</b></td><td>"_s + escaped(value) + u"</td></tr>"_s;
    };
    const auto heading = [&html](const QString &text) { html += u"<h4 style=\"margin:8px 0 2px 0\">"_s + escaped(text) + u"</h4>"_s; };
    const auto time = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC"_s : QString(); };
    const auto certificate = [&](const QString &title, const LogCertificate &c) {
        if (c.isEmpty())
            return;
        heading(title);
        html += u"<table>"_s;
        row(tr("Subject"), c.subject);
        row(tr("Issuer"), c.issuer);
        row(tr("Serial number"), c.serialNumber);
        row(tr("Thumbprint"), c.thumbprint);
        row(tr("Valid from"), c.notBefore);
        row(tr("Valid until"), c.notAfter);
        row(tr("Alternate names"), c.alternateNames.join(u", "_s));
        html += u"</table>"_s;
    };
    heading(tr("Session %1").arg(s.id));
    html += u"<table>"_s;
    row(tr("Direction"), SessionTableModel::directionText(s.direction));
    row(tr("Connector"), s.connector);
    row(tr("Start"), time(s.start));
    row(tr("End"), time(s.end));
    row(tr("Duration"), tr("%1 s").arg(double(s.durationMs()) / 1000.0, 0, 'f', 3));
    row(tr("Local endpoint"), s.localEndpoint);
    row(tr("Remote endpoint"), s.remoteEndpoint);
    row(tr("Banner host"), s.bannerHost);
    row(tr("EHLO name"), s.ehloName);
    row(tr("Ending"), SessionTableModel::endingText(s.ending));
    row(tr("Disconnected by"), s.disconnectedBy);
    if (s.lastError.isValid())
        row(tr("Last error"), QString(s.lastError.codePair() + u' ' + s.lastError.text).trimmed());
    row(tr("Logged in"), s.line > 0 ? s.file + u':' + QString::number(s.line) : s.file);
    if (s.sequenceGaps > 0)
        row(tr("Missing lines"), tr("%n sequence number(s) missing (excerpt?)", nullptr, s.sequenceGaps));
    html += u"</table>"_s;

    heading(tr("TLS"));
    html += u"<table>"_s;
    row(tr("STARTTLS offered"), s.startTlsOffered ? tr("yes") : tr("no"));
    row(tr("STARTTLS attempted"), s.startTlsAttempted ? tr("yes") : tr("no"));
    QString outcome;
    switch (s.tlsOutcome) {
    case TlsOutcome::Ok: outcome = tr("negotiated"); break;
    case TlsOutcome::Failed: outcome = tr("failed"); break;
    case TlsOutcome::None: outcome = tr("not used"); break;
    }
    row(tr("Outcome"), outcome);
    if (s.tlsOutcome == TlsOutcome::Ok)
        row(tr("Protocol"), tlsVersionText(s.tlsVersion));
    row(tr("Cipher"), s.cipher);
    if (s.bulkBits)
        row(tr("Key sizes"), tr("bulk %1 bits, MAC %2 bits, key exchange %3 bits").arg(s.bulkBits).arg(s.macBits).arg(s.keyExchangeBits));
    row(tr("Error"), s.tlsError);
    html += u"</table>"_s;
    certificate(tr("Sending certificate (local)"), s.localCertificate);
    certificate(tr("Received certificate (remote)"), s.remoteCertificate);

    if (!s.extensions.isEmpty() || !s.authMechanisms.isEmpty() || s.maxMessageSize > 0) {
        heading(tr("Extensions"));
        html += u"<table>"_s;
        row(tr("Advertised"), s.extensions.join(u' '));
        row(tr("AUTH"), s.authMechanisms.join(u' '));
        if (s.maxMessageSize > 0)
            row(tr("Maximum size"), bytesText(s.maxMessageSize));
        html += u"</table>"_s;
    }
    if (!s.messages.isEmpty()) {
        heading(tr("%n message(s)", nullptr, int(s.messages.size())));
        for (const LogMessage &m : s.messages) {
            html += u"<table style=\"margin-bottom:6px\">"_s;
            row(tr("From"), m.mailFrom);
            row(tr("To"), m.recipients.join(u", "_s));
            row(tr("Message-ID"), m.internetMessageId);
            if (m.recordId)
                row(tr("Record id"), QString::number(m.recordId));
            QStringList replies;
            for (const SmtpReply &reply : m.replies)
                replies << QString(reply.codePair() + u' ' + reply.text).trimmed();
            row(tr("Replies"), replies.join(u" · "_s));
            QString outcomeText;
            switch (m.outcome) {
            case MessageOutcome::Incomplete: outcomeText = tr("incomplete"); break;
            case MessageOutcome::Queued: outcomeText = tr("queued"); break;
            case MessageOutcome::Deferred: outcomeText = tr("deferred"); break;
            case MessageOutcome::Rejected: outcomeText = tr("rejected"); break;
            }
            row(tr("Outcome"), outcomeText);
            html += u"</table>"_s;
        }
    }
    m_details->setHtml(html);
}

// --- dialogs, export, settings --------------------------------------------------------------

void LogsView::openFilesDialog()
{
    // the window's action keeps the recent files; stand-alone, ask here
    if (auto *action = window()->findChild<QAction *>(u"actionOpenLogs"_s); action && window() != this) {
        action->trigger();
        return;
    }
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Protocol Logs"), QString(),
                                                            tr("Protocol logs (*.log *.LOG *.txt *.csv);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void LogsView::openFolderDialog()
{
    if (auto *action = window()->findChild<QAction *>(u"actionOpenFolder"_s); action && window() != this) {
        action->trigger();
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Protocol Log Folder"));
    if (!folder.isEmpty())
        openPaths({folder});
}

bool LogsView::exportJson(const QString &fileName, QString *errorMessage) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    file.write(logResultToJson(d->result, true).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

void LogsView::exportJsonDialog()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export as JSON"), u"mailflow-logs.json"_s, tr("JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportJson(fileName, &error))
        m_summary->setText(tr("Cannot write %1: %2").arg(escaped(fileName), escaped(error)));
}

void LogsView::readSettings()
{
    QSettings settings;
    m_vertical->restoreState(settings.value(settingsKey("verticalSplitter")).toByteArray());
    m_horizontal->restoreState(settings.value(settingsKey("horizontalSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(settingsKey("sessionHeader")).toByteArray());
    m_analysisTabs->setCurrentIndex(settings.value(settingsKey("analysisTab"), 0).toInt());
    m_laneChoice->setCurrentIndex(settings.value(settingsKey("lanes"), 0).toInt());
    m_bucketChoice->setCurrentIndex(settings.value(settingsKey("buckets"), 0).toInt());
    m_hostFilter->setText(settings.value(settingsKey("hostFilter")).toString());
    m_textFilter->setText(settings.value(settingsKey("textFilter")).toString());
}

void LogsView::writeSettings() const
{
    QSettings settings;
    settings.setValue(settingsKey("verticalSplitter"), m_vertical->saveState());
    settings.setValue(settingsKey("horizontalSplitter"), m_horizontal->saveState());
    settings.setValue(settingsKey("sessionHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(settingsKey("analysisTab"), m_analysisTabs->currentIndex());
    settings.setValue(settingsKey("lanes"), m_laneChoice->currentIndex());
    settings.setValue(settingsKey("buckets"), m_bucketChoice->currentIndex());
    settings.setValue(settingsKey("hostFilter"), m_hostFilter->text());
    settings.setValue(settingsKey("textFilter"), m_textFilter->text());
}

} // namespace Mailflow::Workbench
