// SPDX-License-Identifier: GPL-3.0-or-later
#include "ciphersuites.h"

#include <QHash>

#include <algorithm>

namespace Mailflow {

namespace {

const CipherSuiteInfo registry[] = {
#include "ciphersuitetable.inc"
};

int strengthRank(const CipherSuiteInfo &suite)
{
    // Lower is offered earlier: modern AEAD with forward secrecy first, broken things last.
    int rank = 0;
    if (!suite.has(CipherSuiteInfo::ForwardSecret))
        rank += 4;
    if (!suite.has(CipherSuiteInfo::Aead))
        rank += 2;
    if (suite.isWeak())
        rank += 16;
    if (suite.has(CipherSuiteInfo::Export) || suite.has(CipherSuiteInfo::NullCipher) || suite.has(CipherSuiteInfo::Anonymous))
        rank += 8;
    if (suite.opensslName == nullptr)
        rank += 32;
    constexpr quint32 rare = CipherSuiteInfo::Psk | CipherSuiteInfo::Srp | CipherSuiteInfo::Kerberos | CipherSuiteInfo::StaticDh;
    // DSA server certificates are extinct: their suites go after everything a server may really pick.
    if ((suite.flags & rare) || qstrcmp(suite.authentication, "DSS") == 0)
        rank += 64;
    return rank;
}

} // namespace

bool CipherSuiteInfo::isWeak() const
{
    constexpr quint32 weak = Export | Anonymous | NullCipher | Rc4 | TripleDes | Des | CbcSha1 | Md5 | Obsolete;
    return (flags & weak) != 0;
}

bool CipherSuiteInfo::usableWith(TlsVersion version) const
{
    if (version == TlsVersion::Tls13)
        return has(Tls13Only);
    if (has(Tls13Only) || version == TlsVersion::Unknown)
        return false;
    return static_cast<int>(minVersion) <= static_cast<int>(version);
}

const QList<CipherSuiteInfo> &cipherSuites()
{
    static const QList<CipherSuiteInfo> list(std::begin(registry), std::end(registry));
    return list;
}

const CipherSuiteInfo *cipherSuite(quint16 code)
{
    const QList<CipherSuiteInfo> &list = cipherSuites();
    const auto it = std::lower_bound(list.cbegin(), list.cend(), code,
                                     [](const CipherSuiteInfo &suite, quint16 c) { return suite.code < c; });
    return it != list.cend() && it->code == code ? &*it : nullptr;
}

QString cipherSuiteName(quint16 code)
{
    if (const CipherSuiteInfo *suite = cipherSuite(code))
        return QLatin1StringView(suite->ianaName);
    return QStringLiteral("0x%1").arg(code, 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1StringView("0X"), QLatin1StringView("0x"));
}

quint16 cipherSuiteCode(QStringView name)
{
    for (const CipherSuiteInfo &suite : cipherSuites()) {
        if (name == QLatin1StringView(suite.ianaName) || (suite.opensslName && name == QLatin1StringView(suite.opensslName)))
            return suite.code;
    }
    return 0;
}

QList<quint16> cipherSuitesForVersion(TlsVersion version)
{
    QList<const CipherSuiteInfo *> usable;
    for (const CipherSuiteInfo &suite : cipherSuites()) {
        if (suite.usableWith(version))
            usable.append(&suite);
    }
    std::stable_sort(usable.begin(), usable.end(), [](const CipherSuiteInfo *a, const CipherSuiteInfo *b) {
        const int ra = strengthRank(*a);
        const int rb = strengthRank(*b);
        if (ra != rb)
            return ra < rb;
        return a->bits > b->bits;
    });
    QList<quint16> codes;
    codes.reserve(usable.size());
    for (const CipherSuiteInfo *suite : std::as_const(usable))
        codes.append(suite->code);
    return codes;
}

QStringList cipherSuiteWeaknesses(const CipherSuiteInfo &suite)
{
    QStringList words;
    if (suite.has(CipherSuiteInfo::Rc4))
        words << QStringLiteral("rc4");
    if (suite.has(CipherSuiteInfo::TripleDes))
        words << QStringLiteral("3des");
    if (suite.has(CipherSuiteInfo::Des))
        words << QStringLiteral("des");
    if (suite.has(CipherSuiteInfo::Export))
        words << QStringLiteral("export");
    if (suite.has(CipherSuiteInfo::Anonymous))
        words << QStringLiteral("anonymous");
    if (suite.has(CipherSuiteInfo::NullCipher))
        words << QStringLiteral("null");
    if (suite.has(CipherSuiteInfo::Md5))
        words << QStringLiteral("md5");
    if (suite.has(CipherSuiteInfo::Obsolete))
        words << QStringLiteral("obsolete");
    if (suite.has(CipherSuiteInfo::CbcSha1))
        words << QStringLiteral("cbc-sha1");
    return words;
}

} // namespace Mailflow
