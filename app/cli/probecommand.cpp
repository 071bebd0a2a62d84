// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

#include "probe/probetext.h"
#include "probe/starttlsprober.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Mailflow::Cli {

namespace {

// Named tr so that lupdate files these strings under the enclosing namespace, the context used here.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mailflow::Cli", text);
}

StarttlsProber *runningProber = nullptr;

} // namespace

int runProbe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Probes a mail host's STARTTLS: which TLS versions and cipher suites it accepts (in the server's\n"
        "preference order), how it refuses the others, its certificate, and what that means for mail to and\n"
        "from Exchange Online. HOST may be a name, an IPv4 address, [IPv6]:port or a domain: then every MX host\n"
        "is probed (in preference order, 2 at a time, at most 10), since Exchange Online falls back to the\n"
        "next MX host when one is unreachable. A name without MX records is probed itself."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON."));
    const QCommandLineOption port(u"port"_s, tr("TCP port (default 25, or 465 with --implicit-tls)."), tr("N"));
    const QCommandLineOption implicit(u"implicit-tls"_s, tr("TLS from the first byte (port 465), no STARTTLS."));
    const QCommandLineOption versionsOnly(u"versions-only"_s, tr("Only find the accepted versions (no cipher list, no handshakes)."));
    const QCommandLineOption ehlo(u"ehlo"_s, tr("Name to send in EHLO (default mailflow.invalid)."), tr("NAME"));
    const QCommandLineOption timeout(u"timeout"_s, tr("Seconds to wait for each answer (default 10)."), tr("S"));
    const QCommandLineOption maxConnections(u"max-connections"_s, tr("Connections at a time to one host (default 4); a domain's MX hosts are probed 2 at a time."), tr("N"));
    const QCommandLineOption firstMx(u"first-mx"_s, tr("For a domain, probe only the most preferred MX host."));
    const QCommandLineOption dnsServer(u"dns"_s, tr("Ask this DNS server (ADDRESS or ADDRESS:PORT, [IPv6]:PORT) for MX and address records."),
                                       tr("SERVER"));
    parser.addOptions({json, port, implicit, versionsOnly, ehlo, timeout, maxConnections, firstMx, dnsServer});
    parser.addPositionalArgument(u"host"_s, tr("HOST, HOST:PORT, [IPv6]:PORT or DOMAIN"));
    if (!parseOrExplain(parser, arguments))
        return ExitUsage;
    const QString name = arguments.value(0);
    auto usage = [&name](const QString &message) {
        err() << name << QStringView(u": ") << message << QStringView(u"\n") << QCoreApplication::translate("Cli", "Try '%1 --help'.").arg(name) << QStringView(u"\n");
        err().flush();
        return ExitUsage;
    };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(positional.isEmpty() ? tr("missing HOST") : tr("only one HOST at a time"));
    ProbeOptions options;
    options.target = positional.first();
    const ProbeTarget target = parseProbeTarget(options.target);
    if (!target.isValid())
        return usage(target.error);
    bool ok = true;
    if (parser.isSet(port)) {
        options.port = parser.value(port).toInt(&ok);
        if (!ok || options.port < 1 || options.port > 65535)
            return usage(tr("--port wants a number from 1 to 65535, not \"%1\"").arg(parser.value(port)));
    }
    if (parser.isSet(timeout)) {
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usage(tr("--timeout wants seconds (more than 0, at most 3600), not \"%1\"").arg(parser.value(timeout)));
        options.stepTimeoutMs = qMax(1, int(seconds * 1000));
        options.overallTimeoutMs = qMax(120000, options.stepTimeoutMs * 10);
    }
    if (parser.isSet(maxConnections)) {
        options.maxConnections = parser.value(maxConnections).toInt(&ok);
        if (!ok || options.maxConnections < 1 || options.maxConnections > 64)
            return usage(tr("--max-connections wants a number from 1 to 64, not \"%1\"").arg(parser.value(maxConnections)));
    }
    if (parser.isSet(ehlo)) {
        options.ehloName = parser.value(ehlo).trimmed();
        if (options.ehloName.isEmpty() || options.ehloName.contains(u' ') || options.ehloName.contains(u'\r') || options.ehloName.contains(u'\n'))
            return usage(tr("--ehlo wants one name without spaces"));
    }
    if (parser.isSet(dnsServer)) {
        const ProbeTarget server = parseProbeTarget(parser.value(dnsServer));
        if (!server.isValid() || !server.isAddress)
            return usage(tr("--dns wants an IP address with an optional port, not \"%1\"").arg(parser.value(dnsServer)));
        options.dnsServer = server.host;
        options.dnsPort = quint16(server.port > 0 ? server.port : 53);
    }
    options.allMxHosts = !parser.isSet(firstMx);
    options.implicitTls = parser.isSet(implicit);
    options.versionsOnly = parser.isSet(versionsOnly);

    StarttlsProber prober;
    QEventLoop loop;
    ProbeResult result;
    QObject::connect(&prober, &StarttlsProber::finished, &loop, [&](const ProbeResult &r) {
        result = r;
        loop.quit();
    });
    runningProber = &prober;
    std::signal(SIGINT, [](int) {
        if (runningProber)
            QMetaObject::invokeMethod(runningProber, &StarttlsProber::cancel, Qt::QueuedConnection);
    });
    prober.start(options);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    runningProber = nullptr;

    if (parser.isSet(json)) {
        const QJsonObject object = probeResultToJsonWithTexts(result);
        printJson(QJsonDocument(object));
    } else {
        out() << probeResultText(result);
        out().flush();
    }
    if (!result.reachable) {
        err() << name << QStringView(u": ") << result.error << QStringView(u"\n");
        err().flush();
        return ExitNothing;
    }
    return ExitOk;
}

} // namespace Mailflow::Cli
