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

/// Probes one SMTP host (or a domain's first MX host): STARTTLS, the TLS versions and cipher
/// suites it accepts (hand-built ClientHellos, no crypto), a real OpenSSL handshake per accepted
/// version (certificate chain, verification, EHLO inside TLS), and verdicts for Exchange Online.
/// Asynchronous and single-threaded: runs in the thread's event loop with at most
/// ProbeOptions::maxConnections connections at a time. One probe at a time per object.
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
    void resolved(const QString &host, const QStringList &addresses);
    void connectionOpened(int connection, const QString &purpose);
    /// After every connection (layer 1 hello or layer 2 handshake): the version matrix fills in live.
    void attemptFinished(const Mailflow::ProbeAttempt &attempt);
    void versionFinished(const Mailflow::VersionResult &version);
    void ciphersFinished(Mailflow::TlsVersion version, const QList<quint16> &suites);
    void confirmationFinished(const Mailflow::ConfirmationResult &confirmation);
    void progress(int finishedConnections, int activeConnections, int queuedConnections);
    void finished(const Mailflow::ProbeResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Mailflow
