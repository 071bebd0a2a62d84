// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mailflow {

/// The versions of the product and of the libraries the core runs on.
/// All fields are filled at run time (Qt and OpenSSL report what is loaded,
/// not only what we were compiled against).
struct VersionInfo
{
    QString productName;  ///< "Mailflow Workbench"
    QString product;      ///< our version, e.g. "0.1.0"
    QString qtRuntime;    ///< qVersion()
    QString qtBuild;      ///< QT_VERSION_STR
    QString openSsl;      ///< OpenSSL_version(OPENSSL_VERSION), e.g. "OpenSSL 3.5.1 1 Jul 2025"
    QString openSslBuild; ///< OPENSSL_VERSION_TEXT of the headers we were compiled against

    /// One line per component, for --version and the About dialog.
    QString toText() const;
};

VersionInfo versionInfo();

} // namespace Mailflow
