// SPDX-License-Identifier: GPL-3.0-or-later
// Small SMTP servers of our own for the prober's tests: well-behaved ones with a real OpenSSL
// server behind STARTTLS, and hostile ones (FIN or RST on old hellos, silence, endless banners,
// 1 MB lines, 454 to STARTTLS, 421 throttling). They listen on 127.0.0.1 or ::1, port 0.
#pragma once

#include "common/tlsversion.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

#ifndef Q_OS_WIN
#  include <sys/socket.h>
#endif

struct ServerBehaviour
{
    enum class Banner { Normal, Endless, HugeLine, Silent, Refuse };
    enum class OldHello { OpenSsl, Fin, Reset, Silence };

    Banner banner = Banner::Normal;
    bool offerStartTls = true;
    QByteArray startTlsReply = "220 2.0.0 Ready to start TLS";
    bool implicitTls = false;
    int maxConcurrent = 0;                 ///< > 0: answer 421 to connections beyond this many
    OldHello oldHello = OldHello::OpenSsl; ///< what to do with hellos below minVersion
    Mailflow::TlsVersion minVersion = Mailflow::TlsVersion::Tls10;
    Mailflow::TlsVersion maxVersion = Mailflow::TlsVersion::Tls13;
    QByteArray cipherList = "ALL:@SECLEVEL=0";
    QByteArray cipherSuites = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";
    QByteArray groups;                     ///< e.g. "secp384r1" to force a HelloRetryRequest
    bool serverPreference = true;          ///< SSL_OP_CIPHER_SERVER_PREFERENCE
    QList<QByteArray> ehloExtras;          ///< extra EHLO lines before TLS, e.g. "AUTH PLAIN"
    QList<QByteArray> tlsEhloExtras = {"AUTH PLAIN LOGIN"};
};

namespace TestTls {

inline int opensslVersion(Mailflow::TlsVersion v)
{
    switch (v) {
    case Mailflow::TlsVersion::Ssl30: return SSL3_VERSION;
    case Mailflow::TlsVersion::Tls10: return TLS1_VERSION;
    case Mailflow::TlsVersion::Tls11: return TLS1_1_VERSION;
    case Mailflow::TlsVersion::Tls12: return TLS1_2_VERSION;
    case Mailflow::TlsVersion::Tls13: return TLS1_3_VERSION;
    default: return 0;
    }
}

/// A self-signed RSA 2048 certificate for CN=localhost (made once per test run).
inline std::pair<EVP_PKEY *, X509 *> certificate()
{
    static EVP_PKEY *key = nullptr;
    static X509 *cert = nullptr;
    if (!key) {
        key = EVP_RSA_gen(2048);
        cert = X509_new();
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 0x4d46);
        X509_gmtime_adj(X509_getm_notBefore(cert), -86400);
        X509_gmtime_adj(X509_getm_notAfter(cert), 86400L * 90);
        X509_set_pubkey(cert, key);
        X509_NAME *name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
        X509_set_issuer_name(cert, name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
        if (X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")) {
            X509_add_ext(cert, ext, -1);
            X509_EXTENSION_free(ext);
        }
        X509_sign(cert, key, EVP_sha256());
    }
    return {key, cert};
}

/// The version a ClientHello record asks for: supported_versions when present, else client_version.
inline Mailflow::TlsVersion helloVersion(const QByteArray &record)
{
    auto u16 = [&record](qsizetype at) { return quint16((quint8(record[at]) << 8) | quint8(record[at + 1])); };
    if (record.size() < 11)
        return Mailflow::TlsVersion::Unknown;
    const quint16 clientVersion = u16(9);
    qsizetype at = 11 + 32;
    at += 1 + quint8(record[at]);
    at += 2 + u16(at);
    at += 1 + quint8(record[at]);
    if (at + 2 <= record.size()) {
        const qsizetype end = qMin<qsizetype>(record.size(), at + 2 + u16(at));
        at += 2;
        while (at + 4 <= end) {
            const quint16 type = u16(at);
            const quint16 len = u16(at + 2);
            if (type == 43) {
                quint16 best = 0;
                for (qsizetype i = at + 5; i + 1 < at + 4 + len; i += 2)
                    best = qMax(best, u16(i));
                if (best)
                    return Mailflow::tlsVersionFromWire(best);
            }
            at += 4 + len;
        }
    }
    return Mailflow::tlsVersionFromWire(clientVersion);
}

} // namespace TestTls

class TestSmtpConnection : public QObject
{
public:
    TestSmtpConnection(QTcpSocket *socket, const ServerBehaviour &behaviour, int *open, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_behaviour(behaviour)
        , m_open(open)
    {
        ++*m_open;
        connect(socket, &QTcpSocket::readyRead, this, &TestSmtpConnection::onRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_endless.stop();
            deleteLater();
        });
        if (m_behaviour.maxConcurrent > 0 && *m_open > m_behaviour.maxConcurrent) {
            m_socket->write("421 4.7.0 test.invalid Error: too many connections from 127.0.0.1\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        if (m_behaviour.implicitTls) {
            m_state = State::TlsWait;
            return;
        }
        switch (m_behaviour.banner) {
        case ServerBehaviour::Banner::Normal:
            m_socket->write("220 test.invalid ESMTP ready\r\n");
            break;
        case ServerBehaviour::Banner::Refuse:
            m_socket->write("554 5.7.1 test.invalid no SMTP service here\r\n");
            break;
        case ServerBehaviour::Banner::Endless:
            connect(&m_endless, &QTimer::timeout, this, [this] {
                if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() < 65536) {
                    for (int i = 0; i < 50; ++i)
                        m_socket->write("220-test.invalid still greeting you\r\n");
                }
            });
            m_endless.start(1);
            break;
        case ServerBehaviour::Banner::HugeLine:
            m_socket->write("220 " + QByteArray(1 << 20, 'x') + "\r\n");
            break;
        case ServerBehaviour::Banner::Silent:
            break;
        }
    }
    ~TestSmtpConnection() override
    {
        --*m_open;
        SSL_free(m_ssl);
    }

private:
    enum class State { Smtp, TlsWait, Tls, Dead };

    void reply(const QByteArray &line) { m_socket->write(line + "\r\n"); }

    void onRead()
    {
        m_in += m_socket->readAll();
        if (m_state == State::Smtp) {
            qsizetype newline;
            while (m_state == State::Smtp && (newline = m_in.indexOf('\n')) >= 0) {
                const QByteArray line = m_in.left(newline).trimmed();
                m_in.remove(0, newline + 1);
                const QByteArray verb = line.left(4).toUpper();
                if (verb == "EHLO") {
                    QList<QByteArray> lines = {"test.invalid", "PIPELINING", "SIZE 10240000"};
                    lines += m_behaviour.ehloExtras;
                    if (m_behaviour.offerStartTls)
                        lines << "STARTTLS";
                    lines << "8BITMIME";
                    for (qsizetype i = 0; i < lines.size(); ++i)
                        reply((i + 1 < lines.size() ? "250-" : "250 ") + lines.at(i));
                } else if (verb == "HELO") {
                    reply("250 test.invalid");
                } else if (line.toUpper() == "STARTTLS") {
                    reply(m_behaviour.offerStartTls ? m_behaviour.startTlsReply : QByteArray("502 5.5.1 Error: command not implemented"));
                    if (m_behaviour.offerStartTls && m_behaviour.startTlsReply.startsWith("220"))
                        m_state = State::TlsWait;
                } else if (verb == "QUIT") {
                    reply("221 2.0.0 Bye");
                    m_socket->disconnectFromHost();
                    return;
                } else {
                    reply("502 5.5.2 Error: command not recognized");
                }
            }
        }
        if (m_state == State::TlsWait)
            onHello();
        else if (m_state == State::Tls)
            pump();
    }

    void onHello()
    {
        if (m_in.size() < 5)
            return;
        const int length = (quint8(m_in[3]) << 8) | quint8(m_in[4]);
        if (m_in.size() < 5 + length)
            return;
        const Mailflow::TlsVersion version = TestTls::helloVersion(m_in);
        if (int(version) < int(m_behaviour.minVersion) && m_behaviour.oldHello != ServerBehaviour::OldHello::OpenSsl) {
            m_state = State::Dead;
            m_in.clear();
            switch (m_behaviour.oldHello) {
            case ServerBehaviour::OldHello::Fin:
                m_socket->disconnectFromHost();
                break;
            case ServerBehaviour::OldHello::Reset: {
#ifndef Q_OS_WIN
                const linger hard{1, 0};
                ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
#endif
                m_socket->abort();
                break;
            }
            default:
                break;
            }
            return;
        }
        SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
        SSL_CTX_set_security_level(ctx, 0);
        SSL_CTX_set_min_proto_version(ctx, TestTls::opensslVersion(m_behaviour.minVersion));
        SSL_CTX_set_max_proto_version(ctx, TestTls::opensslVersion(m_behaviour.maxVersion));
        SSL_CTX_set_cipher_list(ctx, m_behaviour.cipherList.constData());
        SSL_CTX_set_ciphersuites(ctx, m_behaviour.cipherSuites.constData());
        if (!m_behaviour.groups.isEmpty())
            SSL_CTX_set1_groups_list(ctx, m_behaviour.groups.constData());
        SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET | (m_behaviour.serverPreference ? SSL_OP_CIPHER_SERVER_PREFERENCE : 0));
        const auto [key, cert] = TestTls::certificate();
        SSL_CTX_use_certificate(ctx, cert);
        SSL_CTX_use_PrivateKey(ctx, key);
        m_ssl = SSL_new(ctx);
        SSL_CTX_free(ctx);
        m_rbio = BIO_new(BIO_s_mem());
        m_wbio = BIO_new(BIO_s_mem());
        SSL_set_bio(m_ssl, m_rbio, m_wbio);
        SSL_set_accept_state(m_ssl);
        m_state = State::Tls;
        pump();
    }

    void flushTls()
    {
        char buffer[16384];
        int n;
        while ((n = BIO_read(m_wbio, buffer, sizeof(buffer))) > 0)
            m_socket->write(buffer, n);
    }

    void pump()
    {
        if (!m_in.isEmpty()) {
            BIO_write(m_rbio, m_in.constData(), int(m_in.size()));
            m_in.clear();
        }
        if (!SSL_is_init_finished(m_ssl)) {
            const int r = SSL_do_handshake(m_ssl);
            flushTls();
            if (r != 1) {
                const int e = SSL_get_error(m_ssl, r);
                if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
                    ERR_clear_error();
                    m_state = State::Dead;
                    m_socket->disconnectFromHost();
                }
                return;
            }
            if (m_behaviour.implicitTls)
                tlsReply("220 test.invalid ESMTP ready (implicit TLS)");
        }
        char buffer[4096];
        int n;
        while ((n = SSL_read(m_ssl, buffer, sizeof(buffer))) > 0)
            m_plain.append(buffer, n);
        qsizetype newline;
        while ((newline = m_plain.indexOf('\n')) >= 0) {
            const QByteArray line = m_plain.left(newline).trimmed();
            m_plain.remove(0, newline + 1);
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO") {
                QList<QByteArray> lines = {"test.invalid", "SIZE 10240000"};
                lines += m_behaviour.tlsEhloExtras;
                lines << "8BITMIME";
                for (qsizetype i = 0; i < lines.size(); ++i)
                    tlsReply((i + 1 < lines.size() ? "250-" : "250 ") + lines.at(i));
            } else if (verb == "QUIT") {
                tlsReply("221 2.0.0 Bye");
                m_socket->disconnectFromHost();
                return;
            } else {
                tlsReply("502 5.5.2 Error: command not recognized");
            }
        }
        flushTls();
    }

    void tlsReply(const QByteArray &line)
    {
        const QByteArray data = line + "\r\n";
        SSL_write(m_ssl, data.constData(), int(data.size()));
        flushTls();
    }

    QPointer<QTcpSocket> m_socket;
    ServerBehaviour m_behaviour;
    int *m_open;
    State m_state = State::Smtp;
    QByteArray m_in;
    QByteArray m_plain;
    QTimer m_endless;
    SSL *m_ssl = nullptr;
    BIO *m_rbio = nullptr;
    BIO *m_wbio = nullptr;
};

class TestSmtpServer : public QObject
{
public:
    /// Listens on @p address, @p port (0: an ephemeral one); isListening() says whether it could.
    explicit TestSmtpServer(const ServerBehaviour &behaviour, const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0)
        : m_behaviour(behaviour)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_accepted;
                socket->setParent(this);
                new TestSmtpConnection(socket, m_behaviour, &m_open, socket);
            }
        });
        m_server.setMaxPendingConnections(256);
        m_listening = m_server.listen(address, port);
    }
    bool isListening() const { return m_listening; }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }

private:
    ServerBehaviour m_behaviour;
    QTcpServer m_server;
    bool m_listening = false;
    int m_open = 0;
    int m_accepted = 0;
};
