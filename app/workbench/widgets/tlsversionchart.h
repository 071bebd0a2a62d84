// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QChartView>
#include <QPointer>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QVBarModelMapper;
class QValueAxis;

namespace Mailflow::Workbench {

/// Stacked bars of session counts per bucket (day, remote host, …) split by TLS version,
/// read through a QVBarModelMapper from the same model a table shows (one source of truth):
/// rows are buckets, a label column names them, and each count column becomes one stacked
/// bar set named by its horizontal header ("TLS 1.0", "TLS1.2", "none", …) and coloured with
/// tlsVersionColor(). Follows the model: inserted or removed rows, resets and changed counts
/// show at once. Which bucket the rows are is the model's business.
class TlsVersionChart : public QChartView
{
    Q_OBJECT
public:
    explicit TlsVersionChart(QWidget *parent = nullptr);
    ~TlsVersionChart() override;

    /// Shows @p model (not owned): bucket labels from @p labelColumn (display role), counts from
    /// columns @p firstCountColumn … @p lastCountColumn (-1: up to the last column).
    /// A null model clears the chart.
    void setModel(QAbstractItemModel *model, int labelColumn = 0, int firstCountColumn = 1, int lastCountColumn = -1);
    QAbstractItemModel *model() const { return m_model; }

    /// Vertical bars (buckets along the x axis, the default: good for days) or horizontal
    /// bars (buckets up the y axis, first row at the bottom: good for many long host names).
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const { return m_orientation; }

    QAbstractBarSeries *series() const { return m_series; }
    QStringList categories() const;

Q_SIGNALS:
    /// A bar was clicked: @p row is the model row of its bucket (e.g. to filter a table by it).
    void bucketActivated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildSeries();
    void updateCategories();
    void updateValueRange();
    void applyPalette();

    QPointer<QAbstractItemModel> m_model;
    int m_labelColumn = 0;
    int m_firstCountColumn = 1;
    int m_lastCountColumn = -1;
    Qt::Orientation m_orientation = Qt::Vertical;
    QAbstractBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace Mailflow::Workbench
