// SPDX-License-Identifier: GPL-3.0-or-later
#include "proberesult.h"

#include "common/exchangeonline.h"
#include "probe/ciphersuites.h"

namespace Mailflow {

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::NotTested: return QStringLiteral("not-tested");
    case ProbeOutcome::Accepted: return QStringLiteral("accepted");
    case ProbeOutcome::Alert: return QStringLiteral("alert");
    case ProbeOutcome::Closed: return QStringLiteral("closed");
    case ProbeOutcome::Reset: return QStringLiteral("reset");
    case ProbeOutcome::Timeout: return QStringLiteral("timeout");
    case ProbeOutcome::StartTlsRefused: return QStringLiteral("starttls-refused");
    case ProbeOutcome::Untestable: return QStringLiteral("untestable");
    case ProbeOutcome::Downgraded: return QStringLiteral("downgraded");
    case ProbeOutcome::ProtocolError: return QStringLiteral("protocol-error");
    }
    return {};
}

QString probePurposeName(ProbePurpose purpose)
{
    switch (purpose) {
    case ProbePurpose::Version: return QStringLiteral("version");
    case ProbePurpose::Ciphers: return QStringLiteral("ciphers");
    case ProbePurpose::Order: return QStringLiteral("order");
    case ProbePurpose::Preference: return QStringLiteral("preference");
    case ProbePurpose::Confirm: return QStringLiteral("confirm");
    }
    return {};
}

QString probeVerdictKindName(ProbeVerdict::Kind kind)
{
    switch (kind) {
    case ProbeVerdict::Kind::HostUnreachable: return QStringLiteral("hostUnreachable");
    case ProbeVerdict::Kind::NoStartTls: return QStringLiteral("noStartTls");
    case ProbeVerdict::Kind::StartTlsRefused: return QStringLiteral("startTlsRefused");
    case ProbeVerdict::Kind::ExoDeliversWithTls: return QStringLiteral("exoDeliversWithTls");
    case ProbeVerdict::Kind::ExoFallsBackNoTls12: return QStringLiteral("exoFallsBackNoTls12");
    case ProbeVerdict::Kind::ExoFallsBackNoSharedCipher: return QStringLiteral("exoFallsBackNoSharedCipher");
    case ProbeVerdict::Kind::SenderReachesExo: return QStringLiteral("senderReachesExo");
    case ProbeVerdict::Kind::SenderCannotReachExo: return QStringLiteral("senderCannotReachExo");
    case ProbeVerdict::Kind::LegacyVersionsAccepted: return QStringLiteral("legacyVersionsAccepted");
    case ProbeVerdict::Kind::WeakCipherSuites: return QStringLiteral("weakCipherSuites");
    case ProbeVerdict::Kind::ExoCipherSuitesMatched: return QStringLiteral("exoCipherSuitesMatched");
    case ProbeVerdict::Kind::CertificateUntrusted: return QStringLiteral("certificateUntrusted");
    case ProbeVerdict::Kind::CertificateHostNameMismatch: return QStringLiteral("certificateHostNameMismatch");
    case ProbeVerdict::Kind::CertificateExpired: return QStringLiteral("certificateExpired");
    case ProbeVerdict::Kind::CertificateNotYetValid: return QStringLiteral("certificateNotYetValid");
    case ProbeVerdict::Kind::CertificateExpiresSoon: return QStringLiteral("certificateExpiresSoon");
    case ProbeVerdict::Kind::CertificateIncompleteChain: return QStringLiteral("certificateIncompleteChain");
    case ProbeVerdict::Kind::CertificateSelfSigned: return QStringLiteral("certificateSelfSigned");
    case ProbeVerdict::Kind::CertificateWeakKey: return QStringLiteral("certificateWeakKey");
    case ProbeVerdict::Kind::CertificateSha1Signature: return QStringLiteral("certificateSha1Signature");
    case ProbeVerdict::Kind::EhloChangedInsideTls: return QStringLiteral("ehloChangedInsideTls");
    case ProbeVerdict::Kind::AuthOfferedWithoutTls: return QStringLiteral("authOfferedWithoutTls");
    case ProbeVerdict::Kind::DomainHostsEncrypted: return QStringLiteral("domainHostsEncrypted");
    case ProbeVerdict::Kind::DomainHostFallsBack: return QStringLiteral("domainHostFallsBack");
    case ProbeVerdict::Kind::DomainHostUnreachable: return QStringLiteral("domainHostUnreachable");
    case ProbeVerdict::Kind::DomainNoHostReachable: return QStringLiteral("domainNoHostReachable");
    case ProbeVerdict::Kind::DomainHostsNotProbed: return QStringLiteral("domainHostsNotProbed");
    case ProbeVerdict::Kind::DomainNullMx: return QStringLiteral("domainNullMx");
    case ProbeVerdict::Kind::DomainImplicitMx: return QStringLiteral("domainImplicitMx");
    }
    return {};
}

QString probeVerdictSeverityName(ProbeVerdict::Severity severity)
{
    switch (severity) {
    case ProbeVerdict::Severity::Ok: return QStringLiteral("ok");
    case ProbeVerdict::Severity::Info: return QStringLiteral("info");
    case ProbeVerdict::Severity::Warning: return QStringLiteral("warning");
    case ProbeVerdict::Severity::Problem: return QStringLiteral("problem");
    }
    return {};
}

QString mxLookupName(MxLookup lookup)
{
    switch (lookup) {
    case MxLookup::NotDone: return QStringLiteral("not-done");
    case MxLookup::Found: return QStringLiteral("mx");
    case MxLookup::NoMx: return QStringLiteral("no-mx");
    case MxLookup::NullMx: return QStringLiteral("null-mx");
    case MxLookup::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString mxSkipName(MxSkip skip)
{
    switch (skip) {
    case MxSkip::None: return {};
    case MxSkip::Limit: return QStringLiteral("limit");
    case MxSkip::FirstMxOnly: return QStringLiteral("first-mx");
    case MxSkip::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

const VersionResult *ProbeResult::version(TlsVersion v) const
{
    for (const VersionResult &result : versions) {
        if (result.version == v)
            return &result;
    }
    return nullptr;
}

bool ProbeResult::accepts(TlsVersion v) const
{
    const VersionResult *result = version(v);
    return result && result->outcome == ProbeOutcome::Accepted;
}

namespace {

ProbeVerdict verdict(ProbeVerdict::Kind kind, ProbeVerdict::Severity severity, const QVariantMap &parameters = {})
{
    ProbeVerdict v;
    v.kind = kind;
    v.severity = severity;
    v.parameters = parameters;
    return v;
}

QStringList names(const QList<quint16> &codes)
{
    QStringList list;
    for (quint16 code : codes)
        list << cipherSuiteName(code);
    return list;
}

} // namespace

QList<ProbeVerdict> computeProbeVerdicts(const ProbeResult &result, const QDateTime &now)
{
    using K = ProbeVerdict::Kind;
    using S = ProbeVerdict::Severity;
    QList<ProbeVerdict> verdicts;
    if (!result.reachable) {
        verdicts << verdict(K::HostUnreachable, S::Problem, {{QStringLiteral("error"), result.error}});
        return verdicts;
    }
    const bool anyTls = std::any_of(result.versions.cbegin(), result.versions.cend(),
                                    [](const VersionResult &v) { return v.outcome == ProbeOutcome::Accepted; });
    if (!result.implicitTls && !result.startTlsAccepted) {
        if (!result.startTlsOffered)
            verdicts << verdict(K::NoStartTls, S::Problem);
        else
            verdicts << verdict(K::StartTlsRefused, S::Problem, {{QStringLiteral("reply"), result.startTlsReply}});
    }
    if (!result.plainAuthMechanisms.isEmpty())
        verdicts << verdict(K::AuthOfferedWithoutTls, S::Warning, {{QStringLiteral("mechanisms"), result.plainAuthMechanisms}});
    if (!anyTls && !result.implicitTls && !result.startTlsAccepted)
        return verdicts; // nothing about TLS can be said beyond "no TLS"

    // Exchange Online needs TLS 1.2 with one of its suites (TLS 1.3 is seen in the field too).
    const QList<quint16> tls12 = result.ciphers.value(TlsVersion::Tls12);
    QList<quint16> exoShared;
    for (quint16 code : tls12) {
        if (ExchangeOnline::isSupportedCipherSuite(code))
            exoShared << code;
    }
    const bool tls12Accepted = result.accepts(TlsVersion::Tls12);
    const bool tls13Accepted = result.accepts(TlsVersion::Tls13);
    const bool ciphersKnown = result.ciphers.contains(TlsVersion::Tls12);
    if (tls12Accepted && (!exoShared.isEmpty() || !ciphersKnown)) {
        QVariantMap p{{QStringLiteral("version"), QStringLiteral("TLS1.2")}};
        if (!exoShared.isEmpty())
            p.insert(QStringLiteral("cipherSuite"), cipherSuiteName(exoShared.first()));
        verdicts << verdict(K::ExoDeliversWithTls, S::Ok, p);
        verdicts << verdict(K::SenderReachesExo, S::Ok, p);
    } else if (tls13Accepted) {
        QVariantMap p{{QStringLiteral("version"), QStringLiteral("TLS1.3")}};
        if (const QList<quint16> s = result.ciphers.value(TlsVersion::Tls13); !s.isEmpty())
            p.insert(QStringLiteral("cipherSuite"), cipherSuiteName(s.first()));
        verdicts << verdict(K::ExoDeliversWithTls, S::Warning, p);
        if (tls12Accepted)
            verdicts << verdict(K::SenderCannotReachExo, S::Problem, {{QStringLiteral("reason"), QStringLiteral("no-shared-cipher")}});
        else
            verdicts << verdict(K::SenderCannotReachExo, S::Warning, {{QStringLiteral("reason"), QStringLiteral("tls13-only")}});
    } else if (tls12Accepted) {
        verdicts << verdict(K::ExoFallsBackNoSharedCipher, S::Problem, {{QStringLiteral("suites"), names(tls12)}});
        verdicts << verdict(K::SenderCannotReachExo, S::Problem, {{QStringLiteral("reason"), QStringLiteral("no-shared-cipher")}});
    } else {
        verdicts << verdict(K::ExoFallsBackNoTls12, S::Problem);
        verdicts << verdict(K::SenderCannotReachExo, S::Problem, {{QStringLiteral("reason"), QStringLiteral("no-tls12")}});
    }
    if (!exoShared.isEmpty())
        verdicts << verdict(K::ExoCipherSuitesMatched, S::Info, {{QStringLiteral("suites"), names(exoShared)}});

    QStringList legacy;
    for (const VersionResult &v : result.versions) {
        if (v.outcome == ProbeOutcome::Accepted && isLegacyTls(v.version))
            legacy << tlsVersionName(v.version);
    }
    if (!legacy.isEmpty())
        verdicts << verdict(K::LegacyVersionsAccepted, S::Warning, {{QStringLiteral("versions"), legacy}});

    QStringList weak;
    QStringList weaknesses;
    for (auto it = result.ciphers.cbegin(); it != result.ciphers.cend(); ++it) {
        for (quint16 code : it.value()) {
            const CipherSuiteInfo *suite = cipherSuite(code);
            if (!suite || !suite->isWeak() || weak.contains(QLatin1StringView(suite->ianaName)))
                continue;
            weak << QLatin1StringView(suite->ianaName);
            weaknesses << cipherSuiteWeaknesses(*suite).join(u',');
        }
    }
    if (!weak.isEmpty())
        verdicts << verdict(K::WeakCipherSuites, S::Warning, {{QStringLiteral("suites"), weak}, {QStringLiteral("weaknesses"), weaknesses}});

    const CertificateCheck &check = result.certificateCheck;
    if (check.present && !result.certificate.isEmpty()) {
        const CertificateInfo &leaf = result.certificate.first();
        if (leaf.selfSigned)
            verdicts << verdict(K::CertificateSelfSigned, S::Warning);
        else if (!check.trusted)
            verdicts << verdict(K::CertificateUntrusted, S::Warning, {{QStringLiteral("error"), check.verifyError}});
        if (!check.hostNameMatches)
            verdicts << verdict(K::CertificateHostNameMismatch, S::Warning, {{QStringLiteral("hostName"), check.hostName}});
        if (leaf.notAfter.isValid() && leaf.notAfter < now)
            verdicts << verdict(K::CertificateExpired, S::Problem, {{QStringLiteral("notAfter"), leaf.notAfter.toString(Qt::ISODate)}});
        else if (leaf.notAfter.isValid() && now.daysTo(leaf.notAfter) < 30)
            verdicts << verdict(K::CertificateExpiresSoon, S::Warning,
                                {{QStringLiteral("notAfter"), leaf.notAfter.toString(Qt::ISODate)}, {QStringLiteral("days"), now.daysTo(leaf.notAfter)}});
        if (leaf.notBefore.isValid() && leaf.notBefore > now)
            verdicts << verdict(K::CertificateNotYetValid, S::Problem, {{QStringLiteral("notBefore"), leaf.notBefore.toString(Qt::ISODate)}});
        if (check.chainComplete == 0)
            verdicts << verdict(K::CertificateIncompleteChain, S::Warning);
        if ((leaf.keyType.startsWith(u"RSA") || leaf.keyType == u"DSA") && leaf.keyBits > 0 && leaf.keyBits < 2048)
            verdicts << verdict(K::CertificateWeakKey, S::Warning, {{QStringLiteral("keyType"), leaf.keyType}, {QStringLiteral("keyBits"), leaf.keyBits}});
        if (leaf.signatureAlgorithm.contains(u"sha1", Qt::CaseInsensitive) || leaf.signatureAlgorithm.contains(u"md5", Qt::CaseInsensitive))
            verdicts << verdict(K::CertificateSha1Signature, S::Warning, {{QStringLiteral("signatureAlgorithm"), leaf.signatureAlgorithm}});
    }
    if (!result.extensionsRemovedInTls.isEmpty() || (!result.startTlsOffered && result.startTlsAccepted))
        verdicts << verdict(K::EhloChangedInsideTls, S::Warning,
                            {{QStringLiteral("added"), result.extensionsAddedInTls},
                             {QStringLiteral("removed"), result.extensionsRemovedInTls},
                             {QStringLiteral("startTlsHidden"), !result.startTlsOffered && result.startTlsAccepted}});
    return verdicts;
}

QString exoDeliveryClass(const ProbeResult &host)
{
    using K = ProbeVerdict::Kind;
    if (host.skipped != MxSkip::None)
        return {};
    if (!host.reachable)
        return QStringLiteral("unreachable");
    for (const ProbeVerdict &v : host.verdicts) {
        switch (v.kind) {
        case K::NoStartTls: return QStringLiteral("no-starttls");
        case K::StartTlsRefused: return QStringLiteral("starttls-refused");
        case K::ExoFallsBackNoTls12: return QStringLiteral("no-tls12");
        case K::ExoFallsBackNoSharedCipher: return QStringLiteral("no-shared-cipher");
        case K::ExoDeliversWithTls:
            return v.parameters.value(QStringLiteral("version")).toString() == u"TLS1.3" ? QStringLiteral("tls13-only") : QStringLiteral("tls");
        default:
            break;
        }
    }
    // Reached, TLS got through (implicit TLS or STARTTLS) but no version was accepted.
    return QStringLiteral("no-tls12");
}

QList<ProbeVerdict> computeDomainVerdicts(const ProbeResult &result)
{
    using K = ProbeVerdict::Kind;
    using S = ProbeVerdict::Severity;
    QList<ProbeVerdict> verdicts;
    QString domain = result.target.trimmed();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    const QString domainKey = QStringLiteral("domain");
    if (result.mxLookup == MxLookup::NullMx)
        return {verdict(K::DomainNullMx, S::Warning, {{domainKey, domain}})};
    if (result.mxLookup == MxLookup::NoMx)
        return {verdict(K::DomainImplicitMx, S::Info, {{domainKey, domain}})};
    if (result.mxLookup != MxLookup::Found || result.hosts.isEmpty())
        return verdicts;

    int lowest = result.hosts.first().mxPreference;
    for (const ProbeResult &host : result.hosts)
        lowest = qMin(lowest, host.mxPreference);
    QStringList primaries;
    for (const ProbeResult &host : result.hosts) {
        if (host.mxPreference == lowest)
            primaries << host.host;
    }
    QStringList encrypted;
    QStringList notProbed;
    MxSkip skipReason = MxSkip::None;
    int probed = 0;
    int reached = 0;
    QList<ProbeVerdict> problems;
    for (const ProbeResult &host : result.hosts) {
        if (host.skipped != MxSkip::None) {
            notProbed << host.host;
            if (skipReason == MxSkip::None || host.skipped == MxSkip::Cancelled)
                skipReason = host.skipped;
            continue;
        }
        ++probed;
        const QString cls = exoDeliveryClass(host);
        const bool primary = host.mxPreference == lowest;
        QStringList sharedWith = primary ? primaries : QStringList();
        sharedWith.removeAll(host.host);
        QVariantMap p{{domainKey, domain},
                      {QStringLiteral("host"), host.host},
                      {QStringLiteral("preference"), host.mxPreference},
                      {QStringLiteral("role"), primary ? QStringLiteral("primary") : QStringLiteral("backup")},
                      {QStringLiteral("primaryHost"), primaries.first()},
                      {QStringLiteral("sharedWith"), sharedWith}};
        if (cls == u"unreachable") {
            p.insert(QStringLiteral("error"), host.error);
            problems << verdict(K::DomainHostUnreachable, S::Warning, p);
            continue;
        }
        ++reached;
        if (cls == u"tls") {
            encrypted << host.host;
            continue;
        }
        p.insert(QStringLiteral("reason"), cls);
        problems << verdict(K::DomainHostFallsBack, cls == u"tls13-only" ? S::Warning : S::Problem, p);
    }
    const int total = int(result.hosts.size());
    if (probed > 0 && reached == 0)
        verdicts << verdict(K::DomainNoHostReachable, S::Problem, {{domainKey, domain}, {QStringLiteral("total"), probed}});
    if (!encrypted.isEmpty()) {
        const bool all = encrypted.size() == total;
        verdicts << verdict(K::DomainHostsEncrypted, all ? S::Ok : S::Info,
                            {{domainKey, domain},
                             {QStringLiteral("hosts"), encrypted},
                             {QStringLiteral("count"), int(encrypted.size())},
                             {QStringLiteral("total"), total}});
    }
    verdicts << problems;
    if (!notProbed.isEmpty())
        verdicts << verdict(K::DomainHostsNotProbed, skipReason == MxSkip::Cancelled ? S::Warning : S::Info,
                            {{domainKey, domain},
                             {QStringLiteral("hosts"), notProbed},
                             {QStringLiteral("reason"), mxSkipName(skipReason)},
                             {QStringLiteral("limit"), probed}});
    return verdicts;
}

} // namespace Mailflow
