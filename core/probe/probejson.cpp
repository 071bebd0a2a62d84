// SPDX-License-Identifier: GPL-3.0-or-later
#include "probejson.h"

#include "probe/ciphersuites.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Mailflow {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue versionOrNull(quint16 wire)
{
    if (wire == 0)
        return {};
    const QString name = tlsVersionName(tlsVersionFromWire(wire));
    return name.isEmpty() ? QJsonValue(QStringLiteral("0x%1").arg(wire, 4, 16, QLatin1Char('0'))) : QJsonValue(name);
}

QJsonArray extensionsJson(const QList<SmtpExtension> &extensions)
{
    QJsonArray array;
    for (const SmtpExtension &e : extensions)
        array.append(e.parameters.isEmpty() ? e.keyword : e.keyword + u' ' + e.parameters.join(u' '));
    return array;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray verdictsJson(const QList<ProbeVerdict> &list)
{
    QJsonArray verdicts;
    for (const ProbeVerdict &v : list) {
        QJsonObject object = QJsonObject::fromVariantMap(v.parameters);
        object.insert(u"kind", probeVerdictKindName(v.kind));
        object.insert(u"severity", probeVerdictSeverityName(v.severity));
        verdicts.append(object);
    }
    return verdicts;
}

} // namespace

QJsonObject probeResultToJson(const ProbeResult &r)
{
    QJsonObject json;
    json.insert(u"target", r.target);
    json.insert(u"host", r.host);
    json.insert(u"port", r.port);
    json.insert(u"implicitTls", r.implicitTls);
    json.insert(u"mxHosts", QJsonArray::fromStringList(r.mxHosts));
    json.insert(u"addresses", QJsonArray::fromStringList(r.addresses));
    json.insert(u"address", orNull(r.address));
    json.insert(u"reachable", r.reachable);
    json.insert(u"error", orNull(r.error));
    json.insert(u"banner", orNull(r.banner));
    json.insert(u"ehloReply", orNull(r.ehloReply));
    json.insert(u"heloFallback", r.heloFallback);
    json.insert(u"extensions", extensionsJson(r.extensions));
    json.insert(u"starttls", QJsonObject{{u"offered"_s, r.startTlsOffered},
                                         {u"accepted"_s, r.startTlsAccepted},
                                         {u"reply"_s, orNull(r.startTlsReply)}});

    QJsonObject versions;
    for (const VersionResult &v : r.versions) {
        versions.insert(tlsVersionName(v.version), QJsonObject{{u"result"_s, probeOutcomeName(v.outcome)},
                                                               {u"alert"_s, orNull(v.alert)},
                                                               {u"ms"_s, v.ms},
                                                               {u"serverVersion"_s, versionOrNull(v.serverVersion)},
                                                               {u"cipher"_s, v.cipherSuite ? QJsonValue(cipherSuiteName(v.cipherSuite)) : QJsonValue()},
                                                               {u"reply"_s, orNull(v.reply)},
                                                               {u"detail"_s, orNull(v.detail)}});
    }
    json.insert(u"versions", versions);

    QJsonObject ciphers;
    for (auto it = r.ciphers.cbegin(); it != r.ciphers.cend(); ++it) {
        QJsonArray list;
        for (quint16 code : it.value())
            list.append(cipherSuiteName(code));
        ciphers.insert(tlsVersionName(it.key()), list);
    }
    json.insert(u"ciphers", ciphers);
    QJsonObject preference;
    for (auto it = r.cipherPreference.cbegin(); it != r.cipherPreference.cend(); ++it)
        preference.insert(tlsVersionName(it.key()), it.value());
    json.insert(u"cipherPreference", preference);

    QJsonObject confirmations;
    for (const ConfirmationResult &c : r.confirmations) {
        confirmations.insert(tlsVersionName(c.version), QJsonObject{{u"result"_s, probeOutcomeName(c.outcome)},
                                                                    {u"cipher"_s, orNull(c.cipherSuite)},
                                                                    {u"group"_s, orNull(c.group)},
                                                                    {u"alert"_s, orNull(c.alert)},
                                                                    {u"detail"_s, orNull(c.detail)},
                                                                    {u"ms"_s, c.ms}});
    }
    json.insert(u"confirmations", confirmations);

    QJsonArray chain;
    for (const CertificateInfo &c : r.certificate) {
        chain.append(QJsonObject{{u"subject"_s, c.subject},
                                 {u"issuer"_s, c.issuer},
                                 {u"subjectAltNames"_s, QJsonArray::fromStringList(c.subjectAltNames)},
                                 {u"notBefore"_s, isoUtc(c.notBefore)},
                                 {u"notAfter"_s, isoUtc(c.notAfter)},
                                 {u"keyType"_s, c.keyType},
                                 {u"keyBits"_s, c.keyBits},
                                 {u"keyCurve"_s, orNull(c.keyCurve)},
                                 {u"signatureAlgorithm"_s, c.signatureAlgorithm},
                                 {u"serial"_s, c.serial},
                                 {u"sha1"_s, c.sha1},
                                 {u"sha256"_s, c.sha256},
                                 {u"selfSigned"_s, c.selfSigned}});
    }
    json.insert(u"certificate", chain);
    const CertificateCheck &k = r.certificateCheck;
    json.insert(u"certificateCheck", QJsonObject{{u"present"_s, k.present},
                                                 {u"trusted"_s, k.trusted},
                                                 {u"verifyCode"_s, k.verifyCode},
                                                 {u"verifyError"_s, orNull(k.present ? k.verifyError : QString())},
                                                 {u"hostName"_s, orNull(k.hostName)},
                                                 {u"hostNameMatches"_s, k.hostNameMatches},
                                                 {u"chainComplete"_s, k.chainComplete < 0 ? QJsonValue() : QJsonValue(k.chainComplete == 1)},
                                                 {u"sentCertificates"_s, k.sentCertificates},
                                                 {u"verifiedChainLength"_s, k.verifiedChainLength}});
    json.insert(u"authMechanisms", QJsonArray::fromStringList(r.authMechanisms));
    json.insert(u"plainAuthMechanisms", QJsonArray::fromStringList(r.plainAuthMechanisms));
    json.insert(u"tlsExtensions", extensionsJson(r.tlsExtensions));
    json.insert(u"ehloDiff", QJsonObject{{u"added"_s, QJsonArray::fromStringList(r.extensionsAddedInTls)},
                                         {u"removed"_s, QJsonArray::fromStringList(r.extensionsRemovedInTls)}});

    json.insert(u"verdicts", verdictsJson(r.verdicts));

    QJsonArray attempts;
    for (const ProbeAttempt &a : r.attempts) {
        attempts.append(QJsonObject{{u"connection"_s, a.connection},
                                    {u"purpose"_s, probePurposeName(a.purpose)},
                                    {u"version"_s, tlsVersionName(a.version)},
                                    {u"offered"_s, a.offered},
                                    {u"result"_s, probeOutcomeName(a.outcome)},
                                    {u"alert"_s, orNull(a.alert)},
                                    {u"serverVersion"_s, versionOrNull(a.serverVersion)},
                                    {u"cipher"_s, a.cipherSuite ? QJsonValue(cipherSuiteName(a.cipherSuite)) : QJsonValue()},
                                    {u"helloRetryRequest"_s, a.helloRetryRequest},
                                    {u"ms"_s, a.ms},
                                    {u"reply"_s, orNull(a.reply)},
                                    {u"detail"_s, orNull(a.detail)}});
    }
    json.insert(u"attempts", attempts);

    QJsonArray transcript;
    for (const ConnectionTranscript &t : r.transcript) {
        QJsonArray lines;
        for (const TranscriptLine &line : t.lines) {
            const QString dir = line.direction == 'T' ? u"TLS"_s : QString(QLatin1Char(line.direction));
            lines.append(QJsonObject{{u"ms"_s, line.ms}, {u"dir"_s, dir}, {u"text"_s, line.text}});
        }
        transcript.append(QJsonObject{{u"connection"_s, t.connection},
                                      {u"purpose"_s, t.purpose},
                                      {u"address"_s, t.address},
                                      {u"port"_s, t.port},
                                      {u"started"_s, isoUtc(t.started)},
                                      {u"lines"_s, lines}});
    }
    json.insert(u"transcript", transcript);
    json.insert(u"connections", r.connections);
    json.insert(u"elapsedMs", r.elapsedMs);
    json.insert(u"cancelled", r.cancelled);
    json.insert(u"timedOut", r.timedOut);
    json.insert(u"preference", r.mxPreference < 0 ? QJsonValue() : QJsonValue(r.mxPreference));
    json.insert(u"probed", r.skipped == MxSkip::None);
    json.insert(u"notProbedReason", orNull(mxSkipName(r.skipped)));
    json.insert(u"mxLookup", mxLookupName(r.mxLookup));
    json.insert(u"mxError", orNull(r.mxError));
    QJsonArray hosts;
    for (const ProbeResult &host : r.hosts) {
        QJsonObject object = probeResultToJson(host);
        for (const QString &key : {u"target"_s, u"mxHosts"_s, u"mxLookup"_s, u"mxError"_s, u"hosts"_s, u"domainVerdicts"_s})
            object.remove(key);
        hosts.append(object);
    }
    json.insert(u"hosts", hosts);
    json.insert(u"domainVerdicts", verdictsJson(r.domainVerdicts));
    return json;
}

} // namespace Mailflow
