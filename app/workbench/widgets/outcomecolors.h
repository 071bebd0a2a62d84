// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace Mailflow::Workbench {

/// What became of a session or delivery attempt, as the charts and tables colour it.
enum class Outcome {
    Tls,               ///< TLS negotiated; coloured by version with tlsVersionColor()
    TlsFailed,         ///< STARTTLS tried, the handshake failed
    PlaintextFallback, ///< delivered or attempted without TLS after a failed or missing STARTTLS
    Delivered,         ///< delivered, TLS not known or not relevant
    Deferred,          ///< temporary failure, will be retried
    Other,
};

/// True when @p palette is a dark one (dark window background).
bool isDarkPalette(const QPalette &palette);

/// The one place that decides the colour of an outcome. Readable on light and on dark
/// palettes (distinct hues plus distinct lightness, so that they also differ in grey).
QColor outcomeColor(Outcome outcome, const QPalette &palette = QGuiApplication::palette());

/// Canonical short name of a TLS version as the workbench shows it: "TLS 1.3", "TLS 1.2", "TLS 1.1",
/// "TLS 1.0", "SSL 3.0", "SSL 2.0" or "none". Accepts "TLS1.2", "TLSv1.2", "TLS 1.2", "tls12",
/// "SP_PROT_TLS1_2_CLIENT", "TLS1_2"; "none", "plaintext", "no TLS" and "" give "none";
/// anything else is returned unchanged.
QString canonicalTlsVersion(QStringView version);

/// Colour of a TLS version (any spelling canonicalTlsVersion() accepts); "none" is
/// outcomeColor(Outcome::PlaintextFallback), unknown versions are outcomeColor(Outcome::Other).
QColor tlsVersionColor(QStringView version, const QPalette &palette = QGuiApplication::palette());

} // namespace Mailflow::Workbench
