// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/tlsversion.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Mailflow {

/// What goes into one hand-built ClientHello.
struct ClientHelloSpec
{
    TlsVersion version = TlsVersion::Tls12;
    QList<quint16> cipherSuites;  ///< offered in this order (signalling values are added as needed)
    QString serverName;           ///< SNI host name; empty (or an IP address) sends none
};

/// Builds a complete TLS record holding a ClientHello for @p spec, ready to write after STARTTLS.
/// SSL 3.0: record and client version 0x0300, no extensions, TLS_EMPTY_RENEGOTIATION_INFO_SCSV.
/// TLS 1.0–1.2: record version 0x0301, client version 0x0301–0x0303, extensions server_name (when
/// a name is given), supported_groups (x25519, NIST and Brainpool curves, ML-KEM hybrids, ffdhe), ec_point_formats,
/// signature_algorithms (TLS 1.2; includes SHA-1/MD5 pairs), extended_master_secret,
/// renegotiation_info, padding (RFC 7685) when the hello would be 256–511 bytes long.
/// TLS 1.3: as TLS 1.2 plus supported_versions (0x0304 only), psk_key_exchange_modes and an
/// x25519 key_share with random bytes (the prober hangs up before any key is used), and a 32-byte
/// legacy session id. @p random (32 bytes) fixes the random for tests; otherwise it is random.
/// An unknown version returns an empty array.
QByteArray buildClientHello(const ClientHelloSpec &spec, QByteArrayView random = {});

/// The first answer of a server to a ClientHello, as parsed from the bytes read so far.
struct ServerHelloResult
{
    enum class Kind {
        Incomplete,   ///< more bytes needed
        ServerHello,  ///< a ServerHello (or HelloRetryRequest) was read completely
        Alert,        ///< the server sent an alert first
        Invalid,      ///< not TLS, or malformed (see error)
    };
    Kind kind = Kind::Incomplete;
    quint16 recordVersion = 0;
    quint16 legacyVersion = 0;    ///< ServerHello.server_version
    quint16 version = 0;          ///< the negotiated version (supported_versions when present)
    quint16 cipherSuite = 0;
    quint16 keyShareGroup = 0;    ///< TLS 1.3: the group of the server's key_share / HRR
    bool helloRetryRequest = false;
    quint8 alertLevel = 0;
    quint8 alertDescription = 0;
    quint8 warningAlert = 0;      ///< a warning-level alert seen before the ServerHello (0: none)
    QString error;                ///< for Invalid: what was wrong and at which byte
};

/// Parses the records a server sent in reply to a ClientHello: handles several records,
/// handshake messages split over records and several messages in one record. Stops at the
/// first complete ServerHello or fatal alert (warning alerts other than close_notify are skipped
/// and kept in warningAlert). Returns Incomplete while more bytes are needed and
/// Invalid (with error) for data that is not TLS (e.g. a plaintext SMTP reply), SSLv2, a first
/// handshake message other than ServerHello, or lengths that do not fit.
ServerHelloResult parseServerHello(QByteArrayView data);

/// "handshake_failure", "protocol_version", …; "alert_N" for unassigned codes.
QString tlsAlertName(quint8 description);
/// "x25519", "secp256r1", "ffdhe2048", "X25519MLKEM768", …; "0xNNNN" for others.
QString tlsGroupName(quint16 group);

} // namespace Mailflow
