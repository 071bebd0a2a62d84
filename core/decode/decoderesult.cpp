// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderesult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Mailflow {

namespace {

QString isoTime(const QDateTime &value, bool hasZone)
{
    if (!value.isValid())
        return {};
    QString text = value.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (hasZone)
        text += u'Z';
    return text;
}

QString predictionEventName(Prediction::Event e)
{
    return e == Prediction::Event::DelayNotice ? u"delay-notice"_s : u"ndr"_s;
}

QString deploymentName(Prediction::Deployment d)
{
    switch (d) {
    case Prediction::Deployment::OnPremises: return u"on-premises"_s;
    case Prediction::Deployment::ExchangeOnline: return u"exchange-online"_s;
    case Prediction::Deployment::Stated: return u"stated"_s;
    }
    return {};
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject timeToJson(const DecodedTime &t)
{
    QJsonObject o;
    o.insert("time"_L1, orNull(t.toIso()));
    o.insert("timeText"_L1, orNull(t.original));
    o.insert("dayMonthAmbiguous"_L1, t.dayMonthAmbiguous);
    return o;
}

} // namespace

QString DecodedTime::toIso() const
{
    return isoTime(value, hasZone);
}

QJsonObject replyToJson(const SmtpReply &reply, const QString &server)
{
    QJsonObject o;
    o.insert("code"_L1, reply.code ? QJsonValue(reply.code) : QJsonValue());
    o.insert("enhanced"_L1, orNull(reply.enhanced));
    o.insert("text"_L1, reply.text);
    o.insert("server"_L1, orNull(server));
    return o;
}

QJsonObject decodeResultToJson(const DecodeResult &r)
{
    QJsonObject o;
    o.insert("kind"_L1, decodeKindName(r.kind));
    o.insert("vendor"_L1, orNull(r.vendor));
    o.insert("language"_L1, orNull(r.language));
    o.insert("recipients"_L1, QJsonArray::fromStringList(r.recipients));
    o.insert("sender"_L1, orNull(r.sender));
    o.insert("subject"_L1, orNull(r.subject));
    o.insert("generatingServer"_L1, orNull(r.generatingServer));
    o.insert("reportingMta"_L1, orNull(r.reportingMta));
    o.insert("remoteServers"_L1, QJsonArray::fromStringList(r.remoteServers));
    o.insert("remoteIps"_L1, QJsonArray::fromStringList(r.remoteIps));

    QJsonArray replies;
    for (const DecodedReply &d : r.replies) {
        QJsonObject j = replyToJson(d.reply, d.server);
        j.insert("attempt"_L1, d.attempt);
        replies.append(j);
    }
    o.insert("replies"_L1, replies);

    QJsonArray chains;
    for (const ReplyChain &c : r.chains) {
        QJsonObject j;
        QJsonArray list;
        for (const SmtpReply &reply : c.replies)
            list.append(replyToJson(reply, c.server));
        j.insert("replies"_L1, list);
        j.insert("server"_L1, orNull(c.server));
        j.insert("detail"_L1, orNull(c.detail));
        j.insert("attempt"_L1, c.attempt);
        chains.append(j);
    }
    o.insert("chains"_L1, chains);

    QJsonArray attempts;
    for (const DeliveryAttempt &a : r.attempts) {
        QJsonObject j = timeToJson(a.time);
        j.insert("server"_L1, orNull(a.server));
        j.insert("ip"_L1, orNull(a.ip));
        QJsonArray list;
        for (const SmtpReply &reply : a.replies)
            list.append(replyToJson(reply, a.server));
        j.insert("replies"_L1, list);
        attempts.append(j);
    }
    o.insert("attempts"_L1, attempts);

    QJsonObject queue;
    for (const auto &f : r.queueFields) {
        if (!queue.contains(f.first))
            queue.insert(f.first, f.second);
    }
    o.insert("queue"_L1, queue);

    QJsonObject dsn;
    if (!r.dsn.isEmpty()) {
        dsn.insert("reportingMta"_L1, orNull(r.dsn.reportingMta));
        dsn.insert("receivedFromMta"_L1, orNull(r.dsn.receivedFromMta));
        dsn.insert("arrivalDate"_L1, orNull(r.dsn.arrivalDate));
        dsn.insert("originalEnvelopeId"_L1, orNull(r.dsn.originalEnvelopeId));
        QJsonArray recipients;
        for (const DsnRecipient &d : r.dsn.recipients) {
            QJsonObject j;
            j.insert("finalRecipient"_L1, orNull(d.finalRecipient));
            j.insert("originalRecipient"_L1, orNull(d.originalRecipient));
            j.insert("action"_L1, orNull(d.action));
            j.insert("status"_L1, orNull(d.status));
            j.insert("remoteMta"_L1, orNull(d.remoteMta));
            j.insert("diagnosticCode"_L1, orNull(d.diagnosticCode));
            j.insert("lastAttemptDate"_L1, orNull(d.lastAttemptDate));
            j.insert("willRetryUntil"_L1, orNull(d.willRetryUntil));
            j.insert("supplementaryInfo"_L1, orNull(d.supplementaryInfo));
            recipients.append(j);
        }
        dsn.insert("recipients"_L1, recipients);
    }
    o.insert("dsn"_L1, dsn);

    o.insert("findings"_L1, QJsonArray::fromStringList(r.findings));
    if (r.rootCause) {
        QJsonObject root = replyToJson(r.rootCause->reply, r.rootCause->server);
        root.insert("codePair"_L1, r.rootCause->reply.codePair());
        root.insert("attempt"_L1, r.rootCause->attempt);
        root.insert("detail"_L1, orNull(r.rootCauseDetail));
        o.insert("rootCause"_L1, root);
    } else {
        o.insert("rootCause"_L1, QJsonValue());
    }

    QJsonArray explanations;
    for (const CodeExplanation &e : r.explanations) {
        QJsonObject j;
        j.insert("code"_L1, e.code);
        j.insert("source"_L1, e.source);
        j.insert("title"_L1, e.title);
        j.insert("meaning"_L1, e.meaning);
        j.insert("cause"_L1, orNull(e.cause));
        j.insert("fix"_L1, orNull(e.fix));
        explanations.append(j);
    }
    o.insert("explanations"_L1, explanations);

    QJsonArray predictions;
    for (const Prediction &p : r.predictions) {
        QJsonObject j;
        j.insert("event"_L1, predictionEventName(p.event));
        j.insert("time"_L1, isoTime(p.time, p.hasZone));
        j.insert("basis"_L1, p.basis);
        j.insert("basisTime"_L1, orNull(p.basisTime));
        j.insert("hours"_L1, p.hours);
        j.insert("assumed"_L1, deploymentName(p.deployment));
        j.insert("reason"_L1, p.reason);
        j.insert("alreadyPassed"_L1, p.alreadyPassed);
        predictions.append(j);
    }
    o.insert("predictions"_L1, predictions);
    if (r.delayRemainingMinutes >= 0)
        o.insert("delayRemainingMinutes"_L1, r.delayRemainingMinutes);

    QJsonArray observations;
    for (const Observation &ob : r.observations) {
        QJsonObject j;
        j.insert("what"_L1, ob.what);
        j.insert("count"_L1, ob.count);
        j.insert("example"_L1, orNull(ob.example));
        observations.append(j);
    }
    o.insert("observations"_L1, observations);
    return o;
}

} // namespace Mailflow
