// SPDX-License-Identifier: GPL-3.0-or-later
// bench_logs [SIZE_MB] [RUNS]: protocol-log loading speed and memory.
// bench_logs --generate DIR SIZE_MB: only write a corpus (kept) for trying the CLI on it.
// SIZE_MB defaults to $MAILFLOW_BENCH_LOGS_MB or 1024, RUNS to $MAILFLOW_BENCH_LOGS_RUNS or 3.
// The corpus is generated into a temporary folder ($MAILFLOW_BENCH_LOGS_DIR or the system's) and
// deleted afterwards. Each run is a fresh child process (bench_logs --measure DIR THREADS); its peak
// RSS is its VmHWM. Wall-clock MB/s depends on the machine's load; MB per CPU-second less so.
#include "loggenerator.h"
#include "logs/logloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <ctime>

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

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 peakKb = 0;
    int sessions = 0;
    bool ok = false;
};

// One measurement in a fresh process, so that its peak RSS is its own.
Run measureInChild(const QString &folder, int threads)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--measure"), folder, QString::number(threads)});
    Run run;
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return run;
    const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 4)
        return run;
    run.seconds = parts[0].toDouble();
    run.cpuSeconds = parts[1].toDouble();
    run.sessions = parts[2].toInt();
    run.peakKb = parts[3].toLongLong();
    run.ok = true;
    return run;
}

int measure(const QString &folder, int threads)
{
    QElapsedTimer timer;
    timer.start();
    timespec cpu0{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu0);
    const LogResult result = loadProtocolLogs({LogSource::file(folder)}, nullptr, threads);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    timespec cpu1{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
    const double cpu = double(cpu1.tv_sec - cpu0.tv_sec) + double(cpu1.tv_nsec - cpu0.tv_nsec) / 1e9;
    std::printf("%.4f %.4f %d %lld\n", seconds, cpu, result.sessionCount(), statusKb("VmHWM"));
    return 0;
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
    if (args.size() == 4 && args.at(1) == QLatin1StringView("--measure"))
        return measure(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == QLatin1StringView("--generate")) {
        // keep a corpus for trying the CLI or the workbench on it
        Testing::LogGeneratorOptions options;
        options.folder = args.at(2);
        options.totalBytes = args.at(3).toLongLong() << 20;
        const Testing::LogGeneratorStats stats = Testing::generateProtocolLogs(options);
        std::printf("%lld bytes in %d files, %d sessions\n", stats.bytes, stats.files, stats.sessions);
        return stats.bytes < 0 ? 2 : 0;
    }
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
        QList<double> speeds;
        QList<double> cpuSpeeds;
        QList<double> peaks;
        for (int i = 0; i < runs; ++i) {
            const Run run = measureInChild(dir.path(), threads);
            if (!run.ok) {
                std::printf("bench_logs: %s run %d failed\n", label, i + 1);
                consistent = false;
                continue;
            }
            consistent &= run.sessions == truth.sessions;
            const double speed = mb / run.seconds;
            const double cpuSpeed = mb / run.cpuSeconds;
            speeds.append(speed);
            cpuSpeeds.append(cpuSpeed);
            peaks.append(run.peakKb / 1024.0);
            std::printf("bench_logs: %s run %d: %.2f s wall, %.2f s CPU: %.0f MB/s (%.0f MB per CPU-second), "
                        "%.0f sessions/s, peak RSS %.1f MB = %.1f%% of input\n",
                        label, i + 1, run.seconds, run.cpuSeconds, speed, cpuSpeed, run.sessions / run.seconds,
                        run.peakKb / 1024.0, 100.0 * (run.peakKb / 1024.0) / mb);
            std::fflush(stdout);
        }
        if (speeds.isEmpty())
            continue;
        std::sort(speeds.begin(), speeds.end());
        std::sort(cpuSpeeds.begin(), cpuSpeeds.end());
        std::sort(peaks.begin(), peaks.end());
        std::printf("bench_logs: %s best %.0f MB/s, median %.0f MB/s wall; best %.0f MB per CPU-second; "
                    "peak RSS %.1f-%.1f MB (%.1f%% of input at most)\n",
                    label, speeds.last(), speeds.at(speeds.size() / 2), cpuSpeeds.last(), peaks.first(), peaks.last(),
                    100.0 * peaks.last() / mb);
    }
    std::printf("bench_logs: sessions found %s the generator's %d\n", consistent ? "match" : "DO NOT MATCH", truth.sessions);
    return consistent ? 0 : 1;
}
