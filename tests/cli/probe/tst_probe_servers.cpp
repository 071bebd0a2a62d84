// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `mailflow probe --json` against real Postfix and gnutls-serv servers on
// loopback (tests/fixtures), compared with what each server's configuration implies.
#include "../clirunner.h"

#include "serverfixture.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QThread>

#include <map>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Mailflow::Test;

Q_DECLARE_METATYPE(Mailflow::Test::FixtureKind)

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// `starttls` may be a bool or an object with "offered"; anything else is a contract violation.
std::optional<bool> starttlsOffered(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isObject() && value.toObject().value("offered"_L1).isBool())
        return value.toObject().value("offered"_L1).toBool();
    return std::nullopt;
}

// The certificates of the chain, if `certificate` is an array or an object holding one.
std::optional<QJsonArray> certificateChain(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const auto key : {"chain"_L1, "certificates"_L1}) {
            if (object.value(key).isArray())
                return object.value(key).toArray();
        }
    }
    return std::nullopt;
}

} // namespace

class TestProbeServers : public QObject
{
    Q_OBJECT

    std::map<FixtureKind, std::unique_ptr<ServerFixture>> m_fixtures;

    ServerFixture *fixture(FixtureKind kind) const
    {
        const auto it = m_fixtures.find(kind);
        return it == m_fixtures.end() ? nullptr : it->second.get();
    }

    // Runs the CLI; on failure returns false with a message that says what went wrong.
    static bool probe(const QStringList &arguments, QJsonObject *json, CliResult *result, QString *message)
    {
        *result = runCli(arguments, {}, 90000);
        const QString command = u"mailflow "_s + arguments.join(u' ');
        if (result->exitCode == 2 && (result->err.contains("not implemented"_L1) || result->err.contains("Unknown option"_L1))) {
            *message = command + u": this `mailflow probe` does not implement the prober's CLI yet (exit 2; is the "
                                 "prober merged?): "_s + result->err.trimmed();
            return false;
        }
        if (result->exitCode != 0) {
            *message = command + u" exited with "_s + QString::number(result->exitCode) + u"; stderr: "_s
                + result->err.trimmed().left(2000);
            return false;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result->out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *message = command + u": stdout is not a JSON object ("_s + error.errorString() + u"): "_s
                + result->out.left(500);
            return false;
        }
        *json = document.object();
        return true;
    }

    static QStringList probeArguments(const ServerFixture &server, const QStringList &extra = {})
    {
        QStringList arguments{u"probe"_s, u"--json"_s, u"--port"_s, QString::number(server.port())};
        if (server.truth().implicitTls)
            arguments << u"--implicit-tls"_s;
        return arguments << extra << u"127.0.0.1"_s;
    }

    static void addFixtureRows()
    {
        QTest::addColumn<FixtureKind>("kind");
        for (FixtureKind kind : allFixtureKinds())
            QTest::newRow(qPrintable(fixtureName(kind))) << kind;
    }

    // The connection log of the server lags a little behind (Postfix logs through postlogd).
    static int settledConnectionCount(const ServerFixture &server, int atLeast)
    {
        QDeadlineTimer deadline(3000);
        int count = server.connectionCount();
        while (count < atLeast && !deadline.hasExpired()) {
            QThread::msleep(50);
            count = server.connectionCount();
        }
        QThread::msleep(100);
        return server.connectionCount();
    }

    // Checks the `versions` object against the fixture's truth; with ciphers, `ciphers` too.
    static void verifyVersions(const ServerFixture &server, const QJsonObject &json, bool fullCiphers)
    {
        const FixtureTruth &truth = server.truth();
        const QJsonObject versions = json.value("versions"_L1).toObject();
        const QJsonObject ciphers = json.value("ciphers"_L1).toObject();
        QVERIFY2(!versions.isEmpty(), qPrintable(u"no `versions` object in "_s + compact(json).left(1000)));
        for (const QString &name : versionNames()) {
            const ExpectedVersion expected = truth.versions.value(name);
            const QJsonObject entry = versions.value(name).toObject();
            const QString where = server.name() + u' ' + name + u": "_s + compact(entry);
            QVERIFY2(!entry.isEmpty(), qPrintable(where + u" (missing)"_s));
            const QString result = entry.value("result"_L1).toString();
            if (result != "untestable"_L1)
                QVERIFY2(entry.value("ms"_L1).isDouble() && entry.value("ms"_L1).toDouble() >= 0, qPrintable(where + u" (no ms)"_s));
            if (!truth.starttls && !truth.implicitTls) {
                QVERIFY2(result == "untestable"_L1 || result == "starttls-refused"_L1,
                         qPrintable(where + u" (without STARTTLS no version can be tested)"_s));
                continue;
            }
            if (expected.accepted) {
                QVERIFY2(result == "accepted"_L1, qPrintable(where + u" (the server accepts it)"_s));
            } else {
                QVERIFY2(result != "accepted"_L1 && result != "untestable"_L1 && !result.isEmpty(),
                         qPrintable(where + u" (the server refuses it)"_s));
                if (!expected.refusal.isEmpty())
                    QVERIFY2(result == expected.refusal, qPrintable(where + u" (expected "_s + expected.refusal + u')'));
                if (!expected.alert.isEmpty())
                    QVERIFY2(entry.value("alert"_L1).toString() == expected.alert,
                             qPrintable(where + u" (expected alert "_s + expected.alert + u')'));
            }
            const QStringList found = toStringList(ciphers.value(name));
            if (!expected.accepted) {
                QVERIFY2(found.isEmpty(), qPrintable(server.name() + u' ' + name + u": ciphers for a refused version: "_s + found.join(u' ')));
                continue;
            }
            const QSet<QString> foundSet(found.cbegin(), found.cend());
            const QSet<QString> expectedSet(expected.ciphers.cbegin(), expected.ciphers.cend());
            if (!fullCiphers) {
                QVERIFY2(foundSet.size() == found.size() && expectedSet.contains(foundSet),
                         qPrintable(server.name() + u' ' + name + u": --versions-only reported suites the server does not accept: "_s + found.join(u' ')));
                continue;
            }
            QStringList missing, extra;
            for (const QString &suite : expected.ciphers)
                if (!foundSet.contains(suite))
                    missing.append(suite);
            for (const QString &suite : found)
                if (!expectedSet.contains(suite))
                    extra.append(suite);
            QVERIFY2(missing.isEmpty() && extra.isEmpty() && found.size() == expected.ciphers.size(),
                     qPrintable(server.name() + u' ' + name + u": missing ["_s + missing.join(u' ') + u"] extra ["_s
                                + extra.join(u' ') + u"] found "_s + QString::number(found.size()) + u" expected "_s
                                + QString::number(expected.ciphers.size())));
            if (!expected.preference.isEmpty()) {
                const QString preference = json.value("cipherPreference"_L1).toObject().value(name).toString();
                QVERIFY2(preference == expected.preference,
                         qPrintable(server.name() + u' ' + name + u": cipherPreference \""_s + preference
                                    + u"\", the server follows the "_s + expected.preference + u"'s order"_s));
            }
            if (expected.ordered)
                QVERIFY2(found == expected.ciphers,
                         qPrintable(server.name() + u' ' + name + u": not in the server's preference order:\n  found    "_s
                                    + found.join(u' ') + u"\n  expected "_s + expected.ciphers.join(u' ')));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the server fixtures need root (Postfix, network namespaces): run ./dev test");
        QStringList errors;
        for (FixtureKind kind : allFixtureKinds()) {
            auto server = std::make_unique<ServerFixture>(kind);
            if (!server->start())
                errors.append(server->errorString());
            m_fixtures.emplace(kind, std::move(server));
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_fixtures.clear(); // stops every server
    }

    void fullProbe_data() { addFixtureRows(); }
    void fullProbe()
    {
        QFETCH(FixtureKind, kind);
        ServerFixture *server = fixture(kind);
        QVERIFY(server && server->isRunning());
        const FixtureTruth &truth = server->truth();
        const int connectionsBefore = server->connectionCount();
        QJsonObject json;
        CliResult result;
        QString message;
        QVERIFY2(probe(probeArguments(*server), &json, &result, &message), qPrintable(message));

        for (const auto key : {"target"_L1, "addresses"_L1, "banner"_L1, "extensions"_L1, "starttls"_L1,
                               "versions"_L1, "ciphers"_L1, "certificate"_L1, "authMechanisms"_L1, "verdicts"_L1,
                               "transcript"_L1, "connections"_L1})
            QVERIFY2(json.contains(key), qPrintable(u"JSON lacks `"_s + key + u"`: "_s + compact(json).left(1000)));
        QVERIFY2(compact(json.value("addresses"_L1)).contains("127.0.0.1"_L1), qPrintable(compact(json.value("addresses"_L1))));

        if (!truth.implicitTls) {
            QVERIFY2(compact(json.value("banner"_L1)).contains(truth.hostName),
                     qPrintable(u"banner: "_s + compact(json.value("banner"_L1))));
            const std::optional<bool> offered = starttlsOffered(json.value("starttls"_L1));
            QVERIFY2(offered.has_value(), qPrintable(u"`starttls` is neither a bool nor {offered: bool}: "_s
                                                     + compact(json.value("starttls"_L1))));
            QCOMPARE(*offered, truth.starttls);
            QCOMPARE(compact(json.value("extensions"_L1)).contains("STARTTLS"_L1), truth.starttls);
        }

        verifyVersions(*server, json, true);
        if (QTest::currentTestFailed())
            return;

        const QJsonValue certificate = json.value("certificate"_L1);
        if (!truth.opensslCanHandshake) {
            // Only the hello-phase Certificate message shows it; reporting it is not required.
        } else if (truth.certificateSubjectCn.isEmpty()) {
            QVERIFY2(!compact(certificate).contains("CN="_L1), qPrintable(compact(certificate).left(500)));
        } else {
            QVERIFY2(compact(certificate).contains(truth.certificateSubjectCn),
                     qPrintable(u"certificate subject "_s + truth.certificateSubjectCn + u" not in "_s + compact(certificate).left(1000)));
            if (const auto chain = certificateChain(certificate))
                QCOMPARE(chain->size(), truth.chainLength);
            else
                qWarning("`certificate` has no recognisable chain array; chain length not checked");
        }

        const QJsonValue verdicts = json.value("verdicts"_L1);
        QVERIFY2((verdicts.isArray() && !verdicts.toArray().isEmpty()) || (verdicts.isObject() && !verdicts.toObject().isEmpty()),
                 qPrintable(u"no verdicts: "_s + compact(verdicts)));
        QVERIFY2(!compact(json.value("transcript"_L1)).isEmpty(), "empty transcript");

        // Every accepted suite costs at least one ClientHello, and every hello its own connection.
        qsizetype suites = 0;
        for (const ExpectedVersion &expected : truth.versions)
            suites += expected.ciphers.size();
        const int connections = json.value("connections"_L1).toInt(-1);
        QVERIFY2(connections >= qMax<qsizetype>(1, suites),
                 qPrintable(u"`connections` = "_s + QString::number(connections) + u" for "_s + QString::number(suites) + u" suites"_s));
        const int served = settledConnectionCount(*server, connectionsBefore + connections) - connectionsBefore;
        QVERIFY2(served == connections,
                 qPrintable(u"`connections` says "_s + QString::number(connections) + u", the server saw "_s + QString::number(served)));
    }

    void versionsOnly_data() { addFixtureRows(); }
    void versionsOnly()
    {
        QFETCH(FixtureKind, kind);
        ServerFixture *server = fixture(kind);
        QVERIFY(server && server->isRunning());
        QJsonObject json;
        CliResult result;
        QString message;
        QVERIFY2(probe(probeArguments(*server, {u"--versions-only"_s}), &json, &result, &message), qPrintable(message));
        verifyVersions(*server, json, false);
        if (QTest::currentTestFailed())
            return;
        const int connections = json.value("connections"_L1).toInt(-1);
        // One hello per version, plus the plaintext EHLO and a confirming handshake or two.
        QVERIFY2(connections >= 1 && connections <= 2 * int(versionNames().size()) + 2,
                 qPrintable(u"--versions-only used "_s + QString::number(connections) + u" connections"_s));
    }

    void unreachablePortExitsOne()
    {
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            port = server.serverPort();
        }
        const CliResult result = runCli({u"probe"_s, u"--json"_s, u"--port"_s, QString::number(port), u"127.0.0.1"_s}, {}, 90000);
        QVERIFY2(!(result.exitCode == 2 && (result.err.contains("not implemented"_L1) || result.err.contains("Unknown option"_L1))),
                 qPrintable(u"this `mailflow probe` does not implement the prober's CLI yet (exit 2): "_s + result.err.trimmed()));
        QVERIFY2(result.exitCode == 1, qPrintable(u"exit "_s + QString::number(result.exitCode) + u": "_s + result.err));
        QVERIFY2(!result.err.trimmed().isEmpty(), "no message on stderr");
    }
};

QTEST_GUILESS_MAIN(TestProbeServers)
#include "tst_probe_servers.moc"
