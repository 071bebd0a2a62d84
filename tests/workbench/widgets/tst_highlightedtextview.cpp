// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"
#include "widgets/highlightedtextview.h"
#include "widgets/outcomecolors.h"
#include "widgets/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;

namespace {

QString readData(const QString &name)
{
    QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/workbench/widgets/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The foreground colour the highlighter gave to the character at @p column of @p block.
QColor foregroundAt(const QTextBlock &block, int column)
{
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

QTextBlock blockContaining(QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}


} // namespace

class TestHighlightedTextView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readOnlyByDefaultAndEditableOnRequest()
    {
        HighlightedTextView view;
        QVERIFY(view.isReadOnly());
        view.setReadOnly(false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QTest::keyClicks(&view, u"250 OK"_s);
        QCOMPARE(view.toPlainText(), u"250 OK"_s);
    }

    void definitionByName()
    {
        HighlightedTextView view;
        QVERIFY(view.setDefinitionName(exchangeProtocolLogSyntax()));
        QCOMPARE(view.definitionName(), exchangeProtocolLogSyntax());
        QVERIFY(view.setDefinitionName(smtpDialogueSyntax()));
        QCOMPARE(view.definitionName(), smtpDialogueSyntax());
        QVERIFY(!view.setDefinitionName(u"No Such Syntax"_s));
        QCOMPARE(view.definitionName(), QString());
    }

    void coloursFollowTheSyntax()
    {
        HighlightedTextView view;
        view.setDefinitionName(smtpDialogueSyntax());
        view.setPlainText(readData(u"probe-transcript.txt"_s));
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QTextBlock transient = blockContaining(view.document(), u"S: 421"_s);
        const QTextBlock permanent = blockContaining(view.document(), u"S: 530"_s);
        const QTextBlock success = blockContaining(view.document(), u"S: 220 2.0.0"_s);
        QVERIFY(transient.isValid() && permanent.isValid() && success.isValid());
        const QColor c421 = foregroundAt(transient, int(transient.text().indexOf(u"421"_s)));
        const QColor c530 = foregroundAt(permanent, int(permanent.text().indexOf(u"530"_s)));
        const QColor c220 = foregroundAt(success, int(success.text().indexOf(u"220"_s)));
        // 4xx in the workbench's "deferred" amber, 5xx in the theme's error colour, 2xx green
        QCOMPARE(c421, outcomeColor(Outcome::Deferred, view.palette()));
        QVERIFY(c530.isValid() && c530 != c421);
        QVERIFY(c220.isValid() && c220 != c530 && c220 != c421);
        QVERIFY(c220.green() > c220.red());

        saveWidgetScreenshot(&view, u"highlightedtextview-smtp"_s);
    }

    void exchangeLogScreenshot()
    {
        HighlightedTextView view;
        view.setDefinitionName(exchangeProtocolLogSyntax());
        view.setLineNumbersVisible(true);
        view.setPlainText(readData(u"send-log.txt"_s));
        view.resize(1100, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.lineNumberAreaWidth() > 0);
        const QTextBlock failure = blockContaining(view.document(), u"TLS negotiation failed"_s);
        const QColor failureColor = foregroundAt(failure, int(failure.text().indexOf(u"TLS negotiation"_s)));
        QVERIFY(failureColor.isValid());
        QVERIFY(failureColor.red() > failureColor.green());
        const QImage image = saveWidgetScreenshot(&view, u"highlightedtextview-exchange"_s);
        QVERIFY(!image.isNull());
        view.setLineNumbersVisible(false);
        QCOMPARE(view.lineNumberAreaWidth(), 0);
    }

    void themeFollowsPalette()
    {
        HighlightedTextView view;
        view.setDefinitionName(exchangeProtocolLogSyntax());
        view.setPlainText(readData(u"send-log.txt"_s));
        const QString lightTheme = view.highlighter()->theme().name();
        view.setPalette(darkPalette());
        const QString darkTheme = view.highlighter()->theme().name();
        QVERIFY2(lightTheme != darkTheme, qPrintable(lightTheme + u" / "_s + darkTheme));
        QCOMPARE(darkTheme, syntaxRepository().themeForPalette(darkPalette()).name());
        QVERIFY(QColor::fromRgba(view.highlighter()->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);
        view.resize(1100, 300);
        view.setLineNumbersVisible(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        saveWidgetScreenshot(&view, u"highlightedtextview-dark"_s);
    }

    void findWrapsAndSelects()
    {
        HighlightedTextView view;
        view.setPlainText(readData(u"send-log.txt"_s));
        QVERIFY(view.find(u"SocketError"_s));
        QCOMPARE(view.textCursor().selectedText(), u"SocketError"_s);
        const int first = view.textCursor().position();
        QVERIFY(view.find(u"BDAT"_s));
        QVERIFY(view.find(u"SocketError"_s)); // wraps around to the only match
        QCOMPARE(view.textCursor().position(), first);
        QVERIFY(!view.find(u"no such text"_s));
        QCOMPARE(view.textCursor().position(), first);
    }

    void ctrlFOpensFindBar()
    {
        HighlightedTextView view;
        view.setPlainText(readData(u"send-log.txt"_s));
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QVERIFY(!view.isFindBarVisible());
        QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.isFindBarVisible());
        auto *edit = view.findChild<QLineEdit *>(u"findEdit"_s);
        QVERIFY(edit);
        QVERIFY(!edit->accessibleName().isEmpty());
        QTest::keyClicks(edit, u"Queued mail"_s);
        QCOMPARE(view.textCursor().selectedText(), u"Queued mail"_s);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!view.isFindBarVisible());
    }
};

QTEST_MAIN(TestHighlightedTextView)
#include "tst_highlightedtextview.moc"
