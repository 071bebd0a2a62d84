// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoderesult.h"
#include "textnormalizer.h"

#include "common/smtpreply.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The text decoder's working state, shared by textdecoder.cpp (reading the text: fields, replies, kind,
// people, root cause, explanations, predictions) and classify.cpp (the findings). Private to core/decode.
namespace Mailflow::Internal {

/// A timestamp read at the start of a text, with what it took to read it.
struct TimeMatch
{
    DecodedTime time;
    qsizetype length = 0;
    bool numericSlash = false;
    int first = 0, second = 0; // the two leading numbers of a numeric date
    bool ampm = false;
};

/// Parses a timestamp at the start of @p s. dayFirstHint: -1 unknown, 0 month first, 1 day first.
TimeMatch parseTimeAt(QStringView s, int dayFirstHint);
/// A line of configuration ("quota_exceeded_message = …", "requireTLS: true"): it reports no failure.
bool configurationLine(QStringView line);
/// The Subject line of a returned or quoted message: it names the message, not what happened to it.
bool quotedSubjectLine(QStringView line);

/// Decodes one pasted text: run() reads it and returns the result.
class Decoder
{
public:
    Decoder(QStringView text, QStringView language)
        : m_language(language.toString())
    {
        m_norm = Internal::normalizeText(text);
    }

    DecodeResult run();

    NormalizedText m_norm;
    int m_nulBytes = 0;
    bool m_binary = false;

private:
    struct LineInfo
    {
        QStringView text;
        int attempt = -1;       // attempt this line's replies belong to
        bool skipReplies = false;
        bool possibleReason = false; // under a template's "most common reasons are:" heading
    };

    void splitLines();
    void detectMarkers();
    void readExchangeFields();
    void readDsnFields();
    void readQueueFields();
    void readLedBlocks();
    void readLogLines();
    void readTrackingLog();
    void scanReplies();
    void chooseKind();
    bool bounceSubject() const;
    void collectPeople();
    void classify();
    void pickRootCause();
    void explain();
    void predict();
    void observe();
    int newAttempt(const DecodedTime &time, const QString &server, const QString &ip);
    void addChain(int attempt, QList<SmtpReply> replies, const QString &detail, const QString &server);
    void addServer(const QString &host, const QString &ip);
    void addRecipient(QString address);
    int dayFirstHint() const { return m_dayFirstHint; }
    std::optional<QStringView> lineAfterColon(qsizetype i) const;
    QString joinedAfterColon(qsizetype i) const;
    QString wrappedSentence(qsizetype i) const;
    TimeMatch parseTime(QStringView s) const { return parseTimeAt(s.trimmed(), m_dayFirstHint); }

    QString m_language;
    DecodeResult r;
    QList<LineInfo> m_lines;
    int m_untimedAttempt = -1;
    int m_dayFirstHint = -1;
    bool m_exchangeFailed = false;
    bool m_exchangeDelayed = false;
    bool m_exchangeDiagnostic = false;
    int m_queueScore = 0;
    int m_queueOnlyScore = 0;
    int m_messageScore = 0;
    int m_trackingScore = 0;
    int m_transcriptScore = 0;
    int m_postfixLines = 0;
    int m_sendmailLines = 0;
    int m_eximLines = 0;
    int m_protocolLogLines = 0;
    // Single log fields quoted without the log line's prefix ("status=deferred (…)", "stat=Deferred: …",
    // Exim's "== a@b R=dnslookup T=remote_smtp defer (113): …").
    int m_postfixFragments = 0;
    int m_sendmailFragments = 0;
    int m_eximFragments = 0;
    // Postfix or Sendmail log lines (or fragments of them): where dsn= statuses stand.
    bool postfixOrSendmailLog() const { return m_postfixLines + m_sendmailLines + m_postfixFragments + m_sendmailFragments > 0; }
    bool m_hasLed = false;
    bool m_sawExoTrailer = false;
    bool m_bounceText = false;
    QString m_receivingServer;
    QStringList m_evidence;       // texts the finding rules read
    QSet<QString> m_findings;
    QSet<QString> m_seenServers, m_seenIps, m_seenRecipients;
    struct PendingStatus
    {
        SmtpReply reply;
        DecodedTime time;
        QString server, ip;
    };
    QList<PendingStatus> m_pendingStatuses; // DSN Status fields without a Diagnostic-Code reply
};

} // namespace Mailflow::Internal
