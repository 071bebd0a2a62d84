// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlswire.h"

#include <QRandomGenerator>

namespace Mailflow {

namespace {

void put8(QByteArray &out, quint8 v) { out.append(char(v)); }
void put16(QByteArray &out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}
void put24(QByteArray &out, quint32 v)
{
    out.append(char((v >> 16) & 0xff));
    put16(out, quint16(v & 0xffff));
}

void putExtension(QByteArray &out, quint16 type, const QByteArray &body)
{
    put16(out, type);
    put16(out, quint16(body.size()));
    out.append(body);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

constexpr quint16 supportedGroups[] = {
    29, 23, 24, 25, 30,                // x25519, secp256r1, secp384r1, secp521r1, x448
    0x11EC, 0x11EB, 0x11ED,            // X25519MLKEM768, SecP256r1MLKEM768, SecP384r1MLKEM1024 (a PQ-only server asks by HRR)
    26, 27, 28,                        // brainpoolP256r1/384r1/512r1
    22, 21, 19, 20, 18,                // secp256k1, secp224r1, secp192r1, secp224k1, secp192k1
    14, 13, 11, 12, 9, 10,             // sect571r1/k1, sect409k1/r1, sect283k1/r1
    256, 257, 258, 259, 260,           // ffdhe2048 … ffdhe8192
};

constexpr quint16 signatureAlgorithms[] = {
    0x0403, 0x0503, 0x0603,            // ecdsa_secp256r1_sha256 … secp521r1_sha512
    0x0807, 0x0808,                    // ed25519, ed448
    0x0804, 0x0805, 0x0806,            // rsa_pss_rsae_sha256 …
    0x0809, 0x080a, 0x080b,            // rsa_pss_pss_sha256 …
    0x0401, 0x0501, 0x0601,            // rsa_pkcs1_sha256 …
    0x0303, 0x0301, 0x0302,            // sha224 with ecdsa, rsa, dsa
    0x0402, 0x0502, 0x0602,            // dsa_sha256 …
    0x0203, 0x0201, 0x0202,            // sha1 with ecdsa, rsa, dsa
    0x0101, 0x0102, 0x0103,            // md5 with rsa, dsa, ecdsa
};

bool isIpAddressLiteral(const QString &name)
{
    if (name.contains(u':'))
        return true;
    for (QChar c : name) {
        if (!c.isDigit() && c != u'.')
            return false;
    }
    return !name.isEmpty();
}

// RFC 8446 4.1.3: a HelloRetryRequest is a ServerHello with this random.
constexpr unsigned char helloRetryRandom[32] = {
    0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11, 0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
    0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E, 0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C,
};

quint16 get16(QByteArrayView d, qsizetype at) { return quint16((quint8(d[at]) << 8) | quint8(d[at + 1])); }

} // namespace

QByteArray buildClientHello(const ClientHelloSpec &spec, QByteArrayView random)
{
    const quint16 wire = tlsVersionWire(spec.version);
    if (wire == 0)
        return {};
    const bool ssl3 = spec.version == TlsVersion::Ssl30;
    const bool tls13 = spec.version == TlsVersion::Tls13;

    QByteArray body;
    put16(body, tls13 ? 0x0303 : wire);
    body.append(random.size() == 32 ? random.toByteArray() : randomBytes(32));
    if (tls13) {
        put8(body, 32);
        body.append(randomBytes(32));
    } else {
        put8(body, 0);
    }
    QByteArray suites;
    for (quint16 code : spec.cipherSuites)
        put16(suites, code);
    if (ssl3)
        put16(suites, 0x00FF); // TLS_EMPTY_RENEGOTIATION_INFO_SCSV: SSL 3.0 hellos carry no extensions
    put16(body, quint16(suites.size()));
    body.append(suites);
    put8(body, 1); // compression methods: null only
    put8(body, 0);

    if (!ssl3) {
        QByteArray ext;
        if (!spec.serverName.isEmpty() && !isIpAddressLiteral(spec.serverName)) {
            const QByteArray host = spec.serverName.toLatin1();
            QByteArray sni;
            put16(sni, quint16(host.size() + 3));
            put8(sni, 0);
            put16(sni, quint16(host.size()));
            sni.append(host);
            putExtension(ext, 0, sni);
        }
        QByteArray groups;
        put16(groups, quint16(sizeof(supportedGroups)));
        for (quint16 g : supportedGroups)
            put16(groups, g);
        putExtension(ext, 10, groups);
        putExtension(ext, 11, QByteArray::fromHex("03000102"));
        if (spec.version == TlsVersion::Tls12 || tls13) {
            QByteArray sigs;
            put16(sigs, quint16(sizeof(signatureAlgorithms)));
            for (quint16 s : signatureAlgorithms)
                put16(sigs, s);
            putExtension(ext, 13, sigs);
        }
        putExtension(ext, 23, {});              // extended_master_secret
        putExtension(ext, 0xff01, QByteArray(1, '\0')); // renegotiation_info, empty
        if (tls13) {
            putExtension(ext, 43, QByteArray::fromHex("020304"));
            putExtension(ext, 45, QByteArray::fromHex("0101"));
            QByteArray share;
            put16(share, 36);
            put16(share, 29);
            put16(share, 32);
            share.append(randomBytes(32));
            putExtension(ext, 51, share);
        }
        // Some middleboxes and old F5 servers hang on hellos of 256–511 bytes (RFC 7685).
        const qsizetype length = 4 + body.size() + 2 + ext.size();
        if (length >= 256 && length < 512) {
            const qsizetype pad = qMax<qsizetype>(512 - length - 4, 1);
            putExtension(ext, 21, QByteArray(pad, '\0'));
        }
        put16(body, quint16(ext.size()));
        body.append(ext);
    }

    QByteArray handshake;
    put8(handshake, 1);
    put24(handshake, quint32(body.size()));
    handshake.append(body);

    QByteArray record;
    put8(record, 22);
    put16(record, ssl3 ? 0x0300 : 0x0301);
    put16(record, quint16(handshake.size()));
    record.append(handshake);
    return record;
}

ServerHelloResult parseServerHello(QByteArrayView data)
{
    ServerHelloResult result;
    QByteArray handshake;
    qsizetype pos = 0;
    auto invalid = [&result](const QString &why) {
        result.kind = ServerHelloResult::Kind::Invalid;
        result.error = why;
        return result;
    };
    while (pos < data.size()) {
        const quint8 type = quint8(data[pos]);
        if (pos == 0 && (type & 0x80) != 0 && data.size() > 2 && quint8(data[2]) == 4)
            return invalid(QStringLiteral("the server answered with an SSL 2.0 ServerHello"));
        if (type < 20 || type > 23) {
            const QByteArray head = data.mid(pos, 40).toByteArray();
            bool printable = true;
            for (char c : head)
                printable = printable && ((c >= 0x20 && c < 0x7f) || c == '\r' || c == '\n');
            return invalid(printable ? QStringLiteral("not TLS at byte %1: \"%2\"").arg(pos).arg(QString::fromLatin1(head).trimmed())
                                     : QStringLiteral("not a TLS record at byte %1 (type %2)").arg(pos).arg(type));
        }
        if (data.size() - pos < 5)
            return result; // Incomplete
        const quint16 recordVersion = get16(data, pos + 1);
        const quint16 length = get16(data, pos + 3);
        if ((recordVersion >> 8) != 3)
            return invalid(QStringLiteral("record at byte %1 has version 0x%2").arg(pos).arg(recordVersion, 4, 16, QLatin1Char('0')));
        if (length > 16384 + 2048)
            return invalid(QStringLiteral("record at byte %1 is %2 bytes long").arg(pos).arg(length));
        if (data.size() - pos - 5 < length)
            return result; // Incomplete
        if (result.recordVersion == 0)
            result.recordVersion = recordVersion;
        const QByteArrayView payload = data.sliced(pos + 5, length);
        pos += 5 + length;
        if (type == 21) {
            if (!handshake.isEmpty())
                return invalid(QStringLiteral("alert inside an unfinished handshake message"));
            if (payload.size() < 2)
                return invalid(QStringLiteral("alert record of %1 bytes").arg(payload.size()));
            // Some servers warn (unrecognized_name) and carry on with the ServerHello.
            if (quint8(payload[0]) == 1 && quint8(payload[1]) != 0) {
                result.warningAlert = quint8(payload[1]);
                continue;
            }
            result.kind = ServerHelloResult::Kind::Alert;
            result.alertLevel = quint8(payload[0]);
            result.alertDescription = quint8(payload[1]);
            return result;
        }
        if (type != 22)
            return invalid(QStringLiteral("record type %1 before the ServerHello").arg(type));
        handshake.append(payload);
        if (handshake.size() < 4)
            continue;
        const quint8 messageType = quint8(handshake[0]);
        if (messageType == 0 && handshake.size() >= 4) { // HelloRequest: skip
            handshake.remove(0, 4);
            continue;
        }
        if (messageType != 2)
            return invalid(QStringLiteral("first handshake message has type %1, not ServerHello").arg(messageType));
        const quint32 messageLength = (quint32(quint8(handshake[1])) << 16) | get16(handshake, 2);
        if (messageLength > 65536)
            return invalid(QStringLiteral("ServerHello claims %1 bytes").arg(messageLength));
        if (quint32(handshake.size() - 4) < messageLength)
            continue;
        const QByteArrayView hello = QByteArrayView(handshake).sliced(4, messageLength);
        qsizetype at = 0;
        auto need = [&](qsizetype n) { return hello.size() - at >= n; };
        if (!need(2 + 32 + 1))
            return invalid(QStringLiteral("ServerHello too short"));
        result.legacyVersion = get16(hello, 0);
        result.version = result.legacyVersion;
        result.helloRetryRequest = hello.sliced(2, 32) == QByteArrayView(reinterpret_cast<const char *>(helloRetryRandom), 32);
        at = 34;
        const quint8 sessionLength = quint8(hello[at]);
        at += 1 + sessionLength;
        if (!need(3))
            return invalid(QStringLiteral("ServerHello truncated after the session id"));
        result.cipherSuite = get16(hello, at);
        at += 3;
        if (need(2)) {
            const quint16 extLength = get16(hello, at);
            at += 2;
            if (!need(extLength))
                return invalid(QStringLiteral("ServerHello extensions truncated"));
            const qsizetype end = at + extLength;
            while (end - at >= 4) {
                const quint16 extType = get16(hello, at);
                const quint16 len = get16(hello, at + 2);
                at += 4;
                if (end - at < len)
                    return invalid(QStringLiteral("ServerHello extension %1 truncated").arg(extType));
                if (extType == 43 && len == 2)
                    result.version = get16(hello, at);
                else if (extType == 51 && len >= 2)
                    result.keyShareGroup = get16(hello, at);
                at += len;
            }
            if (at != end)
                return invalid(QStringLiteral("ServerHello extensions end in %1 stray bytes").arg(end - at));
        }
        result.kind = ServerHelloResult::Kind::ServerHello;
        return result;
    }
    return result;
}

QString tlsAlertName(quint8 description)
{
    switch (description) {
    case 0: return QStringLiteral("close_notify");
    case 10: return QStringLiteral("unexpected_message");
    case 20: return QStringLiteral("bad_record_mac");
    case 21: return QStringLiteral("decryption_failed");
    case 22: return QStringLiteral("record_overflow");
    case 30: return QStringLiteral("decompression_failure");
    case 40: return QStringLiteral("handshake_failure");
    case 41: return QStringLiteral("no_certificate");
    case 42: return QStringLiteral("bad_certificate");
    case 43: return QStringLiteral("unsupported_certificate");
    case 44: return QStringLiteral("certificate_revoked");
    case 45: return QStringLiteral("certificate_expired");
    case 46: return QStringLiteral("certificate_unknown");
    case 47: return QStringLiteral("illegal_parameter");
    case 48: return QStringLiteral("unknown_ca");
    case 49: return QStringLiteral("access_denied");
    case 50: return QStringLiteral("decode_error");
    case 51: return QStringLiteral("decrypt_error");
    case 60: return QStringLiteral("export_restriction");
    case 70: return QStringLiteral("protocol_version");
    case 71: return QStringLiteral("insufficient_security");
    case 80: return QStringLiteral("internal_error");
    case 86: return QStringLiteral("inappropriate_fallback");
    case 90: return QStringLiteral("user_canceled");
    case 100: return QStringLiteral("no_renegotiation");
    case 109: return QStringLiteral("missing_extension");
    case 110: return QStringLiteral("unsupported_extension");
    case 111: return QStringLiteral("certificate_unobtainable");
    case 112: return QStringLiteral("unrecognized_name");
    case 113: return QStringLiteral("bad_certificate_status_response");
    case 114: return QStringLiteral("bad_certificate_hash_value");
    case 115: return QStringLiteral("unknown_psk_identity");
    case 116: return QStringLiteral("certificate_required");
    case 120: return QStringLiteral("no_application_protocol");
    default: break;
    }
    return QStringLiteral("alert_%1").arg(description);
}

QString tlsGroupName(quint16 group)
{
    switch (group) {
    case 9: return QStringLiteral("sect283k1");
    case 10: return QStringLiteral("sect283r1");
    case 11: return QStringLiteral("sect409k1");
    case 12: return QStringLiteral("sect409r1");
    case 13: return QStringLiteral("sect571k1");
    case 14: return QStringLiteral("sect571r1");
    case 18: return QStringLiteral("secp192k1");
    case 19: return QStringLiteral("secp192r1");
    case 20: return QStringLiteral("secp224k1");
    case 21: return QStringLiteral("secp224r1");
    case 22: return QStringLiteral("secp256k1");
    case 23: return QStringLiteral("secp256r1");
    case 24: return QStringLiteral("secp384r1");
    case 25: return QStringLiteral("secp521r1");
    case 26: return QStringLiteral("brainpoolP256r1");
    case 27: return QStringLiteral("brainpoolP384r1");
    case 28: return QStringLiteral("brainpoolP512r1");
    case 29: return QStringLiteral("x25519");
    case 30: return QStringLiteral("x448");
    case 256: return QStringLiteral("ffdhe2048");
    case 257: return QStringLiteral("ffdhe3072");
    case 258: return QStringLiteral("ffdhe4096");
    case 259: return QStringLiteral("ffdhe6144");
    case 260: return QStringLiteral("ffdhe8192");
    case 0x11EB: return QStringLiteral("SecP256r1MLKEM768");
    case 0x11EC: return QStringLiteral("X25519MLKEM768");
    case 0x11ED: return QStringLiteral("SecP384r1MLKEM1024");
    default: break;
    }
    return QStringLiteral("0x%1").arg(group, 4, 16, QLatin1Char('0'));
}

} // namespace Mailflow
