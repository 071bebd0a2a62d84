// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decoderesult.h"

#include <QRegularExpression>

#include <optional>

namespace Mailflow {

/// Explains an enhanced status code ("5.7.1", "4.4.397") or a basic reply code ("421") from the
/// knowledge base embedded from resources/knowledge/statuscodes.json: the RFC 3463/5248 meaning of
/// class.subject.detail, overlaid with Exchange / Exchange Online cause and fix where the reference
/// has them. @p replyText lets vendor entries that depend on the text (e.g. 5.7.1 "Unable to relay")
/// match. @p language is "en" or "de" (anything else falls back to English). Exchange notes on codes
/// that the RFCs also define are added only when @p vendor is "exchange" or "exchange-online" (or empty
/// and the text carries an Exchange token such as RESOLVER./QUEUE./STOREDRV.).
/// Returns nothing for a code that is not a status code at all.
std::optional<CodeExplanation> explainStatusCode(QStringView code, QStringView replyText = {}, QStringView language = u"en",
                                                 QStringView vendor = {});

/// The meaning of a class digit ("2", "4", "5") and of a subject digit ("0"…"7") in @p language.
QString statusClassName(QChar classDigit, QStringView language = u"en");
QString statusSubjectName(QStringView subject, QStringView language = u"en");

/// Number of entries the knowledge base holds (0 when the embedded file could not be read).
int knowledgeBaseSize();

namespace Internal {

/// One word family of resources/knowledge/wording.json compiled to a pattern: a subject word and a
/// predicate in either order within one sentence ("mailbox … exceeds its size", "no such user").
struct WordingPattern
{
    QString finding;
    QRegularExpression pattern;
};

/// The word families of the embedded wording.json (empty when the file could not be read).
const QList<WordingPattern> &wordingFamilies();

/// Matches help text of NDR templates that never states a reason ("If the problem continues, contact
/// your helpdesk"); an invalid pattern that matches nothing when the file could not be read.
const QRegularExpression &boilerplateLines();

/// Matches the wording of a delay notice (a warning that a message is still queued and will be retried:
/// "THIS IS A WARNING MESSAGE ONLY", "Delivery is delayed to these recipients or groups", "Gmail will retry
/// for 47 more hours", localised Exchange templates), from the "delayNotices" list of wording.json.
/// Case-insensitive and multi-line ('^' anchors at every line start). Matches nothing when the file could
/// not be read.
const QRegularExpression &delayNoticeWording();

/// Matches the heading of a template's list of possible reasons ("The most common reasons are:",
/// "De meest voorkomende redenen zijn:"); the lines under it up to a blank or separator line name
/// what might have gone wrong, not what did. Matches nothing when the file could not be read.
const QRegularExpression &reasonListHeadings();

} // namespace Internal

} // namespace Mailflow
