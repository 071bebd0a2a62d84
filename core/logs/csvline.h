// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Mailflow::Internal {

/// Result of splitCsvLine(): the number of fields, or -1 for an unterminated quote.
/// Fields beyond @p maxFields are counted but not stored.
///
/// Splits one CSV record (RFC 4180) into views. A field that starts with a quote is
/// quoted: ASCII '"' closes at '"' followed by ',' or the end, and '""' inside is one
/// '"'. Curly quotes as pasted from web pages (U+201C, U+201D, U+2033) open a quoted
/// field too and close at any of '"', U+201C, U+201D, U+2033 followed by ',' or the end.
/// Text between a closing quote and the next comma is dropped. Unescaped fields that
/// needed '""' collapsing are written to @p scratch, which is cleared and reserved to the
/// line's size first so views into it stay valid; the others point into @p line.
int splitCsvLine(QByteArrayView line, QByteArrayView *fields, int maxFields, QByteArray &scratch);

} // namespace Mailflow::Internal
