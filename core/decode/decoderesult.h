// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/smtpreply.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mailflow {

/// What kind of pasted text the decoder recognised. JSON spelling: decodeKindName().
enum class DecodeKind : quint8 {
    Unknown,
    ExchangeNdr,        ///< "Delivery has failed to these recipients or groups" (any language)
    ExchangeDelayDsn,   ///< "Delivery is delayed to these recipients or groups"
    Dsn,                ///< RFC 3464 report or a vendor bounce (Postfix, Exim, Sendmail, Gmail, qmail …)
    GetQueue,           ///< Get-Queue | fl (or ft) output
    GetMessage,         ///< Get-Message | fl output
    MessageTracking,    ///< Get-MessageTrackingLog output or a tracking RecipientStatus
    LastError,          ///< a bare LastError "[{LED=…};…]" or a bare reply / reply chain
    SmtpTranscript,     ///< a client/server SMTP dialogue (swaks, telnet, s_client, protocol log excerpt)
    PostfixLog,         ///< Postfix syslog lines
    SendmailLog,        ///< Sendmail syslog lines
    EximLog,            ///< Exim main log lines
};
QString decodeKindName(DecodeKind kind);

/// A timestamp as it was written, and what it means.
struct DecodedTime
{
    QString original;          ///< the text as written, "1/7/2021 7:24:14 PM"
    QDateTime value;           ///< invalid when unparsable; Qt::UTC when hasZone, else a floating wall-clock time (also stored as UTC)
    bool hasZone = false;      ///< the text named a zone or offset
    bool dayMonthAmbiguous = false; ///< "07/01/2021": both orders were possible; the order chosen is in dayFirst
    bool dayFirst = false;     ///< the order used for a numeric date

    bool isValid() const { return value.isValid(); }
    /// ISO 8601, with "Z"/offset only when the text named a zone.
    QString toIso() const;
    friend bool operator==(const DecodedTime &, const DecodedTime &) = default;
};

/// One SMTP reply found in the text, with who said it.
struct DecodedReply
{
    SmtpReply reply;
    QString server;     ///< host (or IP) that returned it, when the text says so
    int attempt = -1;   ///< index into DecodeResult::attempts
    int chain = -1;     ///< index into DecodeResult::chains
    friend bool operator==(const DecodedReply &, const DecodedReply &) = default;
};

/// Replies nested with " -> " (or "[Message=…]", "responded with: '…'"), outermost first.
struct ReplyChain
{
    QList<SmtpReply> replies;
    QString detail;     ///< a non-reply tail such as "SocketError: Failed to connect. Winsock error code: 10060"
    QString server;
    int attempt = -1;
    friend bool operator==(const ReplyChain &, const ReplyChain &) = default;
};

/// One delivery attempt: a timestamped line of an NDR, a LastRetryTime, a DSN's Last-Attempt-Date,
/// a log line, or (without any time) everything else the text said.
struct DeliveryAttempt
{
    DecodedTime time;           ///< invalid for the untimed attempt
    QString server;
    QString ip;
    QList<SmtpReply> replies;   ///< distinct replies of this attempt, in order of appearance
    QList<int> chains;          ///< indices into DecodeResult::chains
    friend bool operator==(const DeliveryAttempt &, const DeliveryAttempt &) = default;
};

/// Per-recipient fields of an RFC 3464 delivery-status part.
struct DsnRecipient
{
    QString finalRecipient;
    QString originalRecipient;
    QString action;             ///< failed, delayed, delivered, relayed, expanded (lower case)
    QString status;             ///< "5.1.1"
    QString remoteMta;
    QString diagnosticCode;     ///< "smtp; 550 5.1.1 …" unfolded
    QString lastAttemptDate;
    QString willRetryUntil;
    QString supplementaryInfo;  ///< Exchange's X-Supplementary-Info
    friend bool operator==(const DsnRecipient &, const DsnRecipient &) = default;
};

struct DsnFields
{
    QString reportingMta;
    QString receivedFromMta;
    QString arrivalDate;
    QString originalEnvelopeId;
    QList<DsnRecipient> recipients;
    bool isEmpty() const { return reportingMta.isEmpty() && recipients.isEmpty(); }
    friend bool operator==(const DsnFields &, const DsnFields &) = default;
};

/// What a status code means, from the knowledge base (resources/knowledge/statuscodes.json).
struct CodeExplanation
{
    QString code;       ///< the code explained, "4.4.397" or "5.7.500-699"
    QString source;     ///< "rfc3463", "rfc5248", "rfc3207", "exchange", "exchange-online", "class"
    QString title;
    QString meaning;
    QString cause;      ///< empty when the knowledge base has none
    QString fix;
    friend bool operator==(const CodeExplanation &, const CodeExplanation &) = default;
};

/// When Exchange will send the delay notice or the NDR.
struct Prediction
{
    enum class Event : quint8 { DelayNotice, Ndr };
    enum class Deployment : quint8 { OnPremises, ExchangeOnline, Stated };
    Event event = Event::Ndr;
    QDateTime time;         ///< same zone convention as the basis time
    bool hasZone = false;
    QString basis;          ///< field the clock starts from: "FirstRetryTime", "firstFailure", "DateReceived", "Will-Retry-Until", "delayNotice" …
    QString basisTime;      ///< that time as written
    int hours = 0;          ///< offset applied, 0 when the time was stated
    Deployment deployment = Deployment::OnPremises;
    QString reason;         ///< why that deployment: "generating-server-exchange-online", "default-on-premises", "stated-in-text" …
    bool alreadyPassed = false; ///< the predicted time lies before the latest time seen in the text
    friend bool operator==(const Prediction &, const Prediction &) = default;
};

/// Something the decoder noticed, for the "what I did find" message on unrecognised text.
struct Observation
{
    QString what;       ///< "email-addresses", "ip-addresses", "status-codes", "timestamps", "binary-data", "nul-bytes", "lines"
    int count = 0;
    QString example;
    friend bool operator==(const Observation &, const Observation &) = default;
};

/// Everything decodeText() found. Plain value; copy freely.
struct DecodeResult
{
    DecodeKind kind = DecodeKind::Unknown;
    QString vendor;             ///< "exchange", "exchange-online", "postfix", "exim", "sendmail", "gmail", "qmail", … or empty
    QString language;           ///< "en", "de", "fr", "es", "it" for localized NDRs; empty when unknown
    QStringList recipients;
    QString sender;
    QString subject;
    QString generatingServer;
    QString reportingMta;
    QStringList remoteServers;
    QStringList remoteIps;
    QList<DecodedReply> replies;    ///< the distinct replies of each attempt, attempts in document order
    QList<ReplyChain> chains;       ///< every reply group (a single reply is a chain of one)
    QList<DeliveryAttempt> attempts;
    QList<QPair<QString, QString>> queueFields; ///< Get-Queue / Get-Message / tracking "Name : value", in order
    DsnFields dsn;
    QStringList findings;           ///< stable names, see findingNames()
    std::optional<DecodedReply> rootCause; ///< innermost reply of the latest failing attempt
    QString rootCauseDetail;        ///< non-reply tail of the root chain (Winsock code …)
    QList<CodeExplanation> explanations;
    QList<Prediction> predictions;
    QList<Observation> observations;
    int delayRemainingMinutes = -1; ///< "keep trying … for the next D days, H hours and M minutes", -1 when absent

    bool isRecognized() const { return kind != DecodeKind::Unknown; }
    explicit operator bool() const { return isRecognized(); }
    QString queueField(QStringView name) const;
};

/// The finding vocabulary, in the order findings are reported.
const QStringList &findingNames();

/// Decodes pasted text: Exchange NDRs and delay notices (English, German, French, Spanish,
/// Italian), RFC 3464 DSNs and vendor bounces, raw MIME messages, Get-Queue/Get-Message output,
/// message-tracking status, LastError strings, SMTP transcripts and Postfix/Sendmail/Exim log lines.
/// Takes any text (CRLF or LF, curly quotes, NBSP, quoted-printable, "> " quoting, Outlook-wrapped
/// lines). Never fails: unrecognised or binary input returns kind Unknown with observations saying
/// what was seen. Runs in time linear in the input size.
/// @p language selects the knowledge-base language of the explanations ("en", "de"; falls back to "en").
DecodeResult decodeText(QStringView text, QStringView language = u"en");
/// Same over raw bytes: UTF-8 (falling back to Windows-1252 for invalid UTF-8); NUL bytes are dropped
/// and noted; mostly-binary data is reported as such.
DecodeResult decodeBytes(QByteArrayView bytes, QStringView language = u"en");

} // namespace Mailflow

Q_DECLARE_METATYPE(Mailflow::DecodeResult)
Q_DECLARE_TYPEINFO(Mailflow::DecodedTime, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::DecodedReply, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::ReplyChain, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::DeliveryAttempt, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::DsnRecipient, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::CodeExplanation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::Prediction, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::Observation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Mailflow::DecodeResult, Q_RELOCATABLE_TYPE);

namespace Mailflow {
/// The stable JSON shape of `mailflow decode --json` (keys in camelCase, see README).
QJsonObject decodeResultToJson(const DecodeResult &result);
QJsonObject replyToJson(const SmtpReply &reply, const QString &server = {});
} // namespace Mailflow
