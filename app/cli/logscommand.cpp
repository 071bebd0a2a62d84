// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

#include "logs/logjson.h"
#include "logs/logloader.h"

#include <QCoreApplication>

#include <limits>
#include <map>

using namespace Qt::StringLiterals;
using namespace Mailflow;

namespace Mailflow::Cli {

namespace {

// Named tr so that lupdate files these strings under the enclosing namespace, the context used here.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mailflow::Cli", text);
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString seconds(qint64 ms)
{
    if (ms < 10000)
        return QString::number(double(ms) / 1000.0, 'f', 3) + u" s"_s;
    if (ms < 120000)
        return QString::number(ms / 1000) + u" s"_s;
    if (ms < 7200000)
        return QString::number(double(ms) / 60000.0, 'f', 1) + u" min"_s;
    return QString::number(double(ms) / 3600000.0, 'f', 1) + u" h"_s;
}

QString problemWhere(const LogProblem &p)
{
    return p.line > 0 ? p.file + u':' + QString::number(p.line) : p.file;
}


// --- text -----------------------------------------------------------------------------------

/// A plain text table: columns padded to their widest cell.
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)}
    {
    }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    bool isEmpty() const { return m_rows.size() <= 1; }
    qsizetype rowCount() const { return m_rows.size() - 1; }
    void print(QTextStream &stream) const
    {
        QList<qsizetype> widths;
        for (const QStringList &row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = std::max(widths[i], row[i].size());
            }
        }
        for (const QStringList &row : m_rows) {
            QString line = u"  "_s;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i]) + u"  "_s;
            while (line.endsWith(u' '))
                line.chop(1);
            stream << line << "\n";
        }
    }

private:
    QList<QStringList> m_rows;
};

QString tlsCell(const LogSession &s)
{
    switch (s.tlsOutcome) {
    case TlsOutcome::Ok:
        return s.tlsVersion == TlsVersion::Unknown ? tr("TLS") : tlsVersionName(s.tlsVersion);
    case TlsOutcome::Failed:
        return tr("failed: %1").arg(s.tlsError.isEmpty() ? tr("unknown") : s.tlsError);
    case TlsOutcome::None:
        break;
    }
    return s.startTlsOffered ? tr("none (offered)") : tr("none");
}

QString dirCell(LogDirection direction)
{
    switch (direction) {
    case LogDirection::Send: return tr("send");
    case LogDirection::Receive: return tr("recv");
    case LogDirection::Unknown: break;
    }
    return u"?"_s;
}

QString remoteCell(const LogSession &s)
{
    QString name = s.direction == LogDirection::Receive ? s.ehloName : s.bannerHost;
    if (name.isEmpty() || name == s.remoteHost)
        return s.remoteHost.isEmpty() ? u"-"_s : s.remoteHost;
    if (s.remoteHost.isEmpty())
        return name;
    return s.remoteHost + u" (" + name + u')';
}

int queuedCount(const LogSession &s)
{
    int n = 0;
    for (const LogMessage &m : s.messages)
        n += m.outcome == MessageOutcome::Queued;
    return n;
}

void printSessions(QTextStream &o, const LogResult &r)
{
    Table table({tr("Start (UTC)"), tr("Dir"), tr("Session"), tr("Connector"), tr("Remote"), tr("TLS"), tr("Cipher"),
                 tr("Ended"), tr("Msgs")});
    for (int i = 0; i < r.sessionCount(); ++i) {
        const LogSession s = r.session(i);
        table.add({shortTime(s.start), dirCell(s.direction), s.id, s.connector, remoteCell(s), tlsCell(s),
                   s.cipher.isEmpty() ? u"-"_s : s.cipher, sessionEndName(s.ending),
                   QString::number(queuedCount(s)) + u'/' + QString::number(s.messages.size())});
    }
    table.print(o);
}

void printProblems(QTextStream &o, const LogResult &r, int limit)
{
    if (r.problems.isEmpty())
        return;
    o << "\n" << tr("Lines that could not be read (skipped):") << "\n";
    int shown = 0;
    for (const LogProblem &p : r.problems) {
        if (shown++ == limit)
            break;
        o << "  " << problemWhere(p) << ": " << p.kindName();
        if (!p.text.isEmpty())
            o << ": " << p.text.left(100);
        o << "\n";
    }
    const qint64 more = r.problems.size() + r.droppedProblems - std::min<qint64>(limit, r.problems.size());
    if (more > 0)
        o << "  " << tr("… and %1 more (see --json)").arg(more) << "\n";
}

void printFallbacksAndRetries(QTextStream &o, const LogResult &r, int limit)
{
    if (!r.fallbacks.isEmpty()) {
        o << "\n" << tr("Plaintext fallbacks (TLS failed, then the same remote got the mail without TLS):") << "\n";
        Table table({tr("When (UTC)"), tr("Connector"), tr("Remote"), tr("TLS error"), tr("Failed session"),
                     tr("Plaintext session"), tr("After")});
        for (const LogFallback &f : r.fallbacks) {
            if (table.rowCount() == limit)
                break;
            const LogSession plain = r.session(f.plaintextSession);
            table.add({shortTime(plain.start), f.connector, f.remoteHost.isEmpty() ? u"-"_s : f.remoteHost, f.error,
                       r.sessionId(f.failedSession), plain.id, seconds(f.delayMs)});
        }
        table.print(o);
        if (r.fallbacks.size() > table.rowCount())
            o << "  " << tr("… and %1 more (see --timeline or --json)").arg(r.fallbacks.size() - table.rowCount()) << "\n";
    }
    if (!r.retries.isEmpty()) {
        o << "\n" << tr("Repeated failed attempts:") << "\n";
        Table table({tr("Dir"), tr("Connector"), tr("Remote"), tr("Attempts"), tr("From"), tr("To"), tr("Interval"),
                     tr("Errors"), tr("Then")});
        for (const LogRetrySeries &s : r.retries) {
            if (table.rowCount() == limit)
                break;
            qint64 sum = 0;
            for (qint64 ms : s.intervalsMs)
                sum += ms;
            const QString interval = s.intervalsMs.isEmpty() ? u"-"_s : tr("~%1").arg(seconds(sum / s.intervalsMs.size()));
            QString then;
            switch (s.outcome) {
            case LogRetrySeries::Pending: then = tr("no delivery (mail stays queued; RequireTLS?)"); break;
            case LogRetrySeries::Fallback: then = tr("delivered in plaintext by %1").arg(r.sessionId(s.deliveredBy)); break;
            case LogRetrySeries::Delivered: then = tr("delivered with TLS by %1").arg(r.sessionId(s.deliveredBy)); break;
            }
            table.add({dirCell(s.direction), s.connector, s.remoteHost.isEmpty() ? u"-"_s : s.remoteHost,
                       QString::number(s.sessions.size()), shortTime(r.session(s.sessions.first()).start),
                       shortTime(r.session(s.sessions.last()).start), interval, s.errors.join(u", "_s), then});
        }
        table.print(o);
        if (r.retries.size() > table.rowCount())
            o << "  " << tr("… and %1 more (see --timeline or --json)").arg(r.retries.size() - table.rowCount()) << "\n";
    }
}

void printSummary(QTextStream &o, const LogResult &r)
{
    const LogSummary &s = r.summary;
    o << tr("Read %1 file(s), %2 lines, %3 sessions (%4 send, %5 receive)")
             .arg(s.files).arg(s.lines).arg(s.sessions).arg(s.sendSessions).arg(s.receiveSessions);
    if (s.first.isValid())
        o << tr(", %1 to %2 UTC").arg(shortTime(s.first), shortTime(s.last));
    o << "\n";
    if (r.cancelled)
        o << tr("Loading was cancelled: the figures cover only what was read.") << "\n";
    QStringList versions;
    for (auto it = s.tlsVersions.cbegin(); it != s.tlsVersions.cend(); ++it)
        versions.append(it.key() + u' ' + QString::number(it.value()));
    o << tr("TLS: %1 negotiated%2, %3 failed, %4 without TLS")
             .arg(s.tlsOk)
             .arg(versions.isEmpty() ? QString() : u" (" + versions.join(u", "_s) + u')')
             .arg(s.tlsFailed)
             .arg(s.noTls)
      << "\n";
    o << tr("Messages queued: %1 (%2 without TLS)").arg(s.messagesQueued).arg(s.plaintextMessages) << "\n";
    if (!s.failuresByError.isEmpty()) {
        QStringList failures;
        for (auto it = s.failuresByError.cbegin(); it != s.failuresByError.cend(); ++it)
            failures.append(it.key() + u' ' + QString::number(it.value()));
        o << tr("Failures by error: %1").arg(failures.join(u", "_s)) << "\n";
    }
    if (!r.legacyTls.isEmpty())
        o << tr("Remotes still on TLS 1.0/1.1 or plaintext: %1 (see --legacy-tls)").arg(r.legacyTls.size()) << "\n";
}

void printTimeline(QTextStream &o, const LogResult &r)
{
    // one block per (direction, connector, remote), sessions in time order with the gap to the previous one
    std::map<std::tuple<int, QString, QString>, QList<int>> groups;
    for (int i = 0; i < r.sessionCount(); ++i) {
        const LogSession s = r.session(i);
        groups[{int(s.direction), s.connector, s.remoteHost}].append(i);
    }
    for (const auto &[key, indexes] : groups) {
        const LogSession first = r.session(indexes.first());
        o << "\n" << dirCell(first.direction) << "  " << first.connector << "  ⇄  " << remoteCell(first) << "\n";
        Table table({tr("Start (UTC)"), tr("Session"), tr("TLS"), tr("Ended"), tr("Msgs"), tr("Gap")});
        QDateTime previous;
        for (int i : indexes) {
            const LogSession s = r.session(i);
            QString ended = sessionEndName(s.ending);
            if (s.lastError.isValid() && s.ending != SessionEnd::Queued)
                ended += u" (" + s.lastError.codePair() + u')';
            table.add({shortTime(s.start), s.id, tlsCell(s), ended, QString::number(queuedCount(s)),
                       previous.isValid() ? u'+' + seconds(previous.msecsTo(s.start)) : QString()});
            previous = s.start;
        }
        table.print(o);
    }
}

void printTlsSummary(QTextStream &o, const LogResult &r)
{
    struct Counts
    {
        int none = 0, failed = 0, ssl3 = 0, tls10 = 0, tls11 = 0, tls12 = 0, tls13 = 0, unknown = 0, messages = 0;
        QMap<QString, int> ciphers;
        void add(const TlsUsageRow &u)
        {
            if (u.outcome == TlsOutcome::None)
                none += u.sessions;
            else if (u.outcome == TlsOutcome::Failed)
                failed += u.sessions;
            else {
                switch (u.version) {
                case TlsVersion::Ssl30: ssl3 += u.sessions; break;
                case TlsVersion::Tls10: tls10 += u.sessions; break;
                case TlsVersion::Tls11: tls11 += u.sessions; break;
                case TlsVersion::Tls12: tls12 += u.sessions; break;
                case TlsVersion::Tls13: tls13 += u.sessions; break;
                case TlsVersion::Unknown: unknown += u.sessions; break;
                }
                if (!u.cipher.isEmpty())
                    ciphers[u.cipher] += u.sessions;
            }
            messages += u.messages;
        }
        QStringList cells() const
        {
            QStringList top;
            for (auto it = ciphers.cbegin(); it != ciphers.cend(); ++it)
                top.append(it.key() + u" ×" + QString::number(it.value()));
            auto n = [](int v) { return v ? QString::number(v) : u"-"_s; };
            return {n(none), n(failed), n(ssl3 + tls10), n(tls11), n(tls12), n(tls13), n(messages), top.join(u"; "_s)};
        }
    };
    const QStringList countHeader{tr("No TLS"), tr("Failed"), tr("TLS1.0"), tr("TLS1.1"), tr("TLS1.2"), tr("TLS1.3"),
                                  tr("Msgs"), tr("Ciphers")};
    auto section = [&](const QString &title, const QStringList &keyHeader, auto keyOf) {
        std::map<QStringList, Counts> rows;
        for (const TlsUsageRow &u : r.tlsUsage)
            rows[keyOf(u)].add(u);
        o << "\n" << title << "\n";
        Table table(keyHeader + countHeader);
        for (const auto &[key, counts] : rows)
            table.add(key + counts.cells());
        table.print(o);
    };
    section(tr("By remote host:"), {tr("Dir"), tr("Remote"), tr("Name")}, [](const TlsUsageRow &u) {
        return QStringList{dirCell(u.direction), u.remoteHost.isEmpty() ? u"-"_s : u.remoteHost,
                           u.remoteName.isEmpty() || u.remoteName == u.remoteHost ? u"-"_s : u.remoteName};
    });
    section(tr("By connector:"), {tr("Dir"), tr("Connector")},
            [](const TlsUsageRow &u) { return QStringList{dirCell(u.direction), u.connector}; });
    section(tr("By day (UTC):"), {tr("Day"), tr("Dir")},
            [](const TlsUsageRow &u) { return QStringList{u.day.toString(Qt::ISODate), dirCell(u.direction)}; });
}

void printLegacy(QTextStream &o, const LogResult &r)
{
    if (r.legacyTls.isEmpty()) {
        o << tr("No remote negotiated TLS 1.0/1.1 or carried mail without TLS in these logs.") << "\n";
        return;
    }
    o << tr("Remotes that break when TLS 1.0/1.1 is switched off (or that send/receive mail in plaintext):") << "\n";
    Table table({tr("Dir"), tr("Connector"), tr("Remote"), tr("Name"), tr("TLS1.0"), tr("TLS1.1"), tr("No TLS"),
                 tr("TLS1.2+"), tr("Msgs"), tr("Last seen (UTC)")});
    for (const LegacyTlsHost &h : r.legacyTls) {
        table.add({dirCell(h.direction), h.connector, h.remoteHost.isEmpty() ? u"-"_s : h.remoteHost,
                   h.remoteName.isEmpty() || h.remoteName == h.remoteHost ? u"-"_s : h.remoteName,
                   QString::number(h.tls10 + h.ssl30), QString::number(h.tls11), QString::number(h.plaintext),
                   QString::number(h.modern), QString::number(h.messages), shortTime(h.lastSeen)});
    }
    table.print(o);
    o << tr("TLS1.2+ = 0 means the remote never negotiated a modern version here: it breaks first.") << "\n";
}

} // namespace

int runLogs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Reads Exchange SMTP Send/Receive protocol logs (files, folders searched recursively, or '-' for\n"
        "pasted text on standard input) and shows sessions, TLS outcomes, plaintext fallbacks and retries."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON: sessions, fallbacks, retries, tlsUsage, legacyTls, summary, problems."));
    const QCommandLineOption sessions(u"sessions"_s, tr("List every session."));
    const QCommandLineOption timeline(u"timeline"_s, tr("Sessions per connector and remote in time order, with the gaps between attempts."));
    const QCommandLineOption tlsSummary(u"tls-summary"_s, tr("TLS versions and ciphers per remote host, connector and day."));
    const QCommandLineOption legacyTls(u"legacy-tls"_s, tr("Remotes still on TLS 1.0/1.1 or plaintext."));
    parser.addOptions({json, sessions, timeline, tlsSummary, legacyTls});
    parser.addPositionalArgument(u"PATH"_s, tr("Protocol-log files or folders; '-' reads standard input."), u"PATH...|-"_s);
    if (!parseOrExplain(parser, arguments))
        return ExitUsage;
    const int views = int(parser.isSet(sessions)) + int(parser.isSet(timeline)) + int(parser.isSet(tlsSummary))
        + int(parser.isSet(legacyTls));
    if (views > 1) {
        err() << arguments.value(0) << ": " << tr("choose one of --sessions, --timeline, --tls-summary, --legacy-tls") << "\n";
        return ExitUsage;
    }
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err() << arguments.value(0) << ": " << tr("no PATH given; use '-' to read pasted text from standard input") << "\n";
        return ExitUsage;
    }
    QList<LogSource> sources;
    for (const QString &path : std::as_const(paths)) {
        if (path == u"-") {
            QString error;
            const QByteArray text = readInput(path, &error);
            if (text.isNull()) {
                err() << arguments.value(0) << ": " << error << "\n";
                return ExitUsage;
            }
            sources.append(LogSource::pasted(text, u"stdin"_s));
        } else {
            sources.append(LogSource::file(path));
        }
    }
    const LogResult result = loadProtocolLogs(sources);

    bool allUnreadable = !result.problems.isEmpty();
    for (const LogProblem &p : result.problems)
        allUnreadable &= p.kind == LogProblem::UnreadableFile;
    if (allUnreadable && result.summary.lines == 0) {
        for (const LogProblem &p : result.problems)
            err() << arguments.value(0) << ": " << tr("cannot read %1: %2").arg(p.file, p.text) << "\n";
        return ExitUsage;
    }
    if (parser.isSet(json)) {
        printJson(logResultToJson(result, !parser.isSet(tlsSummary) && !parser.isSet(legacyTls)));
        return result.sessionCount() > 0 ? ExitOk : ExitNothing;
    }
    QTextStream &o = out();
    if (parser.isSet(sessions)) {
        printSessions(o, result);
    } else if (parser.isSet(timeline)) {
        printSummary(o, result);
        printTimeline(o, result);
        printFallbacksAndRetries(o, result, std::numeric_limits<int>::max());
    } else if (parser.isSet(tlsSummary)) {
        printSummary(o, result);
        printTlsSummary(o, result);
    } else if (parser.isSet(legacyTls)) {
        printLegacy(o, result);
    } else {
        printSummary(o, result);
        printFallbacksAndRetries(o, result, 20);
        if (result.sessionCount() > 0 && result.sessionCount() <= 40) {
            o << "\n" << tr("Sessions:") << "\n";
            printSessions(o, result);
        } else if (result.sessionCount() > 40) {
            o << "\n" << tr("%1 sessions: list them with --sessions or --timeline.").arg(result.sessionCount()) << "\n";
        }
    }
    printProblems(o, result, 20);
    if (result.sessionCount() == 0)
        o << tr("No protocol-log sessions found.") << "\n";
    o.flush();
    return result.sessionCount() > 0 ? ExitOk : ExitNothing;
}

} // namespace Mailflow::Cli
