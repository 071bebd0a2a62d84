// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder's findings: the finding rules over replies and lines, then the context that decides between
// them (held by a sender or refused by a receiver, a named TLS cause or a wrapper, a client's report …).
#include "decoder_p.h"
#include "findingrules.h"
#include "knowledgebase.h"
#include "replyscanner.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mailflow::Internal {

// The findings that say a server refused something (as against transport, TLS and queue states).
static const QStringList &refusalFindingNames()
{
    static const QStringList names = {u"policy-rejected"_s, u"recipient-unknown"_s, u"mailbox-full"_s, u"rate-limited"_s, u"relay-denied"_s, u"auth-required"_s};
    return names;
}

// Words that say the connect step itself failed, whatever a client's wrapper around them says.
static const QRegularExpression &hardConnectWords()
{
    static const QRegularExpression words(u"Connection timed out|Connection refused|No route to host|Network is unreachable"_s, QRegularExpression::CaseInsensitiveOption);
    return words;
}

// Whether a rule of one finding in a rule table matches text.
static bool ruleSays(const QList<QPair<QString, QRegularExpression>> &rules, QStringView finding, QStringView text)
{
    return std::any_of(rules.begin(), rules.end(), [&](const auto &rule) { return rule.first == finding && rule.second.matchView(text).hasMatch(); });
}

void Decoder::classify()
{
    for (const DeliveryAttempt &a : std::as_const(r.attempts)) {
        for (const int c : a.chains) {
            for (const SmtpReply &reply : r.chains[c].replies)
                findingsFromCode(reply, &m_findings);
        }
    }
    // X.4.4 ("unable to route") from a host that answered ("host mx said: 451 4.4.4 Temporary server error") is that
    // host's own trouble: no DNS failure unless its words speak of routing or names. Other DNS codes keep theirs.
    if (m_findings.contains(u"dns-failure"_s)) {
        static const QRegularExpression routingWords(u"rout|DNS|domain|\\bhost|\\bMX\\b|resolv|lookup|NXDOMAIN|next ?hop|null MX"_s, QRegularExpression::CaseInsensitiveOption);
        bool otherDnsCode = false;
        bool answeredRouting = false;
        for (const DecodedReply &d : std::as_const(r.replies)) {
            const QStringView sd = QStringView(d.reply.enhanced).mid(2);
            const bool answered = sd == u"4.4" && d.reply.code != 0 && !d.server.isEmpty() && !routingWords.match(d.reply.text).hasMatch();
            answeredRouting = answeredRouting || answered;
            otherDnsCode = otherDnsCode || (!answered && (sd == u"1.2" || sd == u"4.4" || sd == u"4.3" || d.reply.text.contains(u"null MX"_s, Qt::CaseInsensitive)));
        }
        for (const DsnRecipient &rec : std::as_const(r.dsn.recipients))
            otherDnsCode = otherDnsCode || (isEnhancedStatusCode(rec.status) && rec.status.mid(2) != u"4.4");
        if (answeredRouting && !otherDnsCode)
            m_findings.remove(u"dns-failure"_s);
    }
    for (const DsnRecipient &rec : std::as_const(r.dsn.recipients)) {
        if (isEnhancedStatusCode(rec.status)) {
            SmtpReply status;
            status.enhanced = rec.status;
            status.text = withoutContinuationMarkers(rec.diagnosticCode.left(4096));
            findingsFromCode(status, &m_findings);
        }
        if (rec.action == u"delayed")
            m_findings.insert(u"delivery-delayed"_s);
        // Given up on a transient status: the sender's queue lifetime ran out (Postfix, Sendmail),
        // unless the report shows it gave up within the hour (Gmail's "Status: 4.0.0" for a null MX).
        const TimeMatch arrived = parseTime(r.dsn.arrivalDate);
        const TimeMatch last = parseTime(rec.lastAttemptDate);
        const bool quickFailure = arrived.length > 0 && last.length > 0 && arrived.time.isValid() && last.time.isValid()
            && arrived.time.hasZone && last.time.hasZone && arrived.time.value.secsTo(last.time.value) < 3600;
        if ((rec.action == u"failed" && rec.status.startsWith(u'4') && !quickFailure) || rec.action == u"expired")
            m_findings.insert(u"message-expired"_s);
    }
    bool weakPolicy = false;
    bool weakRecipient = false;
    // Whether words (not only a bare X.7.5 "cryptographic failure" status) say the handshake failed.
    const QString negotiation = u"tls-negotiation-failed"_s;
    bool negotiationWorded = false;
    // A client's handshake exception ("javax.net.ssl.SSLHandshakeException: …") is a failed handshake unless it names a cause.
    bool handshakeException = false;
    auto wanted = [&](const QString &finding) { return !m_findings.contains(finding) || (finding == negotiation && !negotiationWorded); };
    auto found = [&](const QString &finding) {
        m_findings.insert(finding);
        negotiationWorded = negotiationWorded || finding == negotiation;
    };
    // An OpenSSL error string ("error:0A000102:SSL routines::unsupported protocol") and Postfix's "TLS library problem:"
    // wrapper around it name where the error arose, not that the handshake failed: a failed negotiation only while they
    // name no cause.
    static const QRegularExpression libraryOnly(u"^(?:ssl routines|tls_alert|ssl\\.SSLError|error:0A0|A call to SSPI failed|TLS library problem|(?:received )?fatal alert(?: (?:was |has been )?received)?|SSL operation failed|Unable to connect with (?:TLS|STARTTLS|SSL)|(?:\\w+\\.)*\\w*HandshakeException|Could not convert socket to TLS)$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    auto foundRule = [&](const QString &finding, const QRegularExpression &re, QStringView text) {
        if (finding != negotiation) {
            if (wanted(finding) && re.matchView(text).hasMatch())
                found(finding);
            return;
        }
        if (!wanted(finding))
            return;
        QRegularExpressionMatchIterator it = re.globalMatchView(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            m_findings.insert(finding);
            handshakeException = handshakeException || m.capturedView().endsWith(u"HandshakeException"_s);
            if (!libraryOnly.matchView(m.capturedView()).hasMatch()) {
                negotiationWorded = true;
                break;
            }
        }
    };
    // A success reply's words ("250 2.0.0 delivered via spam service") refuse nothing, and a mail log's line of a delivered
    // message ("dsn=2.0.0, status=sent (delivered via spam service)") names no failure at all.
    static const QRegularExpression deliveredLine(u"\\bdsn=2\\.\\d{1,3}\\.\\d{1,3}, status=sent\\b"_s);
    QSet<QString> successTexts, failureTexts;
    for (const DecodedReply &d : std::as_const(r.replies)) {
        if (d.reply.replyClass() == 2)
            successTexts.insert(d.reply.text);
        else if (d.reply.replyClass() >= 4)
            failureTexts.insert(d.reply.text);
    }
    successTexts.subtract(failureTexts);
    // The evidence read below (by the rules here and by the word families), each text once, with whether it is a success reply's.
    QList<std::pair<QStringView, bool>> readable;
    for (const QString &text : std::as_const(m_evidence)) {
        if (text.size() <= 8192 && !deliveredLine.match(text).hasMatch())
            readable.append({text, successTexts.contains(text)});
    }
    for (const auto &[text, success] : std::as_const(readable)) {
        for (const auto &rule : textRules()) {
            if (!success || !refusalFindingNames().contains(rule.first))
                foundRule(rule.first, rule.second, text);
        }
        for (const auto &rule : localizedRules()) {
            if (wanted(rule.first) && rule.second.matchView(text).hasMatch())
                found(rule.first);
        }
        weakPolicy = weakPolicy || weakPolicyWords().matchView(text).hasMatch();
        weakRecipient = weakRecipient || weakRecipientWords().matchView(text).hasMatch();
    }
    const QRegularExpression &boilerplate = Internal::boilerplateLines();
    // A transcript's STARTTLS command answered with a 4xx/5xx ("STARTTLS" / "502 5.5.1 TLS not supported"): the
    // server refused to start TLS, so the negotiation failed, whatever else the reply says.
    {
        static const QRegularExpression starttlsCommand(u"^\\s*(?:[CSc]:|>>>|->|-->|CLIENT -> SERVER:|\\[?client\\]?:?|(?i:command|sent|request)\\s*:)?\\s*STARTTLS\\s*$"_s);
        static const QRegularExpression refusal(u"^\\s*(?:[CSc]:|<<<|<-|<--|SERVER -> CLIENT:|\\[?server\\]?:?|(?i:response|received|reply)\\s*:)?\\s*[45]\\d\\d[ -]"_s);
        for (qsizetype i = 0; i + 1 < m_lines.size() && i < 20000; ++i) {
            if (m_lines[i].text.size() > 80 || !starttlsCommand.matchView(m_lines[i].text).hasMatch())
                continue;
            qsizetype j = i + 1;
            while (j < m_lines.size() && j < i + 3 && m_lines[j].text.trimmed().isEmpty())
                ++j;
            if (j < m_lines.size() && m_lines[j].text.size() < 1024 && refusal.matchView(m_lines[j].text).hasMatch()) {
                found(negotiation);
                break;
            }
        }
    }
    // A template's list of possible reasons ("The most common reasons are: - the address does not
    // exist - the mailbox is full …") is no finding; the list ends at a blank or separator line.
    if (r.kind != DecodeKind::Unknown) {
        static const QRegularExpression separator(u"^\\s*[-=*_#~][-=*_#~\\s]{4,}$"_s);
        const QRegularExpression &heading = Internal::reasonListHeadings();
        qsizetype scanned = 0;
        for (qsizetype i = 0; i < m_lines.size() && (scanned += m_lines[i].text.size()) <= 2'000'000; ++i) {
            if (m_lines[i].text.size() > 300 || !heading.matchView(m_lines[i].text).hasMatch())
                continue;
            // "This usually means that the certificate is not trusted for one or more of the following reasons:" hedges too,
            // also when the heading was wrapped before its last words ("… not trusted by the system for one or more of" / "the
            // following reasons:").
            m_lines[i].possibleReason = true;
            if (i > 0 && !m_lines[i].text.trimmed().isEmpty() && m_lines[i].text.trimmed().front().isLower() && !m_lines[i - 1].text.trimmed().isEmpty())
                m_lines[i - 1].possibleReason = true;
            qsizetype j = i + 1;
            // MailKit leaves a blank line between the heading and its list.
            if (j + 1 < m_lines.size() && m_lines[j].text.trimmed().isEmpty())
                ++j;
            for (; j < m_lines.size() && j <= i + 30; ++j) {
                const QStringView t = m_lines[j].text;
                if (t.trimmed().isEmpty() || t.size() > 4096 || separator.matchView(t).hasMatch())
                    break;
                m_lines[j].possibleReason = true;
            }
            i = j - 1;
        }
    }
    if (r.kind != DecodeKind::Unknown) {
        // A notice's sentence wrapped by the mail client ("… because the domain" / "mail.example couldn't be found.").
        const bool notice = r.kind == DecodeKind::Dsn || r.kind == DecodeKind::ExchangeNdr || r.kind == DecodeKind::ExchangeDelayDsn;
        qsizetype scanned = 0;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const LineInfo &li = m_lines[i];
            if (li.text.size() > 4096 || (scanned += li.text.size()) > 2'000'000)
                continue;
            if (li.possibleReason || boilerplate.matchView(li.text).hasMatch() || quotedSubjectLine(li.text) || configurationLine(li.text))
                continue;
            // A reason list's heading joined with its first item is still only a possible reason.
            const QString joined = i + 1 < m_lines.size() && m_lines[i + 1].possibleReason ? QString() : joinedAfterColon(i);
            const QString wrapped = notice && joined.isEmpty() ? wrappedSentence(i) : QString();
            for (const auto &rule : lineRules()) {
                foundRule(rule.first, rule.second, li.text);
                if (!joined.isEmpty())
                    foundRule(rule.first, rule.second, joined);
                if (!wrapped.isEmpty())
                    foundRule(rule.first, rule.second, wrapped);
            }
            // A notice states itself near its top; the same 200,000 characters chooseKind() reads.
            if (scanned <= 200'000 && !m_findings.contains(u"delivery-delayed"_s) && Internal::delayNoticeWording().matchView(li.text).hasMatch())
                m_findings.insert(u"delivery-delayed"_s);
            for (const auto &rule : localizedRules()) {
                if (wanted(rule.first) && rule.second.matchView(li.text).hasMatch())
                    found(rule.first);
            }
        }
    }
    // The codes and the replies' own words decide the reason; the prose of the report (headings,
    // explanations) is read for it only when they say nothing ("** Address not found **" with a
    // bare 5.0.0, or a bounce that quotes no reply at all). Help text does not count.
    // The word families are wider than the rules above, so they only fill in a reason that nothing
    // else named; the state of the message (expired) is read from them always.
    static const QStringList states = {u"delivery-delayed"_s, u"message-expired"_s};
    const bool reasonKnown = std::any_of(m_findings.begin(), m_findings.end(), [&](const QString &f) { return !states.contains(f); });
    // A network / routing status (X.4.N: hop count exceeded, no route, …) names the reason even when the
    // knowledge has no finding for it; a template's "wasn't found" / "Unknown To address" around it is
    // the NDR's generic text, not a second reason.
    const bool routingStatus = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
        const QStringView e(d.reply.enhanced);
        return e.mid(1).startsWith(u".4.") && e.mid(4) != u"0";
    });
    // A TLS failure is told in several names at once ("TLS library problem: … unsupported protocol" is a
    // failed negotiation and a version mismatch), so while every reason known is a TLS one, the TLS
    // families may still add the other TLS names.
    const QStringList &tlsNames = tlsFindingNames();
    const bool tlsReasonsOnly = reasonKnown && std::all_of(m_findings.begin(), m_findings.end(), [&](const QString &f) {
        return states.contains(f) || tlsNames.contains(f);
    });
    QSet<QString> familyFound;
    if (r.kind != DecodeKind::Unknown) {
        auto readFamilies = [&](QStringView original, bool success = false) {
            // Justified or hand-typed text doubles spaces ("your account did not  exist"); a family reads words, not spacing.
            QString collapsed;
            if (original.contains(u"  "_s)) {
                collapsed = original.toString();
                static const QRegularExpression spaces(u" {2,}"_s);
                collapsed.replace(spaces, u" "_s);
            }
            const QStringView text = collapsed.isNull() ? original : QStringView(collapsed);
            for (const Internal::WordingPattern &family : Internal::wordingFamilies()) {
                if ((routingStatus && family.finding == u"recipient-unknown") || (success && refusalFindingNames().contains(family.finding)))
                    continue;
                const bool wantedFamily = !reasonKnown || states.contains(family.finding) || (tlsReasonsOnly && tlsNames.contains(family.finding));
                if (wantedFamily && !m_findings.contains(family.finding) && family.pattern.matchView(text).hasMatch()) {
                    m_findings.insert(family.finding);
                    familyFound.insert(family.finding);
                }
            }
        };
        // A budget, so a huge log costs no more than a large report: the families are many and wide, and the
        // reports they are for are far smaller than this.
        constexpr qsizetype familyBudget = 500'000;
        qsizetype scanned = 0;
        for (const auto &[text, success] : std::as_const(readable)) {
            if ((scanned += text.size()) <= familyBudget)
                readFamilies(text, success);
        }
        readFamilies(m_norm.header(u"Subject"));
        scanned = 0;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const LineInfo &li = m_lines[i];
            if (li.text.size() > 4096 || (scanned += li.text.size()) > familyBudget || li.possibleReason || boilerplate.matchView(li.text).hasMatch()
                || quotedSubjectLine(li.text) || configurationLine(li.text) || deliveredLine.matchView(li.text).hasMatch())
                continue;
            // A line that ends at a colon reads with the reason on the next line ("Recipient address rejected:" / "Greylisted, …").
            const QString joined = joinedAfterColon(i);
            readFamilies(joined.isEmpty() ? QStringView(li.text) : QStringView(joined));
        }
    }
    // A TLS requirement the families read next to a failed certificate, version or cipher check ("domains with
    // enforced TLS (require TLS encryption and verify certificate)") is the setting, not a second reason; next to a
    // failed negotiation ("TLS was required but could not be negotiated") it is the refusal.
    static const QStringList handshakeCauses = {u"certificate-invalid"_s, u"tls-version-unsupported"_s, u"tls-cipher-mismatch"_s};
    if (std::any_of(handshakeCauses.begin(), handshakeCauses.end(), [&](const QString &f) { return m_findings.contains(f); })) {
        for (const QString &name : {u"starttls-required"_s, u"starttls-not-offered"_s}) {
            if (familyFound.contains(name))
                m_findings.remove(name);
        }
    }
    // "Recipient address rejected: <reason>" under a security / policy status (X.7.x) is that policy.
    const bool policyStatus = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return QStringView(d.reply.enhanced).mid(1).startsWith(u".7."); });
    if (weakRecipient && !policyStatus && !routingStatus && std::none_of(m_findings.begin(), m_findings.end(), [&](const QString &f) { return !states.contains(f); }))
        m_findings.insert(u"recipient-unknown"_s);
    if (weakPolicy && std::none_of(m_findings.begin(), m_findings.end(), [&](const QString &f) { return !states.contains(f); }))
        m_findings.insert(u"policy-rejected"_s);
    // Python's smtplib raises SMTPRecipientsRefused when every recipient was refused; named without the replies it
    // carries, the recipients are what was refused.
    if (r.replies.isEmpty() && m_findings.isEmpty() && Internal::recipientsRefusedWording().matchView(QStringView(m_norm.body).left(20000)).hasMatch())
        m_findings.insert(u"recipient-unknown"_s);
    // Postfix's "Untrusted TLS connection established" (the peer's certificate did not verify, the session went on)
    // is the finding only of a text in which nothing failed.
    static const QRegularExpression untrustedSession(u"\\bUntrusted TLS connection established\\b"_s);
    if (m_findings.isEmpty() && untrustedSession.matchView(QStringView(m_norm.body).left(20000)).hasMatch())
        m_findings.insert(u"certificate-invalid"_s);
    QString status = r.queueField(u"Status");
    if (r.kind == DecodeKind::GetQueue && status.isEmpty()) {
        static const QRegularExpression retryCell(u"\\sRetry\\s"_s);
        for (const LineInfo &li : std::as_const(m_lines)) {
            if (li.text.size() < 400 && retryCell.matchView(li.text).hasMatch())
                status = u"Retry"_s;
        }
    }
    if (r.kind == DecodeKind::ExchangeDelayDsn || (r.kind == DecodeKind::GetQueue && status.compare(u"Retry"_s, Qt::CaseInsensitive) == 0)
        || (m_postfixLines > 0 && m_findings.contains(u"delivery-delayed"_s)))
        m_findings.insert(u"delivery-delayed"_s);
    // Whether the text is a delay notice (Sendmail's "Warning: could not send message for past 4 hours" in
    // bounce form, Exim's warning, Exchange's "Delivery is delayed"): the notice wording in its head or
    // Subject, the same family that names the finding line by line and makes a text a report in chooseKind().
    const QStringView head = QStringView(m_norm.body).left(20000);
    const QRegularExpression &delayNotice = Internal::delayNoticeWording();
    const bool warningNotice = delayNotice.matchView(head).hasMatch() || m_norm.header(u"Subject").startsWith(u"Warning:"_s, Qt::CaseInsensitive)
        || delayNotice.match(m_norm.header(u"Subject")).hasMatch();
    // Exchange's delay DSN pasted without its heading still quotes "400 4.4.7 Message delayed" and no
    // permanent reply: it is a delay notice, not a final NDR.
    const bool exchangeDelayBody = r.kind == DecodeKind::ExchangeNdr
        && std::none_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return d.reply.replyClass() == 5; })
        && std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
               return d.reply.replyClass() == 4 && d.reply.text.startsWith(u"Message delayed"_s, Qt::CaseInsensitive);
           });
    // A final NDR is not a delay, and an expiry NDR's history of 4xx replies is not one either.
    if (!warningNotice && !exchangeDelayBody
        && (r.kind == DecodeKind::ExchangeNdr || (r.kind == DecodeKind::Dsn && std::none_of(r.dsn.recipients.begin(), r.dsn.recipients.end(),
                                                                                            [](const DsnRecipient &d) { return d.action == u"delayed"; })
                                                   && (!r.dsn.recipients.isEmpty() || m_bounceText))))
        m_findings.remove(u"delivery-delayed"_s);
    if (warningNotice)
        m_findings.insert(u"delivery-delayed"_s);
    const bool anyFailedRecipient = std::any_of(r.dsn.recipients.begin(), r.dsn.recipients.end(), [](const DsnRecipient &d) {
        return d.action == u"failed" || d.action == u"expired";
    });
    const bool anyPermanent = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return d.reply.replyClass() == 5; });
    const bool anyTransient = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return d.reply.replyClass() == 4; });
    // A delay notice says how long the message has waited ("could not be delivered for 3 days"); it
    // has not expired yet, unless the final NDR that followed it is pasted too.
    if (warningNotice && !anyFailedRecipient && !anyPermanent && !m_exchangeFailed)
        m_findings.remove(u"message-expired"_s);
    // A final bounce whose only reasons are transient replies: the sender retried until its queue
    // lifetime ran out (Postfix, Exim and Sendmail bounce a 4xx only then). A DSN's own fields decide
    // above when it has them.
    if (!warningNotice && r.kind == DecodeKind::Dsn && m_bounceText && r.dsn.recipients.isEmpty() && anyTransient && !anyPermanent)
        m_findings.insert(u"message-expired"_s);
    // Likewise a sender domain that does not resolve ("Sender address rejected: Domain not found") is the
    // receiver's sender check, not a DNS failure of the delivery; so is its check of the client's HELO
    // name or host name ("Helo command rejected: Host not found"), a policy refusal of the sender.
    if (m_findings.contains(u"dns-failure"_s)) {
        static const QRegularExpression identityCheck(u"Helo command rejected|Client host rejected|EHLO (?:name |hostname )?rejected"_s, QRegularExpression::CaseInsensitiveOption);
        bool senderCode = false;
        bool identityRefusal = false;
        bool deliveryDnsCode = false;
        for (const DecodedReply &d : std::as_const(r.replies)) {
            const QString &e = d.reply.enhanced;
            const bool identity = identityCheck.match(d.reply.text).hasMatch();
            identityRefusal = identityRefusal || identity;
            senderCode = senderCode || e.endsWith(u".1.7"_s) || e.endsWith(u".1.8"_s) || identity
                || d.reply.text.contains(u"Sender address rejected"_s, Qt::CaseInsensitive)
                || d.reply.text.contains(u"sender verify failed"_s, Qt::CaseInsensitive);
            deliveryDnsCode = deliveryDnsCode || e.endsWith(u".1.2"_s) || e.endsWith(u".4.4"_s) || e.endsWith(u".4.3"_s)
                || e.startsWith(u"5.4.31"_s);
        }
        // (A client shows Exim's callout refusal without its code: "Verification failed for <a> / Unrouteable address / Sender verify failed".)
        static const QRegularExpression senderVerify(u"\\bsender verif(?:y|ication) failed\\b"_s, QRegularExpression::CaseInsensitiveOption);
        senderCode = senderCode || (r.replies.isEmpty() && senderVerify.matchView(head).hasMatch());
        if (senderCode && !deliveryDnsCode && r.dsn.recipients.size() <= 1) {
            m_findings.remove(u"dns-failure"_s);
            if (identityRefusal)
                m_findings.insert(u"policy-rejected"_s);
        }
    }
    // Queued / deferred with a transient root: the message is delayed, not bounced. Exchange's queue
    // retry text ("… Attempted failover to alternate host …") is a LastError wherever it is pasted,
    // and a 4xx in a mail log is a deferral.
    static const QRegularExpression queueRetry(u"Attempted failover to alternate host|Primary target IP address responded with"_s);
    // A tracking event that is itself the deferral ("EventId : SUBMITDEFER", a DEFER row of a CSV export).
    static const QRegularExpression deferEvent(u"^\\s*EventId\\s*:\\s*(?:SUBMIT)?DEFER\\b|,(?:SUBMIT)?DEFER,"_s, QRegularExpression::MultilineOption);
    // A transient status quoted inside a final reply (Gmail's "554 5.4.0 < #4.4.1 smtp; …") is the history of
    // a bounce, not a queued message.
    const bool insideFinal = r.rootCause && r.rootCause->chain >= 0 && r.rootCause->chain < r.chains.size()
        && r.chains[r.rootCause->chain].replies.first().replyClass() == 5;
    const bool queueText = !insideFinal && (r.kind == DecodeKind::LastError || r.kind == DecodeKind::GetMessage || r.kind == DecodeKind::GetQueue
        || r.kind == DecodeKind::PostfixLog || r.kind == DecodeKind::SendmailLog || r.kind == DecodeKind::EximLog
        || ((r.kind == DecodeKind::SmtpTranscript || r.kind == DecodeKind::MessageTracking) && queueRetry.matchView(head).hasMatch())
        || (r.kind == DecodeKind::MessageTracking && deferEvent.matchView(head).hasMatch()));
    // A bare 4xx reply line (a FAQ entry, a webmail error) does not say a message is queued; it reads as a
    // queue LastError only when it reports the sending side's own network or routing failure (X.4.x,
    // "connection dropped", "DNS query failed").
    // The same reply quoted twice in one paragraph ("Error 450 4.1.2 … looks like `450 4.1.2 <a>: …`") is still one bare reply.
    const bool bareReply = r.kind == DecodeKind::LastError && !m_hasLed && r.queueFields.isEmpty() && !r.chains.isEmpty()
        && std::all_of(r.chains.begin(), r.chains.end(), [&](const auto &c) {
               return std::all_of(c.replies.begin(), c.replies.end(), [&](const SmtpReply &x) {
                   // "Erro de Servidor: 454" / "Resposta do Servidor: 454 4.7.1 …": a label's bare status is the same reply.
                   const SmtpReply &first = r.chains.first().replies.first();
                   // A gateway's own status before the remote reply it quotes ("4.3.1 - Mail system full ('452', [4.3.1 …])") too.
                   return x.codePair() == first.codePair() || (x.code == first.code && (x.enhanced.isEmpty() || first.enhanced.isEmpty()))
                       || (x.enhanced == first.enhanced && (!x.code || !first.code));
               });
           })
        && !queueRetry.matchView(head).hasMatch();
    // A receiving server's own verdict on the address ("450 4.1.2 <a>: Recipient address rejected: Domain
    // not found") is no routing failure of the sender, whatever its wording.
    const bool addressVerdict = r.rootCause && QStringView(r.rootCause->reply.enhanced).mid(1).startsWith(u".1.");
    // (A rate refused, "421 4.4.2 Message submission rate … exceeded", is the receiving server's answer.)
    const bool sendingSide = r.rootCause && !m_findings.contains(u"rate-limited"_s)
        && (QStringView(r.rootCause->reply.enhanced).mid(1).startsWith(u".4.") || m_findings.contains(u"connection-failed"_s)
            || m_findings.contains(u"connection-dropped"_s) || (m_findings.contains(u"dns-failure"_s) && !addressVerdict));
    // Exchange 2003 ends a final NDR's line with the last status, transient or not: "<mx.example #4.4.2>".
    static const QRegularExpression ndrStatus(u"<\\s*[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+\\s+#4\\.\\d{1,3}\\.\\d{1,3}>"_s);
    const bool finalNdrStatus = bareReply && ndrStatus.matchView(head).hasMatch();
    // … or when the text says a sending server or gateway holds the message: its queue, tracking or audit log,
    // its send connector, an outbound delivery it cannot make (not a client application, a test tool or a
    // receiving server reporting the reply).
    // (Postfix's smtp client quotes the remote's answer as "host mx said: 451 … (in reply to RCPT TO command)".)
    // (An application's own job queue, "the mail queue job", a job's "queue": "mailers" field, "a Queue for tasks", holds no mail.)
    static const QRegularExpression holding(u"\\(in reply to (?:RCPT TO|MAIL FROM|DATA|end of DATA|HELO|EHLO|STARTTLS|AUTH)\\b|\\b(?:Server|host) \\S+(?: \\[[^\\]\\n]*\\])? said: [45]\\d\\d\\b|"
                                            "\\b(?:(?<!\\bjob )(?<!\\btask )(?<!\\bmail queue job for )(?<!\")queue[sd]?(?! quota)(?!\\s*(?:jobs?|tasks?|workers?|adapter)\\b)(?!\\s*\\bfor tasks\\b)(?!\"\\s*(?:=>|:))|queuing|queueing|Queue Viewer|message tracking|tracking logs?|audit logs?|(?<!receive )(?<!create a )(?<!a new )connector|"
                                            "logged on the (?:sending |on-?prem(?:ises)? |Exchange )?server|(?:deliver|send) outbound (?:e-?mails?|mail|messages)|"
                                            // a sender that defers the message ("This results in deferring the mail"), not a
                                            // receiving side's "incoming email temporary deferred with 421"
                                            "deferr(?:ed|ing) (?:the|this|that|my|our|a) (?:e-?mail|mail|message)s?|(?:e-?mail|mail|message)s? (?:was|were|is|are|has been|have been|gets|got) deferred)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    // A transient TLS failure is held by whichever server or gateway logs it (its send connector or mail log,
    // "deferred", "delivery temporarily suspended"); a receive connector's log is the receiving side's, as above.
    static const QRegularExpression tlsHolding(
        u"\\b(?:queued|queues?\\b|Queue Viewer|deferred|audit log|send connector|(?<!receive )connector (?:protocol )?logs?|(?<!receive connector )(?:transport|protocol|SMTP|mail) logs?"
        "|logged (?:on|by|in) the (?:\\w+ )?(?:server|gateway|MTA)|outbound (?:e-?mails?|mail|messages?|delivery)|(?:Messaging|E-?mail|Mail) Gateway"
        "|message (?:trace|tracking)|delivery temporarily suspended)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const bool tlsFailure = std::any_of(tlsFindingNames().begin(), tlsFindingNames().end(), [&](const QString &f) { return m_findings.contains(f); });
    // A server's back pressure ("452 4.3.1 Insufficient system resources … Submission Queue = 0") lists its own queues:
    // it refuses mail, it holds none for the sender.
    static const QRegularExpression backPressure(u"Insuff?ici?ent system resources|\\bback ?pressure\\b"_s, QRegularExpression::CaseInsensitiveOption);
    // A Postfix queue listing ("49B2E5CA9A  770 Thu Mar 21 00:35:27  sender" / "(host … said: 450 …)") is the queue itself.
    static const QRegularExpression queueListing(u"^[0-9A-F]{8,20}[*!]?\\s+\\d+\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d\\s"_s,
                                             QRegularExpression::MultilineOption);
    // Exim's "SMTP error from remote mail server after RCPT TO:<a>: … 451 …" is the sending Exim's own log of a transient reply.
    static const QRegularExpression eximRemoteError(u"\\bSMTP error from remote mail server after\\b"_s);
    const bool heldBySender = bareReply && !(r.rootCause && backPressure.match(r.rootCause->reply.text).hasMatch())
        && (holding.matchView(head).hasMatch() || queueListing.matchView(head).hasMatch() || (tlsFailure && tlsHolding.matchView(head).hasMatch())
            || eximRemoteError.matchView(head).hasMatch());
    // A receiving server's log of its own refusal ("NOQUEUE: reject: RCPT from …: 450 4.7.1 …", Exim's "(temporarily)
    // rejected RCPT") holds nothing: the client that was refused keeps the message, if anything does.
    // (A milter's or cleanup's reject of a queued message, "7F2DF64430: milter-reject: … 4.7.1 Try again later", is the
    // greylisting kind of refusal that the rules count as a delay.)
    // (Haraka's protocol log writes the server's own answers as "[PROTOCOL] <uuid> S: 250 sender OK".)
    static const QRegularExpression receivingReject(u"\\bNOQUEUE: reject: (?:RCPT|MAIL|DATA|CONNECT|EHLO|HELO|VRFY|ETRN) from |\\bruleset=check_\\w+, arg1=[^\\n]*\\breject=|"
                                                    "\\b(?:temporarily )?rejected (?:RCPT|MAIL|connection|after DATA|DATA)\\b|\\[PROTOCOL\\] [\\w.-]+ S: [2-5]\\d\\d\\b"_s);
    static const QRegularExpression senderQueueWords(u"status=deferred|\\bdefer \\(|\\bDeferred: |delivery temporarily suspended|TempFail|\\s== "_s);
    static const QRegularExpression greylisting(u"gr[ae]y ?list"_s, QRegularExpression::CaseInsensitiveOption);
    const bool receivingSideLog = receivingReject.matchView(head).hasMatch() && !senderQueueWords.matchView(head).hasMatch()
        && !greylisting.matchView(head).hasMatch();
    if (queueText && r.rootCause && r.rootCause->reply.replyClass() == 4 && !m_findings.contains(u"message-expired"_s) && (!bareReply || sendingSide || heldBySender)
        && !finalNdrStatus && !receivingSideLog)
        m_findings.insert(u"delivery-delayed"_s);
    // A bare 4xx reply that a client application raised ("Exception: Net::SMTPServerBusy 450 …",
    // "SMTPRecipientsRefused") or a test tool reported ("I tested my server and it failed with this error")
    // is the answer to that one attempt: nothing holds a message for a retry.
    static const QRegularExpression clientReport(u"\\b(?:[A-Z]\\w*)?Exception\\b|\\bcode: ?'E[A-Z]+'|\\bServer terminates connection\\b|\\bSMTP ERROR: [A-Za-z ]{2,12} command failed\\b|\\bExpected response code\\b[^\\n]{0,40}\\bbut got\\b|\\b(?:transient|permanent) error \\([245]\\d\\d\\):|\\bSMTP[A-Z][A-Za-z]*(?:Busy|Error|Refused|Exception)\\b|"
                                                 "(?i:\\b(?:test(?:ed|ing)?|check(?:ed|ing)?) (?:my|our|the|a) (?:mail |e-?mail |smtp )?server|"
                                                 "\\b(?:e-?mail|smtp|mail ?server)[- ]test(?:er|ing)?\\b|\\btest(?:ing)? tool\\b|\\berror sending (?:the )?(?:message|mail|e-?mail)\\b)|"
                                                 // nodemailer (lib/smtp-connection): the application's own send failed.
                                                 "\\bSMTPConnection error\\b|\\bInvalid greeting from server\\b|\\bat SMTPConnection\\.|\\bError: (?:Message failed|Data command failed): [45]\\d\\d\\b"_s);
    // (A stray "Action: BackgroundJobs::…" line of the application's log is no queue state.)
    static const QStringList queueState = {u"Status"_s, u"LastError"_s, u"LastRetryTime"_s, u"NextRetryTime"_s, u"MessageCount"_s,
                                           u"NextHopDomain"_s, u"Identity"_s, u"Queue"_s};
    const bool queued = std::any_of(queueState.begin(), queueState.end(), [&](const QString &k) { return !r.queueField(k).isEmpty(); });
    const bool clientText = r.kind == DecodeKind::LastError && !m_hasLed && !queued && !queueRetry.matchView(head).hasMatch()
        && !holding.matchView(head).hasMatch();
    if (clientText && !warningNotice && clientReport.matchView(head).hasMatch()
        && !greylisting.matchView(head).hasMatch())
        m_findings.remove(u"delivery-delayed"_s);
    // A sending server's own network or TLS failure quoted without any reply ("in Email - Queue Manager … (connect to …:
    // Connection timed out)", "postqueue -p shows deferred messages: (Cannot start TLS: handshake failure)") is a message
    // held for a retry just the same.
    // (An Exchange event about a receive connector, "unable to support the STARTTLS SMTP verb for the connector Default
    // internal receive connector", is the receiving side's.)
    // (Offering the STARTTLS verb is always the receiving side's: "unable to support the STARTTLS SMTP verb for the connector with a FQDN …".)
    static const QRegularExpression receiveConnector(u"\\bReceive connector\\b|\\bunable to support the STARTTLS SMTP verb\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sendConnector(u"\\bSend connector\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const bool receiveConnectorOnly = receiveConnector.matchView(head).hasMatch() && !sendConnector.matchView(head).hasMatch();
    const bool networkFailure = m_findings.contains(u"connection-failed"_s) || m_findings.contains(u"connection-dropped"_s)
        || m_findings.contains(u"dns-failure"_s);
    static const QRegularExpression queuedWords(u"\\b(?:queue[sd]?|queuing|queueing|postqueue|mailq|deferred)\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (r.replies.isEmpty() && r.kind == DecodeKind::LastError && !m_hasLed && !m_findings.contains(u"message-expired"_s)
        && (networkFailure || tlsFailure)
        && (queuedWords.matchView(head).hasMatch() || queueRetry.matchView(head).hasMatch() || (holding.matchView(head).hasMatch() && !receiveConnectorOnly))
        && !clientReport.matchView(head).hasMatch() && !receivingSideLog)
        m_findings.insert(u"delivery-delayed"_s);
    // A message that expired is no longer queued: outside a delay notice (or a DSN that still delays one of
    // its recipients) the transient code of its last attempt ("421 4.4.7 … Cannot send message for 5 days") is
    // no delay.
    const bool delayedRecipient = std::any_of(r.dsn.recipients.begin(), r.dsn.recipients.end(), [](const DsnRecipient &d) { return d.action == u"delayed"; });
    if (m_findings.contains(u"message-expired"_s) && !warningNotice && !delayedRecipient && r.kind != DecodeKind::GetQueue && r.kind != DecodeKind::GetMessage)
        m_findings.remove(u"delivery-delayed"_s);
    // 5.7.1 is "delivery not authorized": policy, unless something more specific explains it.
    static const QStringList specific = {u"relay-denied"_s, u"auth-required"_s, u"starttls-required"_s, u"starttls-not-offered"_s,
                                         u"rate-limited"_s, u"certificate-invalid"_s, u"tls-negotiation-failed"_s,
                                         u"tls-version-unsupported"_s, u"tls-cipher-mismatch"_s, u"recipient-unknown"_s,
                                         u"mailbox-full"_s, u"dns-failure"_s, u"connection-failed"_s, u"connection-dropped"_s,
                                         u"message-expired"_s};
    const bool hasSpecific = std::any_of(specific.begin(), specific.end(), [&](const QString &f) { return m_findings.contains(f); });
    // (A code quoted without any text, "the '554 5.7.1' code", names no reason: the README's bare refusal. Nor does
    // sendmail's generic "stat=Service unavailable" beside its dsn=5.7.1.)
    static const QRegularExpression genericText(u"^(?:Service unavailable|Requested action not taken|Permanent failure)\\W*$"_s, QRegularExpression::CaseInsensitiveOption);
    for (const DecodedReply &d : std::as_const(r.replies)) {
        if ((d.reply.enhanced == u"5.7.1" || d.reply.enhanced == u"5.7.0") && !hasSpecific && !d.reply.text.trimmed().isEmpty()
            && !genericText.match(d.reply.text.trimmed()).hasMatch())
            m_findings.insert(u"policy-rejected"_s);
        // Exchange Online's directory-based edge blocking: the recipient does not exist.
        if (d.reply.enhanced == u"5.4.1" && d.reply.text.contains(u"Recipient address rejected: Access denied"_s, Qt::CaseInsensitive)) {
            m_findings.insert(u"recipient-unknown"_s);
            m_findings.remove(u"policy-rejected"_s);
            m_findings.remove(u"relay-denied"_s);
        }
    }
    // A mailbox that exists but is disabled (X.2.1: "The email account that you tried to reach is
    // disabled") is no unknown recipient, unless a recipient status says so too.
    if (m_findings.contains(u"recipient-unknown"_s)) {
        // Many servers send X.2.1 for an unknown user too ("550 5.2.1 … user unknown"): only its disabled wording counts.
        static const QRegularExpression disabledWords(u"\\b(?:disabled|inactive|suspended|deactivated|frozen|locked|unavailable|not available)\\b"_s, QRegularExpression::CaseInsensitiveOption);
        // A reply without a status says it in words ("Local mailbox a@mail.ru is unavailable: account is disabled").
        static const QRegularExpression disabledAccount(u"\\b(?:account|mail ?box|user) (?:is |has been |was )?(?:disabled|deactivated|suspended)\\b"_s,
                                                        QRegularExpression::CaseInsensitiveOption);
        bool disabled = false;
        bool recipientCode = false;
        for (const DecodedReply &d : std::as_const(r.replies)) {
            const QStringView e(d.reply.enhanced);
            disabled = disabled || (e.mid(1) == u".2.1" && disabledWords.match(d.reply.text).hasMatch())
                || (e.isEmpty() && disabledAccount.match(d.reply.text).hasMatch());
            recipientCode = recipientCode || e.mid(1) == u".1.1" || e.mid(1) == u".1.3" || e.mid(1) == u".1.6" || e.mid(1) == u".1.10";
        }
        if (disabled && !recipientCode)
            m_findings.remove(u"recipient-unknown"_s);
    }
    // A full mailbox (X.2.2) that words its quota as a size ("Message size exceeds the remaining storage
    // in recipient's mailbox") is no size policy; a mailbox that "has too many messages" is full, not a rate.
    if (m_findings.contains(u"mailbox-full"_s)) {
        static const QRegularExpression otherPolicy(u"spam|block|SPF|DMARC|DKIM|reputation|banned|virus"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tooManyStored(u"(?:user|mail ?box|account) (?:has|holds|contains) too many messages"_s, QRegularExpression::CaseInsensitiveOption);
        bool fullStatus = false;
        bool policyWords = false;
        bool stored = false;
        for (const DecodedReply &d : std::as_const(r.replies)) {
            fullStatus = fullStatus || QStringView(d.reply.enhanced).mid(1) == u".2.2";
            policyWords = policyWords || otherPolicy.match(d.reply.text).hasMatch();
            stored = stored || tooManyStored.match(d.reply.text).hasMatch();
        }
        if (fullStatus && !policyWords)
            m_findings.remove(u"policy-rejected"_s);
        // Nor is it a rate limit ("Mailbox is full / Blocks limit exceeded"), unless Exchange's recipient threshold says so.
        static const QRegularExpression rateWords(u"RecipientThreshold|throttl|rate"_s, QRegularExpression::CaseInsensitiveOption);
        bool rate = false;
        for (const DecodedReply &d : std::as_const(r.replies))
            rate = rate || rateWords.match(d.reply.text).hasMatch();
        if (stored || (fullStatus && !rate))
            m_findings.remove(u"rate-limited"_s);
    }
    // .NET labels every 550 "Mailbox unavailable. The server response was: …": the server's words after it decide.
    if (m_findings.contains(u"recipient-unknown"_s)) {
        static const QRegularExpression dotNetLabel(u"\\bMailbox unavailable\\. The server response was:([^\\n]*)"_s);
        if (const QRegularExpressionMatch m = dotNetLabel.matchView(head); m.hasMatch()) {
            const bool otherReason = std::any_of(m_findings.begin(), m_findings.end(), [&](const QString &f) {
                return f != u"recipient-unknown" && !states.contains(f);
            });
            if (otherReason && !ruleSays(textRules(), u"recipient-unknown", m.capturedView(1)))
                m_findings.remove(u"recipient-unknown"_s);
        }
    }
    // "Domain of sender address … does not exist" (X.1.7 / X.1.8) is about the sender, not the recipient.
    if (m_findings.contains(u"recipient-unknown"_s)) {
        bool senderCode = false;
        bool recipientCode = false;
        static const QRegularExpression senderWords(u"Sender address rejected|sender verif(?:y|ication) failed|\\bsender (?:address )?(?:is )?not (?:allowed|permitted)\\b|"
                                                    "\\bunknown sender\\b|\\bnot (?:a )?local sender\\b"_s, QRegularExpression::CaseInsensitiveOption);
        for (const DecodedReply &d : std::as_const(r.replies)) {
            const QString &e = d.reply.enhanced;
            senderCode = senderCode || e.endsWith(u".1.7"_s) || e.endsWith(u".1.8"_s) || senderWords.match(d.reply.text).hasMatch();
            recipientCode = recipientCode || e.endsWith(u".1.1"_s) || e.endsWith(u".1.3"_s) || e.endsWith(u".1.6"_s) || e.endsWith(u".1.10"_s);
        }
        if (senderCode && !recipientCode) {
            static const QRegularExpression recipientWords(u"user unknown|unknown user|no such user|recipient|mailbox"_s, QRegularExpression::CaseInsensitiveOption);
            bool recipientEvidence = false;
            // "Sender address rejected: User unknown in local recipient table" speaks of the sender: only
            // the words before a sender refusal count as recipient evidence.
            // Nor does RFC 5321's generic first line of a multi-line 550 ("550-Requested action not taken: mailbox unavailable").
            static const QRegularExpression genericFirstLine(u"Requested action not taken: mailbox unavailable"_s, QRegularExpression::CaseInsensitiveOption);
            for (const QString &text : std::as_const(m_evidence)) {
                const QRegularExpressionMatch sender = senderWords.match(text);
                const QString before = sender.hasMatch() ? text.left(sender.capturedStart()) : text;
                recipientEvidence = recipientEvidence || recipientWords.match(QString(before).remove(genericFirstLine)).hasMatch();
            }
            if (!recipientEvidence)
                m_findings.remove(u"recipient-unknown"_s);
        }
    }
    // "Access denied, please try again later" is throttling, not policy.
    if (m_findings.contains(u"rate-limited"_s) && m_findings.contains(u"policy-rejected"_s)) {
        bool policyEvidence = false;
        static const QStringList rateCodes = {u"5.7.705"_s, u"5.7.233"_s, u"5.7.28"_s};
        // … unless the refusal also names a block ("550 Ip frequency limited … Blocked IP 192.0.2.1").
        static const QRegularExpression blockWords(u"\\bblocked (?:IP|address|sender|host)\\b|\\b(?:IP|address|sender|host) (?:is |has been )?blocked\\b|block ?list|black ?list|\\bspam\\b|\\bbad outbound sender\\b"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        // … or a temporary refusal that says the sender is on a list ("421 4.5.1 … you have been temporarily blacklisted").
        static const QRegularExpression listedWords(u"\\b(?:black|block)-? ?list(?:ed)?\\b"_s, QRegularExpression::CaseInsensitiveOption);
        for (const DecodedReply &d : std::as_const(r.replies))
            policyEvidence = policyEvidence || (d.reply.replyClass() == 5 && d.reply.enhanced.startsWith(u"5.7.") && !rateCodes.contains(d.reply.enhanced))
                || (d.reply.replyClass() == 5 && blockWords.match(d.reply.text).hasMatch())
                || (d.reply.replyClass() == 4 && listedWords.match(d.reply.text).hasMatch());
        if (!policyEvidence)
            m_findings.remove(u"policy-rejected"_s);
    }
    // "Daily SMTP relay limit exceeded" (5.7.1) is a sending limit of a relay service, not a refused relay.
    if (m_findings.contains(u"rate-limited"_s) && m_findings.contains(u"relay-denied"_s)) {
        static const QRegularExpression relayLimit(u"\\brelay (?:sending )?(?:limit|quota)"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression relayRefusal(u"\\brelay(?:ing)? (?:access )?(?:denied|not permitted|prohibited|not allowed)|unable to relay|not (?:permitted|allowed) to relay"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
        const bool limit = std::any_of(m_evidence.begin(), m_evidence.end(), [](const QString &t) { return t.size() <= 8192 && relayLimit.match(t).hasMatch(); });
        const bool refusal = std::any_of(m_evidence.begin(), m_evidence.end(), [](const QString &t) { return t.size() <= 8192 && relayRefusal.match(t).hasMatch(); });
        if (limit && !refusal)
            m_findings.remove(u"relay-denied"_s);
    }
    // A sending quota ("SubmissionQuotaExceeded", "Daily message quota exceeded") is a rate limit, not a full mailbox.
    if (m_findings.contains(u"rate-limited"_s) && m_findings.contains(u"mailbox-full"_s)) {
        static const QRegularExpression mailboxWords(u"mail ?box|storage|disk|over ?quota|(?<!submission)(?<!sending )(?<!send )(?<!message )(?<!daily )quota"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
        const bool fullCode = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return d.reply.enhanced.endsWith(u".2.2"_s); });
        const bool mailboxEvidence = std::any_of(m_evidence.begin(), m_evidence.end(), [](const QString &t) { return t.size() <= 8192 && mailboxWords.match(t).hasMatch(); });
        if (!fullCode && !mailboxEvidence)
            m_findings.remove(u"mailbox-full"_s);
    }
    // Relay or auth refusals are not a separate policy finding.
    if (m_findings.contains(u"relay-denied"_s) || m_findings.contains(u"auth-required"_s) || m_findings.contains(u"starttls-required"_s)) {
        static const QRegularExpression policyWords(u"spam|block|black ?list|SPF|DMARC|DKIM|reputation|banned|policy|\\bPTR\\b|reverse (?:DNS|host ?name)|\\brDNS\\b"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
        const bool otherPolicy = std::any_of(m_evidence.begin(), m_evidence.end(), [](const QString &t) { return policyWords.match(t).hasMatch(); });
        if (!otherPolicy)
            m_findings.remove(u"policy-rejected"_s);
    }
    if (m_findings.contains(u"certificate-invalid"_s) || m_findings.contains(u"tls-version-unsupported"_s) || m_findings.contains(u"tls-cipher-mismatch"_s))
        m_findings.remove(u"policy-rejected"_s);
    // Exchange Online's "450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 …]": the remote
    // did answer, so the failure is what it answered (TLS), not the connection.
    if (m_findings.contains(u"connection-failed"_s)) {
        bool answered = false;
        // "[Message=UntrustedRoot]": the remote answered with a TLS failure, not a connection failure.
        static const QRegularExpression noAnswer(u"\\[Message=[^\\]]{0,200}?(?:refused|timed out|timeout|Socket ?error|unreachable|1006[01])"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        for (const ReplyChain &c : std::as_const(r.chains)) {
            const QString &outerText = c.replies.first().text;
            // "450 4.4.317 Cannot connect to remote server. 5.7.3 STARTTLS is required to send mail": the answer quoted in the text.
            static const QRegularExpression quotedAnswer(u"\\b[45]\\.(?!4\\.31[67]\\b)(?!4\\.[12]\\b)(?!2\\.1\\b)\\d{1,3}\\.\\d{1,3}\\b"_s);
            answered = answered
                || ((c.replies.first().enhanced.endsWith(u".4.317") || c.replies.first().enhanced.endsWith(u".4.316"))
                    && ((outerText.contains(u"[Message="_s) && !noAnswer.match(outerText).hasMatch()) || quotedAnswer.match(outerText).hasMatch()));
        }
        for (const ReplyChain &c : std::as_const(r.chains)) {
            const QString &outer = c.replies.first().enhanced;
            const SmtpReply &inner = c.replies.last();
            answered = answered
                || (c.replies.size() >= 2 && (outer.endsWith(u".4.317") || outer.endsWith(u".4.316")) && inner.code
                    && inner.enhanced != u"4.4.1" && inner.enhanced != u"4.2.1" && inner.enhanced != u"4.4.2"
                    && !inner.enhanced.endsWith(u".4.317") && !inner.enhanced.endsWith(u".4.316"));
        }
        const QStringList &tls = tlsFindingNames();
        if (answered && std::any_of(tls.begin(), tls.end(), [&](const QString &f) { return m_findings.contains(f); }))
            m_findings.remove(u"connection-failed"_s);
    }
    // Exim's "SMTP timeout after RCPT TO:<a>: Connection timed out" is a running session's timeout (dropped) whose
    // errno reads like a failed connect: it is no connection failure unless another line says one.
    if (m_findings.contains(u"connection-failed"_s) && m_findings.contains(u"connection-dropped"_s)) {
        static const QRegularExpression connectWords(u"Connection timed out|Connection refused|No route to host|Network is unreachable|connect to |(?:failed to|unable to|could ?n[o']?t|cannot|can't) connect|did not accept our requests to connect"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression sessionTimeout(u"\\btimeout (?:after|while) [^\\n]{0,160}?: Connection timed out"_s, QRegularExpression::CaseInsensitiveOption);
        QString rest = head.toString();
        rest.remove(sessionTimeout);
        // A connection the text shows made ("Connected to mx.", s_client's "CONNECTED(00000003)") and then closed was
        // dropped; a summary such as "Unable to connect to the SMTP server" above it is the reporter's word for that.
        static const QRegularExpression established(u"^\\s*(?:Connected to \\S|CONNECTED\\(0)"_s, QRegularExpression::MultilineOption);
        if (!connectWords.match(rest).hasMatch() || (established.match(rest).hasMatch() && !hardConnectWords().match(rest).hasMatch()))
            m_findings.remove(u"connection-failed"_s);
    }
    // A 454 "TLS not available due to local problem" answered to STARTTLS is a failed negotiation (README), not a
    // server that does not offer STARTTLS.
    if (m_findings.contains(u"starttls-not-offered"_s)) {
        // (Exim answers STARTTLS with "454 TLS currently unavailable" when its own TLS set-up fails.)
        static const QRegularExpression ownTlsFailed(u"TLS not available due to (?:a )?local problem|TLS currently unavailable"_s, QRegularExpression::CaseInsensitiveOption);
        const bool refusedStarttls = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
            return d.reply.code == 454 && ownTlsFailed.match(d.reply.text).hasMatch();
        });
        if (refusedStarttls) {
            m_findings.remove(u"starttls-not-offered"_s);
            m_findings.insert(u"tls-negotiation-failed"_s);
        }
    }
    // A receiver's check of the sender's domain quoted without its reply ("Mailgun gives this error: "Sender address
    // rejected: Domain not found"") is the same policy refusal.
    // So is Yahoo's "451 Message temporarily deferred due to unresolvable RFC.5321 from domain" (or From header domain).
    const bool addressDnsCode = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
        const QStringView e = QStringView(d.reply.enhanced).mid(1);
        return e == u".1.2" || e == u".4.4" || e == u".4.3" || e.startsWith(u".4.31");
    });
    if (m_findings.contains(u"dns-failure"_s) && (r.replies.isEmpty() || !addressDnsCode)) {
        static const QRegularExpression senderDomainCheck(u"Sender address rejected: (?:Domain|Host) not found|\\bunresolvable (?:RFC\\.?5321 from|(?:RFC\\.?5322 )?From header) domain\\b"_s,
                                                          QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression otherDns(u"Recipient address rejected|getaddrinfo|NXDOMAIN|Name or service not known|no MX"_s, QRegularExpression::CaseInsensitiveOption);
        if (senderDomainCheck.matchView(head).hasMatch() && !otherDns.matchView(head).hasMatch()) {
            m_findings.remove(u"dns-failure"_s);
            m_findings.insert(u"policy-rejected"_s);
        }
    }
    // A client's "could not connect" around a step after the connect or before it is no connection failure of its own:
    // - PHP's "Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL operation failed …", or
    //   "unable to connect to ssl://…:465" after an implicit-TLS handshake that failed ("Failed to enable crypto"): the TLS
    //   of a connection that was made failed;
    // - "unable to connect to :25 (php_network_getaddresses: getaddrinfo failed: Name or service not known)": the host's
    //   name did not resolve, so no connection was tried.
    if (m_findings.contains(u"connection-failed"_s) && !hardConnectWords().matchView(head).hasMatch()) {
        static const QRegularExpression phpTls(u"stream_socket_enable_crypto|stream_socket_client\\(\\): (?:SSL operation failed|Failed to enable crypto)|STARTTLS command failed"_s);
        static const QRegularExpression lookupFailed(u"getaddrinfo failed|php_network_getaddresses|Name or service not known|nodename nor servname|No such host is known|\\bENOTFOUND\\b"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
        const bool wrapsTls = phpTls.matchView(head).hasMatch() && !head.contains(u"getaddrinfo"_s, Qt::CaseInsensitive);
        const bool wrapsLookup = m_findings.contains(u"dns-failure"_s) && lookupFailed.matchView(head).hasMatch();
        if (wrapsTls || wrapsLookup)
            m_findings.remove(u"connection-failed"_s);
    }
    // telnet's "Connection closed by foreign host." (swaks' "=== Connection closed with remote host.") right after the server's
    // 221 goodbye is the orderly end of a session, also when the typed QUIT shares the line ("quit221 2.0.0 Bye") or the
    // client notes its own close in between ("Connection closing...Socket close.").
    // (telnet's or swaks' own line, up to two client notes after the goodbye.)
    static const QString clientClose = u"(?:[^\\n]{0,80}\\n){0,2}?\\s*(?:=== )?Connection closed (?:by|with) (?:foreign|remote) host\\.?[ \\t]*$"_s;
    if (m_findings.contains(u"connection-dropped"_s)) {
        static const QRegularExpression orderlyClose(u"^\\s*(?:<<<\\s*|S:\\s*|<~\\s*|(?i:quit))?221[ -][^\\n]{0,500}\\n"_s + clientClose,
                                                     QRegularExpression::MultilineOption);
        if (orderlyClose.matchView(head).hasMatch()) {
            QString rest = head.toString();
            rest.remove(orderlyClose);
            const bool otherDrop = ruleSays(lineRules(), u"connection-dropped", rest)
                || std::any_of(m_evidence.begin(), m_evidence.end(), [](const QString &text) {
                       return text.size() <= 8192 && ruleSays(textRules(), u"connection-dropped", text);
                   });
            if (!otherDrop)
                m_findings.remove(u"connection-dropped"_s);
        }
    }
    // Whether a reply itself refuses the login (535, X.7.8, X.7.57, X.7.139 …).
    const bool loginReply = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return loginRefusal(d.reply); });
    // "DNS / sender / domain authentication" next to an SPF, DKIM or DMARC refusal is that check of the sender's domain,
    // a policy (README), not a login the server asks for.
    if (m_findings.contains(u"auth-required"_s) && m_findings.contains(u"policy-rejected"_s)) {
        static const QRegularExpression domainAuthentication(u"\\b(?:SPF|DKIM|DMARC)\\b|\\b(?:DNS|domain|sender|e-?mail) authentication\\b"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression loginWords(u"credentials|password|user ?name|\\blog ?in\\b|SMTP AUTH|\\bAUTH (?:LOGIN|PLAIN)|authentication (?:is )?(?:required|needed)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        if (!loginReply && domainAuthentication.matchView(head).hasMatch() && !loginWords.matchView(head).hasMatch())
            m_findings.remove(u"auth-required"_s);
    }
    // PEAR Net_SMTP reports any failure of its auth() step as "authentication failure [SMTP: STARTTLS failed (code: 220, …)]":
    // the SMTP part in brackets decides.
    if (m_findings.contains(u"auth-required"_s)) {
        // (Zoho's client likewise: "Unable to connect SMTP server:… Reason:Authentication failed:554 5.1.8 Sender Address Blocked".)
        static const QRegularExpression pearWrapper(u"\\bauthentication fail(?:ure \\[SMTP: ([^\\]\\n]*)\\]|ed:\\s*([245]\\d\\d[^\\n]*))"_s, QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression loginWords(u"authenticat|credentials|password|user ?name|\\blog ?in\\b|\\bAUTH\\b"_s, QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = pearWrapper.matchView(head); m.hasMatch() && !loginWords.matchView(m.capturedView(m.hasCaptured(1) ? 1 : 2)).hasMatch())
            m_findings.remove(u"auth-required"_s);
        // JavaMail raises AuthenticationFailedException for any failure of its connect-and-login step: the nested
        // exception decides ("nested exception is: … Exception reading response … Read timed out").
        static const QRegularExpression javaMailWrapper(u"AuthenticationFailedException"_s);
        static const QRegularExpression transportCause(u"\\bRead timed out\\b|\\bConnection reset\\b|MessagingException: \\[EOF\\]|\\bSocketTimeoutException\\b|"
                                                      "\\bCould not convert socket to TLS\\b|\\bSSLHandshakeException\\b"_s);
        static const QRegularExpression credentialWords(u"credentials|password|user ?name|\\blog ?in\\b"_s, QRegularExpression::CaseInsensitiveOption);
        if (javaMailWrapper.matchView(head).hasMatch() && transportCause.matchView(head).hasMatch() && !loginReply && !credentialWords.matchView(head).hasMatch())
            m_findings.remove(u"auth-required"_s);
        // … and so does a webmail's "IMAP Error: Login failed for a@b … Could not connect to host:143: Connection refused".
        static const QRegularExpression loginThenConnect(u"\\bLogin failed\\b[^\\n]*\\b(?:Could not connect|Connection refused|Connection timed out)\\b"_s,
                                                         QRegularExpression::CaseInsensitiveOption);
        if (loginThenConnect.matchView(head).hasMatch() && !loginReply)
            m_findings.remove(u"auth-required"_s);
    }
    // "530 5.7.0 Must issue a STARTTLS command first" answered to AUTH (a client raising it as an
    // authentication error) asks for STARTTLS; authentication is asked for only when a reply says so.
    if (m_findings.contains(u"starttls-required"_s) && m_findings.contains(u"auth-required"_s)) {
        static const QRegularExpression authWords(u"(?<![A-Za-z])authenticat|credentials|password|log ?in|SMTP AUTH"_s, QRegularExpression::CaseInsensitiveOption);
        // (A success reply does not ask: EHLO's "250-AUTH PLAIN LOGIN" only lists mechanisms.)
        const bool authReply = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
            return loginRefusal(d.reply) || (d.reply.replyClass() >= 4 && authWords.match(d.reply.text).hasMatch());
        });
        if (!r.replies.isEmpty() && !authReply)
            m_findings.remove(u"auth-required"_s);
    }
    // PHPMailer's debug log of a read that timed out: right after "Connection: opened" the greeting never came (the
    // connection failed); later, an answer never came on a session that was up.
    {
        static const QRegularExpression getLinesTimeout(u"\\bget_lines\\(\\): timed-out\\b"_s);
        static const QRegularExpression greetingTimeout(u"\\bConnection: opened[^\\n]*\\n(?:[^\\n]*\\bget_lines\\(\\)[^\\n]*\\n){0,6}[^\\n]*\\bget_lines\\(\\): timed-out\\b"_s);
        if (getLinesTimeout.matchView(head).hasMatch() && !m_findings.contains(u"connection-failed"_s) && !m_findings.contains(u"connection-dropped"_s))
            m_findings.insert(greetingTimeout.matchView(head).hasMatch() ? u"connection-failed"_s : u"connection-dropped"_s);
    }
    // "221 mx.example closing connection" answers QUIT: the session ended as it should.
    if (m_findings.contains(u"connection-dropped"_s)) {
        static const QRegularExpression quitAnswer(u"^[^\\n]*\\b221[ -][^\\n]*\\bclos(?:ing|e|ed) (?:the )?(?:connection|transmission channel)\\b[^\\n]*$"
                                                   "(?:\\n"_s + clientClose + u")?"_s,
                                                   QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        if (quitAnswer.matchView(head).hasMatch()) {
            QString rest = head.toString();
            rest.remove(quitAnswer);
            if (!ruleSays(lineRules(), u"connection-dropped", rest) && !ruleSays(textRules(), u"connection-dropped", rest))
                m_findings.remove(u"connection-dropped"_s);
        }
    }
    // RFC 3207's "454 TLS not available due to temporary reason" answers a STARTTLS command: the server offered
    // STARTTLS and then could not start it, a failed negotiation.
    static const QRegularExpression tlsNotAvailable(u"\\bTLS not available\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return d.reply.code == 454 && tlsNotAvailable.match(d.reply.text).hasMatch(); })) {
        m_findings.remove(u"starttls-not-offered"_s);
        m_findings.insert(negotiation);
        negotiationWorded = true;
    }
    // Postfix's "Untrusted TLS connection established" only notes an unverified peer certificate; it is a finding
    // when the poster shows it as the error.
    static const QRegularExpression untrustedTls(u"\\bUntrusted TLS connection established\\b"_s);
    static const QRegularExpression calledErrors(u"\\b(?:getting|got|get|seeing|see) (?:\\w+ )?errors?\\b|\\berrors? like\\b"_s, QRegularExpression::CaseInsensitiveOption);
    if (untrustedTls.matchView(head).hasMatch() && calledErrors.matchView(head).hasMatch())
        m_findings.insert(u"certificate-invalid"_s);
    // A refusal that says "Connection refused" for a bad reputation ("554 … CMGW IB103. Connection refused. 192.0.2.8 has a
    // poor reputation …") refuses the sender, not the TCP connection.
    if (m_findings.contains(u"connection-failed"_s) && m_findings.contains(u"policy-rejected"_s)) {
        static const QRegularExpression refusedForPolicy(u"\\bConnection refused\\b[^\\n]{0,200}\\b(?:reputation|block ?list|black ?list|blocked|listed|spam)\\b"_s,
                                                         QRegularExpression::CaseInsensitiveOption);
        const bool policyRefusal = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
            return d.reply.replyClass() == 5 && refusedForPolicy.match(d.reply.text).hasMatch();
        });
        static const QRegularExpression otherConnectWords(u"\\b(?:timed out|No route to host|Network is unreachable|could not connect|unable to connect|failed to connect)\\b"_s,
                                                          QRegularExpression::CaseInsensitiveOption);
        if (policyRefusal && !otherConnectWords.matchView(head).hasMatch())
            m_findings.remove(u"connection-failed"_s);
    }
    // A named TLS cause (certificate, version, cipher, STARTTLS required or not offered) is the finding; a failed
    // negotiation is added to it only when words say the handshake or negotiation failed, not for a bare X.7.5
    // status ("454 4.7.5 certificate validation failure") or loose prose ("if we enable TLS it fails with the error").
    static const QStringList namedTls = {u"certificate-invalid"_s, u"tls-version-unsupported"_s, u"tls-cipher-mismatch"_s,
                                         u"starttls-required"_s, u"starttls-not-offered"_s};
    // .NET's SslStream reports a failed TLS handshake as System.Security.Authentication.AuthenticationException
    // ("Authentication failed because the remote party has closed the transport stream", "A call to SSPI failed"):
    // that authentication is the TLS peer's, not an SMTP login, unless a reply or words speak of credentials.
    if (m_findings.contains(u"auth-required"_s)) {
        static const QRegularExpression tlsAuthentication(
            u"System\\.Security\\.Authentication\\.AuthenticationException|AuthenticationException: (?:A call to SSPI failed|Authentication failed because the remote party|The remote certificate)"
            "|\\bAuthentication failed because the remote party has closed the transport stream|\\bAuthentication failed, see inner exception\\b"_s);
        // (A stack frame's "SafeFreeCredentials credential" is no login.)
        static const QRegularExpression loginWords(u"(?<![A-Za-z])credentials|password|user ?name|log ?in\\b|SMTP AUTH|not authenticated"_s, QRegularExpression::CaseInsensitiveOption);
        const bool loginStatus = loginReply || std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
            return QStringView(d.reply.enhanced).mid(2) == u"7.3";
        });
        if (tlsAuthentication.matchView(head).hasMatch() && !loginStatus && !loginWords.matchView(head).hasMatch()) {
            m_findings.remove(u"auth-required"_s);
            m_findings.insert(negotiation);
            static const QRegularExpression handshakeFailed(u"Exception: Authentication failed"_s);
            negotiationWorded = negotiationWorded || handshakeFailed.matchView(head).hasMatch();
        }
    }
    // A client's connect step that wraps a TLS failure with a named cause ("Could not connect to SMTP host: …, port: 465;
    // javax.net.ssl.SSLHandshakeException: … PKIX path building failed") reached the server: the cause is the finding.
    // … and so did .NET's read of a running session ("Unable to read data from the transport connection: A connection attempt
    // failed because the connected party did not properly respond …"), which quotes Winsock's timeout text. Either keeps
    // connection-failed only when the text also says the connect step itself failed.
    static const QRegularExpression tlsStepWrapped(u"HandshakeException\\b|\\bNo appropriate protocol\\b"_s);
    static const QRegularExpression readError(u"Unable to read data from the transport connection"_s);
    static const QRegularExpression connectStepFailed(u"\\bConnection (?:refused|timed out)|\\bconnect timed out\\b|\\bNo route to host\\b|\\bNetwork is unreachable\\b|"
                                                      "\\bUnknownHostException\\b|Unable to connect to the remote server|No connection could be made|\\bOperation timed out\\b|"
                                                      "\\bconnect to [^\\s:]+(?:\\[[^\\]\\s]*\\])?(?::\\d+)?: "_s,
                                                      QRegularExpression::CaseInsensitiveOption);
    const bool handshakeCause = std::any_of(handshakeCauses.begin(), handshakeCauses.end(), [&](const QString &f) { return m_findings.contains(f); });
    // (So does any client's connect step around a TLS failure: "Error connecting to SMTP host: [SSL: UNSUPPORTED_PROTOCOL] …",
    // "SMTP connection failed when using TLS … Could not convert socket to TLS".)
    // (A status that itself says the connect step failed, Exchange Online's "4.4.317 Cannot connect to remote server
    // [Message=UntrustedRoot]", keeps it.)
    const bool connectStatus = std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) {
        QSet<QString> fromCode;
        findingsFromCode(d.reply, &fromCode);
        return fromCode.contains(u"connection-failed"_s);
    });
    const bool sessionReached = (handshakeCause && tlsStepWrapped.matchView(head).hasMatch()) || (tlsFailure && !connectStatus)
        || (m_findings.contains(u"connection-dropped"_s) && readError.matchView(head).hasMatch());
    if (m_findings.contains(u"connection-failed"_s) && sessionReached && !connectStepFailed.matchView(head).hasMatch())
        m_findings.remove(u"connection-failed"_s);
    // A resolver's refusal (nodemailer's "queryA ECONNREFUSED smtp.example", code 'EDNS') is the DNS lookup, not the SMTP connect.
    static const QRegularExpression resolverRefused(u"\\bquery(?:A|Aaaa|Mx|Txt|Cname) ECONNREFUSED\\b|\\bcode: ?'EDNS'"_s);
    static const QRegularExpression connectRefused(u"\\bconnect ECONNREFUSED\\b|\\bConnection refused\\b"_s);
    if (m_findings.contains(u"dns-failure"_s) && resolverRefused.matchView(head).hasMatch() && !connectRefused.matchView(head).hasMatch())
        m_findings.remove(u"connection-failed"_s);
    // … nor is an OpenSSL error string that names a dropped connection ("unexpected eof while reading").
    if (!negotiationWorded
        && ((m_findings.contains(u"connection-dropped"_s) && !handshakeException) || std::any_of(namedTls.begin(), namedTls.end(), [&](const QString &f) { return m_findings.contains(f); })))
        m_findings.remove(negotiation);
    // Postfix's "mail for example.org loops back to myself" under 5.1.1 / 5.4.6 is its own configuration (the domain is
    // not listed as local), not an unknown recipient.
    static const QRegularExpression loopsBack(u"\\bloops back to myself\\b"_s);
    if (std::any_of(r.replies.begin(), r.replies.end(), [](const DecodedReply &d) { return loopsBack.match(d.reply.text).hasMatch(); }))
        m_findings.remove(u"recipient-unknown"_s);
    for (const QString &name : findingNames()) {
        if (m_findings.contains(name))
            r.findings.append(name);
    }
    for (const QString &name : std::as_const(m_findings)) {
        if (!r.findings.contains(name))
            r.findings.append(name);
    }
}

} // namespace Mailflow::Internal
