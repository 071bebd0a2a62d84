// SPDX-License-Identifier: GPL-3.0-or-later
#include "starttlsprober.h"

#include "probe/ciphersuites.h"
#include "probe/probesession.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>
#include <vector>

namespace Mailflow {

using namespace Internal;

ProbeTarget parseProbeTarget(QStringView text)
{
    ProbeTarget target;
    const QString t = text.trimmed().toString();
    QString host = t;
    QString port;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0) {
            target.error = QStringLiteral("missing ']' in \"%1\"").arg(t);
            return target;
        }
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                target.error = QStringLiteral("unexpected \"%1\" after ']'").arg(rest);
                return target;
            }
            port = rest.mid(1);
        }
    } else if (t.count(u':') == 1) {
        host = t.section(u':', 0, 0);
        port = t.section(u':', 1);
    }
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty()) {
        target.error = QStringLiteral("no host name or address in \"%1\"").arg(t);
        return target;
    }
    if (!port.isNull()) {
        bool ok = false;
        const int value = port.toInt(&ok);
        if (!ok || value < 1 || value > 65535) {
            target.error = QStringLiteral("bad port \"%1\" (1–65535)").arg(port);
            return target;
        }
        target.port = value;
    }
    QHostAddress address;
    if (address.setAddress(host)) {
        target.isAddress = true;
        target.host = address.toString();
        return target;
    }
    if (host.contains(u':')) {
        target.error = QStringLiteral("\"%1\" is not a valid IPv6 address").arg(host);
        return target;
    }
    for (QChar c : std::as_const(host)) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_')) {
            target.error = QStringLiteral("\"%1\" is not a host name (character '%2')").arg(host, c);
            return target;
        }
    }
    target.host = host;
    return target;
}

namespace {

constexpr int BlockSize = 128;

struct Chain
{
    TlsVersion version = TlsVersion::Unknown;
    int block = 0;
    bool order = false;        ///< merges the finds of several blocks into one preference order
    QList<quint16> remaining;
    QList<quint16> found;
    bool firstDone = false;
    bool done = false;
    bool splitPending = false; ///< split the rest once the hello in flight answers
    ProbeAttempt first;
};

struct VersionState
{
    QList<int> chains;
    bool decided = false;
    bool accepted = false;
    bool ciphersFinal = false;
    bool confirmQueued = false;
    bool preferenceAsked = false;
    QString preference;          ///< "server", "client" or empty while unknown
};

} // namespace

/// Probes one host (a name to resolve, or an address) with up to maxConnections connections.
/// Reports through the owner's signals, tagged with its index; calls `done` once at the end.
class HostProbe
{
public:
    HostProbe(StarttlsProber *q, int index, const ProbeOptions &options, std::function<void()> done, std::function<void()> progress)
        : q(q)
        , hostIndex(index)
        , options(options)
        , done(std::move(done))
        , progress(std::move(progress))
    {
        overall.setSingleShot(true);
        QObject::connect(&overall, &QTimer::timeout, &ctx, [this] { onOverallTimeout(); });
    }
    ~HostProbe() { stopAll(); }

    /// Probes @p host (a name, resolved first; or an address literal) on @p port.
    void start(const QString &host, bool isAddress, int port);
    void cancel();

    void resolveAddresses(const QString &host);
    void beginProbing();
    void enqueue(const SessionJob &job, bool front);
    void launchMore();
    void onSessionFinished(ProbeSession *session);
    void handleHello(const SessionJob &job, ProbeAttempt &attempt);
    void answerQueuedHellos(const ProbeAttempt &refusal);
    void chainFirstDone(Chain &chain);
    void chainDone(int index);
    void checkPreference(TlsVersion version);
    void onPreference(const SessionJob &job, const ProbeAttempt &attempt);
    void splitChain(int index);
    void decideVersion(TlsVersion version);
    void scheduleConfirmations();
    void handleConfirm(const SessionOutcome &outcome);
    void mergeSmtp(const SessionOutcome &outcome);
    void checkDone();
    void finishProbe();
    void onOverallTimeout();
    void stopAll();
    void reportProgress();

    StarttlsProber *q;
    int hostIndex; ///< in ProbeResult::hosts; tags every signal
    ProbeOptions options;
    std::function<void()> done;
    std::function<void()> progress;
    QObject ctx; ///< context and parent of everything this host's probe runs: deleting it stops them
    ProbeResult result;
    bool running = false;
    bool firstConnected = false;
    int addressIndex = 0;
    QStringList addresses;
    QString serverName;
    QList<Chain> chains;
    QMap<TlsVersion, VersionState> versions;
    std::deque<SessionJob> queue;
    QList<ProbeSession *> active;
    int pendingRetries = 0;
    int allowed = 4;
    int nextId = 1;
    int finishedConnections = 0;
    bool smtpMerged = false;
    QTimer overall;
    QElapsedTimer clock;
    int hostLookupId = -1;
};

class StarttlsProber::Private
{
public:
    explicit Private(StarttlsProber *q)
        : q(q)
    {
    }

    void startResolve();
    void onMxFound(const QList<QDnsMailExchangeRecord> &records, QDnsLookup::Error error, const QString &errorText);
    void probeSingleHost(const QString &host, bool isAddress);
    void launchHosts();
    void onHostDone(int index);
    void finish();
    void stopAll();
    void reportProgress();

    StarttlsProber *q;
    ProbeOptions options;
    ProbeResult result;
    QString domain;
    int port = 25;
    bool running = false;
    bool cancelling = false;
    bool domainProbe = false;
    std::vector<std::unique_ptr<HostProbe>> probes; ///< per entry of result.hosts (or one for a host target)
    std::vector<int> pending;                       ///< host indexes still to start, in order
    int runningHosts = 0;
    QObject ctx;
    QPointer<QDnsLookup> dns;
    QElapsedTimer clock;
};

StarttlsProber::StarttlsProber(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
}

StarttlsProber::~StarttlsProber()
{
    d->running = false;
    d->stopAll();
}

bool StarttlsProber::isRunning() const
{
    return d->running;
}

const ProbeResult &StarttlsProber::result() const
{
    return d->result;
}

void StarttlsProber::start(const ProbeOptions &options)
{
    if (d->running)
        return;
    d->stopAll();
    d->probes.clear();
    d->pending.clear();
    d->options = options;
    d->options.maxConnections = qMax(1, options.maxConnections);
    d->options.maxMxHosts = qMax(1, options.maxMxHosts);
    d->options.parallelHosts = qMax(1, options.parallelHosts);
    d->result = ProbeResult();
    d->runningHosts = 0;
    d->cancelling = false;
    d->domainProbe = false;
    d->running = true;
    d->clock.start();
    d->startResolve();
}

void StarttlsProber::cancel()
{
    if (!d->running)
        return;
    d->cancelling = true;
    if (d->dns) {
        // Still looking up MX records: nothing probed yet.
        d->stopAll();
        d->result.cancelled = true;
        d->result.error = QStringLiteral("cancelled while looking up the MX records of %1").arg(d->domain);
        d->finish();
        return;
    }
    for (const std::unique_ptr<HostProbe> &probe : d->probes) {
        if (probe && probe->running)
            probe->cancel();
    }
}

void StarttlsProber::Private::stopAll()
{
    if (QDnsLookup *lookup = dns) {
        dns = nullptr;
        lookup->abort();
        lookup->deleteLater();
    }
    for (const std::unique_ptr<HostProbe> &probe : probes) {
        if (probe)
            probe->stopAll();
    }
}

void StarttlsProber::Private::startResolve()
{
    result.target = options.target;
    result.implicitTls = options.implicitTls;
    const ProbeTarget target = parseProbeTarget(options.target);
    if (!target.isValid()) {
        result.error = target.error;
        QTimer::singleShot(0, &ctx, [this] { finish(); });
        return;
    }
    port = options.port > 0 ? options.port : target.port > 0 ? target.port : options.implicitTls ? 465 : 25;
    result.port = port;
    result.host = target.host;
    domain = target.host;
    const bool tryMx = !target.isAddress && target.port == 0 && target.host.contains(u'.')
        && target.host.compare(u"localhost", Qt::CaseInsensitive) != 0;
    if (!tryMx) {
        QTimer::singleShot(0, &ctx, [this, host = target.host, isAddress = target.isAddress] { probeSingleHost(host, isAddress); });
        return;
    }
    dns = new QDnsLookup(QDnsLookup::MX, target.host, &ctx);
    if (!options.dnsServer.isEmpty()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        dns->setNameserver(QHostAddress(options.dnsServer), options.dnsPort);
#else
        dns->setNameserver(QHostAddress(options.dnsServer));
#endif
    }
    QObject::connect(dns, &QDnsLookup::finished, &ctx, [this] {
        QDnsLookup *lookup = dns;
        if (!lookup || !running)
            return;
        dns = nullptr;
        lookup->deleteLater();
        onMxFound(lookup->mailExchangeRecords(), lookup->error(), lookup->errorString());
    });
    dns->lookup();
}

void StarttlsProber::Private::onMxFound(const QList<QDnsMailExchangeRecord> &found, QDnsLookup::Error error, const QString &errorText)
{
    QList<QDnsMailExchangeRecord> records = found;
    // QDnsLookup shuffles records of equal preference (RFC 5321 §5.1 asks senders to spread mail
    // over them); order those by name so that a probe reads the same every time.
    std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        return a.preference() != b.preference() ? a.preference() < b.preference() : a.exchange() < b.exchange();
    });
    bool nullMx = false;
    QList<std::pair<QString, int>> hosts;
    for (const QDnsMailExchangeRecord &record : std::as_const(records)) {
        QString name = record.exchange();
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.isEmpty())
            nullMx = true; // "MX 0 ." (RFC 7505); only meaningful alone, other records win
        else
            hosts.append({name, int(record.preference())});
    }
    if (hosts.isEmpty() && nullMx) {
        result.mxLookup = MxLookup::NullMx;
        result.error = QStringLiteral("%1 publishes a null MX (RFC 7505): it accepts no mail").arg(domain);
        finish();
        return;
    }
    if (hosts.isEmpty()) {
        // No MX: mail goes to the name's own A/AAAA (RFC 5321 §5.1), so that is what is probed.
        const bool notFound = error == QDnsLookup::NoError || error == QDnsLookup::NotFoundError;
        result.mxLookup = notFound ? MxLookup::NoMx : MxLookup::Failed;
        if (!notFound)
            result.mxError = errorText;
        probeSingleHost(domain, false);
        return;
    }
    result.mxLookup = MxLookup::Found;
    domainProbe = true;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        result.mxHosts << hosts.at(i).first;
        ProbeResult host;
        host.target = options.target;
        host.host = hosts.at(i).first;
        host.port = port;
        host.implicitTls = options.implicitTls;
        host.mxPreference = hosts.at(i).second;
        if (i >= options.maxMxHosts)
            host.skipped = MxSkip::Limit;
        else if (i > 0 && !options.allMxHosts)
            host.skipped = MxSkip::FirstMxOnly;
        result.hosts.append(host);
        probes.emplace_back();
        if (host.skipped == MxSkip::None)
            pending.push_back(int(i));
    }
    QList<int> preferences;
    for (const auto &host : std::as_const(hosts))
        preferences << host.second;
    Q_EMIT q->mxResolved(result.mxHosts, preferences);
    launchHosts();
}

void StarttlsProber::Private::probeSingleHost(const QString &host, bool isAddress)
{
    if (!running)
        return;
    probes.clear();
    probes.push_back(std::make_unique<HostProbe>(q, 0, options, [this] { onHostDone(0); }, [this] { reportProgress(); }));
    ++runningHosts;
    Q_EMIT q->hostStarted(0, host);
    probes.front()->start(host, isAddress, port);
}

void StarttlsProber::Private::launchHosts()
{
    while (running && !cancelling && !pending.empty() && runningHosts < options.parallelHosts) {
        const int index = pending.front();
        pending.erase(pending.begin());
        probes[size_t(index)] = std::make_unique<HostProbe>(q, index, options, [this, index] { onHostDone(index); }, [this] { reportProgress(); });
        ++runningHosts;
        Q_EMIT q->hostStarted(index, result.hosts.at(index).host);
        // An MX record should name a host, but some name an address literal: probe it as one.
        const QString name = result.hosts.at(index).host;
        probes[size_t(index)]->start(name, !QHostAddress(name).isNull(), port);
    }
    if (running && runningHosts == 0 && (pending.empty() || cancelling))
        finish();
}

void StarttlsProber::Private::onHostDone(int index)
{
    --runningHosts;
    ProbeResult host = probes[size_t(index)]->result;
    if (domainProbe) {
        host.mxPreference = result.hosts.at(index).mxPreference;
        result.hosts[index] = host;
    }
    Q_EMIT q->hostFinished(index, host);
    if (cancelling) {
        for (int later : pending)
            result.hosts[later].skipped = MxSkip::Cancelled;
        pending.clear();
    }
    // Start the next host from the event loop: this runs inside the finished host's call stack.
    QTimer::singleShot(0, &ctx, [this] { launchHosts(); });
    reportProgress();
}

void StarttlsProber::Private::reportProgress()
{
    int finished = 0;
    int active = 0;
    int queued = 0;
    for (const std::unique_ptr<HostProbe> &probe : probes) {
        if (!probe)
            continue;
        finished += probe->finishedConnections;
        if (probe->running) {
            active += int(probe->active.size());
            queued += int(probe->queue.size());
        }
    }
    Q_EMIT q->progress(finished, active, queued);
}

void StarttlsProber::Private::finish()
{
    if (!running)
        return;
    running = false;
    if (!domainProbe) {
        // A host target (or a name without MX): the host's result is the result.
        const ProbeResult base = result;
        if (!probes.empty() && probes.front())
            result = probes.front()->result;
        result.target = base.target;
        result.mxLookup = base.mxLookup;
        result.mxError = base.mxError;
        if (!base.error.isEmpty() && result.error.isEmpty())
            result.error = base.error;
        result.cancelled = result.cancelled || base.cancelled;
        if (result.host.isEmpty())
            result.host = base.host;
        if (probes.empty())
            result.verdicts = computeProbeVerdicts(result);
        result.domainVerdicts = computeDomainVerdicts(result);
        result.elapsedMs = int(clock.elapsed());
        Q_EMIT q->finished(result);
        return;
    }
    // A domain: the fields describe the most preferred host that was reached (else the first).
    const QList<ProbeResult> hosts = result.hosts;
    int chosen = 0;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        if (hosts.at(i).skipped == MxSkip::None && hosts.at(i).reachable) {
            chosen = int(i);
            break;
        }
    }
    int connections = 0;
    bool cancelled = false;
    bool timedOut = false;
    QStringList errors;
    for (const ProbeResult &host : hosts) {
        connections += host.connections;
        cancelled = cancelled || host.cancelled || host.skipped == MxSkip::Cancelled;
        timedOut = timedOut || host.timedOut;
        if (host.skipped == MxSkip::None && !host.reachable && !host.error.isEmpty())
            errors << host.host + u": " + host.error;
    }
    const ProbeResult base = result;
    result = hosts.at(chosen);
    result.target = base.target;
    result.mxHosts = base.mxHosts;
    result.mxLookup = base.mxLookup;
    result.hosts = hosts;
    result.connections = connections;
    result.cancelled = cancelled;
    result.timedOut = timedOut;
    result.elapsedMs = int(clock.elapsed());
    if (!result.reachable && result.skipped == MxSkip::None) {
        result.error = QStringLiteral("no MX host of %1 could be reached (%2)").arg(domain, errors.join(QLatin1StringView("; ")));
        result.verdicts = computeProbeVerdicts(result);
    }
    result.domainVerdicts = computeDomainVerdicts(result);
    Q_EMIT q->finished(result);
}

void HostProbe::start(const QString &host, bool isAddress, int port)
{
    result.target = options.target;
    result.implicitTls = options.implicitTls;
    result.host = host;
    result.port = port;
    allowed = options.maxConnections;
    running = true;
    clock.start();
    overall.start(qMax(1000, options.overallTimeoutMs));
    if (isAddress) {
        addresses = {host};
        QTimer::singleShot(0, &ctx, [this] { beginProbing(); });
        return;
    }
    serverName = host;
    resolveAddresses(host);
}

void HostProbe::cancel()
{
    if (!running)
        return;
    result.cancelled = true;
    stopAll();
    finishProbe();
}

void HostProbe::stopAll()
{
    for (ProbeSession *session : std::as_const(active)) {
        session->abort();
        session->disconnect(&ctx);
        session->deleteLater();
    }
    active.clear();
    queue.clear();
    if (hostLookupId >= 0)
        QHostInfo::abortHostLookup(hostLookupId);
    hostLookupId = -1;
}

void HostProbe::reportProgress()
{
    progress();
}

void HostProbe::resolveAddresses(const QString &host)
{
    if (!options.dnsServer.isEmpty()) {
        // A given DNS server answers the address look-ups too (AAAA and A, in that order).
        auto pending = std::make_shared<int>(2);
        auto found = std::make_shared<QMap<int, QStringList>>();
        for (const QDnsLookup::Type type : {QDnsLookup::AAAA, QDnsLookup::A}) {
            auto *lookup = new QDnsLookup(type, host, &ctx);
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
            lookup->setNameserver(QHostAddress(options.dnsServer), options.dnsPort);
#else
            lookup->setNameserver(QHostAddress(options.dnsServer));
#endif
            QObject::connect(lookup, &QDnsLookup::finished, &ctx, [this, lookup, type, pending, found, host] {
                lookup->deleteLater();
                for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords())
                    (*found)[type == QDnsLookup::AAAA ? 0 : 1] << record.value().toString();
                if (--*pending > 0 || !running)
                    return;
                addresses = found->value(0) + found->value(1);
                if (addresses.isEmpty()) {
                    result.error = QStringLiteral("cannot resolve %1: no A or AAAA record").arg(host);
                    finishProbe();
                    return;
                }
                beginProbing();
            });
            lookup->lookup();
        }
        return;
    }
    hostLookupId = QHostInfo::lookupHost(host, &ctx, [this, host](const QHostInfo &info) {
        hostLookupId = -1;
        if (!running)
            return;
        for (const QHostAddress &address : info.addresses())
            addresses << address.toString();
        if (addresses.isEmpty()) {
            result.error = QStringLiteral("cannot resolve %1: %2").arg(host, info.errorString());
            finishProbe();
            return;
        }
        beginProbing();
    });
}

void HostProbe::beginProbing()
{
    result.addresses = addresses;
    result.address = addresses.value(addressIndex);
    Q_EMIT q->resolved(result.host, addresses, hostIndex);
    // Block 0 of every version first (that is the version check), then the other blocks.
    QList<SessionJob> later;
    QList<TlsVersion> order = options.versions;
    std::sort(order.begin(), order.end(), [](TlsVersion a, TlsVersion b) { return int(a) > int(b); });
    for (TlsVersion version : std::as_const(order)) {
        const QList<quint16> suites = cipherSuitesForVersion(version);
        VersionState &state = versions[version];
        for (qsizetype start = 0, block = 0; start < suites.size(); start += BlockSize, ++block) {
            Chain chain;
            chain.version = version;
            chain.block = int(block);
            chain.remaining = suites.mid(start, BlockSize);
            chains.append(chain);
            state.chains.append(int(chains.size() - 1));
            SessionJob job;
            job.purpose = ProbePurpose::Version;
            job.version = version;
            job.suites = chain.remaining;
            job.chain = int(chains.size() - 1);
            if (block == 0)
                enqueue(job, false);
            else
                later.append(job);
        }
    }
    for (const SessionJob &job : std::as_const(later))
        enqueue(job, false);
    launchMore();
}

void HostProbe::enqueue(const SessionJob &job, bool front)
{
    if (front)
        queue.push_front(job);
    else
        queue.push_back(job);
}

void HostProbe::launchMore()
{
    if (!running)
        return;
    const int limit = firstConnected ? allowed : 1;
    while (!queue.empty() && active.size() < limit) {
        const SessionJob job = queue.front();
        queue.pop_front();
        // A refused version, and with --versions-only an accepted one, is settled: the first hellos
        // of its other suite blocks would each cost a connection (and a banner wait on a tarpit).
        if (job.purpose == ProbePurpose::Version && versions.value(job.version).decided
            && (options.versionsOnly || !versions.value(job.version).accepted))
            continue;
        SessionConfig config;
        config.address = QHostAddress(addresses.value(addressIndex));
        config.port = quint16(result.port);
        config.implicitTls = options.implicitTls;
        config.ehloName = options.ehloName.isEmpty() ? QStringLiteral("mailflow.invalid") : options.ehloName;
        config.serverName = serverName;
        config.stepTimeoutMs = qMax(100, options.stepTimeoutMs);
        auto *session = new ProbeSession(nextId++, job, config, &ctx);
        ++result.connections;
        active.append(session);
        QObject::connect(session, &ProbeSession::tcpConnected, &ctx, [this] {
            if (!firstConnected) {
                firstConnected = true;
                result.reachable = true;
                launchMore();
            }
        });
        QObject::connect(session, &ProbeSession::finished, &ctx, [this, session] { onSessionFinished(session); });
        Q_EMIT q->connectionOpened(session->outcome().attempt.connection, session->outcome().transcript.purpose, hostIndex);
        session->start();
    }
    reportProgress();
}

void HostProbe::onSessionFinished(ProbeSession *session)
{
    active.removeOne(session);
    session->deleteLater();
    if (!running)
        return;
    ++finishedConnections;
    SessionOutcome outcome = session->outcome();
    SessionJob job = session->job();
    result.transcript.append(outcome.transcript);

    if (outcome.connectFailed && !firstConnected) {
        // Nothing reached this address yet: try the next one with the same job.
        if (addressIndex + 1 < addresses.size()) {
            ++addressIndex;
            result.address = addresses.value(addressIndex);
            enqueue(job, true);
            launchMore();
            return;
        }
        result.error = QStringLiteral("cannot connect to %1 port %2: %3")
                           .arg(addresses.join(QLatin1StringView(", ")))
                           .arg(result.port)
                           .arg(outcome.attempt.detail);
        stopAll();
        finishProbe();
        return;
    }
    mergeSmtp(outcome);
    if ((outcome.throttled || outcome.connectFailed) && job.retry < options.maxRetries) {
        // Back off: fewer connections at a time, and this one later.
        allowed = qMax(1, int(active.size()));
        ++job.retry;
        ++pendingRetries;
        const int delay = options.retryDelayMs * (1 << (job.retry - 1));
        QTimer::singleShot(delay, &ctx, [this, job] {
            --pendingRetries;
            if (!running)
                return;
            enqueue(job, true);
            launchMore();
        });
        result.attempts.append(outcome.attempt);
        Q_EMIT q->attemptFinished(outcome.attempt, hostIndex);
        reportProgress();
        return;
    }
    if (job.purpose == ProbePurpose::Confirm) {
        handleConfirm(outcome);
    } else if (job.purpose == ProbePurpose::Preference) {
        onPreference(job, outcome.attempt);
    } else {
        handleHello(job, outcome.attempt);
        if (outcome.attempt.outcome == ProbeOutcome::StartTlsRefused && !result.startTlsAccepted)
            answerQueuedHellos(outcome.attempt);
    }
    scheduleConfirmations();
    launchMore();
    checkDone();
}

void HostProbe::mergeSmtp(const SessionOutcome &outcome)
{
    if (!outcome.banner.isEmpty() && result.banner.isEmpty()) {
        result.banner = outcome.banner;
        result.bannerCode = outcome.bannerCode;
    }
    if (outcome.haveEhlo && !smtpMerged && (!options.implicitTls || outcome.haveEhlo)) {
        smtpMerged = true;
        result.ehloReply = outcome.ehloReply;
        result.heloFallback = outcome.heloFallback;
        result.extensions = outcome.extensions;
        result.startTlsOffered = hasExtension(outcome.extensions, u"STARTTLS");
        result.plainAuthMechanisms = options.implicitTls ? QStringList() : authMechanisms(outcome.extensions);
    }
    if (outcome.startTlsAccepted)
        result.startTlsAccepted = true;
    if (!outcome.startTlsReply.isEmpty() && (result.startTlsReply.isEmpty() || outcome.startTlsAccepted))
        result.startTlsReply = outcome.startTlsReply;
}

void HostProbe::handleHello(const SessionJob &job, ProbeAttempt &attempt)
{
    Chain &chain = chains[job.chain];
    const bool picked = attempt.outcome == ProbeOutcome::Accepted;
    if (picked && !job.suites.contains(attempt.cipherSuite)) {
        attempt.outcome = ProbeOutcome::ProtocolError;
        attempt.detail = QStringLiteral("the server chose %1, which was not offered").arg(cipherSuiteName(attempt.cipherSuite));
    }
    result.attempts.append(attempt);
    Q_EMIT q->attemptFinished(attempt, hostIndex);
    if (!chain.firstDone) {
        chain.firstDone = true;
        chain.first = attempt;
        chainFirstDone(chain);
    }
    SessionJob preferenceProbe;
    preferenceProbe.purpose = ProbePurpose::Version; // none yet
    if (attempt.outcome == ProbeOutcome::Accepted) {
        const quint16 pick = attempt.cipherSuite;
        if (chain.order) {
            chain.found.append(pick);
            chain.remaining.removeOne(pick);
        } else {
            // Split chains race: a pick may already be known from another chain of this version.
            VersionState &state = versions[chain.version];
            bool known = false;
            for (int index : std::as_const(state.chains)) {
                known = known || chains[index].found.contains(pick);
                chains[index].remaining.removeOne(pick);
            }
            if (!known)
                chain.found.append(pick);
            if (!options.versionsOnly && !state.preferenceAsked && chain.found.size() == 2) {
                // Ask early whether the server follows its own order or ours: if ours, the rest
                // of the search can run in parallel. It goes to the head of the queue (after
                // this chain's next hello, see below) so that later hellos do not starve it.
                state.preferenceAsked = true;
                preferenceProbe.purpose = ProbePurpose::Preference;
                preferenceProbe.version = chain.version;
                preferenceProbe.suites = {chain.found.at(1), chain.found.at(0)};
                preferenceProbe.chain = job.chain;
            }
        }
        const bool more = !options.versionsOnly && (chain.order ? chain.remaining.size() > 1 : !chain.remaining.isEmpty());
        if (more && chain.splitPending) {
            chain.splitPending = false;
            splitChain(job.chain); // leaves this chain the first part; may grow `chains`
        }
        if (more) {
            const Chain &current = chains[job.chain];
            SessionJob next;
            next.purpose = current.order ? ProbePurpose::Order : ProbePurpose::Ciphers;
            next.version = current.version;
            next.suites = current.remaining;
            next.chain = job.chain;
            enqueue(next, true);
            if (preferenceProbe.purpose == ProbePurpose::Preference)
                enqueue(preferenceProbe, true);
            return;
        }
    }
    if (preferenceProbe.purpose == ProbePurpose::Preference)
        enqueue(preferenceProbe, true);
    if (attempt.outcome != ProbeOutcome::Accepted && !chain.order) {
        // This offer held none of the server's suites, so neither does any waiting hello of a
        // split chain that offers a part of it (the split raced with this hello): drop those.
        for (auto it = queue.begin(); it != queue.end();) {
            const bool subset = it->purpose == ProbePurpose::Ciphers && it->version == job.version
                && it->chain >= 0 && it->chain != job.chain && !chains[it->chain].order
                && std::all_of(it->suites.cbegin(), it->suites.cend(),
                               [&job](quint16 suite) { return job.suites.contains(suite); });
            if (!subset) {
                ++it;
                continue;
            }
            chains[it->chain].remaining.clear();
            chains[it->chain].done = true;
            it = queue.erase(it);
        }
    }
    if (chain.order) {
        chain.found.append(chain.remaining); // the last one (or, after a surprise refusal, the rest as found)
        chain.remaining.clear();
    }
    chain.done = true;
    chainDone(job.chain);
}

void HostProbe::answerQueuedHellos(const ProbeAttempt &refusal)
{
    // The SMTP dialogue is refused before any hello is sent, so while no connection has got past
    // STARTTLS every hello still waiting would meet the same refusal: answer them from this one
    // instead of opening a connection each (and waiting again for a slow 454).
    std::deque<SessionJob> keep;
    QList<SessionJob> answered;
    for (const SessionJob &job : queue) {
        if (job.purpose == ProbePurpose::Version && job.chain >= 0)
            answered.append(job);
        else
            keep.push_back(job);
    }
    queue = std::move(keep);
    for (const SessionJob &job : std::as_const(answered)) {
        ProbeAttempt attempt = refusal;
        attempt.connection = 0;
        attempt.purpose = job.purpose;
        attempt.version = job.version;
        attempt.offered = int(job.suites.size());
        attempt.detail = QStringLiteral("not sent: connection %1 was refused before TLS").arg(refusal.connection);
        handleHello(job, attempt);
    }
}

void HostProbe::chainFirstDone(Chain &chain)
{
    if (chain.order)
        return;
    VersionState &state = versions[chain.version];
    if (state.decided)
        return;
    bool allFirst = true;
    bool anyAccepted = false;
    for (int index : std::as_const(state.chains)) {
        allFirst = allFirst && chains[index].firstDone;
        anyAccepted = anyAccepted || (chains[index].firstDone && chains[index].first.outcome == ProbeOutcome::Accepted);
    }
    // A protocol_version alert refuses the version whatever suites were offered, so the hellos
    // of its other suite blocks need not wait (nor be sent).
    const bool versionRefused = chain.first.outcome == ProbeOutcome::Alert && chain.first.alert == u"protocol_version";
    if (anyAccepted || allFirst || versionRefused)
        decideVersion(chain.version);
}

void HostProbe::decideVersion(TlsVersion version)
{
    VersionState &state = versions[version];
    state.decided = true;
    const Chain *pick = nullptr;
    for (int index : std::as_const(state.chains)) {
        const Chain &chain = chains[index];
        if (chain.firstDone && chain.first.outcome == ProbeOutcome::Accepted) {
            pick = &chain;
            break;
        }
    }
    state.accepted = pick != nullptr;
    if (!pick) {
        // Refused: the first block's answer, or the decisive one when that came first.
        pick = &chains[state.chains.first()];
        for (int index : std::as_const(state.chains)) {
            if (!pick->firstDone && chains[index].firstDone)
                pick = &chains[index];
        }
    }
    VersionResult v;
    v.version = version;
    v.outcome = pick->first.outcome;
    v.alert = pick->first.alert;
    v.ms = pick->first.ms;
    v.serverVersion = pick->first.serverVersion;
    v.cipherSuite = state.accepted ? pick->first.cipherSuite : 0;
    v.reply = pick->first.reply;
    v.detail = pick->first.detail;
    result.versions.append(v);
    Q_EMIT q->versionFinished(v, hostIndex);
}

void HostProbe::chainDone(int index)
{
    const Chain &finishedChain = chains[index];
    const TlsVersion version = finishedChain.version;
    VersionState &state = versions[version];
    if (finishedChain.order) {
        result.ciphers[version] = finishedChain.found;
        state.ciphersFinal = true;
        Q_EMIT q->ciphersFinished(version, finishedChain.found, hostIndex);
        checkPreference(version);
        return;
    }
    QList<quint16> all;
    int withFinds = 0;
    for (int i : std::as_const(state.chains)) {
        if (!chains[i].done)
            return;
        if (!chains[i].found.isEmpty())
            ++withFinds;
        all += chains[i].found;
    }
    if (state.preference == u"client") {
        // Our offer order is the order the server picks in.
        const QList<quint16> offer = cipherSuitesForVersion(version);
        std::sort(all.begin(), all.end(), [&offer](quint16 a, quint16 b) { return offer.indexOf(a) < offer.indexOf(b); });
    } else if (withFinds > 1 && !options.versionsOnly) {
        Chain order;
        order.version = version;
        order.order = true;
        order.remaining = all;
        order.firstDone = true;
        chains.append(order);
        SessionJob job;
        job.purpose = ProbePurpose::Order;
        job.version = version;
        job.suites = all;
        job.chain = int(chains.size() - 1);
        enqueue(job, true);
        return;
    }
    if (state.accepted && !options.versionsOnly) {
        result.ciphers[version] = all;
        Q_EMIT q->ciphersFinished(version, all, hostIndex);
    }
    state.ciphersFinal = true;
    checkPreference(version);
}

void HostProbe::onPreference(const SessionJob &job, const ProbeAttempt &attempt)
{
    result.attempts.append(attempt);
    Q_EMIT q->attemptFinished(attempt, hostIndex);
    VersionState &state = versions[job.version];
    if (attempt.outcome == ProbeOutcome::Accepted && job.suites.size() == 2) {
        if (attempt.cipherSuite == job.suites.at(1))
            state.preference = QStringLiteral("server");
        else if (attempt.cipherSuite == job.suites.at(0))
            state.preference = QStringLiteral("client");
    }
    if (!state.preference.isEmpty())
        result.cipherPreference.insert(job.version, state.preference);
    // Split when the chain's hello in flight (it offers the whole rest) answers: if it finds
    // nothing, there is nothing to split, and parts sent now would only repeat its offer.
    if (state.preference == u"client" && job.chain >= 0 && !chains[job.chain].done && !chains[job.chain].order)
        chains[job.chain].splitPending = true;
}

void HostProbe::splitChain(int index)
{
    // The server takes the first of our suites it supports, so the order is ours and the rest of
    // the set can be searched by several chains at once.
    const int parts = qMin<int>(allowed, int((chains[index].remaining.size() + 7) / 8));
    if (parts < 2)
        return;
    const QList<quint16> remaining = chains[index].remaining;
    const TlsVersion version = chains[index].version;
    QList<QList<quint16>> slices(parts);
    for (qsizetype i = 0; i < remaining.size(); ++i)
        slices[i % parts].append(remaining.at(i));
    chains[index].remaining = slices.first();
    for (int part = 1; part < parts; ++part) {
        Chain chain;
        chain.version = version;
        chain.block = chains[index].block;
        chain.remaining = slices.at(part);
        chain.firstDone = true;
        chains.append(chain);
        versions[version].chains.append(int(chains.size() - 1));
        SessionJob job;
        job.purpose = ProbePurpose::Ciphers;
        job.version = version;
        job.suites = chain.remaining;
        job.chain = int(chains.size() - 1);
        enqueue(job, true);
    }
}

void HostProbe::checkPreference(TlsVersion version)
{
    // Offer the first two finds the other way round: a server with its own order still picks the
    // first, one that follows the client picks the second.
    const QList<quint16> &found = result.ciphers.value(version);
    VersionState &state = versions[version];
    if (options.versionsOnly || found.size() < 2 || state.preferenceAsked)
        return;
    state.preferenceAsked = true;
    SessionJob job;
    job.purpose = ProbePurpose::Preference;
    job.version = version;
    job.suites = {found.at(1), found.at(0)};
    enqueue(job, true);
}

void HostProbe::scheduleConfirmations()
{
    if (!options.confirm || options.versionsOnly)
        return;
    // The highest accepted version reads the certificate and the EHLO inside TLS; it is known
    // once every version above it is decided, whatever the lower ones still do.
    TlsVersion highest = TlsVersion::Unknown;
    for (auto it = versions.cend(); it != versions.cbegin();) {
        --it;
        if (!it->decided)
            return;
        if (it->accepted) {
            highest = it.key();
            break;
        }
    }
    if (highest == TlsVersion::Unknown)
        return;
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        VersionState &state = *it;
        const TlsVersion version = it.key();
        if (!state.accepted || state.confirmQueued)
            continue;
        if (!state.ciphersFinal) {
            // The handshake needs just one suite both sides have: when the local OpenSSL has the
            // version's first pick, it can run while the enumeration goes on (one wave fewer when
            // every connection waits for a slow banner).
            const auto decided = std::find_if(result.versions.cbegin(), result.versions.cend(),
                                              [version](const VersionResult &v) { return v.version == version; });
            if (decided == result.versions.cend() || !localOpenSslSupports(version, nullptr)
                || !localOpenSslSuites(version).contains(decided->cipherSuite))
                continue;
        }
        state.confirmQueued = true;
        ConfirmationResult untestable;
        untestable.version = version;
        untestable.outcome = ProbeOutcome::Untestable;
        QString why;
        if (!localOpenSslSupports(version, &why)) {
            untestable.detail = why;
        } else {
            const QList<quint16> local = localOpenSslSuites(version);
            const QList<quint16> &accepted = result.ciphers.value(version);
            const bool shared = accepted.isEmpty()
                || std::any_of(accepted.cbegin(), accepted.cend(), [&local](quint16 c) { return local.contains(c); });
            if (!shared)
                untestable.detail = QStringLiteral("local OpenSSL has none of the suites the server accepts for %1").arg(tlsVersionName(version));
        }
        if (!untestable.detail.isEmpty()) {
            result.confirmations.append(untestable);
            Q_EMIT q->confirmationFinished(untestable, hostIndex);
            continue;
        }
        SessionJob job;
        job.purpose = ProbePurpose::Confirm;
        job.version = version;
        job.collectDetails = version == highest;
        // After the chains' next hellos (the enumeration's critical path) but before the first
        // hellos of further suite blocks: a wave earlier when every connection waits for a banner.
        const auto before = std::find_if(queue.begin(), queue.end(),
                                         [](const SessionJob &queued) { return queued.purpose == ProbePurpose::Version; });
        queue.insert(before, job);
    }
}

void HostProbe::handleConfirm(const SessionOutcome &outcome)
{
    result.attempts.append(outcome.attempt);
    Q_EMIT q->attemptFinished(outcome.attempt, hostIndex);
    result.confirmations.append(outcome.confirmation);
    if (!outcome.chain.isEmpty()) {
        result.certificate = outcome.chain;
        result.certificateCheck = outcome.check;
    }
    if (outcome.haveTlsEhlo) {
        result.tlsExtensions = outcome.tlsExtensions;
        result.authMechanisms = authMechanisms(outcome.tlsExtensions);
    }
    Q_EMIT q->confirmationFinished(outcome.confirmation, hostIndex);
}

void HostProbe::checkDone()
{
    if (running && queue.empty() && active.isEmpty() && pendingRetries == 0)
        finishProbe();
}

void HostProbe::onOverallTimeout()
{
    if (!running)
        return;
    result.timedOut = true;
    stopAll();
    finishProbe();
}

void HostProbe::finishProbe()
{
    if (!running)
        return;
    running = false;
    overall.stop();
    // Versions never decided (cancel, overall timeout) are reported from what their first hello saw.
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        if (it->decided)
            continue;
        VersionResult v;
        v.version = it.key();
        v.outcome = result.timedOut ? ProbeOutcome::Timeout : ProbeOutcome::NotTested;
        v.detail = result.timedOut ? QStringLiteral("overall time limit reached") : QStringLiteral("cancelled");
        result.versions.append(v);
    }
    std::sort(result.versions.begin(), result.versions.end(), [](const VersionResult &a, const VersionResult &b) { return a.version < b.version; });
    std::sort(result.transcript.begin(), result.transcript.end(), [](const auto &a, const auto &b) { return a.connection < b.connection; });
    std::sort(result.confirmations.begin(), result.confirmations.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
    if (!result.tlsExtensions.isEmpty() && !options.implicitTls) {
        QStringList plain;
        QStringList inside;
        for (const SmtpExtension &e : std::as_const(result.extensions))
            plain << e.keyword;
        for (const SmtpExtension &e : std::as_const(result.tlsExtensions))
            inside << e.keyword;
        for (const QString &k : std::as_const(inside))
            if (!plain.contains(k))
                result.extensionsAddedInTls << k;
        for (const QString &k : std::as_const(plain))
            if (!inside.contains(k) && k != u"STARTTLS")
                result.extensionsRemovedInTls << k;
    }
    result.elapsedMs = int(clock.elapsed());
    result.verdicts = computeProbeVerdicts(result);
    done();
}

} // namespace Mailflow
