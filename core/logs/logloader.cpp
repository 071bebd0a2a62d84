// SPDX-License-Identifier: GPL-3.0-or-later
#include "logloader.h"
#include "sessionstore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mailflow {

namespace {

constexpr qint64 WindowSize = 16LL << 20;

const QRegularExpression &logNamePattern()
{
    static const QRegularExpression pattern(u"^(SEND|RECV)(\\d{8})(\\d{2})?-(\\d+)\\.log$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

LogDirection directionFromName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(u"SEND", Qt::CaseInsensitive))
        return LogDirection::Send;
    if (name.startsWith(u"RECV", Qt::CaseInsensitive))
        return LogDirection::Receive;
    return LogDirection::Unknown;
}

// Sort key: folder, series prefix + date, instance number as a number.
struct FileOrder
{
    QString folder;
    QString series;
    qint64 instance = 0;
    QString name;
};

FileOrder fileOrder(const QString &path)
{
    const QFileInfo info(path);
    FileOrder order{info.absolutePath(), info.fileName().toUpper(), 0, info.fileName()};
    const auto match = logNamePattern().match(info.fileName());
    if (match.hasMatch()) {
        order.series = match.captured(1).toUpper() + match.captured(2) + match.captured(3);
        order.instance = match.captured(4).toLongLong();
    }
    return order;
}

QStringList sortedLogFiles(QStringList files)
{
    std::vector<std::pair<FileOrder, QString>> keyed;
    keyed.reserve(size_t(files.size()));
    for (const QString &f : std::as_const(files))
        keyed.emplace_back(fileOrder(f), f);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first.folder, a.first.series, a.first.instance, a.first.name)
            < std::tie(b.first.folder, b.first.series, b.first.instance, b.first.name);
    });
    QStringList out;
    for (auto &k : keyed)
        out.append(k.second);
    return out;
}

LogProblem unreadable(const QString &path, const QString &why)
{
    LogProblem p;
    p.file = path;
    p.kind = LogProblem::UnreadableFile;
    p.text = why;
    return p;
}

struct FileJob
{
    int index = 0;
    QString path;
    QByteArray text; // pasted
    bool isText = false;
};

Internal::FileFragment parseJob(const FileJob &job, Internal::StringStore &strings, LogLoadControl *control,
                                QList<LogProblem> *ioProblems, QMutex *ioMutex)
{
    Internal::LogFileParser parser(strings, job.index, job.isText ? LogDirection::Unknown : directionFromName(job.path));
    if (control && control->cancelRequested.load())
        return parser.finish();
    if (job.isText) {
        parser.feed(job.text);
        if (control)
            control->bytesDone += job.text.size();
        return parser.finish();
    }
    QFile file(job.path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMutexLocker lock(ioMutex);
        ioProblems->append(unreadable(job.path, file.errorString()));
        return parser.finish();
    }
    const qint64 size = file.size();
    qint64 offset = 0;
    while (offset < size) {
        if (control && control->cancelRequested.load(std::memory_order_relaxed))
            break;
        const qint64 length = std::min(WindowSize, size - offset);
        uchar *map = file.map(offset, length);
        QByteArray fallback;
        const char *data = reinterpret_cast<const char *>(map);
        if (!map) { // e.g. a pipe or a file system without mmap
            file.seek(offset);
            fallback = file.read(length);
            data = fallback.constData();
            if (fallback.size() != length) {
                QMutexLocker lock(ioMutex);
                ioProblems->append(unreadable(job.path, file.errorString()));
                break;
            }
        }
        qint64 usable = length;
        if (offset + length < size) {
            // stop after the last complete line; the rest comes with the next window
            const QByteArrayView window(data, length);
            const qsizetype nl = window.lastIndexOf('\n');
            usable = nl >= 0 ? nl + 1 : length;
        }
        parser.feed(QByteArrayView(data, usable));
        if (map)
            file.unmap(map);
        offset += usable;
        if (control)
            control->bytesDone += usable;
    }
    return parser.finish();
}

} // namespace

bool isProtocolLogFileName(const QString &fileName)
{
    return logNamePattern().match(fileName).hasMatch();
}

bool hasProtocolLogHeader(QByteArrayView head)
{
    const QByteArray text = head.first(std::min<qsizetype>(head.size(), 4096)).toByteArray().toLower();
    if (text.contains("#log-type:"))
        return text.contains("smtp send protocol log") || text.contains("smtp receive protocol log");
    return text.contains("#software: microsoft exchange") && text.contains("#fields: date-time,connector-id,session-id");
}

QStringList findProtocolLogFiles(const QStringList &paths, QList<LogProblem> *problems)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString key = canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
        if (!seen.contains(key)) {
            seen.insert(key);
            files.append(QFileInfo(path).absoluteFilePath());
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (problems)
                problems->append(unreadable(path, u"No such file or directory"_s));
            continue;
        }
        if (!info.isDir()) {
            add(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString file = it.next();
            const QFileInfo fi = it.fileInfo();
            if (isProtocolLogFileName(fi.fileName())) {
                found.append(file);
                continue;
            }
            QFile f(file);
            if (fi.size() > 0 && f.open(QIODevice::ReadOnly) && hasProtocolLogHeader(f.read(1024)))
                found.append(file);
        }
        for (const QString &f : sortedLogFiles(found))
            add(f);
    }
    return files;
}

LogResult parseProtocolLog(QByteArrayView text, const QString &name)
{
    auto strings = std::make_shared<Internal::StringStore>();
    Internal::LogFileParser parser(*strings, 0, LogDirection::Unknown);
    parser.feed(text);
    std::vector<Internal::FileFragment> fragments;
    fragments.push_back(parser.finish());
    return Internal::assembleResult(std::move(fragments), std::move(strings), {name}, {});
}

LogResult loadProtocolLogs(const QList<LogSource> &sources, LogLoadControl *control, int threads)
{
    QList<LogProblem> problems;
    QStringList paths;
    QList<FileJob> jobs;
    for (const LogSource &source : sources) {
        if (!source.isText)
            paths.append(source.path);
    }
    const QStringList files = findProtocolLogFiles(paths, &problems);
    QStringList names;
    qint64 total = 0;
    for (const LogSource &source : sources) {
        if (!source.isText)
            continue;
        FileJob job{int(names.size()), source.path, source.text, true};
        names.append(source.path);
        total += source.text.size();
        jobs.append(job);
    }
    for (const QString &file : files) {
        jobs.append(FileJob{int(names.size()), file, {}, false});
        names.append(file);
        total += QFileInfo(file).size();
    }
    if (control)
        control->bytesTotal = total;

    auto strings = std::make_shared<Internal::StringStore>();
    QMutex ioMutex;
    std::vector<Internal::FileFragment> fragments(size_t(jobs.size()));
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    if (jobs.size() == 1 || pool.maxThreadCount() == 1) {
        for (const FileJob &job : std::as_const(jobs))
            fragments[size_t(job.index)] = parseJob(job, *strings, control, &problems, &ioMutex);
    } else {
        // Larger files first keeps the cores busy to the end.
        QList<FileJob> ordered = jobs;
        std::stable_sort(ordered.begin(), ordered.end(), [](const FileJob &a, const FileJob &b) {
            return (a.isText ? a.text.size() : QFileInfo(a.path).size()) > (b.isText ? b.text.size() : QFileInfo(b.path).size());
        });
        QtConcurrent::blockingMap(&pool, ordered, [&](const FileJob &job) {
            fragments[size_t(job.index)] = parseJob(job, *strings, control, &problems, &ioMutex);
        });
    }
    LogResult result = Internal::assembleResult(std::move(fragments), std::move(strings), names, problems);
    result.cancelled = control && control->cancelRequested.load();
    return result;
}

// ---------------------------------------------------------------------------------------------

struct LogLoader::Private
{
    std::shared_ptr<LogLoadControl> control;
    QFutureWatcher<LogResult> watcher;
    QTimer ticker;
    quint64 generation = 0;
};

LogLoader::LogLoader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->ticker.setInterval(100);
    connect(&d->ticker, &QTimer::timeout, this, [this] {
        if (d->control)
            Q_EMIT progress(d->control->bytesDone.load(), d->control->bytesTotal.load());
    });
    connect(&d->watcher, &QFutureWatcher<LogResult>::finished, this, [this] {
        d->ticker.stop();
        if (d->watcher.future().isCanceled() || d->watcher.future().resultCount() == 0)
            return;
        const LogResult result = d->watcher.result();
        if (d->control)
            Q_EMIT progress(d->control->bytesDone.load(), d->control->bytesTotal.load());
        Q_EMIT finished(result);
    });
}

LogLoader::~LogLoader()
{
    if (d->control)
        d->control->cancelRequested = true;
    d->watcher.disconnect();
    d->watcher.waitForFinished();
}

bool LogLoader::isRunning() const
{
    return d->watcher.isRunning();
}

void LogLoader::start(const QStringList &paths)
{
    QList<LogSource> sources;
    for (const QString &path : paths)
        sources.append(LogSource::file(path));
    startSources(sources);
}

void LogLoader::startSources(const QList<LogSource> &sources)
{
    if (d->watcher.isRunning()) {
        // drop the old load's result: wait for it quietly, then start afresh
        d->control->cancelRequested = true;
        d->watcher.blockSignals(true);
        d->watcher.waitForFinished();
        d->watcher.blockSignals(false);
    }
    auto control = std::make_shared<LogLoadControl>();
    d->control = control;
    d->watcher.setFuture(QtConcurrent::run([sources, control] { return loadProtocolLogs(sources, control.get()); }));
    d->ticker.start();
}

void LogLoader::cancel()
{
    if (d->control)
        d->control->cancelRequested = true;
}

} // namespace Mailflow
