// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "chartstyle.h"
#include "outcomecolors.h"

#include <QAction>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QPainter>
#include <QPainterPath>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QHash>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScatterSeries>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {

constexpr qreal markerSize = 11;
constexpr int dragThreshold = 4;
constexpr qreal minimumSpanMs = 1000;

// Legend order: TLS versions newest first, then the failures and the rest.
int versionRank(const QString &canonical)
{
    static const QStringList order = {u"TLS 1.3"_s, u"TLS 1.2"_s, u"TLS 1.1"_s, u"TLS 1.0"_s, u"SSL 3.0"_s, u"SSL 2.0"_s};
    const qsizetype i = order.indexOf(canonical);
    return i < 0 ? int(order.size()) : int(i);
}

constexpr int categoryBase = 100;

// Within a lane, failures sit a little above the centre line and plaintext fallbacks a little
// below, so that a failed STARTTLS and the plaintext session that follows it at once (scenario 2)
// stay both visible.
qreal laneOffset(TimelinePoint::Category category)
{
    switch (category) {
    case TimelinePoint::TlsFailed:
    case TimelinePoint::Deferred:
        return 0.2;
    case TimelinePoint::PlaintextFallback:
        return -0.2;
    default:
        return 0;
    }
}

// A tick step that gives at most about eight ticks over @p span milliseconds.
qint64 niceStep(qreal span)
{
    static constexpr qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
    static constexpr qint64 steps[] = {100, 200, 500, s, 2 * s, 5 * s, 10 * s, 15 * s, 30 * s, m, 2 * m, 5 * m,
                                       10 * m, 15 * m, 30 * m, h, 2 * h, 3 * h, 6 * h, 12 * h, d, 2 * d, 7 * d,
                                       14 * d, 28 * d, 91 * d, 182 * d, 364 * d};
    for (qint64 step : steps) {
        if (span / qreal(step) <= 8)
            return step;
    }
    return 364 * d * qint64(std::ceil(span / (8.0 * 364 * d)));
}

QPainterPath markerPath(int shape, qreal size)
{
    QPainterPath path;
    const qreal r = size / 2;
    const auto polygon = [&](int corners, qreal rotation, qreal inner) {
        QPolygonF points;
        const int n = inner > 0 ? corners * 2 : corners;
        for (int i = 0; i < n; ++i) {
            const qreal radius = (inner > 0 && i % 2) ? r * inner : r;
            const qreal angle = rotation + i * 2 * M_PI / n;
            points << QPointF(radius * std::sin(angle), -radius * std::cos(angle));
        }
        path.addPolygon(points);
        path.closeSubpath();
    };
    switch (shape) {
    case QScatterSeries::MarkerShapeRectangle:
        path.addRect(QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7));
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        polygon(4, 0, 0);
        break;
    case QScatterSeries::MarkerShapeTriangle:
        polygon(3, 0, 0);
        break;
    case QScatterSeries::MarkerShapeStar:
        polygon(5, 0, 0.45);
        break;
    case QScatterSeries::MarkerShapePentagon:
        polygon(5, 0, 0);
        break;
    default:
        path.addEllipse(QPointF(0, 0), r * 0.9, r * 0.9);
        break;
    }
    return path;
}

} // namespace

// Draws every mark of the chart in one paint (see rebuild()).
class TimelineMarksItem : public QGraphicsItem
{
public:
    explicit TimelineMarksItem(const TimelineChart *chart, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_chart(chart)
    {
        setZValue(1000);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override
    {
        return m_chart->chart()->plotArea().adjusted(-2 * markerSize, -2 * markerSize, 2 * markerSize, 2 * markerSize);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_chart->paintMarks(painter); }
    void geometryChanged() { prepareGeometryChange(); }

private:
    const TimelineChart *m_chart;
};

TimelineChart::TimelineChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_timeAxis(new QDateTimeAxis)
    , m_laneAxis(new QCategoryAxis)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
    , m_resetZoom(new QAction(this))
    , m_zoomIn(new QAction(this))
    , m_zoomOut(new QAction(this))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumHeight(160);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_laneAxis, Qt::AlignLeft);
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setGridLineVisible(false);
    m_timeAxis->setTickCount(6);
    m_marks = new TimelineMarksItem(this, chart());
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        m_marks->geometryChanged();
        m_marks->update();
    });

    m_resetZoom->setShortcuts({QKeySequence(Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    m_zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    for (QAction *action : {m_zoomIn, m_zoomOut, m_resetZoom}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
    }
    connect(m_resetZoom, &QAction::triggered, this, &TimelineChart::resetZoom);
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(0.5); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(2); });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        m_marks->update();
        updateTimeFormat();
        m_resetZoom->setEnabled(isZoomed());
    });

    retranslate();
    rebuild();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setPoints(const QList<TimelinePoint> &points)
{
    m_points = points;
    rebuild();
}

void TimelineChart::rebuild()
{
    for (QScatterSeries *series : std::as_const(m_series)) {
        chart()->removeSeries(series);
        delete series;
    }
    m_series.clear();
    m_seriesValues.clear();
    m_seriesPoints.clear();
    m_seriesKeys.clear();
    m_lanes.clear();

    // key → (name, point indices); keys order the legend
    struct Group
    {
        QString name;
        TimelinePoint::Category category;
        QString version;
        QList<int> points;
    };
    std::map<std::pair<int, QString>, Group> groups;
    QHash<QString, int> laneIndex;
    qint64 min = std::numeric_limits<qint64>::max();
    qint64 max = std::numeric_limits<qint64>::min();
    for (int i = 0; i < m_points.size(); ++i) {
        const TimelinePoint &p = m_points[i];
        if (!p.time.isValid())
            continue;
        if (!laneIndex.contains(p.lane)) {
            laneIndex.insert(p.lane, int(m_lanes.size()));
            m_lanes << p.lane;
        }
        min = qMin(min, p.time.toMSecsSinceEpoch());
        max = qMax(max, p.time.toMSecsSinceEpoch());
        std::pair<int, QString> key;
        QString name;
        QString version;
        switch (p.category) {
        case TimelinePoint::TlsByVersion:
            version = canonicalTlsVersion(p.tlsVersion);
            key = {versionRank(version), version};
            name = version == "none"_L1 || version.isEmpty() ? tr("TLS") : version;
            break;
        case TimelinePoint::TlsFailed:
            key = {categoryBase + 1, {}};
            name = tr("TLS failed");
            break;
        case TimelinePoint::PlaintextFallback:
            key = {categoryBase + 2, {}};
            name = tr("Plaintext fallback");
            break;
        case TimelinePoint::Delivered:
            key = {categoryBase + 3, {}};
            name = tr("Delivered");
            break;
        case TimelinePoint::Deferred:
            key = {categoryBase + 4, {}};
            name = tr("Deferred");
            break;
        case TimelinePoint::Other:
            key = {categoryBase + 5, {}};
            name = tr("Other");
            break;
        }
        Group &group = groups[key];
        group.name = name;
        group.category = p.category;
        group.version = version;
        group.points << i;
    }

    const qsizetype laneCount = m_lanes.size();
    const auto laneY = [laneCount](qsizetype lane) { return qreal(laneCount - 1 - lane); };
    // Axes first: every change of an axis lays out the attached series again, which for many
    // points and lanes costs far more than the points themselves.
    const QStringList labels = m_laneAxis->categoriesLabels();
    for (const QString &label : labels)
        m_laneAxis->remove(label);
    m_laneAxis->setStartValue(-0.5);
    for (qsizetype y = 0; y < laneCount; ++y) {
        const QString &lane = m_lanes[laneCount - 1 - y];
        // category labels must be unique and non-empty
        m_laneAxis->append(lane.isEmpty() ? tr("(no name)") : lane, qreal(y) + 0.5);
    }
    m_laneAxis->setRange(-0.5, qMax<qreal>(0.5, qreal(laneCount) - 0.5));

    if (min > max) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        min = now - 3600 * 1000;
        max = now;
    }
    const qreal span = qMax<qreal>(qreal(max - min), 60 * 1000);
    const qreal paddedMin = qreal(min) - span * 0.03 - (max == min ? 30 * 1000 : 0);
    const qreal paddedMax = qreal(max) + span * 0.03 + (max == min ? 30 * 1000 : 0);
    const qint64 step = niceStep(paddedMax - paddedMin);
    m_fullMin = std::floor(paddedMin / qreal(step)) * qreal(step);
    m_fullMax = std::ceil(paddedMax / qreal(step)) * qreal(step);
    m_timeAxis->setTickCount(int(std::llround((m_fullMax - m_fullMin) / qreal(step))) + 1);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_fullMin)), QDateTime::fromMSecsSinceEpoch(qint64(m_fullMax)));

    for (auto &[key, group] : groups) {
        auto *series = new QScatterSeries;
        series->setName(group.name);
        series->setMarkerSize(markerSize);
        switch (group.category) {
        case TimelinePoint::TlsByVersion:
            series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            break;
        case TimelinePoint::TlsFailed:
            series->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            break;
        case TimelinePoint::PlaintextFallback:
            series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            break;
        case TimelinePoint::Delivered:
            series->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
            break;
        case TimelinePoint::Deferred:
            series->setMarkerShape(QScatterSeries::MarkerShapePentagon);
            break;
        case TimelinePoint::Other:
            series->setMarkerShape(QScatterSeries::MarkerShapeStar);
            break;
        }
        QList<QPointF> values;
        values.reserve(group.points.size());
        for (int index : std::as_const(group.points)) {
            const TimelinePoint &p = m_points[index];
            values << QPointF(qreal(p.time.toMSecsSinceEpoch()), laneY(laneIndex.value(p.lane)) + laneOffset(p.category));
        }
        // The series stays empty: it names the category in the legend, and m_marks draws the
        // points (Qt Charts makes one graphics item per scatter point, minutes for 100 000).
        m_seriesValues << values;
        chart()->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
        m_series << series;
        m_seriesPoints << group.points;
        m_seriesKeys << (group.category == TimelinePoint::TlsByVersion ? -1 - versionRank(group.version) : int(group.category));
        series->setProperty("mailflowVersion", group.version);
        series->setProperty("mailflowCategory", int(group.category));
    }

    // A click on a legend entry hides or shows that category's marks.
    for (QScatterSeries *series : std::as_const(m_series)) {
        for (QLegendMarker *marker : chart()->legend()->markers(series)) {
            connect(marker, &QLegendMarker::clicked, this, [this, series, marker] {
                series->setVisible(!series->isVisible());
                marker->setVisible(true);
                QColor label = palette().color(QPalette::Text);
                if (!series->isVisible())
                    label.setAlphaF(0.4);
                marker->setLabelBrush(label);
                m_marks->update();
            });
        }
    }
    updateSelection();
    m_laneAxis->setRange(-0.5, qMax<qreal>(0.5, qreal(laneCount) - 0.5));
    resetZoom();
    applyPalette();
    setAccessibleDescription(tr("%n mark(s)", nullptr, int(m_points.size())) + u", "_s
                             + tr("%n lane(s)", nullptr, int(laneCount)));
}

QList<QPointF> TimelineChart::seriesValues(const QScatterSeries *series) const
{
    const qsizetype i = m_series.indexOf(const_cast<QScatterSeries *>(series));
    return i < 0 ? QList<QPointF>() : m_seriesValues[i];
}

QList<int> TimelineChart::pointsOfSeries(const QScatterSeries *series) const
{
    const qsizetype i = m_series.indexOf(const_cast<QScatterSeries *>(series));
    return i < 0 ? QList<int>() : m_seriesPoints[i];
}

void TimelineChart::setSelectedId(const QVariant &id)
{
    m_selectedId = id;
    updateSelection();
}

void TimelineChart::updateSelection()
{
    m_selectedPoints.clear();
    if (m_selectedId.isValid()) {
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            for (int index : std::as_const(m_seriesPoints[s])) {
                if (m_points[index].id == m_selectedId)
                    m_selectedPoints << index;
            }
        }
    }
    m_marks->update();
}

void TimelineChart::applyPalette()
{
    applyPaletteToChart(chart(), palette());
    for (QScatterSeries *series : std::as_const(m_series)) {
        const auto category = TimelinePoint::Category(series->property("mailflowCategory").toInt());
        QColor color;
        switch (category) {
        case TimelinePoint::TlsByVersion: {
            const QString version = series->property("mailflowVersion").toString();
            color = version == "none"_L1 ? outcomeColor(Outcome::Tls, palette()) : tlsVersionColor(version, palette());
            break;
        }
        case TimelinePoint::TlsFailed:
            color = outcomeColor(Outcome::TlsFailed, palette());
            break;
        case TimelinePoint::PlaintextFallback:
            color = outcomeColor(Outcome::PlaintextFallback, palette());
            break;
        case TimelinePoint::Delivered:
            color = outcomeColor(Outcome::Delivered, palette());
            break;
        case TimelinePoint::Deferred:
            color = outcomeColor(Outcome::Deferred, palette());
            break;
        case TimelinePoint::Other:
            color = outcomeColor(Outcome::Other, palette());
            break;
        }
        series->setColor(color);
        series->setBorderColor(palette().color(QPalette::Base));
    }
    m_marks->update();
}

void TimelineChart::retranslate()
{
    m_resetZoom->setText(tr("&Reset Zoom"));
    m_resetZoom->setToolTip(tr("Show the whole time range (Home)"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    setAccessibleName(tr("Retry timeline"));
    setToolTip(QString());
    setWhatsThis(tr("One mark per session or attempt, one lane per host or connector. Wheel or drag: zoom; "
                    "Shift+drag: pan; click a mark to select it; Home: reset zoom."));
    if (!m_points.isEmpty())
        rebuild();
}

void TimelineChart::updateTimeFormat()
{
    const qint64 span = m_timeAxis->min().msecsTo(m_timeAxis->max());
    if (span <= 20 * 1000)
        m_timeAxis->setFormat(u"HH:mm:ss.zzz"_s);
    else if (span <= 20 * 60 * 1000)
        m_timeAxis->setFormat(u"HH:mm:ss"_s);
    else if (span <= 2 * 24 * 3600 * 1000LL)
        m_timeAxis->setFormat(u"MM-dd HH:mm"_s);
    else
        m_timeAxis->setFormat(u"yyyy-MM-dd HH:mm"_s);
}

QDateTime TimelineChart::visibleStart() const
{
    return m_timeAxis->min();
}

QDateTime TimelineChart::visibleEnd() const
{
    return m_timeAxis->max();
}

void TimelineChart::setVisibleRange(const QDateTime &start, const QDateTime &end)
{
    qreal a = qreal(start.toMSecsSinceEpoch());
    qreal b = qreal(end.toMSecsSinceEpoch());
    if (b < a)
        std::swap(a, b);
    if (b - a < minimumSpanMs) {
        const qreal mid = (a + b) / 2;
        a = mid - minimumSpanMs / 2;
        b = mid + minimumSpanMs / 2;
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(a)), QDateTime::fromMSecsSinceEpoch(qint64(b)));
}

void TimelineChart::zoomBy(qreal factor, const QDateTime &center)
{
    const qreal a = qreal(m_timeAxis->min().toMSecsSinceEpoch());
    const qreal b = qreal(m_timeAxis->max().toMSecsSinceEpoch());
    const qreal c = center.isValid() ? qreal(center.toMSecsSinceEpoch()) : (a + b) / 2;
    setVisibleRange(QDateTime::fromMSecsSinceEpoch(qint64(c - (c - a) * factor)),
                    QDateTime::fromMSecsSinceEpoch(qint64(c + (b - c) * factor)));
}

void TimelineChart::resetZoom()
{
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_fullMin)), QDateTime::fromMSecsSinceEpoch(qint64(m_fullMax)));
}

bool TimelineChart::isZoomed() const
{
    return qAbs(qreal(m_timeAxis->min().toMSecsSinceEpoch()) - m_fullMin) > 1
        || qAbs(qreal(m_timeAxis->max().toMSecsSinceEpoch()) - m_fullMax) > 1;
}

qreal TimelineChart::valueAtX(qreal viewportX) const
{
    const QRectF plot = chart()->plotArea();
    const qreal sceneX = mapToScene(QPoint(int(viewportX), 0)).x() - chart()->pos().x();
    const qreal a = qreal(m_timeAxis->min().toMSecsSinceEpoch());
    const qreal b = qreal(m_timeAxis->max().toMSecsSinceEpoch());
    return plot.width() > 0 ? a + (sceneX - plot.left()) / plot.width() * (b - a) : a;
}

TimelineChart::Mapping TimelineChart::mapping() const
{
    const QRectF plot = chart()->plotArea();
    const qreal x0 = qreal(m_timeAxis->min().toMSecsSinceEpoch());
    const qreal x1 = qreal(m_timeAxis->max().toMSecsSinceEpoch());
    const qreal y0 = m_laneAxis->min();
    const qreal y1 = m_laneAxis->max();
    Mapping m;
    m.x0 = x0;
    m.y0 = y0;
    m.left = plot.left();
    m.bottom = plot.bottom();
    m.sx = x1 > x0 ? plot.width() / (x1 - x0) : 0;
    m.sy = y1 > y0 ? plot.height() / (y1 - y0) : 0;
    return m;
}

QPointF TimelineChart::chartPosition(const QPointF &value) const
{
    return mapping()(value);
}

QPoint TimelineChart::viewportPosition(int index) const
{
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        const qsizetype i = m_seriesPoints[s].indexOf(index);
        if (i >= 0)
            return mapFromScene(chart()->mapToScene(chartPosition(m_seriesValues[s][i])));
    }
    return {-1, -1};
}

int TimelineChart::pointAt(const QPoint &viewportPos) const
{
    const QRectF plot = chart()->plotArea().adjusted(-markerSize, -markerSize, markerSize, markerSize);
    const QPointF target = chart()->mapFromScene(mapToScene(viewportPos));
    const Mapping map = mapping();
    int best = -1;
    qreal bestDistance = (markerSize / 2 + 3) * (markerSize / 2 + 3);
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        if (!m_series[s]->isVisible())
            continue;
        const QList<QPointF> &values = m_seriesValues[s];
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QPointF pos = map(values[i]);
            if (!plot.contains(pos))
                continue;
            const QPointF d = pos - target;
            const qreal distance = d.x() * d.x() + d.y() * d.y();
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = m_seriesPoints[s][i];
            }
        }
    }
    return best;
}

void TimelineChart::paintMarks(QPainter *painter) const
{
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setClipRect(plot.adjusted(-markerSize / 2, -markerSize / 2, markerSize / 2, markerSize / 2));
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const Mapping map = mapping();
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        const QScatterSeries *series = m_series[s];
        if (!series->isVisible())
            continue;
        // one pre-rendered marker per series, stamped at every point
        const int extent = int(std::ceil(markerSize + 2));
        QPixmap stamp(QSize(extent, extent) * dpr);
        stamp.setDevicePixelRatio(dpr);
        stamp.fill(Qt::transparent);
        {
            QPainter p(&stamp);
            p.setRenderHint(QPainter::Antialiasing);
            p.translate(extent / 2.0, extent / 2.0);
            p.setPen(QPen(series->borderColor(), 1));
            p.setBrush(series->color());
            p.drawPath(markerPath(int(series->markerShape()), markerSize));
        }
        const QPointF offset(extent / 2.0, extent / 2.0);
        for (const QPointF &value : m_seriesValues[s]) {
            const QPointF pos = map(value);
            if (pos.x() >= plot.left() - markerSize && pos.x() <= plot.right() + markerSize)
                painter->drawPixmap(pos - offset, stamp);
        }
    }
    painter->setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    painter->setBrush(Qt::NoBrush);
    for (int index : m_selectedPoints) {
        for (qsizetype s = 0; s < m_series.size(); ++s) {
            const qsizetype i = m_seriesPoints[s].indexOf(index);
            if (i >= 0)
                painter->drawEllipse(map(m_seriesValues[s][i]), markerSize, markerSize);
        }
    }
    painter->restore();
}

bool TimelineChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = pointAt(viewport()->mapFromGlobal(help->globalPos()));
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const TimelinePoint &p = m_points[index];
        const QString text = p.toolTip.isEmpty()
            ? p.lane + u'\n' + QLocale().toString(p.time.toLocalTime(), QLocale::ShortFormat)
            : p.toolTip;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QChartView::viewportEvent(event);
}

void TimelineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_lastPos = m_pressPos;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)))
        m_drag = Drag::Pan;
    else if (event->button() == Qt::LeftButton)
        m_drag = Drag::Band;
    else
        m_drag = Drag::None;
    if (m_drag != Drag::None) {
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pan) {
        const qreal delta = valueAtX(m_lastPos.x()) - valueAtX(pos.x());
        const qreal a = qreal(m_timeAxis->min().toMSecsSinceEpoch()) + delta;
        const qreal b = qreal(m_timeAxis->max().toMSecsSinceEpoch()) + delta;
        setVisibleRange(QDateTime::fromMSecsSinceEpoch(qint64(a)), QDateTime::fromMSecsSinceEpoch(qint64(b)));
        m_lastPos = pos;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_drag == Drag::Band && qAbs(pos.x() - m_pressPos.x()) > dragThreshold) {
        const QRectF plot = chart()->plotArea();
        const QPoint top = mapFromScene(chart()->mapToScene(plot.topLeft()));
        const QPoint bottom = mapFromScene(chart()->mapToScene(plot.bottomRight()));
        m_band->setGeometry(QRect(QPoint(qMin(pos.x(), m_pressPos.x()), top.y()),
                                  QPoint(qMax(pos.x(), m_pressPos.x()), bottom.y())));
        m_band->show();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    const QPoint pos = event->position().toPoint();
    unsetCursor();
    if (drag == Drag::Band) {
        m_band->hide();
        if (qAbs(pos.x() - m_pressPos.x()) > dragThreshold) {
            setVisibleRange(QDateTime::fromMSecsSinceEpoch(qint64(valueAtX(qMin(pos.x(), m_pressPos.x())))),
                            QDateTime::fromMSecsSinceEpoch(qint64(valueAtX(qMax(pos.x(), m_pressPos.x())))));
        } else if (const int index = pointAt(pos); index >= 0) {
            Q_EMIT pointActivated(m_points[index].id);
        }
        event->accept();
        return;
    }
    if (drag == Drag::Pan) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && pointAt(event->position().toPoint()) < 0) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TimelineChart::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        event->ignore();
        return;
    }
    const qreal factor = std::pow(0.8, steps / 120.0);
    zoomBy(factor, QDateTime::fromMSecsSinceEpoch(qint64(valueAtX(event->position().x()))));
    event->accept();
}

void TimelineChart::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const qreal a = qreal(m_timeAxis->min().toMSecsSinceEpoch());
        const qreal b = qreal(m_timeAxis->max().toMSecsSinceEpoch());
        const qreal delta = (b - a) * 0.1 * (event->key() == Qt::Key_Left ? -1 : 1);
        setVisibleRange(QDateTime::fromMSecsSinceEpoch(qint64(a + delta)), QDateTime::fromMSecsSinceEpoch(qint64(b + delta)));
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

} // namespace Mailflow::Workbench
