// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Mailflow {

/// One complete (possibly multi-line) SMTP reply read from a live session.
struct SmtpResponse
{
    enum class State {
        Incomplete, ///< the final line has not arrived yet
        Complete,   ///< a whole reply was read; consumed says how many bytes it used
        Invalid,    ///< not an SMTP reply, or over the limits (see error)
    };
    State state = State::Incomplete;
    int code = 0;          ///< the reply code of the final line
    QStringList lines;     ///< each line without the code and separator, in order
    qsizetype consumed = 0;
    QString error;         ///< for Invalid: what was wrong, and at which line

    /// "250-mail.example.com\n250 STARTTLS" style text (code included), for transcripts and JSON.
    QString text() const;
};

/// Limits that stop a hostile server from keeping the prober busy.
struct SmtpLimits
{
    qsizetype maxLineLength = 4096;  ///< bytes per line, CRLF included (RFC 5321 says 512)
    int maxLines = 200;              ///< lines per reply
};

/// Reads the first reply in @p buffer. Lines end in LF (CR optional); each starts with the same
/// three-digit code followed by '-' (more lines follow), ' ' or the end of the line (final line).
/// Returns Incomplete while the final line is missing, Invalid for a line without a code, a
/// line longer than limits.maxLineLength or more than limits.maxLines lines.
SmtpResponse parseSmtpResponse(QByteArrayView buffer, const SmtpLimits &limits = {});

/// One EHLO extension: "SIZE 35882577" → keyword "SIZE", parameters ["35882577"].
struct SmtpExtension
{
    QString keyword; ///< upper case
    QStringList parameters;
    friend bool operator==(const SmtpExtension &, const SmtpExtension &) = default;
};

/// The extensions of a 250 EHLO reply (all lines after the first, the greeting).
QList<SmtpExtension> parseEhloExtensions(const SmtpResponse &ehlo);
/// The SASL mechanisms of "AUTH …" (and the old "AUTH=…") lines, upper case, without duplicates.
QStringList authMechanisms(const QList<SmtpExtension> &extensions);
/// True when @p extensions contain @p keyword (case-insensitive).
bool hasExtension(const QList<SmtpExtension> &extensions, QStringView keyword);

} // namespace Mailflow

Q_DECLARE_METATYPE(Mailflow::SmtpResponse)
Q_DECLARE_TYPEINFO(Mailflow::SmtpResponse, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Mailflow::SmtpExtension)
Q_DECLARE_TYPEINFO(Mailflow::SmtpExtension, Q_RELOCATABLE_TYPE);
