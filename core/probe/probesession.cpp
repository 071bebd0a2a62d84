// SPDX-License-Identifier: GPL-3.0-or-later
#include "probesession.h"

#include "probe/ciphersuites.h"
#include "probe/probesocket.h"
#include "probe/tlswire.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <QHash>
#include <QMutex>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Mailflow::Internal {

namespace {

int opensslVersion(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Ssl30: return SSL3_VERSION;
    case TlsVersion::Tls10: return TLS1_VERSION;
    case TlsVersion::Tls11: return TLS1_1_VERSION;
    case TlsVersion::Tls12: return TLS1_2_VERSION;
    case TlsVersion::Tls13: return TLS1_3_VERSION;
    case TlsVersion::Unknown: break;
    }
    return 0;
}

struct ContextDeleter
{
    void operator()(SSL_CTX *ctx) const { SSL_CTX_free(ctx); }
};

// One context per version, shared by all sessions: loading the trust store once is what makes
// confirmation handshakes cheap.
SSL_CTX *contextFor(TlsVersion version)
{
    static QMutex mutex;
    static QHash<int, std::shared_ptr<SSL_CTX>> contexts;
    QMutexLocker locker(&mutex);
    const int key = int(version);
    if (auto it = contexts.constFind(key); it != contexts.cend())
        return it->get();
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        return nullptr;
    SSL_CTX_set_security_level(ctx, 0);
    const int wire = opensslVersion(version);
    SSL_CTX_set_min_proto_version(ctx, wire);
    SSL_CTX_set_max_proto_version(ctx, wire);
    SSL_CTX_set_cipher_list(ctx, "ALL:COMPLEMENTOFALL:@SECLEVEL=0");
    SSL_CTX_set_ciphersuites(ctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
                                  "TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256");
    SSL_CTX_set_options(ctx, SSL_OP_LEGACY_SERVER_CONNECT | SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_default_verify_paths(ctx);
    contexts.insert(key, std::shared_ptr<SSL_CTX>(ctx, ContextDeleter()));
    return ctx;
}

QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(e, buffer, sizeof(buffer));
        parts << QString::fromLatin1(buffer);
    }
    return parts.join(QLatin1StringView("; "));
}

QString nameText(const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QString text = QString::fromUtf8(data, length);
    BIO_free(bio);
    return text;
}

QDateTime timeOf(const ASN1_TIME *time)
{
    tm t {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::UTC);
}

CertificateInfo certificateInfo(X509 *cert)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(cert));
    info.issuer = nameText(X509_get_issuer_name(cert));
    info.selfSigned = X509_check_issued(cert, cert) == X509_V_OK;
    if (auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
            if (name->type == GEN_DNS) {
                const ASN1_IA5STRING *s = name->d.dNSName;
                info.subjectAltNames << u"DNS:" + QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
            } else if (name->type == GEN_IPADD) {
                const ASN1_OCTET_STRING *s = name->d.iPAddress;
                QHostAddress address;
                if (ASN1_STRING_length(s) == 4) {
                    const unsigned char *d = ASN1_STRING_get0_data(s);
                    address.setAddress(quint32((d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3]));
                } else if (ASN1_STRING_length(s) == 16) {
                    address.setAddress(ASN1_STRING_get0_data(s));
                }
                info.subjectAltNames << u"IP:" + address.toString();
            }
        }
        GENERAL_NAMES_free(names);
    }
    info.notBefore = timeOf(X509_get0_notBefore(cert));
    info.notAfter = timeOf(X509_get0_notAfter(cert));
    if (EVP_PKEY *key = X509_get0_pubkey(cert)) {
        info.keyBits = EVP_PKEY_get_bits(key);
        switch (EVP_PKEY_get_base_id(key)) {
        case EVP_PKEY_RSA: info.keyType = QStringLiteral("RSA"); break;
        case EVP_PKEY_RSA_PSS: info.keyType = QStringLiteral("RSA-PSS"); break;
        case EVP_PKEY_DSA: info.keyType = QStringLiteral("DSA"); break;
        case EVP_PKEY_EC: info.keyType = QStringLiteral("EC"); break;
        case EVP_PKEY_ED25519: info.keyType = QStringLiteral("Ed25519"); break;
        case EVP_PKEY_ED448: info.keyType = QStringLiteral("Ed448"); break;
        default: info.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key)); break;
        }
        char curve[80] = {};
        size_t curveLength = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof(curve), &curveLength) == 1)
            info.keyCurve = QString::fromUtf8(curve, qsizetype(curveLength));
    }
    info.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(cert)));
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)) {
        char *hex = BN_bn2hex(serial);
        info.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(serial);
    }
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length > 0) {
        const QByteArrayView bytes(reinterpret_cast<const char *>(der), length);
        info.sha1 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().toUpper());
        info.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toUpper());
        OPENSSL_free(der);
    }
    return info;
}

bool looksThrottled(const SmtpResponse &reply)
{
    if (reply.code == 421)
        return true;
    const QString text = reply.text().toLower();
    return text.contains(u"too many connection") || text.contains(u"too many concurrent");
}

} // namespace

struct ProbeSession::Tls
{
    SSL *ssl = nullptr;
    BIO *rbio = nullptr;
    BIO *wbio = nullptr;
    qint64 bytesSent = 0;
    QString alert;
    ~Tls() { SSL_free(ssl); }
};

bool localOpenSslSupports(TlsVersion version, QString *why)
{
    static QMutex mutex;
    static QHash<int, QString> cache;
    QMutexLocker locker(&mutex);
    auto it = cache.constFind(int(version));
    if (it == cache.cend()) {
        QString reason;
        SSL_CTX *ctx = contextFor(version);
        SSL *ssl = ctx ? SSL_new(ctx) : nullptr;
        if (!ssl) {
            reason = QStringLiteral("local OpenSSL cannot set up a %1 handshake").arg(tlsVersionName(version));
        } else {
            BIO *rbio = BIO_new(BIO_s_mem());
            BIO *wbio = BIO_new(BIO_s_mem());
            SSL_set_bio(ssl, rbio, wbio);
            SSL_set_connect_state(ssl);
            SSL_do_handshake(ssl);
            if (BIO_ctrl_pending(wbio) == 0) {
                reason = version == TlsVersion::Ssl30
                    ? QStringLiteral("local OpenSSL cannot do SSL 3.0")
                    : QStringLiteral("local OpenSSL cannot do %1 (%2)").arg(tlsVersionName(version), opensslErrors());
            }
            ERR_clear_error();
            SSL_free(ssl);
        }
        it = cache.insert(int(version), reason);
    }
    if (why)
        *why = *it;
    return it->isEmpty();
}

QList<quint16> localOpenSslSuites(TlsVersion version)
{
    QList<quint16> codes;
    SSL_CTX *ctx = contextFor(version);
    SSL *ssl = ctx ? SSL_new(ctx) : nullptr;
    if (!ssl)
        return codes;
    if (STACK_OF(SSL_CIPHER) *ciphers = SSL_get1_supported_ciphers(ssl)) {
        for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i)
            codes.append(quint16(SSL_CIPHER_get_protocol_id(sk_SSL_CIPHER_value(ciphers, i))));
        sk_SSL_CIPHER_free(ciphers);
    }
    SSL_free(ssl);
    return codes;
}

ProbeSession::ProbeSession(int id, const SessionJob &job, const SessionConfig &config, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_job(job)
    , m_config(config)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProbeSession::onTimeout);
    m_outcome.attempt.connection = id;
    m_outcome.attempt.purpose = job.purpose;
    m_outcome.attempt.version = job.version;
    m_outcome.attempt.offered = int(job.suites.size());
    m_outcome.confirmation.version = job.version;
    m_outcome.transcript.connection = id;
    m_outcome.transcript.address = config.address.toString();
    m_outcome.transcript.port = config.port;
    QString purpose = probePurposeName(job.purpose) + u' ' + tlsVersionName(job.version);
    if (job.chain >= 0 && job.purpose != ProbePurpose::Confirm)
        purpose += QStringLiteral(" chain %1").arg(job.chain + 1);
    m_outcome.transcript.purpose = purpose;
}

ProbeSession::~ProbeSession() = default;

void ProbeSession::start()
{
    m_clock.start();
    m_outcome.transcript.started = QDateTime::currentDateTimeUtc();
    m_socket = new ProbeSocket(this);
    connect(m_socket, &ProbeSocket::connected, this, [this] {
        m_outcome.tcpConnected = true;
        log('*', QStringLiteral("connected to %1 port %2").arg(m_config.address.toString()).arg(m_config.port));
        Q_EMIT tcpConnected();
        if (m_state != State::Connecting)
            return;
        if (m_config.implicitTls)
            beginTls();
        else
            setState(State::Banner);
    });
    connect(m_socket, &ProbeSocket::failed, this, [this](const QString &error) {
        m_outcome.connectFailed = true;
        log('*', u"connect failed: " + error);
        finish(ProbeOutcome::Reset, u"connect failed: " + error);
    });
    connect(m_socket, &ProbeSocket::dataReceived, this, &ProbeSession::onData);
    connect(m_socket, &ProbeSocket::peerClosed, this, [this](ProbeSocket::CloseKind kind, const QString &error) {
        onPeerClosed(int(kind), error);
    });
    setState(State::Connecting);
    if (!m_socket->connectTo(m_config.address, m_config.port)) {
        m_outcome.connectFailed = true;
        finish(ProbeOutcome::Untestable, u"cannot create a socket: " + m_socket->errorString());
    }
}

void ProbeSession::abort()
{
    m_timer.stop();
    if (m_socket)
        m_socket->close();
    m_state = State::Done;
}

void ProbeSession::setState(State state)
{
    m_state = state;
    if (state == State::Done)
        m_timer.stop();
    else
        m_timer.start(m_config.stepTimeoutMs);
}

void ProbeSession::log(char direction, const QString &text)
{
    m_outcome.transcript.lines.append({int(m_clock.elapsed()), direction, text});
}

void ProbeSession::logReply(const SmtpResponse &reply)
{
    const QStringList lines = reply.text().split(u'\n');
    // An endless banner should not make an endless transcript.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 20 && lines.size() > 22) {
            log('S', QStringLiteral("… %1 more lines …").arg(lines.size() - 21));
            i = lines.size() - 1;
        }
        log('S', lines.at(i));
    }
}

void ProbeSession::sendLine(const QByteArray &line)
{
    log('C', QString::fromLatin1(line));
    m_socket->write(QByteArray(line + "\r\n"));
}

void ProbeSession::finish(ProbeOutcome outcome, const QString &detail)
{
    if (m_state == State::Done)
        return;
    m_outcome.attempt.outcome = outcome;
    if (!detail.isEmpty() && m_outcome.attempt.detail.isEmpty())
        m_outcome.attempt.detail = detail;
    m_outcome.attempt.ms = int(m_clock.elapsed());
    if (m_job.purpose == ProbePurpose::Confirm) {
        // A finished handshake is the confirmation; what the SMTP side does afterwards is only transcript.
        if (m_handshakeDone)
            outcome = m_outcome.attempt.outcome = ProbeOutcome::Accepted;
        m_outcome.confirmation.outcome = outcome;
        m_outcome.confirmation.alert = m_outcome.attempt.alert;
        if (m_outcome.confirmation.detail.isEmpty())
            m_outcome.confirmation.detail = m_outcome.attempt.detail;
        m_outcome.confirmation.ms = m_outcome.attempt.ms;
    }
    setState(State::Done);
    if (m_socket)
        m_socket->close();
    Q_EMIT finished();
}

void ProbeSession::quitAndFinish(ProbeOutcome outcome, const QString &reply)
{
    m_outcome.attempt.reply = reply;
    if (m_socket && m_socket->isOpen())
        sendLine("QUIT");
    finish(outcome);
}

void ProbeSession::onTimeout()
{
    static const char *const steps[] = {"", "connecting", "the banner", "the EHLO reply", "the HELO reply", "the STARTTLS reply",
                                        "the ServerHello", "the TLS handshake", "the EHLO reply inside TLS", "the QUIT reply", ""};
    if (m_state == State::TlsQuit) {
        finish(ProbeOutcome::Accepted);
        return;
    }
    const QString detail = QStringLiteral("no answer within %1 ms waiting for %2")
                               .arg(m_config.stepTimeoutMs)
                               .arg(QLatin1StringView(steps[int(m_state)]));
    log('*', detail);
    if (m_state == State::Connecting)
        m_outcome.connectFailed = true;
    finish(ProbeOutcome::Timeout, detail);
}

void ProbeSession::onPeerClosed(int kind, const QString &error)
{
    if (m_state == State::Done)
        return;
    const auto closeKind = ProbeSocket::CloseKind(kind);
    const QString how = closeKind == ProbeSocket::CloseKind::Fin ? QStringLiteral("closed by the server (FIN)")
        : closeKind == ProbeSocket::CloseKind::Reset            ? QStringLiteral("reset by the server (RST)")
                                                                 : u"connection error: " + error;
    log('*', how);
    if (m_state == State::TlsQuit) {
        finish(ProbeOutcome::Accepted);
        return;
    }
    QString detail;
    switch (m_state) {
    case State::Banner: detail = QStringLiteral("before the banner"); break;
    case State::Ehlo:
    case State::Helo: detail = QStringLiteral("after EHLO"); break;
    case State::StartTls: detail = QStringLiteral("after STARTTLS"); break;
    case State::TlsEhlo: detail = QStringLiteral("after the handshake"); break;
    default: break;
    }
    if (m_state == State::Hello && !m_socket->buffer().isEmpty())
        detail = QStringLiteral("after %1 bytes of an incomplete answer").arg(m_socket->buffer().size());
    finish(closeKind == ProbeSocket::CloseKind::Fin ? ProbeOutcome::Closed : ProbeOutcome::Reset, detail);
}

void ProbeSession::onData()
{
    switch (m_state) {
    case State::Banner:
    case State::Ehlo:
    case State::Helo:
    case State::StartTls: {
        QByteArray &buffer = m_socket->buffer();
        while (m_state != State::Done && !buffer.isEmpty()) {
            const SmtpResponse reply = parseSmtpResponse(buffer);
            if (reply.state == SmtpResponse::State::Incomplete)
                return;
            if (reply.state == SmtpResponse::State::Invalid) {
                log('*', reply.error);
                finish(ProbeOutcome::ProtocolError, reply.error);
                return;
            }
            buffer.remove(0, reply.consumed);
            logReply(reply);
            const State before = m_state;
            onSmtpReply(reply);
            if (m_state == before || m_state == State::Hello || m_state == State::Handshake)
                break;
        }
        if (m_state == State::Hello || m_state == State::Handshake) {
            if (!buffer.isEmpty()) {
                // Bytes after "220 ready to start TLS" and before our hello: a server bug or an injection.
                log('*', QStringLiteral("ignored %1 bytes sent before the TLS handshake").arg(buffer.size()));
                buffer.clear();
            }
        }
        return;
    }
    case State::Hello:
        onHelloData();
        return;
    case State::Handshake:
        pumpHandshake();
        return;
    case State::TlsEhlo:
    case State::TlsQuit:
        onTlsData();
        return;
    default:
        return;
    }
}

void ProbeSession::onSmtpReply(const SmtpResponse &reply)
{
    switch (m_state) {
    case State::Banner:
        m_outcome.banner = reply.text();
        m_outcome.bannerCode = reply.code;
        if (reply.code == 220) {
            setState(State::Ehlo);
            sendLine("EHLO " + m_config.ehloName.toUtf8());
            return;
        }
        m_outcome.throttled = looksThrottled(reply);
        quitAndFinish(ProbeOutcome::StartTlsRefused, reply.text());
        return;
    case State::Ehlo:
        if (reply.code == 250) {
            m_outcome.ehloReply = reply.text();
            m_outcome.extensions = parseEhloExtensions(reply);
            m_outcome.haveEhlo = true;
            setState(State::StartTls);
            sendLine("STARTTLS");
            return;
        }
        if (looksThrottled(reply)) {
            m_outcome.throttled = true;
            quitAndFinish(ProbeOutcome::StartTlsRefused, reply.text());
            return;
        }
        if (reply.code >= 500) {
            m_outcome.heloFallback = true;
            setState(State::Helo);
            sendLine("HELO " + m_config.ehloName.toUtf8());
            return;
        }
        quitAndFinish(ProbeOutcome::StartTlsRefused, reply.text());
        return;
    case State::Helo:
        if (reply.code == 250) {
            m_outcome.ehloReply = reply.text();
            m_outcome.haveEhlo = true;
            setState(State::StartTls);
            sendLine("STARTTLS");
            return;
        }
        m_outcome.throttled = looksThrottled(reply);
        quitAndFinish(ProbeOutcome::StartTlsRefused, reply.text());
        return;
    case State::StartTls:
        m_outcome.startTlsReply = reply.text();
        if (reply.code == 220) {
            m_outcome.startTlsAccepted = true;
            beginTls();
            return;
        }
        m_outcome.throttled = looksThrottled(reply);
        quitAndFinish(ProbeOutcome::StartTlsRefused, reply.text());
        return;
    default:
        return;
    }
}

void ProbeSession::beginTls()
{
    if (m_job.purpose != ProbePurpose::Confirm) {
        ClientHelloSpec spec;
        spec.version = m_job.version;
        spec.cipherSuites = m_job.suites;
        spec.serverName = m_config.serverName;
        const QByteArray hello = buildClientHello(spec);
        log('T', QStringLiteral("ClientHello %1, %2 suites, %3 bytes")
                     .arg(tlsVersionName(m_job.version))
                     .arg(m_job.suites.size())
                     .arg(hello.size()));
        setState(State::Hello);
        m_socket->write(hello);
        return;
    }
    QString why;
    if (!localOpenSslSupports(m_job.version, &why)) {
        finish(ProbeOutcome::Untestable, why);
        return;
    }
    SSL_CTX *ctx = contextFor(m_job.version);
    m_tls = std::make_unique<Tls>();
    m_tls->ssl = SSL_new(ctx);
    m_tls->rbio = BIO_new(BIO_s_mem());
    m_tls->wbio = BIO_new(BIO_s_mem());
    SSL_set_bio(m_tls->ssl, m_tls->rbio, m_tls->wbio);
    SSL_set_connect_state(m_tls->ssl);
    SSL_set_app_data(m_tls->ssl, m_tls.get());
    SSL_set_info_callback(m_tls->ssl, [](const SSL *ssl, int where, int value) {
        if (where & SSL_CB_READ_ALERT) {
            auto *tls = static_cast<Tls *>(SSL_get_app_data(ssl));
            if (tls && tls->alert.isEmpty())
                tls->alert = tlsAlertName(quint8(value & 0xff));
        }
    });
    if (!m_config.serverName.isEmpty())
        SSL_set_tlsext_host_name(m_tls->ssl, m_config.serverName.toUtf8().constData());
    log('T', QStringLiteral("OpenSSL handshake, %1 only").arg(tlsVersionName(m_job.version)));
    setState(State::Handshake);
    pumpHandshake();
}

void ProbeSession::onHelloData()
{
    const ServerHelloResult hello = parseServerHello(m_socket->buffer());
    ProbeAttempt &attempt = m_outcome.attempt;
    switch (hello.kind) {
    case ServerHelloResult::Kind::Incomplete:
        return;
    case ServerHelloResult::Kind::Alert:
        attempt.alert = tlsAlertName(hello.alertDescription);
        log('T', QStringLiteral("alert %1 %2").arg(hello.alertLevel == 2 ? u"fatal" : u"warning", attempt.alert));
        finish(ProbeOutcome::Alert);
        return;
    case ServerHelloResult::Kind::Invalid:
        log('T', hello.error);
        finish(ProbeOutcome::ProtocolError, hello.error);
        return;
    case ServerHelloResult::Kind::ServerHello:
        break;
    }
    attempt.serverVersion = hello.version;
    attempt.cipherSuite = hello.cipherSuite;
    attempt.helloRetryRequest = hello.helloRetryRequest;
    log('T', QStringLiteral("%1 %2 %3%4")
                 .arg(hello.helloRetryRequest ? u"HelloRetryRequest" : u"ServerHello",
                      tlsVersionName(tlsVersionFromWire(hello.version)).isEmpty()
                          ? QStringLiteral("0x%1").arg(hello.version, 4, 16, QLatin1Char('0'))
                          : tlsVersionName(tlsVersionFromWire(hello.version)),
                      cipherSuiteName(hello.cipherSuite),
                      hello.keyShareGroup ? u" group " + tlsGroupName(hello.keyShareGroup) : QString()));
    const quint16 wanted = tlsVersionWire(m_job.version);
    if (hello.version == wanted)
        finish(ProbeOutcome::Accepted);
    else if (hello.version < wanted)
        finish(ProbeOutcome::Downgraded, QStringLiteral("the server chose %1").arg(tlsVersionName(tlsVersionFromWire(hello.version))));
    else
        finish(ProbeOutcome::ProtocolError, QStringLiteral("the server chose version 0x%1, higher than offered").arg(hello.version, 4, 16, QLatin1Char('0')));
}

void ProbeSession::pumpHandshake()
{
    QByteArray &in = m_socket->buffer();
    if (!in.isEmpty()) {
        BIO_write(m_tls->rbio, in.constData(), int(in.size()));
        in.clear();
    }
    ERR_clear_error();
    const int r = SSL_do_handshake(m_tls->ssl);
    const int error = r == 1 ? SSL_ERROR_NONE : SSL_get_error(m_tls->ssl, r);
    char chunk[16384];
    int n;
    while ((n = BIO_read(m_tls->wbio, chunk, sizeof(chunk))) > 0) {
        m_tls->bytesSent += n;
        m_socket->write(QByteArrayView(chunk, n));
    }
    if (r == 1) {
        m_handshakeDone = true;
        const SSL_CIPHER *cipher = SSL_get_current_cipher(m_tls->ssl);
        const quint16 code = cipher ? quint16(SSL_CIPHER_get_protocol_id(cipher)) : 0;
        m_outcome.confirmation.cipherSuite = cipherSuiteName(code);
        m_outcome.attempt.cipherSuite = code;
        m_outcome.attempt.serverVersion = quint16(SSL_version(m_tls->ssl));
        const int group = SSL_get_negotiated_group(m_tls->ssl);
        if (group > 0) {
            if (const char *name = SSL_group_to_name(m_tls->ssl, group))
                m_outcome.confirmation.group = QString::fromLatin1(name);
        }
        log('T', QStringLiteral("handshake done: %1 %2%3")
                     .arg(QString::fromLatin1(SSL_get_version(m_tls->ssl)), m_outcome.confirmation.cipherSuite,
                          m_outcome.confirmation.group.isEmpty() ? QString() : u" group " + m_outcome.confirmation.group));
        if (m_job.collectDetails)
            collectTlsDetails();
        if (m_config.implicitTls) {
            setState(State::TlsEhlo); // the banner comes first
        } else if (m_job.collectDetails) {
            setState(State::TlsEhlo);
            sendTlsLine("EHLO " + m_config.ehloName.toUtf8());
        } else {
            setState(State::TlsQuit);
            sendTlsLine("QUIT");
        }
        return;
    }
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        return;
    const QString errors = opensslErrors();
    m_outcome.confirmation.detail = errors;
    m_outcome.attempt.alert = m_tls->alert;
    log('T', u"handshake failed: " + (errors.isEmpty() ? QStringLiteral("error %1").arg(error) : errors));
    if (m_tls->bytesSent == 0)
        finish(ProbeOutcome::Untestable, u"local OpenSSL could not start the handshake: " + errors);
    else if (!m_tls->alert.isEmpty())
        finish(ProbeOutcome::Alert);
    else
        finish(ProbeOutcome::ProtocolError, errors);
}

void ProbeSession::sendTlsLine(const QByteArray &line)
{
    log('C', QString::fromLatin1(line));
    const QByteArray data = line + "\r\n";
    SSL_write(m_tls->ssl, data.constData(), int(data.size()));
    char chunk[16384];
    int n;
    while ((n = BIO_read(m_tls->wbio, chunk, sizeof(chunk))) > 0)
        m_socket->write(QByteArrayView(chunk, n));
}

void ProbeSession::onTlsData()
{
    QByteArray &in = m_socket->buffer();
    if (!in.isEmpty()) {
        BIO_write(m_tls->rbio, in.constData(), int(in.size()));
        in.clear();
    }
    char chunk[16384];
    int n;
    while ((n = SSL_read(m_tls->ssl, chunk, sizeof(chunk))) > 0)
        m_plain.append(chunk, n);
    while ((n = BIO_read(m_tls->wbio, chunk, sizeof(chunk))) > 0)
        m_socket->write(QByteArrayView(chunk, n));
    const SmtpResponse reply = parseSmtpResponse(m_plain);
    if (reply.state == SmtpResponse::State::Incomplete)
        return;
    if (reply.state == SmtpResponse::State::Invalid) {
        log('*', reply.error);
        finish(ProbeOutcome::Accepted);
        return;
    }
    m_plain.remove(0, reply.consumed);
    logReply(reply);
    if (m_state == State::TlsEhlo && m_config.implicitTls && !m_tlsBanner) {
        m_tlsBanner = true;
        m_outcome.banner = reply.text();
        m_outcome.bannerCode = reply.code;
        m_outcome.throttled = looksThrottled(reply);
        setState(m_state);
        if (reply.code == 220 && (m_job.collectDetails || !m_outcome.haveEhlo)) {
            sendTlsLine("EHLO " + m_config.ehloName.toUtf8());
        } else {
            setState(State::TlsQuit);
            sendTlsLine("QUIT");
        }
        return;
    }
    if (m_state == State::TlsEhlo) {
        if (reply.code == 250) {
            m_outcome.haveTlsEhlo = true;
            m_outcome.tlsExtensions = parseEhloExtensions(reply);
        }
        if (m_config.implicitTls && !m_outcome.haveEhlo && reply.code == 250) {
            m_outcome.haveEhlo = true;
            m_outcome.ehloReply = reply.text();
            m_outcome.extensions = m_outcome.tlsExtensions;
        }
        setState(State::TlsQuit);
        sendTlsLine("QUIT");
        return;
    }
    finish(ProbeOutcome::Accepted);
}

void ProbeSession::collectTlsDetails()
{
    SSL *ssl = m_tls->ssl;
    STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl);
    CertificateCheck &check = m_outcome.check;
    if (!chain || sk_X509_num(chain) == 0)
        return;
    check.present = true;
    check.sentCertificates = sk_X509_num(chain);
    for (int i = 0; i < sk_X509_num(chain); ++i)
        m_outcome.chain.append(certificateInfo(sk_X509_value(chain, i)));
    const long verify = SSL_get_verify_result(ssl);
    check.verifyCode = int(verify);
    check.trusted = verify == X509_V_OK;
    check.verifyError = QString::fromLatin1(X509_verify_cert_error_string(verify));
    X509 *leaf = sk_X509_value(chain, 0);
    check.hostName = m_config.serverName;
    if (!check.hostName.isEmpty()) {
        const QByteArray name = check.hostName.toUtf8();
        check.hostNameMatches = X509_check_host(leaf, name.constData(), size_t(name.size()), 0, nullptr) == 1;
    } else {
        const QByteArray ip = m_config.address.toString().toLatin1();
        check.hostName = m_config.address.toString();
        check.hostNameMatches = X509_check_ip_asc(leaf, ip.constData(), 0) == 1;
    }
    if (STACK_OF(X509) *verified = SSL_get0_verified_chain(ssl); verified && check.trusted) {
        check.verifiedChainLength = sk_X509_num(verified);
        bool complete = true;
        for (int i = 0; i < sk_X509_num(verified); ++i) {
            X509 *cert = sk_X509_value(verified, i);
            if (X509_check_issued(cert, cert) == X509_V_OK)
                continue; // the root need not be sent
            bool sent = false;
            for (int j = 0; j < sk_X509_num(chain) && !sent; ++j)
                sent = X509_cmp(cert, sk_X509_value(chain, j)) == 0;
            complete = complete && sent;
        }
        check.chainComplete = complete ? 1 : 0;
    } else if (verify == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY || verify == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE) {
        X509 *last = sk_X509_value(chain, sk_X509_num(chain) - 1);
        check.chainComplete = X509_check_issued(last, last) == X509_V_OK ? 1 : -1;
    } else if (verify == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT || verify == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN) {
        check.chainComplete = 1;
    }
    log('T', QStringLiteral("certificate: %1 (issuer %2), verify: %3, name %4 %5")
                 .arg(m_outcome.chain.first().subject, m_outcome.chain.first().issuer, check.verifyError, check.hostName,
                      check.hostNameMatches ? u"matches" : u"does not match"));
}

} // namespace Mailflow::Internal
