// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Mailflow::Workbench {

/// Names of the syntax definitions shipped in resources/syntax/ (KSyntaxHighlighting XML).
inline QString exchangeProtocolLogSyntax() { return QStringLiteral("Exchange Protocol Log"); }
inline QString smtpDialogueSyntax() { return QStringLiteral("SMTP Dialogue"); }

/// The resource folder that holds syntax/ with our definitions; added to the repository
/// with Repository::addCustomSearchPath(), which looks in <path>/syntax and <path>/themes.
inline QString syntaxSearchPath() { return QStringLiteral(":/mailflow"); }

/// The application's one syntax repository: KSyntaxHighlighting's built-in definitions plus
/// ours. Created on first use; GUI thread only (Repository is not thread-safe).
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Mailflow::Workbench
