// SPDX-License-Identifier: GPL-3.0-or-later
// The phrase bank: how servers, MTAs and clients word each reason, one pasted text a row
// (tests/data/decode/phrases/*.tsv, see README.md there). Every row is decoded on its own and
// must give exactly the listed findings and, unless the column says '*', exactly the listed replies.
#include "decode/decoderesult.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Mailflow;
using namespace Qt::StringLiterals;

namespace {

QStringList sortedSet(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    return list;
}

QStringList splitColumn(const QString &column)
{
    if (column == u"-")
        return {};
    QStringList out;
    for (const QString &item : column.split(u',', Qt::SkipEmptyParts))
        out.append(item.trimmed());
    return sortedSet(out);
}

QString unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == u'n' || next == u't' || next == u'\\') {
                out.append(next == u'n' ? u'\n' : next == u't' ? u'\t' : u'\\');
                ++i;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

} // namespace

class TestDecodePhrases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<bool>("checkReplies");
        QTest::addColumn<QStringList>("replies");
        const QDir dir(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/decode/phrases"));
        const QStringList files = dir.entryList({u"*.tsv"_s}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "tests/data/decode/phrases holds no *.tsv file");
        const QStringList known = findingNames();
        int rows = 0;
        for (const QString &file : files) {
            QFile in(dir.filePath(file));
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.errorString()));
            int lineNumber = 0;
            const QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n');
            for (const QString &line : lines) {
                ++lineNumber;
                if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                    continue;
                const QString where = file + u':' + QString::number(lineNumber);
                const QStringList columns = line.split(u'\t');
                QVERIFY2(columns.size() == 3, qPrintable(where + u": want 'findings<TAB>replies<TAB>text'"_s));
                const QStringList findings = splitColumn(columns.at(0));
                for (const QString &finding : findings)
                    QVERIFY2(known.contains(finding), qPrintable(where + u": unknown finding "_s + finding));
                const bool checkReplies = columns.at(1) != u"*";
                QTest::newRow(qPrintable(where)) << unescape(columns.at(2)) << findings << checkReplies
                                                 << (checkReplies ? splitColumn(columns.at(1)) : QStringList());
                ++rows;
            }
        }
        QVERIFY2(rows > 0, "the phrase bank holds no rows");
    }

    void phrases()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, findings);
        QFETCH(bool, checkReplies);
        QFETCH(QStringList, replies);
        const DecodeResult result = decodeText(text);
        QCOMPARE(sortedSet(result.findings), findings);
        if (checkReplies) {
            QStringList got;
            for (const DecodedReply &reply : result.replies)
                got.append(reply.reply.codePair());
            QCOMPARE(sortedSet(got), replies);
        }
    }
};

QTEST_GUILESS_MAIN(TestDecodePhrases)
#include "tst_decodephrases.moc"
