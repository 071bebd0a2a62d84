// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace Mailflow {

/// One SMTP reply as it appears in logs, bounces and live sessions:
/// "421 4.4.2 Connection dropped due to SocketError".
struct SmtpReply
{
    int code = 0;       ///< basic reply code, 200–599; 0 when the text had none
    QString enhanced;   ///< RFC 3463 enhanced status code "4.4.2", empty when absent
    QString text;       ///< the rest of the line, trimmed

    bool isValid() const { return code != 0 || !enhanced.isEmpty(); }
    /// 2, 4 or 5 from the basic code, else from the enhanced code; 0 when neither.
    int replyClass() const;
    /// "421 4.4.2" / "421" / "4.4.2": the "code enhanced" pair used in JSON and tests.
    QString codePair() const;

    friend bool operator==(const SmtpReply &, const SmtpReply &) = default;
};

/// Parses one reply line: an optional three-digit basic code (200–599, followed by
/// space, '-' or end), an optional enhanced code (class 2/4/5, subject and detail of
/// 1–3 digits) and the text. Leading '#' and whitespace are skipped. Returns an
/// invalid reply when the line starts with neither code.
SmtpReply parseSmtpReply(QStringView line);

/// Splits a chain "451 4.4.397 Error … -> 421 4.4.2 Connection dropped …" at " -> "
/// into its replies, outermost first; parts that are not replies are dropped.
QList<SmtpReply> parseSmtpReplyChain(QStringView text);

/// True when @p text is an enhanced status code such as "5.7.1" (class 2, 4 or 5).
bool isEnhancedStatusCode(QStringView text);

} // namespace Mailflow

Q_DECLARE_METATYPE(Mailflow::SmtpReply)
Q_DECLARE_TYPEINFO(Mailflow::SmtpReply, Q_RELOCATABLE_TYPE);
