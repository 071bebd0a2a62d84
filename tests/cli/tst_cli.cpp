// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "common/versioninfo.h"

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionNamesProductQtAndOpenSsl()
    {
        const CliResult result = runCli({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        const Mailflow::VersionInfo info = Mailflow::versionInfo();
        QVERIFY2(result.out.contains(u"Mailflow Workbench " + info.product), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"Qt " + info.qtRuntime), qPrintable(result.out));
        QVERIFY2(result.out.contains(info.openSsl), qPrintable(result.out));
    }

    void helpListsEveryCommand()
    {
        const CliResult result = runCli({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *command : {"decode", "logs", "probe", "diagnose"})
            QVERIFY2(result.out.contains(u"  " + QLatin1StringView(command) + u' '), command);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << QStringLiteral("Usage: mailflow");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("diagnose"), QStringLiteral("--no-such-option")}
                                        << QStringLiteral("mailflow diagnose: Unknown option 'no-such-option'.\nTry 'mailflow diagnose --help'.");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void messagesFollowTheLanguage()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MAILFLOW_CLI), {QStringLiteral("frobnicate")});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("unbekannter Befehl 'frobnicate'")), qPrintable(err));
    }

    void subcommandHelp()
    {
        const CliResult result = runCli({QStringLiteral("diagnose"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"mailflow diagnose"), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
