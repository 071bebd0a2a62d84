// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/smtpreply.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// The text decoder's finding rules: keyword rules over reply texts and lines, localized vendor wording, and the
// findings an enhanced status code implies on its own. Names follow findingNames().
namespace Mailflow::Internal {

/// Keyword rules over reply texts and diagnostic lines: (finding, pattern).
const QList<QPair<QString, QRegularExpression>> &textRules();
/// Unambiguous phrases, read from every line (prose included).
const QList<QPair<QString, QRegularExpression>> &lineRules();
/// Vendor wording in other languages (de, fr, es, it, pt, nl, ru, ja, zh, tr).
const QList<QPair<QString, QRegularExpression>> &localizedRules();
/// Generic refusals ("Message rejected"): a policy rejection only when nothing more specific explains it.
const QRegularExpression &weakPolicyWords();
/// "Recipient address rejected" without a reason of its own.
const QRegularExpression &weakRecipientWords();
// smtplib's exception for a message whose every recipient was refused.
const QRegularExpression &recipientsRefusedWording();
/// The TLS names of the finding vocabulary.
const QStringList &tlsFindingNames();
/// A reply that refuses a login: 535 (RFC 4954) or an enhanced X.7.8, X.7.57, X.7.139 or X.7.30.
bool loginRefusal(const SmtpReply &r);
/// Adds the findings @p r's enhanced status code implies (and 535's) to @p out.
void findingsFromCode(const SmtpReply &r, QSet<QString> *out);

} // namespace Mailflow::Internal
