// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QRect>
#include <QWidget>

class QAbstractItemModel;

namespace Mailflow::Workbench {

/// Draws the reply chains of a DecodeHopModel as hops: one row per chain, headed by the server
/// that returned it and the attempt's time, each reply a box (code pair on top, text below)
/// framed in its reply class's colour (2xx delivered, 4xx deferred, 5xx failed), arrows pointing
/// from the outer reply to the one the hop behind it gave. Hover shows a box's full reply.
/// At most maximumChains() rows are drawn; a last line says how many more there are.
class DecodeHopsView : public QWidget
{
    Q_OBJECT
public:
    explicit DecodeHopsView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }

    static constexpr int maximumChains() { return 4; }
    /// Rectangles of the drawn boxes, for tests: (model row, rect in widget coordinates).
    QList<QPair<int, QRect>> boxes() const;
    /// Model row of the box at @p pos, or -1.
    int rowAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QList<QPair<int, QRect>> boxes;
        QList<QPair<int, QRect>> headers; ///< (first row of the chain, rect)
        QList<QPair<QPoint, QPoint>> arrows;
        QRect more;
        int moreCount = 0;
        int height = 0;
    };
    Layout computeLayout(int width) const;
    void modelChanged();

    QPointer<QAbstractItemModel> m_model;
};

} // namespace Mailflow::Workbench
