// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace Mailflow::Internal {

/// Pasted text made plain: one '\n' per line, straight quotes, plain spaces and hyphens,
/// MIME parts decoded, quoting and quoted-printable undone, the original message cut off.
struct NormalizedText
{
    QString body;                               ///< the text to read
    QList<QPair<QString, QString>> headers;     ///< top-level headers of a raw message, unfolded
    QList<QPair<QString, QString>> originalHeaders; ///< headers of the returned original message
    bool wasMime = false;
    bool wasQuotedPrintable = false;
    bool wasQuoted = false;
    int nulBytes = 0;
    bool binary = false;
    QString header(QStringView name) const;
    QString originalHeader(QStringView name) const;
};

/// Chinese, Japanese and Korean script (kana, ideographs, Hangul), written without spaces between words.
bool isCjk(char16_t c);

/// Bytes to text: UTF-8, or Windows-1252 when the bytes are not valid UTF-8. Counts and drops NULs;
/// flags mostly-binary data.
QString textFromBytes(QByteArrayView bytes, int *nulBytes, bool *binary);
/// Typography to ASCII where it matters for parsing (quotes, dashes, spaces, arrows), line ends to '\n'.
QString plainTypography(QStringView text);
/// Decodes quoted-printable: soft line breaks and =XX (bytes read as UTF-8).
QString decodeQuotedPrintable(QStringView text);
NormalizedText normalizeText(QStringView text);

} // namespace Mailflow::Internal
