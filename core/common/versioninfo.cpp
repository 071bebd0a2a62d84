// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioninfo.h"

#include "mailflow_config.h"

#include <openssl/crypto.h>
#include <openssl/opensslv.h>

#include <QtGlobal>

namespace Mailflow {

VersionInfo versionInfo()
{
    VersionInfo info;
    info.productName = QStringLiteral(MAILFLOW_PRODUCT_NAME);
    info.product = QStringLiteral(MAILFLOW_VERSION_STRING);
    info.qtRuntime = QString::fromLatin1(qVersion());
    info.qtBuild = QStringLiteral(QT_VERSION_STR);
    info.openSsl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    info.openSslBuild = QStringLiteral(OPENSSL_VERSION_TEXT);
    return info;
}

QString VersionInfo::toText() const
{
    QString text = productName + u' ' + product + u'\n'
        + u"Qt " + qtRuntime;
    if (qtRuntime != qtBuild)
        text += u" (built with " + qtBuild + u')';
    text += u'\n' + openSsl;
    if (openSsl != openSslBuild)
        text += u" (built with " + openSslBuild + u')';
    return text + u'\n';
}

} // namespace Mailflow
