// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspill.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace Mailflow::Workbench {

namespace {

qreal relativeLuminance(const QColor &c)
{
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

StatusPill::StatusPill(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

StatusPill::StatusPill(const QString &text, Outcome outcome, QWidget *parent)
    : StatusPill(parent)
{
    setText(text);
    setOutcome(outcome);
}

void StatusPill::setText(const QString &text)
{
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

void StatusPill::setOutcome(Outcome outcome)
{
    m_source = Source::Outcome;
    m_outcome = outcome;
    update();
}

void StatusPill::setTlsVersion(const QString &version)
{
    m_source = Source::Version;
    m_version = version;
    update();
}

void StatusPill::setColor(const QColor &color)
{
    m_source = Source::Color;
    m_color = color;
    update();
}

QColor StatusPill::color() const
{
    switch (m_source) {
    case Source::Outcome:
        return outcomeColor(m_outcome, palette());
    case Source::Version:
        return tlsVersionColor(m_version, palette());
    case Source::Color:
        break;
    }
    return m_color;
}

QColor StatusPill::textColor() const
{
    const qreal l = relativeLuminance(color());
    // contrast against black (l + 0.05) / 0.05 versus against white 1.05 / (l + 0.05)
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

QSize StatusPill::sizeHint() const
{
    const QFontMetrics fm(font());
    const int h = fm.height() + 4;
    return {fm.horizontalAdvance(m_text) + h, h};
}

void StatusPill::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color());
    painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    painter.setPen(textColor());
    painter.drawText(rect(), Qt::AlignCenter, m_text);
}

void StatusPill::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

ElidingLabel::ElidingLabel(const QString &text, QWidget *parent)
    : ElidingLabel(parent)
{
    setFullText(text);
}

void ElidingLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setAccessibleName(text);
    updateText();
    updateGeometry();
}

void ElidingLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    updateText();
}

bool ElidingLabel::isElided() const
{
    return text() != m_fullText;
}

QSize ElidingLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QStringLiteral("…")) * 3, QLabel::minimumSizeHint().height()};
}

QSize ElidingLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_fullText) + 2 * margin() + 4, QLabel::sizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateText();
}

void ElidingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateText();
}

void ElidingLabel::updateText()
{
    const int width = contentsRect().width() - 2 * margin();
    const QString shown = fontMetrics().elidedText(m_fullText, m_mode, qMax(0, width));
    QLabel::setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace Mailflow::Workbench
