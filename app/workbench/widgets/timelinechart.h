// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>
#include <QVariant>

class QAction;
class QCategoryAxis;
class QDateTimeAxis;
class QRubberBand;
class QPainter;
class QScatterSeries;

namespace Mailflow::Workbench {

/// One mark on a TimelineChart: a session or delivery attempt.
struct TimelinePoint
{
    enum Category { TlsByVersion, TlsFailed, PlaintextFallback, Delivered, Deferred, Other };

    QString lane;       ///< remote host, connector, … one horizontal lane per distinct value
    QDateTime time;     ///< where on the x axis; invalid times are skipped
    Category category = Other;
    QString tlsVersion; ///< for TlsByVersion: "TLS 1.2", "TLSv1.2", "SP_PROT_TLS1_2_CLIENT", … (see canonicalTlsVersion())
    QString toolTip;    ///< shown on hover (plain text or rich text)
    QVariant id;        ///< handed back by pointActivated(), e.g. a session's row or key
};

/// A retry timeline (Qt Charts): time on the x axis, one lane per TimelinePoint::lane, one mark
/// per point coloured by category (TLS by version, TLS failed, plaintext fallback, delivered,
/// deferred, other) with one legend entry and one marker shape per category. Hover shows the
/// point's tooltip; a click on a mark emits pointActivated(id). Zoom the time axis with the
/// wheel, a left-drag rubber band or +/-; pan with Shift+drag, middle-drag or Left/Right;
/// Home, double-click or the context menu resets the zoom. A click on a legend entry hides or
/// shows that category.
class TimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    /// Replaces the marks. Lanes appear top to bottom in order of first appearance.
    void setPoints(const QList<TimelinePoint> &points);
    const QList<TimelinePoint> &points() const { return m_points; }
    QStringList lanes() const { return m_lanes; }
    /// The scatter series, in legend order; series(i)->name() is the legend text, color() the
    /// colour of its marks. They hold no points (the chart draws the marks itself, fast enough
    /// for 100 000 sessions): seriesValues() has them.
    QList<QScatterSeries *> seriesList() const { return m_series; }
    /// The (x = ms since the epoch, y = lane position) values of @p series' marks.
    QList<QPointF> seriesValues(const QScatterSeries *series) const;
    /// Indices into points() of the marks of @p series, in the series' point order.
    QList<int> pointsOfSeries(const QScatterSeries *series) const;

    /// Index into points() of the mark nearest to @p viewportPos within the marker radius, or -1.
    int pointAt(const QPoint &viewportPos) const;
    /// Where the mark of points()[index] is drawn, in viewport coordinates.
    QPoint viewportPosition(int index) const;

    QDateTime visibleStart() const;
    QDateTime visibleEnd() const;
    void setVisibleRange(const QDateTime &start, const QDateTime &end);
    /// Narrows (factor < 1) or widens (factor > 1) the visible time span around @p center
    /// (default: the middle of the visible span).
    void zoomBy(qreal factor, const QDateTime &center = QDateTime());
    void resetZoom();
    bool isZoomed() const;

    QAction *resetZoomAction() const { return m_resetZoom; }

    /// Rings the marks whose id equals @p id (e.g. the session selected in a table); an invalid
    /// QVariant clears the ring. Does not emit pointActivated().
    void setSelectedId(const QVariant &id);
    QVariant selectedId() const { return m_selectedId; }
    /// Indices into points() of the ringed marks.
    QList<int> selectedPoints() const { return m_selectedPoints; }

Q_SIGNALS:
    void pointActivated(const QVariant &id);

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class TimelineMarksItem;
    enum class Drag { None, Band, Pan };
    // value (ms since the epoch, lane position) → chart coordinates, for the current axis ranges
    struct Mapping
    {
        qreal x0 = 0, sx = 0, y0 = 0, sy = 0, left = 0, bottom = 0;
        QPointF operator()(const QPointF &v) const { return {left + (v.x() - x0) * sx, bottom - (v.y() - y0) * sy}; }
    };
    Mapping mapping() const;
    QPointF chartPosition(const QPointF &value) const;
    void paintMarks(QPainter *painter) const;
    void rebuild();
    void applyPalette();
    void retranslate();
    void updateTimeFormat();
    void updateSelection();
    qreal valueAtX(qreal viewportX) const;

    QList<TimelinePoint> m_points;
    QStringList m_lanes;
    QList<QScatterSeries *> m_series;
    QList<QList<int>> m_seriesPoints;
    QList<int> m_seriesKeys;
    QList<QList<QPointF>> m_seriesValues;
    class TimelineMarksItem *m_marks = nullptr;
    QVariant m_selectedId;
    QList<int> m_selectedPoints;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_laneAxis;
    QRubberBand *m_band;
    QAction *m_resetZoom;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    qreal m_fullMin = 0;
    qreal m_fullMax = 0;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
};

} // namespace Mailflow::Workbench

Q_DECLARE_METATYPE(Mailflow::Workbench::TimelinePoint)
Q_DECLARE_TYPEINFO(Mailflow::Workbench::TimelinePoint, Q_RELOCATABLE_TYPE);
