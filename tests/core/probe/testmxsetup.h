// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback DNS server answering MX and A queries, SMTP servers of our own on several loopback
// addresses sharing one port (MX records carry no port: the probe's --port applies to every MX
// host), and a CLI runner that keeps this thread's servers answering. Shared by the prober's core
// and CLI tests.
#pragma once

#include "testsmtpserver.h"

#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QUdpSocket>

#include <memory>
#include <optional>
#include <vector>

/// Answers MX queries with the given (preference, exchange) records in that order (exchange "."
/// is a null MX; no records: an empty answer), A queries from the address map (default
/// 127.0.0.1), and AAAA queries with no records.
class FakeDnsServer : public QObject
{
public:
    explicit FakeDnsServer(const QList<std::pair<int, QByteArray>> &records, const QHash<QByteArray, QByteArray> &addresses = {})
        : m_records(records)
        , m_addresses(addresses)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QHostAddress from;
                quint16 port = 0;
                QByteArray query(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
                m_socket.readDatagram(query.data(), query.size(), &from, &port);
                m_socket.writeDatagram(answer(query), from, port);
            }
        });
    }
    quint16 port() const { return m_socket.localPort(); }
    int queries() const { return m_queries; }

private:
    QByteArray answer(const QByteArray &query)
    {
        ++m_queries;
        qsizetype end = 12;
        QByteArrayList labels;
        while (end < query.size() && query[end] != 0) {
            labels << query.mid(end + 1, quint8(query[end]));
            end += 1 + quint8(query[end]);
        }
        const QByteArray name = labels.join('.').toLower();
        const int type = (quint8(query[end + 1]) << 8) | quint8(query[end + 2]);
        end += 5; // root label, type, class
        QByteArray reply = query.left(2);
        if (type == 1) {
            const QHostAddress address(QString::fromLatin1(m_addresses.value(name, "127.0.0.1")));
            const quint32 ip = address.toIPv4Address();
            reply += QByteArray::fromHex("818000010001000000");
            reply += char(0);
            reply += query.mid(12, end - 12);
            reply += QByteArray::fromHex("c00c00010001000000100004");
            reply += char(ip >> 24);
            reply += char((ip >> 16) & 0xff);
            reply += char((ip >> 8) & 0xff);
            reply += char(ip & 0xff);
            return reply;
        }
        const QList<std::pair<int, QByteArray>> records = type == 15 ? m_records : QList<std::pair<int, QByteArray>>();
        reply += QByteArray::fromHex("8180");
        reply += QByteArray::fromHex("0001");
        reply += char(0);
        reply += char(records.size());
        reply += QByteArray::fromHex("00000000");
        reply += query.mid(12, end - 12);
        for (const auto &[preference, exchange] : records) {
            QByteArray encoded;
            if (exchange != ".") {
                for (const QByteArray &label : exchange.split('.'))
                    encoded += char(label.size()) + label;
            }
            encoded += char(0);
            QByteArray data;
            data += char(preference >> 8);
            data += char(preference & 0xff);
            data += encoded;
            reply += QByteArray::fromHex("c00c000f000100000e10");
            reply += char(data.size() >> 8);
            reply += char(data.size() & 0xff);
            reply += data;
        }
        return reply;
    }

    QList<std::pair<int, QByteArray>> m_records;
    QHash<QByteArray, QByteArray> m_addresses;
    QUdpSocket m_socket;
    int m_queries = 0;
};

/// SMTP servers on 127.0.0.2, 127.0.0.3, … (in the order given), all on one port; an address
/// listed with no behaviour has nothing listening on that port (connection refused).
struct LoopbackMxServers
{
    std::vector<std::unique_ptr<TestSmtpServer>> servers;
    quint16 port = 0;

    /// @p behaviours: one per address 127.0.0.(2 + i); std::nullopt leaves that address silent.
    bool listen(const QList<std::optional<ServerBehaviour>> &behaviours)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            servers.clear();
            // The first server picks an ephemeral port; the others try to get the same one.
            quint16 candidate = 0;
            bool ok = true;
            for (qsizetype i = 0; i < behaviours.size() && ok; ++i) {
                const QHostAddress address(QStringLiteral("127.0.0.%1").arg(2 + i));
                if (!behaviours.at(i))
                    continue;
                auto server = std::make_unique<TestSmtpServer>(*behaviours.at(i), address, candidate);
                ok = server->isListening();
                if (ok && candidate == 0)
                    candidate = server->port();
                servers.push_back(std::move(server));
            }
            if (ok && candidate == 0) {
                // Only silent addresses: any free port will do.
                QTcpServer free;
                if (free.listen(QHostAddress::LocalHost, 0))
                    candidate = free.serverPort();
            }
            if (ok && candidate != 0 && !portTakenOnSilentAddresses(behaviours, candidate)) {
                port = candidate;
                return true;
            }
        }
        servers.clear();
        return false;
    }

private:
    static bool portTakenOnSilentAddresses(const QList<std::optional<ServerBehaviour>> &behaviours, quint16 port)
    {
        for (qsizetype i = 0; i < behaviours.size(); ++i) {
            if (behaviours.at(i))
                continue;
            QTcpServer probe;
            if (!probe.listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i)), port))
                return true; // someone listens there: it would not be "unreachable"
        }
        return false;
    }
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI while this thread's event loop keeps the test servers answering.
inline CliRun runCliWithServers(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(MAILFLOW_CLI), arguments);
    loop.exec();
    CliRun run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
