// SPDX-License-Identifier: GPL-3.0-or-later
// mailflow decode as a user runs it: files and standard input, text and JSON, exit codes.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QString sample(const char *name)
{
    return QStringLiteral(MAILFLOW_TEST_DATA_DIR "/decode/input/") + QLatin1StringView(name);
}
} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheDocumentedKeys()
    {
        const CliResult result = runCli({u"decode"_s, u"--json"_s, sample("ndr-en-scenario3-expired-curly.txt")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(result.out.toUtf8()).object();
        for (const char *key : {"kind", "recipients", "generatingServer", "replies", "chains", "attempts", "findings",
                                "rootCause", "explanations", "predictions", "sender", "remoteServers", "remoteIps", "queue", "dsn"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QCOMPARE(o.value("kind"_L1).toString(), u"exchange-ndr"_s);
        const QJsonObject first = o.value("replies"_L1).toArray().first().toObject();
        QCOMPARE(first.value("code"_L1).toInt(), 550);
        QCOMPARE(first.value("enhanced"_L1).toString(), u"5.4.300"_s);
        QVERIFY(first.contains("text"_L1) && first.contains("server"_L1));
        QCOMPARE(o.value("rootCause"_L1).toObject().value("codePair"_L1).toString(), u"421 4.4.2"_s);
        const QJsonObject attempt = o.value("attempts"_L1).toArray().first().toObject();
        QCOMPARE(attempt.value("time"_L1).toString(), u"2021-01-07T19:24:14"_s);
        QVERIFY(attempt.value("dayMonthAmbiguous"_L1).toBool());
        QCOMPARE(o.value("chains"_L1).toArray().first().toObject().value("replies"_L1).toArray().size(), 3);
    }

    void summaryReadsLikeAnAnswer()
    {
        const CliResult result = runCli({u"decode"_s, sample("getqueue-fl-hybrid-socketerror.txt")});
        QCOMPARE(result.exitCode, 0);
        for (const char *text : {"Get-Queue output", "451 4.4.397 Error communicating with target host.", "-> 421 4.4.2",
                                 "connection-dropped", "Root cause:  421 4.4.2", "What the codes mean:", "Delay notice", "NDR (gives up)",
                                 "48 h after FirstRetryTime"})
            QVERIFY2(result.out.contains(QLatin1StringView(text)), qPrintable(QLatin1StringView(text) + u"\n"_s + result.out));
    }

    void standardInput()
    {
        const QByteArray text = "[{LED=451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to SocketError};"
                                "{MSG=};{FQDN=mail.contoso.com};{IP=192.0.2.10};{LRT=1/11/2021 6:02:39 PM}]";
        for (const QStringList &args : {QStringList{u"decode"_s, u"--json"_s}, QStringList{u"decode"_s, u"--json"_s, u"-"_s}}) {
            const CliResult result = runCli(args, text);
            QCOMPARE(result.exitCode, 0);
            const QJsonObject o = QJsonDocument::fromJson(result.out.toUtf8()).object();
            QCOMPARE(o.value("kind"_L1).toString(), u"last-error"_s);
            QCOMPARE(o.value("remoteIps"_L1).toArray().first().toString(), u"192.0.2.10"_s);
        }
    }

    void germanExplanations()
    {
        const CliResult result = runCli({u"decode"_s, u"--language"_s, u"de"_s, sample("lasterror-led-issue-example.txt")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Verbindung abgebrochen"_s), qPrintable(result.out));
    }

    void nothingRecognisedExitsOneAndSaysWhatItFound()
    {
        const CliResult result = runCli({u"decode"_s, sample("unknown-ordinary-email.txt")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"recognised no"_s) && result.err.contains(u"e-mail address"_s), qPrintable(result.err));

        const CliResult empty = runCli({u"decode"_s}, QByteArray());
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(u"empty"_s), qPrintable(empty.err));
    }

    void binaryInputExitsOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"blob.bin"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray blob(4096, '\0');
        for (int i = 0; i < blob.size(); ++i)
            blob[i] = char(i * 7 % 256);
        file.write(blob);
        file.close();
        const CliResult result = runCli({u"decode"_s, u"--json"_s, path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"binary data"_s), qPrintable(result.err));
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value("kind"_L1).toString(), u"unknown"_s);
    }

    void usageAndIoErrorsExitTwo()
    {
        const CliResult missing = runCli({u"decode"_s, u"/nonexistent/ndr.txt"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"/nonexistent/ndr.txt"_s), qPrintable(missing.err));
        const CliResult twoFiles = runCli({u"decode"_s, u"a"_s, u"b"_s});
        QCOMPARE(twoFiles.exitCode, 2);
        const CliResult badOption = runCli({u"decode"_s, u"--frobnicate"_s});
        QCOMPARE(badOption.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_clidecode.moc"
