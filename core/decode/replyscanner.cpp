// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyscanner.h"
#include "textnormalizer.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mailflow::Internal {

namespace {

bool boundaryBefore(QStringView s, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar p = s[i - 1];
    // CJK text runs on without spaces: "…显示421 4.4.2 Connection dropped" starts a reply after the word.
    if (isCjk(p.unicode()))
        return true;
    // A JSON- or repr-escaped line break before the reply ("Raw error: \\n554 5.7.1 …").
    if ((p == u'n' || p == u'r' || p == u't') && i >= 2 && s[i - 2] == u'\\' && (i == 2 || s[i - 3] != u'\\'))
        return true;
    // A telnet session where the typed QUIT and the server's answer share a line: "quit221 2.0.0 Bye".
    if (i >= 4 && i + 3 <= s.size() && s.mid(i, 3) == u"221" && s.mid(i - 4, 4).compare(u"quit"_s, Qt::CaseInsensitive) == 0
        && (i == 4 || !s[i - 5].isLetterOrNumber()))
        return true;
    if (p.isLetterOrNumber() || p == u'.' || p == u'/' || p == u'@' || p == u'+' || p == u'$')
        return false;
    if (p == u'-') {
        // "<-550" swaks-style marker, "<led-451 …" (a LastError pasted with its '=' as '-'); plain hyphens join numbers
        // Exim relays a callout's multi-line answer behind its own code: "550-550 5.1.10 RESOLVER.ADR.RecipientNotFound".
        return (i >= 2 && s[i - 2] == u'<')
            || (i >= 4 && s.mid(i - 4, 3).compare(u"led"_s, Qt::CaseInsensitive) == 0 && (i == 4 || !s[i - 5].isLetter()))
            || (i >= 4 && i + 3 < s.size() && s.mid(i - 4, 3) == s.mid(i, 3) && s[i + 3] == u' ' && (i == 4 || !s[i - 5].isLetterOrNumber()));
    }
    if (p == u':' && i >= 2 && isDigit(s[i - 2]))
        return false; // a time "12:34"
    if (p == u':' && i >= 4 && s[i - 2].isLetter()) {
        // A line number after a source file's name in a stack trace ("email.js:211 - Email.send", "Mailer.java:550").
        static const QList<QLatin1StringView> sourceExtensions = {"js"_L1, "mjs"_L1, "cjs"_L1, "ts"_L1, "py"_L1, "java"_L1, "kt"_L1, "rb"_L1, "php"_L1,
                                                                  "go"_L1, "cs"_L1, "cpp"_L1, "cc"_L1, "c"_L1, "h"_L1, "rs"_L1, "pl"_L1, "pm"_L1, "ex"_L1,
                                                                  "exs"_L1, "erl"_L1, "lua"_L1, "scala"_L1, "swift"_L1, "vb"_L1, "coffee"_L1, "jsx"_L1, "tsx"_L1};
        qsizetype dot = i - 2;
        while (dot > 0 && dot > i - 9 && s[dot].isLetter())
            --dot; // bounded: an extension has at most six letters
        if (dot > 0 && s[dot] == u'.' && i - 1 - dot <= 6 && s[dot - 1].isLetterOrNumber()) {
            const QStringView ext = s.mid(dot + 1, i - 2 - dot);
            if (std::any_of(sourceExtensions.begin(), sourceExtensions.end(), [&](QLatin1StringView e) { return ext.compare(e, Qt::CaseInsensitive) == 0; }))
                return false;
        }
    }
    if (p == u'_')
        return i == 1 || s[i - 2].isSpace(); // markdown emphasis "_501 Connection rejected …_", not "id_550"
    return true;
}

// Words after a bare number that make it a quantity, not a reply (plural nouns: "550 Message rejected"
// and "421 Connection timed out" are replies).
bool quantityWord(QStringView rest)
{
    static const QList<QLatin1StringView> units = {
        "bytes"_L1, "byte"_L1, "kb"_L1, "mb"_L1, "gb"_L1, "ms"_L1, "sec"_L1, "second"_L1, "minute"_L1, "hour"_L1,
        "day"_L1, "messages"_L1, "recipients"_L1, "time"_L1, "%"_L1, "users"_L1, "mails"_L1, "emails"_L1, "attempt"_L1,
        "retries"_L1, "connections"_L1, "of "_L1, "x "_L1, "px"_L1, "pm"_L1, "am"_L1,
    };
    for (const QLatin1StringView u : units) {
        if (!rest.startsWith(u, Qt::CaseInsensitive))
            continue;
        // A unit is a whole word, or its plural: "421 Timeout waiting for data" is a reply, "421 times" a count.
        const qsizetype end = u.size() < rest.size() && (rest[u.size()] == u's' || rest[u.size()] == u'S') ? u.size() + 1 : u.size();
        if (!QChar(u.back()).isLetter() || end >= rest.size() || !rest[end].isLetter())
            return true;
    }
    return false;
}

// Text right before a reply that says "a server's reply follows".
bool replyContextBefore(QStringView before)
{
    static const QList<QStringView> contexts = {
        u"said:", u"said", u"returned", u"returned '", u"returned \"", u"smtp;", u"led=", u"->",
        u"with:", u"with '", u"with \"", u"with: \"", u"with: '", u"message=", u"reject=", u"deferred:",
        u"reply:", u"response:", u"error:", u"]:", u"was:", u"<<<", u"<-", u"<**", u"<~", u"s:",
        u"server:", u"zurückgegeben:", u"retourné :", u"a retourné", u"devolvió", u"ha restituito",
        u"hat", u"diagnostic-code:", u"x-postfix;", u"error is:", u"dsn=", u"stat=", u"#", u"< #",
        u"responded with", u"sent:", u"answer:", u"<", u">:", u"command:", u"talk to me:", u"to me:", u"status=sent", u"status=bounced", u"status=deferred", u"status=expired", u"antwort:", u"servidor:",
        u"server response:", u"réponse du serveur :", u"réponse du serveur:", u"serveur était :", u"serveur était:",
        u"returned:", u"failed:", u"response was:", u"response was", u"responded:", u"SMTP diagnostic:", u"replied:", u"replied with", u"answered:", u"invalid login:", u"exception:",
        u"with message", u"error message:", u"response=", u"terminates connection -", u"client:", // nodemailer; PHPMailer's "SERVER -> CLIENT:" // PHP mailers: 'got code "503", with message "503 RCPT first …"'
        u"smtp,", // Mattermost: "SMTP, 550 Incorrect sender header"
        u"répondu :", u"répondu:", u"antwortete:", u"respondió:", u"ha risposto:", u"respondeu:", // clients: "Le serveur de courrier a répondu : 5.1.1 <…>"
        u"mail system problem", u"address error", // SES: "5.3.0 - Other mail system problem 550-'Unknown user …'"
        u"received:", // sendemail: "SUCCESS => Received:     220 mx.example ESMTP"
        u"got:", // client transcripts: "Got: 220 mx.example ESMTP"
        u"smtp:", // Mailspring's connection log: "SMTP: 220 We do not authorize the use of this system …"
        u"got response", // SimpleMail: 'simplemail.sender: Got response "220 mx.example ESMTP …"'
        u"read:", // lettre's debug log: "Read: 220 mail.example ESMTP Postcow<CRLF>"
        u"response :", u"reply :", // a hand-made transcript: "command : STARTTLS" / "response : 503 Bad sequence of commands"
        u"<--", // MDaemon / SecurityGateway session transcripts: "<-- 500 Message rejected"
        u"服务器响应为:", u"服务器响应为：", u"伺服器回應為:", // .NET in Chinese: "The server response was:"
        u"refused:", // "all emails pushed to Haraka are refused: 550 I cannot deliver mail for <…>"
        u"critical:", u"fatal:", // an application log's level: "main.CRITICAL: 5.7.57 SMTP; Client was not authenticated …"
        // .NET's "The server response was:" in its other languages
        u"Serverantwort war:", u"La respuesta del servidor fue:", u"La risposta del server è stata:", u"Die Serverantwort lautete:",
    };
    QStringView t = before.trimmed();
    while (!t.isEmpty() && (t.back() == u'\'' || t.back() == u'"' || t.back() == u'(' || t.back() == u'[' || t.back() == u'\\'))
        t.chop(1);
    // Python's smtplib debug output quotes the reply as bytes: "reply: b'354 End data with …'".
    if (t.size() < before.trimmed().size() && t.endsWith(u" b"))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return false;
    // Postfix's verbose log names the peer before its reply ("< smtp.example[192.0.2.8]:587: 250-…"); some client
    // loggers the command answered ("DEBUG <-- EHLO 250 mx.example / PIPELINING").
    static const QRegularExpression peerOrCommand(u"(?:\\[[0-9A-Fa-f.:]+\\]:\\d+:|<-+\\s+(?:CONN|EHLO|HELO|LHLO|MAIL|RCPT|DATA|STARTTLS|AUTH|QUIT|RSET|BDAT|NOOP))$"_s);
    if (peerOrCommand.matchView(t).hasMatch())
        return true;
    // An exception named after the reply it carries: Ruby's "Net::SMTPServerBusy: 421 …", "Net::SMTPFatalError: 550 …".
    static const QRegularExpression exceptionName(u"\\bNet::SMTP[A-Z]\\w*:$"_s);
    if (exceptionName.matchView(t).hasMatch())
        return true;
    for (const QStringView c : contexts) {
        QStringView cc = c;
        if (cc.endsWith(u'\'') || cc.endsWith(u'"'))
            continue;
        if (t.endsWith(cc, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A code named as such ("Transient error with status code 4.4.2, postponing retry"): whatever follows.
bool codeLabelBefore(QStringView before)
{
    static const QRegularExpression label(u"\\b(?:status|error|smtp|diagnostic) code[:=]?\\s*['\"(\\[]?$"_s, QRegularExpression::CaseInsensitiveOption);
    return label.matchView(before).hasMatch();
}

// Contexts after which a number is always a reply ("smtp; 426 connection timed out"), even
// when a counting word follows it.
bool replyOnlyContextBefore(QStringView before)
{
    static const QList<QLatin1StringView> contexts = {"smtp;"_L1, "said:"_L1, "x-postfix;"_L1, "diagnostic-code:"_L1, "<<<"_L1,
                                                      "reply:"_L1, "response:"_L1, "error:"_L1};
    const QStringView t = before.trimmed();
    return std::any_of(contexts.begin(), contexts.end(), [&](QLatin1StringView c) { return t.endsWith(c, Qt::CaseInsensitive); });
}

// The failure codes SMTP servers send (RFC 5321, 3207, 4954, 7504) that HTTP has not too; the looser reply forms take
// only these, so an HTTP status ("GET /api - 404 Not Found", "Request failed - 500 Internal Server Error") is no reply.
bool smtpFailureCode(int code)
{
    static const QList<int> codes = {421, 432, 435, 450, 451, 452, 454, 455, 521, 523, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556, 557};
    return codes.contains(code);
}

// The success codes SMTP servers send (RFC 5321, 4954, 1985): a bare "240 delivering …" is a process id in Exim's debug log.
bool smtpSuccessCode(int code)
{
    static const QList<int> codes = {211, 214, 220, 221, 235, 250, 251, 252, 253};
    return codes.contains(code);
}

// The last quote character of s that closes a quote: an apostrophe inside a word ("can't") does not.
qsizetype closingQuote(QStringView s, QChar q)
{
    qsizetype at = s.lastIndexOf(q);
    while (q == u'\'' && at > 0 && at + 1 < s.size() && s[at - 1].isLetter() && s[at + 1].isLetter())
        at = s.lastIndexOf(q, at - 1);
    return at;
}

} // namespace

qsizetype enhancedLengthAt(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    if (i + 5 > n || (s[i] != u'2' && s[i] != u'4' && s[i] != u'5') || s[i + 1] != u'.')
        return 0;
    qsizetype j = i + 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = j;
        while (j < n && isDigit(s[j]) && j - start < 3)
            ++j;
        if (j == start)
            return 0;
        if (part == 0) {
            if (j >= n || s[j] != u'.')
                return 0;
            ++j;
        }
    }
    if (j < n && (isDigit(s[j]) || s[j].isLetter() || (s[j] == u'.' && j + 1 < n && isDigit(s[j + 1]))))
        return 0;
    return j - i;
}

// Finds reply candidates in one line. lineStartOk: a bare basic code at the line start counts.
QList<Candidate> findCandidates(QStringView s, bool lineStartOk)
{
    QList<Candidate> found;
    const qsizetype n = s.size();
    qsizetype firstNonSpace = 0;
    // A line's decoration is no text before a reply: quotes, a Markdown code span ("`5.7.1 Client was not
    // authenticated`") and the box-drawing tree a debug logger draws ("└──220 mail.example.com ESMTP").
    // (nmap's script output indents a server's banner after "|": "|     554-No SMTP service".)
    while (firstNonSpace < n && (s[firstNonSpace] == u' ' || s[firstNonSpace] == u'#' || s[firstNonSpace] == u'"' || s[firstNonSpace] == u'\''
                                 || s[firstNonSpace] == u'`' || s[firstNonSpace] == u'|' || (s[firstNonSpace].unicode() >= 0x2500 && s[firstNonSpace].unicode() <= 0x257F)))
        ++firstNonSpace;
    // A transcript's one-letter side marker ("S 220 mx.example ready", "C EHLO …").
    if (firstNonSpace + 5 < n && s[firstNonSpace] == u'S' && s[firstNonSpace + 1] == u' ' && isDigit(s[firstNonSpace + 2]) && isDigit(s[firstNonSpace + 3])
        && isDigit(s[firstNonSpace + 4]))
        firstNonSpace += 2;
    // An issue title's tag ("[Question] 5.7.1 Relaying denied - …") is no text before a reply either.
    if (firstNonSpace + 3 < n && s[firstNonSpace] == u'[') {
        qsizetype close = firstNonSpace + 1;
        while (close < n && close - firstNonSpace <= 16 && s[close].isLetter())
            ++close;
        if (close > firstNonSpace + 1 && close + 1 < n && s[close] == u']' && s[close + 1] == u' ') {
            firstNonSpace = close + 1;
            while (firstNonSpace < n && s[firstNonSpace] == u' ')
                ++firstNonSpace;
        }
    }
    // A reply pasted in parentheses ("(535 Incorrect authentication data)") starts after the bracket.
    if (firstNonSpace + 1 < n && s[firstNonSpace] == u'(' && isDigit(s[firstNonSpace + 1]) && s.trimmed().endsWith(u')'))
        ++firstNonSpace;
    // The next quote of each kind at or after a position, remembered so that a long line of quoted
    // numbers is still scanned in linear time.
    qsizetype nextQuote[3] = {-2, -2, -2};
    auto quoteAfter = [&](QChar q, qsizetype from) {
        qsizetype &cached = nextQuote[q == u'"' ? 1 : q == u'`' ? 2 : 0];
        if (cached == -2 || (cached >= 0 && cached < from))
            cached = s.indexOf(q, from);
        return cached;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        // Intermediate replies count too ("354 End data with <CR><LF>.<CR><LF>"); of class 3 only the two SMTP has.
        const bool intermediate = c == u'3' && i + 2 < n && ((s[i + 1] == u'5' && s[i + 2] == u'4') || (s[i + 1] == u'3' && s[i + 2] == u'4'));
        if (c != u'2' && c != u'4' && c != u'5' && !intermediate)
            continue;
        // A failure code glued to a CJK word for "error" ("提示：504错误", "会提示504错误", "就报错501，"): the text around it is no
        // word boundary.
        if ((c == u'4' || c == u'5') && i + 3 <= n && isDigit(s[i + 1]) && isDigit(s[i + 2]) && (i == 0 || !isDigit(s[i - 1]))
            && (i + 3 == n || !isDigit(s[i + 3])) && (i == 0 || s[i - 1].unicode() >= 0x2E80 || boundaryBefore(s, i))) {
            const int code = s.mid(i, 3).toInt();
            const QStringView after = s.mid(i + 3);
            const QStringView before = s.left(i);
            if ((smtpFailureCode(code) || (code >= 500 && code <= 504))
                && (after.startsWith(u"错误") || after.startsWith(u"錯誤") || after.startsWith(u"报错") || after.startsWith(u"報錯") || after.startsWith(u"エラー")
                    || after.startsWith(u"오류") || before.endsWith(u"报错") || before.endsWith(u"報錯") || before.endsWith(u"错误码")
                    || before.endsWith(u"錯誤碼") || before.endsWith(u"错误代码"))) {
                Candidate glued;
                glued.start = i;
                glued.textStart = i + 3;
                glued.reply.code = code;
                found.append(glued);
                i += 2;
                continue;
            }
        }
        // … and one glued to the CJK sentence that names it ("配置的是授权码，但是依旧535", "都是535。").
        if ((c == u'4' || c == u'5') && i > 0 && isCjk(s[i - 1].unicode()) && i + 2 < n && isDigit(s[i + 1]) && isDigit(s[i + 2])
            && (i + 3 == n || (s[i + 3].isSpace() && !(i + 4 < n && enhancedLengthAt(s, i + 4))) || (s[i + 3].unicode() >= 0x3000 && s[i + 3].unicode() <= 0x303F)
                || (s[i + 3].unicode() >= 0xFF01 && s[i + 3].unicode() <= 0xFF1F))
            && smtpFailureCode(s.mid(i, 3).toInt())) {
            Candidate glued;
            glued.start = i;
            glued.textStart = i + 3;
            glued.reply.code = s.mid(i, 3).toInt();
            // "邮件投递失败550 Mail content denied […]": the reply's own text follows.
            glued.alone = !(i + 5 < n && s[i + 3] == u' ' && s[i + 4].isUpper() && s[i + 5].isLetter());
            found.append(glued);
            i += 2;
            continue;
        }
        if (!boundaryBefore(s, i))
            continue;
        // A port ("relay=mx.example[192.0.2.7]:465 offered no supported AUTH mechanisms") or a URL's fragment
        // ("…/docs/DOC-1369#550") is no reply.
        if (i >= 2 && ((s[i - 1] == u':' && s[i - 2] == u']') || (s[i - 1] == u'#' && (s[i - 2].isLetterOrNumber() || s[i - 2] == u'/'))))
            continue;
        Candidate cand;
        cand.start = i;
        const qsizetype before = qMax<qsizetype>(0, i - 48);
        QStringView prefix = s.mid(before, i - before);
        // A code written twice ("The error that the other server returned was: 550 550 sorry, no mailbox here"): the
        // context is the one before the first.
        if (prefix.size() >= 4 && prefix.back() == u' ' && prefix.chopped(1).endsWith(s.mid(i, 3)) && (prefix.size() == 4 || !prefix[prefix.size() - 5].isLetterOrNumber()))
            prefix.chop(4);
        cand.opener = i > 0 ? s[i - 1] : QChar();
        // Labelled forms that give both codes of one reply (group 1 the code, group 2 the enhanced code).
        auto takeLabelled = [&](const QRegularExpression &form) {
            const QRegularExpressionMatch m = form.matchView(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch())
                return false;
            cand.reply.code = m.capturedView(1).toInt();
            cand.reply.enhanced = m.captured(2);
            cand.textStart = m.capturedEnd(0);
            cand.strong = true;
            found.append(cand);
            i = cand.textStart - 1;
            return true;
        };
        // Zoho labels both codes of one reply: "ERROR_CODE :550, ERROR_CODE :5.1.1 <a>... User Unknown".
        if (i + 3 < n && s[i + 3] == u',' && prefix.trimmed().endsWith(u"ERROR_CODE :"_s, Qt::CaseInsensitive)) {
            static const QRegularExpression labelled(u"([245]\\d\\d),\\s*ERROR_CODE\\s*:\\s*(?:([245]\\.\\d{1,3}\\.\\d{1,3})\\b)?"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
            if (takeLabelled(labelled))
                continue;
        }
        // PEAR Net_SMTP: "Invalid response code received from server (code: 530, response: 5.7.1 Authentication required)".
        if (i + 3 < n && s[i + 3] == u',' && prefix.trimmed().endsWith(u"code:"_s, Qt::CaseInsensitive)) {
            static const QRegularExpression pear(u"([245]\\d\\d),\\s*response:\\s*(?:([245]\\.\\d{1,3}\\.\\d{1,3})\\b)?"_s);
            if (takeLabelled(pear))
                continue;
        }
        // Stalwart's delivery log: "host 'mx.example' rejected command 'RCPT TO:<a>' with code 554 (5.6.211) 'Invalid MIME …'".
        if (i + 4 < n && s[i + 3] == u' ' && s[i + 4] == u'(' && prefix.endsWith(u"with code "_s)) {
            static const QRegularExpression stalwart(u"([245]\\d\\d) \\(([245]\\.\\d{1,3}\\.\\d{1,3})\\) ?"_s);
            if (takeLabelled(stalwart))
                continue;
        }
        // Python's smtplib debug output: "reply: retcode (250); Msg: b'2.1.0 Ok'" is one reply.
        if (i + 3 < n && s[i + 3] == u')' && prefix.endsWith(u"retcode ("_s)) {
            static const QRegularExpression retcode(u"([245]\\d\\d)\\);\\s*Msg:\\s*b?['\"](?:([245]\\.\\d{1,3}\\.\\d{1,3})\\b)?"_s);
            if (takeLabelled(retcode))
                continue;
        }
        // A status after a label, standing alone ("Errore del server: 550.", "…, code: 500\""): a bare reply.
        if ((c == u'4' || c == u'5') && i + 2 < n && isDigit(s[i + 1]) && isDigit(s[i + 2])
            && (i + 3 == n || (QStringView(u".,;)\"'`").contains(s[i + 3]) && (i + 4 == n || !s[i + 4].isLetterOrNumber())))) {
            // The label names an error, a server's answer or a code, in the languages clients speak ("Serverfehler:",
            // "Erreur du serveur :", "Error del servidor:", "code:"); "Max recipients: 500." is a setting.
            static const QRegularExpression statusLabel(u"(?:error|erreur|errore|fehler|fout|erro|server|serveur|servidor|code|c[oó]digo|codice|"
                                                        "status|statut|stato|estado|reply|response|r[eé]ponse|risposta|respuesta|resposta|antwort)\\s*:$"_s,
                                                        QRegularExpression::CaseInsensitiveOption);
            const int code = s.mid(i, 3).toInt();
            // A client that names the code it expected and the one it got ("Error: Expected smtp code 250, got 552").
            static const QRegularExpression expectedGot(u"\\bexpected\\b[^\\n]{0,30}\\b(?:code|response)\\b[^\\n]{0,12}\\bgot (?:code )?[\"']?$"_s,
                                                        QRegularExpression::CaseInsensitiveOption);
            if ((smtpFailureCode(code) || (code >= 500 && code <= 504))
                && (statusLabel.matchView(prefix.trimmed()).hasMatch() || codeLabelBefore(prefix) || expectedGot.matchView(prefix).hasMatch())) {
                cand.reply.code = code;
                cand.textStart = i + 3;
                cand.alone = true;
                found.append(cand);
                i += 2;
                continue;
            }
        }
        // Yahoo/AOL notices write the code with a colon: "550: 5.1.1 <a>: …", "554: delivery error: dd …".
        const bool colonAfter = i + 4 < n && s[i + 3] == u':' && s[i + 4] == u' ';
        const bool commaAfter = lineStartOk && i == firstNonSpace && i + 6 < n && s[i + 3] == u',' && s[i + 4] == u' ' && s[i + 5].isUpper() && s[i + 6].isLower();
        // A dot typed for the space between the codes: "responded with "421.4.4.2 unable to connect."".
        const bool dotAfter = i + 8 < n && s[i + 3] == u'.' && s[i + 4] == c && enhancedLengthAt(s, i + 4) > 0;
        // A vendor's placeholder for the enhanced code: "421.x.x connection closed by Controlcenter".
        const bool placeholderAfter = i + 8 < n && s.mid(i + 3, 5).compare(u".x.x "_s, Qt::CaseInsensitive) == 0;
        if (i + 2 < n && isDigit(s[i + 1]) && isDigit(s[i + 2])
            && (i + 3 == n || s[i + 3] == u' ' || s[i + 3] == u'-' || colonAfter || commaAfter || dotAfter || placeholderAfter)) {
            const int code = s.mid(i, 3).toInt();
            qsizetype j = placeholderAfter ? i + 7 : colonAfter || commaAfter ? i + 4 : i + 3;
            bool dash = j < n && s[j] == u'-';
            if (dash && j + 1 < n && isDigit(s[j + 1]) && !enhancedLengthAt(s, j + 1)) {
                qsizetype k = j + 1;
                while (k < n && isDigit(s[k]))
                    ++k;
                // "250-300" is a range; "250-8BITMIME" is a reply line, and so is "451-127.0.0.2 is not yet authorized".
                if (k == n || (!s[k].isLetter() && !(s[k] == u'.' && k + 1 < n && isDigit(s[k + 1]))))
                    continue;
            }
            if (j < n)
                ++j;
            while (j < n && s[j] == u' ')
                ++j;
            if (j + 1 < n && (s[j] == u'\'' || s[j] == u'"' || s[j] == u'#') && enhancedLengthAt(s, j + 1))
                ++j; // Exchange 2003 writes "550-'5.1.1 …'", some gateways "550 #5.1.0 …"
            const qsizetype e = enhancedLengthAt(s, j);
            if (code < 200 || code > 599)
                continue;
            // … or after a client's label ("AuthenticationException: 535: 5.7.3 Authentication unsuccessful").
            // A quoted reply with both codes is one too: 'the error message "550: #5.1.0 Address rejected"'.
            const bool quotedWhole = (cand.opener == u'"' || cand.opener == u'\'' || cand.opener == u'`') && e > 0;
            if (colonAfter && !(lineStartOk && s.left(i).trimmed().isEmpty()) && !(e > 0 && replyContextBefore(prefix)) && !quotedWhole)
                continue;
            // A range in a title ("error code 550 5.1.1 through 5.1.20") is no reply.
            static const QRegularExpression range(u"^\\s+(?:through|to|-)\\s+[245]\\.\\d{1,3}\\.\\d{1,3}\\b"_s);
            if (e > 0 && range.matchView(s.mid(j + e, 24)).hasMatch())
                continue;
            if (e > 0) {
                cand.reply.code = code;
                cand.reply.enhanced = s.mid(j, e).toString();
                cand.textStart = j + e;
                cand.strong = true;
                cand.continuation = dash;
            } else {
                if (code < 300 && !smtpSuccessCode(code))
                    continue;
                // An HTTP status with its reason phrase ("resulted in a `400 Bad Request` response") is no reply.
                static const QRegularExpression httpStatus(u"^(?:(?:400 Bad Request|401 Unauthorized|403 Forbidden|404 Not Found|405 Method Not Allowed|"
                                                           "408 Request Time-?out|409 Conflict|413 (?:Payload|Request Entity) Too Large|"
                                                           "422 Unprocessable (?:Entity|Content)|429 Too Many Requests|500 Internal Server Error|502 Bad Gateway|"
                                                           "503 Service Unavailable|504 Gateway Time-?out)\\b|[245]\\d\\d \\([^)\\n]{0,60}\\bServer Error\\))"_s,
                                                           QRegularExpression::CaseInsensitiveOption);
                if (httpStatus.matchView(s.mid(i, 40)).hasMatch())
                    continue;
                const bool atLineStart = i == firstNonSpace || (i > 0 && s.left(i).trimmed().isEmpty());
                const QStringView rest = s.mid(j);
                // A reply quoted whole in prose: "I receive '550 Mailbox not found …'", 'return code "550 queryTxt ESERVFAIL"'.
                // '"554 <"addr">: Recipient address rejected: …"': the address is quoted inside the quoted reply.
                const qsizetype innerClose = rest.size() > 2 && rest[0] == u'<' && rest[1] == cand.opener
                    ? rest.indexOf(QString(QString(cand.opener) + u">:"_s)) : -1;
                // A Markdown code span in prose quotes it the same way: "SMTP raised: `421 Too many concurrent SMTP connections …`".
                // ("'550 - Connection frequency limited'": a dash or colon may stand between the code and its text.)
                const bool separatedText = rest.size() > 2 && (rest[0] == u'-' || rest[0] == u':') && rest[1] == u' ' && rest[2].isLetter();
                const bool quotedReply = (cand.opener == u'"' || cand.opener == u'\'' || cand.opener == u'`') && !rest.isEmpty()
                    && (rest[0].isLetter() || rest[0] == u'<' || rest[0] == u'…' || rest.startsWith(u"...") || separatedText)
                    && !quantityWord(rest)
                    && (quoteAfter(cand.opener, j) > j + 8 || (innerClose > 0 && s.indexOf(cand.opener, j + innerClose + 3) > j + innerClose + 8));
                // A reply in markdown emphasis: "search for _501 Connection rejected by policy [7.7]_".
                const bool emphasised = (cand.opener == u'_' || cand.opener == u'*') && !rest.isEmpty() && rest[0].isUpper()
                    && s.indexOf(cand.opener, j) > j + 8 && !quantityWord(rest);
                if (quantityWord(rest) && !replyOnlyContextBefore(prefix))
                    continue;
                // A heading's code before the reply it labels ("554 error: 554 5.2.0 STOREDRV…") is no reply of its own.
                if (rest.size() > 6 && rest.size() < 4096) {
                    const qsizetype colon = rest.left(24).indexOf(u':');
                    if (colon > 0 && rest.mid(colon + 1).trimmed().startsWith(s.mid(i, 3))
                        && std::all_of(rest.begin(), rest.begin() + colon, [](QChar ch) { return ch.isLetter() || ch == u' '; }))
                        continue;
                }
                if (rest.startsWith(u"for "_s) && rest.left(40).contains(u"response"_s))
                    continue; // qmail's summary "(Other MXes tried: 192.0.2.40 said 550 for RCPT TO response; …)"
                // A failure code with its text quoted right after it ("deferred with 421 'Server shutting down' message"), or
                // after a dash that follows a client's words ("Server terminates connection - 421 Timeout waiting for data").
                const bool quotedText = smtpFailureCode(code) && rest.size() > 8 && (rest[0] == u'\'' || rest[0] == u'"') && rest[1].isUpper()
                    && s.mid(j + 2, 500).indexOf(rest[0]) > 6;
                const bool dashLed = smtpFailureCode(code) && rest.size() > 8 && rest[0].isUpper() && rest[1].isLower() && prefix.endsWith(u" - ")
                    && prefix.size() >= 4 && prefix[prefix.size() - 4].isLetter();
                // A failure code in prose with its reply text after it ("Exception raised 421 Service not available",
                // "解决 554 DT:SPM 的问题", "Failed to send email: 535 Login Fail"), or named an error ("error 550 at the
                // rcpt function"): SMTP's own failure codes only, so an HTTP status is no reply.
                static const QRegularExpression errorWord(u"\\b(?:error|erreur|errore|fehler|erro|fout|smtp)(?:\\s+--?)?\\s$"_s, QRegularExpression::CaseInsensitiveOption);
                const bool proseReply = found.isEmpty() && smtpFailureCode(code) && rest.size() > 3 && i + 3 < n && s[i + 3] == u' ' && rest[0].isUpper() && (rest[1].isLetter() || rest[1] == u':')
                    && !quantityWord(rest);
                // (… but not a sentence about the code: "the smtp error 421 is for a temporary problem".)
                static const QRegularExpression aboutTheCode(u"^(?:is|means|indicates|refers|stands|codes?)\\b"_s, QRegularExpression::CaseInsensitiveOption);
                const bool namedError = smtpFailureCode(code) && errorWord.matchView(prefix).hasMatch() && !quantityWord(rest) && !aboutTheCode.matchView(rest).hasMatch();
                // An application's error log line: "[2012/08/20 09:35:37][error]   501 Syntax: HELO <hostname>", or a reply
                // after the label of a failed step ("Error during notifier startup check: 550 relay not permitted").
                static const QRegularExpression logLevelTag(u"\\[(?:error|err|fatal|crit|critical)\\]\\s+$"_s, QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression failedStep(u"\\b(?:error|failed|failure|unable|could not|cannot|exception)\\b"_s, QRegularExpression::CaseInsensitiveOption);
                const bool loggedError = (smtpFailureCode(code) || (code >= 500 && code <= 504)) && logLevelTag.matchView(prefix).hasMatch() && !rest.isEmpty()
                    && rest[0].isUpper() && !quantityWord(rest);
                const bool failedStepLabel = smtpFailureCode(code) && prefix.trimmed().endsWith(u':') && !rest.isEmpty() && rest[0].isLetter()
                    && failedStep.matchView(s.left(i)).hasMatch() && !quantityWord(rest) && !aboutTheCode.matchView(rest).hasMatch();
                // A server's banner opens a transcript wherever it stands: "220 mx.example ESMTP Sendmail 8.14.4; …".
                static const QRegularExpression banner(u"^\\S+ (?:[^\\n]{0,60}\\s)?E?SMTP\\b"_s);
                const bool bannerLine = code == 220 && atLineStart && banner.matchView(rest.left(120)).hasMatch();
                // MailEnable's NDR labels the remote reply: "Reason: 554 delivery error: dd This user doesn't have …".
                // (Not a multi-line reply's first line, "Reason: 550-Please turn on SMTP Authentication …": its DSN quotes it again.)
                const bool reasonLabel = smtpFailureCode(code) && !dash && s.left(i).trimmed().compare(u"Reason:"_s, Qt::CaseInsensitive) == 0;
                if (!(replyContextBefore(prefix) || codeLabelBefore(prefix) || (atLineStart && lineStartOk) || quotedReply || emphasised || quotedText || dashLed
                      || proseReply || namedError || reasonLabel || loggedError || failedStepLabel || bannerLine))
                    continue;
                // After '#' a number is an identifier ("#216 lpn …", "try again later #412 (support-id: …)") unless it is
                // a failure code SMTP has.
                if (!smtpFailureCode(code) && !(code >= 500 && code <= 504) && prefix.trimmed().endsWith(u'#'))
                    continue;
                // A reply has words after it (or nothing, at a transcript's line start).
                // A transcript's "250 8BITMIME" starts with a digit but is a word.
                const bool digitWord = rest.size() > 1 && rest[0].isDigit() && (rest[1].isLetter() || (rest[1].isDigit() && rest.size() > 2 && rest[2].isLetter()));
                // "550 : User unknown" (a server that leaves out its enhanced code but not the colon)
                const bool colonWord = rest.size() > 2 && (rest[0] == u':' || rest[0] == u'-') && rest[1] == u' ' && rest[2].isLetter();
                // a mistyped enhanced code after the reply code ("421 4.4 2 connection dropped …")
                const bool brokenEnhanced = atLineStart && lineStartOk && rest.size() > 3 && rest[0] == s[i] && rest[1] == u'.' && rest[2].isDigit();
                // Yahoo's "552 1 Requested mail action aborted, mailbox not found": a stray digit before the text.
                // (Yahoo's "554 30 Sorry, your message … cannot be delivered" likewise, with two.)
                const qsizetype strayDigits = rest.size() > 1 && rest[0].isDigit() && rest[1].isDigit() ? 2 : 1;
                const bool strayDigit = atLineStart && lineStartOk && rest.size() > strayDigits + 2 && rest[0].isDigit() && rest[strayDigits - 1].isDigit()
                    && rest[strayDigits] == u' ' && rest[strayDigits + 1].isUpper() && rest[strayDigits + 2].isLetter();
                // A status of a class that does not exist is text ("554 6.6.0 Error sending message for delivery").
                static const QRegularExpression bogusStatus(u"^[0-9]\\.\\d{1,3}\\.\\d{1,3} [A-Za-z]"_s);
                const bool bogusEnhanced = !rest.isEmpty() && rest[0] != u'2' && rest[0] != u'4' && rest[0] != u'5' && bogusStatus.matchView(rest).hasMatch();
                // A multi-line reply's first line may open with the client's address: "451-127.0.0.2 is not yet authorized …".
                static const QRegularExpression addressFirst(u"^\\d{1,3}(?:\\.\\d{1,3}){3} [a-z]"_s);
                const bool addressText = dash && addressFirst.matchView(rest).hasMatch();
                // (After "said:" or "smtp;" anything is the reply's text: "said: 550 ?no such user".)
                if (!rest.isEmpty() && !rest[0].isLetter() && !replyOnlyContextBefore(prefix) && !(digitWord && atLineStart && lineStartOk) && !strayDigit && !bogusEnhanced && !addressText && rest[0] != u'<' && rest[0] != u'['
                    && rest[0] != u'#' && rest[0] != u'(' && rest[0] != u'\'' && rest[0] != u'"' && rest[0] != u'…' && !rest.startsWith(u"...") && !colonWord && !brokenEnhanced
                    && !(rest.size() > 2 && rest[0] == u'\\' && rest[1] == u'"' && rest[2].isLetter())) // JSON-escaped quote: '\"550 \"envelope sender …\"\"'
                    continue;
                if (rest.isEmpty() && !(atLineStart && lineStartOk))
                    continue;
                cand.reply.code = code;
                cand.textStart = j;
                cand.continuation = dash;
                static const QRegularExpression hashStatus(u"#([245]\\.\\d{1,3}\\.\\d{1,3})\\s*smtp;\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
                if (const QRegularExpressionMatch m = hashStatus.matchView(prefix); m.hasMatch() && m.capturedView(1).front().digitValue() == code / 100)
                    cand.reply.enhanced = m.captured(1);
            }
        } else if (const qsizetype e = enhancedLengthAt(s, i)) {
            // "(#5.1.1)", also with a note: "(#5.1.1 - chkusr)"
            const bool closes = i + e < n && (s[i + e] == u')' || (s.mid(i + e).startsWith(u" - ") && s.mid(i + e, 40).contains(u')')));
            // A reporting system appends its own final status to a quoted reply: "… 421 4.3.2 too many
            // connections, please try again later (5.0.0)".
            const bool trailingStatus = prefix.endsWith(u'(') && !found.isEmpty() && i + e < n && s[i + e] == u')' && s.mid(i + e + 1).trimmed().isEmpty()
                && found.last().reply.enhanced != s.mid(i, e);
            // A status standing on its own, its text (if any) starting at textStart.
            auto takeStatus = [&](qsizetype textStart, QChar opener) {
                cand.reply.enhanced = s.mid(i, e).toString();
                cand.textStart = textStart;
                cand.opener = opener;
                found.append(cand);
                i = cand.textStart - 1;
            };
            if ((prefix.endsWith(u"(#") && closes) || trailingStatus) {
                // qmail and others end a reason with its status: "… named fabrikam.example. (#5.1.2)"
                takeStatus(i + e, u'#');
                continue;
            }
            const bool atLineStart = i == firstNonSpace && s[0] != u'#';
            // Exchange 2003 ends an NDR with its status in "<mx.example.org #5.1.1>" (or "#5.7.1 RESOLVER.RST.AuthRequired").
            static const QRegularExpression hostHash(u"<\\s*[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+\\s+#$"_s);
            if (hostHash.matchView(prefix).hasMatch() && !s.mid(i + e).trimmed().startsWith(u"smtp;"_s, Qt::CaseInsensitive)) {
                takeStatus(i + e, cand.opener);
                continue;
            }
            // A status in a Markdown code span with its text after it ("`5.7.708` Access denied, traffic not accepted …").
            if (cand.opener == u'`' && i + e + 3 < n && s[i + e] == u'`' && s[i + e + 1] == u' ' && s[i + e + 2].isUpper() && s[i + e + 3].isLetter()) {
                takeStatus(i + e + 1, cand.opener);
                continue;
            }
            // A status quoted with its text ("… no "5.7.708 Service unavailable. Access denied …" on this page").
            const bool quotedReply = (cand.opener == u'"' || cand.opener == u'\'') && i + e + 2 < n && s[i + e] == u' ' && s[i + e + 1].isUpper()
                && s.indexOf(cand.opener, i + e) > i + e + 8;
            // A status followed by a sentence ("5.7.520 Access denied, Your organization …") at a line's
            // start or after a label ("ErrorInProcessing: 4.7.0 Temporary server error", "permanent: 5.7.1 …").
            // Hotmail puts its server reference first: "5.7.0 (COL004-MC1F52) Unfortunately, messages from …".
            qsizetype sentenceAt = i + e;
            // (Yandex numbers its reasons: "5.7.1 [2] Message rejected under suspicion of SPAM".)
            if (sentenceAt + 2 < n && s[sentenceAt] == u' ' && (s[sentenceAt + 1] == u'(' || s[sentenceAt + 1] == u'[')) {
                const qsizetype close = s.mid(sentenceAt + 2, 40).indexOf(s[sentenceAt + 1] == u'(' ? u')' : u']');
                if (close > 0 && !s.mid(sentenceAt + 2, close).contains(u' '))
                    sentenceAt += 2 + close + 1;
            }
            const bool sentenceAfter = sentenceAt + 3 < n && s[sentenceAt] == u' ' && s[sentenceAt + 1].isUpper() && s[sentenceAt + 2].isLower();
            const QStringView trimmedPrefix = prefix.trimmed();
            const bool labelBefore = trimmedPrefix.endsWith(u':') && trimmedPrefix.size() >= 2 && trimmedPrefix[trimmedPrefix.size() - 2].isLetter();
            // … but not a page's pointer to help ("see … for error code 5.4.14 in Office 365").
            const bool labelled = codeLabelBefore(prefix) && !(i + e + 1 < n && s[i + e] == u' ' && s[i + e + 1].isLower());
            // Gmail quotes the remote status inside its own: "554 5.4.0 < #4.4.1 smtp; The recipient server did not …".
            const QStringView afterStatus = s.mid(i + e).trimmed();
            const bool hashSmtp = trimmedPrefix.endsWith(u'#') && afterStatus.startsWith(u"smtp;"_s, Qt::CaseInsensitive)
                && !(afterStatus.size() > 6 && afterStatus.mid(5).trimmed().size() > 0 && afterStatus.mid(5).trimmed().front().isDigit());
            if (hashSmtp) {
                takeStatus(s.indexOf(u';', i + e) + 1, u'#');
                continue;
            }
            // "… got the error 5.7.3 Authentication unsuccessful", "` 4.7.0 Temporary System Problem …`" (a code span), and a
            // status quoted alone after the word error ("returned a notice with the error \"5.1.2\"").
            static const QRegularExpression errorWord(u"\\b(?:error|Fehler|erreur|errore)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression errorQuote(u"\\b(?:error|Fehler|erreur|errore|code)\\s*[\"']$"_s, QRegularExpression::CaseInsensitiveOption);
            const bool spokenStatus = (errorWord.matchView(prefix).hasMatch() || trimmedPrefix.endsWith(u'`')) && sentenceAfter;
            const bool quotedAlone = (cand.opener == u'"' || cand.opener == u'\'') && i + e < n && s[i + e] == cand.opener
                && errorQuote.matchView(prefix).hasMatch();
            if (quotedAlone) {
                takeStatus(i + e, cand.opener);
                continue;
            }
            // PHPMailer: "SMTP server error: DATA END command failed Detail: 5.7.60 SMTP; Client does not have … SMTP code: 550":
            // the detail is the server's reply, its basic code named after it (maybe on the next line, see scanReplies()).
            if (trimmedPrefix.endsWith(u"Detail:"_s)) {
                static const QRegularExpression smtpCode(u"\\bSMTP code:\\s*([245]\\d\\d)\\b"_s);
                if (const QRegularExpressionMatch m = smtpCode.matchView(s.mid(i + e, 2000)); m.hasMatch() && m.capturedView(1).front() == s[i])
                    cand.reply.code = m.capturedView(1).toInt();
                takeStatus(i + e, cand.opener);
                continue;
            }
            // Exchange's own statuses (a three-digit detail, "4.7.500 Server busy. Please try again later …") are no version
            // numbers: with their sentence they are the reply wherever they stand. A status called an error is one too
            // ("kept getting 5.7.1 error message").
            const bool exchangeStatus = sentenceAfter && e - s.mid(i, e).lastIndexOf(u'.') - 1 == 3;
            static const QRegularExpression calledError(u"^ (?:error|errors|Fehler|erreur|errore)\\b"_s, QRegularExpression::CaseInsensitiveOption);
            const bool namedError = calledError.matchView(s.mid(i + e, 12)).hasMatch() && i > 0 && s[i - 1] == u' ';
            const bool withText = replyContextBefore(prefix) || labelled || (atLineStart && (lineStartOk || sentenceAfter)) || quotedReply
                || (labelBefore && sentenceAfter) || spokenStatus || exchangeStatus;
            if (!(withText || namedError) || trimmedPrefix.endsWith(u'#'))
                continue;
            const QStringView rest = s.mid(i + e).trimmed();
            const bool dashWord = rest.size() > 2 && rest[0] == u'-' && rest[1] == u' ' && rest[2].isLetter(); // SES "5.1.0 - Unknown address error"
            // After a context an address may come first (.NET: "The server response was: 5.1.1 <a@b>: User unknown").
            if (!labelled && (rest.isEmpty() || !(rest[0].isLetter() || dashWord || ((atLineStart || replyContextBefore(prefix)) && rest[0] == u'<') || (sentenceAfter && sentenceAt > i + e))))
                continue;
            cand.reply.enhanced = s.mid(i, e).toString();
            cand.textStart = i + e;
            cand.alone = !withText; // the words after it are the speaker's
            // Some clients append the basic code: "4.7.1 Ratelimit "user" exceeded (451)".
            static const QRegularExpression trailingCode(u"\\(([245]\\d\\d)\\)\\s*$"_s);
            if (const QRegularExpressionMatch m = trailingCode.matchView(rest.left(300)); m.hasMatch() && m.capturedView(1).front() == s[i])
                cand.reply.code = m.capturedView(1).toInt();
        } else {
            continue;
        }
        found.append(cand);
        i = cand.textStart - 1;
    }
    return found;
}

// Trims connectors and trailers from a reply's text.
QString withoutContinuationMarkers(const QString &text, int code)
{
    // The markers repeat the reply's own code ("550-5.7.1 … is not 550-5.7.1 authorized … go to 550 5.7.1 https://…");
    // another code stays.
    static const QRegularExpression first(u"(?:^|[\\s;])([245]\\d\\d)-"_s);
    static const QRegularExpression marker(u"(?<=[^\\s;]\\s)([245]\\d\\d)[- ](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?"_s);
    QString own = code > 0 ? QString::number(code) : QString();
    qsizetype from = 0;
    if (own.isEmpty()) {
        const QRegularExpressionMatch m = first.match(text);
        if (!m.hasMatch())
            return text;
        own = m.captured(1);
        from = m.capturedEnd();
    }
    QString out = text.left(from);
    for (const QRegularExpressionMatch &x : marker.globalMatch(text, from)) {
        if (x.capturedView(1) != own)
            continue;
        out += QStringView(text).mid(from, x.capturedStart() - from);
        from = x.capturedEnd();
    }
    return out + QStringView(text).mid(from);
}

QString cleanReplyText(QStringView text, QChar opener, QString *trailerServer)
{
    text = text.trimmed();
    // connectors that lead into the next (inner) reply
    static const QList<QLatin1StringView> tails = {
        "->"_L1, "[Message="_L1, "Message="_L1, "responded with:"_L1, "responded with"_L1, "with:"_L1, "with"_L1,
        "said:"_L1, "smtp;"_L1, "(in reply to"_L1, "("_L1, "["_L1, "'"_L1, "\""_L1, "#"_L1, "<"_L1,
    };
    bool changed = true;
    while (changed && !text.isEmpty()) {
        changed = false;
        for (const QLatin1StringView t : tails) {
            if (text.endsWith(t, Qt::CaseInsensitive)) {
                text.chop(t.size());
                text = text.trimmed();
                changed = true;
            }
        }
    }
    if (opener == u'\'' || opener == u'"' || opener == u'`') {
        // (A code span ends at its first backtick: "`550 … per hour` - a 5xx, which … `isSenderQuotaRejection()`".)
        const qsizetype close = opener == u'`' ? text.indexOf(opener) : closingQuote(text, opener);
        if (close >= 0)
            text = text.left(close).trimmed();
    } else if (opener == u'(' ) {
        const qsizetype close = text.lastIndexOf(u')');
        if (close >= 0)
            text = text.left(close).trimmed();
    } else if (opener == u'=' || opener == u'[') {
        const qsizetype close = text.indexOf(u']');
        if (close >= 0)
            text = text.left(close).trimmed();
    }
    // Exchange Online's trailer "[HOST 2021-01-01T00:00:00.000Z 08D8…]"
    static const QRegularExpression trailer(u"\\s*\\[([A-Za-z0-9.-]+\\.[A-Za-z]{2,}) \\d{4}-\\d\\d-\\d\\dT[^\\]]*\\]\\s*$"_s);
    const QRegularExpressionMatch m = trailer.matchView(text);
    if (m.hasMatch()) {
        if (trailerServer)
            *trailerServer = m.captured(1);
        text = text.left(m.capturedStart());
    }
    while (text.endsWith(u')') && text.count(u')') > text.count(u'('))
        text = text.chopped(1).trimmed(); // the close of a "status=deferred (…)" around the reply
    static const QRegularExpression inReplyTo(u"\\s*\\(in reply to [^)]*\\)\\s*$"_s);
    if (text.endsWith(u')') && text.contains(u"(in reply to"))
        text = text.left(inReplyTo.matchView(text).hasMatch() ? inReplyTo.matchView(text).capturedStart() : text.size());
    while (text.endsWith(u"##") || text.endsWith(u"#SMTP#") || (text.endsWith(u'>') && !text.contains(u'<')))
        text = text.left(text.endsWith(u"#SMTP#") ? text.size() - 6 : text.size() - (text.endsWith(u"##") ? 2 : 1)).trimmed();
    return text.trimmed().toString();
}

QString normalizedForCompare(const SmtpReply &r)
{
    QString t = r.text.toLower().simplified();
    while (!t.isEmpty() && (t.endsWith(u'.') || t.endsWith(u'\'') || t.endsWith(u'"') || t.endsWith(u')')))
        t.chop(1);
    return r.codePair() + u'|' + t;
}

// A code named with its server ("The Yahoo 451 error, specifically Message temporarily deferred …", "SMTP 530 error
// Authentication required"); only SMTP's failure codes count, so "HTTP 500 error" or a web host's "521 error" stay out.
static const QRegularExpression &namedServerErrorPattern()
{
    static const QRegularExpression re(
        u"\\b(?:SMTP|Yahoo|Gmail|AOL|Outlook(?:\\.com)?|Hotmail|Exchange(?: Online)?|Office ?365|Microsoft 365|Google|iCloud)(?: SMTP)? ([245]\\d\\d)[ -](?:error|Fehler|erreur|errore)\\b[\\s:,-]*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool namesServerError(QStringView line)
{
    const QRegularExpressionMatch m = namedServerErrorPattern().matchView(line);
    return m.hasMatch() && smtpFailureCode(m.capturedView(1).toInt());
}

// A server's reply as a client wraps it in its own error message: webmail / PHP mailers write
// "SMTP Error (550): Failed to add recipient "a" (5.7.1 <…>: Client host rejected)", "Error SMTP: [550] …",
// FAQ tables "Antwortcode 450 | Statuscode 4.2.1". Returns "550 5.7.1 text" (the enhanced code of the
// same class found in the message joins the basic code), or an empty string when the line is no such wrapper.
QString unwrapClientReply(QStringView line)
{
    if (line.size() > 4096)
        return {};
    static const QRegularExpression wrapped(
        u"(?:SMTP[ -]?(?:Error|Fehler|Erreur|Errore)|(?:Error|Erreur|Fehler|Errore)[ -]SMTP|\\b(?:permanent|transient|temporary) error)\\s*:?\\s*(?:[(\\[]\\s*([245]\\d\\d)\\s*[)\\]]|([245]\\d\\d)(?=\\s*:\\s))\\s*:?\\s*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression labelled(
        u"(?<!expected )(?:Antwortcode|Reply[ -]?code|Response[ -]?code|SMTP[ -]?(?:reply |response |error )?code|Fehlercode|Error[ -]code|Code de r[ée]ponse|C[óo]digo de respuesta|Codice di risposta)\\s*[:=]?\\s*[\"']?([245]\\d\\d)[\"']?(?![\\d.])"
        u"(?:[\\s|,;/-]{0,6}(?:(?:Enhanced |Extended |Erweiterter )?(?:Status[ -]?code|DSN(?:[ -]code)?|Statuscode|Code d'[ée]tat|C[óo]digo de estado)|Additional SMTP info:)\\s*[:=]?\\s*([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.]))?[\\s|,;:-]*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression &namedError = namedServerErrorPattern();
    // Python's smtplib: "SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted …')",
    // "SMTPRecipientsRefused: {'a@b': (550, b'5.1.1 <a@b>: … User unknown')}".
    // The tuple's parentheses get lost when a page quotes it ("535, b'5.7.0 authentication failed'"): then the bytes prefix marks it.
    static const QRegularExpression tuple(u"(?:\\(\\s*([245]\\d\\d),\\s*b?|(?<![\\w.])([245]\\d\\d),\\s*b)(['\"])(.*)$"_s);
    // A line that quotes the whole reply ("response: '550 5.1.1 …', responseCode: 550") needs no unwrapping.
    static const QRegularExpression wholeReply(u"(?:^|[\\s'\"(:=])[245]\\d\\d[ -][245]\\.\\d{1,3}\\.\\d{1,3}\\s"_s);
    // Odoo prints smtplib's exception with the code and the reply apart on a literal "\\n":
    // "SMTPSenderRefused: 550\\n5.7.1Unauthorized shipping - Check your domain's MX and/or SPF\\nbounce+…".
    static const QRegularExpression escapedApart(u"SMTP[A-Z][A-Za-z]*:\\s*([245]\\d\\d)\\\\n(?:([245]\\.\\d{1,3}\\.\\d{1,3})(?!\\d))?\\s*(.*)$"_s);
    // Cisco ESA (IronPort) quotes the remote reply as a Python tuple after its own status:
    // "5.1.0 - Unknown address error ('550', ['5.1.1 <a@example.org>... User unknown'])". The chain reads
    // "<own status> -> <remote reply>".
    static const QRegularExpression esaTuple(u"\\(\\s*'([245]\\d\\d)',\\s*\\[\\s*['\"]?(.*?)['\"]?\\s*\\]\\s*\\)"_s);
    if (const QRegularExpressionMatch x = esaTuple.matchView(line); x.hasMatch()) {
        QString remote = x.captured(2).trimmed();
        static const QRegularExpression leadingStatus(u"^([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])\\s*"_s);
        QString remoteEnhanced;
        if (const QRegularExpressionMatch e = leadingStatus.match(remote); e.hasMatch()) {
            remoteEnhanced = e.captured(1);
            remote = remote.mid(e.capturedEnd());
        }
        const QString own = line.left(x.capturedStart()).trimmed().toString();
        const QString reply = x.captured(1) + u' ' + (remoteEnhanced.isEmpty() ? QString() : remoteEnhanced + u' ') + remote;
        return own.isEmpty() ? reply : own + u" -> "_s + reply;
    }
    // maddy logs a refusal as JSON fields: {"smtp_code":550,"smtp_enchcode":"5.7.23","smtp_msg":"SPF authentication failed …"}.
    static const QRegularExpression jsonFields(
        u"\"smtp_code\"\\s*:\\s*\"?([245]\\d\\d)\"?\\s*,\\s*\"smtp_enchcode\"\\s*:\\s*\"([245]\\.\\d{1,3}\\.\\d{1,3})\"\\s*,\\s*\"smtp_msg\"\\s*:\\s*\"([^\"]*)\""_s);
    if (const QRegularExpressionMatch j = jsonFields.matchView(line); j.hasMatch() && j.capturedView(1).front() == j.capturedView(2).front())
        return j.captured(1) + u' ' + j.captured(2) + u' ' + j.captured(3);
    QString code, enhanced, text;
    if (const QRegularExpressionMatch a = escapedApart.matchView(line); a.hasMatch() && (!a.hasCaptured(2) || a.capturedView(2).front() == a.capturedView(1).front())) {
        code = a.captured(1);
        enhanced = a.captured(2);
        text = a.captured(3);
        if (const qsizetype next = text.indexOf(u"\\n"_s); next >= 0)
            text.truncate(next);
        text = text.trimmed();
    } else if (const QRegularExpressionMatch m = wrapped.matchView(line); m.hasMatch()) {
        code = m.hasCaptured(1) ? m.captured(1) : m.captured(2); // "SMTP Error (550): …" or "SMTP error 552: …"
        text = m.captured(3).trimmed();
        // (… the end of a JSON or quoted log field around it is no part of the text.)
        while (!m.hasCaptured(1) && !text.isEmpty() && QStringView(u"\"'}],").contains(text.back()))
            text.chop(1);
    } else if (const QRegularExpressionMatch ne = namedError.matchView(line); ne.hasMatch() && smtpFailureCode(ne.capturedView(1).toInt())) {
        // The words after it are the writer's, not the server's: the reply is the bare code (and the same reply as a
        // full quote of it elsewhere).
        code = ne.captured(1);
    } else if (const QRegularExpressionMatch t = tuple.matchView(line); t.hasMatch()) {
        code = t.hasCaptured(1) ? t.captured(1) : t.captured(2);
        text = t.captured(4);
        const QString q = t.captured(3);
        qsizetype close = text.indexOf(q + u')');
        if (const qsizetype comma = text.indexOf(q + u','); comma >= 0 && (close < 0 || comma < close))
            close = comma;
        if (close < 0)
            close = text.lastIndexOf(q);
        if (close > 0)
            text.truncate(close);
        // A multi-line reply in the repr keeps its line breaks as "\\n" escapes and repeats its status on each
        // line ("5.7.1 … is\\n5.7.1 likely unsolicited mail"): one reply, one text.
        static const QRegularExpression escapedBreak(u"\\\\(?:r\\\\)?n(?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?"_s);
        text.replace(escapedBreak, u" "_s);
        text = text.trimmed();
    } else if (line.contains(u"code"_s, Qt::CaseInsensitive) && !wholeReply.matchView(line).hasMatch()) {
        const QRegularExpressionMatch l = labelled.matchView(line);
        if (!l.hasMatch())
            return {};
        code = l.captured(1);
        enhanced = l.captured(2);
        text = l.captured(3).trimmed();
        // PHPMailer puts the codes last: "… Detail: Message rejected: … SMTP code: 554 Additional SMTP info: 5.7.1".
        if (text.isEmpty())
            text = line.left(l.capturedStart()).trimmed().toString();
    } else {
        return {};
    }
    while (!text.isEmpty() && (text.back() == u'*' || text.back() == u'.' || text.back() == u' '))
        text.chop(1);
    if (text.startsWith(u'(') && text.endsWith(u')') && text.count(u'(') == 1)
        text = text.mid(1).chopped(1).trimmed();
    if (text.startsWith(code))
        return text; // the client quotes the whole reply
    if (enhanced.isEmpty()) {
        static const QRegularExpression inner(u"(?:^|[(\\s\"'])([245]\\.\\d{1,3}\\.\\d{1,3})(?=[\\s)>:,])"_s);
        if (const QRegularExpressionMatch m = inner.matchView(text); m.hasMatch() && m.capturedView(1).front() == code.front()) {
            enhanced = m.captured(1);
            text = QString(text.left(m.capturedStart(1)) + text.mid(m.capturedEnd(1))).simplified();
            text.replace(u"( "_s, u"("_s);
        }
    }
    return code + u' ' + (enhanced.isEmpty() ? QString() : enhanced + u' ') + text;
}

// The replies of one line (or field value), outermost first. A quote before the first reply
// bounds the whole chain; text after the closing quote ("… zurückgegeben") is not part of it.
BuiltChain buildChain(QStringView s, bool lineStartOk)
{
    BuiltChain out;
    QList<Candidate> cands = findCandidates(s, lineStartOk);
    // A label's bare status next to a full reply on the same line ("Respuesta del servidor: \"553 …\", … Error del servidor:
    // 553") restates it; it is no hop of a chain.
    if (std::any_of(cands.begin(), cands.end(), [](const Candidate &c) { return !c.alone; }))
        cands.removeIf([](const Candidate &c) { return c.alone; });
    if (cands.isEmpty())
        return out;
    if (cands.size() > 32)
        cands.resize(32); // no real chain is longer; keeps a pathological line linear
    qsizetype limit = s.size();
    const QChar q = cands[0].opener;
    if (q == u'\'' || q == u'"') {
        const qsizetype close = closingQuote(s, q);
        // ("the '554 5.7.1' code": a quoted code alone has no text.)
        if (close >= cands[0].textStart)
            limit = close;
    }
    while (cands.size() > 1 && cands.last().start >= limit)
        cands.removeLast();
    out.firstStart = cands[0].start;
    for (qsizetype c = 0; c < cands.size(); ++c) {
        SmtpReply reply = cands[c].reply;
        const qsizetype end = qMin(limit, c + 1 < cands.size() ? cands[c + 1].start : s.size());
        const QChar opener = c == 0 && (q == u'\'' || q == u'"') ? QChar() : cands[c].opener;
        QString trailer;
        reply.text = end > cands[c].textStart && !cands[c].alone ? cleanReplyText(s.mid(cands[c].textStart, end - cands[c].textStart), opener, &trailer) : QString();
        if (cands[c].opener == u'#' && reply.code == 0 && cands[c].start >= 2 && s[cands[c].start - 2] == u'(') {
            if (!out.replies.isEmpty() && out.replies.last().enhanced.isEmpty() && out.replies.last().code / 100 == reply.enhanced.front().digitValue()) {
                out.replies.last().enhanced = reply.enhanced; // qmail's own status for the remote reply it quotes
                continue;
            }
            reply.text = s.left(cands[c].start - 2).trimmed().toString(); // "(#5.1.2)": the reason precedes the code
        }
        if (!trailer.isEmpty())
            out.trailerServer = trailer;
        // "550-5.1.1 … 550-5.1.1 … 550 5.1.1 …" folded into one line is one multi-line reply.
        if (c > 0 && cands[c - 1].continuation && !out.replies.isEmpty() && out.replies.last().code == reply.code
            && out.replies.last().enhanced == reply.enhanced) {
            out.replies.last().text += u' ' + reply.text;
            continue;
        }
        if (c + 1 == cands.size()) {
            const qsizetype arrow = reply.text.indexOf(u"->");
            if (arrow >= 0) {
                out.detail = reply.text.mid(arrow + 2).trimmed();
                reply.text = reply.text.left(arrow).trimmed();
            }
        }
        bool dup = false;
        for (const SmtpReply &have : std::as_const(out.replies))
            dup = dup || normalizedForCompare(have) == normalizedForCompare(reply);
        if (!dup)
            out.replies.append(reply);
    }
    return out;
}

} // namespace Mailflow::Internal
