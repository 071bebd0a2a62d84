// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logresult.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Mailflow {

/// Something to read: a file or folder path, or pasted text (name is what problems cite, e.g. "stdin").
struct LogSource
{
    QString path;
    QByteArray text;
    bool isText = false;

    static LogSource file(const QString &path) { return {path, {}, false}; }
    static LogSource pasted(const QByteArray &text, const QString &name) { return {name, text, true}; }
};

/// Shared between a running load and whoever watches it; all members are thread-safe.
struct LogLoadControl
{
    std::atomic<qint64> bytesDone{0};
    std::atomic<qint64> bytesTotal{0};
    std::atomic<bool> cancelRequested{false};
};

/// True when @p fileName looks like an Exchange protocol log: SEND/RECV + yyyymmdd[hh] + "-n.log",
/// case-insensitive (SEND20230111-1.log, RECV2023011116-1.LOG).
bool isProtocolLogFileName(const QString &fileName);

/// True when @p head (the first bytes of a file) carries an SMTP protocol-log header
/// (#Software: Microsoft Exchange … or #Log-type: SMTP Send/Receive Protocol Log).
bool hasProtocolLogHeader(QByteArrayView head);

/// Expands @p paths: files are taken as given; folders are walked recursively for files named like
/// protocol logs or whose first bytes carry a protocol-log header. Missing paths become
/// UnreadableFile problems. Returns absolute paths without duplicates, ordered by folder and then
/// by log series and instance number (so rollovers follow each other).
QStringList findProtocolLogFiles(const QStringList &paths, QList<LogProblem> *problems);

/// Parses protocol-log text held in memory (a paste or a small file). Pure: no I/O.
/// Malformed lines become problems citing @p name and the line number.
LogResult parseProtocolLog(QByteArrayView text, const QString &name = QStringLiteral("stdin"));

/// Reads @p sources (files, folders, pasted text) on up to @p threads threads (0: one per core):
/// each file is memory-mapped in windows and parsed on its own, then sessions are joined across
/// files and correlated. @p control (optional) gets progress and can cancel; a cancelled load
/// returns what is known with LogResult::cancelled set.
LogResult loadProtocolLogs(const QList<LogSource> &sources, LogLoadControl *control = nullptr, int threads = 0);

/// Loads protocol logs in the background with progress and cancel, for the workbench.
class LogLoader : public QObject
{
    Q_OBJECT
public:
    explicit LogLoader(QObject *parent = nullptr);
    ~LogLoader() override; ///< cancels and waits for a running load

    bool isRunning() const;

public Q_SLOTS:
    /// Starts loading; a load already running is cancelled and its result dropped.
    void start(const QStringList &paths);
    void startSources(const QList<Mailflow::LogSource> &sources);
    /// Asks the running load to stop; finished() follows with LogResult::cancelled set.
    void cancel();

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const Mailflow::LogResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Mailflow
