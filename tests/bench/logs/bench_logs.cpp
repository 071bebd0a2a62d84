// SPDX-License-Identifier: GPL-3.0-or-later
// bench_logs [SIZE_MB] [RUNS]: protocol-log loading speed and memory.
// SIZE_MB defaults to $MAILFLOW_BENCH_LOGS_MB or 1024, RUNS to $MAILFLOW_BENCH_LOGS_RUNS or 3.
// The corpus is generated into a temporary folder ($MAILFLOW_BENCH_LOGS_DIR or the system's) and
// deleted afterwards. Peak RSS is VmHWM, reset before each run through /proc/self/clear_refs.
#include "loggenerator.h"
#include "logs/logloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Mailflow;

namespace {

qint64 statusKb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

struct Run
{
    double seconds = 0;
    qint64 peakKb = 0;
    qint64 baseKb = 0;
    int sessions = 0;
};

Run measure(const QString &folder, int threads)
{
    Run run;
    run.baseKb = statusKb("VmRSS");
    const bool reset = resetPeak();
    QElapsedTimer timer;
    timer.start();
    {
        const LogResult result = loadProtocolLogs({LogSource::file(folder)}, nullptr, threads);
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.sessions = result.sessionCount();
        run.peakKb = statusKb("VmHWM");
    }
    if (!reset)
        run.peakKb = -run.peakKb; // could not reset: the figure is the process's lifetime peak
    return run;
}

int envOr(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int sizeMb = args.size() > 1 ? args.at(1).toInt() : envOr("MAILFLOW_BENCH_LOGS_MB", 1024);
    const int runs = args.size() > 2 ? args.at(2).toInt() : envOr("MAILFLOW_BENCH_LOGS_RUNS", 3);
    if (sizeMb <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_logs [SIZE_MB] [RUNS]\n");
        return 2;
    }
    const QString base = qEnvironmentVariable("MAILFLOW_BENCH_LOGS_DIR");
    QTemporaryDir dir(base.isEmpty() ? QString() : base + QStringLiteral("/bench_logs-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_logs: cannot create a temporary folder\n");
        return 2;
    }
    Testing::LogGeneratorOptions options;
    options.folder = dir.path();
    options.totalBytes = qint64(sizeMb) << 20;
    QElapsedTimer timer;
    timer.start();
    const Testing::LogGeneratorStats truth = Testing::generateProtocolLogs(options);
    if (truth.bytes < 0) {
        std::fprintf(stderr, "bench_logs: cannot write %s\n", qPrintable(dir.path()));
        return 2;
    }
    const double mb = double(truth.bytes) / (1 << 20);
    std::printf("bench_logs: generated %.0f MB in %d files (%d sessions, %d across a rollover, %d fallbacks, %d retry series) in %.1f s\n",
                mb, truth.files, truth.sessions, truth.sessionsAcrossFiles, truth.fallbacks, truth.retrySeries,
                double(timer.elapsed()) / 1000.0);
    std::printf("bench_logs: %d cores; targets: >= 300 MB/s on one core, peak RSS <= 15%% of input (%.0f MB)\n",
                QThread::idealThreadCount(), mb * 0.15);

    bool consistent = true;
    for (int threads : {1, 0}) {
        const char *label = threads == 1 ? "1 thread " : "all cores";
        double best = 0;
        qint64 bestPeak = 0;
        QList<double> speeds;
        for (int i = 0; i < runs; ++i) {
            const Run run = measure(dir.path(), threads);
            consistent &= run.sessions == truth.sessions;
            const double speed = mb / run.seconds;
            speeds.append(speed);
            const qint64 peak = run.peakKb < 0 ? -run.peakKb : run.peakKb;
            std::printf("bench_logs: %s run %d: %.2f s, %.0f MB/s, %.0f sessions/s, peak RSS %.1f MB (%.1f%% of input%s; %.1f MB before)\n",
                        label, i + 1, run.seconds, speed, run.sessions / run.seconds, peak / 1024.0,
                        100.0 * (peak / 1024.0) / mb, run.peakKb < 0 ? ", lifetime peak" : "", run.baseKb / 1024.0);
            std::fflush(stdout);
            if (speed > best)
                best = speed;
            bestPeak = bestPeak == 0 ? peak : std::min(bestPeak, peak);
        }
        std::sort(speeds.begin(), speeds.end());
        std::printf("bench_logs: %s best %.0f MB/s, median %.0f MB/s, lowest peak RSS %.1f MB\n", label, best,
                    speeds.at(speeds.size() / 2), bestPeak / 1024.0);
    }
    std::printf("bench_logs: sessions found %s the generator's %d\n", consistent ? "match" : "DO NOT MATCH", truth.sessions);
    return consistent ? 0 : 1;
}
