// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightedtextview.h"

#include "outcomecolors.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QContextMenuEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {

/// Uses the theme's colours except for the Warning style, which Breeze paints in the same red
/// as errors: warnings (4xx replies, TLS 1.0/1.1) get the workbench's "deferred" amber instead,
/// so that transient and permanent failures look different.
class Highlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    using SyntaxHighlighter::SyntaxHighlighter;
    QPalette palette;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (format.textStyle() != KSyntaxHighlighting::Theme::Warning || length == 0) {
            SyntaxHighlighter::applyFormat(offset, length, format);
            return;
        }
        QTextCharFormat f;
        f.setForeground(outcomeColor(Outcome::Deferred, palette));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        setFormat(offset, length, f);
    }
};

} // namespace

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(HighlightedTextView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    HighlightedTextView *m_view;
};

HighlightedTextView::HighlightedTextView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new Highlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findPrevious(new QToolButton(m_findBar))
    , m_findNextButton(new QToolButton(m_findBar))
    , m_findClose(new QToolButton(m_findBar))
    , m_findAction(new QAction(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lineNumbers->hide();

    m_findBar->setObjectName(u"findBar"_s);
    m_findBar->setAutoFillBackground(true);
    m_findBar->setBackgroundRole(QPalette::Window);
    m_findEdit->setObjectName(u"findEdit"_s);
    m_findEdit->setClearButtonEnabled(true);
    m_findPrevious->setArrowType(Qt::UpArrow);
    m_findNextButton->setArrowType(Qt::DownArrow);
    m_findClose->setText(u"×"_s);
    m_findClose->setAutoRaise(true);
    auto *barLayout = new QHBoxLayout(m_findBar);
    barLayout->setContentsMargins(4, 2, 4, 2);
    barLayout->addWidget(m_findEdit, 1);
    barLayout->addWidget(m_findPrevious);
    barLayout->addWidget(m_findNextButton);
    barLayout->addWidget(m_findClose);
    m_findBar->hide();

    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &HighlightedTextView::showFindBar);
    auto *next = new QAction(this);
    next->setShortcuts(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(next);
    connect(next, &QAction::triggered, this, [this] { findNext(false); });
    auto *previous = new QAction(this);
    previous->setShortcuts(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(previous);
    connect(previous, &QAction::triggered, this, [this] { findNext(true); });
    auto *close = new QAction(m_findBar);
    close->setShortcut(Qt::Key_Escape);
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findBar->addAction(close);
    connect(close, &QAction::triggered, m_findClose, &QToolButton::click);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_findEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QTextCursor cursor = textCursor();
        cursor.setPosition(cursor.selectionStart());
        setTextCursor(cursor);
        find(text);
    });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_findNextButton, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_findClose, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        updateMargins();
        setFocus();
    });

    connect(this, &QPlainTextEdit::blockCountChanged, this, &HighlightedTextView::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (!m_lineNumbersVisible)
            return;
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });

    updateTheme();
    retranslate();
    updateMargins();
}

HighlightedTextView::~HighlightedTextView() = default;

bool HighlightedTextView::setDefinitionName(const QString &name)
{
    const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForName(name);
    m_highlighter->setDefinition(definition); // rehighlights when the definition changes
    return definition.isValid();
}

QString HighlightedTextView::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void HighlightedTextView::setLineNumbersVisible(bool visible)
{
    m_lineNumbersVisible = visible;
    m_lineNumbers->setVisible(visible);
    updateMargins();
}

bool HighlightedTextView::lineNumbersVisible() const
{
    return m_lineNumbersVisible;
}

KSyntaxHighlighting::SyntaxHighlighter *HighlightedTextView::highlighter() const
{
    return m_highlighter;
}

bool HighlightedTextView::find(const QString &text, QTextDocument::FindFlags flags)
{
    if (text.isEmpty())
        return false;
    if (QPlainTextEdit::find(text, flags))
        return true;
    const QTextCursor before = textCursor();
    QTextCursor wrapped(document());
    if (flags & QTextDocument::FindBackward)
        wrapped.movePosition(QTextCursor::End);
    setTextCursor(wrapped);
    if (QPlainTextEdit::find(text, flags))
        return true;
    setTextCursor(before);
    return false;
}

void HighlightedTextView::showFindBar()
{
    m_findBar->show();
    layoutFindBar();
    updateMargins();
    if (textCursor().hasSelection() && !textCursor().selectedText().contains(QChar::ParagraphSeparator))
        m_findEdit->setText(textCursor().selectedText());
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

bool HighlightedTextView::isFindBarVisible() const
{
    return m_findBar->isVisible();
}

void HighlightedTextView::findNext(bool backward)
{
    if (m_findEdit->text().isEmpty()) {
        showFindBar();
        return;
    }
    const bool found = find(m_findEdit->text(), backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    QPalette p = m_findEdit->palette();
    p.setColor(QPalette::Base, found ? palette().color(QPalette::Base)
                                     : outcomeColor(Outcome::TlsFailed, palette()).lighter(isDarkPalette(palette()) ? 50 : 190));
    m_findEdit->setPalette(p);
}

int HighlightedTextView::lineNumberAreaWidth() const
{
    if (!m_lineNumbersVisible)
        return 0;
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
}

void HighlightedTextView::updateMargins()
{
    const int bottom = m_findBar->isVisible() ? m_findBar->sizeHint().height() : 0;
    setViewportMargins(lineNumberAreaWidth(), 0, 0, bottom);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height() - bottom));
    layoutFindBar();
}

void HighlightedTextView::layoutFindBar()
{
    const QRect cr = contentsRect();
    const int h = m_findBar->sizeHint().height();
    m_findBar->setGeometry(cr.left(), cr.bottom() - h + 1, cr.width(), h);
}

void HighlightedTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void HighlightedTextView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumbers->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top())
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight, QString::number(block.blockNumber() + 1));
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void HighlightedTextView::updateTheme()
{
    auto *h = static_cast<Highlighter *>(m_highlighter);
    h->palette = palette();
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(palette());
    if (h->theme().name() != theme.name() || !h->theme().isValid())
        h->setTheme(theme);
    h->rehighlight();
}

void HighlightedTextView::retranslate()
{
    m_findAction->setText(tr("&Find…"));
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setAccessibleName(tr("Find text"));
    m_findEdit->setToolTip(tr("Text to find (Enter or F3: next, Shift+F3: previous, Escape: close)"));
    m_findPrevious->setToolTip(tr("Find previous (Shift+F3)"));
    m_findPrevious->setAccessibleName(tr("Find previous"));
    m_findNextButton->setToolTip(tr("Find next (F3)"));
    m_findNextButton->setAccessibleName(tr("Find next"));
    m_findClose->setToolTip(tr("Close the find bar (Escape)"));
    m_findClose->setAccessibleName(tr("Close find bar"));
    m_lineNumbers->setAccessibleName(tr("Line numbers"));
}

void HighlightedTextView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    menu->addSeparator();
    menu->addAction(m_findAction);
    QAction *numbers = menu->addAction(tr("Show &Line Numbers"), this, &HighlightedTextView::setLineNumbersVisible);
    numbers->setCheckable(true);
    numbers->setChecked(m_lineNumbersVisible);
    menu->exec(event->globalPos());
}

void HighlightedTextView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTheme();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateMargins();
}

} // namespace Mailflow::Workbench
