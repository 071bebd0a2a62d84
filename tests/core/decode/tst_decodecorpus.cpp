// SPDX-License-Identifier: GPL-3.0-or-later
// Golden tests over tests/data/decode: every file in input/ is a case, its expectation is
// expected/<name>.json. Regenerate with tests/data/decode/update-expected.sh and review the diff.
#include "goldenview.h"

#include "decode/decoderesult.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Mailflow;
using namespace Qt::StringLiterals;

class TestDecodeCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QDir inputs(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/decode/input"));
        const QStringList files = inputs.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 40, "the decoder corpus should hold at least 40 samples");
        for (const QString &file : files) {
            const QString base = QFileInfo(file).completeBaseName();
            QTest::newRow(qPrintable(file)) << inputs.filePath(file)
                                            << QStringLiteral(MAILFLOW_TEST_DATA_DIR "/decode/expected/") + base + u".json"_s;
        }
    }

    void corpus()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFile in(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const DecodeResult result = decodeBytes(in.readAll());
        const QJsonObject actual = goldenView(result);
        const QByteArray actualText = QJsonDocument(actual).toJson(QJsonDocument::Indented);

        if (qEnvironmentVariableIsSet("MAILFLOW_UPDATE_EXPECTED")) {
            QFile out(expected);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actualText);
            return;
        }
        QFile want(expected);
        QVERIFY2(want.open(QIODevice::ReadOnly), qPrintable(u"missing expectation "_s + expected + u"; run tests/data/decode/update-expected.sh"_s));
        const QJsonObject wanted = QJsonDocument::fromJson(want.readAll()).object();
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            const QJsonValue got = actual.value(it.key());
            QVERIFY2(got == it.value(),
                     qPrintable(it.key() + u":\n  expected "_s + QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}}).toJson(QJsonDocument::Compact))
                                + u"\n  actual   "_s + QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), got}}).toJson(QJsonDocument::Compact))));
        }
    }
};

QTEST_GUILESS_MAIN(TestDecodeCorpus)
#include "tst_decodecorpus.moc"
