// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Mailflow::ExchangeOnline {

/// One cipher suite of Exchange Online's supported list (formats-and-codes.md §5.2).
struct CipherSuite
{
    quint16 code;          ///< IANA code point, e.g. 0xC030
    const char *ianaName;  ///< "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"
    const char *opensslName;
    bool forwardSecret;
};

/// Office 365's TLS 1.2 cipher suites, strongest first.
const QList<CipherSuite> &supportedCipherSuites();
/// True when @p ianaName (or the OpenSSL name) is on that list.
bool isSupportedCipherSuite(const QString &name);
/// True when @p code is on that list.
bool isSupportedCipherSuite(quint16 code);

/// Default expiry: Exchange Online gives up after 24 h, on-premises Exchange after 48 h.
constexpr int ExpiryHoursOnline = 24;
constexpr int ExpiryHoursOnPremises = 48;
/// Default DelayNotificationTimeout (both).
constexpr int DelayNotificationHours = 4;

} // namespace Mailflow::ExchangeOnline
