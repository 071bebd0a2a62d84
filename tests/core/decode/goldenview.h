// SPDX-License-Identifier: GPL-3.0-or-later
// The part of a DecodeResult that the corpus expectations pin down.
#pragma once

#include "decode/decoderesult.h"

#include <QJsonArray>
#include <QJsonObject>

inline QJsonObject goldenView(const Mailflow::DecodeResult &r)
{
    using namespace Qt::StringLiterals;
    QJsonObject o;
    o.insert("kind"_L1, Mailflow::decodeKindName(r.kind));
    o.insert("vendor"_L1, r.vendor);
    o.insert("language"_L1, r.language);
    o.insert("recipients"_L1, QJsonArray::fromStringList(r.recipients));
    o.insert("generatingServer"_L1, r.generatingServer);
    QStringList replies;
    for (const Mailflow::DecodedReply &d : r.replies)
        replies.append(d.reply.codePair());
    o.insert("replies"_L1, QJsonArray::fromStringList(replies));
    QJsonArray chains;
    for (const Mailflow::ReplyChain &c : r.chains) {
        if (c.replies.size() < 2)
            continue;
        QStringList pairs;
        for (const Mailflow::SmtpReply &reply : c.replies)
            pairs.append(reply.codePair());
        const QJsonArray chain = QJsonArray::fromStringList(pairs);
        if (!chains.contains(chain))
            chains.append(chain);
    }
    o.insert("chains"_L1, chains);
    QJsonArray attempts;
    for (const Mailflow::DeliveryAttempt &a : r.attempts) {
        if (a.replies.isEmpty())
            continue;
        QString line = a.time.isValid() ? a.time.toIso() : a.time.original;
        if (a.time.dayMonthAmbiguous)
            line += u" (ambiguous)"_s;
        if (!a.server.isEmpty())
            line += u" @"_s + a.server;
        attempts.append(line);
    }
    o.insert("attempts"_L1, attempts);
    QStringList dsn;
    for (const Mailflow::DsnRecipient &d : r.dsn.recipients)
        dsn.append(d.finalRecipient + u" | "_s + d.action + u" | "_s + d.status);
    o.insert("dsnRecipients"_L1, QJsonArray::fromStringList(dsn));
    o.insert("findings"_L1, QJsonArray::fromStringList(r.findings));
    o.insert("rootCause"_L1, r.rootCause ? r.rootCause->reply.codePair() : QString());
    o.insert("rootCauseText"_L1, r.rootCause ? r.rootCause->reply.text : QString());
    QStringList explained;
    for (const Mailflow::CodeExplanation &e : r.explanations)
        explained.append(e.code + u' ' + e.source);
    o.insert("explanations"_L1, QJsonArray::fromStringList(explained));
    QStringList predictions;
    for (const Mailflow::Prediction &p : r.predictions) {
        const QJsonObject j = Mailflow::decodeResultToJson(r).value("predictions"_L1).toArray().at(predictions.size()).toObject();
        predictions.append(j.value("event"_L1).toString() + u' ' + j.value("time"_L1).toString() + u' '
                           + j.value("assumed"_L1).toString() + u' ' + j.value("basis"_L1).toString());
        Q_UNUSED(p);
    }
    o.insert("predictions"_L1, QJsonArray::fromStringList(predictions));
    return o;
}
