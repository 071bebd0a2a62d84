// SPDX-License-Identifier: GPL-3.0-or-later
// mailflow decode: NDRs, delay notices, DSNs, queue output → replies, chains, findings, explanations.
#include "commands.h"
#include "output.h"

#include "decode/decoderesult.h"
#include "decode/knowledgebase.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Mailflow::Cli {

namespace {

// Named tr so that lupdate files these strings under the enclosing namespace, the context used here.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mailflow::Cli", text);
}

QString kindTitle(DecodeKind kind)
{
    switch (kind) {
    case DecodeKind::Unknown: return tr("unrecognised text");
    case DecodeKind::ExchangeNdr: return tr("Exchange non-delivery report (NDR)");
    case DecodeKind::ExchangeDelayDsn: return tr("Exchange delay notice");
    case DecodeKind::Dsn: return tr("delivery status notification (bounce)");
    case DecodeKind::GetQueue: return tr("Get-Queue output");
    case DecodeKind::GetMessage: return tr("Get-Message output");
    case DecodeKind::MessageTracking: return tr("message tracking / trace status");
    case DecodeKind::LastError: return tr("LastError string / SMTP reply");
    case DecodeKind::SmtpTranscript: return tr("SMTP transcript");
    case DecodeKind::PostfixLog: return tr("Postfix log lines");
    case DecodeKind::SendmailLog: return tr("Sendmail log lines");
    case DecodeKind::EximLog: return tr("Exim log lines");
    }
    return {};
}

QString replyLine(const SmtpReply &reply)
{
    QString s = reply.codePair();
    if (!reply.text.isEmpty())
        s += u' ' + reply.text;
    return s;
}

QString observationText(const Observation &o)
{
    QString what;
    if (o.what == u"binary-data")
        return tr("binary data (mostly control bytes)");
    if (o.what == u"nul-bytes")
        what = tr("%1 NUL byte(s), dropped");
    else if (o.what == u"lines")
        what = tr("%1 line(s)");
    else if (o.what == u"email-addresses")
        what = tr("%1 e-mail address(es)");
    else if (o.what == u"ip-addresses")
        what = tr("%1 IP address(es)");
    else if (o.what == u"status-codes")
        what = tr("%1 status-code-like token(s)");
    else if (o.what == u"timestamps")
        what = tr("%1 timestamp(s)");
    else if (o.what == u"fields")
        what = tr("%1 'Name : value' field(s)");
    else
        what = o.what + u": %1"_s;
    QString text = what.arg(o.count);
    if (!o.example.isEmpty())
        text += tr(" (e.g. %1)").arg(o.example);
    return text;
}

QString findingText(const QString &name)
{
    static const QHash<QString, const char *> texts = {
        {u"tls-negotiation-failed"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "the TLS handshake failed")},
        {u"starttls-required"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "one side requires STARTTLS/TLS")},
        {u"starttls-not-offered"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "STARTTLS was not offered or not available")},
        {u"tls-version-unsupported"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "no common TLS version")},
        {u"tls-cipher-mismatch"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "no common cipher suite")},
        {u"certificate-invalid"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "a certificate was not accepted")},
        {u"connection-dropped"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "the connection dropped during the session")},
        {u"connection-failed"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "no connection could be made")},
        {u"relay-denied"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "relaying was refused")},
        {u"auth-required"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "authentication is required or failed")},
        {u"message-expired"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "the message expired in the queue")},
        {u"delivery-delayed"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "delivery is delayed; the sender keeps retrying")},
        {u"recipient-unknown"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "the recipient does not exist")},
        {u"dns-failure"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "DNS / routing failed")},
        {u"mailbox-full"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "the mailbox is full")},
        {u"policy-rejected"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "rejected by policy")},
        {u"rate-limited"_s, QT_TRANSLATE_NOOP("Mailflow::Cli", "throttled / rate-limited")},
    };
    const auto it = texts.constFind(name);
    return it == texts.constEnd() ? name : QCoreApplication::translate("DecodeCommand", *it);
}

QString assumptionText(const Prediction &p)
{
    if (p.deployment == Prediction::Deployment::Stated) {
        if (p.basis == u"delayNotice")
            return tr("the delay notice says how much longer the server keeps trying; counted from %1").arg(p.basisTime);
        return tr("stated in the text (%1)").arg(p.basis);
    }
    QString where = p.deployment == Prediction::Deployment::ExchangeOnline ? tr("Exchange Online default") : tr("on-premises Exchange default");
    QString why;
    if (p.reason == u"generating-server-exchange-online")
        why = tr("the generating server is an Exchange Online host");
    else if (p.reason == u"queue-viewer-on-premises")
        why = tr("Get-Queue/Get-Message output comes from an on-premises server");
    else if (p.reason == u"generating-server-on-premises")
        why = tr("the generating server is not an Exchange Online host");
    else
        why = tr("nothing in the text points to Exchange Online");
    return tr("%1 h after %2 %3; %4, because %5").arg(p.hours).arg(p.basis, p.basisTime, where, why);
}

void printSummary(const DecodeResult &r)
{
    QTextStream &o = out();
    o << tr("Kind:        %1").arg(kindTitle(r.kind));
    if (!r.vendor.isEmpty())
        o << u" ["_s << r.vendor << (r.language.isEmpty() ? QString() : u", "_s + r.language) << u"]"_s;
    o << QStringView(u"\n");
    if (!r.recipients.isEmpty())
        o << tr("Recipients:  %1\n").arg(r.recipients.join(u", "_s));
    if (!r.sender.isEmpty())
        o << tr("Sender:      %1\n").arg(r.sender);
    if (!r.generatingServer.isEmpty())
        o << tr("Generated by: %1\n").arg(r.generatingServer);
    if (!r.remoteServers.isEmpty() || !r.remoteIps.isEmpty())
        o << tr("Remote:      %1\n").arg((r.remoteServers + r.remoteIps).join(u", "_s));
    const QString status = r.queueField(u"Status");
    if (!status.isEmpty() && (r.kind == DecodeKind::GetQueue || r.kind == DecodeKind::GetMessage))
        o << tr("Status:      %1\n").arg(status);

    if (!r.dsn.recipients.isEmpty()) {
        o << tr("\nDelivery status (per recipient):\n");
        for (const DsnRecipient &d : r.dsn.recipients) {
            o << u"  "_s << (d.finalRecipient.isEmpty() ? d.originalRecipient : d.finalRecipient) << u"  "_s << d.action << u' ' << d.status;
            if (!d.remoteMta.isEmpty())
                o << tr("  remote %1").arg(d.remoteMta);
            o << QStringView(u"\n");
            if (!d.diagnosticCode.isEmpty())
                o << u"      "_s << d.diagnosticCode << QStringView(u"\n");
            if (!d.willRetryUntil.isEmpty())
                o << tr("      will retry until %1\n").arg(d.willRetryUntil);
        }
    }
    if (!r.attempts.isEmpty()) {
        o << tr("\nAttempts and reply chains (outermost first, '->' = the hop behind it said):\n");
        for (qsizetype i = 0; i < r.attempts.size(); ++i) {
            const DeliveryAttempt &a = r.attempts[i];
            if (a.replies.isEmpty() && a.chains.isEmpty())
                continue;
            QString head = a.time.original.isEmpty() ? tr("(no time)") : a.time.original;
            if (a.time.dayMonthAmbiguous)
                head += tr(" [day/month order ambiguous, read as %1]").arg(a.time.toIso());
            if (!a.server.isEmpty())
                head += u"  "_s + a.server + (a.ip.isEmpty() ? QString() : u" ("_s + a.ip + u')');
            o << u"  "_s << head << QStringView(u"\n");
            QStringList shown;
            QStringList shownPairs;
            for (const int c : a.chains) {
                const ReplyChain &chain = r.chains[c];
                // The same reply quoted again (a DSN's human part and its Diagnostic-Code): show it once.
                if (chain.replies.size() == 1 && shownPairs.contains(chain.replies.first().codePair()))
                    continue;
                for (const SmtpReply &reply : chain.replies)
                    shownPairs.append(reply.codePair());
                QString indent = u"    "_s;
                QString text;
                for (qsizetype k = 0; k < chain.replies.size(); ++k) {
                    text += indent + (k ? u"-> "_s : QString()) + replyLine(chain.replies[k]) + u'\n';
                    indent += u"  "_s;
                }
                if (!chain.detail.isEmpty())
                    text += indent + u"-> "_s + chain.detail + u'\n';
                if (!shown.contains(text)) {
                    shown.append(text);
                    o << text;
                }
            }
        }
    }
    if (!r.findings.isEmpty()) {
        o << tr("\nFindings:\n");
        for (const QString &f : r.findings)
            o << u"  "_s << f.leftJustified(24) << findingText(f) << QStringView(u"\n");
    }
    if (r.rootCause) {
        o << tr("\nRoot cause:  %1").arg(replyLine(r.rootCause->reply));
        if (!r.rootCause->server.isEmpty())
            o << tr(" (from %1)").arg(r.rootCause->server);
        if (!r.rootCauseDetail.isEmpty())
            o << u"\n             "_s << r.rootCauseDetail;
        o << QStringView(u"\n");
    }
    if (!r.explanations.isEmpty()) {
        o << tr("\nWhat the codes mean:\n");
        for (const CodeExplanation &e : r.explanations) {
            o << u"  "_s << e.code << u"  "_s << e.title << u" ("_s << e.source << u")\n"_s;
            if (!e.meaning.isEmpty())
                o << u"      "_s << e.meaning << QStringView(u"\n");
            if (!e.cause.isEmpty())
                o << tr("      Likely cause: %1\n").arg(e.cause);
            if (!e.fix.isEmpty())
                o << tr("      Fix: %1\n").arg(e.fix);
        }
    }
    if (!r.predictions.isEmpty()) {
        o << tr("\nPredictions:\n");
        for (const Prediction &p : r.predictions) {
            const QString event = p.event == Prediction::Event::DelayNotice ? tr("Delay notice") : tr("NDR (gives up)");
            QString time = p.time.toString(u"yyyy-MM-dd HH:mm"_s) + (p.hasZone ? u" UTC"_s : tr(" (server time)"));
            if (p.basis == u"LastRetryTime" && p.deployment != Prediction::Deployment::Stated)
                time = tr("by %1 at the latest").arg(time);
            o << u"  "_s << event.leftJustified(16) << time << (p.alreadyPassed ? tr(" (already passed)") : QString()) << QStringView(u"\n");
            o << u"      "_s << assumptionText(p) << QStringView(u"\n");
        }
    }
    o.flush();
}

} // namespace

int runDecode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Decodes pasted NDRs, delay notices, DSNs/bounces, Get-Queue/Get-Message output, message-tracking status,\n"
        "LastError strings, SMTP transcripts and Postfix/Sendmail/Exim log lines: replies and chains, attempts,\n"
        "findings, root cause, explanations and predictions.\n"
        "Exit status: 0 recognised, 1 nothing recognised, 2 usage or I/O error."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption language(u"language"_s, tr("Language of the explanations: en or de (default: from the locale)."), tr("LANG"));
    parser.addOption(json);
    parser.addOption(language);
    parser.addPositionalArgument(u"FILE"_s, tr("Text to decode; '-' or nothing reads standard input."), u"[FILE|-]"_s);
    if (!parseOrExplain(parser, arguments))
        return ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        err() << arguments.value(0) << QStringView(u": ") << tr("give one FILE (or '-')") << QStringView(u"\n");
        return ExitUsage;
    }
    QString error;
    const QByteArray data = readInput(files.value(0), &error);
    if (data.isNull()) {
        err() << arguments.value(0) << QStringView(u": ") << error << QStringView(u"\n");
        return ExitUsage;
    }
    QString lang = parser.value(language);
    if (lang.isEmpty())
        lang = QLocale().name().startsWith(u"de"_s) ? u"de"_s : u"en"_s;

    const DecodeResult result = decodeBytes(data, lang);
    if (parser.isSet(json))
        printJson(QJsonDocument(decodeResultToJson(result)));
    if (!result.isRecognized()) {
        QStringList seen;
        for (const Observation &o : result.observations)
            seen.append(observationText(o));
        err() << arguments.value(0) << QStringView(u": ")
              << (data.isEmpty() ? tr("the input is empty")
                                 : tr("recognised no NDR, DSN, queue output, LastError, transcript or log lines; found %1")
                                       .arg(seen.isEmpty() ? tr("nothing readable") : seen.join(u", "_s)))
              << QStringView(u"\n");
        err().flush();
        return ExitNothing;
    }
    if (!parser.isSet(json))
        printSummary(result);
    return ExitOk;
}

} // namespace Mailflow::Cli
