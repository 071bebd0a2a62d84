// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsversionchart.h"

#include "chartstyle.h"
#include "outcomecolors.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

TlsVersionChart::TlsVersionChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    setAccessibleName(tr("TLS versions chart"));
    rebuildSeries();
}

TlsVersionChart::~TlsVersionChart()
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
}

void TlsVersionChart::setModel(QAbstractItemModel *model, int labelColumn, int firstCountColumn, int lastCountColumn)
{
    for (const auto &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_labelColumn = labelColumn;
    m_firstCountColumn = firstCountColumn;
    m_lastCountColumn = lastCountColumn;
    if (model) {
        // The mapper follows the counts; the bucket labels and the set names are ours to follow.
        const auto categories = [this] { updateCategories(); };
        const auto sets = [this] { rebuildSeries(); };
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, sets)
                           << connect(model, &QAbstractItemModel::rowsInserted, this, categories)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, categories)
                           << connect(model, &QAbstractItemModel::rowsMoved, this, categories)
                           << connect(model, &QAbstractItemModel::layoutChanged, this, categories)
                           << connect(model, &QAbstractItemModel::columnsInserted, this, sets)
                           << connect(model, &QAbstractItemModel::columnsRemoved, this, sets)
                           << connect(model, &QAbstractItemModel::headerDataChanged, this, sets)
                           << connect(model, &QAbstractItemModel::dataChanged, this,
                                      [this](const QModelIndex &from, const QModelIndex &to) {
                                          if (from.column() <= m_labelColumn && m_labelColumn <= to.column())
                                              updateCategories();
                                          updateValueRange();
                                      });
    }
    rebuildSeries();
}

void TlsVersionChart::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    m_orientation = orientation;
    rebuildSeries();
}

QStringList TlsVersionChart::categories() const
{
    return m_categoryAxis ? m_categoryAxis->categories() : QStringList();
}

void TlsVersionChart::rebuildSeries()
{
    // A fresh series and mapper each time: the mapper cannot change a series' orientation,
    // and recreating is cheap next to a model reset.
    delete m_mapper;
    m_mapper = nullptr;
    chart()->removeAllSeries();
    m_series = nullptr;
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    if (m_orientation == Qt::Vertical)
        m_series = new QStackedBarSeries;
    else
        m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.75);
    chart()->addSeries(m_series);

    m_categoryAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(u"%d"_s);
    m_valueAxis->setTitleText(tr("Sessions"));
    chart()->addAxis(m_categoryAxis, m_orientation == Qt::Vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart()->addAxis(m_valueAxis, m_orientation == Qt::Vertical ? Qt::AlignLeft : Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);

    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this] { applyPalette(); });
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index) { Q_EMIT bucketActivated(index); });
    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const QStringList cats = categories();
        QToolTip::showText(QCursor::pos(),
                           tr("%1 — %2: %n session(s)", nullptr, int(set->at(index)))
                               .arg(index < cats.size() ? cats[index] : QString(), set->label()),
                           this);
    });

    if (m_model && m_model->columnCount() > m_firstCountColumn) {
        m_mapper = new QVBarModelMapper(this);
        m_mapper->setFirstBarSetColumn(m_firstCountColumn);
        m_mapper->setLastBarSetColumn(m_lastCountColumn < 0 ? m_model->columnCount() - 1 : m_lastCountColumn);
        m_mapper->setFirstRow(0);
        m_mapper->setRowCount(-1);
        m_mapper->setSeries(m_series);
        m_mapper->setModel(m_model);
    }
    updateCategories();
    applyPalette();
}

void TlsVersionChart::updateCategories()
{
    if (!m_categoryAxis)
        return;
    QStringList labels;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QString label = m_labelColumn >= 0 ? m_model->index(row, m_labelColumn).data().toString()
                                               : m_model->headerData(row, Qt::Vertical).toString();
            // QBarCategoryAxis drops duplicate and empty categories, which would shift the bars
            if (label.isEmpty())
                label = tr("(no name)");
            while (labels.contains(label))
                label += u' ';
            labels << label;
        }
    }
    m_categoryAxis->clear();
    m_categoryAxis->append(labels);
    updateValueRange();
    setAccessibleDescription(tr("%n bucket(s)", nullptr, int(labels.size())));
}

void TlsVersionChart::updateValueRange()
{
    // Computed from the model rather than left to Qt Charts, whose bar domain does not follow
    // bar sets that a mapper adds after the axes are attached.
    if (!m_valueAxis)
        return;
    qreal highest = 0;
    if (m_model && m_mapper) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            qreal sum = 0;
            for (int column = m_mapper->firstBarSetColumn(); column <= m_mapper->lastBarSetColumn(); ++column)
                sum += qMax<qreal>(0, m_model->index(row, column).data().toReal());
            highest = qMax(highest, sum);
        }
    }
    m_valueAxis->setRange(0, qMax<qreal>(highest, 1));
    m_valueAxis->applyNiceNumbers();
}

void TlsVersionChart::applyPalette()
{
    applyPaletteToChart(chart(), palette());
    if (!m_series)
        return;
    const auto sets = m_series->barSets();
    for (QBarSet *set : sets) {
        set->setColor(tlsVersionColor(set->label(), palette()));
        set->setBorderColor(palette().color(QPalette::Base));
        set->setLabelColor(palette().color(QPalette::Text));
    }
}

void TlsVersionChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("TLS versions chart"));
        if (m_valueAxis)
            m_valueAxis->setTitleText(tr("Sessions"));
        updateCategories();
    }
}

} // namespace Mailflow::Workbench
