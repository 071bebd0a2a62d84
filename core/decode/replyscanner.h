// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/smtpreply.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

// The reply finder of the text decoder: where a line carries SMTP replies ("550 5.1.1 …", "#5.1.1", a client's
// wrapper around a server's reply) and how a line's replies chain ("… -> 421 4.4.2 …").
namespace Mailflow::Internal {

inline bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Length of the enhanced status code (RFC 3463 "4.4.2") at @p i, or 0 when there is none.
qsizetype enhancedLengthAt(QStringView s, qsizetype i);

/// One reply a line carries: where it starts, its codes, where its text starts, and how it was written.
struct Candidate
{
    qsizetype start = 0;     // position of the first code
    qsizetype textStart = 0; // after the codes
    SmtpReply reply;
    QChar opener;            // quote or bracket right before the reply
    bool strong = false;
    bool continuation = false; // "550-5.1.1 …" multi-line
    bool alone = false;        // a label's bare status ("Errore del server: 550."): no text of its own
};

/// The reply candidates of one line. lineStartOk: a bare basic code at the line start counts.
QList<Candidate> findCandidates(QStringView s, bool lineStartOk);

/// A multi-line reply folded into one line without the continuation markers Postfix keeps inline
/// ("… Please use the SMTP 550-5.7.1 relay at …", up to its last line's "550 5.7.1"); its first code stays.
/// With @p code, every marker of that code goes (the text of a reply whose code is read already).
QString withoutContinuationMarkers(const QString &text, int code = 0);

/// A reply's text without connectors and trailers; @p trailerServer gets the host an Exchange Online trailer names.
QString cleanReplyText(QStringView text, QChar opener, QString *trailerServer);

/// A reply as compared for duplicates: its codes and its text lower-cased, spacing simplified, trailing quotes and dots dropped.
QString normalizedForCompare(const SmtpReply &r);

/// The plain reply a client's wrapper stands for ("SMTP Error (550): … (5.7.1 …)" -> "550 5.7.1 …"), or an empty string.
QString unwrapClientReply(QStringView line);
// Whether line names a reply by its code and server only ("The Yahoo 451 error, …"): a bare reply without text.
bool namesServerError(QStringView line);

/// The replies of one line joined into a chain, with what follows the innermost reply.
struct BuiltChain
{
    QList<SmtpReply> replies;
    QString detail;         // non-reply tail after the innermost " -> "
    QString trailerServer;  // host named in an Exchange Online trailer
    qsizetype firstStart = -1;
};

/// The replies of one line (or field value), outermost first.
BuiltChain buildChain(QStringView s, bool lineStartOk);

} // namespace Mailflow::Internal
