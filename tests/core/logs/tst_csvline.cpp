// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/csvline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("fields"); // joined with '|'

        QTest::newRow("plain") << QByteArray("a,b,c") << 3 << u"a|b|c"_s;
        QTest::newRow("trailing comma") << QByteArray(">,EHLO x,") << 3 << u">|EHLO x|"_s;
        QTest::newRow("empty fields") << QByteArray(",,") << 3 << u"||"_s;
        QTest::newRow("empty line") << QByteArray("") << 1 << QString();
        QTest::newRow("quoted comma") << QByteArray("<,\"220 host ready at Wed, 11 Jan 2023\",")
                                      << 3 << u"<|220 host ready at Wed, 11 Jan 2023|"_s;
        QTest::newRow("doubled quotes") << QByteArray("x,\"say \"\"hi\"\", ok\",y") << 3 << u"x|say \"hi\", ok|y"_s;
        QTest::newRow("only doubled quote") << QByteArray("\"\"\"\"") << 1 << u"\""_s;
        QTest::newRow("quoted last field") << QByteArray("*,,\"TLS a, b\"") << 3 << u"*||TLS a, b"_s;
        QTest::newRow("curly quotes") << QByteArray("<,\xE2\x80\x9D" "220 a, b\xE2\x80\xB3,") << 3 << u"<|220 a, b|"_s;
        QTest::newRow("curly open close") << QByteArray("\xE2\x80\x9C" "a, b\xE2\x80\x9D,c") << 2 << u"a, b|c"_s;
        QTest::newRow("curly apostrophe inside") << QByteArray("*,\xE2\x80\x9D CN=R3, O=Let\xE2\x80\x99s Encrypt\xE2\x80\x9D,Sending")
                                                 << 3 << u"*| CN=R3, O=Let’s Encrypt|Sending"_s;
        QTest::newRow("quote inside unquoted field") << QByteArray("a,b\"c,d") << 3 << u"a|b\"c|d"_s;
        QTest::newRow("stray quote in quoted field") << QByteArray("\"a\"b\",c") << 2 << u"a\"b|c"_s;
        QTest::newRow("unterminated") << QByteArray("a,\"bc,d") << -1 << QString();
        QTest::newRow("unterminated curly") << QByteArray("a,\xE2\x80\x9D" "bc,d") << -1 << QString();
    }

    void split()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, count);
        QFETCH(QString, fields);
        QByteArrayView views[16];
        QByteArray scratch;
        const int n = Mailflow::Internal::splitCsvLine(line, views, 16, scratch);
        QCOMPARE(n, count);
        if (n < 0)
            return;
        QStringList parts;
        for (int i = 0; i < n; ++i)
            parts.append(QString::fromUtf8(views[i]));
        QCOMPARE(parts.join(u'|'), fields);
    }

    void moreFieldsThanRoom()
    {
        QByteArrayView views[2];
        QByteArray scratch;
        QCOMPARE(Mailflow::Internal::splitCsvLine("a,b,c,d", views, 2, scratch), 4);
        QCOMPARE(views[1], QByteArrayView("b"));
    }
};

QTEST_GUILESS_MAIN(TestCsvLine)
#include "tst_csvline.moc"
