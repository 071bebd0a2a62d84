// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tlsversion.h"

#include <QList>
#include <QString>

namespace Mailflow {

/// One entry of the IANA TLS cipher-suite registry, as the prober offers it.
struct CipherSuiteInfo
{
    enum Flag : quint32 {
        Export = 1u << 0,        ///< export-grade (40/56-bit cipher or 512/1024-bit key exchange)
        Anonymous = 1u << 1,     ///< no server authentication (anon)
        NullCipher = 1u << 2,    ///< no encryption at all
        Rc4 = 1u << 3,
        TripleDes = 1u << 4,
        Des = 1u << 5,           ///< single DES
        CbcSha1 = 1u << 6,       ///< CBC mode with an HMAC-SHA1 MAC
        Md5 = 1u << 7,           ///< HMAC-MD5
        Aead = 1u << 8,          ///< GCM, CCM, ChaCha20-Poly1305
        Psk = 1u << 9,
        Srp = 1u << 10,
        Kerberos = 1u << 11,
        StaticDh = 1u << 12,     ///< fixed (EC)DH certificates
        ForwardSecret = 1u << 13,
        Tls13Only = 1u << 14,    ///< a TLS 1.3 suite (offered only in TLS 1.3 hellos)
        Obsolete = 1u << 15,     ///< IDEA, RC2
    };

    quint16 code;            ///< IANA code point, e.g. 0xC030
    const char *ianaName;    ///< "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    const char *opensslName; ///< "ECDHE-RSA-AES256-GCM-SHA384", nullptr when OpenSSL never had it
    TlsVersion minVersion;   ///< lowest protocol version the suite is defined for
    const char *keyExchange; ///< "ECDH", "DH", "RSA", "PSK", … ("any" for TLS 1.3)
    const char *authentication;
    const char *cipher;      ///< "AESGCM", "3DES", "RC4", "None", …
    quint16 bits;            ///< symmetric key bits (0 for no cipher)
    const char *mac;         ///< "SHA1", "SHA256", "AEAD", …
    quint32 flags;

    bool has(Flag flag) const { return (flags & flag) != 0; }
    /// Weak by today's standards: RC4, 3DES, DES, export, anonymous, NULL, MD5, IDEA/RC2, or CBC with SHA-1.
    bool isWeak() const;
    /// Defined for @p version (TLS 1.3 suites only for TLS 1.3, and TLS 1.3 only those).
    bool usableWith(TlsVersion version) const;
};

/// Every IANA-registered TLS cipher suite (about 350; no GOST, no SSLv2 kinds), sorted by code.
const QList<CipherSuiteInfo> &cipherSuites();
/// The entry for @p code, or nullptr when the registry has none.
const CipherSuiteInfo *cipherSuite(quint16 code);
/// The IANA name of @p code, or "0xABCD" for codes not in the registry.
QString cipherSuiteName(quint16 code);
/// The code for an IANA or OpenSSL name; 0 when unknown (TLS_NULL_WITH_NULL_NULL is never offered).
quint16 cipherSuiteCode(QStringView name);

/// The codes the prober offers for @p version, in offer order: the suites servers commonly
/// implement first (strongest first, like a real client), then PSK/SRP/Kerberos/static-DH kinds.
QList<quint16> cipherSuitesForVersion(TlsVersion version);

/// The weakness flags of @p suite as stable JSON words ("rc4", "3des", "export", "anonymous",
/// "null", "cbc-sha1", "md5", "des", "obsolete"); empty for a sound suite.
QStringList cipherSuiteWeaknesses(const CipherSuiteInfo &suite);

} // namespace Mailflow
