// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggenerator.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <memory>
#include <queue>
#include <vector>

namespace Mailflow::Testing {

namespace {

class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

private:
    quint64 m_state;
};

void appendTimestamp(QByteArray &out, qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    // civil from days (H. Hinnant)
    days += 719468;
    const qint64 era = days / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = int(yoe) + int(era) * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[32];
    const int h = int(rest / 3600000);
    rest %= 3600000;
    const int mi = int(rest / 60000);
    rest %= 60000;
    const int s = int(rest / 1000);
    const int f = int(rest % 1000);
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, m, d, h, mi, s, f);
    out.append(buf, n);
}

QByteArray hex16(quint64 v)
{
    return QByteArray::number(v, 16).toUpper().rightJustified(16, '0');
}

QByteArray ip(int a, int b, int c, int d)
{
    return QByteArray::number(a) + '.' + QByteArray::number(b) + '.' + QByteArray::number(c) + '.' + QByteArray::number(d);
}

struct Session
{
    QByteArray connector;
    QByteArray id;
    QByteArray local;
    QByteArray remote;
    std::vector<QByteArray> lines; // "event,data,context"
    size_t next = 0;
    int fileAtStart = 0;
};

struct Scheduled
{
    qint64 at;
    int kind;
    int host;
    int attempt;
    bool operator>(const Scheduled &o) const { return at > o.at; }
};

const char *const certLine =
    "*, CN=mail.contoso.com CN=R3, O=Let's Encrypt, C=US 03C6CCE6D57C1D2DA908BF69EBD10963AE74 "
    "AF15A9798388DD9C0C03FEBC897025CD76963178 2025-12-05T09:46:36.000Z 2026-03-05T09:46:36.000Z "
    "mail.contoso.com;autodiscover.contoso.com;,Sending certificate Subject Issuer name Serial number Thumbprint "
    "Not before Not after Subject alternate names";

QByteArray tlsLine(int version, bool server, Random &random)
{
    static const char *const protocols[] = {"TLS1_0", "TLS1_1", "TLS1_2", "TLS1_3"};
    QByteArray line = "*,,\"TLS protocol SP_PROT_";
    line += protocols[version];
    line += server ? "_SERVER" : "_CLIENT";
    if (version <= 1)
        line += " negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash "
                "algorithm CALG_SHA1 with strength 160 bits and key exchange algorithm CALG_ECDHE with strength 384 bits\"";
    else if (random.below(3) == 0)
        line += " negotiation succeeded using bulk encryption algorithm CALG_AES_128 with strength 128 bits, MAC hash "
                "algorithm CALG_SHA_256 with strength 0 bits and key exchange algorithm CALG_ECDH_EPHEM with strength 256 bits\"";
    else
        line += " negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash "
                "algorithm CALG_SHA_384 with strength 0 bits and key exchange algorithm CALG_ECDH_EPHEM with strength 384 bits\"";
    return line;
}

const QByteArray extensionsOffer =
    " SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS X-ANONYMOUSTLS AUTH NTLM X-EXPS GSSAPI NTLM 8BITMIME "
    "BINARYMIME CHUNKING XRDST,";
const QByteArray extensionsAfterTls =
    " SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES AUTH NTLM LOGIN X-EXPS GSSAPI NTLM 8BITMIME BINARYMIME "
    "CHUNKING XRDST,";
const QByteArray extensionsNoTls =
    " SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES 8BITMIME BINARYMIME CHUNKING XRDST,";

class Stream
{
public:
    Stream(const LogGeneratorOptions &options, bool send, qint64 target, quint64 seed, LogGeneratorStats &stats)
        : m_options(options)
        , m_send(send)
        , m_target(target)
        , m_random(seed)
        , m_stats(stats)
    {
        m_clock = 1767225600000LL + (send ? 0 : 1234); // 2026-01-01
        m_nextId = (send ? 0x08DE3A0000000000ULL : 0x08DE3B0000000000ULL);
    }

    bool run()
    {
        m_dir = m_options.folder + (m_send ? QStringLiteral("/SmtpSend") : QStringLiteral("/SmtpReceive"));
        if (!QDir().mkpath(m_dir))
            return false;
        if (!openNext())
            return false;
        while (m_written + m_buffer.size() < m_target) {
            while (!m_scheduled.empty() && m_scheduled.top().at <= m_clock) {
                const Scheduled s = m_scheduled.top();
                m_scheduled.pop();
                startScheduled(s);
            }
            while (int(m_active.size()) < m_concurrency)
                startEpisode();
            const int pick = m_random.below(int(m_active.size()));
            Session &s = *m_active[size_t(pick)];
            emit(s);
            if (s.next == s.lines.size()) {
                if (s.fileAtStart != m_fileIndex)
                    ++m_stats.sessionsAcrossFiles;
                m_active.erase(m_active.begin() + pick);
                if (m_random.below(50) == 0)
                    m_concurrency = m_random.between(1, 5);
            }
            m_clock += m_random.between(1, 160);
        }
        // Sessions still open at the end stay unfinished, as in a log cut at a rollover; but they
        // must not count as delivered or failed: finish them cleanly instead.
        while (!m_active.empty()) {
            Session &s = *m_active.back();
            while (s.next < s.lines.size())
                emit(s);
            if (s.fileAtStart != m_fileIndex)
                ++m_stats.sessionsAcrossFiles;
            m_active.pop_back();
        }
        return flush(true);
    }

private:
    bool openNext()
    {
        if (m_file)
            flush(true);
        ++m_fileIndex;
        const QByteArray hour = QByteArray("2026010100");
        m_file = std::make_unique<QFile>(m_dir + (m_send ? QStringLiteral("/SEND") : QStringLiteral("/RECV"))
                                         + QString::fromLatin1(hour) + u'-' + QString::number(m_fileIndex) + QStringLiteral(".log"));
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        ++m_stats.files;
        m_fileWritten = 0;
        m_buffer += "#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: ";
        m_buffer += m_send ? "SMTP Send Protocol Log\r\n" : "SMTP Receive Protocol Log\r\n";
        m_buffer += "#Date: ";
        appendTimestamp(m_buffer, m_clock);
        m_buffer += "\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n";
        return true;
    }

    bool flush(bool all)
    {
        if (!all && m_buffer.size() < (1 << 20))
            return true;
        const qint64 n = m_file->write(m_buffer);
        if (n != m_buffer.size())
            return false;
        m_written += n;
        m_fileWritten += n;
        m_stats.bytes += n;
        m_buffer.clear();
        return true;
    }

    void emit(Session &s)
    {
        const QByteArray &payload = s.lines[s.next];
        appendTimestamp(m_buffer, m_clock);
        m_buffer += ',';
        m_buffer += s.connector;
        m_buffer += ',';
        m_buffer += s.id;
        m_buffer += ',';
        m_buffer += QByteArray::number(qulonglong(s.next));
        m_buffer += ',';
        const bool noEndpoints = m_send && s.next < 2;
        if (!noEndpoints) {
            m_buffer += s.local;
            m_buffer += ',';
            m_buffer += s.remote;
        } else {
            m_buffer += ',';
        }
        m_buffer += ',';
        m_buffer += payload;
        m_buffer += "\r\n";
        ++s.next;
        if (m_fileWritten + m_buffer.size() >= m_options.fileBytes) {
            flush(true);
            openNext();
        } else {
            flush(false);
        }
    }

    Session &newSession(const QByteArray &connector, const QByteArray &remoteIp)
    {
        auto s = std::make_unique<Session>();
        s->connector = connector;
        s->id = hex16(++m_nextId);
        s->fileAtStart = m_fileIndex;
        if (m_send) {
            s->local = "10.0.0.5:" + QByteArray::number(m_random.between(20000, 65000));
            s->remote = remoteIp + ":25";
        } else {
            s->local = "10.0.0.5:25";
            s->remote = remoteIp + ':' + QByteArray::number(m_random.between(1024, 65000));
        }
        ++m_stats.sessions;
        ++(m_send ? m_stats.sendSessions : m_stats.receiveSessions);
        m_active.push_back(std::move(s));
        return *m_active.back();
    }

    // version: -2 no STARTTLS offered, -1 TLS fails, 0..3 TLS 1.0..1.3
    void smtp(Session &s, const QByteArray &remoteName, int version, int messages, const char *failure = "SocketError")
    {
        auto &l = s.lines;
        const QByteArray banner = "\"220 " + remoteName + " Microsoft ESMTP MAIL Service ready at Thu, 1 Jan 2026 01:00:00 +0100\",";
        const QByteArray ours = "EXCH1.contoso.com";
        const QByteArray hello = "250  " + (m_send ? remoteName : ours) + " Hello [" + s.remote.left(s.remote.indexOf(':')) + ']';
        const char *in = m_send ? "<," : ">,";  // replies
        const char *out = m_send ? ">," : "<,"; // commands
        if (m_send) {
            l.push_back("*,SendRoutingHeaders,Set Session Permissions");
            l.push_back("*,,attempting to connect");
            l.push_back("+,,");
            l.push_back(in + banner);
            l.push_back(out + QByteArray("EHLO ") + ours + ',');
        } else {
            l.push_back("+,,");
            l.push_back("*,SMTPSubmit SMTPAcceptAnyRecipient SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders,Set Session Permissions");
            l.push_back(in + QByteArray("\"220 ") + ours + " Microsoft ESMTP MAIL Service ready at Thu, 1 Jan 2026 01:00:00 +0000\",");
            l.push_back(out + QByteArray("EHLO ") + remoteName + ',');
        }
        if (version == -2) {
            l.push_back(in + hello + extensionsNoTls);
            ++m_stats.noTls;
        } else {
            l.push_back(in + hello + extensionsOffer);
            l.push_back(out + QByteArray("STARTTLS,"));
            l.push_back(in + QByteArray("220 2.0.0 SMTP server ready,"));
            l.push_back(certLine);
            if (version == -1) {
                l.push_back(QByteArray("*,,TLS negotiation failed with error ") + failure);
                l.push_back("-,,Local");
                ++m_stats.tlsFailed;
                return;
            }
            l.push_back(tlsLine(version, !m_send, m_random));
            if (!m_send)
                l.push_back("*,,Client certificate chain validation status: 'EmptyCertificate'");
            l.push_back(out + QByteArray("EHLO ") + (m_send ? ours : remoteName) + ',');
            if (!m_send)
                l.push_back("*,,TlsDomainCapabilities='None'; Status='NoRemoteCertificate'");
            l.push_back(in + hello + extensionsAfterTls);
            int *counter[] = {&m_stats.tls10, &m_stats.tls11, &m_stats.tls12, &m_stats.tls13};
            ++*counter[version];
        }
        for (int m = 0; m < messages; ++m) {
            const QByteArray messageId = QByteArray::number(++m_messageCounter, 16) + "a0b1c2d3e4f5@" + (m_send ? "contoso.com" : remoteName);
            const QByteArray size = QByteArray::number(m_random.between(2000, 90000));
            if (m_send)
                l.push_back("*,,sending message with RecordId " + QByteArray::number(40900973559810LL + m_messageCounter)
                            + " and InternetMessageId <" + messageId + '>');
            l.push_back(out + QByteArray("MAIL FROM:<user") + QByteArray::number(m_random.below(500)) + "@contoso.com> SIZE=" + size + ',');
            const int rcpts = m_random.between(1, 3);
            for (int r = 0; r < rcpts; ++r)
                l.push_back(out + QByteArray("RCPT TO:<rcpt") + QByteArray::number(m_random.below(2000)) + "@fabrikam.com>,");
            l.push_back(in + QByteArray("250 2.1.0 Sender OK,"));
            for (int r = 0; r < rcpts; ++r)
                l.push_back(in + QByteArray("250 2.1.5 Recipient OK,"));
            l.push_back(out + QByteArray("BDAT ") + size + " LAST,");
            l.push_back(in + QByteArray("\"250 2.6.0 <") + messageId + "> [InternalId=" + QByteArray::number(171798691842LL + m_messageCounter)
                        + ", Hostname=EXCH1.contoso.com] " + size + " bytes in 0.216, 98.123 KB/sec Queued mail for delivery\",");
            ++m_stats.messagesQueued;
        }
        l.push_back(out + QByteArray("QUIT,"));
        l.push_back(in + QByteArray("221 2.0.0 Service closing transmission channel,"));
        l.push_back(m_send ? "-,,Local" : "-,,Remote");
    }

    void startEpisode()
    {
        const int roll = m_random.below(1000);
        if (m_send) {
            if (roll < 20) { // fallback: TLS fails, the next session delivers in plaintext
                const int host = ++m_uniqueHosts;
                const QByteArray address = ip(100, 65, (host >> 8) & 255, host & 255);
                const QByteArray name = "mx" + QByteArray::number(host) + ".legacy-partner.example";
                Session &failed = newSession("Outbound to Internet", address);
                smtp(failed, name, -1, 0);
                m_scheduled.push({m_clock + m_random.between(800, 3000), 1, host, 0});
                return;
            }
            if (roll < 26) { // RequireTLS: fails every few minutes, never delivers
                const int host = ++m_uniqueHosts;
                m_scheduled.push({m_clock, 2, host, 0});
                return;
            }
            const int host = m_random.below(40);
            if (roll < 70) {
                Session &s = newSession("Outbound to Internet", ip(192, 0, 2, host + 1));
                smtp(s, "mail" + QByteArray::number(host) + ".plaintext.example", -2, m_random.between(1, 2));
                return;
            }
            if (roll < 110) {
                Session &s = newSession("Outbound to Internet", ip(198, 51, 100, host + 1));
                smtp(s, "mx" + QByteArray::number(host) + ".old-tls.example", host % 2, m_random.between(1, 2));
                return;
            }
            Session &s = newSession(roll < 600 ? QByteArray("Outbound to Office 365") : QByteArray("Outbound to Internet"),
                                    ip(203, 0, 113, host + 1));
            smtp(s, "host" + QByteArray::number(host) + ".mail.protection.outlook.com", roll < 900 ? 2 : 3,
                 m_random.between(1, 3));
            return;
        }
        const int host = m_random.below(60);
        const QByteArray connector = "EXCH1\\Default Frontend EXCH1";
        if (roll < 10) {
            const int unique = ++m_uniqueHosts;
            Session &s = newSession(connector, ip(100, 66, (unique >> 8) & 255, unique & 255));
            smtp(s, "client" + QByteArray::number(unique) + ".broken.example", -1, 0, "UnknownCredentials");
            return;
        }
        if (roll < 60) {
            Session &s = newSession(connector, ip(198, 51, 100, host + 101));
            smtp(s, "scanner" + QByteArray::number(host) + ".old-tls.example", host % 3 == 0 ? 1 : 0, m_random.between(0, 2));
            return;
        }
        if (roll < 100) {
            Session &s = newSession(connector, ip(192, 0, 2, host + 101));
            smtp(s, "printer" + QByteArray::number(host) + ".contoso.com", -2, m_random.between(1, 2));
            return;
        }
        Session &s = newSession(connector, ip(203, 0, 113, host + 101));
        smtp(s, "mail" + QByteArray::number(host) + ".fabrikam.com", roll < 930 ? 2 : 3, m_random.between(0, 3));
    }

    void startScheduled(const Scheduled &job)
    {
        if (job.kind == 1) {
            Session &s = newSession("Outbound to Internet", ip(100, 65, (job.host >> 8) & 255, job.host & 255));
            smtp(s, "mx" + QByteArray::number(job.host) + ".legacy-partner.example", -2, 1);
            ++m_stats.fallbacks;
            return;
        }
        Session &s = newSession("Hybrid Mail Flow Outbound", ip(100, 64, (job.host >> 8) & 255, job.host & 255));
        smtp(s, "tenant" + QByteArray::number(job.host) + ".mail.protection.outlook.com", -1, 0);
        if (job.attempt == 1)
            ++m_stats.retrySeries; // counted once the second attempt exists
        if (job.attempt < 12)
            m_scheduled.push({m_clock + m_random.between(4 * 60000, 11 * 60000), 2, job.host, job.attempt + 1});
    }

    const LogGeneratorOptions &m_options;
    bool m_send;
    qint64 m_target;
    Random m_random;
    LogGeneratorStats &m_stats;
    QString m_dir;
    std::unique_ptr<QFile> m_file;
    int m_fileIndex = 0;
    qint64 m_written = 0;
    qint64 m_fileWritten = 0;
    QByteArray m_buffer;
    qint64 m_clock = 0;
    quint64 m_nextId = 0;
    quint64 m_messageCounter = 0;
    int m_uniqueHosts = 0;
    int m_concurrency = 3;
    std::vector<std::unique_ptr<Session>> m_active;
    std::priority_queue<Scheduled, std::vector<Scheduled>, std::greater<>> m_scheduled;
};

} // namespace

LogGeneratorStats generateProtocolLogs(const LogGeneratorOptions &options)
{
    LogGeneratorStats stats;
    const qint64 sendBytes = options.totalBytes / 2;
    Stream send(options, true, sendBytes, options.seed, stats);
    Stream receive(options, false, options.totalBytes - sendBytes, options.seed ^ 0x5DEECE66DULL, stats);
    if (!send.run() || !receive.run())
        stats.bytes = -1;
    return stats;
}

} // namespace Mailflow::Testing
