// SPDX-License-Identifier: GPL-3.0-or-later
// `mailflow logs` end to end: golden JSON for every sample in tests/data/logs/input
// (MAILFLOW_UPDATE_GOLDEN=1 rewrites tests/data/logs/expected/*.json for review), the text views,
// standard input and usage errors.
#include "../clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(MAILFLOW_TEST_DATA_DIR) + u"/logs"_s;
}

QJsonObject runJson(const QStringList &arguments, const QByteArray &input = {}, int *exitCode = nullptr)
{
    const CliResult result = runCli(arguments, input);
    if (exitCode)
        *exitCode = result.exitCode;
    // paths differ between checkouts: make them relative to the data folder
    QString text = result.out;
    text.replace(dataDir() + u'/', QString());
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestCliLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("input");
        const QStringList entries = QDir(dataDir() + u"/input"_s).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!entries.isEmpty());
        for (const QString &entry : entries)
            QTest::newRow(qPrintable(entry)) << entry;
    }

    void golden()
    {
        QFETCH(QString, input);
        int exitCode = -1;
        const QJsonObject actual = runJson({u"logs"_s, u"--json"_s, dataDir() + u"/input/"_s + input}, {}, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(actual.contains(u"sessions"_s));
        const QString expectedPath = dataDir() + u"/expected/"_s + QFileInfo(input).completeBaseName() + u".json"_s;
        const QByteArray actualBytes = QJsonDocument(actual).toJson(QJsonDocument::Indented);
        if (qEnvironmentVariableIsSet("MAILFLOW_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actualBytes);
            QSKIP("golden file rewritten");
        }
        QFile file(expectedPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(expectedPath + u" is missing; run with MAILFLOW_UPDATE_GOLDEN=1"_s));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        for (const QString &key : expected.keys())
            QVERIFY2(actual.value(key) == expected.value(key), qPrintable(u"key '"_s + key + u"' differs from "_s + expectedPath));
        QCOMPARE(actual.keys(), expected.keys());
    }

    void jsonHasTheFieldsTheIssueNames()
    {
        const QJsonObject root = runJson({u"logs"_s, u"--json"_s, dataDir() + u"/input/reference-send-tls-fail-then-plaintext.txt"_s});
        for (const char *key : {"sessions", "fallbacks", "retries", "summary", "problems"})
            QVERIFY2(root.contains(QLatin1StringView(key)), key);
        const QJsonObject session = root.value(u"sessions"_s).toArray().first().toObject();
        for (const char *key : {"id", "connector", "direction", "start", "end", "localEndpoint", "remoteEndpoint", "tls", "messages"})
            QVERIFY2(session.contains(QLatin1StringView(key)), key);
        const QJsonObject tls = session.value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"offered"_s).toBool(), true);
        QCOMPARE(tls.value(u"attempted"_s).toBool(), true);
        QCOMPARE(tls.value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(tls.value(u"protocol"_s).isNull());
        QCOMPARE(tls.value(u"error"_s).toString(), u"SocketError"_s);
        const QJsonObject fallback = root.value(u"fallbacks"_s).toArray().first().toObject();
        QCOMPARE(fallback.value(u"plaintextSession"_s).toString(), u"08D8B64FC6449F2B"_s);
    }

    void problemsNameFileAndLine()
    {
        const QJsonObject root = runJson({u"logs"_s, u"--json"_s, dataDir() + u"/input/malformed-lines.log"_s});
        const QJsonArray problems = root.value(u"problems"_s).toArray();
        QCOMPARE(problems.size(), 6);
        QCOMPARE(problems.first().toObject().value(u"where"_s).toString(), u"input/malformed-lines.log:13"_s);
    }

    void pastedTextOnStandardInput()
    {
        QFile file(dataDir() + u"/input/headerless-ticket-paste.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = runJson({u"logs"_s, u"--json"_s, u"-"_s}, file.readAll());
        const QJsonObject session = root.value(u"sessions"_s).toArray().first().toObject();
        QCOMPARE(session.value(u"id"_s).toString(), u"08DC3211FE001001"_s);
        QCOMPARE(session.value(u"tls"_s).toObject().value(u"protocol"_s).toString(), u"TLS1.1"_s);
        QCOMPARE(root.value(u"problems"_s).toArray().first().toObject().value(u"where"_s).toString(), u"stdin:1"_s);
    }

    void textViews_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("contains");
        const QString input = dataDir() + u"/input"_s;
        QTest::newRow("default") << QStringList{u"logs"_s, input}
                                 << QStringList{u"Plaintext fallbacks"_s, u"Repeated failed attempts"_s, u"no delivery"_s,
                                                u"malformed-lines.log:13: fieldCount"_s};
        QTest::newRow("sessions") << QStringList{u"logs"_s, u"--sessions"_s, input}
                                  << QStringList{u"08DB2468A1B2C3D4"_s, u"failed: SocketError"_s, u"AES_128 / SHA1 / DHE"_s};
        QTest::newRow("timeline") << QStringList{u"logs"_s, u"--timeline"_s, input}
                                  << QStringList{u"52.101.68.3 (AM6EUR05FT012.mail.protection.outlook.com)"_s, u"+5.0 min"_s};
        QTest::newRow("tls summary") << QStringList{u"logs"_s, u"--tls-summary"_s, input}
                                     << QStringList{u"By remote host:"_s, u"By connector:"_s, u"By day (UTC):"_s, u"2023-01-11"_s};
        QTest::newRow("legacy") << QStringList{u"logs"_s, u"--legacy-tls"_s, input}
                                << QStringList{u"copier1.contoso.test"_s, u"app02.contoso.test"_s};
    }

    void textViews()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, contains);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 0);
        for (const QString &text : contains)
            QVERIFY2(result.out.contains(text), qPrintable(text + u"\n---\n"_s + result.out));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no path") << QStringList{u"logs"_s} << 2 << u"no PATH given"_s;
        QTest::newRow("two views") << QStringList{u"logs"_s, u"--sessions"_s, u"--timeline"_s, u"x"_s} << 2 << u"choose one of"_s;
        QTest::newRow("missing file") << QStringList{u"logs"_s, u"/nonexistent/SEND20230101-1.log"_s} << 2 << u"cannot read"_s;
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void nothingFoundExitsOne()
    {
        const CliResult result = runCli({u"logs"_s, u"-"_s}, "just some words\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(u"No protocol-log sessions found"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliLogs)
#include "tst_clilogs.moc"
