// SPDX-License-Identifier: GPL-3.0-or-later
// computeProbeVerdicts(): what a probe's findings mean for mail to and from Exchange Online.
#include "probe/ciphersuites.h"
#include "probe/probejson.h"
#include "probe/proberesult.h"
#include "probe/probetext.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QTest>

#include <optional>

using namespace Mailflow;
using namespace Qt::StringLiterals;

namespace {

VersionResult version(TlsVersion v, ProbeOutcome outcome)
{
    VersionResult r;
    r.version = v;
    r.outcome = outcome;
    return r;
}

ProbeResult reachable()
{
    ProbeResult r;
    r.reachable = true;
    r.startTlsOffered = true;
    r.startTlsAccepted = true;
    return r;
}

QStringList kinds(const QList<ProbeVerdict> &verdicts)
{
    QStringList list;
    for (const ProbeVerdict &v : verdicts)
        list << probeVerdictKindName(v.kind);
    return list;
}

/// An MX host whose probe found what @p kind (a per-host verdict) says.
ProbeResult mxHost(const QString &name, int preference, std::optional<ProbeVerdict::Kind> kind, const QString &version = u"TLS1.2"_s)
{
    ProbeResult r = reachable();
    r.host = name;
    r.mxPreference = preference;
    if (!kind) {
        r.reachable = false;
        r.error = u"cannot connect"_s;
        return r;
    }
    ProbeVerdict v;
    v.kind = *kind;
    v.parameters.insert(u"version"_s, version);
    r.verdicts = {v};
    return r;
}

ProbeResult domain(const QList<ProbeResult> &hosts)
{
    ProbeResult r;
    r.target = u"fabrikam.com"_s;
    r.mxLookup = MxLookup::Found;
    r.hosts = hosts;
    return r;
}

const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::UTC);

} // namespace

class TestProbeVerdicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<QStringList>("expected");

        ProbeResult unreachable;
        unreachable.error = u"cannot connect"_s;
        QTest::newRow("unreachable") << unreachable << QStringList{u"hostUnreachable"_s};

        ProbeResult noTls = reachable();
        noTls.startTlsOffered = false;
        noTls.startTlsAccepted = false;
        noTls.versions = {version(TlsVersion::Tls12, ProbeOutcome::StartTlsRefused)};
        noTls.plainAuthMechanisms = {u"LOGIN"_s};
        QTest::newRow("no STARTTLS, AUTH in the clear") << noTls << QStringList{u"noStartTls"_s, u"authOfferedWithoutTls"_s};

        ProbeResult modern = reachable();
        modern.versions = {version(TlsVersion::Tls10, ProbeOutcome::Closed), version(TlsVersion::Tls12, ProbeOutcome::Accepted)};
        modern.ciphers[TlsVersion::Tls12] = {0xC030, 0xC02F};
        QTest::newRow("modern") << modern << QStringList{u"exoDeliversWithTls"_s, u"senderReachesExo"_s, u"exoCipherSuitesMatched"_s};

        ProbeResult legacyOnly = reachable();
        legacyOnly.versions = {version(TlsVersion::Tls10, ProbeOutcome::Accepted), version(TlsVersion::Tls12, ProbeOutcome::Alert)};
        legacyOnly.ciphers[TlsVersion::Tls10] = {0x000A, 0x0005};
        QTest::newRow("TLS 1.0 only with 3DES and RC4")
            << legacyOnly
            << QStringList{u"exoFallsBackNoTls12"_s, u"senderCannotReachExo"_s, u"legacyVersionsAccepted"_s, u"weakCipherSuites"_s};

        ProbeResult noShared = reachable();
        noShared.versions = {version(TlsVersion::Tls12, ProbeOutcome::Accepted)};
        noShared.ciphers[TlsVersion::Tls12] = {0xCCA8, 0xC02B}; // ChaCha20, ECDSA GCM: not on Office 365's list
        QTest::newRow("TLS 1.2 without a shared suite")
            << noShared << QStringList{u"exoFallsBackNoSharedCipher"_s, u"senderCannotReachExo"_s};

        ProbeResult badCertificate = modern;
        CertificateInfo leaf;
        leaf.subject = u"CN=old.example"_s;
        leaf.notBefore = now.addYears(-3);
        leaf.notAfter = now.addDays(-2);
        leaf.keyType = u"RSA"_s;
        leaf.keyBits = 1024;
        leaf.signatureAlgorithm = u"sha1WithRSAEncryption"_s;
        badCertificate.certificate = {leaf};
        badCertificate.certificateCheck.present = true;
        badCertificate.certificateCheck.verifyError = u"unable to get local issuer certificate"_s;
        badCertificate.certificateCheck.chainComplete = 0;
        badCertificate.certificateCheck.hostName = u"mx.example"_s;
        QTest::newRow("bad certificate")
            << badCertificate
            << QStringList{u"exoDeliversWithTls"_s, u"senderReachesExo"_s, u"exoCipherSuitesMatched"_s, u"certificateUntrusted"_s,
                           u"certificateHostNameMismatch"_s, u"certificateExpired"_s, u"certificateIncompleteChain"_s,
                           u"certificateWeakKey"_s, u"certificateSha1Signature"_s};

        ProbeResult stripped = modern;
        stripped.startTlsOffered = false; // yet STARTTLS worked
        QTest::newRow("STARTTLS hidden") << stripped
                                         << QStringList{u"exoDeliversWithTls"_s, u"senderReachesExo"_s, u"exoCipherSuitesMatched"_s,
                                                        u"ehloChangedInsideTls"_s};

        ProbeResult tls13Only = reachable();
        tls13Only.versions = {version(TlsVersion::Tls12, ProbeOutcome::Closed), version(TlsVersion::Tls13, ProbeOutcome::Accepted)};
        tls13Only.ciphers[TlsVersion::Tls13] = {0x1301};
        QTest::newRow("TLS 1.3 only") << tls13Only << QStringList{u"exoDeliversWithTls"_s, u"senderCannotReachExo"_s};
    }
    void verdicts()
    {
        QFETCH(ProbeResult, result);
        QFETCH(QStringList, expected);
        QCOMPARE(kinds(computeProbeVerdicts(result, now)), expected);
    }

    void weakSuitesNamed()
    {
        ProbeResult r = reachable();
        r.versions = {version(TlsVersion::Tls12, ProbeOutcome::Accepted)};
        r.ciphers[TlsVersion::Tls12] = {0xC030, 0x000A, 0x0005, 0x0003};
        for (const ProbeVerdict &v : computeProbeVerdicts(r, now)) {
            if (v.kind != ProbeVerdict::Kind::WeakCipherSuites)
                continue;
            QCOMPARE(v.parameters.value(u"suites"_s).toStringList(),
                     (QStringList{u"TLS_RSA_WITH_3DES_EDE_CBC_SHA"_s, u"TLS_RSA_WITH_RC4_128_SHA"_s, u"TLS_RSA_EXPORT_WITH_RC4_40_MD5"_s}));
            QCOMPARE(v.parameters.value(u"weaknesses"_s).toStringList(),
                     (QStringList{u"3des,cbc-sha1"_s, u"rc4"_s, u"rc4,export,md5"_s}));
            return;
        }
        QFAIL("no weakCipherSuites verdict");
    }

    void domainVerdicts_data()
    {
        using K = ProbeVerdict::Kind;
        QTest::addColumn<ProbeResult>("result");
        QTest::addColumn<QStringList>("expected"); // "kind severity" per domain verdict
        QTest::addColumn<QString>("text");         // the sentence of the last verdict
        QTest::newRow("all encrypted")
            << domain({mxHost(u"mx1.fabrikam.com"_s, 10, K::ExoDeliversWithTls), mxHost(u"mx2.fabrikam.com"_s, 20, K::ExoDeliversWithTls)})
            << QStringList{u"domainHostsEncrypted ok"_s}
            << u"All 2 MX hosts accept TLS 1.2 with a cipher Exchange Online offers: mail to fabrikam.com is encrypted."_s;
        QTest::newRow("one host")
            << domain({mxHost(u"mx1.fabrikam.com"_s, 0, K::ExoDeliversWithTls)})
            << QStringList{u"domainHostsEncrypted ok"_s}
            << u"The MX host of fabrikam.com accepts TLS 1.2 with a cipher Exchange Online offers: mail to fabrikam.com is encrypted."_s;
        QTest::newRow("primary without a shared cipher")
            << domain({mxHost(u"mx1.fabrikam.com"_s, 10, K::ExoFallsBackNoSharedCipher), mxHost(u"mx2.fabrikam.com"_s, 20, K::ExoDeliversWithTls)})
            << QStringList{u"domainHostsEncrypted info"_s, u"domainHostFallsBack problem"_s}
            << u"mx1.fabrikam.com (preference 10) accepts TLS 1.2 but none of Office 365's cipher suites: for mail to fabrikam.com, "
               u"Exchange Online delivers in plaintext (or queues and bounces if a TLS-enforcing connector is used)."_s;
        QTest::newRow("backup TLS 1.3 only")
            << domain({mxHost(u"mx1.fabrikam.com"_s, 10, K::ExoDeliversWithTls), mxHost(u"mx2.fabrikam.com"_s, 20, K::ExoDeliversWithTls, u"TLS1.3"_s)})
            << QStringList{u"domainHostsEncrypted info"_s, u"domainHostFallsBack warning"_s}
            << u"mx2.fabrikam.com (preference 20) accepts only TLS 1.3 (Microsoft documents TLS 1.2): when mx1.fabrikam.com is "
               u"unreachable, Exchange Online may fall back to plaintext."_s;
        QTest::newRow("primary unreachable, backup refuses STARTTLS")
            << domain({mxHost(u"mx1.fabrikam.com"_s, 10, std::nullopt), mxHost(u"mx2.fabrikam.com"_s, 20, K::StartTlsRefused)})
            << QStringList{u"domainHostUnreachable warning"_s, u"domainHostFallsBack problem"_s}
            << u"mx2.fabrikam.com (preference 20) refuses STARTTLS: when mx1.fabrikam.com is unreachable, Exchange Online delivers "
               u"in plaintext (or queues and bounces if a TLS-enforcing connector is used)."_s;
        QTest::newRow("none reached")
            << domain({mxHost(u"mx1.fabrikam.com"_s, 10, std::nullopt)})
            << QStringList{u"domainNoHostReachable problem"_s, u"domainHostUnreachable warning"_s}
            << u"mx1.fabrikam.com (preference 10) could not be reached from here (cannot connect), so how it does TLS is unknown; "
               u"Exchange Online tries it first."_s;
        ProbeResult nullMx;
        nullMx.target = u"fabrikam.com"_s;
        nullMx.mxLookup = MxLookup::NullMx;
        QTest::newRow("null MX") << nullMx << QStringList{u"domainNullMx warning"_s}
                                 << u"fabrikam.com publishes a null MX (RFC 7505): it accepts no mail, so Exchange Online bounces mail to it at once."_s;
        ProbeResult host = reachable();
        QTest::newRow("a host target") << host << QStringList() << QString();
    }
    void domainVerdicts()
    {
        QFETCH(ProbeResult, result);
        QFETCH(QStringList, expected);
        QFETCH(QString, text);
        const QList<ProbeVerdict> verdicts = computeDomainVerdicts(result);
        QStringList got;
        for (const ProbeVerdict &v : verdicts)
            got << probeVerdictKindName(v.kind) + u' ' + probeVerdictSeverityName(v.severity);
        QCOMPARE(got, expected);
        if (!verdicts.isEmpty())
            QCOMPARE(probeVerdictText(verdicts.last()), text);
    }

    void jsonKeys()
    {
        ProbeResult r = reachable();
        r.target = u"mx.example"_s;
        r.versions = {version(TlsVersion::Tls11, ProbeOutcome::Alert), version(TlsVersion::Tls12, ProbeOutcome::Accepted)};
        r.versions[0].alert = u"protocol_version"_s;
        r.ciphers[TlsVersion::Tls12] = {0xC030};
        r.verdicts = computeProbeVerdicts(r, now);
        const QJsonObject json = probeResultToJson(r);
        QCOMPARE(json.value(u"versions").toObject().value(u"TLS1.1").toObject().value(u"result").toString(), u"alert"_s);
        QCOMPARE(json.value(u"versions").toObject().value(u"TLS1.1").toObject().value(u"alert").toString(), u"protocol_version"_s);
        QCOMPARE(json.value(u"ciphers").toObject().value(u"TLS1.2").toArray(), QJsonArray{u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s});
        QCOMPARE(json.value(u"verdicts").toArray().first().toObject().value(u"kind").toString(), u"exoDeliversWithTls"_s);
        QCOMPARE(json.value(u"verdicts").toArray().first().toObject().value(u"severity").toString(), u"ok"_s);
        QVERIFY(json.value(u"starttls").toObject().value(u"accepted").toBool());
    }
};

QTEST_GUILESS_MAIN(TestProbeVerdicts)
#include "tst_probeverdicts.moc"
