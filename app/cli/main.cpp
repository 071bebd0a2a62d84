// SPDX-License-Identifier: GPL-3.0-or-later
// mailflow: the scriptable face of the core engines.
#include "commands.h"
#include "output.h"

#include "common/versioninfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <functional>

using namespace Mailflow::Cli;

namespace {

struct Command
{
    QString name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("decode"), QT_TRANSLATE_NOOP("Cli", "Decode pasted NDR, DSN, Get-Queue or LastError text"), runDecode},
        {QStringLiteral("logs"), QT_TRANSLATE_NOOP("Cli", "Read Exchange SMTP protocol logs: sessions, TLS outcomes, fallbacks"), runLogs},
        {QStringLiteral("probe"), QT_TRANSLATE_NOOP("Cli", "Probe a mail host's STARTTLS: versions, ciphers, certificate, verdicts"), runProbe},
        {QStringLiteral("diagnose"), QT_TRANSLATE_NOOP("Cli", "Join logs, probes and bounce text into one diagnosis"), runDiagnose},
    };
    return list;
}

QString usage()
{
    QString text = QCoreApplication::translate("Cli",
        "Usage: mailflow [--help] [--version] COMMAND [ARGS]\n\n"
        "Finds out why mail between SMTP servers and Exchange Online fails or falls back\n"
        "to plaintext because TLS versions or cipher suites cannot be agreed on.\n\n"
        "Commands:\n");
    for (const Command &command : commands())
        text += u"  " + command.name.leftJustified(10) + QCoreApplication::translate("Cli", command.summary) + u'\n';
    text += QCoreApplication::translate("Cli",
        "\nRun 'mailflow COMMAND --help' for a command's options. Most commands take --json.\n"
        "Exit status: 0 found something, 1 found nothing or host unreachable, 2 usage or I/O error.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailflow"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QCoreApplication::setApplicationVersion(Mailflow::versionInfo().product);

    // Messages follow the user's language; --json keys and values never do.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mailflow"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        err() << usage();
        return ExitUsage;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out() << usage();
        return ExitOk;
    }
    if (first == u"--version" || first == u"-v" || first == u"version") {
        out() << Mailflow::versionInfo().toText();
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (command.name == first) {
            QStringList rest = arguments.mid(2);
            rest.prepend(u"mailflow " + command.name);
            const int code = command.run(rest);
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << QCoreApplication::translate("Cli", "mailflow: unknown command '%1'\n\n").arg(first) << usage();
    return ExitUsage;
}
