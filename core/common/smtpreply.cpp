// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpreply.h"

namespace Mailflow {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Length of an enhanced code at the start of @p s ("5.7.1"), 0 when there is none.
qsizetype enhancedLength(QStringView s)
{
    if (s.size() < 5 || (s[0] != u'2' && s[0] != u'4' && s[0] != u'5') || s[1] != u'.')
        return 0;
    qsizetype i = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = i;
        while (i < s.size() && isDigit(s[i]) && i - start < 3)
            ++i;
        if (i == start)
            return 0;
        if (part == 0) {
            if (i >= s.size() || s[i] != u'.')
                return 0;
            ++i;
        }
    }
    if (i < s.size() && (isDigit(s[i]) || s[i].isLetter() || s[i] == u'.'))
        return 0;
    return i;
}

} // namespace

int SmtpReply::replyClass() const
{
    if (code >= 200 && code < 600)
        return code / 100;
    if (!enhanced.isEmpty())
        return enhanced.at(0).digitValue();
    return 0;
}

QString SmtpReply::codePair() const
{
    if (code == 0)
        return enhanced;
    if (enhanced.isEmpty())
        return QString::number(code);
    return QString::number(code) + u' ' + enhanced;
}

bool isEnhancedStatusCode(QStringView text)
{
    text = text.trimmed();
    return !text.isEmpty() && enhancedLength(text) == text.size();
}

SmtpReply parseSmtpReply(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i].isSpace() || line[i] == u'#'))
        ++i;
    QStringView rest = line.mid(i);
    SmtpReply reply;
    if (rest.size() >= 3 && isDigit(rest[0]) && isDigit(rest[1]) && isDigit(rest[2])
        && (rest.size() == 3 || rest[3] == u' ' || rest[3] == u'-')) {
        const int code = rest.first(3).toInt();
        if (code >= 200 && code < 600) {
            reply.code = code;
            rest = rest.mid(rest.size() > 3 ? 4 : 3);
            while (!rest.isEmpty() && rest.front().isSpace())
                rest = rest.mid(1);
        }
    }
    if (const qsizetype n = enhancedLength(rest)) {
        reply.enhanced = rest.first(n).toString();
        rest = rest.mid(n);
    }
    if (!reply.isValid())
        return {};
    reply.text = rest.trimmed().toString();
    return reply;
}

QList<SmtpReply> parseSmtpReplyChain(QStringView text)
{
    QList<SmtpReply> replies;
    for (QStringView part : text.tokenize(u" -> ")) {
        const SmtpReply reply = parseSmtpReply(part);
        if (reply.isValid())
            replies.append(reply);
    }
    return replies;
}

} // namespace Mailflow
