// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsversion.h"

namespace Mailflow {

QString tlsVersionName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Ssl30: return QStringLiteral("SSL3.0");
    case TlsVersion::Tls10: return QStringLiteral("TLS1.0");
    case TlsVersion::Tls11: return QStringLiteral("TLS1.1");
    case TlsVersion::Tls12: return QStringLiteral("TLS1.2");
    case TlsVersion::Tls13: return QStringLiteral("TLS1.3");
    case TlsVersion::Unknown: break;
    }
    return {};
}

TlsVersion tlsVersionFromName(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    // Schannel's protocol tokens, as Exchange logs them: SP_PROT_TLS1_2_SERVER / _CLIENT.
    if (key.startsWith(u"spprot"))
        key.remove(0, 6);
    if (key.endsWith(u"server"))
        key.chop(6);
    else if (key.endsWith(u"client"))
        key.chop(6);
    if (key.startsWith(u"tlsv"))
        key.remove(3, 1);
    else if (key.startsWith(u"sslv"))
        key.remove(3, 1);
    if (key == u"ssl3" || key == u"ssl30")
        return TlsVersion::Ssl30;
    if (key == u"tls1" || key == u"tls10")
        return TlsVersion::Tls10;
    if (key == u"tls11")
        return TlsVersion::Tls11;
    if (key == u"tls12")
        return TlsVersion::Tls12;
    if (key == u"tls13")
        return TlsVersion::Tls13;
    return TlsVersion::Unknown;
}

quint16 tlsVersionWire(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Ssl30: return 0x0300;
    case TlsVersion::Tls10: return 0x0301;
    case TlsVersion::Tls11: return 0x0302;
    case TlsVersion::Tls12: return 0x0303;
    case TlsVersion::Tls13: return 0x0304;
    case TlsVersion::Unknown: break;
    }
    return 0;
}

TlsVersion tlsVersionFromWire(quint16 wire)
{
    switch (wire) {
    case 0x0300: return TlsVersion::Ssl30;
    case 0x0301: return TlsVersion::Tls10;
    case 0x0302: return TlsVersion::Tls11;
    case 0x0303: return TlsVersion::Tls12;
    case 0x0304: return TlsVersion::Tls13;
    default: return TlsVersion::Unknown;
    }
}

} // namespace Mailflow
