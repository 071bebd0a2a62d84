// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/probetext.h"

#include "common/exchangeonline.h"
#include "probe/ciphersuites.h"
#include "probe/probejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Mailflow {

namespace {

// Named tr so that lupdate files these strings under the enclosing namespace, the context used here.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mailflow", text);
}

QString joined(const QVariant &value)
{
    return value.toStringList().join(QLatin1StringView(", "));
}

} // namespace

QString probeVerdictText(const ProbeVerdict &v)
{
    const QVariantMap &p = v.parameters;
    const QString s = u"suites"_s;
    using K = ProbeVerdict::Kind;
    switch (v.kind) {
    case K::HostUnreachable:
        return tr("The host could not be reached: %1.").arg(p.value(u"error"_s).toString());
    case K::NoStartTls:
        return tr("The host does not offer STARTTLS: Exchange Online delivers to it in plaintext, and a sender that "
                  "requires TLS (RequireTLS) keeps the mail queued until it expires and bounces.");
    case K::StartTlsRefused:
        return tr("The host refuses STARTTLS (%1): Exchange Online falls back to plaintext, or queues and bounces "
                  "when TLS is required.").arg(p.value(u"reply"_s).toString());
    case K::ExoDeliversWithTls:
        if (p.value(u"version"_s).toString() == u"TLS1.3")
            return tr("Exchange Online can deliver to this host only with TLS 1.3 (%1); Microsoft documents TLS 1.2 "
                      "with its cipher list, so delivery may fall back to plaintext.").arg(p.value(u"cipherSuite"_s).toString());
        return tr("Exchange Online can deliver to this host with TLS 1.2%1.")
            .arg(p.contains(u"cipherSuite"_s) ? tr(" (it would agree on %1)").arg(p.value(u"cipherSuite"_s).toString()) : QString());
    case K::ExoFallsBackNoTls12:
        return tr("The host does not accept TLS 1.2 or 1.3: Exchange Online falls back to plaintext when sending to it, or "
                  "keeps the mail queued and bounces it after 24 hours if this host requires TLS.");
    case K::ExoFallsBackNoSharedCipher:
        return tr("The host accepts TLS 1.2 but none of Office 365's cipher suites (it offers %1): the handshake with "
                  "Exchange Online fails, so mail falls back to plaintext, or queues and bounces if TLS is required.")
            .arg(joined(p.value(s)));
    case K::SenderReachesExo:
        return tr("As a sender this host can reach Exchange Online with TLS 1.2, if its client side has the same "
                  "versions and suites as its server side.");
    case K::SenderCannotReachExo:
        if (p.value(u"reason"_s).toString() == u"no-tls12")
            return tr("As a sender this host would not reach Exchange Online with TLS: Exchange Online accepts only "
                      "TLS 1.2 and later since January 2021 (it closes the connection on a TLS 1.0/1.1 hello).");
        if (p.value(u"reason"_s).toString() == u"tls13-only")
            return tr("As a sender this host would need TLS 1.3 to reach Exchange Online; Microsoft documents TLS 1.2.");
        return tr("As a sender this host would not reach Exchange Online with TLS: it shares no TLS 1.2 cipher suite "
                  "with Office 365's list.");
    case K::LegacyVersionsAccepted:
        return tr("The host still accepts %1; Exchange Online never uses these versions.").arg(joined(p.value(u"versions"_s)));
    case K::WeakCipherSuites: {
        const QStringList suites = p.value(s).toStringList();
        const QStringList why = p.value(u"weaknesses"_s).toStringList();
        QStringList items;
        for (qsizetype i = 0; i < suites.size(); ++i)
            items << suites.at(i) + u" (" + why.value(i) + u')';
        return tr("Weak cipher suites accepted: %1.").arg(items.join(QLatin1StringView(", ")));
    }
    case K::ExoCipherSuitesMatched:
        return tr("Suites on Office 365's list that the host accepts: %1.").arg(joined(p.value(s)));
    case K::CertificateUntrusted:
        return tr("The certificate does not chain to a root this machine trusts: %1.").arg(p.value(u"error"_s).toString());
    case K::CertificateHostNameMismatch:
        return tr("The certificate does not name %1: a connector with TlsCertificateName/TlsDomain for this name will not match.")
            .arg(p.value(u"hostName"_s).toString());
    case K::CertificateExpired:
        return tr("The certificate expired on %1.").arg(p.value(u"notAfter"_s).toString());
    case K::CertificateNotYetValid:
        return tr("The certificate is not valid before %1.").arg(p.value(u"notBefore"_s).toString());
    case K::CertificateExpiresSoon:
        return tr("The certificate expires in %1 days (%2).").arg(p.value(u"days"_s).toInt()).arg(p.value(u"notAfter"_s).toString());
    case K::CertificateIncompleteChain:
        return tr("The server does not send the whole certificate chain (an intermediate is missing).");
    case K::CertificateSelfSigned:
        return tr("The certificate is self-signed: opportunistic TLS works, but certificate-based connectors cannot validate it.");
    case K::CertificateWeakKey:
        return tr("The certificate has a weak %1 key of %2 bits.").arg(p.value(u"keyType"_s).toString()).arg(p.value(u"keyBits"_s).toInt());
    case K::CertificateSha1Signature:
        return tr("The certificate is signed with %1; Exchange Online stopped accepting SHA-1 certificates in 2016.")
            .arg(p.value(u"signatureAlgorithm"_s).toString());
    case K::EhloChangedInsideTls:
        if (p.value(u"startTlsHidden"_s).toBool())
            return tr("The plaintext EHLO did not list STARTTLS but STARTTLS worked: something between here and the "
                      "server may be stripping it.");
        return tr("The EHLO reply changed inside TLS: removed %1, added %2.")
            .arg(joined(p.value(u"removed"_s)), joined(p.value(u"added"_s)));
    case K::AuthOfferedWithoutTls:
        return tr("AUTH (%1) is offered before TLS: passwords could be sent in plaintext.").arg(joined(p.value(u"mechanisms"_s)));
    case K::DomainHostsEncrypted: {
        const int count = p.value(u"count"_s).toInt();
        const int total = p.value(u"total"_s).toInt();
        const QString domain = p.value(u"domain"_s).toString();
        if (count == total && total == 1)
            return tr("The MX host of %1 accepts TLS 1.2 with a cipher Exchange Online offers: mail to %1 is encrypted.").arg(domain);
        if (count == total)
            return tr("All %1 MX hosts accept TLS 1.2 with a cipher Exchange Online offers: mail to %2 is encrypted.").arg(count).arg(domain);
        return tr("Exchange Online reaches %1 with TLS 1.2 and a cipher from its list (%2 of %3 MX hosts).")
            .arg(joined(p.value(u"hosts"_s))).arg(count).arg(total);
    }
    case K::DomainHostFallsBack:
    case K::DomainHostUnreachable: {
        const QString reason = p.value(u"reason"_s).toString();
        QString what;
        if (v.kind == K::DomainHostUnreachable)
            what = tr("could not be reached from here (%1), so how it does TLS is unknown").arg(p.value(u"error"_s).toString());
        else if (reason == u"no-starttls")
            what = tr("offers no STARTTLS");
        else if (reason == u"starttls-refused")
            what = tr("refuses STARTTLS");
        else if (reason == u"no-tls12")
            what = tr("accepts neither TLS 1.2 nor TLS 1.3");
        else if (reason == u"no-shared-cipher")
            what = tr("accepts TLS 1.2 but none of Office 365's cipher suites");
        else
            what = tr("accepts only TLS 1.3 (Microsoft documents TLS 1.2)");
        const QString host = tr("%1 (preference %2)").arg(p.value(u"host"_s).toString()).arg(p.value(u"preference"_s).toInt());
        const QString consequence = reason == u"tls13-only"
            ? tr("Exchange Online may fall back to plaintext")
            : tr("Exchange Online delivers in plaintext (or queues and bounces if a TLS-enforcing connector is used)");
        if (v.kind == K::DomainHostUnreachable) {
            if (p.value(u"role"_s).toString() == u"primary")
                return tr("%1 %2; Exchange Online tries it first.").arg(host, what);
            return tr("%1 %2; Exchange Online uses it when %3 is unreachable.").arg(host, what, p.value(u"primaryHost"_s).toString());
        }
        if (p.value(u"role"_s).toString() == u"primary") {
            const QStringList shared = p.value(u"sharedWith"_s).toStringList();
            if (shared.isEmpty())
                return tr("%1 %2: for mail to %3, %4.").arg(host, what, p.value(u"domain"_s).toString(), consequence);
            return tr("%1 %2: it shares the lowest preference with %3, so for part of the mail to %4, %5.")
                .arg(host, what, shared.join(QLatin1StringView(", ")), p.value(u"domain"_s).toString(), consequence);
        }
        return tr("%1 %2: when %3 is unreachable, %4.").arg(host, what, p.value(u"primaryHost"_s).toString(), consequence);
    }
    case K::DomainNoHostReachable:
        return tr("None of the %1 MX hosts probed could be reached from here.").arg(p.value(u"total"_s).toInt());
    case K::DomainHostsNotProbed: {
        const QString reason = p.value(u"reason"_s).toString();
        const QString hosts = joined(p.value(u"hosts"_s));
        if (reason == u"first-mx")
            return tr("Only the most preferred MX host was probed (--first-mx); not probed: %1.").arg(hosts);
        if (reason == u"cancelled")
            return tr("The probe stopped before these MX hosts: %1.").arg(hosts);
        return tr("Only the first %1 MX hosts were probed; not probed: %2.").arg(p.value(u"limit"_s).toInt()).arg(hosts);
    }
    case K::DomainNullMx:
        return tr("%1 publishes a null MX (RFC 7505): it accepts no mail, so Exchange Online bounces mail to it at once.")
            .arg(p.value(u"domain"_s).toString());
    case K::DomainImplicitMx:
        return tr("%1 has no MX record: mail to it goes to its own address (RFC 5321 implicit MX), which was probed.")
            .arg(p.value(u"domain"_s).toString());
    }
    return {};
}

QString exoDeliveryText(const ProbeResult &host)
{
    const QString cls = exoDeliveryClass(host);
    if (cls == u"tls")
        return tr("encrypted (TLS 1.2)");
    if (cls == u"tls13-only")
        return tr("TLS 1.3 only: may fall back");
    if (cls == u"no-starttls")
        return tr("plaintext: no STARTTLS");
    if (cls == u"starttls-refused")
        return tr("plaintext: STARTTLS refused");
    if (cls == u"no-tls12")
        return tr("plaintext: no TLS 1.2");
    if (cls == u"no-shared-cipher")
        return tr("plaintext: no Office 365 cipher");
    if (cls == u"unreachable")
        return tr("not reached");
    switch (host.skipped) {
    case MxSkip::Limit: return tr("not probed (limit)");
    case MxSkip::FirstMxOnly: return tr("not probed (--first-mx)");
    case MxSkip::Cancelled: return tr("not probed (stopped)");
    case MxSkip::None: break;
    }
    return {};
}

QString bestAcceptedVersion(const ProbeResult &host)
{
    TlsVersion best = TlsVersion::Unknown;
    for (const VersionResult &v : host.versions) {
        if (v.outcome == ProbeOutcome::Accepted)
            best = qMax(best, v.version);
    }
    return best == TlsVersion::Unknown ? QString() : tlsVersionName(best);
}

QString probeOutcomeText(ProbeOutcome outcome, const QString &alert, const QString &reply)
{
    switch (outcome) {
    case ProbeOutcome::Accepted: return tr("accepted");
    case ProbeOutcome::Alert: return tr("refused with alert %1").arg(alert);
    case ProbeOutcome::Closed: return tr("refused: connection closed without an alert (FIN)");
    case ProbeOutcome::Reset: return tr("refused: connection reset (RST)");
    case ProbeOutcome::Timeout: return tr("no answer (timeout)");
    case ProbeOutcome::StartTlsRefused: return tr("not reached: %1").arg(reply);
    case ProbeOutcome::Untestable: return tr("not testable here");
    case ProbeOutcome::Downgraded: return tr("not accepted: the server answered with a lower version");
    case ProbeOutcome::ProtocolError: return tr("protocol error");
    case ProbeOutcome::NotTested: return tr("not tested");
    }
    return {};
}

namespace {

/// One host's section: from the "Host:" line to its verdicts (no totals line).
QString hostSectionText(const ProbeResult &r)
{
    QString text;
    QTextStream o(&text);
    o << tr("Host:        %1 port %2%3").arg(r.host).arg(r.port).arg(r.implicitTls ? tr(" (implicit TLS)") : QString()) << "\n";
    if (!r.addresses.isEmpty())
        o << tr("Addresses:   %1 (probed %2)").arg(r.addresses.join(QLatin1StringView(", ")), r.address) << "\n";
    if (!r.reachable) {
        o.flush();
        return text; // the front end says why
    }
    if (!r.banner.isEmpty())
        o << tr("Banner:      %1").arg(r.banner.section(u'\n', 0, 0)) << "\n";
    if (!r.implicitTls) {
        o << tr("STARTTLS:    %1, %2")
                 .arg(r.startTlsOffered ? tr("offered") : tr("not offered"),
                      r.startTlsAccepted ? tr("accepted") : tr("refused: %1").arg(r.startTlsReply))
          << "\n";
    }
    o << "\n" << tr("Versions:") << "\n";
    for (const VersionResult &v : r.versions) {
        o << QStringView(u"  ") + tlsVersionName(v.version).leftJustified(8) << probeOutcomeText(v.outcome, v.alert, v.reply);
        if (!v.detail.isEmpty() && v.outcome != ProbeOutcome::Accepted)
            o << QStringView(u" (") + v.detail + u')';
        if (v.outcome == ProbeOutcome::Accepted && r.ciphers.isEmpty() && v.cipherSuite)
            o << tr(" (picked %1)").arg(cipherSuiteName(v.cipherSuite));
        o << "\n";
    }
    for (auto it = r.ciphers.cbegin(); it != r.ciphers.cend(); ++it) {
        const QString preference = r.cipherPreference.value(it.key());
        if (preference == u"client")
            o << "\n" << tr("%1 cipher suites (the server follows the client's order; listed in ours):").arg(tlsVersionName(it.key())) << "\n";
        else
            o << "\n" << tr("%1 cipher suites, server preference order:").arg(tlsVersionName(it.key())) << "\n";
        for (quint16 code : it.value()) {
            QString marks;
            if (const CipherSuiteInfo *suite = cipherSuite(code); suite && suite->isWeak())
                marks += u"  weak: " + cipherSuiteWeaknesses(*suite).join(u',');
            if (ExchangeOnline::isSupportedCipherSuite(code))
                marks += u"  Office 365";
            o << QStringView(u"  ") + cipherSuiteName(code) + marks << "\n";
        }
    }
    if (!r.confirmations.isEmpty()) {
        o << "\n" << tr("OpenSSL handshakes:") << "\n";
        for (const ConfirmationResult &c : r.confirmations) {
            o << QStringView(u"  ") + tlsVersionName(c.version).leftJustified(8) + probeOutcomeName(c.outcome);
            if (!c.cipherSuite.isEmpty())
                o << QStringView(u"  ") + c.cipherSuite;
            if (!c.group.isEmpty())
                o << QStringView(u"  ") + c.group;
            if (c.outcome != ProbeOutcome::Accepted && !c.detail.isEmpty())
                o << QStringView(u"  (") + c.detail + u')';
            o << "\n";
        }
    }
    if (!r.certificate.isEmpty()) {
        const CertificateInfo &leaf = r.certificate.first();
        o << "\n" << tr("Certificate: %1").arg(leaf.subject) << "\n";
        o << tr("  issuer     %1").arg(leaf.issuer) << "\n";
        if (!leaf.subjectAltNames.isEmpty())
            o << tr("  names      %1").arg(leaf.subjectAltNames.join(QLatin1StringView(", "))) << "\n";
        o << tr("  valid      %1 to %2").arg(leaf.notBefore.toString(Qt::ISODate), leaf.notAfter.toString(Qt::ISODate)) << "\n";
        o << tr("  key        %1 %2 bits, %3").arg(leaf.keyType).arg(leaf.keyBits).arg(leaf.signatureAlgorithm) << "\n";
        o << tr("  chain      %1 sent, %2").arg(r.certificate.size()).arg(r.certificateCheck.trusted ? tr("trusted") : r.certificateCheck.verifyError) << "\n";
    }
    if (!r.authMechanisms.isEmpty() || !r.plainAuthMechanisms.isEmpty())
        o << "\n" << tr("AUTH:        inside TLS %1; before TLS %2")
                         .arg(r.authMechanisms.isEmpty() ? tr("none") : r.authMechanisms.join(u' '),
                              r.plainAuthMechanisms.isEmpty() ? tr("none") : r.plainAuthMechanisms.join(u' '))
          << "\n";
    o << "\n" << tr("Verdicts:") << "\n";
    for (const ProbeVerdict &v : r.verdicts)
        o << QStringView(u"  [") + probeVerdictSeverityName(v.severity) + u"] " + probeVerdictText(v) << "\n";
    o.flush();
    return text;
}

QString totalsText(const ProbeResult &r)
{
    return tr("%1 connections in %2 ms%3").arg(r.connections).arg(r.elapsedMs)
        .arg(r.timedOut ? tr(" (overall time limit reached)") : r.cancelled ? tr(" (cancelled)") : QString());
}

} // namespace

QString probeResultText(const ProbeResult &r)
{
    QString text;
    QTextStream o(&text);
    o << tr("Target:      %1").arg(r.target) << "\n";
    if (r.hosts.isEmpty()) {
        if (r.mxLookup == MxLookup::NoMx)
            o << tr("MX hosts:    none (its own address is probed: RFC 5321 implicit MX)") << "\n";
        else if (r.mxLookup == MxLookup::Failed)
            o << tr("MX hosts:    look-up failed (%1); its own address is probed").arg(r.mxError) << "\n";
        else if (r.mxLookup == MxLookup::NullMx)
            o << tr("MX hosts:    null MX (RFC 7505): the domain accepts no mail") << "\n";
        if (r.mxLookup == MxLookup::NullMx) {
            o.flush();
            return text;
        }
        o << hostSectionText(r);
        if (r.reachable)
            o << "\n" << totalsText(r) << "\n";
        o.flush();
        return text;
    }
    // A domain: one line per MX host, the domain verdicts, then each host in full.
    o << tr("MX hosts:    %1").arg(r.hosts.size()) << "\n\n";
    const QStringList header{tr("pref"), tr("host"), tr("address probed"), tr("STARTTLS"), tr("best"), tr("Exchange Online")};
    QList<QStringList> rows{header};
    for (const ProbeResult &h : r.hosts) {
        const bool probed = h.skipped == MxSkip::None && h.reachable;
        QString startTls = QStringLiteral("-");
        if (probed)
            startTls = h.implicitTls ? tr("implicit") : h.startTlsAccepted ? tr("yes") : h.startTlsOffered ? tr("refused") : tr("no");
        const QString best = bestAcceptedVersion(h);
        QString address = probed ? h.address : QStringLiteral("-");
        if (h.skipped == MxSkip::None && !h.reachable && !h.addresses.isEmpty())
            address = tr("%1 (no connection)").arg(h.addresses.join(QLatin1StringView(", ")));
        rows << QStringList{QString::number(h.mxPreference), h.host, address, startTls,
                            best.isEmpty() ? QStringLiteral("-") : best, exoDeliveryText(h)};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    for (const QStringList &row : std::as_const(rows)) {
        QString line = QStringLiteral("  ");
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        o << line << "\n";
    }
    o << "\n" << tr("Domain verdicts:") << "\n";
    for (const ProbeVerdict &v : r.domainVerdicts)
        o << QStringView(u"  [") + probeVerdictSeverityName(v.severity) + u"] " + probeVerdictText(v) << "\n";
    for (const ProbeResult &h : r.hosts) {
        o << "\n" << tr("== MX %1: %2 ==").arg(h.mxPreference).arg(h.host) << "\n";
        if (h.skipped != MxSkip::None) {
            o << tr("Not probed: %1").arg(exoDeliveryText(h)) << "\n";
            continue;
        }
        o << hostSectionText(h);
        if (!h.reachable)
            o << tr("Not reached: %1").arg(h.error) << "\n";
        else
            o << "\n" << totalsText(h) << "\n";
    }
    o << "\n" << tr("All hosts: %1").arg(totalsText(r)) << "\n";
    o.flush();
    return text;
}

namespace {

void addVerdictTexts(QJsonObject &object, const QString &key, const QList<ProbeVerdict> &list)
{
    QJsonArray verdicts = object.value(key).toArray();
    for (qsizetype i = 0; i < verdicts.size() && i < list.size(); ++i) {
        QJsonObject v = verdicts.at(i).toObject();
        v.insert(QLatin1StringView("text"), probeVerdictText(list.at(i)));
        verdicts.replace(i, v);
    }
    object.insert(key, verdicts);
}

} // namespace

QJsonObject probeResultToJsonWithTexts(const ProbeResult &result)
{
    QJsonObject object = probeResultToJson(result);
    addVerdictTexts(object, QStringLiteral("verdicts"), result.verdicts);
    addVerdictTexts(object, QStringLiteral("domainVerdicts"), result.domainVerdicts);
    QJsonArray hosts = object.value(QLatin1StringView("hosts")).toArray();
    for (qsizetype i = 0; i < hosts.size() && i < result.hosts.size(); ++i) {
        QJsonObject host = hosts.at(i).toObject();
        addVerdictTexts(host, QStringLiteral("verdicts"), result.hosts.at(i).verdicts);
        hosts.replace(i, host);
    }
    object.insert(QLatin1StringView("hosts"), hosts);
    return object;
}

} // namespace Mailflow
