// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodehopsview.h"

#include "decodemodels.h"
#include "widgets/outcomecolors.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {
constexpr int margin = 4;
constexpr int arrowWidth = 30;
constexpr int minimumBoxWidth = 130;
constexpr int maximumBoxWidth = 300;
constexpr int padding = 6;

// Draws @p text word-wrapped into @p rect, at most as many lines as fit, the last one elided.
void drawWrapped(QPainter *painter, const QRect &rect, const QString &text)
{
    const QFontMetrics fm = painter->fontMetrics();
    const int maxLines = qMax(1, rect.height() / fm.lineSpacing());
    QTextLayout layout(text, painter->font());
    layout.beginLayout();
    int y = rect.top();
    for (int line = 0; line < maxLines; ++line) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(rect.width());
        const int start = textLine.textStart();
        QString part = text.mid(start, textLine.textLength());
        if (line == maxLines - 1 && start + textLine.textLength() < text.size())
            part = fm.elidedText(text.mid(start), Qt::ElideRight, rect.width());
        painter->drawText(QRect(rect.left(), y, rect.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, part.trimmed());
        y += fm.lineSpacing();
    }
    layout.endLayout();
}
} // namespace

DecodeHopsView::DecodeHopsView(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_Hover);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Reply chain"));
}

void DecodeHopsView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &DecodeHopsView::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &DecodeHopsView::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DecodeHopsView::modelChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DecodeHopsView::modelChanged);
    }
    modelChanged();
}

void DecodeHopsView::modelChanged()
{
    QStringList description;
    if (m_model) {
        int chain = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, DecodeHopModel::TextColumn);
            const int c = index.data(DecodeHopModel::ChainRole).toInt();
            const QString code = index.data(DecodeHopModel::CodePairRole).toString();
            const QString text = (code.isEmpty() ? QString() : code + u' ') + index.data().toString();
            if (c != chain) {
                chain = c;
                const QString server = index.data(DecodeHopModel::ServerRole).toString();
                description << (server.isEmpty() ? text : tr("%1 returned %2").arg(server, text));
            } else {
                description.last() += u" → "_s + text;
            }
        }
    }
    setAccessibleDescription(description.join(u"; "_s));
    updateGeometry();
    update();
}

DecodeHopsView::Layout DecodeHopsView::computeLayout(int width) const
{
    Layout layout;
    if (!m_model)
        return layout;
    const QFontMetrics fm = fontMetrics();
    const int headerHeight = fm.lineSpacing() + 4;
    const int boxHeight = padding * 2 + fm.lineSpacing() * 3;
    const int available = qMax(minimumBoxWidth, width - 2 * margin);
    int y = margin;
    int chain = -1;
    int chainsShown = 0;
    int x = margin;
    int boxWidth = minimumBoxWidth;
    int perLine = 1;
    int inLine = 0;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int c = index.data(DecodeHopModel::ChainRole).toInt();
        if (c != chain) {
            if (chainsShown == maximumChains()) {
                int more = 0;
                for (int r = row, last = -1; r < rows; ++r) {
                    const int cc = m_model->index(r, 0).data(DecodeHopModel::ChainRole).toInt();
                    if (cc != last) {
                        ++more;
                        last = cc;
                    }
                }
                layout.moreCount = more;
                layout.more = QRect(margin, y, available, fm.lineSpacing());
                y += fm.lineSpacing() + margin;
                break;
            }
            if (chain >= 0)
                y += boxHeight + margin * 2;
            chain = c;
            ++chainsShown;
            int count = 0;
            while (row + count < rows && m_model->index(row + count, 0).data(DecodeHopModel::ChainRole).toInt() == c)
                ++count;
            perLine = qMax(1, (available + arrowWidth) / (minimumBoxWidth + arrowWidth));
            const int n = qMin(count, perLine);
            boxWidth = qMin(maximumBoxWidth, (available - (n - 1) * arrowWidth) / n);
            layout.headers.append({row, QRect(margin, y, available, headerHeight)});
            y += headerHeight;
            x = margin;
            inLine = 0;
        } else if (inLine == perLine) {
            y += boxHeight + margin;
            x = margin;
            inLine = 0;
        }
        const QRect box(x, y, boxWidth, boxHeight);
        if (inLine > 0)
            layout.arrows.append({QPoint(x - arrowWidth + 4, y + boxHeight / 2), QPoint(x - 4, y + boxHeight / 2)});
        layout.boxes.append({row, box});
        x += boxWidth + arrowWidth;
        ++inLine;
    }
    if (chain >= 0 && layout.moreCount == 0)
        y += boxHeight + margin;
    layout.height = y;
    return layout;
}

QList<QPair<int, QRect>> DecodeHopsView::boxes() const
{
    return computeLayout(width()).boxes;
}

int DecodeHopsView::rowAt(const QPoint &pos) const
{
    for (const auto &[row, rect] : computeLayout(width()).boxes) {
        if (rect.contains(pos))
            return row;
    }
    return -1;
}

QSize DecodeHopsView::sizeHint() const
{
    const int w = qMax(width(), 3 * minimumBoxWidth + 2 * arrowWidth + 2 * margin);
    return {3 * minimumBoxWidth + 2 * arrowWidth + 2 * margin, computeLayout(w).height};
}

int DecodeHopsView::heightForWidth(int width) const
{
    return computeLayout(width).height;
}

QSize DecodeHopsView::minimumSizeHint() const
{
    return {minimumBoxWidth + 2 * margin, computeLayout(qMax(width(), minimumBoxWidth + 2 * margin)).height};
}

bool DecodeHopsView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QModelIndex index = m_model->index(row, DecodeHopModel::TextColumn);
        const QString server = index.data(DecodeHopModel::ServerRole).toString();
        QString tip = index.data(DecodeHopModel::CodePairRole).toString();
        tip += (tip.isEmpty() ? QString() : u" "_s) + index.data().toString();
        if (index.data(DecodeHopModel::DepthRole).toInt() == 0 && !server.isEmpty())
            tip = tr("%1 returned:\n%2").arg(server, tip);
        else if (index.data(DecodeHopModel::DepthRole).toInt() > 0)
            tip = tr("The hop behind it said:\n%1").arg(tip);
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    return QWidget::event(event);
}

void DecodeHopsView::paintEvent(QPaintEvent *)
{
    if (!m_model)
        return;
    const Layout layout = computeLayout(width());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (const auto &[row, rect] : layout.headers) {
        const QModelIndex index = m_model->index(row, 0);
        const QString server = index.data(DecodeHopModel::ServerRole).toString();
        const QString time = index.data(DecodeHopModel::AttemptTimeRole).toString();
        QString text = server.isEmpty() ? tr("Reply chain") : tr("%1 returned").arg(server);
        if (!time.isEmpty())
            text = tr("%1 · %2").arg(time, text);
        painter.setFont(small);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, painter.fontMetrics().elidedText(text, Qt::ElideMiddle, rect.width()));
    }
    painter.setFont(font());

    for (const auto &[row, rect] : layout.boxes) {
        const QModelIndex index = m_model->index(row, DecodeHopModel::TextColumn);
        const bool detail = index.data(DecodeHopModel::IsDetailRole).toBool();
        const QColor accent = outcomeColor(replyOutcome(index.data(DecodeHopModel::ReplyClassRole).toInt()), pal);
        QColor fill = pal.color(QPalette::Base);
        QColor tint = accent;
        tint.setAlphaF(isDarkPalette(pal) ? 0.22 : 0.12);
        QPainterPath path;
        path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter.fillPath(path, fill);
        painter.fillPath(path, tint);
        QPen pen(accent, detail ? 1.0 : 1.6);
        if (detail)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawPath(path);

        const QRect inner = rect.adjusted(padding + 2, padding, -padding, -padding);
        QString code = index.data(DecodeHopModel::CodePairRole).toString();
        if (detail)
            code = tr("detail");
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(detail ? pal.color(QPalette::PlaceholderText) : accent);
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(code, Qt::ElideRight, inner.width()));
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::Text));
        drawWrapped(&painter, QRect(inner.left(), inner.top() + fm.lineSpacing(), inner.width(), fm.lineSpacing() * 2),
                    index.data().toString());
    }

    painter.setPen(QPen(pal.color(QPalette::WindowText), 1.4));
    painter.setBrush(pal.color(QPalette::WindowText));
    for (const auto &[from, to] : layout.arrows) {
        painter.drawLine(from, to - QPoint(5, 0));
        const QPointF head[3] = {QPointF(to), QPointF(to.x() - 7, to.y() - 4), QPointF(to.x() - 7, to.y() + 4)};
        painter.drawPolygon(head, 3);
    }
    if (layout.moreCount > 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(layout.more, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("… and %n more chain(s): see the Attempts tab", nullptr, layout.moreCount));
    }
}

} // namespace Mailflow::Workbench
