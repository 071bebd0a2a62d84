// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/smtpreply.h"
#include "common/tlsversion.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace Mailflow {

namespace Internal {
class SessionStore;
}

/// Which protocol log a session comes from.
enum class LogDirection : quint8 { Unknown, Send, Receive };
/// Whether a session negotiated TLS: not attempted, negotiated, or attempted and failed.
enum class TlsOutcome : quint8 { None, Ok, Failed };
/// How a session ended, judged from its replies, info lines and disconnect.
enum class SessionEnd : quint8 {
    Open,     ///< no disconnect and no decisive reply in the logs read (excerpt or cut-off)
    Queued,   ///< at least one message accepted ("250 … Queued mail for delivery")
    Rejected, ///< a 4xx/5xx reply refused the message or the session (e.g. 451 5.7.3 STARTTLS required)
    Dropped,  ///< the connection broke: TLS failure, connect failure or disconnect without QUIT
    TimedOut, ///< a timeout was logged
    Closed,   ///< orderly QUIT or local disconnect without any message
};
/// What became of one message in a session.
enum class MessageOutcome : quint8 { Incomplete, Queued, Deferred, Rejected };

/// "send"/"receive"/"unknown", "ok"/"failed"/"none", … : the JSON spellings.
QString logDirectionName(LogDirection direction);
QString tlsOutcomeName(TlsOutcome outcome);
QString sessionEndName(SessionEnd end);
QString messageOutcomeName(MessageOutcome outcome);

/// A certificate as the log names it (2016+ one-line form or the 2013 multi-line form).
struct LogCertificate
{
    QString subject;
    QString issuer;
    QString serialNumber;
    QString thumbprint;
    QString notBefore; ///< as logged (normally ISO 8601 UTC)
    QString notAfter;
    QStringList alternateNames;

    bool isEmpty() const { return subject.isEmpty() && thumbprint.isEmpty() && issuer.isEmpty(); }
};

/// One message transaction in a session (MAIL FROM … final reply).
struct LogMessage
{
    QString mailFrom;
    QStringList recipients;
    QString internetMessageId; ///< from "sending message with … InternetMessageId <…>" or the 250 reply to DATA/BDAT
    quint64 recordId = 0;      ///< send logs: "RecordId N"; 0 when absent
    QString dataCommand;       ///< "DATA", "BDAT" or empty
    QList<SmtpReply> replies;  ///< every reply to MAIL, RCPT, DATA/BDAT in order (text kept for 4xx/5xx only)
    MessageOutcome outcome = MessageOutcome::Incomplete;
};

/// One SMTP session assembled from its protocol-log lines.
struct LogSession
{
    QString id;             ///< session-id as logged (16 hex digits)
    QString connector;
    LogDirection direction = LogDirection::Unknown;
    QDateTime start;        ///< UTC, first line
    QDateTime end;          ///< UTC, last line
    QString localEndpoint;  ///< "ip:port" or empty
    QString remoteEndpoint;
    QString remoteHost;     ///< remote IP, else the banner host (send) / EHLO name (receive)
    QString bannerHost;     ///< host named in the 220 banner
    QString ehloName;       ///< the EHLO/HELO argument
    QStringList extensions; ///< advertised ESMTP keywords (upper case, without parameters)
    QStringList authMechanisms;
    qint64 maxMessageSize = 0; ///< SIZE parameter, 0 when not advertised

    bool startTlsOffered = false;   ///< STARTTLS in the EHLO reply
    bool startTlsAttempted = false; ///< STARTTLS issued (or a handshake/certificate logged)
    TlsOutcome tlsOutcome = TlsOutcome::None;
    TlsVersion tlsVersion = TlsVersion::Unknown;
    QString cipher;        ///< readable Schannel algorithms "AES_256 / SHA_384 / ECDHE", empty when unknown
    QString bulkAlgorithm; ///< "AES_256" (CALG_ prefix dropped)
    int bulkBits = 0;
    QString macAlgorithm;
    int macBits = 0;
    QString keyExchange;
    int keyExchangeBits = 0;
    QString tlsError;      ///< failure token (SocketError, NoCredentials, …) or the refusing reply "454 4.7.0"
    LogCertificate localCertificate;  ///< "Sending certificate"
    LogCertificate remoteCertificate; ///< "Received certificate" (often only a thumbprint)

    QList<LogMessage> messages;
    SessionEnd ending = SessionEnd::Open; ///< how it ended
    SmtpReply lastError;   ///< last 4xx/5xx reply, if any
    bool quitSeen = false;
    QString disconnectedBy; ///< "Local", "Remote" or empty

    QString file;          ///< file of the first line
    qint64 line = 0;       ///< 1-based line of the first line
    int sequenceGaps = 0;  ///< missing sequence numbers (excerpts)

    qint64 durationMs() const { return start.isValid() && end.isValid() ? start.msecsTo(end) : 0; }
    bool delivered() const { return ending == SessionEnd::Queued; }
};

/// A line that could not be read, or a file that could not be opened.
struct LogProblem
{
    enum Kind : quint8 {
        UnreadableFile,    ///< open/map failed; line is 0
        FieldCount,        ///< wrong number of CSV fields
        UnterminatedQuote,
        BadTimestamp,
        BadEvent,          ///< event not one of + - < > *
        MissingSessionId,
        BadSequenceNumber,
        StrayText,         ///< text before the first log line that is no header
        BadHeader,         ///< #Fields without date-time, session-id or event
    };
    QString file;
    qint64 line = 0;
    Kind kind = FieldCount;
    QString text; ///< the offending line, shortened

    QString kindName() const; ///< camelCase JSON spelling
};

/// A TLS failure followed by a session to the same remote that delivered without STARTTLS
/// (the connector's RequireTLS is false: mail went out in plaintext).
struct LogFallback
{
    int failedSession = -1;    ///< index into LogResult::sessions
    int plaintextSession = -1;
    QString connector;
    QString remoteHost;
    QString error;             ///< the failed session's TLS error
    qint64 delayMs = 0;        ///< from the failed session's end to the plaintext session's start
};

/// Two or more consecutive failed attempts to the same remote over the same connector.
struct LogRetrySeries
{
    enum Outcome : quint8 {
        Pending,   ///< no delivery afterwards in the logs read: mail stays queued (RequireTLS true)
        Fallback,  ///< followed by a plaintext delivery
        Delivered, ///< followed by a delivery with TLS
    };
    LogDirection direction = LogDirection::Unknown;
    QString connector;
    QString remoteHost;
    QList<int> sessions;        ///< the failed attempts, indexes into LogResult::sessions
    QList<qint64> intervalsMs;  ///< start-to-start gaps between attempts
    QStringList errors;         ///< distinct failure tokens
    Outcome outcome = Pending;
    int deliveredBy = -1;       ///< session that delivered, or -1

    static QString outcomeName(Outcome outcome);
};

/// Sessions per (day, direction, connector, remote, outcome, version, cipher).
struct TlsUsageRow
{
    QDate day;
    LogDirection direction = LogDirection::Unknown;
    QString connector;
    QString remoteHost;
    QString remoteName; ///< banner host (send) or EHLO name (receive) last seen
    TlsOutcome outcome = TlsOutcome::None;
    TlsVersion version = TlsVersion::Unknown;
    QString cipher;
    int sessions = 0;
    int messages = 0; ///< messages queued in those sessions
};

/// A remote that still negotiated TLS 1.0/1.1 (or SSL 3.0) or sent/received mail in plaintext:
/// what breaks when legacy TLS is switched off.
struct LegacyTlsHost
{
    LogDirection direction = LogDirection::Unknown;
    QString connector;
    QString remoteHost;
    QString remoteName;
    int ssl30 = 0;
    int tls10 = 0;
    int tls11 = 0;
    int plaintext = 0;  ///< sessions that carried mail without TLS
    int modern = 0;     ///< sessions on TLS 1.2/1.3 (0: this host has no fallback to modern TLS)
    int messages = 0;   ///< messages queued over legacy TLS or plaintext
    QDateTime lastSeen;
};

/// What was read, in numbers.
struct LogSummary
{
    int files = 0;
    qint64 bytes = 0;
    qint64 lines = 0;
    int sessions = 0;
    int sendSessions = 0;
    int receiveSessions = 0;
    int tlsOk = 0;
    int tlsFailed = 0;
    int noTls = 0;
    int messagesQueued = 0;
    int plaintextMessages = 0;            ///< queued in sessions without TLS
    QMap<QString, int> tlsVersions;       ///< "TLS1.2" → sessions
    QMap<QString, int> ciphers;           ///< "AES_256 / SHA_384 / ECDHE" → sessions
    QMap<QString, int> failuresByError;   ///< "SocketError" → sessions
    QMap<QString, int> sessionEnds;       ///< "queued" → sessions
    QDateTime first;
    QDateTime last;
};

/// Everything read from a set of protocol logs. Sessions are kept compactly and built on
/// demand by session(); the rest are plain lists. Cheap to copy.
class LogResult
{
public:
    LogResult();
    ~LogResult();
    LogResult(const LogResult &);
    LogResult &operator=(const LogResult &);
    LogResult(LogResult &&) noexcept;
    LogResult &operator=(LogResult &&) noexcept;

    int sessionCount() const;
    /// Session @p index (0 … sessionCount()-1, ordered by start time); an empty session when out of range.
    LogSession session(int index) const;
    /// Only the id, for quick listings.
    QString sessionId(int index) const;

    QStringList files;          ///< files read, in reading order
    QList<LogProblem> problems; ///< malformed lines (capped per file; see droppedProblems)
    qint64 droppedProblems = 0; ///< problems beyond the cap, counted only
    QList<LogFallback> fallbacks;
    QList<LogRetrySeries> retries;
    QList<TlsUsageRow> tlsUsage;
    QList<LegacyTlsHost> legacyTls;
    LogSummary summary;
    bool cancelled = false;

    /// Internal: the compact store behind session(). Null for an empty result.
    std::shared_ptr<const Internal::SessionStore> store;
};

} // namespace Mailflow

Q_DECLARE_METATYPE(Mailflow::LogSession)
Q_DECLARE_METATYPE(Mailflow::LogProblem)
Q_DECLARE_METATYPE(Mailflow::LogResult)
Q_DECLARE_TYPEINFO(Mailflow::LogCertificate, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::LogMessage, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::LogSession, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::LogProblem, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::LogFallback, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::LogRetrySeries, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::TlsUsageRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::LegacyTlsHost, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::LogResult, Q_RELOCATABLE_TYPE);
