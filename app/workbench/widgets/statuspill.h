// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomecolors.h"

#include <QLabel>
#include <QWidget>

namespace Mailflow::Workbench {

/// A short status word in a rounded, coloured pill ("TLS 1.2", "closed", "plaintext"), for
/// verdict lines and matrix cells. Colour from an Outcome, a TLS version or any QColor; the text
/// is black or white, whichever reads better on it. Follows palette changes.
class StatusPill : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPill(QWidget *parent = nullptr);
    StatusPill(const QString &text, Outcome outcome, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setOutcome(Outcome outcome);
    /// Colours the pill like @p version in the charts (tlsVersionColor()).
    void setTlsVersion(const QString &version);
    void setColor(const QColor &color);
    QColor color() const;
    /// Black or white, whichever has more contrast on color().
    QColor textColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Source { Outcome, Version, Color };
    QString m_text;
    Source m_source = Source::Outcome;
    Outcome m_outcome = Outcome::Other;
    QString m_version;
    QColor m_color;
};

/// A one-line label that elides its text (in the middle by default: host names and paths keep
/// both ends) and shows the full text as its tooltip when it is elided.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);
    explicit ElidingLabel(const QString &text, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    void setElideMode(Qt::TextElideMode mode);
    bool isElided() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    QString m_fullText;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
};

} // namespace Mailflow::Workbench
