// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/proberesult.h"

#include <QObject>

#include <memory>

namespace Mailflow {

/// A target as typed: "mail.contoso.com", "192.0.2.10", "192.0.2.10:587", "[2001:db8::1]:587", "2001:db8::1".
struct ProbeTarget
{
    QString host;        ///< name or address literal, without brackets
    int port = 0;        ///< 0 when the target named none
    bool isAddress = false;
    QString error;       ///< why the text is not a target; empty when valid
    bool isValid() const { return error.isEmpty(); }
};
/// Parses @p text; a bad port, empty host, stray characters or unbalanced brackets give an error.
ProbeTarget parseProbeTarget(QStringView text);

/// Probes one SMTP host, or every MX host of a domain: STARTTLS, the TLS versions and cipher
/// suites it accepts (hand-built ClientHellos, no crypto), a real OpenSSL handshake per accepted
/// version (certificate chain, verification, EHLO inside TLS), and verdicts for Exchange Online.
/// Asynchronous and single-threaded: runs in the thread's event loop with at most
/// ProbeOptions::maxConnections connections at a time to one host. One probe at a time per object.
///
/// A target is treated as a domain when it is a name with a dot, no port of its own, and not
/// "localhost": its MX records are looked up. Then every MX host (at most maxMxHosts, or only the
/// first with allMxHosts false) is probed in full, parallelHosts of them at a time, so at most
/// parallelHosts × maxConnections connections are open; hosts with equal preference are ordered by
/// name (QDnsLookup shuffles them, as RFC 5321 asks of senders). No MX record: the name itself is probed (implicit MX). A null MX ("MX 0 .") is reported
/// and nothing is probed. Each host's addresses are listed, and the first that answers is probed.
///
/// Signals that belong to one host carry its index `host`: the index into ProbeResult::hosts for
/// a domain, 0 for a single host. Connection numbers count per host.
class StarttlsProber : public QObject
{
    Q_OBJECT
public:
    explicit StarttlsProber(QObject *parent = nullptr);
    ~StarttlsProber() override;

    /// Starts a probe; finished() follows (also for unreachable hosts and bad targets, with
    /// ProbeResult::reachable false and error set). Ignored while a probe is running.
    void start(const ProbeOptions &options);
    /// Stops every connection; finished() follows with cancelled set and what was found so far.
    void cancel();
    bool isRunning() const;
    /// The result so far (complete after finished()).
    const ProbeResult &result() const;

Q_SIGNALS:
    /// A domain's MX hosts, in the order ProbeResult::hosts will have (before any is probed).
    void mxResolved(const QStringList &hosts, const QList<int> &preferences);
    void hostStarted(int host, const QString &name);
    void resolved(const QString &name, const QStringList &addresses, int host);
    void connectionOpened(int connection, const QString &purpose, int host);
    /// After every connection (layer 1 hello or layer 2 handshake): the version matrix fills in live.
    void attemptFinished(const Mailflow::ProbeAttempt &attempt, int host);
    void versionFinished(const Mailflow::VersionResult &version, int host);
    void ciphersFinished(Mailflow::TlsVersion version, const QList<quint16> &suites, int host);
    void confirmationFinished(const Mailflow::ConfirmationResult &confirmation, int host);
    /// One host is done (its full result, verdicts included).
    void hostFinished(int host, const Mailflow::ProbeResult &result);
    /// Connections over all hosts.
    void progress(int finishedConnections, int activeConnections, int queuedConnections);
    void finished(const Mailflow::ProbeResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Mailflow
