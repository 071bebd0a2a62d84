// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalizer.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Mailflow::Internal {

namespace {

constexpr int MaxMimeDepth = 8;

// Windows-1252's printable 0x80–0x9F, for text that is not UTF-8.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString decodeCp1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<uchar>(c);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(Cp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString decodeUtf8OrCp1252(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return decodeCp1252(bytes);
    return text;
}

QString decodeCharset(QByteArrayView bytes, QStringView charset)
{
    const QString name = charset.trimmed().toString().toLower();
    if (name.isEmpty() || name == u"utf-8" || name == u"utf8" || name == u"us-ascii" || name == u"ascii")
        return decodeUtf8OrCp1252(bytes);
    if (name == u"iso-8859-1" || name == u"latin1" || name == u"windows-1252" || name == u"cp1252" || name == u"iso-8859-15")
        return decodeCp1252(bytes);
    QStringDecoder decoder(qPrintable(name));
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return text;
    }
    return decodeUtf8OrCp1252(bytes);
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    return -1;
}

QByteArray qpBytes(QStringView text, bool softBreaks)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'=') {
            if (softBreaks) {
                qsizetype j = i + 1;
                while (j < n && (text[j] == u' ' || text[j] == u'\t'))
                    ++j;
                if (j < n && text[j] == u'\n') {
                    i = j;
                    continue;
                }
                if (j == n) {
                    i = j;
                    continue;
                }
            }
            if (i + 2 < n && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
                bytes.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
                i += 2;
                continue;
            }
        }
        if (c.unicode() < 0x80)
            bytes.append(char(c.unicode()));
        else
            bytes.append(text.mid(i, 1).toUtf8());
    }
    return bytes;
}

bool isHeaderName(QStringView line, qsizetype *colon)
{
    const qsizetype c = line.indexOf(u':');
    if (c <= 0 || c > 76)
        return false;
    for (qsizetype i = 0; i < c; ++i) {
        const char16_t ch = line[i].unicode();
        if (ch <= 32 || ch >= 127)
            return false;
    }
    *colon = c;
    return true;
}

struct Entity
{
    QList<QPair<QString, QString>> headers;
    QStringView body;
    QString value(QStringView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// Splits "headers\n\nbody"; returns false when the text does not start with a header block.
bool splitEntity(QStringView text, Entity *entity, bool strict)
{
    qsizetype pos = 0;
    const qsizetype n = text.size();
    int count = 0;
    while (pos < n) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = n;
        const QStringView line = text.mid(pos, end - pos);
        if (line.trimmed().isEmpty()) {
            pos = end + 1;
            break;
        }
        qsizetype colon = 0;
        const bool unfoldedParameter = !entity->headers.isEmpty() && entity->headers.last().second.endsWith(u';') && line.contains(u'=')
            && (line.indexOf(u':') < 0 || line.indexOf(u':') > line.indexOf(u'='));
        if (((line[0] == u' ' || line[0] == u'\t') && !entity->headers.isEmpty()) || unfoldedParameter) {
            // Some gateways break "Content-Type: multipart/alternative;" before "boundary=…" without folding whitespace.
            entity->headers.last().second += u' ' + line.trimmed().toString();
        } else if (isHeaderName(line, &colon)) {
            entity->headers.append({line.first(colon).toString(), line.mid(colon + 1).trimmed().toString()});
            ++count;
        } else if (count == 0 && line.startsWith(u"From ")) {
            // mbox separator line
        } else {
            if (strict)
                return false;
            pos = end; // body starts here without a blank line
            break;
        }
        pos = end + 1;
        if (count > 500)
            break;
    }
    entity->body = pos < n ? text.mid(pos) : QStringView();
    return count > 0;
}

QString contentTypeParam(QStringView contentType, QStringView name)
{
    for (QStringView part : contentType.tokenize(u';')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || part.first(eq).trimmed().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QStringView value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.front() == u'"' && value.back() == u'"')
            value = value.mid(1, value.size() - 2);
        return value.toString();
    }
    return {};
}

QString mimeType(const Entity &entity)
{
    const QString type = entity.value(u"Content-Type");
    const qsizetype semi = type.indexOf(u';');
    return (semi < 0 ? type : type.left(semi)).trimmed().toLower();
}

QString decodeEntityBody(const Entity &entity)
{
    const QString encoding = entity.value(u"Content-Transfer-Encoding").trimmed().toLower();
    const QString charset = contentTypeParam(entity.value(u"Content-Type"), u"charset");
    if (encoding == u"base64") {
        QByteArray ascii;
        ascii.reserve(entity.body.size());
        for (const QChar c : entity.body) {
            if (c.unicode() < 128 && !c.isSpace())
                ascii.append(char(c.unicode()));
        }
        return decodeCharset(QByteArray::fromBase64(ascii), charset);
    }
    if (encoding == u"quoted-printable")
        return decodeCharset(qpBytes(entity.body, true), charset);
    return entity.body.toString();
}

QString stripHtml(QStringView html)
{
    QString text;
    text.reserve(html.size());
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                break;
            const QStringView tag = html.mid(i + 1, end - i - 1).trimmed();
            auto isTag = [&](QStringView name) {
                QStringView t = tag.startsWith(u'/') ? tag.mid(1) : tag;
                return t.startsWith(name, Qt::CaseInsensitive)
                    && (t.size() == name.size() || !t[name.size()].isLetterOrNumber());
            };
            if (isTag(u"style") || isTag(u"script")) {
                if (!tag.startsWith(u'/')) {
                    const qsizetype close = html.indexOf(tag.startsWith(u"s", Qt::CaseInsensitive) && isTag(u"style") ? u"</style" : u"</script", end, Qt::CaseInsensitive);
                    if (close >= 0)
                        end = html.indexOf(u'>', close);
                    if (end < 0)
                        break;
                }
            } else if (isTag(u"br") || isTag(u"p") || isTag(u"div") || isTag(u"tr") || isTag(u"li") || isTag(u"h1") || isTag(u"h2") || isTag(u"h3") || isTag(u"table")) {
                text += u'\n';
            } else if (isTag(u"td") || isTag(u"th")) {
                text += u' ';
            }
            i = end;
        } else if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            if (semi > i && semi - i <= 8) {
                const QStringView entity = html.mid(i + 1, semi - i - 1);
                QChar decoded;
                if (entity == u"nbsp")
                    decoded = u' ';
                else if (entity == u"amp")
                    decoded = u'&';
                else if (entity == u"lt")
                    decoded = u'<';
                else if (entity == u"gt")
                    decoded = u'>';
                else if (entity == u"quot")
                    decoded = u'"';
                else if (entity == u"apos" || entity == u"#39")
                    decoded = u'\'';
                else if (entity.startsWith(u'#')) {
                    bool ok = false;
                    const uint code = entity.startsWith(u"#x", Qt::CaseInsensitive) ? entity.mid(2).toUInt(&ok, 16) : entity.mid(1).toUInt(&ok);
                    if (ok && code > 0 && code < 0xFFFF)
                        decoded = QChar(char16_t(code));
                }
                if (!decoded.isNull()) {
                    text += decoded;
                    i = semi;
                    continue;
                }
            }
            text += c;
        } else if (c == u'\n') {
            text += u' ';
        } else {
            text += c;
        }
    }
    return text;
}

void cutOriginalMessage(QString &text, NormalizedText *result);

struct MimeWalker
{
    NormalizedText *out;
    QString text;

    void walk(const Entity &entity, int depth)
    {
        const QString type = mimeType(entity);
        if (type.startsWith(u"multipart/") && depth < MaxMimeDepth) {
            const QString boundary = contentTypeParam(entity.value(u"Content-Type"), u"boundary");
            // A boundary that never occurs (hand-edited or broken reports) leaves the body as plain text.
            if (!boundary.isEmpty() && walkMultipart(entity.body, boundary, type == u"multipart/alternative", depth))
                return;
            QString part = plainTypography(decodeEntityBody(entity));
            cutOriginalMessage(part, out);
            text += part + u'\n';
            return;
        }
        if (type == u"message/rfc822" || type == u"text/rfc822-headers" || type == u"message/rfc822-headers") {
            Entity original;
            if (splitEntity(entity.body, &original, false) && out->originalHeaders.isEmpty())
                out->originalHeaders = original.headers;
            return;
        }
        if (type == u"message/delivery-status" || type == u"message/global-delivery-status") {
            text += decodeEntityBody(entity) + u'\n';
            return;
        }
        if (type.startsWith(u"text/html")) {
            QString part = plainTypography(stripHtml(decodeEntityBody(entity)));
            cutOriginalMessage(part, out);
            text += part + u'\n';
            return;
        }
        if (type.isEmpty() || type.startsWith(u"text/")) {
            QString part = plainTypography(decodeEntityBody(entity));
            cutOriginalMessage(part, out);
            text += part + u'\n';
            return;
        }
        // images, applications: nothing to read
    }

    // Returns false, reading nothing, when the body holds no delimiter line at all.
    bool walkMultipart(QStringView body, const QString &boundary, bool alternative, int depth)
    {
        const QString delimiter = u"--"_s + boundary;
        QList<QStringView> parts;
        qsizetype pos = 0;
        qsizetype partStart = -1;
        const qsizetype n = body.size();
        while (pos <= n) {
            qsizetype end = body.indexOf(u'\n', pos);
            if (end < 0)
                end = n;
            const QStringView line = body.mid(pos, end - pos);
            if (line.startsWith(delimiter)) {
                if (partStart >= 0)
                    parts.append(body.mid(partStart, pos - partStart));
                const QStringView rest = line.mid(delimiter.size()).trimmed();
                if (rest.startsWith(u"--")) {
                    partStart = -1;
                    break;
                }
                partStart = end + 1;
            }
            pos = end + 1;
        }
        if (partStart >= 0 && partStart < n)
            parts.append(body.mid(partStart));
        if (parts.isEmpty() && partStart < 0 && !body.contains(delimiter))
            return false;
        QList<Entity> entities;
        // Some MTAs (Courier) write the human-readable report before the first delimiter, where
        // MIME readers show nothing; it is read when it is more than the usual one-line notice.
        if (!alternative) {
            const qsizetype first = body.startsWith(delimiter) ? 0 : body.indexOf(QString(u'\n' + delimiter));
            const QStringView preamble = first > 0 ? body.first(first).trimmed() : QStringView();
            if (preamble.size() > 300 && preamble.count(u'\n') >= 3) {
                Entity text;
                text.body = preamble;
                entities.append(text);
            }
        }
        for (QStringView part : parts) {
            Entity child;
            if (!splitEntity(part, &child, false))
                child.body = part;
            entities.append(child);
        }
        if (alternative) {
            // Prefer the plain text; fall back to the last alternative.
            for (const Entity &child : entities) {
                if (mimeType(child).startsWith(u"text/plain") || mimeType(child).isEmpty()) {
                    walk(child, depth + 1);
                    return true;
                }
            }
            if (!entities.isEmpty())
                walk(entities.last(), depth + 1);
            return true;
        }
        for (const Entity &child : entities)
            walk(child, depth + 1);
        return true;
    }
};

bool looksLikeMessageHeaders(const Entity &entity)
{
    int score = 0;
    for (const auto &h : entity.headers) {
        const QString name = h.first.toLower();
        if (name == u"content-type" || name == u"mime-version")
            score += 2;
        else if (name == u"received" || name == u"return-path" || name == u"from" || name == u"subject" || name == u"date"
                 || name == u"to" || name == u"message-id" || name == u"delivered-to" || name == u"x-failed-recipients")
            score += 1;
    }
    return score >= 3;
}

// Markers after which a bounce repeats the original message.
const QList<QStringView> &originalMessageMarkers()
{
    static const QList<QStringView> markers = {
        u"Original message headers:",
        u"Ursprüngliche Nachrichtenkopfzeilen:",
        u"Ursprüngliche Nachrichtenheader:",
        u"En-têtes de message d'origine",
        u"En-têtes du message d'origine",
        u"Encabezados del mensaje original:",
        u"Encabezados de mensaje original:",
        u"Intestazioni originali del messaggio:",
        u"Intestazioni del messaggio originale:",
        u"------ This is a copy of the message, including all the headers.",
        u"------ This is a copy of the message's headers.",
        u"--- Below this line is a copy of the message.",
        u"--- Enclosed are the original headers of the message.",
        u"----- Original message -----",
        u"----- Original Message -----",
        u"   ----- Original message follows -----",
        u"----- Original message follows -----",
        u"----- Message header follows -----",
        u"------ Original message ------",
    };
    return markers;
}

// Cuts the copy of the original message that a bounce appends after a marker line, keeping its headers.
void cutOriginalMessage(QString &text, NormalizedText *result)
{
    for (const QStringView marker : originalMessageMarkers()) {
        qsizetype at = 0;
        while ((at = text.indexOf(marker, at)) >= 0) {
            if (at == 0 || text[at - 1] == u'\n' || text[at - 1] == u' ')
                break;
            at += marker.size();
        }
        if (at < 0)
            continue;
        qsizetype lineEnd = text.indexOf(u'\n', at);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView rest = QStringView(text).mid(lineEnd + 1 > text.size() ? text.size() : lineEnd + 1);
        while (!rest.isEmpty() && rest.front().isSpace())
            rest = rest.mid(1);
        Entity original;
        if (result->originalHeaders.isEmpty() && splitEntity(rest, &original, false))
            result->originalHeaders = original.headers;
        text.truncate(at);
    }
    // A report pasted from its delivery-status part on, without the MIME headers that would split it: the part
    // after the status fields that returns the original ("Content-Type: message/rfc822") is that original, even
    // when it is a bounce itself. A forwarded bounce attached as message/rfc822 has no status fields before it.
    for (const QStringView marker : {QStringView(u"\nContent-Type: message/rfc822"), QStringView(u"\nContent-Type: text/rfc822-headers")}) {
        const qsizetype at = text.indexOf(marker, 0, Qt::CaseInsensitive);
        const QStringView report = QStringView(text).left(at);
        if (at > 0 && (report.startsWith(u"Final-Recipient:"_s, Qt::CaseInsensitive) || report.contains(u"\nFinal-Recipient:"_s, Qt::CaseInsensitive))) {
            text.truncate(at + 1);
            break;
        }
    }
}

// A text pasted through a converter that escaped it: a bug tracker's migration that wrote Markdown escapes and HTML
// entities ("250 2\\.1\\.0 \\<a@b>\\.\\.\\. Sender ok", "MAIL From&#8203;:"), or a program's string literal that keeps its
// line breaks as "\\r\\n" ("…could not\\r\\nbe delivered…"). Each is undone only when the text shows it many times,
// so a single backslash in a path or a regular expression stays.
QString unescapedPaste(const QString &text)
{
    QString out = text;
    static const QRegularExpression markdownEscape(u"\\\\([.,!\\-<>()\\[\\]_*#+=:|{}&~])"_s);
    if (text.count(u'\\') >= 4) {
        qsizetype escapes = 0;
        for (QRegularExpressionMatchIterator it = markdownEscape.globalMatch(text); it.hasNext() && escapes < 6; it.next())
            ++escapes;
        if (escapes >= 6) {
            out.replace(markdownEscape, u"\\1"_s);
            static const QRegularExpression space(u"&(?:nbsp|#160);"_s);
            static const QRegularExpression zeroWidth(u"&(?:#8203|#x200[bB]);"_s);
            out.replace(space, u" "_s).replace(zeroWidth, QString());
            out.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
        }
    }
    // (A JSON document keeps its escapes: its strings are read where they stand.)
    const qsizetype escapedBreaks = out.count(u"\\n"_s);
    const QStringView start = QStringView(out).trimmed().left(1);
    if (escapedBreaks >= 4 && out.count(u'\n') * 2 < escapedBreaks && start != u"{" && start != u"[") {
        out.replace(u"\\r\\n"_s, u"\n"_s);
        out.replace(u"\\n"_s, u"\n"_s);
        out.replace(u"\\t"_s, u" "_s);
    }
    return out;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A Latin word glued to CJK text ("邮件投递失败dial tcp …: i/o timeout") gets a space before and after it, so that it
// is a word of its own for the word-bounded rules. Digits stay glued: "504错误" is read as a code with its word.
bool cjkSeam(const QChar *in, qsizetype i, qsizetype n)
{
    if (i + 1 >= n)
        return false;
    const char16_t a = in[i].unicode();
    const char16_t b = in[i + 1].unicode();
    return (isCjk(a) && isAsciiLetter(b)) || (isAsciiLetter(a) && isCjk(b));
}

} // namespace

QString NormalizedText::header(QStringView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString NormalizedText::originalHeader(QStringView name) const
{
    for (const auto &h : originalHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString textFromBytes(QByteArrayView bytes, int *nulBytes, bool *binary)
{
    // Windows PowerShell 5 writes "Get-Queue | fl > file.txt" as UTF-16LE with a BOM.
    const auto b0 = bytes.size() >= 2 ? static_cast<uchar>(bytes[0]) : 0;
    const auto b1 = bytes.size() >= 2 ? static_cast<uchar>(bytes[1]) : 0;
    bool utf16le = b0 == 0xFF && b1 == 0xFE;
    const bool utf16be = b0 == 0xFE && b1 == 0xFF;
    if (!utf16le && !utf16be && bytes.size() >= 16) {
        // No BOM: mostly NUL odd bytes and non-NUL even bytes in the first kilobytes.
        qsizetype oddNul = 0, evenNul = 0;
        const qsizetype sample = qMin<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
        for (qsizetype i = 0; i < sample; i += 2) {
            evenNul += bytes[i] == 0;
            oddNul += bytes[i + 1] == 0;
        }
        utf16le = oddNul * 10 >= (sample / 2) * 9 && evenNul * 10 < sample / 2;
    }
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const qsizetype skip = (b0 == 0xFF && b1 == 0xFE) || utf16be ? 2 : 0;
        *nulBytes = 0;
        *binary = false;
        return decoder.decode(bytes.mid(skip));
    }
    if (bytes.size() >= 3 && static_cast<uchar>(bytes[0]) == 0xEF && static_cast<uchar>(bytes[1]) == 0xBB && static_cast<uchar>(bytes[2]) == 0xBF)
        bytes = bytes.mid(3);
    qsizetype nuls = 0;
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto b = static_cast<uchar>(c);
        if (b == 0)
            ++nuls;
        else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
            ++controls;
    }
    *nulBytes = int(qMin<qsizetype>(nuls, std::numeric_limits<int>::max()));
    *binary = !bytes.isEmpty() && (nuls + controls) * 10 > bytes.size();
    if (nuls == 0)
        return decodeUtf8OrCp1252(bytes);
    QByteArray clean;
    clean.reserve(bytes.size() - nuls);
    for (const char c : bytes) {
        if (c != 0)
            clean.append(c);
    }
    return decodeUtf8OrCp1252(clean);
}

bool isCjk(char16_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF);
}

QString plainTypography(QStringView text)
{
    // Written through a pointer: this runs over every character of inputs of many megabytes.
    const qsizetype n = text.size();
    const QChar *in = text.data();
    qsizetype extra = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i].unicode();
        extra += (c == 0x2192 || c == 0x27F6 || c == 0x21D2 || c == 0x2026) ? 2 : 0;
        extra += c >= 0x3040 && cjkSeam(in, i, n);
        extra += isAsciiLetter(c) && cjkSeam(in, i, n);
    }
    QString out(n + extra, Qt::Uninitialized);
    QChar *o = out.data();
    const QChar *const begin = o;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i].unicode();
        if (c >= 0x20 && c < 0x7F) {
            *o++ = QChar(c);
            if (isAsciiLetter(c) && cjkSeam(in, i, n))
                *o++ = u' ';
            continue;
        }
        switch (c) {
        case u'\n':
            *o++ = u'\n';
            break;
        case u'\r':
            *o++ = u'\n';
            if (i + 1 < n && in[i + 1] == u'\n')
                ++i;
            break;
        case u'\t': case u'\f': case u'\v':
            *o++ = u' ';
            break;
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
            *o++ = u'\'';
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
            *o++ = u'"';
            break;
        case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008:
        case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000:
            *o++ = u' ';
            break;
        case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
            break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            *o++ = u'-';
            break;
        case 0x2192: case 0x27F6: case 0x21D2:
            *o++ = u'-';
            *o++ = u'>';
            break;
        case 0x2026:
            *o++ = u'.';
            *o++ = u'.';
            *o++ = u'.';
            break;
        default:
            *o++ = c < 0x20 ? QChar(u' ') : QChar(c);
            if (c >= 0x3040 && cjkSeam(in, i, n))
                *o++ = u' ';
        }
    }
    out.truncate(o - begin);
    out.squeeze();
    return out;
}

QString decodeQuotedPrintable(QStringView text)
{
    return decodeUtf8OrCp1252(qpBytes(text, true));
}

NormalizedText normalizeText(QStringView input)
{
    NormalizedText result;
    QString text = plainTypography(input);

    // "> " quoting from a reply or forward.
    const bool anyQuoted = text.startsWith(u'>') || text.contains(u"\n>") || text.contains(u"\n >");
    if (anyQuoted) {
        QString unquoted;
        unquoted.reserve(text.size());
        qsizetype pos = 0;
        const qsizetype n = text.size();
        int quoted = 0;
        while (pos < n) {
            qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0)
                end = n;
            QStringView line = QStringView(text).mid(pos, end - pos);
            qsizetype i = 0;
            while (i < line.size() && line[i] == u' ' && i < 4)
                ++i;
            if (i < line.size() && line[i] == u'>' && !(i + 1 < line.size() && line[i + 1] == u'>' && i + 2 < line.size() && line[i + 2] == u'>')) {
                while (i < line.size() && (line[i] == u'>' || line[i] == u' '))
                    ++i;
                line = line.mid(i);
                ++quoted;
            }
            unquoted += line;
            if (end < n)
                unquoted += u'\n';
            pos = end + 1;
        }
        if (quoted > 0) {
            text = unquoted;
            result.wasQuoted = true;
        }
    }

    // A raw message: walk its MIME structure.
    Entity top;
    if (splitEntity(text, &top, true) && looksLikeMessageHeaders(top)) {
        result.wasMime = true;
        result.headers = top.headers;
        MimeWalker walker{&result, {}};
        walker.walk(top, 0);
        text = plainTypography(walker.text);
    } else {
        // Quoted-printable pasted from a message source: most long lines end in a soft break, or
        // UTF-8 is escaped ("=E2=80=99"). Either is rare in other text, random text included.
        int softBreaks = 0;
        int longLines = 0;
        int escapes = 0;
        const qsizetype n = text.size();
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = text[i];
            if (c == u'\n') {
                if (i - lineStart >= 60)
                    ++longLines;
                if (i > 0 && text[i - 1] == u'=' && i - lineStart >= 40)
                    ++softBreaks;
                lineStart = i + 1;
            } else if (c == u'=' && i + 5 < n && text[i + 3] == u'=') {
                const int lead = hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]);
                const int next = hexValue(text[i + 4]) * 16 + hexValue(text[i + 5]);
                if (hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0 && hexValue(text[i + 4]) >= 0 && hexValue(text[i + 5]) >= 0
                    && lead >= 0xC2 && lead <= 0xF4 && next >= 0x80 && next <= 0xBF)
                    ++escapes;
            }
        }
        if ((softBreaks >= 2 && softBreaks * 4 >= longLines) || escapes >= 2) {
            text = plainTypography(decodeQuotedPrintable(text));
            result.wasQuotedPrintable = true;
        }
    }

    // HTML pasted as source (not inside a MIME part): read its text.
    if (!result.wasMime) {
        const QStringView head = QStringView(text).left(4096);
        // (A bounce flattened onto few lines with its "<br />" tags counts too.)
        const qsizetype breaks = head.count(u"<br"_s, Qt::CaseInsensitive);
        if (head.contains(u"<html", Qt::CaseInsensitive) || head.contains(u"<body", Qt::CaseInsensitive)
            || (head.contains(u"<p>", Qt::CaseInsensitive) && head.contains(u"</p>", Qt::CaseInsensitive))
            || (breaks >= 3 && head.count(u'\n') < breaks))
            text = plainTypography(stripHtml(text));
    }

    // Undo a converter's escapes, then cut the returned original message, keeping its headers (MIME parts were
    // unescaped and cut one by one).
    if (!result.wasMime) {
        text = unescapedPaste(text);
        cutOriginalMessage(text, &result);
    }

    // Join lines that Outlook's text conversion (or a mail client) wrapped inside a quoted reply,
    // a LastError block, a reply chain or Postfix's indented bounce text.
    {
        const QStringView all(text);
        QList<QStringView> lines;
        for (QStringView line : all.tokenize(u'\n'))
            lines.append(line);
        QString joined;
        joined.reserve(text.size());
        QString current;
        int appended = 0;
        auto startsWithQuotedReply = [](QStringView t) {
            return t.size() >= 4 && (t[0] == u'\'' || t[0] == u'"') && (t[1] == u'2' || t[1] == u'4' || t[1] == u'5')
                && t[2].isDigit() && t[3].isDigit();
        };
        auto openState = [](QStringView line) -> int {
            // 1: a quote before a reply code that is not closed; 2: an unclosed "[{LED=" block; 3: ends with "->"
            for (qsizetype i = 0; i + 1 < line.size(); ++i) {
                const QChar q = line[i];
                if ((q == u'\'' || q == u'"') && (line[i + 1] == u'2' || line[i + 1] == u'4' || line[i + 1] == u'5')
                    && (i == 0 || line[i - 1] == u' ' || line[i - 1] == u'(' || line[i - 1] == u':')) {
                    qsizetype close = line.indexOf(q, i + 1);
                    if (close < 0)
                        return 1;
                    i = close;
                }
            }
            const qsizetype brace = line.lastIndexOf(u"[{");
            if (brace >= 0 && line.indexOf(u"}]", brace) < 0 && (line.contains(u"LED=") || line.contains(u"LRT=")))
                return 2;
            if (line.trimmed().endsWith(u"->"))
                return 3;
            return 0;
        };
        auto isPostfixRecipientLine = [](QStringView line) {
            return line.startsWith(u'<') && line.contains(u">:");
        };
        // Exim indents a failed address's reason by four spaces and wraps a long reply onto lines of
        // the same indent ("    host mx.example [192.0.2.1]: 550 Requested action not taken:" /
        // "    mailbox unavailable"); a line starting with a reply code is a multi-line reply instead.
        auto isEximHostLine = [](QStringView line) {
            return line.startsWith(u"    host ") && line.contains(u"]: ");
        };
        auto isEximWrap = [](QStringView line, QStringView t) {
            return line.startsWith(u"    ") && !line.startsWith(u"     ") && !t.isEmpty() && !t[0].isDigit()
                && !t.startsWith(u"host ") && !t.startsWith(u"SMTP error") && !t.startsWith(u"retry ") && !t.startsWith(u"LMTP error");
        };
        // A log record wrapped by the window it was copied from, mid-word ("…said: 550-Reques" / "ted action not taken …"):
        // a long timestamped line followed by one that starts no record and no sentence.
        static const QRegularExpression logRecord(u"^(?:[A-Z][a-z]{2} +\\d{1,2} |\\d{4}-\\d\\d-\\d\\d[ T])\\d\\d:\\d\\d:\\d\\d"_s);
        auto isLogWrap = [](QStringView record, QStringView previous, QStringView line) {
            return previous.size() >= 100 && !line.isEmpty() && !line.startsWith(u"  ") && !line[0].isUpper() && !QStringView(u"`#>*-|").contains(line[0])
                && logRecord.matchView(record).hasMatch() && !logRecord.matchView(line).hasMatch();
        };
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringView line = lines[i];
            const QStringView t = line.trimmed();
            bool append = false;
            bool glued = false;
            if (i > 0 && !current.trimmed().isEmpty() && !t.isEmpty() && appended < 8 && current.size() < 4096) {
                const bool mayBeOpen = current.contains(u'\'') || current.contains(u'"') || current.contains(u"[{") || current.endsWith(u"->")
                    || current.endsWith(u"-> ");
                const int open = mayBeOpen ? openState(current) : 0;
                if (open != 0)
                    append = true;
                else if (t.startsWith(u"->") && (t.mid(2).trimmed().startsWith(u"SocketError") || (t.mid(2).trimmed().size() > 3
                         && t.mid(2).trimmed()[0].isDigit() && t.mid(2).trimmed()[1].isDigit() && t.mid(2).trimmed()[2].isDigit())))
                    append = true;
                else if (startsWithQuotedReply(t) && !current.contains(u'\''))
                    append = true;
                else if (isPostfixRecipientLine(current) && line.startsWith(u"    ") && !line.startsWith(u"     "))
                    append = true;
                else if (isEximHostLine(current) && isEximWrap(line, t))
                    append = true;
                else if (isLogWrap(current, lines[i - 1], line))
                    append = glued = true;
            }
            if (append) {
                // Format-List wraps mid-word and indents the rest: join without a space.
                const bool formatList = line.startsWith(u"          ");
                if (!formatList && !glued && !current.endsWith(u' '))
                    current += u' ';
                current += glued ? line : t;
                ++appended;
                continue;
            }
            if (i > 0) {
                joined += current;
                joined += u'\n';
            }
            current.resize(0);
            current.append(line);
            appended = 0;
        }
        joined += current;
        joined += u'\n';
        text = joined;
    }

    // qmail-send logs a delivery's reason with underscores for spaces ("delivery 1040373: deferral:
    // CNAME_lookup_failed_temporarily._(#4.4.3)/"): the reason is read as the words it is.
    if (text.contains(u": deferral: "_s) || text.contains(u": failure: "_s)) {
        static const QRegularExpression qmailReason(u"\\bdelivery \\d+: (?:deferral|failure): (\\S+)"_s);
        QList<QPair<qsizetype, qsizetype>> spans;
        for (const QRegularExpressionMatch &m : qmailReason.globalMatch(text))
            spans.append({m.capturedStart(1), m.capturedLength(1)});
        for (const auto &[at, length] : std::as_const(spans)) {
            for (qsizetype k = at; k < at + length; ++k) {
                if (text[k] == u'_')
                    text[k] = u' ';
            }
        }
    }
    // A mail log that a forum or a page copy flattened into one line ("Sep 19 16:00:16 t7 postfix/smtpd[1309]: connect from …
    // Sep 19 16:00:16 t7 postfix/cleanup[1290]: …"): each syslog entry goes back on a line of its own. (Such pastes are
    // small; a text of megabytes stays as it came.)
    if (text.size() < 256 * 1024 && text.contains(u"]: "_s)) {
        static const QRegularExpression flattenedEntry(
            u" (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\\d{1,2} \\d\\d:\\d\\d:\\d\\d [\\w.-]+ [\\w/.-]+\\[\\d+\\]: )"_s);
        text.replace(flattenedEntry, u"\n"_s);
    }
    // A delivery-status part that a page copy flattened into its sentence ("… will be returned to you. Action: delayed
    // Final-Recipient: rfc822; a@b.example Status: 4.0.0"): its fields go back on lines of their own, when a line holds
    // at least two of them so a lone "Status: ok" in prose stays.
    if (text.size() < 256 * 1024 && text.contains(u" Status: "_s)) {
        static const QRegularExpression leadingField(u"(?:^| )(?:Action: (?:failed|delayed|delivered|relayed|expanded)|Final-Recipient: |Remote-MTA: |Diagnostic-Code: )"_s);
        static const QRegularExpression status(u" Status: [245]\\.\\d"_s);
        static const QRegularExpression field(
            u" (?=(?:Action|Final-Recipient|Original-Recipient|Status|Remote-MTA|Diagnostic-Code|Last-Attempt-Date|Reporting-MTA|Arrival-Date|Will-Retry-Until): )"_s);
        QString unflattened;
        qsizetype copied = 0;
        for (qsizetype start = 0; start < text.size();) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0)
                end = text.size();
            const QStringView line = QStringView(text).mid(start, end - start);
            const QRegularExpressionMatch lead = leadingField.matchView(line);
            if (lead.hasMatch() && status.matchView(line, lead.capturedEnd()).hasMatch()) {
                unflattened += QStringView(text).mid(copied, start - copied);
                unflattened += line.toString().replace(field, u"\n"_s);
                copied = end;
            }
            start = end + 1;
        }
        if (copied > 0) {
            unflattened += QStringView(text).mid(copied);
            text = unflattened;
        }
    }
    result.body = text;
    return result;
}

} // namespace Mailflow::Internal
