// SPDX-License-Identifier: GPL-3.0-or-later
// Loading many files: the generator's truth against the engine, single- and multi-threaded,
// folder discovery, LogLoader progress and cancel.
#include "loggenerator.h"
#include "logs/logloader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mailflow;

class TestLogLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Testing::LogGeneratorStats m_truth;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Testing::LogGeneratorOptions options;
        options.folder = m_dir.path() + u"/logs"_s;
        options.totalBytes = 3 << 20;
        options.fileBytes = 192 << 10;
        m_truth = Testing::generateProtocolLogs(options);
        QVERIFY(m_truth.bytes > 0);
        QVERIFY(m_truth.files > 10);
        QVERIFY(m_truth.sessionsAcrossFiles > 0);
        QVERIFY(m_truth.fallbacks > 0);
        QVERIFY(m_truth.retrySeries > 0);
        QVERIFY(m_truth.tls10 > 0 && m_truth.tls11 > 0 && m_truth.tls12 > 0 && m_truth.tls13 > 0);
    }

    void generatorIsDeterministic()
    {
        QTemporaryDir other;
        Testing::LogGeneratorOptions options;
        options.folder = other.path();
        options.totalBytes = 256 << 10;
        options.fileBytes = 64 << 10;
        const auto a = Testing::generateProtocolLogs(options);
        QFile first(other.path() + u"/SmtpSend/SEND2026010100-1.log"_s);
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray bytes = first.readAll();
        first.close();
        const auto b = Testing::generateProtocolLogs(options);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), bytes);
        QCOMPARE(a.sessions, b.sessions);
    }

    void engineFindsWhatTheGeneratorWrote_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("all cores") << 0;
    }

    void engineFindsWhatTheGeneratorWrote()
    {
        QFETCH(int, threads);
        const LogResult r = loadProtocolLogs({LogSource::file(m_dir.path())}, nullptr, threads);
        QCOMPARE(r.problems.size(), 0);
        QCOMPARE(r.files.size(), m_truth.files);
        QCOMPARE(r.summary.bytes, m_truth.bytes);
        QCOMPARE(r.sessionCount(), m_truth.sessions); // sessions across rollovers are joined
        QCOMPARE(r.summary.sendSessions, m_truth.sendSessions);
        QCOMPARE(r.summary.receiveSessions, m_truth.receiveSessions);
        QCOMPARE(r.summary.tlsVersions.value(u"TLS1.0"_s), m_truth.tls10);
        QCOMPARE(r.summary.tlsVersions.value(u"TLS1.1"_s), m_truth.tls11);
        QCOMPARE(r.summary.tlsVersions.value(u"TLS1.2"_s), m_truth.tls12);
        QCOMPARE(r.summary.tlsVersions.value(u"TLS1.3"_s), m_truth.tls13);
        QCOMPARE(r.summary.tlsFailed, m_truth.tlsFailed);
        QCOMPARE(r.summary.noTls, m_truth.noTls);
        QCOMPARE(r.summary.messagesQueued, m_truth.messagesQueued);
        QCOMPARE(r.fallbacks.size(), m_truth.fallbacks);
        int pending = 0;
        for (const LogRetrySeries &s : r.retries) {
            pending += s.outcome == LogRetrySeries::Pending;
            QVERIFY(s.intervalsMs.first() >= 4 * 60000);
        }
        QCOMPARE(pending, m_truth.retrySeries);
        for (int i = 0; i < r.sessionCount(); i += 97) {
            const LogSession s = r.session(i);
            QVERIFY2(s.ending != SessionEnd::Open, qPrintable(s.id));
        }
    }

    void threadsDoNotChangeTheResult()
    {
        const LogResult one = loadProtocolLogs({LogSource::file(m_dir.path())}, nullptr, 1);
        const LogResult two = loadProtocolLogs({LogSource::file(m_dir.path())}, nullptr, 2);
        QCOMPARE(one.sessionCount(), two.sessionCount());
        for (int i = 0; i < one.sessionCount(); i += 13)
            QCOMPARE(one.sessionId(i), two.sessionId(i));
        QCOMPARE(one.summary.ciphers, two.summary.ciphers);
    }

    void folderDiscovery()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"a/b"_s);
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(dir.path() + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(u"a/b/RECV2023011116-1.LOG"_s, "x\n");
        write(u"a/send20230111-12.log"_s, "x\n");
        write(u"a/renamed.txt"_s, "#Software: Microsoft Exchange Server\n#Version: 15.0.0.0\n#Log-type: SMTP Send Protocol Log\n");
        write(u"a/MSGTRK20230111-1.LOG"_s, "#Software: Microsoft Exchange Server\n#Log-type: Message Tracking Log\n");
        write(u"notes.txt"_s, "hello\n");
        write(u"a/SEND2023-1.log"_s, "x\n");
        QList<LogProblem> problems;
        QStringList found = findProtocolLogFiles({dir.path(), dir.path() + u"/missing"_s}, &problems);
        for (QString &f : found)
            f = QDir(dir.path()).relativeFilePath(f);
        found.sort();
        QCOMPARE(found, QStringList({u"a/b/RECV2023011116-1.LOG"_s, u"a/renamed.txt"_s, u"a/send20230111-12.log"_s}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind, LogProblem::UnreadableFile);
        QVERIFY(isProtocolLogFileName(u"SEND20230111-3.log"_s));
        QVERIFY(isProtocolLogFileName(u"recv2023011116-1.LOG"_s));
        QVERIFY(!isProtocolLogFileName(u"RECV202301111-1.LOG"_s));
    }

    void rolloverOrderIsNumeric()
    {
        QTemporaryDir dir;
        for (int n : {1, 2, 10}) {
            QFile f(dir.path() + u"/SEND20230111-"_s + QString::number(n) + u".log"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QStringList found = findProtocolLogFiles({dir.path()}, nullptr);
        QCOMPARE(found.size(), 3);
        QVERIFY(found.at(1).endsWith(u"-2.log"_s));
        QVERIFY(found.at(2).endsWith(u"-10.log"_s));
    }

    void loaderReportsProgressAndFinishes()
    {
        LogLoader loader;
        QSignalSpy progress(&loader, &LogLoader::progress);
        QSignalSpy finished(&loader, &LogLoader::finished);
        loader.start({m_dir.path()});
        QVERIFY(loader.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        const LogResult r = finished.first().first().value<LogResult>();
        QVERIFY(!r.cancelled);
        QCOMPARE(r.sessionCount(), m_truth.sessions);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), m_truth.bytes);
        QCOMPARE(progress.last().at(1).toLongLong(), m_truth.bytes);
    }

    void cancelMidLoad()
    {
        LogLoader loader;
        QSignalSpy finished(&loader, &LogLoader::finished);
        loader.start({m_dir.path()});
        loader.cancel();
        QVERIFY(finished.wait(60000));
        const LogResult r = finished.first().first().value<LogResult>();
        QVERIFY(r.cancelled);
        QVERIFY2(r.summary.bytes < m_truth.bytes, qPrintable(QString::number(r.summary.bytes)));
        QVERIFY(r.sessionCount() < m_truth.sessions);
    }

    void restartDropsTheOldLoad()
    {
        LogLoader loader;
        QSignalSpy finished(&loader, &LogLoader::finished);
        loader.start({m_dir.path()});
        loader.start({QStringLiteral(MAILFLOW_TEST_DATA_DIR) + u"/logs/input/split-across-files"_s});
        QVERIFY(finished.wait(60000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<LogResult>().sessionCount(), 2);
    }

    void destroyWhileRunning()
    {
        auto loader = std::make_unique<LogLoader>();
        loader->start({m_dir.path()});
        loader.reset(); // cancels and waits; must not crash or hang
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestLogLoader)
#include "tst_logloader.moc"
