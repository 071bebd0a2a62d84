// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of `mailflow probe` against nmap's ssl-enum-ciphers and testssl.sh, on the same
// real servers (tests/fixtures) in one run. Prints the median wall time of several runs,
// the connections each tool opened (ours from its JSON, everyone's from the server's log)
// and the ratios against the targets of issue 5:
//   full enumeration <= nmap (aim: 2x faster), >= 20x faster than testssl.sh -p -E,
//   --versions-only < 0.2 s.
// Usage: bench_probe [--repeat N] [--testssl-repeat N] [--fixtures modern,legacy,gnutls-weak|unseen|all] [--no-testssl]
// `unseen` is the set of servers the prober was never tuned on (tests/compare/UNSEEN.md);
// MAILFLOW_BENCH_PROBE_FIXTURES overrides the default list (for ./dev bench).
// Needs root (the fixtures): run with ./dev bench.
#include "serverfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Mailflow::Test;

namespace {

struct Run
{
    bool ok = false;
    double seconds = 0;
    int reportedConnections = -1; // from our JSON
    int servedConnections = -1;   // from the server's connection log
    QString problem;
    QJsonObject json;
};

struct Series
{
    QString tool;
    QList<Run> runs;
    QString problem;

    std::optional<double> median() const
    {
        QList<double> values;
        for (const Run &run : runs)
            if (run.ok)
                values.append(run.seconds);
        if (values.isEmpty())
            return std::nullopt;
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    }
    int connections(bool reported) const
    {
        for (const Run &run : runs)
            if (run.ok)
                return reported ? run.reportedConnections : run.servedConnections;
        return -1;
    }
};

int settledCount(const ServerFixture &server)
{
    // Postfix logs through postlogd: wait until the count stops moving.
    int last = server.connectionCount();
    for (int i = 0; i < 20; ++i) {
        QThread::msleep(60);
        const int now = server.connectionCount();
        if (now == last && i >= 2)
            break;
        last = now;
    }
    return last;
}

Run runTool(const ServerFixture &server, const QString &program, const QStringList &arguments,
            const QProcessEnvironment &environment, bool parseJson)
{
    Run run;
    const int before = settledCount(server);
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.problem = program + u": "_s + process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(900000)) {
        process.kill();
        process.waitForFinished();
        run.problem = program + u": no result after 15 minutes"_s;
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    run.servedConnections = settledCount(server) - before;
    // testssl.sh's exit status counts findings; ours and nmap's mean success.
    const bool checkExit = parseJson || program == "nmap"_L1;
    if (process.exitStatus() != QProcess::NormalExit || (checkExit && process.exitCode() != 0)) {
        run.problem = program + u" exited with "_s + QString::number(process.exitCode()) + u": "_s
            + QString::fromUtf8(err.trimmed().left(300));
        return run;
    }
    if (parseJson) {
        const QJsonDocument document = QJsonDocument::fromJson(out);
        if (!document.isObject()) {
            run.problem = u"mailflow probe printed no JSON object"_s;
            return run;
        }
        run.json = document.object();
        run.reportedConnections = run.json.value("connections"_L1).toInt(-1);
    }
    run.ok = true;
    return run;
}

// Whether our result names exactly the suites the server accepts.
QString checkFindings(const ServerFixture &server, const QJsonObject &json, bool versionsOnly)
{
    const QJsonObject versions = json.value("versions"_L1).toObject();
    const QJsonObject ciphers = json.value("ciphers"_L1).toObject();
    for (const QString &name : versionNames()) {
        const ExpectedVersion expected = server.truth().versions.value(name);
        const bool accepted = versions.value(name).toObject().value("result"_L1).toString() == "accepted"_L1;
        if (accepted != expected.accepted)
            return name + (accepted ? u" wrongly accepted"_s : u" wrongly refused"_s);
        if (versionsOnly || !accepted)
            continue;
        QStringList found;
        for (const QJsonValue &value : ciphers.value(name).toArray())
            found.append(value.toString());
        QStringList want = expected.ciphers;
        found.sort();
        want.sort();
        if (found != want)
            return name + u": "_s + QString::number(found.size()) + u" suites, expected "_s + QString::number(want.size());
    }
    return u"same as the server's configuration"_s;
}

void print(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString seconds(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 3) + u" s"_s : u"-"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times mailflow probe, nmap ssl-enum-ciphers and testssl.sh on the test servers."_s);
    parser.addHelpOption();
    parser.addOption({u"repeat"_s, u"Runs of ours and nmap per server (default 5)."_s, u"n"_s, u"5"_s});
    parser.addOption({u"testssl-repeat"_s, u"Runs of testssl.sh per server (default 3)."_s, u"n"_s, u"3"_s});
    const QString defaultFixtures = qEnvironmentVariable("MAILFLOW_BENCH_PROBE_FIXTURES", u"modern,legacy,gnutls-weak"_s);
    parser.addOption({u"fixtures"_s, u"Servers to use (default %1; 'unseen' or 'all' for those sets)."_s.arg(defaultFixtures),
                      u"names"_s, defaultFixtures});
    parser.addOption({u"no-testssl"_s, u"Skip testssl.sh (slow)."_s});
    parser.process(app);
    const int repeat = qMax(1, parser.value(u"repeat"_s).toInt());
    const int testsslRepeat = parser.isSet(u"no-testssl"_s) ? 0 : qMax(0, parser.value(u"testssl-repeat"_s).toInt());
    const QString cli = QStringLiteral(MAILFLOW_CLI);

    QTemporaryDir work;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment testsslEnvironment = environment;
    testsslEnvironment.insert(u"NXDNS"_s, u"127.0.0.1:0"_s);
    testsslEnvironment.insert(u"NXCONNECT"_s, u"127.0.0.1:0"_s);

    print(u"bench_probe: median of %1 runs (testssl.sh: %2) per tool and server; connections as the server saw them"_s
              .arg(repeat).arg(testsslRepeat));
    bool failed = false;
    QStringList names = parser.value(u"fixtures"_s).split(u',', Qt::SkipEmptyParts);
    if (names == QStringList{u"unseen"_s} || names == QStringList{u"all"_s}) {
        const QList<FixtureKind> kinds = names.constFirst() == "all"_L1 ? allFixtureKinds() : unseenFixtureKinds();
        names.clear();
        for (FixtureKind kind : kinds)
            names.append(fixtureName(kind));
    }
    for (const QString &name : std::as_const(names)) {
        FixtureKind kind;
        if (!fixtureKindFromName(name, &kind)) {
            print(u"unknown fixture "_s + name);
            return 2;
        }
        ServerFixture server(kind);
        if (!server.start()) {
            print(u"cannot start "_s + name + u": "_s + server.errorString());
            return 1;
        }
        const QString port = QString::number(server.port());
        QStringList ours{u"probe"_s, u"--json"_s, u"--port"_s, port};
        if (server.truth().implicitTls)
            ours << u"--implicit-tls"_s;
        QStringList oursVersions = ours;
        ours << u"127.0.0.1"_s;
        oursVersions << u"--versions-only"_s << u"127.0.0.1"_s;

        const QString datadir = work.filePath(u"nmap-"_s + name);
        QDir().mkpath(datadir);
        QFile services(datadir + u"/nmap-services"_s);
        if (services.open(QIODevice::WriteOnly))
            services.write((server.truth().implicitTls ? "smtps\t" : "smtp\t") + port.toLatin1() + "/tcp\t1.0\n");
        services.close();
        const QStringList nmap{u"-n"_s, u"-Pn"_s, u"-p"_s, port, u"--datadir"_s, datadir,
                               u"--script"_s, u"ssl-enum-ciphers"_s, u"-oX"_s, u"-"_s, u"127.0.0.1"_s};
        QStringList testssl;
        if (!server.truth().implicitTls)
            testssl << u"--starttls"_s << u"smtp"_s;
        testssl << u"-p"_s << u"-E"_s << u"-n"_s << u"none"_s << u"--warnings"_s << u"off"_s << u"--color"_s << u"0"_s
                << u"127.0.0.1:"_s + port;

        qsizetype suites = 0;
        for (const ExpectedVersion &expected : server.truth().versions)
            suites += expected.ciphers.size();
        print(u"\n== "_s + name + u" (127.0.0.1:"_s + port + u", "_s + QString::number(suites)
              + u" version/suite pairs)"_s);

        Series full{u"mailflow probe"_s, {}, {}}, versionsOnly{u"mailflow probe --versions-only"_s, {}, {}},
            nmapSeries{u"nmap ssl-enum-ciphers"_s, {}, {}}, testsslSeries{u"testssl.sh -p -E"_s, {}, {}};
        QString findings, versionFindings;
        bool oursWorks = true;
        for (int i = 0; i < repeat; ++i) {
            // Interleaved, so that a burst of load on this shared machine hits every tool alike.
            if (oursWorks) {
                Run run = runTool(server, cli, ours, environment, true);
                if (run.ok && findings.isEmpty())
                    findings = checkFindings(server, run.json, false);
                full.runs.append(run);
                run = runTool(server, cli, oursVersions, environment, true);
                if (run.ok && versionFindings.isEmpty())
                    versionFindings = checkFindings(server, run.json, true);
                versionsOnly.runs.append(run);
                oursWorks = full.runs.constLast().ok || versionsOnly.runs.constLast().ok;
            }
            nmapSeries.runs.append(runTool(server, u"nmap"_s, nmap, environment, false));
        }
        for (int i = 0; i < testsslRepeat; ++i)
            testsslSeries.runs.append(runTool(server, u"testssl"_s, testssl, testsslEnvironment, false));

        for (const Series *series : {&full, &versionsOnly, &nmapSeries, &testsslSeries}) {
            if (series->runs.isEmpty())
                continue;
            const auto median = series->median();
            QString line = u"  %1  median %2  connections %3"_s.arg(series->tool, -30).arg(seconds(median), 9)
                               .arg(series->connections(false));
            if (series == &full || series == &versionsOnly)
                line += u" (JSON says %1)"_s.arg(series->connections(true));
            if (!median) {
                line += u"  FAILED: "_s + series->runs.constFirst().problem.simplified();
                failed = true;
            }
            print(line);
        }
        if (!findings.isEmpty())
            print(u"  findings of mailflow probe: "_s + findings);
        if (!versionFindings.isEmpty())
            print(u"  findings of --versions-only: "_s + versionFindings);
        const auto ourMedian = full.median();
        const auto versionMedian = versionsOnly.median();
        if (ourMedian && nmapSeries.median())
            print(u"  nmap / ours      = %1x   (target >= 1x, aim 2x)  %2"_s.arg(*nmapSeries.median() / *ourMedian, 0, 'f', 2)
                      .arg(*nmapSeries.median() / *ourMedian >= 1 ? u"ok"_s : u"MISSED"_s));
        if (ourMedian && testsslSeries.median())
            print(u"  testssl / ours   = %1x   (target >= 20x)  %2"_s.arg(*testsslSeries.median() / *ourMedian, 0, 'f', 1)
                      .arg(*testsslSeries.median() / *ourMedian >= 20 ? u"ok"_s : u"MISSED"_s));
        if (versionMedian)
            print(u"  --versions-only  = %1   (target < 0.2 s)  %2"_s.arg(seconds(versionMedian))
                      .arg(*versionMedian < 0.2 ? u"ok"_s : u"MISSED"_s));
        // Servers that make every connection wait set a floor no prober can go below.
        if (kind == FixtureKind::TarpitAlerts)
            print(u"  note: every connection waits 3 s for the banner; with 4 connections at a time ours needs "
                  "at least 3 s per wave, testssl.sh's connections run one after another"_s);
        else if (kind == FixtureKind::Slow454)
            print(u"  note: STARTTLS is answered after 1.5 s; that wait is a floor for every tool"_s);
    }
    if (failed)
        print(u"\nbench_probe: some tools failed (see above); their ratios are missing"_s);
    return 0;
}
