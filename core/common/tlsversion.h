// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Mailflow {

/// SSL/TLS protocol versions as every engine names them.
enum class TlsVersion : quint8 { Unknown, Ssl30, Tls10, Tls11, Tls12, Tls13 };

/// "SSL3.0", "TLS1.0", "TLS1.1", "TLS1.2", "TLS1.3" (the JSON spelling); empty for Unknown.
QString tlsVersionName(TlsVersion version);
/// Inverse of tlsVersionName(); also accepts "TLSv1.2", "TLS 1.2", "TLS1_2", "tls12", "SSLv3" and
/// Schannel's "SP_PROT_TLS1_2_SERVER" / "SP_PROT_TLS1_0_CLIENT".
/// Returns Unknown for anything else.
TlsVersion tlsVersionFromName(QStringView name);
/// The wire value (0x0300 … 0x0304); 0 for Unknown.
quint16 tlsVersionWire(TlsVersion version);
TlsVersion tlsVersionFromWire(quint16 wire);
/// TLS 1.0 and 1.1 (and SSL 3.0): what Exchange Online refuses since January 2021.
constexpr bool isLegacyTls(TlsVersion version)
{
    return version == TlsVersion::Ssl30 || version == TlsVersion::Tls10 || version == TlsVersion::Tls11;
}

} // namespace Mailflow
