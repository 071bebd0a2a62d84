// SPDX-License-Identifier: GPL-3.0-or-later
#include "logjson.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Mailflow {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue certificateJson(const LogCertificate &cert)
{
    if (cert.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {u"subject"_s, cert.subject},
        {u"issuer"_s, cert.issuer},
        {u"serialNumber"_s, cert.serialNumber},
        {u"thumbprint"_s, cert.thumbprint},
        {u"notBefore"_s, stringOrNull(cert.notBefore)},
        {u"notAfter"_s, stringOrNull(cert.notAfter)},
        {u"alternateNames"_s, QJsonArray::fromStringList(cert.alternateNames)},
    };
}

} // namespace

QJsonObject logSessionToJson(const LogSession &s)
{
    QJsonArray messages;
    for (const LogMessage &m : s.messages) {
        QJsonArray replies;
        for (const SmtpReply &r : m.replies)
            replies.append(r.text.isEmpty() ? r.codePair() : r.codePair() + u' ' + r.text);
        messages.append(QJsonObject{
            {u"mailFrom"_s, m.mailFrom},
            {u"recipients"_s, QJsonArray::fromStringList(m.recipients)},
            {u"internetMessageId"_s, stringOrNull(m.internetMessageId)},
            {u"recordId"_s, m.recordId ? QJsonValue(QString::number(m.recordId)) : QJsonValue(QJsonValue::Null)},
            {u"command"_s, stringOrNull(m.dataCommand)},
            {u"replies"_s, replies},
            {u"outcome"_s, messageOutcomeName(m.outcome)},
        });
    }
    const QJsonObject tls{
        {u"offered"_s, s.startTlsOffered},
        {u"attempted"_s, s.startTlsAttempted},
        {u"outcome"_s, tlsOutcomeName(s.tlsOutcome)},
        {u"protocol"_s, stringOrNull(tlsVersionName(s.tlsVersion))},
        {u"cipher"_s, stringOrNull(s.cipher)},
        {u"error"_s, stringOrNull(s.tlsError)},
        {u"bulkAlgorithm"_s, stringOrNull(s.bulkAlgorithm)},
        {u"bulkBits"_s, s.bulkBits},
        {u"macAlgorithm"_s, stringOrNull(s.macAlgorithm)},
        {u"macBits"_s, s.macBits},
        {u"keyExchange"_s, stringOrNull(s.keyExchange)},
        {u"keyExchangeBits"_s, s.keyExchangeBits},
        {u"localCertificate"_s, certificateJson(s.localCertificate)},
        {u"remoteCertificate"_s, certificateJson(s.remoteCertificate)},
    };
    return QJsonObject{
        {u"id"_s, s.id},
        {u"connector"_s, s.connector},
        {u"direction"_s, logDirectionName(s.direction)},
        {u"start"_s, stringOrNull(isoTime(s.start))},
        {u"end"_s, stringOrNull(isoTime(s.end))},
        {u"durationMs"_s, s.durationMs()},
        {u"localEndpoint"_s, stringOrNull(s.localEndpoint)},
        {u"remoteEndpoint"_s, stringOrNull(s.remoteEndpoint)},
        {u"remoteHost"_s, stringOrNull(s.remoteHost)},
        {u"bannerHost"_s, stringOrNull(s.bannerHost)},
        {u"ehloName"_s, stringOrNull(s.ehloName)},
        {u"extensions"_s, QJsonArray::fromStringList(s.extensions)},
        {u"authMechanisms"_s, QJsonArray::fromStringList(s.authMechanisms)},
        {u"maxMessageSize"_s, s.maxMessageSize},
        {u"tls"_s, tls},
        {u"messages"_s, messages},
        {u"ending"_s, sessionEndName(s.ending)},
        {u"lastError"_s, s.lastError.isValid() ? QJsonValue(QString(s.lastError.codePair() + u' ' + s.lastError.text).trimmed())
                                              : QJsonValue(QJsonValue::Null)},
        {u"disconnectedBy"_s, stringOrNull(s.disconnectedBy)},
        {u"file"_s, s.file},
        {u"line"_s, s.line},
        {u"sequenceGaps"_s, s.sequenceGaps},
    };
}

namespace {

QJsonObject countsJson(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString problemWhere(const LogProblem &p)
{
    return p.line > 0 ? p.file + u':' + QString::number(p.line) : p.file;
}

} // namespace

QJsonDocument logResultToJson(const LogResult &r, bool withSessions)
{
    QJsonObject root;
    root.insert(u"files"_s, QJsonArray::fromStringList(r.files));
    if (withSessions) {
        QJsonArray sessions;
        for (int i = 0; i < r.sessionCount(); ++i)
            sessions.append(logSessionToJson(r.session(i)));
        root.insert(u"sessions"_s, sessions);
    }
    QJsonArray fallbacks;
    for (const LogFallback &f : r.fallbacks) {
        fallbacks.append(QJsonObject{
            {u"failedSession"_s, r.sessionId(f.failedSession)},
            {u"plaintextSession"_s, r.sessionId(f.plaintextSession)},
            {u"connector"_s, f.connector},
            {u"remoteHost"_s, stringOrNull(f.remoteHost)},
            {u"error"_s, stringOrNull(f.error)},
            {u"delayMs"_s, f.delayMs},
        });
    }
    root.insert(u"fallbacks"_s, fallbacks);
    QJsonArray retries;
    for (const LogRetrySeries &s : r.retries) {
        QJsonArray ids;
        for (int i : s.sessions)
            ids.append(r.sessionId(i));
        QJsonArray intervals;
        for (qint64 ms : s.intervalsMs)
            intervals.append(double(ms) / 1000.0);
        const LogSession first = r.session(s.sessions.first());
        const LogSession last = r.session(s.sessions.last());
        retries.append(QJsonObject{
            {u"direction"_s, logDirectionName(s.direction)},
            {u"connector"_s, s.connector},
            {u"remoteHost"_s, stringOrNull(s.remoteHost)},
            {u"attempts"_s, int(s.sessions.size())},
            {u"sessions"_s, ids},
            {u"first"_s, isoTime(first.start)},
            {u"last"_s, isoTime(last.start)},
            {u"intervalsSeconds"_s, intervals},
            {u"errors"_s, QJsonArray::fromStringList(s.errors)},
            {u"outcome"_s, LogRetrySeries::outcomeName(s.outcome)},
            {u"deliveredBy"_s, s.deliveredBy >= 0 ? QJsonValue(r.sessionId(s.deliveredBy)) : QJsonValue(QJsonValue::Null)},
        });
    }
    root.insert(u"retries"_s, retries);
    QJsonArray usage;
    for (const TlsUsageRow &u : r.tlsUsage) {
        usage.append(QJsonObject{
            {u"day"_s, u.day.toString(Qt::ISODate)},
            {u"direction"_s, logDirectionName(u.direction)},
            {u"connector"_s, u.connector},
            {u"remoteHost"_s, stringOrNull(u.remoteHost)},
            {u"remoteName"_s, stringOrNull(u.remoteName)},
            {u"outcome"_s, tlsOutcomeName(u.outcome)},
            {u"protocol"_s, stringOrNull(tlsVersionName(u.version))},
            {u"cipher"_s, stringOrNull(u.cipher)},
            {u"sessions"_s, u.sessions},
            {u"messages"_s, u.messages},
        });
    }
    root.insert(u"tlsUsage"_s, usage);
    QJsonArray legacy;
    for (const LegacyTlsHost &h : r.legacyTls) {
        legacy.append(QJsonObject{
            {u"direction"_s, logDirectionName(h.direction)},
            {u"connector"_s, h.connector},
            {u"remoteHost"_s, stringOrNull(h.remoteHost)},
            {u"remoteName"_s, stringOrNull(h.remoteName)},
            {u"ssl30"_s, h.ssl30},
            {u"tls10"_s, h.tls10},
            {u"tls11"_s, h.tls11},
            {u"plaintext"_s, h.plaintext},
            {u"modern"_s, h.modern},
            {u"messages"_s, h.messages},
            {u"lastSeen"_s, isoTime(h.lastSeen)},
        });
    }
    root.insert(u"legacyTls"_s, legacy);
    const LogSummary &s = r.summary;
    root.insert(u"summary"_s, QJsonObject{
        {u"files"_s, s.files},
        {u"bytes"_s, double(s.bytes)},
        {u"lines"_s, double(s.lines)},
        {u"sessions"_s, s.sessions},
        {u"sendSessions"_s, s.sendSessions},
        {u"receiveSessions"_s, s.receiveSessions},
        {u"tlsOk"_s, s.tlsOk},
        {u"tlsFailed"_s, s.tlsFailed},
        {u"noTls"_s, s.noTls},
        {u"messagesQueued"_s, s.messagesQueued},
        {u"plaintextMessages"_s, s.plaintextMessages},
        {u"fallbacks"_s, int(r.fallbacks.size())},
        {u"retrySeries"_s, int(r.retries.size())},
        {u"legacyTlsHosts"_s, int(r.legacyTls.size())},
        {u"tlsVersions"_s, countsJson(s.tlsVersions)},
        {u"ciphers"_s, countsJson(s.ciphers)},
        {u"failuresByError"_s, countsJson(s.failuresByError)},
        {u"endings"_s, countsJson(s.sessionEnds)},
        {u"first"_s, stringOrNull(isoTime(s.first))},
        {u"last"_s, stringOrNull(isoTime(s.last))},
        {u"problems"_s, double(r.problems.size() + r.droppedProblems)},
        {u"cancelled"_s, r.cancelled},
    });
    QJsonArray problems;
    for (const LogProblem &p : r.problems) {
        problems.append(QJsonObject{
            {u"file"_s, p.file},
            {u"line"_s, double(p.line)},
            {u"where"_s, problemWhere(p)},
            {u"kind"_s, p.kindName()},
            {u"text"_s, p.text},
        });
    }
    root.insert(u"problems"_s, problems);
    return QJsonDocument(root);
}

} // namespace Mailflow
