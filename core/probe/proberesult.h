// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tlsversion.h"
#include "probe/smtpwire.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Mailflow {

/// What the caller asks the prober to do.
struct ProbeOptions
{
    QString target;             ///< "mail.contoso.com", "192.0.2.10", "[2001:db8::1]:587", "fabrikam.com"
    int port = 0;               ///< 0: from the target, else 25 (465 with implicitTls)
    bool implicitTls = false;   ///< TLS from the first byte (port 465), no STARTTLS
    bool versionsOnly = false;  ///< one hello per version: no cipher enumeration, no confirmation
    bool confirm = true;        ///< layer 2: real OpenSSL handshakes per accepted version
    QString ehloName = QStringLiteral("mailflow.invalid");
    int stepTimeoutMs = 10000;  ///< each wait (connect, banner, reply, ServerHello)
    int overallTimeoutMs = 120000;
    int maxConnections = 4;     ///< concurrent connections to the host
    int maxRetries = 3;         ///< per connection, after 421 / "too many connections"
    int retryDelayMs = 1000;    ///< first back-off; doubles per retry
    QString dnsServer;          ///< MX look-ups ask this server ("127.0.0.1"); empty: the system's
    quint16 dnsPort = 53;
    /// A domain: probe every MX host (true), or only the most preferred one (false, `--first-mx`).
    bool allMxHosts = true;
    int maxMxHosts = 10;        ///< MX hosts probed at most; the rest are listed as not probed
    int parallelHosts = 2;      ///< MX hosts probed at a time (each with up to maxConnections)
    QList<TlsVersion> versions = {TlsVersion::Ssl30, TlsVersion::Tls10, TlsVersion::Tls11, TlsVersion::Tls12, TlsVersion::Tls13};
};

/// How one ClientHello (or one version) fared.
enum class ProbeOutcome : quint8 {
    NotTested,       ///< not (yet) tried, e.g. after cancel
    Accepted,        ///< ServerHello (or HelloRetryRequest) for the version offered
    Alert,           ///< the server answered with a TLS alert
    Closed,          ///< the server closed the connection without an alert (FIN)
    Reset,           ///< the server reset the connection (RST)
    Timeout,         ///< no answer within the step timeout
    StartTlsRefused, ///< the SMTP dialog did not get to TLS (454/5xx to STARTTLS, refused banner/EHLO, 421 after retries)
    Untestable,      ///< this machine cannot test it (detail says why); never the server's refusal
    Downgraded,      ///< the server answered with a lower version than offered (that version is not accepted)
    ProtocolError,   ///< the answer was not TLS or was malformed (detail says what)
};

/// "accepted", "alert", "closed", "reset", "timeout", "starttls-refused", "untestable",
/// "downgraded", "protocol-error", "not-tested": the JSON spelling.
QString probeOutcomeName(ProbeOutcome outcome);

/// What a hello was for.
enum class ProbePurpose : quint8 { Version, Ciphers, Order, Preference, Confirm };
/// "version", "ciphers", "order", "preference", "confirm"
QString probePurposeName(ProbePurpose purpose);

/// One connection that sent one ClientHello (layer 1) or did one real handshake (layer 2).
struct ProbeAttempt
{
    int connection = 0;          ///< 1-based number of the connection (as in the transcript)
    ProbePurpose purpose = ProbePurpose::Version;
    TlsVersion version = TlsVersion::Unknown;
    int offered = 0;             ///< number of suites offered
    ProbeOutcome outcome = ProbeOutcome::NotTested;
    QString alert;               ///< alert name for Alert
    quint16 serverVersion = 0;   ///< wire version the server chose (ServerHello)
    quint16 cipherSuite = 0;     ///< the server's pick (ServerHello/HRR)
    bool helloRetryRequest = false;
    int ms = 0;                  ///< connect to answer
    QString reply;               ///< the SMTP reply that ended it (StartTlsRefused)
    QString detail;              ///< why, in words, for Timeout/Untestable/ProtocolError
};

/// The verdict on one protocol version.
struct VersionResult
{
    TlsVersion version = TlsVersion::Unknown;
    ProbeOutcome outcome = ProbeOutcome::NotTested;
    QString alert;
    int ms = 0;
    quint16 serverVersion = 0;
    quint16 cipherSuite = 0;     ///< the server's pick from the version check's offer (Accepted)
    QString reply;
    QString detail;
};

/// One certificate as the server sent it.
struct CertificateInfo
{
    QString subject;             ///< RFC 2253, e.g. "CN=mail.contoso.com,O=Contoso"
    QString issuer;
    QStringList subjectAltNames; ///< "DNS:mail.contoso.com", "IP:192.0.2.10"
    QDateTime notBefore;         ///< UTC
    QDateTime notAfter;
    QString keyType;             ///< "RSA", "EC", "Ed25519", …
    int keyBits = 0;
    QString keyCurve;            ///< EC curve name, if any
    QString signatureAlgorithm;  ///< "sha256WithRSAEncryption"
    QString serial;              ///< hex
    QString sha1;                ///< hex, upper case, no separators
    QString sha256;
    bool selfSigned = false;
};

/// Verification of the chain against this machine's trust store and the host name.
struct CertificateCheck
{
    bool present = false;        ///< a chain was read at all
    bool trusted = false;        ///< chains to a trusted root
    int verifyCode = 0;          ///< OpenSSL X509_V_ERR_*; 0 = ok
    QString verifyError;         ///< OpenSSL's text for verifyCode
    QString hostName;            ///< the name checked (empty for IP targets: no name check)
    bool hostNameMatches = false;
    int chainComplete = -1;      ///< 1: the server sent every certificate up to (not incl.) a root; 0: not; -1: unknown
    int sentCertificates = 0;
    int verifiedChainLength = 0;
};

/// Layer 2: one real OpenSSL handshake for one version.
struct ConfirmationResult
{
    TlsVersion version = TlsVersion::Unknown;
    ProbeOutcome outcome = ProbeOutcome::NotTested; ///< Accepted, Alert, Closed, Reset, Timeout, Untestable, ProtocolError
    QString cipherSuite;         ///< IANA name
    QString group;               ///< "x25519", "secp256r1", … ("" when none)
    QString alert;
    QString detail;              ///< OpenSSL error text, or why untestable
    int ms = 0;
};

/// One line of a connection transcript.
struct TranscriptLine
{
    int ms = 0;                  ///< since the connection was opened
    char direction = 'C';        ///< 'C' client, 'S' server, 'T' TLS summary, '*' connection event
    QString text;
};

struct ConnectionTranscript
{
    int connection = 0;
    QString purpose;             ///< "version TLS1.2", "ciphers TLS1.2 block 1", "confirm TLS1.3"
    QString address;
    int port = 0;
    QDateTime started;           ///< UTC
    QList<TranscriptLine> lines;
};

/// A structured finding; front ends turn kind + parameters into sentences.
struct ProbeVerdict
{
    enum class Kind : quint8 {
        HostUnreachable,          ///< error
        NoStartTls,               ///< STARTTLS not offered: Exchange Online sends in plaintext
        StartTlsRefused,          ///< offered but refused: reply
        ExoDeliversWithTls,       ///< version, cipherSuite: Exchange Online → this host uses TLS
        ExoFallsBackNoTls12,      ///< no TLS 1.2+: Exchange Online falls back to plaintext (or queues/bounces)
        ExoFallsBackNoSharedCipher, ///< TLS 1.2 but no Office 365 suite (and no TLS 1.3)
        SenderReachesExo,         ///< cipherSuite: as a sender this host can reach Exchange Online with TLS 1.2
        SenderCannotReachExo,     ///< reason: "no-tls12" or "no-shared-cipher"
        LegacyVersionsAccepted,   ///< versions
        WeakCipherSuites,         ///< suites (IANA names), weaknesses (words, parallel list)
        ExoCipherSuitesMatched,   ///< suites
        CertificateUntrusted,     ///< error
        CertificateHostNameMismatch, ///< hostName
        CertificateExpired,       ///< notAfter
        CertificateNotYetValid,   ///< notBefore
        CertificateExpiresSoon,   ///< notAfter, days
        CertificateIncompleteChain,
        CertificateSelfSigned,
        CertificateWeakKey,       ///< keyType, keyBits
        CertificateSha1Signature, ///< signatureAlgorithm
        EhloChangedInsideTls,     ///< added, removed
        AuthOfferedWithoutTls,    ///< mechanisms
        // Domain verdicts (ProbeResult::domainVerdicts), about all MX hosts of a domain together.
        DomainHostsEncrypted,     ///< domain, hosts (the ones Exchange Online reaches with TLS 1.2), count, total
        DomainHostFallsBack,      ///< domain, host, preference, reason ("no-starttls", "starttls-refused", "no-tls12",
                                  ///< "no-shared-cipher", "tls13-only"), role ("primary", "backup"), primaryHost, sharedWith
        DomainHostUnreachable,    ///< domain, host, preference, role, primaryHost, error
        DomainNoHostReachable,    ///< domain, total
        DomainHostsNotProbed,     ///< domain, hosts, reason ("limit", "first-mx", "cancelled"), limit
        DomainNullMx,             ///< domain: RFC 7505 "MX 0 ." (the domain accepts no mail)
        DomainImplicitMx,         ///< domain: no MX record, its own A/AAAA was probed (RFC 5321 §5.1)
    };
    enum class Severity : quint8 { Ok, Info, Warning, Problem };

    Kind kind = Kind::HostUnreachable;
    Severity severity = Severity::Info;
    QVariantMap parameters;
};

QString probeVerdictKindName(ProbeVerdict::Kind kind);      ///< camelCase JSON spelling, e.g. "exoDeliversWithTls"
QString probeVerdictSeverityName(ProbeVerdict::Severity severity); ///< "ok", "info", "warning", "problem"

/// How the target's MX records were looked up.
enum class MxLookup : quint8 {
    NotDone,   ///< an address, a name with a port, or a single label: probed as a host
    Found,     ///< MX records: ProbeResult::hosts lists them
    NoMx,      ///< no MX record: the name itself was probed (implicit MX)
    NullMx,    ///< "MX 0 ." (RFC 7505): the domain accepts no mail; nothing probed
    Failed,    ///< the MX look-up failed (mxError): the name itself was probed
};
/// "not-done", "mx", "no-mx", "null-mx", "failed": the JSON spelling.
QString mxLookupName(MxLookup lookup);

/// Why an MX host was not probed.
enum class MxSkip : quint8 {
    None,        ///< probed
    Limit,       ///< beyond ProbeOptions::maxMxHosts
    FirstMxOnly, ///< ProbeOptions::allMxHosts was false
    Cancelled,   ///< the probe was cancelled (or timed out) before its turn
};
/// "" (None), "limit", "first-mx", "cancelled": the JSON spelling.
QString mxSkipName(MxSkip skip);

/// Everything one probe found.
///
/// For a domain with MX records, `hosts` holds one full result per MX host in preference order
/// (equal preferences by name), and the other fields describe the most preferred host that
/// could be reached (the first one when none could), so that single-host callers need not change;
/// `connections`, `elapsedMs`, `cancelled` and `timedOut` then count the whole domain probe.
struct ProbeResult
{
    QString target;              ///< as given
    QString host;                ///< the host probed (the first MX for a domain)
    int port = 25;
    bool implicitTls = false;
    QStringList mxHosts;         ///< MX hosts in preference order, when the target was a domain
    QStringList addresses;       ///< the host's addresses
    QString address;             ///< the address probed
    bool reachable = false;
    QString error;               ///< why the host could not be reached / resolved

    QString banner;              ///< the greeting, code included, lines joined by '\n'
    int bannerCode = 0;
    QString ehloReply;
    bool heloFallback = false;   ///< EHLO was refused and HELO used
    QList<SmtpExtension> extensions;
    bool startTlsOffered = false;
    bool startTlsAccepted = false;
    QString startTlsReply;

    QList<VersionResult> versions;          ///< in the order SSL3.0 … TLS1.3, tested ones only
    QMap<TlsVersion, QList<quint16>> ciphers; ///< per accepted version, server preference order
    /// Per version with two or more suites: "server" (the server picks by its own order) or "client"
    /// (it takes the first suite the client offers that it supports: `ciphers` is then our offer order).
    QMap<TlsVersion, QString> cipherPreference;
    QList<ProbeAttempt> attempts;
    QList<ConfirmationResult> confirmations;
    QList<CertificateInfo> certificate;      ///< leaf first, as sent
    CertificateCheck certificateCheck;
    QList<SmtpExtension> tlsExtensions;      ///< EHLO inside TLS
    QStringList authMechanisms;              ///< inside TLS
    QStringList plainAuthMechanisms;         ///< before TLS
    QStringList extensionsAddedInTls;
    QStringList extensionsRemovedInTls;

    QList<ProbeVerdict> verdicts;
    QList<ConnectionTranscript> transcript;
    int connections = 0;
    int elapsedMs = 0;
    bool cancelled = false;
    bool timedOut = false;

    // Domains (MX records). A host's own entry in `hosts` has these empty except mxPreference/skipped.
    MxLookup mxLookup = MxLookup::NotDone;
    QString mxError;                         ///< why the MX look-up failed (Failed)
    int mxPreference = -1;                   ///< this host's MX preference; -1 when not from an MX record
    MxSkip skipped = MxSkip::None;           ///< an MX host that was not probed, and why
    QList<ProbeResult> hosts;                ///< every MX host, in preference order (empty for a host target)
    QList<ProbeVerdict> domainVerdicts;      ///< about the MX hosts together (computeDomainVerdicts)

    const VersionResult *version(TlsVersion v) const;
    bool accepts(TlsVersion v) const;
};

/// Computes the verdicts for @p result (everything but `verdicts` filled in) as of @p now.
QList<ProbeVerdict> computeProbeVerdicts(const ProbeResult &result, const QDateTime &now = QDateTime::currentDateTimeUtc());

/// How Exchange Online would deliver to one probed host, from its verdicts: "tls" (TLS 1.2 with
/// one of its suites), "no-starttls", "starttls-refused", "no-tls12", "no-shared-cipher",
/// "tls13-only", "unreachable", or "" for a host that was not probed.
QString exoDeliveryClass(const ProbeResult &host);

/// The domain verdicts for @p result (a domain probe: mxLookup, target and `hosts` with their
/// verdicts filled in): which MX hosts Exchange Online reaches with TLS, which make it fall back and
/// when, which could not be reached or were not probed. Empty for a host target.
QList<ProbeVerdict> computeDomainVerdicts(const ProbeResult &result);

} // namespace Mailflow

Q_DECLARE_METATYPE(Mailflow::ProbeOptions)
Q_DECLARE_METATYPE(Mailflow::ProbeAttempt)
Q_DECLARE_TYPEINFO(Mailflow::ProbeAttempt, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Mailflow::VersionResult)
Q_DECLARE_TYPEINFO(Mailflow::VersionResult, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Mailflow::CertificateInfo)
Q_DECLARE_TYPEINFO(Mailflow::CertificateInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Mailflow::ConfirmationResult)
Q_DECLARE_TYPEINFO(Mailflow::ConfirmationResult, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Mailflow::ProbeVerdict)
Q_DECLARE_TYPEINFO(Mailflow::ProbeVerdict, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Mailflow::ProbeResult)
Q_DECLARE_TYPEINFO(Mailflow::ProbeResult, Q_RELOCATABLE_TYPE);
