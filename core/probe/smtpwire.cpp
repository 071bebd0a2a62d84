// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpwire.h"

namespace Mailflow {

QString SmtpResponse::text() const
{
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            text += u'\n';
        text += QString::number(code) + (i + 1 < lines.size() ? u'-' : u' ') + lines.at(i);
    }
    return text;
}

SmtpResponse parseSmtpResponse(QByteArrayView buffer, const SmtpLimits &limits)
{
    SmtpResponse response;
    qsizetype pos = 0;
    int lineNumber = 0;
    while (pos < buffer.size()) {
        const qsizetype newline = buffer.indexOf('\n', pos);
        const qsizetype available = (newline < 0 ? buffer.size() : newline + 1) - pos;
        if (available > limits.maxLineLength) {
            response.state = SmtpResponse::State::Invalid;
            response.error = QStringLiteral("reply line %1 is longer than %2 bytes").arg(lineNumber + 1).arg(limits.maxLineLength);
            return response;
        }
        if (newline < 0)
            return response; // Incomplete
        ++lineNumber;
        QByteArrayView line = buffer.sliced(pos, newline - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = newline + 1;
        const bool hasCode = line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && line[1] >= '0' && line[1] <= '9'
                             && line[2] >= '0' && line[2] <= '9' && (line.size() == 3 || line[3] == ' ' || line[3] == '-');
        if (!hasCode) {
            response.state = SmtpResponse::State::Invalid;
            response.error = QStringLiteral("reply line %1 has no reply code: \"%2\"")
                                 .arg(lineNumber)
                                 .arg(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 60))));
            return response;
        }
        response.code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        response.lines.append(QString::fromUtf8(line.size() > 4 ? line.sliced(4) : QByteArrayView()));
        if (line.size() == 3 || line[3] == ' ') {
            response.state = SmtpResponse::State::Complete;
            response.consumed = pos;
            return response;
        }
        if (lineNumber >= limits.maxLines) {
            response.state = SmtpResponse::State::Invalid;
            response.error = QStringLiteral("reply has more than %1 lines").arg(limits.maxLines);
            return response;
        }
    }
    return response;
}

QList<SmtpExtension> parseEhloExtensions(const SmtpResponse &ehlo)
{
    QList<SmtpExtension> extensions;
    for (qsizetype i = 1; i < ehlo.lines.size(); ++i) {
        QString line = ehlo.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        // "AUTH=LOGIN PLAIN" is the pre-RFC 4954 spelling some servers still send.
        const qsizetype space = line.indexOf(u' ');
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0 && (space < 0 || equals < space))
            line[equals] = u' ';
        QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        SmtpExtension extension;
        extension.keyword = words.takeFirst().toUpper();
        extension.parameters = words;
        extensions.append(extension);
    }
    return extensions;
}

QStringList authMechanisms(const QList<SmtpExtension> &extensions)
{
    QStringList mechanisms;
    for (const SmtpExtension &extension : extensions) {
        if (extension.keyword != u"AUTH")
            continue;
        for (const QString &mechanism : extension.parameters) {
            const QString upper = mechanism.toUpper();
            if (!mechanisms.contains(upper))
                mechanisms.append(upper);
        }
    }
    return mechanisms;
}

bool hasExtension(const QList<SmtpExtension> &extensions, QStringView keyword)
{
    for (const SmtpExtension &extension : extensions) {
        if (extension.keyword.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Mailflow
