// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/proberesult.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Mailflow::Internal {

class ProbeSocket;

/// What one connection is to do.
struct SessionJob
{
    ProbePurpose purpose = ProbePurpose::Version;
    TlsVersion version = TlsVersion::Unknown;
    QList<quint16> suites;   ///< layer 1: the suites to offer
    int chain = -1;          ///< the enumeration chain it belongs to
    bool collectDetails = false; ///< layer 2: read the chain and EHLO inside TLS
    int retry = 0;
};

struct SessionConfig
{
    QHostAddress address;
    quint16 port = 25;
    bool implicitTls = false;
    QString ehloName;
    QString serverName;      ///< SNI and host-name check; empty for IP targets
    int stepTimeoutMs = 10000;
};

/// What one connection found.
struct SessionOutcome
{
    ProbeAttempt attempt;
    bool connectFailed = false;
    bool tcpConnected = false;
    bool throttled = false;  ///< 421 or "too many connections": try again later
    QString banner;
    int bannerCode = 0;
    QString ehloReply;
    bool heloFallback = false;
    bool haveEhlo = false;
    QList<SmtpExtension> extensions;
    bool startTlsAccepted = false;
    QString startTlsReply;
    ConfirmationResult confirmation;
    QList<CertificateInfo> chain;
    CertificateCheck check;
    bool haveTlsEhlo = false;
    QList<SmtpExtension> tlsExtensions;
    ConnectionTranscript transcript;
};

/// One probe connection: SMTP dialog up to STARTTLS (or implicit TLS), then either one
/// hand-built ClientHello (layer 1) or a real OpenSSL handshake over memory BIOs (layer 2).
class ProbeSession : public QObject
{
    Q_OBJECT
public:
    ProbeSession(int id, const SessionJob &job, const SessionConfig &config, QObject *parent = nullptr);
    ~ProbeSession() override;

    void start();
    /// Stops at once; the outcome keeps what was seen (finished() is not emitted).
    void abort();
    const SessionJob &job() const { return m_job; }
    const SessionOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void tcpConnected();
    void finished();

private:
    enum class State { Idle, Connecting, Banner, Ehlo, Helo, StartTls, Hello, Handshake, TlsEhlo, TlsQuit, Done };
    struct Tls;

    void setState(State state);
    void onData();
    void onPeerClosed(int kind, const QString &error);
    void onTimeout();
    void onSmtpReply(const SmtpResponse &reply);
    void beginTls();
    void onHelloData();
    void pumpHandshake();
    void onTlsData();
    void sendLine(const QByteArray &line);
    void sendTlsLine(const QByteArray &line);
    void log(char direction, const QString &text);
    void logReply(const SmtpResponse &reply);
    void finish(ProbeOutcome outcome, const QString &detail = {});
    void quitAndFinish(ProbeOutcome outcome, const QString &reply);
    void collectTlsDetails();

    int m_id;
    SessionJob m_job;
    SessionConfig m_config;
    SessionOutcome m_outcome;
    State m_state = State::Idle;
    ProbeSocket *m_socket = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::unique_ptr<Tls> m_tls;
    QByteArray m_plain; ///< decrypted bytes inside TLS
    bool m_tlsBanner = false;
    bool m_handshakeDone = false;
};

/// True when this machine's OpenSSL can make a handshake at @p version (SSL 3.0 usually not);
/// fills @p why otherwise.
bool localOpenSslSupports(TlsVersion version, QString *why = nullptr);
/// The TLS suites (IANA codes) this machine's OpenSSL can negotiate at @p version.
QList<quint16> localOpenSslSuites(TlsVersion version);

} // namespace Mailflow::Internal
