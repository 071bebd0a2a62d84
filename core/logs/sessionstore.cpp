// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Mailflow {

QString logDirectionName(LogDirection direction)
{
    switch (direction) {
    case LogDirection::Send: return u"send"_s;
    case LogDirection::Receive: return u"receive"_s;
    case LogDirection::Unknown: break;
    }
    return u"unknown"_s;
}

QString tlsOutcomeName(TlsOutcome outcome)
{
    switch (outcome) {
    case TlsOutcome::Ok: return u"ok"_s;
    case TlsOutcome::Failed: return u"failed"_s;
    case TlsOutcome::None: break;
    }
    return u"none"_s;
}

QString sessionEndName(SessionEnd end)
{
    switch (end) {
    case SessionEnd::Queued: return u"queued"_s;
    case SessionEnd::Rejected: return u"rejected"_s;
    case SessionEnd::Dropped: return u"dropped"_s;
    case SessionEnd::TimedOut: return u"timedOut"_s;
    case SessionEnd::Closed: return u"closed"_s;
    case SessionEnd::Open: break;
    }
    return u"open"_s;
}

QString messageOutcomeName(MessageOutcome outcome)
{
    switch (outcome) {
    case MessageOutcome::Queued: return u"queued"_s;
    case MessageOutcome::Deferred: return u"deferred"_s;
    case MessageOutcome::Rejected: return u"rejected"_s;
    case MessageOutcome::Incomplete: break;
    }
    return u"incomplete"_s;
}

QString LogProblem::kindName() const
{
    switch (kind) {
    case UnreadableFile: return u"unreadableFile"_s;
    case FieldCount: return u"fieldCount"_s;
    case UnterminatedQuote: return u"unterminatedQuote"_s;
    case BadTimestamp: return u"badTimestamp"_s;
    case BadEvent: return u"badEvent"_s;
    case MissingSessionId: return u"missingSessionId"_s;
    case BadSequenceNumber: return u"badSequenceNumber"_s;
    case StrayText: return u"strayText"_s;
    case BadHeader: return u"badHeader"_s;
    }
    return u"unknown"_s;
}

QString LogRetrySeries::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Fallback: return u"fallback"_s;
    case Delivered: return u"delivered"_s;
    case Pending: break;
    }
    return u"pending"_s;
}

LogResult::LogResult() = default;
LogResult::~LogResult() = default;
LogResult::LogResult(const LogResult &) = default;
LogResult &LogResult::operator=(const LogResult &) = default;
LogResult::LogResult(LogResult &&) noexcept = default;
LogResult &LogResult::operator=(LogResult &&) noexcept = default;

int LogResult::sessionCount() const
{
    return store ? store->count() : 0;
}

LogSession LogResult::session(int index) const
{
    if (!store || index < 0 || index >= store->count())
        return {};
    return store->expand(index);
}

QString LogResult::sessionId(int index) const
{
    if (!store || index < 0 || index >= store->count())
        return {};
    return store->sessionId(store->at(index));
}

namespace Internal {

QString describeSchannelCipher(QStringView bulk, QStringView mac, QStringView keyExchange)
{
    QStringList parts;
    for (QStringView part : {bulk, mac, keyExchange}) {
        if (!part.isEmpty())
            parts.append(part.toString());
    }
    return parts.join(u" / "_s);
}

namespace {

// 0 is "no time": excerpts from documentation carry "Date/Time" placeholders instead of timestamps.
QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

SmtpReply expandReply(const StringStore &strings, const ReplyRec &r)
{
    if (r.hasText)
        return parseSmtpReply(strings.string(r.value));
    SmtpReply reply;
    reply.code = r.code;
    reply.enhanced = strings.string(r.value);
    return reply;
}

LogCertificate expandCertificate(const StringStore &strings, const std::vector<CertRec> &certificates, quint32 index)
{
    if (index == 0 || index > certificates.size())
        return {};
    const CertRec &c = certificates[index - 1];
    LogCertificate cert;
    cert.subject = strings.string(c.subject);
    cert.issuer = strings.string(c.issuer);
    cert.serialNumber = strings.string(c.serial);
    cert.thumbprint = strings.string(c.thumbprint);
    cert.notBefore = strings.string(c.notBefore);
    cert.notAfter = strings.string(c.notAfter);
    cert.alternateNames = strings.string(c.names).split(u';', Qt::SkipEmptyParts);
    return cert;
}

QString endpointText(const StringStore &strings, const Endpoint &e)
{
    if (e.isEmpty())
        return {};
    QString host = strings.string(e.host);
    if (e.port == 0)
        return host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return host + u':' + QString::number(e.port);
}

} // namespace

QString SessionStore::sessionId(const SessionRec &s) const
{
    if (s.idText)
        return strings->string(s.idText);
    return QStringLiteral("%1").arg(s.sessionId, 16, 16, QLatin1Char('0')).toUpper();
}

LogDirection SessionStore::direction(const SessionRec &s) const
{
    if (s.logType)
        return LogDirection(s.logType);
    if (s.flags & FlagRepliesOnLess)
        return LogDirection::Send;
    if (s.flags & FlagRepliesOnGreater)
        return LogDirection::Receive;
    return LogDirection::Unknown;
}

quint32 SessionStore::remoteNameId(const SessionRec &s) const
{
    const quint32 id = direction(s) == LogDirection::Receive ? s.ehlo : s.banner;
    return id ? id : (s.banner ? s.banner : s.ehlo);
}

quint32 SessionStore::remoteKeyId(const SessionRec &s) const
{
    return s.remote.host ? s.remote.host : remoteNameId(s);
}

QString SessionStore::remoteName(const SessionRec &s) const
{
    return strings->string(remoteNameId(s));
}

QString SessionStore::remoteKey(const SessionRec &s) const
{
    return strings->string(remoteKeyId(s));
}

QString SessionStore::cipher(const SessionRec &s) const
{
    return describeSchannelCipher(strings->string(s.bulk), strings->string(s.mac), strings->string(s.kex));
}

LogSession SessionStore::expand(int index) const
{
    const SessionRec &s = at(index);
    const StringStore &st = *strings;
    LogSession out;
    out.id = sessionId(s);
    out.connector = st.string(s.connector);
    out.direction = direction(s);
    out.start = fromMs(s.startMs);
    out.end = fromMs(s.endMs);
    out.localEndpoint = endpointText(st, s.local);
    out.remoteEndpoint = endpointText(st, s.remote);
    out.remoteHost = remoteKey(s);
    out.bannerHost = st.string(s.banner);
    out.ehloName = st.string(s.ehlo);
    for (int bit = 0; bit < 32; ++bit) {
        if (s.extensions & (1u << bit)) {
            if (const char *name = extensionName(bit))
                out.extensions.append(QLatin1StringView(name));
        }
    }
    out.authMechanisms = st.string(s.auth).split(u' ', Qt::SkipEmptyParts);
    out.maxMessageSize = qint64(s.maxSize);
    out.startTlsOffered = s.flags & FlagOffered;
    out.startTlsAttempted = (s.flags & FlagIssued) || s.tlsOutcome != TlsOutcome::None;
    out.tlsOutcome = s.tlsOutcome;
    out.tlsVersion = s.tlsVersion;
    out.bulkAlgorithm = st.string(s.bulk);
    out.bulkBits = s.bulkBits;
    out.macAlgorithm = st.string(s.mac);
    out.macBits = s.macBits;
    out.keyExchange = st.string(s.kex);
    out.keyExchangeBits = s.kexBits;
    out.cipher = describeSchannelCipher(out.bulkAlgorithm, out.macAlgorithm, out.keyExchange);
    out.tlsError = st.string(s.tlsError);
    out.localCertificate = expandCertificate(st, certificates, s.localCert);
    out.remoteCertificate = expandCertificate(st, certificates, s.remoteCert);
    for (const MessageRec &m : s.messages) {
        LogMessage message;
        message.mailFrom = st.string(m.mailFrom);
        for (const MessageItem &item : m.items) {
            if (item.isRecipient())
                message.recipients.append(st.string(item.recipient()));
            else
                message.replies.append(expandReply(st, item.reply));
        }
        message.internetMessageId = st.string(m.messageId);
        message.recordId = m.recordId;
        message.dataCommand = m.dataCommand == Command::Data ? u"DATA"_s : m.dataCommand == Command::Bdat ? u"BDAT"_s : QString();
        message.outcome = m.outcome;
        out.messages.append(message);
    }
    out.ending = s.end;
    if (s.lastError.code)
        out.lastError = expandReply(st, s.lastError);
    out.quitSeen = s.flags & FlagQuit;
    out.disconnectedBy = (s.flags & FlagDisconnectRemote) ? u"Remote"_s : (s.flags & FlagDisconnectLocal) ? u"Local"_s : QString();
    out.file = files.value(s.file);
    out.line = s.line;
    out.sequenceGaps = int(s.gaps);
    return out;
}

namespace {

void mergeInto(SessionRec &a, SessionRec &&b)
{
    a.startMs = std::min(a.startMs, b.startMs);
    a.endMs = std::max(a.endMs, b.endMs);
    if (b.firstSeq > a.lastSeq + 1)
        a.gaps += b.firstSeq - a.lastSeq - 1;
    a.gaps += b.gaps;
    a.lastSeq = std::max(a.lastSeq, b.lastSeq);
    if (a.local.isEmpty())
        a.local = b.local;
    if (a.remote.isEmpty())
        a.remote = b.remote;
    if (!a.banner)
        a.banner = b.banner;
    if (!a.ehlo)
        a.ehlo = b.ehlo;
    if (b.auth)
        a.auth = b.auth;
    a.extensions |= b.extensions;
    if (b.maxSize)
        a.maxSize = b.maxSize;
    a.flags |= b.flags & ~FlagCertRemote;
    if (b.tlsOutcome != TlsOutcome::None) {
        a.tlsOutcome = b.tlsOutcome;
        a.tlsVersion = b.tlsVersion;
        a.bulk = b.bulk, a.mac = b.mac, a.kex = b.kex;
        a.bulkBits = b.bulkBits, a.macBits = b.macBits, a.kexBits = b.kexBits;
        a.tlsError = b.tlsError;
    }
    if (!a.localCert)
        a.localCert = b.localCert;
    if (!a.remoteCert)
        a.remoteCert = b.remoteCert;
    if (b.lastError.code)
        a.lastError = b.lastError;
    size_t from = 0;
    if (!b.messages.empty() && b.messages.front().continuation && !a.messages.empty()) {
        MessageRec &last = a.messages.back();
        MessageRec &cont = b.messages.front();
        last.items.insert(last.items.end(), cont.items.begin(), cont.items.end());
        if (cont.outcome != MessageOutcome::Incomplete)
            last.outcome = cont.outcome;
        if (!last.messageId.length)
            last.messageId = cont.messageId;
        if (cont.dataCommand != Command::None)
            last.dataCommand = cont.dataCommand;
        from = 1;
    }
    for (size_t i = from; i < b.messages.size(); ++i)
        a.messages.push_back(std::move(b.messages[i]));
}

SessionEnd judgeEnd(const SessionRec &s)
{
    bool queued = false;
    bool refused = false;
    for (const MessageRec &m : s.messages) {
        queued |= m.outcome == MessageOutcome::Queued;
        refused |= m.outcome == MessageOutcome::Rejected || m.outcome == MessageOutcome::Deferred;
    }
    if (queued)
        return SessionEnd::Queued;
    if (s.flags & FlagTimedOut)
        return SessionEnd::TimedOut;
    if (s.tlsOutcome == TlsOutcome::Failed || (s.flags & FlagConnectFailed))
        return SessionEnd::Dropped;
    if (refused || (s.lastError.code >= 500) || (s.lastError.code >= 400 && s.lastError.answers != Command::Rcpt))
        return SessionEnd::Rejected;
    if ((s.flags & FlagDisconnectRemote) && !(s.flags & FlagQuit))
        return SessionEnd::Dropped;
    if (s.flags & (FlagQuit | FlagDisconnectLocal | FlagDisconnectRemote))
        return SessionEnd::Closed;
    return SessionEnd::Open;
}

bool usesTls(const SessionRec &s)
{
    return s.tlsOutcome == TlsOutcome::Ok;
}

int queuedMessages(const SessionRec &s)
{
    int n = 0;
    for (const MessageRec &m : s.messages)
        n += m.outcome == MessageOutcome::Queued;
    return n;
}

bool isFailedAttempt(const SessionRec &s)
{
    if (s.end == SessionEnd::Queued)
        return false;
    if (s.tlsOutcome == TlsOutcome::Failed || (s.flags & FlagConnectFailed))
        return true;
    // "451 5.7.3 Must issue a STARTTLS command first" and friends
    return s.lastError.code >= 400 && s.messages.empty() && s.end != SessionEnd::Closed;
}

QString failureToken(const SessionStore &store, const SessionRec &s)
{
    if (s.tlsError)
        return store.strings->string(s.tlsError);
    if (s.flags & FlagConnectFailed)
        return (s.flags & FlagTimedOut) ? u"ConnectTimeout"_s : u"ConnectFailed"_s;
    if (s.lastError.code) {
        const SmtpReply reply = expandReply(*store.strings, s.lastError);
        return reply.codePair();
    }
    return {};
}

constexpr qint64 MaxSeriesGapMs = 12LL * 3600 * 1000;

void correlate(const SessionStore &store, LogResult &result)
{
    // Group attempts by (direction, connector, remote) in start order.
    using GroupKey = std::tuple<int, quint32, quint32>;
    std::map<GroupKey, std::vector<int>> groups;
    std::vector<GroupKey> order;
    for (int i = 0; i < store.count(); ++i) {
        const SessionRec &s = store.at(i);
        const GroupKey key{int(store.direction(s)), s.connector, store.remoteKeyId(s)};
        auto [it, inserted] = groups.try_emplace(key);
        if (inserted)
            order.push_back(key);
        it->second.push_back(i);
    }
    for (const GroupKey &key : order) {
        const std::vector<int> &indexes = groups[key];
        QList<int> series;
        auto closeSeries = [&](int deliveredBy) {
            if (series.isEmpty())
                return;
            const SessionRec &lastFail = store.at(series.last());
            if (deliveredBy >= 0) {
                const SessionRec &d = store.at(deliveredBy);
                if (!usesTls(d) && !(d.flags & FlagIssued)) {
                    // the most recent TLS failure before the plaintext delivery
                    for (auto it = series.crbegin(); it != series.crend(); ++it) {
                        const SessionRec &f = store.at(*it);
                        if (f.tlsOutcome == TlsOutcome::Failed) {
                            LogFallback fb;
                            fb.failedSession = *it;
                            fb.plaintextSession = deliveredBy;
                            fb.connector = store.strings->string(d.connector);
                            fb.remoteHost = store.remoteKey(d);
                            fb.error = failureToken(store, f);
                            fb.delayMs = std::max<qint64>(0, d.startMs - f.endMs);
                            result.fallbacks.append(fb);
                            break;
                        }
                    }
                }
            }
            if (series.size() >= 2) {
                LogRetrySeries r;
                r.direction = store.direction(lastFail);
                r.connector = store.strings->string(lastFail.connector);
                r.remoteHost = store.remoteKey(lastFail);
                r.sessions = series;
                for (int i = 1; i < series.size(); ++i)
                    r.intervalsMs.append(store.at(series[i]).startMs - store.at(series[i - 1]).startMs);
                for (int i : std::as_const(series)) {
                    const QString token = failureToken(store, store.at(i));
                    if (!token.isEmpty() && !r.errors.contains(token))
                        r.errors.append(token);
                }
                r.deliveredBy = deliveredBy;
                if (deliveredBy < 0)
                    r.outcome = LogRetrySeries::Pending;
                else
                    r.outcome = usesTls(store.at(deliveredBy)) ? LogRetrySeries::Delivered : LogRetrySeries::Fallback;
                result.retries.append(r);
            }
            series.clear();
        };
        for (int i : indexes) {
            const SessionRec &s = store.at(i);
            if (!series.isEmpty() && s.startMs - store.at(series.last()).endMs > MaxSeriesGapMs)
                closeSeries(-1);
            if (isFailedAttempt(s))
                series.append(i);
            else if (s.end == SessionEnd::Queued)
                closeSeries(i);
        }
        closeSeries(-1);
    }
    std::sort(result.fallbacks.begin(), result.fallbacks.end(),
              [](const LogFallback &a, const LogFallback &b) { return a.plaintextSession < b.plaintextSession; });
    std::sort(result.retries.begin(), result.retries.end(),
              [](const LogRetrySeries &a, const LogRetrySeries &b) { return a.sessions.first() < b.sessions.first(); });
}

void aggregate(const SessionStore &store, LogResult &result)
{
    // Count with ids and enums; strings are made once per row at the end.
    LogSummary &sum = result.summary;
    const StringStore &st = *store.strings;
    using UsageKey = std::tuple<qint64, int, quint32, quint32, int, int, quint32, quint32, quint32>;
    struct Usage
    {
        int sessions = 0;
        int messages = 0;
        quint32 name = 0;
    };
    std::map<UsageKey, Usage> usage;
    using HostKey = std::tuple<int, quint32, quint32>;
    struct Legacy
    {
        LegacyTlsHost host;
        quint32 name = 0;
        qint64 lastSeen = std::numeric_limits<qint64>::min();
    };
    std::map<HostKey, Legacy> legacy;
    std::map<std::tuple<quint32, quint32, quint32>, int> ciphers;
    int versions[6] = {};
    int endings[6] = {};
    for (int si = 0; si < store.count(); ++si) {
        const SessionRec &s = store.at(si);
        const LogDirection dir = store.direction(s);
        ++sum.sessions;
        sum.sendSessions += dir == LogDirection::Send;
        sum.receiveSessions += dir == LogDirection::Receive;
        const int queued = queuedMessages(s);
        sum.messagesQueued += queued;
        switch (s.tlsOutcome) {
        case TlsOutcome::Ok:
            ++sum.tlsOk;
            ++versions[int(s.tlsVersion) % 6];
            if (s.bulk || s.mac || s.kex)
                ++ciphers[{s.bulk, s.mac, s.kex}];
            break;
        case TlsOutcome::Failed:
            ++sum.tlsFailed;
            break;
        case TlsOutcome::None:
            ++sum.noTls;
            sum.plaintextMessages += queued;
            break;
        }
        if (s.tlsOutcome == TlsOutcome::Failed || isFailedAttempt(s)) {
            const QString token = failureToken(store, s);
            if (!token.isEmpty())
                ++sum.failuresByError[token];
        }
        ++endings[int(s.end) % 6];

        const quint32 remote = store.remoteKeyId(s);
        const quint32 name = store.remoteNameId(s);
        const qint64 day = s.startMs >= 0 ? s.startMs / 86400000 : (s.startMs - 86399999) / 86400000;
        Usage &row = usage[{day, int(dir), s.connector, remote, int(s.tlsOutcome), int(s.tlsVersion), s.bulk, s.mac, s.kex}];
        ++row.sessions;
        row.messages += queued;
        if (name)
            row.name = name;

        const bool legacyTls = s.tlsOutcome == TlsOutcome::Ok && isLegacyTls(s.tlsVersion);
        const bool plaintext = s.tlsOutcome == TlsOutcome::None && queued > 0;
        if (legacyTls || plaintext) {
            Legacy &l = legacy[{int(dir), s.connector, remote}];
            LegacyTlsHost &h = l.host;
            h.ssl30 += legacyTls && s.tlsVersion == TlsVersion::Ssl30;
            h.tls10 += legacyTls && s.tlsVersion == TlsVersion::Tls10;
            h.tls11 += legacyTls && s.tlsVersion == TlsVersion::Tls11;
            h.plaintext += plaintext;
            h.messages += queued;
            l.lastSeen = std::max(l.lastSeen, s.endMs);
            if (name)
                l.name = name;
        }
    }
    if (!legacy.empty()) {
        // how often the same remotes managed TLS 1.2/1.3: 0 means they break first
        for (int si = 0; si < store.count(); ++si) {
            const SessionRec &s = store.at(si);
            if (s.tlsOutcome != TlsOutcome::Ok || isLegacyTls(s.tlsVersion))
                continue;
            const auto it = legacy.find({int(store.direction(s)), s.connector, store.remoteKeyId(s)});
            if (it != legacy.end())
                ++it->second.host.modern;
        }
    }
    for (int v = 0; v < 6; ++v) {
        if (versions[v])
            sum.tlsVersions[TlsVersion(v) == TlsVersion::Unknown ? u"unknown"_s : tlsVersionName(TlsVersion(v))] = versions[v];
    }
    for (int e = 0; e < 6; ++e) {
        if (endings[e])
            sum.sessionEnds[sessionEndName(SessionEnd(e))] = endings[e];
    }
    for (const auto &[key, count] : ciphers)
        sum.ciphers[describeSchannelCipher(st.string(std::get<0>(key)), st.string(std::get<1>(key)), st.string(std::get<2>(key)))] += count;
    result.tlsUsage.reserve(qsizetype(usage.size()));
    for (const auto &[key, u] : usage) {
        TlsUsageRow row;
        row.day = QDate(1970, 1, 1).addDays(std::get<0>(key));
        row.direction = LogDirection(std::get<1>(key));
        row.connector = st.string(std::get<2>(key));
        row.remoteHost = st.string(std::get<3>(key));
        row.outcome = TlsOutcome(std::get<4>(key));
        row.version = TlsVersion(std::get<5>(key));
        row.cipher = describeSchannelCipher(st.string(std::get<6>(key)), st.string(std::get<7>(key)), st.string(std::get<8>(key)));
        row.remoteName = st.string(u.name);
        row.sessions = u.sessions;
        row.messages = u.messages;
        result.tlsUsage.append(std::move(row));
    }
    for (auto &[key, l] : legacy) {
        LegacyTlsHost h = l.host;
        h.direction = LogDirection(std::get<0>(key));
        h.connector = st.string(std::get<1>(key));
        h.remoteHost = st.string(std::get<2>(key));
        h.remoteName = st.string(l.name);
        h.lastSeen = fromMs(l.lastSeen);
        result.legacyTls.append(std::move(h));
    }
    // Ids depend on which thread met a string first: order by the strings.
    std::sort(result.tlsUsage.begin(), result.tlsUsage.end(), [](const TlsUsageRow &a, const TlsUsageRow &b) {
        return std::tie(a.day, a.direction, a.connector, a.remoteHost, a.outcome, a.version, a.cipher)
            < std::tie(b.day, b.direction, b.connector, b.remoteHost, b.outcome, b.version, b.cipher);
    });
    std::sort(result.legacyTls.begin(), result.legacyTls.end(), [](const LegacyTlsHost &a, const LegacyTlsHost &b) {
        const int x = a.tls10 + a.tls11 + a.ssl30 + a.plaintext;
        const int y = b.tls10 + b.tls11 + b.ssl30 + b.plaintext;
        return x != y ? x > y : std::tie(a.direction, a.connector, a.remoteHost) < std::tie(b.direction, b.connector, b.remoteHost);
    });
    if (store.count() > 0) {
        qint64 first = store.at(0).startMs;
        qint64 last = first;
        for (int si = 0; si < store.count(); ++si)
            last = std::max(last, store.at(si).endMs);
        sum.first = fromMs(first);
        sum.last = fromMs(last);
    }
}

} // namespace

LogResult assembleResult(std::vector<FileFragment> fragments, std::shared_ptr<StringStore> strings,
                         const QStringList &files, QList<LogProblem> fileProblems)
{
    LogResult result;
    auto store = std::make_shared<SessionStore>();
    store->strings = std::move(strings);
    store->files = files;
    result.files = files;
    result.problems = std::move(fileProblems);

    size_t total = 0;
    for (FileFragment &f : fragments) {
        total += f.sessions.size();
        result.summary.lines += f.lines;
        result.summary.bytes += f.bytes;
        for (LogProblem &p : f.problems) {
            p.file = files.value(f.file);
            result.problems.append(std::move(p));
        }
        result.droppedProblems += f.droppedProblems;
    }
    result.summary.files = int(files.size());

    // Adopt each file's sessions as a chunk (no copy); certificate indexes become store-wide.
    std::vector<quint64> order;
    order.reserve(total);
    store->chunks.reserve(fragments.size());
    for (FileFragment &f : fragments) {
        const auto offset = quint32(store->certificates.size());
        store->certificates.insert(store->certificates.end(), f.certificates.begin(), f.certificates.end());
        std::vector<CertRec>().swap(f.certificates);
        const quint64 chunk = store->chunks.size();
        for (quint32 i = 0; i < f.sessions.size(); ++i) {
            SessionRec &s = f.sessions[i];
            if (s.localCert)
                s.localCert += offset;
            if (s.remoteCert)
                s.remoteCert += offset;
            order.push_back(chunk << 32 | i);
        }
        f.sessions.shrink_to_fit();
        store->chunks.push_back(std::move(f.sessions));
    }
    fragments.clear();
    auto rec = [&store](quint64 o) -> SessionRec & { return store->chunks[size_t(o >> 32)][size_t(o & 0xffffffffu)]; };

    // Join sessions split across a file rollover: same log type, connector and id, the later
    // fragment not starting at sequence 0.
    std::sort(order.begin(), order.end(), [&rec](quint64 x, quint64 y) {
        const SessionRec &a = rec(x);
        const SessionRec &b = rec(y);
        return std::tie(a.logType, a.connector, a.sessionId, a.startMs, a.file, a.firstSeq)
            < std::tie(b.logType, b.connector, b.sessionId, b.startMs, b.file, b.firstSeq);
    });
    size_t kept = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        if (kept > 0) {
            SessionRec &a = rec(order[kept - 1]);
            SessionRec &b = rec(order[k]);
            if (a.logType == b.logType && a.connector == b.connector && a.sessionId == b.sessionId && b.file != a.file
                && b.firstSeq != 0) {
                mergeInto(a, std::move(b));
                b = SessionRec();
                continue;
            }
        }
        order[kept++] = order[k];
    }
    order.resize(kept);
    order.shrink_to_fit();
    for (quint64 o : order)
        rec(o).end = judgeEnd(rec(o));
    std::stable_sort(order.begin(), order.end(), [&rec](quint64 x, quint64 y) {
        const SessionRec &a = rec(x);
        const SessionRec &b = rec(y);
        return std::tie(a.startMs, a.file, a.line) < std::tie(b.startMs, b.file, b.line);
    });
    store->order = std::move(order);

    correlate(*store, result);
    aggregate(*store, result);
    result.store = std::move(store);
    return result;
}

} // namespace Internal
} // namespace Mailflow
