// SPDX-License-Identifier: GPL-3.0-or-later
// The prober end to end against small servers of our own on loopback: a real OpenSSL server behind
// STARTTLS, and hostile ones. Each asserts exact versions, cipher lists and refusal classes.
#include "testmxsetup.h"

#include "probe/ciphersuites.h"
#include "probe/probejson.h"
#include "probe/probetext.h"
#include "probe/starttlsprober.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Mailflow;
using namespace Qt::StringLiterals;

namespace {

ProbeResult runProbe(quint16 port, ProbeOptions options = {}, const QString &host = u"127.0.0.1"_s)
{
    options.target = host;
    options.port = port;
    if (options.stepTimeoutMs == ProbeOptions().stepTimeoutMs)
        options.stepTimeoutMs = 3000;
    options.retryDelayMs = 50;
    StarttlsProber prober;
    QSignalSpy spy(&prober, &StarttlsProber::finished);
    prober.start(options);
    if (!spy.wait(60000))
        return {};
    return spy.first().first().value<ProbeResult>();
}

QStringList names(const QList<quint16> &codes)
{
    QStringList list;
    for (quint16 code : codes)
        list << cipherSuiteName(code);
    return list;
}

QString outcome(const ProbeResult &r, TlsVersion v)
{
    const VersionResult *result = r.version(v);
    return result ? probeOutcomeName(result->outcome) : u"missing"_s;
}

bool hasVerdict(const ProbeResult &r, ProbeVerdict::Kind kind)
{
    return std::any_of(r.verdicts.cbegin(), r.verdicts.cend(), [kind](const ProbeVerdict &v) { return v.kind == kind; });
}

QList<ProbeVerdict> domainVerdicts(const ProbeResult &r, ProbeVerdict::Kind kind)
{
    QList<ProbeVerdict> found;
    for (const ProbeVerdict &v : r.domainVerdicts) {
        if (v.kind == kind)
            found << v;
    }
    return found;
}

ServerBehaviour withoutStartTls()
{
    ServerBehaviour b;
    b.offerStartTls = false;
    return b;
}

/// Probes @p domain through @p dns with its MX hosts on @p port.
ProbeResult runDomainProbe(const QString &domain, const FakeDnsServer &dns, quint16 port, ProbeOptions options = {})
{
    options.target = domain;
    options.port = port;
    options.dnsServer = u"127.0.0.1"_s;
    options.dnsPort = dns.port();
    options.stepTimeoutMs = 3000;
    options.retryDelayMs = 50;
    StarttlsProber prober;
    QSignalSpy spy(&prober, &StarttlsProber::finished);
    prober.start(options);
    if (!spy.wait(90000))
        return {};
    return spy.first().first().value<ProbeResult>();
}

ServerBehaviour modern()
{
    // Like Exchange Online: TLS 1.2+ with a short list, FIN on old hellos.
    ServerBehaviour b;
    b.minVersion = TlsVersion::Tls12;
    b.oldHello = ServerBehaviour::OldHello::Fin;
    b.cipherList = "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:AES256-SHA";
    b.cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256";
    return b;
}

} // namespace

class TestStarttlsProber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << u"mail.contoso.com"_s << u"mail.contoso.com"_s << 0 << true;
        QTest::newRow("name:port") << u"mail.contoso.com:587"_s << u"mail.contoso.com"_s << 587 << true;
        QTest::newRow("ipv4") << u"192.0.2.10"_s << u"192.0.2.10"_s << 0 << true;
        QTest::newRow("[ipv6]:port") << u"[2001:db8::1]:587"_s << u"2001:db8::1"_s << 587 << true;
        QTest::newRow("bare ipv6") << u"2001:db8::1"_s << u"2001:db8::1"_s << 0 << true;
        QTest::newRow("bad port") << u"mx:99999"_s << QString() << 0 << false;
        QTest::newRow("open bracket") << u"[2001:db8::1"_s << QString() << 0 << false;
        QTest::newRow("junk") << u"mail/contoso"_s << QString() << 0 << false;
        QTest::newRow("empty") << QString() << QString() << 0 << false;
    }
    void targets()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, valid);
        const ProbeTarget target = parseProbeTarget(text);
        QCOMPARE(target.isValid(), valid);
        if (valid) {
            QCOMPARE(target.host, host);
            QCOMPARE(target.port, port);
        }
    }

    void modernServerClosesOnOldHellos()
    {
        TestSmtpServer server(modern());
        QVERIFY(server.isListening());
        const ProbeResult r = runProbe(server.port());
        QVERIFY(r.reachable);
        QCOMPARE(r.bannerCode, 220);
        QVERIFY(r.startTlsOffered);
        QVERIFY(r.startTlsAccepted);
        QCOMPARE(outcome(r, TlsVersion::Ssl30), u"closed"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls10), u"closed"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls11), u"closed"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls13), u"accepted"_s);
        QCOMPARE(names(r.ciphers.value(TlsVersion::Tls12)),
                 (QStringList{u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s, u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s,
                              u"TLS_RSA_WITH_AES_256_CBC_SHA"_s}));
        QCOMPARE(names(r.ciphers.value(TlsVersion::Tls13)), (QStringList{u"TLS_AES_256_GCM_SHA384"_s, u"TLS_AES_128_GCM_SHA256"_s}));
        QVERIFY(!r.ciphers.contains(TlsVersion::Tls10));
        QCOMPARE(r.cipherPreference.value(TlsVersion::Tls12), u"server"_s);
        QCOMPARE(r.cipherPreference.value(TlsVersion::Tls13), u"server"_s);
        // Layer 2: real handshakes for the accepted versions, the chain and EHLO inside TLS.
        QCOMPARE(r.confirmations.size(), 2);
        for (const ConfirmationResult &c : r.confirmations)
            QCOMPARE(probeOutcomeName(c.outcome), u"accepted"_s);
        QCOMPARE(r.confirmations.at(0).cipherSuite, u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s);
        QCOMPARE(r.confirmations.at(1).cipherSuite, u"TLS_AES_256_GCM_SHA384"_s);
        QCOMPARE(r.certificate.size(), 1);
        QCOMPARE(r.certificate.first().subject, u"CN=localhost"_s);
        QCOMPARE(r.certificate.first().keyType, u"RSA"_s);
        QCOMPARE(r.certificate.first().keyBits, 2048);
        QVERIFY(r.certificate.first().selfSigned);
        QCOMPARE(r.certificate.first().sha256.size(), 64);
        QVERIFY(r.certificate.first().subjectAltNames.contains(u"IP:127.0.0.1"_s));
        QVERIFY(!r.certificateCheck.trusted);
        QVERIFY(r.certificateCheck.hostNameMatches); // IP SAN 127.0.0.1
        QCOMPARE(r.authMechanisms, (QStringList{u"PLAIN"_s, u"LOGIN"_s}));
        QVERIFY(r.plainAuthMechanisms.isEmpty());
        QVERIFY(r.extensionsAddedInTls.contains(u"AUTH"_s));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::ExoDeliversWithTls));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::SenderReachesExo));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::WeakCipherSuites)); // AES256-SHA is CBC-SHA1
        QVERIFY(!hasVerdict(r, ProbeVerdict::Kind::LegacyVersionsAccepted));
        // Connections: one per hello (3 refused versions + 1.2: 3 picks + end + 1.3: 2 picks + end ...) + 2 handshakes.
        QCOMPARE(r.connections, r.transcript.size());
        QCOMPARE(r.connections, r.attempts.size());
        QCOMPARE(server.accepted(), r.connections);
        QVERIFY(!r.transcript.first().lines.isEmpty());
    }

    void clientPreference()
    {
        // A server that takes the client's first supported suite: the list comes out in our offer order.
        ServerBehaviour b = modern();
        b.serverPreference = false;
        b.cipherList = "AES256-SHA:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384";
        TestSmtpServer server(b);
        const ProbeResult r = runProbe(server.port());
        QCOMPARE(r.cipherPreference.value(TlsVersion::Tls12), u"client"_s);
        const QList<quint16> offer = cipherSuitesForVersion(TlsVersion::Tls12);
        QList<quint16> expected = {0xC030, 0xC02F, 0x0035};
        std::sort(expected.begin(), expected.end(), [&offer](quint16 a, quint16 b) { return offer.indexOf(a) < offer.indexOf(b); });
        QCOMPARE(r.ciphers.value(TlsVersion::Tls12), expected);
    }

    void resetOnOldHellos()
    {
        ServerBehaviour b = modern();
        b.oldHello = ServerBehaviour::OldHello::Reset;
        TestSmtpServer server(b);
        ProbeOptions options;
        options.versionsOnly = true;
        const ProbeResult r = runProbe(server.port(), options);
        QCOMPARE(outcome(r, TlsVersion::Ssl30), u"reset"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls10), u"reset"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls11), u"reset"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls13), u"accepted"_s);
        QVERIFY(r.ciphers.isEmpty());
        QCOMPARE(cipherSuiteName(r.version(TlsVersion::Tls12)->cipherSuite), u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s);
        QCOMPARE(r.connections, 10); // one hello per version and block of 128 suites: 2+2+2+3+1
        QVERIFY(r.confirmations.isEmpty());
    }

    void silenceOnOldHellos()
    {
        ServerBehaviour b = modern();
        b.oldHello = ServerBehaviour::OldHello::Silence;
        TestSmtpServer server(b);
        ProbeOptions options;
        options.versionsOnly = true;
        options.stepTimeoutMs = 400;
        const ProbeResult r = runProbe(server.port(), options);
        QCOMPARE(outcome(r, TlsVersion::Tls10), u"timeout"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls11), u"timeout"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QVERIFY(r.version(TlsVersion::Tls10)->detail.contains(u"ServerHello"));
    }

    void alertOnOldHellos()
    {
        ServerBehaviour b = modern();
        b.oldHello = ServerBehaviour::OldHello::OpenSsl; // OpenSSL's own answer: a protocol_version alert
        TestSmtpServer server(b);
        ProbeOptions options;
        options.versionsOnly = true;
        const ProbeResult r = runProbe(server.port(), options);
        QCOMPARE(outcome(r, TlsVersion::Tls10), u"alert"_s);
        QCOMPARE(r.version(TlsVersion::Tls10)->alert, u"protocol_version"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls11), u"alert"_s);
        QCOMPARE(r.version(TlsVersion::Tls11)->alert, u"protocol_version"_s);
        QCOMPARE(outcome(r, TlsVersion::Ssl30), u"alert"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
    }

    void legacyServer_data()
    {
        QTest::addColumn<bool>("serverPreference");
        QTest::newRow("server order") << true;
        QTest::newRow("client order (parallel search)") << false;
    }
    void legacyServer()
    {
        // TLS 1.0–1.2 only, OpenSSL's full list at level 0: no TLS 1.3 (alert), SSL 3.0 refused.
        QFETCH(bool, serverPreference);
        ServerBehaviour b;
        b.serverPreference = serverPreference;
        b.minVersion = TlsVersion::Tls10;
        b.maxVersion = TlsVersion::Tls12;
        b.cipherList = "ALL:COMPLEMENTOFALL:@SECLEVEL=0";
        TestSmtpServer server(b);
        const ProbeResult r = runProbe(server.port());
        QCOMPARE(outcome(r, TlsVersion::Tls10), u"accepted"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls11), u"accepted"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls13), u"alert"_s);
        QCOMPARE(outcome(r, TlsVersion::Ssl30), u"alert"_s);
        // Exactly the suites this OpenSSL server can use with an RSA certificate and no DH parameters set.
        SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_cipher_list(ctx, b.cipherList.constData());
        SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
        SSL *ssl = SSL_new(ctx);
        QSet<quint16> expected12;
        QSet<quint16> expected10;
        STACK_OF(SSL_CIPHER) *list = SSL_get_ciphers(ssl);
        for (int i = 0; i < sk_SSL_CIPHER_num(list); ++i) {
            const SSL_CIPHER *c = sk_SSL_CIPHER_value(list, i);
            const int auth = SSL_CIPHER_get_auth_nid(c);
            const int kx = SSL_CIPHER_get_kx_nid(c);
            if ((auth != NID_auth_rsa && auth != NID_auth_null) || kx == NID_kx_psk || kx == NID_kx_rsa_psk
                || kx == NID_kx_dhe_psk || kx == NID_kx_ecdhe_psk || kx == NID_kx_srp || kx == NID_kx_dhe)
                continue;
            const quint16 code = quint16(SSL_CIPHER_get_protocol_id(c));
            const QByteArray minimum = SSL_CIPHER_get_version(c);
            if (minimum == "TLSv1.3")
                continue;
            expected12.insert(code);
            if (minimum != "TLSv1.2")
                expected10.insert(code);
        }
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        const QList<quint16> got12 = r.ciphers.value(TlsVersion::Tls12);
        const QList<quint16> got10 = r.ciphers.value(TlsVersion::Tls10);
        QCOMPARE(QSet<quint16>(got12.cbegin(), got12.cend()), expected12);
        QCOMPARE(QSet<quint16>(got10.cbegin(), got10.cend()), expected10);
        QCOMPARE(got12.size(), expected12.size()); // no duplicates
        QCOMPARE(got10.size(), expected10.size());
        QCOMPARE(r.cipherPreference.value(TlsVersion::Tls12), serverPreference ? u"server"_s : u"client"_s);
        if (!serverPreference) {
            const QList<quint16> offer = cipherSuitesForVersion(TlsVersion::Tls12);
            QList<quint16> inOfferOrder = got12;
            std::sort(inOfferOrder.begin(), inOfferOrder.end(), [&offer](quint16 a, quint16 b) { return offer.indexOf(a) < offer.indexOf(b); });
            QCOMPARE(got12, inOfferOrder);
        }
        // One hello per suite found plus one refusal per search (blocks of 128: 2 for SSL 3.0–TLS 1.1,
        // 3 for TLS 1.2, 1 for TLS 1.3), one preference check and one handshake per accepted version.
        const int minimum = int(got12.size() + 2 * got10.size()) + (2 + 2 + 2 + 3 + 1) + 3 + 3;
        if (serverPreference)
            QCOMPARE(r.connections, minimum);
        else // parallel searches: each extra search ends with one more refusal, races may find a suite twice
            QVERIFY2(r.connections >= minimum && r.connections <= minimum + 16, qPrintable(QString::number(r.connections)));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::LegacyVersionsAccepted));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::WeakCipherSuites));
        QCOMPARE(r.confirmations.size(), 3);
        for (const ConfirmationResult &c : r.confirmations)
            QCOMPARE(probeOutcomeName(c.outcome), u"accepted"_s);
    }

    void helloRetryRequestCountsAsPick()
    {
        ServerBehaviour b = modern();
        b.groups = "secp384r1";
        TestSmtpServer server(b);
        const ProbeResult r = runProbe(server.port());
        QCOMPARE(outcome(r, TlsVersion::Tls13), u"accepted"_s);
        QCOMPARE(names(r.ciphers.value(TlsVersion::Tls13)), (QStringList{u"TLS_AES_256_GCM_SHA384"_s, u"TLS_AES_128_GCM_SHA256"_s}));
        const bool sawRetry = std::any_of(r.attempts.cbegin(), r.attempts.cend(), [](const ProbeAttempt &a) { return a.helloRetryRequest; });
        QVERIFY(sawRetry);
        for (const ConfirmationResult &c : r.confirmations) {
            if (c.version == TlsVersion::Tls13)
                QCOMPARE(c.group, u"secp384r1"_s);
        }
    }

    void postQuantumOnlyServer()
    {
        // A TLS 1.3 server with only the ML-KEM hybrid group asks for it by HelloRetryRequest.
        ServerBehaviour b = modern();
        b.groups = "X25519MLKEM768";
        TestSmtpServer server(b);
        ProbeOptions options;
        options.versionsOnly = true;
        const ProbeResult r = runProbe(server.port(), options);
        QCOMPARE(outcome(r, TlsVersion::Tls13), u"accepted"_s);
    }

    void startTlsRefused()
    {
        ServerBehaviour b;
        b.startTlsReply = "454 4.7.0 TLS not available due to local problem";
        TestSmtpServer server(b);
        const ProbeResult r = runProbe(server.port());
        QVERIFY(r.reachable);
        QVERIFY(r.startTlsOffered);
        QVERIFY(!r.startTlsAccepted);
        for (const VersionResult &v : r.versions) {
            QCOMPARE(probeOutcomeName(v.outcome), u"starttls-refused"_s);
            QCOMPARE(v.reply, u"454 4.7.0 TLS not available due to local problem"_s);
        }
        QCOMPARE(r.versions.size(), 5);
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::StartTlsRefused));
        QVERIFY(r.ciphers.isEmpty());
        // QUIT after the refusal.
        QCOMPARE(r.transcript.first().lines.last().text, u"QUIT"_s);
    }

    void noStartTls()
    {
        ServerBehaviour b;
        b.offerStartTls = false;
        b.ehloExtras = {"AUTH PLAIN LOGIN"};
        TestSmtpServer server(b);
        const ProbeResult r = runProbe(server.port());
        QVERIFY(!r.startTlsOffered);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"starttls-refused"_s);
        QVERIFY(r.version(TlsVersion::Tls12)->reply.startsWith(u"502"));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::NoStartTls));
        QCOMPARE(r.plainAuthMechanisms, (QStringList{u"PLAIN"_s, u"LOGIN"_s}));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::AuthOfferedWithoutTls));
    }

    void hostileBanners_data()
    {
        QTest::addColumn<int>("banner");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("detail");
        QTest::newRow("endless multi-line") << int(ServerBehaviour::Banner::Endless) << u"protocol-error"_s << u"more than 200 lines"_s;
        QTest::newRow("1 MB line") << int(ServerBehaviour::Banner::HugeLine) << u"protocol-error"_s << u"longer than 4096 bytes"_s;
        QTest::newRow("silent") << int(ServerBehaviour::Banner::Silent) << u"timeout"_s << u"waiting for the banner"_s;
        QTest::newRow("554") << int(ServerBehaviour::Banner::Refuse) << u"starttls-refused"_s << QString();
    }
    void hostileBanners()
    {
        QFETCH(int, banner);
        QFETCH(QString, result);
        QFETCH(QString, detail);
        ServerBehaviour b;
        b.banner = ServerBehaviour::Banner(banner);
        TestSmtpServer server(b);
        ProbeOptions options;
        options.stepTimeoutMs = 400;
        const ProbeResult r = runProbe(server.port(), options);
        QVERIFY(r.reachable);
        QCOMPARE(r.versions.size(), 5);
        for (const VersionResult &v : r.versions) {
            QCOMPARE(probeOutcomeName(v.outcome), result);
            QVERIFY2(v.detail.contains(detail), qPrintable(v.detail));
        }
        if (b.banner == ServerBehaviour::Banner::Refuse)
            QVERIFY(r.version(TlsVersion::Tls12)->reply.startsWith(u"554 5.7.1"));
    }

    void throttledServer()
    {
        ServerBehaviour b = modern();
        b.maxConcurrent = 2;
        TestSmtpServer server(b);
        ProbeOptions options;
        options.maxConnections = 4;
        options.maxRetries = 6;
        const ProbeResult r = runProbe(server.port(), options);
        // Same findings as without throttling, with some 421s on the way.
        QCOMPARE(outcome(r, TlsVersion::Tls10), u"closed"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls13), u"accepted"_s);
        QCOMPARE(r.ciphers.value(TlsVersion::Tls12).size(), 3);
        const auto throttled = std::count_if(r.attempts.cbegin(), r.attempts.cend(), [](const ProbeAttempt &a) { return a.reply.startsWith(u"421"); });
        QVERIFY(throttled > 0);
    }

    void unreachable()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        const ProbeResult r = runProbe(port);
        QVERIFY(!r.reachable);
        QVERIFY(r.error.contains(u"cannot connect"));
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::HostUnreachable));
    }

    void implicitTls()
    {
        ServerBehaviour b = modern();
        b.implicitTls = true;
        TestSmtpServer server(b);
        ProbeOptions options;
        options.implicitTls = true;
        const ProbeResult r = runProbe(server.port(), options);
        QCOMPARE(outcome(r, TlsVersion::Tls10), u"closed"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(r.ciphers.value(TlsVersion::Tls12).size(), 3);
        QVERIFY(r.banner.startsWith(u"220 test.invalid"));
        QCOMPARE(r.authMechanisms, (QStringList{u"PLAIN"_s, u"LOGIN"_s}));
    }

    void ipv6()
    {
        TestSmtpServer server(modern(), QHostAddress::LocalHostIPv6);
        if (!server.isListening())
            QSKIP("no IPv6 loopback here");
        ProbeOptions options;
        options.versionsOnly = true;
        options.target = QStringLiteral("[::1]:%1").arg(server.port());
        options.retryDelayMs = 50;
        StarttlsProber prober;
        QSignalSpy spy(&prober, &StarttlsProber::finished);
        QSignalSpy attempts(&prober, &StarttlsProber::attemptFinished);
        prober.start(options);
        QVERIFY(spy.wait(30000));
        const ProbeResult r = spy.first().first().value<ProbeResult>();
        QCOMPARE(r.address, u"::1"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls11), u"closed"_s);
        QCOMPARE(attempts.size(), r.connections);
    }

    void domainGoesToItsMxHosts()
    {
        TestSmtpServer server(modern());
        FakeDnsServer dns({{20, "backup.mx.test"}, {10, "localhost"}});
        ProbeOptions options;
        options.target = u"contoso.test"_s;
        options.port = server.port();
        options.versionsOnly = true;
        options.dnsServer = u"127.0.0.1"_s;
        options.dnsPort = dns.port();
        StarttlsProber prober;
        QSignalSpy spy(&prober, &StarttlsProber::finished);
        prober.start(options);
        QVERIFY(spy.wait(30000));
        const ProbeResult r = spy.first().first().value<ProbeResult>();
        QCOMPARE(r.mxHosts, (QStringList{u"localhost"_s, u"backup.mx.test"_s}));
        QCOMPARE(r.host, u"localhost"_s);
        QVERIFY(r.reachable);
        QCOMPARE(r.addresses, QStringList{u"127.0.0.1"_s});
        QCOMPARE(outcome(r, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(r.hosts.size(), 2);
        QCOMPARE(r.hosts.at(1).host, u"backup.mx.test"_s);
        QCOMPARE(r.hosts.at(1).mxPreference, 20);
        QCOMPARE(outcome(r.hosts.at(1), TlsVersion::Tls12), u"accepted"_s);
    }

    void domainProbesEveryMxHost()
    {
        // mx1: modern; mx2: no STARTTLS; mx3: nothing listens. Exchange Online tries them in this order.
        LoopbackMxServers servers;
        QVERIFY(servers.listen({modern(), withoutStartTls(), std::nullopt}));
        FakeDnsServer dns({{30, "mx3.contoso.test"}, {10, "mx1.contoso.test"}, {20, "mx2.contoso.test"}},
                          {{"mx1.contoso.test", "127.0.0.2"}, {"mx2.contoso.test", "127.0.0.3"}, {"mx3.contoso.test", "127.0.0.4"}});
        ProbeOptions options;
        options.target = u"contoso.test"_s;
        options.port = servers.port;
        options.dnsServer = u"127.0.0.1"_s;
        options.dnsPort = dns.port();
        options.stepTimeoutMs = 3000;
        options.retryDelayMs = 50;
        StarttlsProber prober;
        QSignalSpy spy(&prober, &StarttlsProber::finished);
        QSignalSpy mx(&prober, &StarttlsProber::mxResolved);
        QSignalSpy hostFinished(&prober, &StarttlsProber::hostFinished);
        QSignalSpy attempts(&prober, &StarttlsProber::attemptFinished);
        QSignalSpy ciphers(&prober, &StarttlsProber::ciphersFinished);
        QSignalSpy versions(&prober, &StarttlsProber::versionFinished);
        int runningHosts = 0;
        int mostAtOnce = 0;
        connect(&prober, &StarttlsProber::hostStarted, this, [&] { mostAtOnce = qMax(mostAtOnce, ++runningHosts); });
        connect(&prober, &StarttlsProber::hostFinished, this, [&] { --runningHosts; });
        prober.start(options);
        QVERIFY(spy.wait(90000));
        const ProbeResult r = spy.first().first().value<ProbeResult>();

        QCOMPARE(mx.size(), 1);
        QCOMPARE(mx.first().at(1).value<QList<int>>(), (QList<int>{10, 20, 30}));
        QCOMPARE(r.mxLookup, MxLookup::Found);
        QCOMPARE(r.mxHosts, (QStringList{u"mx1.contoso.test"_s, u"mx2.contoso.test"_s, u"mx3.contoso.test"_s}));
        QCOMPARE(r.hosts.size(), 3);
        QCOMPARE(hostFinished.size(), 3);
        QCOMPARE(mostAtOnce, 2);

        const ProbeResult &mx1 = r.hosts.at(0);
        QCOMPARE(mx1.host, u"mx1.contoso.test"_s);
        QCOMPARE(mx1.mxPreference, 10);
        QCOMPARE(mx1.address, u"127.0.0.2"_s);
        QCOMPARE(outcome(mx1, TlsVersion::Tls11), u"closed"_s);
        QCOMPARE(outcome(mx1, TlsVersion::Tls12), u"accepted"_s);
        QCOMPARE(names(mx1.ciphers.value(TlsVersion::Tls12)),
                 (QStringList{u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s, u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s, u"TLS_RSA_WITH_AES_256_CBC_SHA"_s}));
        QCOMPARE(exoDeliveryClass(mx1), u"tls"_s);

        const ProbeResult &mx2 = r.hosts.at(1);
        QCOMPARE(mx2.mxPreference, 20);
        QCOMPARE(mx2.address, u"127.0.0.3"_s);
        QVERIFY(mx2.reachable);
        QVERIFY(!mx2.startTlsOffered);
        QVERIFY(hasVerdict(mx2, ProbeVerdict::Kind::NoStartTls));
        QCOMPARE(exoDeliveryClass(mx2), u"no-starttls"_s);

        const ProbeResult &mx3 = r.hosts.at(2);
        QCOMPARE(mx3.mxPreference, 30);
        QVERIFY(!mx3.reachable);
        QCOMPARE(mx3.addresses, QStringList{u"127.0.0.4"_s});
        QVERIFY2(mx3.error.contains(u"cannot connect"), qPrintable(mx3.error));

        // Each host's events carry its index: the live matrices of mx2 get mx2's hellos only.
        int forMx2 = 0;
        for (const QList<QVariant> &args : std::as_const(attempts))
            forMx2 += args.at(1).toInt() == 1;
        QCOMPARE(forMx2, int(mx2.attempts.size()));
        QCOMPARE(ciphers.size(), int(mx1.ciphers.size())); // only mx1 got to TLS
        for (const QList<QVariant> &args : std::as_const(ciphers))
            QCOMPARE(args.at(2).toInt(), 0);
        int versionsOfMx1 = 0;
        int versionsOfMx2 = 0;
        for (const QList<QVariant> &args : std::as_const(versions)) {
            QVERIFY(args.at(1).toInt() == 0 || args.at(1).toInt() == 1);
            (args.at(1).toInt() == 0 ? versionsOfMx1 : versionsOfMx2)++;
        }
        QCOMPARE(versionsOfMx1, 5);
        QCOMPARE(versionsOfMx2, 5);

        // The top-level fields describe the most preferred host, for single-host callers.
        QCOMPARE(r.host, u"mx1.contoso.test"_s);
        QCOMPARE(r.mxPreference, 10);
        QVERIFY(r.reachable);
        QCOMPARE(r.ciphers, mx1.ciphers);
        QCOMPARE(r.connections, mx1.connections + mx2.connections + mx3.connections);

        const QList<ProbeVerdict> encrypted = domainVerdicts(r, ProbeVerdict::Kind::DomainHostsEncrypted);
        QCOMPARE(encrypted.size(), 1);
        QCOMPARE(encrypted.first().parameters.value(u"hosts"_s).toStringList(), QStringList{u"mx1.contoso.test"_s});
        QCOMPARE(encrypted.first().parameters.value(u"total"_s).toInt(), 3);
        const QList<ProbeVerdict> fallsBack = domainVerdicts(r, ProbeVerdict::Kind::DomainHostFallsBack);
        QCOMPARE(fallsBack.size(), 1);
        QCOMPARE(fallsBack.first().severity, ProbeVerdict::Severity::Problem);
        QCOMPARE(fallsBack.first().parameters.value(u"host"_s).toString(), u"mx2.contoso.test"_s);
        QCOMPARE(fallsBack.first().parameters.value(u"reason"_s).toString(), u"no-starttls"_s);
        QCOMPARE(fallsBack.first().parameters.value(u"role"_s).toString(), u"backup"_s);
        QCOMPARE(fallsBack.first().parameters.value(u"primaryHost"_s).toString(), u"mx1.contoso.test"_s);
        QCOMPARE(probeVerdictText(fallsBack.first()),
                 u"mx2.contoso.test (preference 20) offers no STARTTLS: when mx1.contoso.test is unreachable, Exchange Online "
                 u"delivers in plaintext (or queues and bounces if a TLS-enforcing connector is used)."_s);
        const QList<ProbeVerdict> unreachable = domainVerdicts(r, ProbeVerdict::Kind::DomainHostUnreachable);
        QCOMPARE(unreachable.size(), 1);
        QCOMPARE(unreachable.first().parameters.value(u"host"_s).toString(), u"mx3.contoso.test"_s);

        // JSON: the first host at the top, every host under "hosts".
        const QJsonObject json = probeResultToJson(r);
        QCOMPARE(json.value(u"host").toString(), u"mx1.contoso.test"_s);
        QCOMPARE(json.value(u"mxLookup").toString(), u"mx"_s);
        const QJsonArray hosts = json.value(u"hosts").toArray();
        QCOMPARE(hosts.size(), 3);
        QCOMPARE(hosts.at(1).toObject().value(u"preference").toInt(), 20);
        QCOMPARE(hosts.at(1).toObject().value(u"starttls").toObject().value(u"offered").toBool(), false);
        QVERIFY(!hosts.at(0).toObject().contains(u"hosts"));
        QCOMPARE(json.value(u"domainVerdicts").toArray().size(), r.domainVerdicts.size());
    }

    void equalPreferencesByName()
    {
        // Two hosts share the lowest preference: Exchange Online spreads mail over both.
        LoopbackMxServers servers;
        QVERIFY(servers.listen({modern(), withoutStartTls()}));
        FakeDnsServer dns({{20, "backup.fabrikam.test"}, {10, "b.fabrikam.test"}, {10, "a.fabrikam.test"}},
                          {{"a.fabrikam.test", "127.0.0.2"}, {"b.fabrikam.test", "127.0.0.3"}, {"backup.fabrikam.test", "127.0.0.2"}});
        ProbeOptions options;
        options.versionsOnly = true;
        const ProbeResult r = runDomainProbe(u"fabrikam.test"_s, dns, servers.port, options);
        // QDnsLookup shuffles equal preferences; the prober orders them by name.
        QCOMPARE(r.mxHosts, (QStringList{u"a.fabrikam.test"_s, u"b.fabrikam.test"_s, u"backup.fabrikam.test"_s}));
        QCOMPARE(r.hosts.at(1).address, u"127.0.0.3"_s);
        QCOMPARE(r.host, u"a.fabrikam.test"_s);
        const QList<ProbeVerdict> fallsBack = domainVerdicts(r, ProbeVerdict::Kind::DomainHostFallsBack);
        QCOMPARE(fallsBack.size(), 1);
        QCOMPARE(fallsBack.first().parameters.value(u"host"_s).toString(), u"b.fabrikam.test"_s);
        QCOMPARE(fallsBack.first().parameters.value(u"role"_s).toString(), u"primary"_s);
        QCOMPARE(fallsBack.first().parameters.value(u"sharedWith"_s).toStringList(), QStringList{u"a.fabrikam.test"_s});
        QVERIFY(probeVerdictText(fallsBack.first()).contains(u"part of the mail to fabrikam.test"));
        const QList<ProbeVerdict> encrypted = domainVerdicts(r, ProbeVerdict::Kind::DomainHostsEncrypted);
        QCOMPARE(encrypted.size(), 1);
        QCOMPARE(encrypted.first().parameters.value(u"count"_s).toInt(), 2);
        QCOMPARE(encrypted.first().severity, ProbeVerdict::Severity::Info);
    }

    void mxHostLimits_data()
    {
        QTest::addColumn<bool>("allMxHosts");
        QTest::addColumn<int>("maxMxHosts");
        QTest::addColumn<int>("probed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("all") << true << 10 << 3 << QString();
        QTest::newRow("limit 2") << true << 2 << 2 << u"limit"_s;
        QTest::newRow("first only") << false << 10 << 1 << u"first-mx"_s;
    }
    void mxHostLimits()
    {
        QFETCH(bool, allMxHosts);
        QFETCH(int, maxMxHosts);
        QFETCH(int, probed);
        QFETCH(QString, reason);
        TestSmtpServer server(modern());
        FakeDnsServer dns({{10, "mx1.limits.test"}, {20, "mx2.limits.test"}, {30, "mx3.limits.test"}});
        ProbeOptions options;
        options.versionsOnly = true;
        options.allMxHosts = allMxHosts;
        options.maxMxHosts = maxMxHosts;
        const ProbeResult r = runDomainProbe(u"limits.test"_s, dns, server.port(), options);
        QCOMPARE(r.hosts.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.hosts.at(i).skipped == MxSkip::None, i < probed);
            QCOMPARE(r.hosts.at(i).connections > 0, i < probed);
        }
        const QList<ProbeVerdict> notProbed = domainVerdicts(r, ProbeVerdict::Kind::DomainHostsNotProbed);
        QCOMPARE(notProbed.size(), reason.isEmpty() ? 0 : 1);
        if (!reason.isEmpty()) {
            QCOMPARE(mxSkipName(r.hosts.last().skipped), reason);
            QCOMPARE(notProbed.first().parameters.value(u"reason"_s).toString(), reason);
            QCOMPARE(notProbed.first().parameters.value(u"hosts"_s).toStringList().size(), 3 - probed);
        }
        const QList<ProbeVerdict> encrypted = domainVerdicts(r, ProbeVerdict::Kind::DomainHostsEncrypted);
        QCOMPARE(encrypted.size(), 1);
        QCOMPARE(encrypted.first().parameters.value(u"count"_s).toInt(), probed);
        QCOMPARE(encrypted.first().severity, probed == 3 ? ProbeVerdict::Severity::Ok : ProbeVerdict::Severity::Info);
    }

    void nullMx()
    {
        FakeDnsServer dns({{0, "."}});
        const ProbeResult r = runDomainProbe(u"nomail.test"_s, dns, 25);
        QCOMPARE(r.mxLookup, MxLookup::NullMx);
        QVERIFY(!r.reachable);
        QVERIFY(r.hosts.isEmpty());
        QCOMPARE(r.connections, 0);
        QVERIFY2(r.error.contains(u"null MX"), qPrintable(r.error));
        QCOMPARE(r.domainVerdicts.size(), 1);
        QCOMPARE(r.domainVerdicts.first().kind, ProbeVerdict::Kind::DomainNullMx);
    }

    void noMxHostReachable()
    {
        LoopbackMxServers servers;
        QVERIFY(servers.listen({std::nullopt, std::nullopt}));
        FakeDnsServer dns({{10, "mx1.down.test"}, {20, "mx2.down.test"}},
                          {{"mx1.down.test", "127.0.0.2"}, {"mx2.down.test", "127.0.0.3"}});
        const ProbeResult r = runDomainProbe(u"down.test"_s, dns, servers.port);
        QCOMPARE(r.hosts.size(), 2);
        QVERIFY(!r.reachable);
        QCOMPARE(r.host, u"mx1.down.test"_s);
        QVERIFY2(r.error.startsWith(u"no MX host of down.test could be reached (mx1.down.test: cannot connect"), qPrintable(r.error));
        QCOMPARE(domainVerdicts(r, ProbeVerdict::Kind::DomainNoHostReachable).size(), 1);
        QCOMPARE(domainVerdicts(r, ProbeVerdict::Kind::DomainHostUnreachable).size(), 2);
        QVERIFY(hasVerdict(r, ProbeVerdict::Kind::HostUnreachable));
    }

    void cancelDomain()
    {
        // Silent banners: the first two hosts hang until cancelled; the third never starts.
        ServerBehaviour silent;
        silent.banner = ServerBehaviour::Banner::Silent;
        LoopbackMxServers servers;
        QVERIFY(servers.listen({silent, silent, silent}));
        FakeDnsServer dns({{10, "mx1.slow.test"}, {20, "mx2.slow.test"}, {30, "mx3.slow.test"}},
                          {{"mx1.slow.test", "127.0.0.2"}, {"mx2.slow.test", "127.0.0.3"}, {"mx3.slow.test", "127.0.0.4"}});
        ProbeOptions options;
        options.target = u"slow.test"_s;
        options.port = servers.port;
        options.dnsServer = u"127.0.0.1"_s;
        options.dnsPort = dns.port();
        StarttlsProber prober;
        QSignalSpy spy(&prober, &StarttlsProber::finished);
        QSignalSpy started(&prober, &StarttlsProber::hostStarted);
        prober.start(options);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10000);
        prober.cancel();
        QVERIFY(spy.wait(5000));
        const ProbeResult r = spy.first().first().value<ProbeResult>();
        QVERIFY(r.cancelled);
        QCOMPARE(r.hosts.size(), 3);
        QVERIFY(r.hosts.at(0).cancelled);
        QCOMPARE(r.hosts.at(2).skipped, MxSkip::Cancelled);
        QCOMPARE(domainVerdicts(r, ProbeVerdict::Kind::DomainHostsNotProbed).size(), 1);
        QVERIFY(!prober.isRunning());
    }

    void domainWithoutMxIsTheHost()
    {
        TestSmtpServer server(modern());
        FakeDnsServer dns({});
        ProbeOptions options;
        options.target = u"nomx.test"_s;
        options.port = server.port();
        options.versionsOnly = true;
        options.dnsServer = u"127.0.0.1"_s;
        options.dnsPort = dns.port();
        StarttlsProber prober;
        QSignalSpy spy(&prober, &StarttlsProber::finished);
        prober.start(options);
        QVERIFY(spy.wait(30000));
        const ProbeResult r = spy.first().first().value<ProbeResult>();
        QVERIFY(r.mxHosts.isEmpty());
        QVERIFY(r.hosts.isEmpty());
        QCOMPARE(r.mxLookup, MxLookup::NoMx);
        QCOMPARE(r.domainVerdicts.size(), 1);
        QCOMPARE(r.domainVerdicts.first().kind, ProbeVerdict::Kind::DomainImplicitMx);
        QCOMPARE(r.host, u"nomx.test"_s);
        QVERIFY(r.reachable);
        QCOMPARE(r.address, u"127.0.0.1"_s);
        QCOMPARE(outcome(r, TlsVersion::Tls13), u"accepted"_s);
    }

    void cancel()
    {
        ServerBehaviour b;
        b.banner = ServerBehaviour::Banner::Silent;
        TestSmtpServer server(b);
        ProbeOptions options;
        options.target = u"127.0.0.1"_s;
        options.port = server.port();
        StarttlsProber prober;
        QSignalSpy spy(&prober, &StarttlsProber::finished);
        prober.start(options);
        QTimer::singleShot(200, &prober, &StarttlsProber::cancel);
        QVERIFY(spy.wait(5000));
        const ProbeResult r = spy.first().first().value<ProbeResult>();
        QVERIFY(r.cancelled);
        QVERIFY(!prober.isRunning());
    }

    void cliJsonShape()
    {
        TestSmtpServer server(modern());
        const CliRun run = runCliWithServers({u"probe"_s, u"--json"_s, u"--port"_s, QString::number(server.port()), u"127.0.0.1"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"target", "addresses", "banner", "extensions", "starttls", "versions", "ciphers", "certificate",
                                "authMechanisms", "verdicts", "transcript", "connections"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        QCOMPARE(json.value(u"target").toString(), u"127.0.0.1"_s);
        const QJsonObject versions = json.value(u"versions").toObject();
        QCOMPARE(versions.keys(), (QStringList{u"SSL3.0"_s, u"TLS1.0"_s, u"TLS1.1"_s, u"TLS1.2"_s, u"TLS1.3"_s}));
        QCOMPARE(versions.value(u"TLS1.1").toObject().value(u"result").toString(), u"closed"_s);
        QVERIFY(versions.value(u"TLS1.1").toObject().value(u"alert").isNull());
        QVERIFY(versions.value(u"TLS1.2").toObject().value(u"ms").isDouble());
        QCOMPARE(json.value(u"ciphers").toObject().value(u"TLS1.2").toArray().first().toString(), u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s);
        QCOMPARE(json.value(u"certificate").toArray().first().toObject().value(u"subject").toString(), u"CN=localhost"_s);
        QVERIFY(json.value(u"connections").toInt() > 5);
        QVERIFY(!json.value(u"verdicts").toArray().first().toObject().value(u"text").toString().isEmpty());
    }

    void cliExitCodes()
    {
        QCOMPARE(runCliWithServers({u"probe"_s}).exitCode, 2);
        QCOMPARE(runCliWithServers({u"probe"_s, u"--port"_s, u"0"_s, u"127.0.0.1"_s}).exitCode, 2);
        QCOMPARE(runCliWithServers({u"probe"_s, u"[::1"_s}).exitCode, 2);
        QCOMPARE(runCliWithServers({u"probe"_s, u"--timeout"_s, u"soon"_s, u"127.0.0.1"_s}).exitCode, 2);
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        const CliRun run = runCliWithServers({u"probe"_s, u"--port"_s, QString::number(port), u"127.0.0.1"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("mailflow probe: cannot connect to 127.0.0.1"), run.err.constData());
        const CliRun usage = runCliWithServers({u"probe"_s, u"mx:0"_s});
        QVERIFY2(usage.err.startsWith("mailflow probe: bad port \"0\""), usage.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStarttlsProber)
#include "tst_starttlsprober.moc"
