// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/exchangeonline.h"
#include "common/smtpreply.h"
#include "common/tlsversion.h"

#include <QTest>

using namespace Mailflow;

class TestCommon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseReply_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("text");
        QTest::newRow("full") << QStringLiteral("421 4.4.2 Connection dropped due to SocketError") << 421
                              << QStringLiteral("4.4.2") << QStringLiteral("Connection dropped due to SocketError");
        QTest::newRow("continuation") << QStringLiteral("250-STARTTLS") << 250 << QString() << QStringLiteral("STARTTLS");
        QTest::newRow("three-digit detail") << QStringLiteral("451 4.4.397 Error communicating with target host.")
                                            << 451 << QStringLiteral("4.4.397")
                                            << QStringLiteral("Error communicating with target host.");
        QTest::newRow("enhanced only") << QStringLiteral("#5.7.1 smtp;550 denied") << 0 << QStringLiteral("5.7.1")
                                       << QStringLiteral("smtp;550 denied");
        QTest::newRow("code only") << QStringLiteral("220") << 220 << QString() << QString();
        QTest::newRow("not a reply") << QStringLiteral("Delivery has failed") << 0 << QString() << QString();
        QTest::newRow("out of range") << QStringLiteral("999 9.9.9 nope") << 0 << QString() << QString();
        QTest::newRow("version-like text") << QStringLiteral("250 2.6.0.1 x") << 250 << QString()
                                           << QStringLiteral("2.6.0.1 x");
        QTest::newRow("four digits") << QStringLiteral("2501 hello") << 0 << QString() << QString();
    }

    void parseReply()
    {
        QFETCH(QString, line);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(QString, text);
        const SmtpReply reply = parseSmtpReply(line);
        QCOMPARE(reply.code, code);
        QCOMPARE(reply.enhanced, enhanced);
        QCOMPARE(reply.text, text);
    }

    void chain()
    {
        const QList<SmtpReply> replies = parseSmtpReplyChain(
            u"550 5.4.300 Message expired -> 451 4.4.397 Error communicating with target host. -> 421 4.4.2 "
            u"Connection dropped due to SocketError");
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies.at(0).codePair(), QStringLiteral("550 5.4.300"));
        QCOMPARE(replies.at(1).codePair(), QStringLiteral("451 4.4.397"));
        QCOMPARE(replies.at(2).codePair(), QStringLiteral("421 4.4.2"));
        QCOMPARE(replies.at(2).replyClass(), 4);
        QVERIFY(isEnhancedStatusCode(u"5.7.64"));
        QVERIFY(!isEnhancedStatusCode(u"3.7.1"));
        QVERIFY(!isEnhancedStatusCode(u"5.7"));
    }

    void tlsVersions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("version");
        QTest::newRow("json") << QStringLiteral("TLS1.2") << int(TlsVersion::Tls12);
        QTest::newRow("openssl") << QStringLiteral("TLSv1.3") << int(TlsVersion::Tls13);
        QTest::newRow("tlsv1") << QStringLiteral("TLSv1") << int(TlsVersion::Tls10);
        QTest::newRow("exchange") << QStringLiteral("TLS1_1") << int(TlsVersion::Tls11);
        QTest::newRow("sslv3") << QStringLiteral("SSLv3") << int(TlsVersion::Ssl30);
        QTest::newRow("spaced") << QStringLiteral("TLS 1.0") << int(TlsVersion::Tls10);
        QTest::newRow("schannel server") << QStringLiteral("SP_PROT_TLS1_2_SERVER") << int(TlsVersion::Tls12);
        QTest::newRow("schannel client") << QStringLiteral("SP_PROT_TLS1_0_CLIENT") << int(TlsVersion::Tls10);
        QTest::newRow("junk") << QStringLiteral("TLS1.4") << int(TlsVersion::Unknown);
    }

    void tlsVersions()
    {
        QFETCH(QString, name);
        QFETCH(int, version);
        const auto v = static_cast<TlsVersion>(version);
        QCOMPARE(tlsVersionFromName(name), v);
        QCOMPARE(tlsVersionFromWire(tlsVersionWire(v)), v);
        if (v != TlsVersion::Unknown)
            QCOMPARE(tlsVersionFromName(tlsVersionName(v)), v);
    }

    void exchangeOnlineCiphers()
    {
        QCOMPARE(ExchangeOnline::supportedCipherSuites().size(), 8);
        QVERIFY(ExchangeOnline::isSupportedCipherSuite(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")));
        QVERIFY(ExchangeOnline::isSupportedCipherSuite(QStringLiteral("AES128-GCM-SHA256")));
        QVERIFY(ExchangeOnline::isSupportedCipherSuite(quint16(0xC013)));
        QVERIFY(!ExchangeOnline::isSupportedCipherSuite(QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA")));
        QVERIFY(!ExchangeOnline::isSupportedCipherSuite(quint16(0x000A)));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
