// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QTextDocument>

class QLineEdit;
class QToolButton;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Mailflow::Workbench {

class LineNumberArea;

/// A plain-text view highlighted with a KSyntaxHighlighting definition (ours from
/// resources/syntax/ or any built-in one), in a theme that follows the widget's palette
/// (light or dark, switched when the palette changes). Read-only by default; setReadOnly(false)
/// gives the Decode view's paste area. Optional line numbers; Ctrl+F opens a find bar
/// (F3 / Shift+F3: next / previous, Escape closes it).
class HighlightedTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit HighlightedTextView(QWidget *parent = nullptr);
    ~HighlightedTextView() override;

    /// Highlights with the definition called @p name ("Exchange Protocol Log", "SMTP Dialogue",
    /// or a built-in such as "JSON"); an unknown or empty name shows plain text. Returns whether
    /// the definition exists.
    bool setDefinitionName(const QString &name);
    QString definitionName() const;

    void setLineNumbersVisible(bool visible);
    bool lineNumbersVisible() const;

    /// Finds @p text from the cursor (wrapping around), selects it and returns whether it was found.
    bool find(const QString &text, QTextDocument::FindFlags flags = {});
    /// Shows the find bar and puts the focus in it (Ctrl+F).
    void showFindBar();
    bool isFindBarVisible() const;

    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const;

    /// Width the line-number gutter needs for the current line count (0 when hidden).
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargins();
    void updateTheme();
    void retranslate();
    void layoutFindBar();
    void findNext(bool backward);

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    LineNumberArea *m_lineNumbers;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QToolButton *m_findPrevious;
    QToolButton *m_findNextButton;
    QToolButton *m_findClose;
    QAction *m_findAction;
    bool m_lineNumbersVisible = false;
};

} // namespace Mailflow::Workbench
