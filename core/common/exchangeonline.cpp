// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeonline.h"

namespace Mailflow::ExchangeOnline {

const QList<CipherSuite> &supportedCipherSuites()
{
    static const QList<CipherSuite> suites = {
        {0xC030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384", true},
        {0xC02F, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256", true},
        {0xC028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "ECDHE-RSA-AES256-SHA384", true},
        {0xC027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "ECDHE-RSA-AES128-SHA256", true},
        {0xC014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "ECDHE-RSA-AES256-SHA", true},
        {0xC013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "ECDHE-RSA-AES128-SHA", true},
        {0x009D, "TLS_RSA_WITH_AES_256_GCM_SHA384", "AES256-GCM-SHA384", false},
        {0x009C, "TLS_RSA_WITH_AES_128_GCM_SHA256", "AES128-GCM-SHA256", false},
    };
    return suites;
}

bool isSupportedCipherSuite(const QString &name)
{
    for (const CipherSuite &suite : supportedCipherSuites()) {
        if (name == QLatin1StringView(suite.ianaName) || name == QLatin1StringView(suite.opensslName))
            return true;
    }
    return false;
}

bool isSupportedCipherSuite(quint16 code)
{
    for (const CipherSuite &suite : supportedCipherSuites()) {
        if (suite.code == code)
            return true;
    }
    return false;
}

} // namespace Mailflow::ExchangeOnline
