// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol-log engine over the samples in tests/data/logs/input: sessions, TLS outcomes,
// endings, fallbacks, retries and problems, written down by hand per sample.
#include "logs/logloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mailflow;

namespace {

QString inputPath(const QString &name)
{
    return QStringLiteral(MAILFLOW_TEST_DATA_DIR) + u"/logs/input/"_s + name;
}

// "id direction tls[:protocol|:error] ending queued/messages"
QString sessionDigest(const LogSession &s)
{
    QString tls = tlsOutcomeName(s.tlsOutcome);
    if (s.tlsOutcome == TlsOutcome::Ok)
        tls += u':' + tlsVersionName(s.tlsVersion);
    else if (s.tlsOutcome == TlsOutcome::Failed)
        tls += u':' + s.tlsError;
    int queued = 0;
    for (const LogMessage &m : s.messages)
        queued += m.outcome == MessageOutcome::Queued;
    return s.id + u' ' + logDirectionName(s.direction) + u' ' + tls + u' ' + sessionEndName(s.ending) + u' '
        + QString::number(queued) + u'/' + QString::number(s.messages.size());
}

QString digest(const LogResult &r)
{
    QStringList lines;
    for (int i = 0; i < r.sessionCount(); ++i)
        lines.append(sessionDigest(r.session(i)));
    for (const LogFallback &f : r.fallbacks)
        lines.append(u"fallback "_s + r.sessionId(f.failedSession) + u" -> "_s + r.sessionId(f.plaintextSession) + u' ' + f.error);
    for (const LogRetrySeries &s : r.retries)
        lines.append(u"retries "_s + QString::number(s.sessions.size()) + u' ' + LogRetrySeries::outcomeName(s.outcome) + u' '
                     + s.errors.join(u','));
    for (const LogProblem &p : r.problems)
        lines.append(u"problem "_s + QString::number(p.line) + u' ' + p.kindName());
    return lines.join(u'\n');
}

LogResult load(const QString &name)
{
    return loadProtocolLogs({LogSource::file(inputPath(name))});
}

} // namespace

class TestLogParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("reference: SocketError then plaintext (curly quotes, gaps)")
            << u"reference-send-tls-fail-then-plaintext.txt"_s
            << u"08D8B64FC6449F2A send failed:SocketError dropped 0/0\n"
               "08D8B64FC6449F2B send none queued 1/1\n"
               "fallback 08D8B64FC6449F2A -> 08D8B64FC6449F2B SocketError"_s;
        QTest::newRow("send: SocketError then plaintext delivery")
            << u"send-socketerror-then-plaintext.log"_s
            << u"08DB2468A1B2C3D4 send failed:SocketError dropped 0/0\n"
               "08DB2468A1B2C3D5 send none queued 1/1\n"
               "fallback 08DB2468A1B2C3D4 -> 08DB2468A1B2C3D5 SocketError"_s;
        QTest::newRow("hybrid: repeated TLS failures, no delivery")
            << u"hybrid-requiretls-repeated-failures.log"_s
            << u"08DB03F1C0DE0010 send failed:SocketError dropped 0/0\n"
               "08DB03F1C0DE0110 send ok:TLS1.2 queued 1/1\n"
               "08DB03F1C0DE0011 send failed:SocketError dropped 0/0\n"
               "08DB03F1C0DE0111 send ok:TLS1.2 queued 1/1\n"
               "08DB03F1C0DE0012 send failed:SocketError dropped 0/0\n"
               "08DB03F1C0DE0112 send ok:TLS1.2 queued 1/1\n"
               "08DB03F1C0DE0013 send failed:SocketError dropped 0/0\n"
               "08DB03F1C0DE0113 send ok:TLS1.2 queued 1/1\n"
               "08DB03F1C0DE0014 send failed:SocketError dropped 0/0\n"
               "08DB03F1C0DE0114 send ok:TLS1.2 queued 1/1\n"
               "retries 5 pending SocketError"_s;
        QTest::newRow("receive: TLS 1.0, 1.1, 1.2 and plaintext")
            << u"receive-tls10-tls11-tls12.log"_s
            << u"08DAF3E2B0A10001 receive ok:TLS1.0 queued 1/1\n"
               "08DAF3E2B0A10002 receive ok:TLS1.1 queued 1/1\n"
               "08DAF3E2B0A10003 receive ok:TLS1.2 queued 1/1\n"
               "08DAF3E2B0A10004 receive none queued 1/1"_s;
        QTest::newRow("2013 multi-line certificate form")
            << u"cert-2013-multiline.log"_s << u"08D6D1F2A3B4C5D6 send ok:TLS1.2 closed 0/1"_s;
        QTest::newRow("malformed lines are reported and skipped")
            << u"malformed-lines.log"_s
            << u"08DB3377AA000001 receive none rejected 0/1\n"
               "08DB3377AA000002 receive none closed 0/0\n"
               "problem 13 fieldCount\n"
               "problem 14 unterminatedQuote\n"
               "problem 15 badEvent\n"
               "problem 16 badTimestamp\n"
               "problem 17 missingSessionId\n"
               "problem 18 badSequenceNumber"_s;
        QTest::newRow("session split across two files")
            << u"split-across-files"_s
            << u"08DAF3E2B0A20001 receive ok:TLS1.2 queued 1/1\n"
               "08DAF3E2B0A20002 receive ok:TLS1.2 queued 1/1"_s;
        QTest::newRow("reordered and missing #Fields")
            << u"reordered-fields.log"_s << u"08DB4000000000A1 send ok:TLS1.3 closed 0/0"_s;
        QTest::newRow("header-less ticket paste with a broken line")
            << u"headerless-ticket-paste.txt"_s
            << u"08DC3211FE001001 send ok:TLS1.1 queued 1/1\n"
               "problem 1 strayText"_s;
        QTest::newRow("CRLF and BOM")
            << u"crlf-bom-receive.log"_s << u"08DB6C0000BB0001 receive failed:NoCredentials dropped 0/0"_s;
        QTest::newRow("quoted commas and doubled quotes")
            << u"quoted-commas-doubled-quotes.log"_s << u"08DB7E0000CC0001 receive ok:TLS1.2 rejected 0/1"_s;
    }

    void samples()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const LogResult result = load(input);
        QCOMPARE(digest(result), expected);
    }

    // Real excerpts published on web pages, issues and docs (input/real*), against expectations written by
    // reading them (logs/real/*.expect.json): each session id once, with its TLS outcome, protocol and error.
    void realExcerpts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QDir real(QStringLiteral(MAILFLOW_TEST_DATA_DIR) + u"/logs/real"_s);
        const QStringList names = real.entryList({u"*.expect.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 15);
        const QStringList inputs = QDir(inputPath(QString())).entryList({u"real*"_s}, QDir::Files);
        for (const QString &name : names) {
            const QString base = name.chopped(12);
            QString input;
            for (const QString &candidate : inputs) {
                if (QFileInfo(candidate).completeBaseName() == base)
                    input = candidate;
            }
            QFile file(real.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QStringList lines;
            const QJsonArray sessions = QJsonDocument::fromJson(file.readAll()).object().value(u"sessions"_s).toArray();
            for (const QJsonValue &v : sessions) {
                const QJsonObject o = v.toObject();
                lines.append(o.value(u"id"_s).toString() + u' ' + o.value(u"outcome"_s).toString() + u' '
                             + o.value(u"protocol"_s).toString(u"null"_s) + u' ' + o.value(u"error"_s).toString(u"null"_s));
            }
            lines.sort();
            QTest::newRow(qPrintable(base)) << input << lines.join(u'\n');
        }
    }

    void realExcerpts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QVERIFY2(!input.isEmpty(), "no input/real* file for this expectation");
        const LogResult result = load(input);
        QStringList lines;
        for (int i = 0; i < result.sessionCount(); ++i) {
            const LogSession &s = result.session(i);
            const bool ok = s.tlsOutcome == TlsOutcome::Ok;
            const bool failed = s.tlsOutcome == TlsOutcome::Failed;
            lines.append(s.id + u' ' + tlsOutcomeName(s.tlsOutcome) + u' ' + (ok ? tlsVersionName(s.tlsVersion) : u"null"_s) + u' '
                         + (failed && !s.tlsError.isEmpty() ? s.tlsError : u"null"_s));
        }
        lines.sort();
        QCOMPARE(lines.join(u'\n'), expected);
    }

    void everySampleIsCovered()
    {
        // a new written sample in the input folder must get its line in samples_data(), a real excerpt
        // (real*) its expectation in logs/real/
        const QStringList written = QDir(inputPath(QString())).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        const QStringList real = QDir(inputPath(QString())).entryList({u"real*"_s}, QDir::Files);
        QCOMPARE(written.size() - real.size(), 11);
        const QStringList expectations =
            QDir(QStringLiteral(MAILFLOW_TEST_DATA_DIR) + u"/logs/real"_s).entryList({u"*.expect.json"_s}, QDir::Files);
        QCOMPARE(expectations.size(), real.size());
    }

    void referenceDetails()
    {
        const LogResult r = load(u"reference-send-tls-fail-then-plaintext.txt"_s);
        QCOMPARE(r.sessionCount(), 2);
        const LogSession failed = r.session(0);
        QCOMPARE(failed.connector, u"Connector2Fabrikam"_s);
        QCOMPARE(failed.bannerHost, u"BN3USG02FT012.mail.protection.office365.us"_s);
        QCOMPARE(failed.ehloName, u"exc16.contoso.com"_s);
        QVERIFY(failed.startTlsOffered);
        QVERIFY(failed.startTlsAttempted);
        QCOMPARE(failed.localCertificate.subject, u"CN=mail.contoso.com"_s);
        QCOMPARE(failed.localCertificate.issuer, u"CN=R3, O=Let’s Encrypt, C=US"_s);
        QCOMPARE(failed.localCertificate.serialNumber, u"03C6CCE6D57C1D2DA908BF69EBD10963AE74"_s);
        QCOMPARE(failed.localCertificate.thumbprint, u"AF15A9798388DD9C0C03FEBC897025CD76963178"_s);
        QCOMPARE(failed.localCertificate.notAfter, u"2021-03-05T09:46:36.000Z"_s);
        QCOMPARE(failed.localCertificate.alternateNames, QStringList({u"mail.contoso.com"_s, u"autodiscover.contoso.com"_s}));
        QCOMPARE(failed.sequenceGaps, 2); // seq 2 and 6 are missing from the excerpt
        QCOMPARE(failed.start.toString(Qt::ISODateWithMs), u"2021-01-11T16:43:14.811Z"_s);

        const LogSession plain = r.session(1);
        QVERIFY(plain.startTlsOffered);
        QVERIFY(!plain.startTlsAttempted);
        QCOMPARE(plain.messages.size(), 1);
        const LogMessage &m = plain.messages.first();
        QCOMPARE(m.mailFrom, u"user@contoso.com"_s);
        QCOMPARE(m.recipients, QStringList{u"user@fabrikam.com"_s});
        QCOMPARE(m.internetMessageId, u"5149fa60b89741cfaf6e05d5767776a9@contoso.com"_s);
        QCOMPARE(m.recordId, quint64(40900973559810));
        QCOMPARE(m.dataCommand, u"BDAT"_s);
        QCOMPARE(m.replies.size(), 3);
        QCOMPARE(m.replies.at(2).codePair(), u"250 2.6.0"_s);
        QCOMPARE(plain.maxMessageSize, 37748736);
        QVERIFY(plain.extensions.contains(u"CHUNKING"_s));
        QCOMPARE(plain.authMechanisms, QStringList{u"NTLM"_s});
        QCOMPARE(r.fallbacks.size(), 1);
        QCOMPARE(r.fallbacks.first().delayMs, 4);
        QCOMPARE(r.legacyTls.size(), 1);
        QCOMPARE(r.legacyTls.first().plaintext, 1);
    }

    void schannelAlgorithms()
    {
        const LogResult r = load(u"receive-tls10-tls11-tls12.log"_s);
        QCOMPARE(r.sessionCount(), 4);
        const LogSession tls10 = r.session(0);
        QCOMPARE(tls10.cipher, u"AES_256 / SHA1 / ECDHE"_s);
        QCOMPARE(tls10.macBits, 160);
        const LogSession tls11 = r.session(1);
        QCOMPARE(tls11.cipher, u"AES_128 / SHA1 / DHE"_s);
        QCOMPARE(tls11.keyExchangeBits, 2048);
        const LogSession tls12 = r.session(2);
        QCOMPARE(tls12.cipher, u"AES_128 / SHA_256 / ECDHE"_s);
        QCOMPARE(tls12.bulkBits, 128);
        QCOMPARE(tls12.macBits, 0);
        QCOMPARE(tls12.localCertificate.subject, u"CN=EXCH"_s);
        QCOMPARE(tls12.localCertificate.issuer, u"CN=EXCH"_s);
        QVERIFY(!tls12.extensions.isEmpty());
        QCOMPARE(tls12.messages.first().internetMessageId, u"f3@mail.fabrikam.com"_s); // from the 250 reply
        QCOMPARE(tls12.messages.first().dataCommand, u"DATA"_s);
        QCOMPARE(tls12.remoteEndpoint, u"203.0.113.9:40022"_s);
        QCOMPARE(tls12.localEndpoint, u"10.0.0.4:25"_s);
        // TLS 1.0 and 1.1 clients and the plaintext one are the hosts that break
        QCOMPARE(r.legacyTls.size(), 3);
        QCOMPARE(r.summary.tlsVersions.value(u"TLS1.0"_s), 1);
        QCOMPARE(r.summary.tlsVersions.value(u"TLS1.1"_s), 1);
        QCOMPARE(r.summary.tlsVersions.value(u"TLS1.2"_s), 1);
    }

    void certificate2013Form()
    {
        const LogSession s = load(u"cert-2013-multiline.log"_s).session(0);
        QCOMPARE(s.localCertificate.subject, u"CN=EX2013.contoso.local, OU=Messaging, O=Contoso Ltd, C=DE"_s);
        QCOMPARE(s.localCertificate.issuer, u"CN=Contoso Root CA, DC=contoso, DC=local"_s);
        QCOMPARE(s.localCertificate.serialNumber, u"610000002A7B8C9D0E1F000000000002A"_s);
        QCOMPARE(s.localCertificate.thumbprint, u"9F8E7D6C5B4A39281706F5E4D3C2B1A098765432"_s);
        QCOMPARE(s.localCertificate.alternateNames.size(), 3);
        QCOMPARE(s.remoteCertificate.thumbprint, u"D1C2B3A4958677685940A1B2C3D4E5F607182930"_s);
        QCOMPARE(s.authMechanisms, QStringList({u"PLAIN"_s, u"LOGIN"_s}));
        QVERIFY(s.startTlsOffered);
        QCOMPARE(s.messages.first().mailFrom, u"<>"_s);
        QCOMPARE(s.messages.first().replies.last().code, 452);
        QCOMPARE(s.messages.first().outcome, MessageOutcome::Incomplete);
    }

    void splitSessionKeepsBothHalves()
    {
        const LogResult r = load(u"split-across-files"_s);
        QCOMPARE(r.files.size(), 2);
        const LogSession s = r.session(0);
        QVERIFY(s.file.endsWith(u"RECV2023011116-1.LOG"_s));
        QCOMPARE(s.sequenceGaps, 0);
        QCOMPARE(s.tlsVersion, TlsVersion::Tls12);   // from the first file
        QCOMPARE(s.messages.size(), 1);             // MAIL/RCPT in the first, replies and DATA in the second
        const LogMessage &m = s.messages.first();
        QCOMPARE(m.recipients, QStringList{u"inbox@contoso.test"_s});
        QCOMPARE(m.outcome, MessageOutcome::Queued);
        QCOMPARE(m.internetMessageId, u"split@mail.fabrikam.com"_s);
        QCOMPARE(s.disconnectedBy, u"Local"_s);
    }

    void reorderedFields()
    {
        const LogSession s = load(u"reordered-fields.log"_s).session(0);
        QCOMPARE(s.connector, u"Outbound to Internet"_s);
        QCOMPARE(s.bannerHost, u"mx.reorder.example"_s);
        QVERIFY(s.localEndpoint.isEmpty()); // not in #Fields
        QCOMPARE(s.remoteEndpoint, u"192.0.2.60:25"_s);
        QCOMPARE(s.cipher, u"AES_256 / SHA_384 / ECDHE"_s);
    }

    void quotedFields()
    {
        const LogSession s = load(u"quoted-commas-doubled-quotes.log"_s).session(0);
        QCOMPARE(s.connector, u"EXCH\\Inbound, from \"Partners\""_s);
        QCOMPARE(s.messages.first().mailFrom, u"\"john,doe\"@partner-c.example"_s);
        QCOMPARE(s.lastError.code, 550);
        QCOMPARE(s.lastError.text, u"Recipient \"sales@contoso.test\" rejected, policy"_s);
    }

    void pastedTextNeedsNoFile()
    {
        QFile file(inputPath(u"headerless-ticket-paste.txt"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const LogResult pure = parseProtocolLog(text, u"ticket"_s);
        QCOMPARE(pure.sessionCount(), 1);
        QCOMPARE(pure.problems.size(), 1);
        QCOMPARE(pure.problems.first().file, u"ticket"_s);
        const LogSession s = pure.session(0);
        QVERIFY(s.startTlsOffered); // STARTTLS sits on the continuation line
        QCOMPARE(s.direction, LogDirection::Send); // no #Log-type: replies arrive with '<'

        // the same text with CRLF line ends and a BOM gives the same sessions
        QByteArray crlf = "\xEF\xBB\xBF" + text;
        crlf.replace("\n", "\r\n");
        QCOMPARE(digest(parseProtocolLog(crlf, u"ticket"_s)), digest(pure));
    }

    void snippets_data()
    {
        // header-less send-log snippets: "id tls ending" of the one session
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "2024-01-02T03:04:05.000Z,Out,08DC0000000000AA,";
        QTest::newRow("connect timeout")
            << QByteArray(head + "0,,192.0.2.1:25,*,,attempting to connect\n" + head
                          + "1,,192.0.2.1:25,*,,\"Failed to connect. Winsock error code: 10060, Win32 error code: 10060.\"\n")
            << u"08DC0000000000AA unknown none timedOut 0/0"_s;
        QTest::newRow("X-ANONYMOUSTLS counts as attempted")
            << QByteArray(head + "0,,,<,220 ex2.contoso.com Microsoft ESMTP MAIL Service ready,\n" + head
                          + "1,,,>,EHLO ex1.contoso.com,\n" + head + "2,,,<,250  ex2.contoso.com Hello [10.0.0.1] X-ANONYMOUSTLS STARTTLS,\n"
                          + head + "3,,,>,X-ANONYMOUSTLS,\n" + head + "4,,,<,220 2.0.0 SMTP server ready,\n" + head
                          + "5,,,*,,TLS negotiation failed with error TargetUnknown\n")
            << u"08DC0000000000AA send failed:TargetUnknown dropped 0/0"_s;
        QTest::newRow("remote timeout on disconnect")
            << QByteArray(head + "0,,,<,220 mx.example ESMTP,\n" + head + "1,,,>,EHLO a,\n" + head + "2,,,-,,Remote(TimedOut)\n")
            << u"08DC0000000000AA send none timedOut 0/0"_s;
        QTest::newRow("STARTTLS refused")
            << QByteArray(head + "0,,,<,220 mx.example ESMTP,\n" + head + "1,,,>,STARTTLS,\n" + head
                          + "2,,,<,454 4.7.0 TLS not available due to local problem,\n" + head + "3,,,>,QUIT,\n")
            << u"08DC0000000000AA send failed:454 4.7.0 dropped 0/0"_s;
        QTest::newRow("quotes lost in the paste")
            << QByteArray(head + "0,,,>,STARTTLS,\n" + head
                          + "1,,,*,,TLS protocol SP_PROT_TLS1_2_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 "
                            "with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm "
                            "CALG_ECDH_EPHEM with strength 384 bits\n")
            << u"08DC0000000000AA unknown ok:TLS1.2 open 0/0"_s;
    }

    void snippets()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const LogResult r = parseProtocolLog(text);
        QCOMPARE(r.problems.size(), 0);
        QCOMPARE(r.sessionCount(), 1);
        QCOMPARE(sessionDigest(r.session(0)), expected);
    }

    void garbageIsNotASession_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("problems");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("blank lines") << QByteArray("\n\r\n   \n") << 0;
        QTest::newRow("prose") << QByteArray("hello\nworld\n") << 2;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << 1;
        QTest::newRow("header only") << QByteArray("#Software: Microsoft Exchange Server\n#Fields: a,b,c\n") << 1;
    }

    void garbageIsNotASession()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, problems);
        const LogResult r = parseProtocolLog(text);
        QCOMPARE(r.sessionCount(), 0);
        QCOMPARE(r.problems.size(), problems);
    }
};

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
