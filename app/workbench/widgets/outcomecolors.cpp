// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomecolors.h"

#include "common/tlsversion.h"

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor outcomeColor(Outcome outcome, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (outcome) {
    case Outcome::Tls:
        return dark ? QColor(0x5c, 0xd6, 0x8a) : QColor(0x1e, 0x8a, 0x4c);
    case Outcome::TlsFailed:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Outcome::PlaintextFallback:
        return dark ? QColor(0xe8, 0x79, 0xf9) : QColor(0xa3, 0x1a, 0xb8);
    case Outcome::Delivered:
        return dark ? QColor(0x6c, 0xb2, 0xff) : QColor(0x15, 0x65, 0xc0);
    case Outcome::Deferred:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xa8, 0x6a, 0x00);
    case Outcome::Other:
        break;
    }
    return dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x75, 0x75, 0x75);
}

QString canonicalTlsVersion(QStringView version)
{
    const QString v = version.trimmed().toString().toLower();
    if (v.isEmpty() || v == "none"_L1 || v == "plaintext"_L1 || v == "no tls"_L1 || v == "notls"_L1)
        return u"none"_s;
    const QString name = tlsVersionName(tlsVersionFromName(v)); // "TLS1.2", "SSL3.0" or empty
    if (name.isEmpty())
        return version.toString();
    return name.first(3) + u' ' + name.sliced(3);
}

QColor tlsVersionColor(QStringView version, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    const QString v = canonicalTlsVersion(version);
    if (v == "TLS 1.3"_L1)
        return dark ? QColor(0x3d, 0xdc, 0x97) : QColor(0x0b, 0x6e, 0x4f);
    if (v == "TLS 1.2"_L1)
        return dark ? QColor(0x8b, 0xd8, 0x6a) : QColor(0x4c, 0xa8, 0x3a);
    if (v == "TLS 1.1"_L1)
        return dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xe6, 0x8a, 0x00);
    if (v == "TLS 1.0"_L1)
        return dark ? QColor(0xff, 0x80, 0x4a) : QColor(0xd5, 0x4e, 0x00);
    if (v.startsWith("SSL"_L1))
        return dark ? QColor(0xff, 0x5c, 0x7a) : QColor(0x8e, 0x10, 0x2a);
    if (v == "none"_L1)
        return outcomeColor(Outcome::PlaintextFallback, palette);
    return outcomeColor(Outcome::Other, palette);
}

} // namespace Mailflow::Workbench
