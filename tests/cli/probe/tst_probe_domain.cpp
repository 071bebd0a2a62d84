// SPDX-License-Identifier: GPL-3.0-or-later
// `mailflow probe DOMAIN`: every MX host probed, as a newcomer runs it, against a loopback DNS
// server (--dns) and SMTP servers of our own on 127.0.0.2, 127.0.0.3, … sharing one port (--port).
#include "../../core/probe/testmxsetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ServerBehaviour modern()
{
    ServerBehaviour b;
    b.minVersion = Mailflow::TlsVersion::Tls12;
    b.oldHello = ServerBehaviour::OldHello::Fin;
    b.cipherList = "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256";
    b.cipherSuites = "TLS_AES_256_GCM_SHA384";
    return b;
}

ServerBehaviour legacyOnly()
{
    // TLS 1.0 only: Exchange Online falls back to plaintext.
    ServerBehaviour b;
    b.minVersion = Mailflow::TlsVersion::Tls10;
    b.maxVersion = Mailflow::TlsVersion::Tls10;
    b.oldHello = ServerBehaviour::OldHello::OpenSsl;
    return b;
}

QStringList dnsArguments(const FakeDnsServer &dns, quint16 port)
{
    return {u"--dns"_s, u"127.0.0.1:%1"_s.arg(dns.port()), u"--port"_s, QString::number(port), u"--timeout"_s, u"3"_s};
}

} // namespace

class TestProbeDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonHasEveryHost()
    {
        LoopbackMxServers servers;
        QVERIFY(servers.listen({modern(), legacyOnly(), std::nullopt}));
        FakeDnsServer dns({{10, "mx1.fabrikam.test"}, {20, "mx2.fabrikam.test"}, {30, "mx3.fabrikam.test"}},
                          {{"mx1.fabrikam.test", "127.0.0.2"}, {"mx2.fabrikam.test", "127.0.0.3"}, {"mx3.fabrikam.test", "127.0.0.4"}});
        const CliRun run = runCliWithServers(QStringList{u"probe"_s, u"--json"_s} + dnsArguments(dns, servers.port) + QStringList{u"fabrikam.test"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        // The top level keeps describing the most preferred host, as before.
        QCOMPARE(json.value(u"target").toString(), u"fabrikam.test"_s);
        QCOMPARE(json.value(u"host").toString(), u"mx1.fabrikam.test"_s);
        QCOMPARE(json.value(u"address").toString(), u"127.0.0.2"_s);
        QCOMPARE(json.value(u"versions").toObject().value(u"TLS1.1").toObject().value(u"result").toString(), u"closed"_s);
        QCOMPARE(json.value(u"mxHosts").toArray().size(), 3);

        const QJsonArray hosts = json.value(u"hosts").toArray();
        QCOMPARE(hosts.size(), 3);
        const QJsonObject mx2 = hosts.at(1).toObject();
        QCOMPARE(mx2.value(u"host").toString(), u"mx2.fabrikam.test"_s);
        QCOMPARE(mx2.value(u"preference").toInt(), 20);
        QCOMPARE(mx2.value(u"address").toString(), u"127.0.0.3"_s);
        QCOMPARE(mx2.value(u"versions").toObject().value(u"TLS1.0").toObject().value(u"result").toString(), u"accepted"_s);
        QCOMPARE(mx2.value(u"versions").toObject().value(u"TLS1.2").toObject().value(u"result").toString(), u"downgraded"_s);
        QVERIFY(mx2.value(u"ciphers").toObject().value(u"TLS1.0").toArray().size() > 5);
        QCOMPARE(mx2.value(u"verdicts").toArray().first().toObject().value(u"kind").toString(), u"exoFallsBackNoTls12"_s);
        QVERIFY(!mx2.value(u"verdicts").toArray().first().toObject().value(u"text").toString().isEmpty());
        const QJsonObject mx3 = hosts.at(2).toObject();
        QCOMPARE(mx3.value(u"reachable").toBool(), false);
        QCOMPARE(mx3.value(u"probed").toBool(), true);
        QVERIFY(mx3.value(u"error").toString().contains(u"cannot connect to 127.0.0.4"));

        QStringList kinds;
        const QJsonArray domainVerdicts = json.value(u"domainVerdicts").toArray();
        for (const QJsonValue &v : domainVerdicts)
            kinds << v.toObject().value(u"kind").toString();
        QCOMPARE(kinds, (QStringList{u"domainHostsEncrypted"_s, u"domainHostFallsBack"_s, u"domainHostUnreachable"_s}));
        const QJsonObject fallsBack = domainVerdicts.at(1).toObject();
        QCOMPARE(fallsBack.value(u"reason").toString(), u"no-tls12"_s);
        QCOMPARE(fallsBack.value(u"text").toString(),
                 u"mx2.fabrikam.test (preference 20) accepts neither TLS 1.2 nor TLS 1.3: when mx1.fabrikam.test is unreachable, "
                 u"Exchange Online delivers in plaintext (or queues and bounces if a TLS-enforcing connector is used)."_s);
    }

    void textHasDomainSummary()
    {
        LoopbackMxServers servers;
        QVERIFY(servers.listen({modern(), legacyOnly()}));
        FakeDnsServer dns({{10, "mx1.fabrikam.test"}, {20, "mx2.fabrikam.test"}},
                          {{"mx1.fabrikam.test", "127.0.0.2"}, {"mx2.fabrikam.test", "127.0.0.3"}});
        const CliRun run = runCliWithServers(QStringList{u"probe"_s, u"--versions-only"_s} + dnsArguments(dns, servers.port) + QStringList{u"fabrikam.test"_s});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        const QStringList lines = text.split(u'\n');
        const auto line = [&lines](QStringView start) {
            for (const QString &l : lines) {
                if (l.simplified().startsWith(start))
                    return l.simplified();
            }
            return QString();
        };
        QCOMPARE(line(u"10 mx1"), u"10 mx1.fabrikam.test 127.0.0.2 yes TLS1.3 encrypted (TLS 1.2)"_s);
        QCOMPARE(line(u"20 mx2"), u"20 mx2.fabrikam.test 127.0.0.3 yes TLS1.0 plaintext: no TLS 1.2"_s);
        QVERIFY(text.contains(u"== MX 10: mx1.fabrikam.test =="));
        QVERIFY(text.contains(u"== MX 20: mx2.fabrikam.test =="));
        QVERIFY(text.indexOf(u"Domain verdicts:") < text.indexOf(u"== MX 10"));
    }

    void firstMxOnly()
    {
        LoopbackMxServers servers;
        QVERIFY(servers.listen({modern(), legacyOnly()}));
        FakeDnsServer dns({{10, "mx1.fabrikam.test"}, {20, "mx2.fabrikam.test"}},
                          {{"mx1.fabrikam.test", "127.0.0.2"}, {"mx2.fabrikam.test", "127.0.0.3"}});
        const CliRun run = runCliWithServers(QStringList{u"probe"_s, u"--json"_s, u"--versions-only"_s, u"--first-mx"_s}
                                             + dnsArguments(dns, servers.port) + QStringList{u"fabrikam.test"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hosts = QJsonDocument::fromJson(run.out).object().value(u"hosts").toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).toObject().value(u"probed").toBool(), true);
        QCOMPARE(hosts.at(1).toObject().value(u"probed").toBool(), false);
        QCOMPARE(hosts.at(1).toObject().value(u"notProbedReason").toString(), u"first-mx"_s);
        QCOMPARE(hosts.at(1).toObject().value(u"connections").toInt(), 0);
        QCOMPARE(servers.servers.at(1)->accepted(), 0);
    }

    void exitCodes()
    {
        // Only the backup MX answers: exit 0 (something was probed), the top level describes it.
        LoopbackMxServers servers;
        QVERIFY(servers.listen({std::nullopt, modern()}));
        FakeDnsServer dns({{10, "mx1.fabrikam.test"}, {20, "mx2.fabrikam.test"}},
                          {{"mx1.fabrikam.test", "127.0.0.2"}, {"mx2.fabrikam.test", "127.0.0.3"}});
        const QStringList args = QStringList{u"probe"_s, u"--json"_s, u"--versions-only"_s} + dnsArguments(dns, servers.port);
        const CliRun backupOnly = runCliWithServers(args + QStringList{u"fabrikam.test"_s});
        QCOMPARE(backupOnly.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(backupOnly.out).object().value(u"host").toString(), u"mx2.fabrikam.test"_s);

        // No MX host answers: exit 1 and why, per host.
        FakeDnsServer downDns({{10, "mx1.down.test"}}, {{"mx1.down.test", "127.0.0.2"}});
        const CliRun down = runCliWithServers(QStringList{u"probe"_s, u"--versions-only"_s} + dnsArguments(downDns, servers.port) + QStringList{u"down.test"_s});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.startsWith("mailflow probe: no MX host of down.test could be reached (mx1.down.test: cannot connect"), down.err.constData());

        // A null MX: nothing to probe, exit 1.
        FakeDnsServer nullDns({{0, "."}});
        const CliRun nullMx = runCliWithServers(QStringList{u"probe"_s} + dnsArguments(nullDns, servers.port) + QStringList{u"nomail.test"_s});
        QCOMPARE(nullMx.exitCode, 1);
        QVERIFY2(nullMx.out.contains("null MX (RFC 7505)"), nullMx.out.constData());

        // A bad --dns is a usage error.
        QCOMPARE(runCliWithServers({u"probe"_s, u"--dns"_s, u"dns.example"_s, u"fabrikam.test"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestProbeDomain)
#include "tst_probe_domain.moc"
