// SPDX-License-Identifier: GPL-3.0-or-later
// The prober's pure parts: cipher-suite registry, ClientHello builder, ServerHello and SMTP parsers.
#include "testsmtpserver.h"

#include "common/exchangeonline.h"
#include "probe/ciphersuites.h"
#include "probe/smtpwire.h"
#include "probe/tlswire.h"

#include <QSet>
#include <QTest>

using namespace Mailflow;
using namespace Qt::StringLiterals;

namespace {

QByteArray record(quint8 type, const QByteArray &payload, quint16 version = 0x0303)
{
    QByteArray r;
    r.append(char(type));
    r.append(char(version >> 8));
    r.append(char(version & 0xff));
    r.append(char(payload.size() >> 8));
    r.append(char(payload.size() & 0xff));
    return r + payload;
}

QByteArray serverHello(quint16 version, quint16 cipher, const QByteArray &extensions = {}, bool retry = false)
{
    QByteArray body;
    body.append(char(version >> 8));
    body.append(char(version & 0xff));
    body.append(retry ? QByteArray::fromHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C") : QByteArray(32, '\x11'));
    body.append(char(0));
    body.append(char(cipher >> 8));
    body.append(char(cipher & 0xff));
    body.append(char(0));
    if (!extensions.isNull()) {
        body.append(char(extensions.size() >> 8));
        body.append(char(extensions.size() & 0xff));
        body.append(extensions);
    }
    QByteArray message;
    message.append(char(2));
    message.append(char(0));
    message.append(char(body.size() >> 8));
    message.append(char(body.size() & 0xff));
    return message + body;
}

/// Feeds @p hello to a real OpenSSL server and returns what it writes back.
QByteArray opensslAnswer(const QByteArray &hello, int minVersion, int maxVersion, const char *ciphers)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_security_level(ctx, 0);
    SSL_CTX_set_min_proto_version(ctx, minVersion);
    SSL_CTX_set_max_proto_version(ctx, maxVersion);
    SSL_CTX_set_cipher_list(ctx, ciphers);
    SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE);
    const auto [key, cert] = TestTls::certificate();
    SSL_CTX_use_certificate(ctx, cert);
    SSL_CTX_use_PrivateKey(ctx, key);
    SSL *ssl = SSL_new(ctx);
    BIO *rbio = BIO_new(BIO_s_mem());
    BIO *wbio = BIO_new(BIO_s_mem());
    SSL_set_bio(ssl, rbio, wbio);
    SSL_set_accept_state(ssl);
    BIO_write(rbio, hello.constData(), int(hello.size()));
    SSL_do_handshake(ssl);
    QByteArray out;
    char buffer[16384];
    int n;
    while ((n = BIO_read(wbio, buffer, sizeof(buffer))) > 0)
        out.append(buffer, n);
    ERR_clear_error();
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return out;
}

} // namespace

class TestProbeWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registry()
    {
        const QList<CipherSuiteInfo> &suites = cipherSuites();
        QVERIFY(suites.size() > 320);
        QSet<quint16> codes;
        QSet<QString> names;
        for (qsizetype i = 0; i < suites.size(); ++i) {
            const CipherSuiteInfo &s = suites.at(i);
            QVERIFY2(!codes.contains(s.code), s.ianaName);
            QVERIFY2(!names.contains(QLatin1StringView(s.ianaName)), s.ianaName);
            codes.insert(s.code);
            names.insert(QLatin1StringView(s.ianaName));
            if (i > 0)
                QVERIFY(suites.at(i - 1).code < s.code);
            QVERIFY2(!QByteArray(s.ianaName).contains("GOST"), s.ianaName);
            QVERIFY(s.code != 0x0000 && s.code != 0x00FF && s.code != 0x5600);
        }
        // Every Office 365 suite is in the registry under the same name.
        for (const ExchangeOnline::CipherSuite &exo : ExchangeOnline::supportedCipherSuites())
            QCOMPARE(cipherSuiteName(exo.code), QLatin1StringView(exo.ianaName));
        QCOMPARE(cipherSuiteName(0x1234), u"0x1234"_s);
        QCOMPARE(cipherSuiteCode(u"DES-CBC3-SHA"), quint16(0x000A));
        QCOMPARE(cipherSuiteCode(u"TLS_RSA_WITH_RC4_128_SHA"), quint16(0x0005));
    }

    void flags_data()
    {
        QTest::addColumn<quint16>("code");
        QTest::addColumn<QString>("weaknesses");
        QTest::addColumn<bool>("forwardSecret");
        QTest::newRow("ecdhe-gcm") << quint16(0xC030) << QString() << true;
        QTest::newRow("3des") << quint16(0x000A) << u"3des,cbc-sha1"_s << false;
        QTest::newRow("rc4-md5") << quint16(0x0004) << u"rc4,md5"_s << false;
        QTest::newRow("export") << quint16(0x0003) << u"rc4,export,md5"_s << false;
        QTest::newRow("anon") << quint16(0x0034) << u"anonymous,cbc-sha1"_s << false;
        QTest::newRow("null") << quint16(0x0002) << u"null"_s << false;
        QTest::newRow("seed") << quint16(0x0096) << u"cbc-sha1"_s << false;
        QTest::newRow("chacha") << quint16(0xCCA8) << QString() << true;
        QTest::newRow("aria-gcm") << quint16(0xC061) << QString() << true;
        QTest::newRow("tls13-ccm8") << quint16(0x1305) << QString() << true;
    }
    void flags()
    {
        QFETCH(quint16, code);
        QFETCH(QString, weaknesses);
        QFETCH(bool, forwardSecret);
        const CipherSuiteInfo *suite = cipherSuite(code);
        QVERIFY(suite);
        QCOMPARE(cipherSuiteWeaknesses(*suite).join(u','), weaknesses);
        QCOMPARE(suite->isWeak(), !weaknesses.isEmpty());
        QCOMPARE(suite->has(CipherSuiteInfo::ForwardSecret), forwardSecret);
    }

    void suitesPerVersion()
    {
        const QList<quint16> tls13 = cipherSuitesForVersion(TlsVersion::Tls13);
        QVERIFY(tls13.contains(0x1301) && tls13.contains(0x1305));
        QVERIFY(!tls13.contains(0xC030));
        const QList<quint16> tls12 = cipherSuitesForVersion(TlsVersion::Tls12);
        QVERIFY(tls12.size() > 300);
        QVERIFY(!tls12.contains(0x1301));
        QVERIFY(tls12.contains(0x000A) && tls12.contains(0x0005) && tls12.contains(0xC030));
        const QList<quint16> tls10 = cipherSuitesForVersion(TlsVersion::Tls10);
        QVERIFY(!tls10.contains(0xC030)); // GCM is TLS 1.2 only
        QVERIFY(tls10.contains(0xC014) && tls10.contains(0x000A));
        const QList<quint16> ssl3 = cipherSuitesForVersion(TlsVersion::Ssl30);
        QVERIFY(ssl3.contains(0x000A) && !ssl3.contains(0xC030) && !ssl3.contains(0x009C));
        // Mainstream suites come first: everything OpenSSL's ALL knows fits in the first block of 128.
        QVERIFY(tls12.indexOf(0xC030) < 10);
        QVERIFY(tls12.indexOf(0x000A) < 128);
        QVERIFY(tls12.indexOf(0x0005) < 128);
    }

    void clientHelloLayout_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("SSL3.0") << int(TlsVersion::Ssl30);
        QTest::newRow("TLS1.0") << int(TlsVersion::Tls10);
        QTest::newRow("TLS1.1") << int(TlsVersion::Tls11);
        QTest::newRow("TLS1.2") << int(TlsVersion::Tls12);
        QTest::newRow("TLS1.3") << int(TlsVersion::Tls13);
    }
    void clientHelloLayout()
    {
        QFETCH(int, version);
        const auto v = TlsVersion(version);
        ClientHelloSpec spec;
        spec.version = v;
        spec.cipherSuites = cipherSuitesForVersion(v).mid(0, 128);
        spec.serverName = u"mail.example.com"_s;
        const QByteArray hello = buildClientHello(spec, QByteArray(32, 'R'));
        QCOMPARE(quint8(hello[0]), quint8(22));
        const quint16 recordVersion = quint16((quint8(hello[1]) << 8) | quint8(hello[2]));
        QCOMPARE(recordVersion, v == TlsVersion::Ssl30 ? quint16(0x0300) : quint16(0x0301));
        QCOMPARE(int((quint8(hello[3]) << 8) | quint8(hello[4])), hello.size() - 5);
        QCOMPARE(quint8(hello[5]), quint8(1));
        QCOMPARE(TestTls::helloVersion(hello), v);
        QCOMPARE(hello.mid(11, 32), QByteArray(32, 'R'));
        const bool hasSni = hello.contains("mail.example.com");
        QCOMPARE(hasSni, v != TlsVersion::Ssl30);
        const qsizetype handshakeLength = hello.size() - 5;
        QVERIFY2(v == TlsVersion::Ssl30 || handshakeLength < 256 || handshakeLength >= 512, QByteArray::number(handshakeLength));
        // No SNI for address literals.
        spec.serverName = u"192.0.2.10"_s;
        QVERIFY(!buildClientHello(spec).contains("192.0.2.10"));
    }

    void clientHelloAcceptedByOpenSsl_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("opensslVersion");
        QTest::addColumn<QByteArray>("ciphers");
        QTest::addColumn<quint16>("expected");
        QTest::newRow("TLS1.0") << int(TlsVersion::Tls10) << TLS1_VERSION << QByteArray("AES128-SHA:@SECLEVEL=0") << quint16(0x002F);
        QTest::newRow("TLS1.1") << int(TlsVersion::Tls11) << TLS1_1_VERSION << QByteArray("ECDHE-RSA-AES256-SHA:@SECLEVEL=0") << quint16(0xC014);
        QTest::newRow("TLS1.2") << int(TlsVersion::Tls12) << TLS1_2_VERSION << QByteArray("ECDHE-RSA-AES128-GCM-SHA256") << quint16(0xC02F);
        QTest::newRow("TLS1.3") << int(TlsVersion::Tls13) << TLS1_3_VERSION << QByteArray("DEFAULT") << quint16(0x1302);
    }
    void clientHelloAcceptedByOpenSsl()
    {
        QFETCH(int, version);
        QFETCH(int, opensslVersion);
        QFETCH(QByteArray, ciphers);
        QFETCH(quint16, expected);
        ClientHelloSpec spec;
        spec.version = TlsVersion(version);
        spec.cipherSuites = cipherSuitesForVersion(spec.version).mid(0, 128);
        const QByteArray answer = opensslAnswer(buildClientHello(spec), opensslVersion, opensslVersion, ciphers.constData());
        const ServerHelloResult result = parseServerHello(answer);
        QCOMPARE(int(result.kind), int(ServerHelloResult::Kind::ServerHello));
        QCOMPARE(result.version, tlsVersionWire(spec.version));
        QCOMPARE(result.cipherSuite, expected);
        // OpenSSL 3.5 prefers X25519MLKEM768, which we list but send no share for: it asks by HRR.
        QCOMPARE(result.helloRetryRequest, spec.version == TlsVersion::Tls13);
        if (result.helloRetryRequest)
            QCOMPARE(tlsGroupName(result.keyShareGroup), u"X25519MLKEM768"_s);
        // The same hello for a version the server does not do gets a protocol_version alert.
        const int other = opensslVersion == TLS1_3_VERSION ? TLS1_2_VERSION : TLS1_3_VERSION;
        const ServerHelloResult refused = parseServerHello(opensslAnswer(buildClientHello(spec), other, other, "ALL:@SECLEVEL=0"));
        if (opensslVersion == TLS1_3_VERSION) {
            QCOMPARE(int(refused.kind), int(ServerHelloResult::Kind::Alert));
            QCOMPARE(tlsAlertName(refused.alertDescription), u"protocol_version"_s);
        } else {
            QCOMPARE(int(refused.kind), int(ServerHelloResult::Kind::Alert));
            QCOMPARE(tlsAlertName(refused.alertDescription), u"protocol_version"_s);
        }
    }

    void serverHelloParsing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<quint16>("version");
        QTest::addColumn<quint16>("cipher");
        QTest::addColumn<QString>("alert");
        const QByteArray hello12 = serverHello(0x0303, 0xC030);
        const QByteArray certificate = QByteArray::fromHex("0b000003000000");
        QTest::newRow("plain") << record(22, hello12) << int(ServerHelloResult::Kind::ServerHello) << quint16(0x0303) << quint16(0xC030) << QString();
        QTest::newRow("with certificate in the same record")
            << record(22, hello12 + certificate) << int(ServerHelloResult::Kind::ServerHello) << quint16(0x0303) << quint16(0xC030) << QString();
        QByteArray fragmented;
        for (char c : hello12)
            fragmented += record(22, QByteArray(1, c));
        QTest::newRow("one byte per record") << fragmented << int(ServerHelloResult::Kind::ServerHello) << quint16(0x0303) << quint16(0xC030) << QString();
        QTest::newRow("tls1.3 supported_versions")
            << record(22, serverHello(0x0303, 0x1301, QByteArray::fromHex("002b00020304") + QByteArray::fromHex("00330002001d")))
            << int(ServerHelloResult::Kind::ServerHello) << quint16(0x0304) << quint16(0x1301) << QString();
        QTest::newRow("ssl3") << record(22, serverHello(0x0300, 0x000A), 0x0300) << int(ServerHelloResult::Kind::ServerHello)
                              << quint16(0x0300) << quint16(0x000A) << QString();
        QTest::newRow("alert") << record(21, QByteArray::fromHex("0246")) << int(ServerHelloResult::Kind::Alert) << quint16(0) << quint16(0)
                               << u"protocol_version"_s;
        QTest::newRow("warning alert, then ServerHello")
            << record(21, QByteArray::fromHex("0170")) + record(22, hello12) << int(ServerHelloResult::Kind::ServerHello)
            << quint16(0x0303) << quint16(0xC030) << QString();
        QTest::newRow("handshake_failure") << record(21, QByteArray::fromHex("0228"), 0x0301) << int(ServerHelloResult::Kind::Alert)
                                           << quint16(0) << quint16(0) << u"handshake_failure"_s;
        QTest::newRow("plaintext smtp") << QByteArray("454 4.7.0 TLS not available\r\n") << int(ServerHelloResult::Kind::Invalid)
                                        << quint16(0) << quint16(0) << QString();
        QTest::newRow("not a server hello") << record(22, certificate) << int(ServerHelloResult::Kind::Invalid) << quint16(0) << quint16(0) << QString();
        QTest::newRow("bad record version") << record(22, hello12, 0x0203) << int(ServerHelloResult::Kind::Invalid) << quint16(0) << quint16(0) << QString();
        QTest::newRow("truncated extensions") << record(22, serverHello(0x0303, 0xC030, QByteArray::fromHex("ff0100"))) << int(ServerHelloResult::Kind::Invalid)
                                              << quint16(0) << quint16(0) << QString();
    }
    void serverHelloParsing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(quint16, version);
        QFETCH(quint16, cipher);
        QFETCH(QString, alert);
        const ServerHelloResult result = parseServerHello(bytes);
        QCOMPARE(int(result.kind), kind);
        if (kind == int(ServerHelloResult::Kind::Invalid)) {
            QVERIFY(!result.error.isEmpty());
            return;
        }
        QCOMPARE(result.version, version);
        QCOMPARE(result.cipherSuite, cipher);
        if (!alert.isEmpty())
            QCOMPARE(tlsAlertName(result.alertDescription), alert);
        // Every proper prefix is incomplete, never a wrong answer.
        if (kind != int(ServerHelloResult::Kind::Invalid)) {
            const qsizetype complete = bytes.size();
            for (qsizetype n = 0; n < complete - 1; n += qMax<qsizetype>(1, complete / 97)) {
                const ServerHelloResult partial = parseServerHello(QByteArrayView(bytes).first(n));
                QCOMPARE(int(partial.kind), int(ServerHelloResult::Kind::Incomplete));
            }
        }
    }

    void helloRetryRequest()
    {
        const QByteArray hrr = record(22, serverHello(0x0303, 0x1302, QByteArray::fromHex("002b00020304") + QByteArray::fromHex("003300020018"), true));
        const ServerHelloResult result = parseServerHello(hrr);
        QCOMPARE(int(result.kind), int(ServerHelloResult::Kind::ServerHello));
        QVERIFY(result.helloRetryRequest);
        QCOMPARE(result.version, quint16(0x0304));
        QCOMPARE(result.cipherSuite, quint16(0x1302));
        QCOMPARE(tlsGroupName(result.keyShareGroup), u"secp384r1"_s);
    }

    void smtpReplies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("lines");
        QTest::newRow("one line") << QByteArray("220 mx ESMTP\r\n") << int(SmtpResponse::State::Complete) << 220 << 1;
        QTest::newRow("multi") << QByteArray("250-mx\r\n250-PIPELINING\r\n250 STARTTLS\r\nextra") << int(SmtpResponse::State::Complete) << 250 << 3;
        QTest::newRow("bare LF and code only") << QByteArray("250-mx\n250\n") << int(SmtpResponse::State::Complete) << 250 << 2;
        QTest::newRow("incomplete") << QByteArray("250-mx\r\n250-PIPE") << int(SmtpResponse::State::Incomplete) << 0 << 0;
        QTest::newRow("garbage") << QByteArray("hello there\r\n") << int(SmtpResponse::State::Invalid) << 0 << 0;
        QTest::newRow("long line") << QByteArray(5000, 'x') << int(SmtpResponse::State::Invalid) << 0 << 0;
        QByteArray endless;
        for (int i = 0; i < 300; ++i)
            endless += "220-still greeting\r\n";
        QTest::newRow("endless") << endless << int(SmtpResponse::State::Invalid) << 0 << 0;
    }
    void smtpReplies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, state);
        QFETCH(int, code);
        QFETCH(int, lines);
        const SmtpResponse reply = parseSmtpResponse(bytes);
        QCOMPARE(int(reply.state), state);
        if (state == int(SmtpResponse::State::Complete)) {
            QCOMPARE(reply.code, code);
            QCOMPARE(reply.lines.size(), lines);
            QCOMPARE(bytes.at(reply.consumed - 1), '\n');
        } else if (state == int(SmtpResponse::State::Invalid)) {
            QVERIFY(!reply.error.isEmpty());
        }
    }

    void ehloExtensions()
    {
        const SmtpResponse reply = parseSmtpResponse("250-mx.example.com Hello\r\n250-SIZE 35882577\r\n250-AUTH LOGIN PLAIN\r\n"
                                                     "250-AUTH=LOGIN XOAUTH2\r\n250-starttls\r\n250 8BITMIME\r\n");
        const QList<SmtpExtension> extensions = parseEhloExtensions(reply);
        QCOMPARE(extensions.size(), 5);
        QCOMPARE(extensions.at(0).keyword, u"SIZE"_s);
        QCOMPARE(extensions.at(0).parameters, QStringList{u"35882577"_s});
        QVERIFY(hasExtension(extensions, u"STARTTLS"));
        QCOMPARE(authMechanisms(extensions), (QStringList{u"LOGIN"_s, u"PLAIN"_s, u"XOAUTH2"_s}));
        QCOMPARE(reply.text().split(u'\n').first(), u"250-mx.example.com Hello"_s);
    }
};

QTEST_GUILESS_MAIN(TestProbeWire)
#include "tst_probewire.moc"
