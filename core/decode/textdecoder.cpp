// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderesult.h"
#include "knowledgebase.h"
#include "textnormalizer.h"

#include "common/exchangeonline.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mailflow {

namespace {

using Internal::NormalizedText;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// ---------------------------------------------------------------------------------------------
// Markers

struct Marker
{
    QLatin1StringView text;
    const char *language;
};

// Localized Exchange NDR markers (failed / delayed / diagnostic section / generating server).
const QList<Marker> &failedMarkers()
{
    static const QList<Marker> m = {
        {"Delivery has failed to these recipients or groups"_L1, "en"},
        {"couldn't be delivered"_L1, "en"},
        {"could not be delivered to these recipients"_L1, "en"},
        {"Fehler bei der Zustellung an diese Empfänger oder Gruppen"_L1, "de"},
        {"Die Nachricht konnte nicht zugestellt werden"_L1, "de"},
        {"konnte nicht zugestellt werden"_L1, "de"},
        {"La remise à ces destinataires ou groupes a échoué"_L1, "fr"},
        {"n'a pas pu être remis"_L1, "fr"},
        {"Error en la entrega a estos destinatarios o grupos"_L1, "es"},
        {"No se pudo entregar"_L1, "es"},
        {"Recapito non riuscito ai seguenti destinatari o gruppi"_L1, "it"},
        {"Impossibile recapitare"_L1, "it"},
    };
    return m;
}

const QList<Marker> &delayedMarkers()
{
    static const QList<Marker> m = {
        {"Delivery is delayed to these recipients or groups"_L1, "en"},
        {"This message hasn't been delivered yet"_L1, "en"},
        {"This message has not been delivered yet"_L1, "en"},
        {"Die Zustellung an diese Empfänger oder Gruppen wurde verzögert"_L1, "de"},
        {"Zustellung an folgende Empfänger oder Gruppen verzögert"_L1, "de"},
        {"Diese Nachricht wurde noch nicht zugestellt"_L1, "de"},
        {"La remise à ces destinataires ou groupes a été différée"_L1, "fr"},
        {"La remise à ces destinataires ou groupes est différée"_L1, "fr"},
        {"Ce message n'a pas encore été remis"_L1, "fr"},
        {"La entrega a estos destinatarios o grupos se ha retrasado"_L1, "es"},
        {"Este mensaje aún no se ha entregado"_L1, "es"},
        {"Il recapito ai seguenti destinatari o gruppi è stato ritardato"_L1, "it"},
        {"Questo messaggio non è stato ancora recapitato"_L1, "it"},
    };
    return m;
}

const QList<Marker> &diagnosticMarkers()
{
    static const QList<Marker> m = {
        {"Diagnostic information for administrators"_L1, "en"},
        {"Diagnoseinformationen für Administratoren"_L1, "de"},
        {"Informations de diagnostic pour les administrateurs"_L1, "fr"},
        {"Información de diagnóstico para administradores"_L1, "es"},
        {"Informazioni di diagnostica per gli amministratori"_L1, "it"},
        {"More info for email admins"_L1, "en"},
        {"Weitere Informationen für E-Mail-Administratoren"_L1, "de"},
        {"Plus d'informations pour les administrateurs de messagerie"_L1, "fr"},
        {"Más información para los administradores de correo electrónico"_L1, "es"},
        {"Altre informazioni per gli amministratori di posta elettronica"_L1, "it"},
    };
    return m;
}

const QList<Marker> &generatingServerLabels()
{
    static const QList<Marker> m = {
        {"Generating server"_L1, "en"},
        {"Generierender Server"_L1, "de"},
        {"Serveur de génération"_L1, "fr"},
        {"Servidor de generación"_L1, "es"},
        {"Server di generazione"_L1, "it"},
    };
    return m;
}

const QList<Marker> &receivingServerLabels()
{
    static const QList<Marker> m = {
        {"Receiving server"_L1, "en"},
        {"Empfangender Server"_L1, "de"},
        {"Serveur de réception"_L1, "fr"},
        {"Servidor de recepción"_L1, "es"},
        {"Server di ricezione"_L1, "it"},
    };
    return m;
}

const QStringList &queueKeys()
{
    static const QStringList k = {
        u"RunspaceId"_s, u"Identity"_s, u"DeliveryType"_s, u"NextHopDomain"_s, u"TlsDomain"_s, u"NextHopConnector"_s,
        u"Status"_s, u"MessageCount"_s, u"DeferredMessageCount"_s, u"LockedMessageCount"_s, u"MessageCountsPerPriority"_s,
        u"DeferredMessageCountsPerPriority"_s, u"RiskLevel"_s, u"OutboundIPPool"_s, u"NextHopCategory"_s, u"IncomingRate"_s,
        u"OutgoingRate"_s, u"Velocity"_s, u"LastError"_s, u"RetryCount"_s, u"LastRetryTime"_s, u"NextRetryTime"_s,
        u"FirstRetryTime"_s, u"LastErrorTime"_s, u"OverrideSource"_s, u"IsValid"_s, u"ObjectState"_s, u"QueueIdentity"_s,
        u"Queue"_s, u"FromAddress"_s, u"Subject"_s, u"Recipients"_s, u"DateReceived"_s, u"ExpirationTime"_s, u"Size"_s,
        u"SourceIP"_s, u"SCL"_s, u"MessageSourceName"_s, u"InternetMessageId"_s, u"Priority"_s, u"DeferReason"_s,
        u"Directionality"_s, u"EventId"_s, u"Source"_s, u"Sender"_s, u"RecipientStatus"_s, u"Timestamp"_s,
        u"ClientHostname"_s, u"ServerHostname"_s, u"ConnectorId"_s, u"MessageSubject"_s, u"TotalBytes"_s,
        u"RecipientCount"_s, u"MessageInfo"_s, u"ServerIp"_s, u"ClientIp"_s, u"SourceContext"_s, u"MessageId"_s,
        u"Event"_s, u"Detail"_s, u"Action"_s, u"Date"_s, u"MessageTraceId"_s, u"RecipientAddress"_s, u"SenderAddress"_s,
        u"Reason"_s, u"ToIP"_s, u"FromIP"_s,
    };
    return k;
}

// ---------------------------------------------------------------------------------------------
// Time parsing

const QStringList &monthNames()
{
    static const QStringList m = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                  u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return m;
}

struct TimeMatch
{
    DecodedTime time;
    qsizetype length = 0;
    bool numericSlash = false;
    int first = 0, second = 0; // the two leading numbers of a numeric date
    bool ampm = false;
};

const QRegularExpression &timeRegex()
{
    static const QRegularExpression re(QStringLiteral(
        // 1: ISO  yyyy-MM-dd[T ]HH:mm[:ss[.fff]][Z|±hh:mm]
        "^(?<iso>(?<iy>\\d{4})-(?<im>\\d\\d)-(?<id>\\d\\d)[T ](?<ih>\\d\\d):(?<imi>\\d\\d)(?::(?<is>\\d\\d)(?:[.,]\\d+)?)?\\s?(?<iz>Z|UTC|[+-]\\d\\d:?\\d\\d)?)"
        // 2: numeric  a/b/yyyy or a.b.yyyy  h:mm[:ss] [AM|PM]
        "|^(?<num>(?<na>\\d{1,2})(?<sep>[/.])(?<nb>\\d{1,2})[/.](?<ny>\\d{4}|\\d\\d),?\\s+(?<nh>\\d{1,2}):(?<nmi>\\d\\d)(?::(?<ns>\\d\\d))?(?:\\s?(?<ap>[AaPp]\\.?[Mm]\\.?))?(?:\\s?(?<nz>Z|UTC|GMT|[+-]\\d\\d:?\\d\\d))?)"
        // 3: RFC 5322  [Wkd, ]d Mon yyyy HH:mm[:ss] [zone]
        "|^(?<rfc>(?:[A-Za-z]{3},?\\s+)?(?<rd>\\d{1,2})\\s+(?<rm>[A-Za-z]{3})[a-z]*\\s+(?<ry>\\d{4})\\s+(?<rh>\\d{1,2}):(?<rmi>\\d\\d)(?::(?<rs>\\d\\d))?(?:\\s+(?<rz>[+-]\\d{4}|UT|UTC|GMT|Z|[A-Z]{3}))?)"
        // 4: syslog  Mon dd HH:mm:ss
        "|^(?<sys>(?<sm>[A-Z][a-z]{2})\\s+(?<sd>\\d{1,2})\\s+(?<sh>\\d\\d):(?<smi>\\d\\d):(?<ss>\\d\\d))"));
    return re;
}

int zoneSeconds(QStringView z, bool *ok)
{
    *ok = true;
    if (z.isEmpty()) {
        *ok = false;
        return 0;
    }
    if (z == u"Z" || z == u"UTC" || z == u"UT" || z == u"GMT")
        return 0;
    if ((z[0] == u'+' || z[0] == u'-') && z.size() >= 5) {
        QString digits = z.mid(1).toString().remove(u':');
        const int h = digits.left(2).toInt();
        const int m = digits.mid(2, 2).toInt();
        return (z[0] == u'-' ? -1 : 1) * (h * 3600 + m * 60);
    }
    *ok = false;
    return 0;
}

// Parses a timestamp at the start of @p s. dayFirstHint: -1 unknown, 0 month first, 1 day first.
TimeMatch parseTimeAt(QStringView s, int dayFirstHint)
{
    TimeMatch m;
    const QRegularExpressionMatch x = timeRegex().matchView(s.left(64));
    if (!x.hasMatch())
        return m;
    DecodedTime &t = m.time;
    QDate date;
    QTime time;
    QString zone;
    if (x.hasCaptured(u"iso")) {
        date = QDate(x.captured(u"iy").toInt(), x.captured(u"im").toInt(), x.captured(u"id").toInt());
        time = QTime(x.captured(u"ih").toInt(), x.captured(u"imi").toInt(), x.captured(u"is").toInt());
        zone = x.captured(u"iz");
        m.length = x.capturedLength(u"iso");
        t.original = x.captured(u"iso");
    } else if (x.hasCaptured(u"num")) {
        const int a = x.captured(u"na").toInt();
        const int b = x.captured(u"nb").toInt();
        int year = x.captured(u"ny").toInt();
        if (year < 100)
            year += 2000;
        int hour = x.captured(u"nh").toInt();
        const QString ap = x.captured(u"ap").toLower();
        m.ampm = !ap.isEmpty();
        if (m.ampm) {
            if (ap.startsWith(u'p') && hour < 12)
                hour += 12;
            else if (ap.startsWith(u'a') && hour == 12)
                hour = 0;
        }
        m.numericSlash = x.captured(u"sep") == u"/";
        m.first = a;
        m.second = b;
        bool dayFirst;
        if (!m.numericSlash)
            dayFirst = true; // 07.01.2021 is always day first
        else if (a > 12)
            dayFirst = true;
        else if (b > 12)
            dayFirst = false;
        else {
            t.dayMonthAmbiguous = a != b;
            dayFirst = dayFirstHint >= 0 ? dayFirstHint == 1 : !m.ampm;
        }
        t.dayFirst = dayFirst;
        date = dayFirst ? QDate(year, b, a) : QDate(year, a, b);
        time = QTime(hour, x.captured(u"nmi").toInt(), x.captured(u"ns").toInt());
        zone = x.captured(u"nz");
        m.length = x.capturedLength(u"num");
        t.original = x.captured(u"num");
    } else if (x.hasCaptured(u"rfc")) {
        const int month = int(monthNames().indexOf(x.captured(u"rm").toLower())) + 1;
        date = QDate(x.captured(u"ry").toInt(), month, x.captured(u"rd").toInt());
        time = QTime(x.captured(u"rh").toInt(), x.captured(u"rmi").toInt(), x.captured(u"rs").toInt());
        zone = x.captured(u"rz");
        m.length = x.capturedLength(u"rfc");
        t.original = x.captured(u"rfc");
    } else if (x.hasCaptured(u"sys")) {
        // No year: keep the text, leave the value invalid.
        if (!monthNames().contains(x.captured(u"sm").toLower()))
            return {};
        m.length = x.capturedLength(u"sys");
        t.original = x.captured(u"sys");
        return m;
    }
    if (!date.isValid() || !time.isValid())
        return {};
    bool zoned = false;
    const int offset = zoneSeconds(zone, &zoned);
    t.hasZone = zoned;
    t.value = QDateTime(date, time, zoned ? QTimeZone::fromSecondsAheadOfUtc(offset) : QTimeZone::UTC);
    if (zoned)
        t.value = t.value.toUTC();
    return m;
}

// ---------------------------------------------------------------------------------------------
// Reply scanning

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

bool boundaryBefore(QStringView s, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar p = s[i - 1];
    if (p.isLetterOrNumber() || p == u'.' || p == u'/' || p == u'_' || p == u'@' || p == u'+' || p == u'$')
        return false;
    if (p == u'-')
        return i >= 2 && s[i - 2] == u'<'; // "<-550" swaks-style marker; plain hyphens join numbers
    if (p == u':' && i >= 2 && isDigit(s[i - 2]))
        return false; // a time "12:34"
    return true;
}

// Words after a bare number that make it a quantity, not a reply.
bool quantityWord(QStringView rest)
{
    static const QList<QLatin1StringView> units = {
        "bytes"_L1, "byte"_L1, "kb"_L1, "mb"_L1, "gb"_L1, "ms"_L1, "sec"_L1, "second"_L1, "minute"_L1, "hour"_L1,
        "day"_L1, "message"_L1, "recipient"_L1, "time"_L1, "%"_L1, "users"_L1, "mails"_L1, "emails"_L1, "attempt"_L1,
        "retries"_L1, "connection"_L1, "of "_L1, "x "_L1, "px"_L1, "pm"_L1, "am"_L1,
    };
    for (const QLatin1StringView u : units) {
        if (rest.startsWith(u, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Text right before a reply that says "a server's reply follows".
bool replyContextBefore(QStringView before)
{
    static const QList<QLatin1StringView> contexts = {
        "said:"_L1, "said"_L1, "returned"_L1, "returned '"_L1, "returned \""_L1, "smtp;"_L1, "led="_L1, "->"_L1,
        "with:"_L1, "with '"_L1, "with \""_L1, "with: \""_L1, "with: '"_L1, "message="_L1, "reject="_L1, "deferred:"_L1,
        "reply:"_L1, "response:"_L1, "error:"_L1, "]:"_L1, "was:"_L1, "<<<"_L1, "<-"_L1, "<**"_L1, "<~"_L1, "s:"_L1,
        "server:"_L1, "zurückgegeben:"_L1, "retourné :"_L1, "a retourné"_L1, "devolvió"_L1, "ha restituito"_L1,
        "hat"_L1, "diagnostic-code:"_L1, "x-postfix;"_L1, "error is:"_L1, "dsn="_L1, "stat="_L1, "#"_L1, "< #"_L1,
        "responded with"_L1, "sent:"_L1, "answer:"_L1, "<"_L1,
    };
    QStringView t = before.trimmed();
    while (!t.isEmpty() && (t.back() == u'\'' || t.back() == u'"' || t.back() == u'(' || t.back() == u'['))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return false;
    for (const QLatin1StringView c : contexts) {
        QLatin1StringView cc = c;
        if (cc.endsWith(u'\'') || cc.endsWith(u'"'))
            continue;
        if (t.endsWith(cc, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

struct Candidate
{
    qsizetype start = 0;     // position of the first code
    qsizetype textStart = 0; // after the codes
    SmtpReply reply;
    QChar opener;            // quote or bracket right before the reply
    bool strong = false;
    bool continuation = false; // "550-5.1.1 …" multi-line
};

// Finds reply candidates in one line. lineStartOk: a bare basic code at the line start counts.
QList<Candidate> findCandidates(QStringView s, bool lineStartOk)
{
    QList<Candidate> found;
    const qsizetype n = s.size();
    qsizetype firstNonSpace = 0;
    while (firstNonSpace < n && (s[firstNonSpace] == u' ' || s[firstNonSpace] == u'#' || s[firstNonSpace] == u'"' || s[firstNonSpace] == u'\''))
        ++firstNonSpace;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c != u'2' && c != u'4' && c != u'5')
            continue;
        if (!boundaryBefore(s, i))
            continue;
        Candidate cand;
        cand.start = i;
        const qsizetype before = qMax<qsizetype>(0, i - 48);
        const QStringView prefix = s.mid(before, i - before);
        cand.opener = i > 0 ? s[i - 1] : QChar();
        if (i + 2 < n && isDigit(s[i + 1]) && isDigit(s[i + 2]) && (i + 3 == n || s[i + 3] == u' ' || s[i + 3] == u'-')) {
            const int code = s.mid(i, 3).toInt();
            qsizetype j = i + 3;
            bool dash = j < n && s[j] == u'-';
            if (dash && j + 1 < n && isDigit(s[j + 1]) && !enhancedLengthAt(s, j + 1))
                continue; // "250-300" is a range
            if (j < n)
                ++j;
            while (j < n && s[j] == u' ')
                ++j;
            const qsizetype e = enhancedLengthAt(s, j);
            if (code < 200 || code > 599)
                continue;
            if (e > 0 && s[j].digitValue() == code / 100) {
                cand.reply.code = code;
                cand.reply.enhanced = s.mid(j, e).toString();
                cand.textStart = j + e;
                cand.strong = true;
                cand.continuation = dash;
            } else {
                const bool atLineStart = i == firstNonSpace || (i > 0 && s.left(i).trimmed().isEmpty());
                const QStringView rest = s.mid(j);
                if (quantityWord(rest))
                    continue;
                if (!(replyContextBefore(prefix) || (atLineStart && lineStartOk)))
                    continue;
                // A reply has words after it (or nothing, at a transcript's line start).
                if (!rest.isEmpty() && !rest[0].isLetter() && rest[0] != u'<' && rest[0] != u'[' && rest[0] != u'#' && rest[0] != u'(' && rest[0] != u'\'' && rest[0] != u'"')
                    continue;
                if (rest.isEmpty() && !(atLineStart && lineStartOk))
                    continue;
                cand.reply.code = code;
                cand.textStart = j;
                cand.continuation = dash;
            }
        } else if (const qsizetype e = enhancedLengthAt(s, i)) {
            if (!replyContextBefore(prefix) || prefix.trimmed().endsWith(u'#'))
                continue;
            const QStringView rest = s.mid(i + e).trimmed();
            if (rest.isEmpty() || !rest[0].isLetter())
                continue;
            cand.reply.enhanced = s.mid(i, e).toString();
            cand.textStart = i + e;
        } else {
            continue;
        }
        found.append(cand);
        i = cand.textStart - 1;
    }
    return found;
}

// Trims connectors and trailers from a reply's text.
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
    if (opener == u'\'' || opener == u'"') {
        const qsizetype close = text.lastIndexOf(opener);
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

// ---------------------------------------------------------------------------------------------
// Findings

struct Rule
{
    const char *finding;
    const char *pattern;
};

// Keyword rules over reply texts and diagnostic lines. Order does not matter; output follows findingNames().
const QList<QPair<QString, QRegularExpression>> &textRules()
{
    static const QList<QPair<QString, QRegularExpression>> rules = [] {
        const Rule raw[] = {
            {"tls-negotiation-failed", R"(TLS negotiation failed|handshake fail|SSL_connect error|SSL_accept error|Cannot start TLS|TLS handshake|lost connection after STARTTLS|STARTTLS=\w+, error|TLS library problem|Security status|security conversion|cryptographic failure|TLS not available due to (?:a )?local problem|TLS engine is unavailable|ssl routines|tls error|TLS connection (?:failed|error)|error:0A0|alert (?:handshake|decode|internal))"},
            {"starttls-required", R"(Must issue a STARTTLS command first|STARTTLS is required|TLS is required|TLS required|requires? (?:TLS|STARTTLS|encryption)|encryption (?:is )?(?:needed|required)|REQUIRETLS|must use TLS|not accepting plain ?text|Force TLS)"},
            {"starttls-not-offered", R"(not offered by host|STARTTLS (?:is )?not (?:offered|advertised|supported|available)|doesn't support STARTTLS|does not support STARTTLS|does not support (?:TLS|encryption)|starttls-not-supported|TLS not available|did not offer STARTTLS|no STARTTLS)"},
            {"tls-version-unsupported", R"(wrong version number|unsupported protocol|protocol version|no protocols available|version too low|unsupported (?:TLS|SSL) version|TLS ?1\.[01] (?:is )?(?:not supported|disabled|deprecated)|legacy TLS|tlsv1 alert protocol|inappropriate fallback|SSLv3|TLS version)"},
            {"tls-cipher-mismatch", R"(no shared cipher|cipher mismatch|AlgorithmMismatch|no ciphers available|no cipher (?:suites? )?(?:match|in common)|insufficient security|no suitable (?:cipher|signature)|cipher suite)"},
            {"certificate-invalid", R"(UntrustedRoot|CertExpired|CertUnknown|certificate verify failed|certificate (?:has )?expired|self[- ]signed|unable to get local issuer|certificate-expired|certificate-host-mismatch|tlsa-invalid|dnssec-invalid|hostname mismatch|name mismatch|verify=FAIL|NoCredentials|UnknownCredentials|TargetUnknown|bad certificate|unknown ca|certificate (?:is )?(?:invalid|not trusted|untrusted|revoked)|certificate chain|CertificateValidation|TlsCertificateName|untrusted)"},
            {"connection-dropped", R"(Connection dropped|lost connection|connection reset|ConnectionReset|SocketError(?!: Failed to connect)|connection closed|closed connection|connection (?:was )?(?:terminated|aborted|lost)|remote host closed|unexpectedly closed|broken pipe|Connection timed out during|timeout while)"},
            {"connection-failed", R"(Unable to connect|Connection refused|connection timed out|Failed to connect|Winsock error code: ?100(?:6[01]|51|65)|No route to host|Network is unreachable|cannot connect|can't connect|could not connect|couldn't connect|connect to \S+ .*(?:timed out|refused)|Cannot connect to remote server|host unreachable|TimedOut)"},
            {"relay-denied", R"(Relay access denied|Unable to relay|relay(?:ing)? (?:not permitted|denied|prohibited|not allowed)|not permitted to relay|TenantAttribution|we do not relay|relaying denied|RelayNotAllowed|not allowed to relay)"},
            {"auth-required", R"(Client was not authenticated|not authenticated|Authentication required|authentication is required|AuthRequired|SmtpClientAuthentication is disabled|Basic authentication is not supported|must authenticate|Cannot achieve Exchange Server authentication|SMTP AUTH|auth(?:entication)? (?:failed|unsuccessful)|5\.7\.57)"},
            {"message-expired", R"(QUEUE\.Expired|message expired|Message has expired|delivery time expired|retry time(?:out)? (?:not reached|exceeded)|retry timeout exceeded|expired in queue|too long in queue|giving up|gave up|could not be delivered for \d+|stopped trying)"},
            {"delivery-delayed", R"(Message delayed|delivery (?:is |has been )?delayed|status=deferred|Deferred:|will (?:continue to )?(?:retry|be retried|be attempted)|still trying|not yet been delivered|hasn't been delivered yet|will keep trying)"},
            {"recipient-unknown", R"(user unknown|unknown user|RecipNotFound|RecipientNotFound|Recipient not found|no such user|no such (?:mailbox|recipient|address)|does not exist|doesn't exist|mailbox unavailable|mailbox not found|address rejected|unknown recipient|invalid recipient|recipient (?:address )?rejected|account (?:that you tried to reach )?(?:does not exist|is disabled)|unrouteable address|not a valid (?:mailbox|recipient)|couldn't be found|wasn't found|address not found|Bad destination mailbox|undeliverable address|user doesn't have|no mailbox here)"},
            {"dns-failure", R"(Host or domain name not found|NonExistentDomain|Name service error|domain not found|DNS (?:lookup |query )?(?:error|failure|failed|timeout|SERVFAIL)|no MX|MX (?:record|lookup)|NXDOMAIN|Host not found|unresolvable|could not be resolved|cannot resolve|DnsQuery|MxLoopback|null MX|Domain (?:name )?(?:does not exist|not found|unknown)|unrouteable|Unrouteable)"},
            {"mailbox-full", R"(mailbox (?:is )?full|quota|over ?quota|mailbox size limit|insufficient (?:system )?storage|storage (?:space|allocation)|QuotaExceeded|mailbox has exceeded|exceeded (?:storage|the maximum size))"},
            {"policy-rejected", R"(Delivery not authorized|not authorized|rejected by (?:policy|the recipient|content filter)|policy|spam|blocked|block ?list|black ?list|Spamhaus|RBL|DNSBL|SPF|DMARC|DKIM|reputation|banned|Access denied(?!, please try again later)|content rejected|message rejected|sender denied|sender rejected|not allowed|prohibited|denied by|restricted|refused by recipient|Sender address rejected|virus|malware|Message content rejected)"},
            {"rate-limited", R"(rate limit|rate-limit|too many (?:connections|messages|recipients|concurrent|errors)|throttl|try again later|temporarily deferred|Access denied, please try again later|grey ?listed|gray ?listed|greylisting|slow down|exceeded (?:the )?(?:rate|limit|threshold|sending)|RecipientThresholdExceeded|SubmissionQuotaExceeded|unusual rate|ThrottlingPolicy|Message rate|limit exceeded|too much mail)"},
        };
        QList<QPair<QString, QRegularExpression>> list;
        for (const Rule &r : raw)
            list.append({QLatin1StringView(r.finding), QRegularExpression(QLatin1StringView(r.pattern), QRegularExpression::CaseInsensitiveOption)});
        return list;
    }();
    return rules;
}

// Findings implied by an enhanced status code alone.
void findingsFromCode(const SmtpReply &r, QSet<QString> *out)
{
    const QString &e = r.enhanced;
    if (e.isEmpty())
        return;
    const QStringView sd = QStringView(e).mid(2);
    const int cls = e[0].digitValue();
    auto add = [&](const char *name) { out->insert(QLatin1StringView(name)); };
    const bool mentionsNullMx = r.text.contains(u"null MX"_s, Qt::CaseInsensitive);
    if ((sd == u"1.1" || sd == u"1.6" || sd == u"1.10") && !mentionsNullMx)
        add("recipient-unknown");
    if (sd == u"1.2" || sd == u"4.4" || (sd == u"4.3" && cls == 5) || mentionsNullMx)
        add("dns-failure");
    if (sd == u"2.2")
        add("mailbox-full");
    if (sd == u"4.7" || sd == u"4.300")
        add(cls == 4 && (r.code == 0 || r.code / 100 == 4) ? "delivery-delayed" : "message-expired");
    if (sd == u"4.1" || sd == u"4.316" || sd == u"4.317" || (sd == u"2.1" && r.code == 421 && r.text.contains(u"connect"_s, Qt::CaseInsensitive)))
        add("connection-failed");
    if (sd == u"4.2")
        add("connection-dropped");
    if (sd == u"7.57" || sd == u"7.139" || sd == u"7.30" || sd == u"7.8" || sd == u"7.9" || sd == u"7.11")
        add("auth-required");
    if (sd == u"7.10")
        add("starttls-required");
    if (sd == u"7.64" || (sd == u"4.1" && cls == 5 && r.text.contains(u"relay"_s, Qt::CaseInsensitive)))
        add("relay-denied");
    if (sd == u"7.321")
        add("starttls-not-offered");
    if (sd == u"7.322" || sd == u"7.323" || sd == u"7.325")
        add("certificate-invalid");
    if (sd == u"7.5" || sd == u"7.6" || sd == u"7.4")
        add("tls-negotiation-failed");
    if (sd == u"7.23" || sd == u"7.24" || sd == u"7.25" || sd == u"7.26" || sd == u"7.20" || sd == u"7.21" || sd == u"7.22"
        || sd == u"7.509" || sd == u"7.606" || sd == u"7.708" || sd == u"7.750" || sd == u"7.511" || sd == u"7.512")
        add("policy-rejected");
    if (sd.startsWith(u"7.") && cls == 4) {
        bool ok = false;
        const int detail = sd.mid(2).toInt(&ok);
        if (ok && detail >= 500 && detail <= 699)
            add("rate-limited");
    }
    if (sd == u"7.705" || sd == u"7.28" || (sd == u"5.3" && cls == 4) || (sd == u"2.2" && r.text.contains(u"RecipientThresholdExceeded"_s, Qt::CaseInsensitive)))
        add("rate-limited");
}

// ---------------------------------------------------------------------------------------------

const QRegularExpression &emailRegex()
{
    static const QRegularExpression re(u"[A-Za-z0-9._%+'=-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}"_s);
    return re;
}

const QRegularExpression &hostIpRegex()
{
    // "HOST (IP)", "HOST[IP]", "HOST [IP]"
    static const QRegularExpression re(
        u"(?<host>[A-Za-z0-9_<>-]+(?:\\.[A-Za-z0-9_-]+)+\\.?|<[A-Za-z]+>)\\s*[(\\[](?<ip>[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+|IPv6:[0-9A-Fa-f:.]+|<[A-Za-z]+>)?[)\\]]"_s);
    return re;
}

bool isIpAddress(QStringView s)
{
    QHostAddress a;
    return !s.isEmpty() && a.setAddress(s.toString());
}

class Decoder
{
public:
    Decoder(QStringView text, QStringView language)
        : m_language(language.toString())
    {
        m_norm = Internal::normalizeText(text);
    }

    DecodeResult run();

    NormalizedText m_norm;
    int m_nulBytes = 0;
    bool m_binary = false;

private:
    struct LineInfo
    {
        QStringView text;
        int attempt = -1;       // attempt this line's replies belong to
        bool skipReplies = false;
    };

    void splitLines();
    void detectMarkers();
    void readExchangeFields();
    void readDsnFields();
    void readQueueFields();
    void readLedBlocks();
    void readLogLines();
    void scanReplies();
    void chooseKind();
    void collectPeople();
    void classify();
    void pickRootCause();
    void explain();
    void predict();
    void observe();
    int newAttempt(const DecodedTime &time, const QString &server, const QString &ip);
    void addChain(int attempt, QList<SmtpReply> replies, const QString &detail, const QString &server);
    void addServer(const QString &host, const QString &ip);
    void addRecipient(QString address);
    int dayFirstHint() const { return m_dayFirstHint; }
    TimeMatch parseTime(QStringView s) const { return parseTimeAt(s.trimmed(), m_dayFirstHint); }

    QString m_language;
    DecodeResult r;
    QList<LineInfo> m_lines;
    int m_untimedAttempt = -1;
    int m_dayFirstHint = -1;
    bool m_exchangeFailed = false;
    bool m_exchangeDelayed = false;
    bool m_exchangeDiagnostic = false;
    int m_queueScore = 0;
    int m_messageScore = 0;
    int m_trackingScore = 0;
    int m_transcriptScore = 0;
    int m_postfixLines = 0;
    int m_sendmailLines = 0;
    int m_eximLines = 0;
    int m_protocolLogLines = 0;
    bool m_hasLed = false;
    bool m_bounceText = false;
    QString m_receivingServer;
    QStringList m_evidence;       // texts the finding rules read
    QSet<QString> m_findings;
    QString m_latestTimeSeen;
};

void Decoder::splitLines()
{
    const QStringView body(m_norm.body);
    for (QStringView line : body.tokenize(u'\n'))
        m_lines.append({line});
}

void Decoder::detectMarkers()
{
    // Day/month order evidence from every numeric date in the text, and the language.
    int dayFirstVotes = 0, monthFirstVotes = 0;
    for (const LineInfo &li : m_lines) {
        const QStringView line = li.text;
        if (line.size() > 4096)
            continue;
        for (const Marker &m : failedMarkers()) {
            if (line.contains(m.text, Qt::CaseInsensitive)) {
                m_exchangeFailed = true;
                if (r.language.isEmpty())
                    r.language = QLatin1StringView(m.language);
            }
        }
        for (const Marker &m : delayedMarkers()) {
            if (line.contains(m.text, Qt::CaseInsensitive)) {
                m_exchangeDelayed = true;
                r.language = QLatin1StringView(m.language);
            }
        }
        for (const Marker &m : diagnosticMarkers()) {
            if (line.contains(m.text, Qt::CaseInsensitive)) {
                m_exchangeDiagnostic = true;
                if (r.language.isEmpty() || r.language == u"en")
                    r.language = QLatin1StringView(m.language);
            }
        }
        // numeric dates anywhere at a word start
        for (qsizetype i = 0; i + 8 < line.size(); ++i) {
            if (!isDigit(line[i]) || (i > 0 && (line[i - 1].isLetterOrNumber() || line[i - 1] == u'/' || line[i - 1] == u'.')))
                continue;
            if (!(line[i + 1] == u'/' || (i + 2 < line.size() && isDigit(line[i + 1]) && line[i + 2] == u'/')))
                continue;
            const TimeMatch t = parseTimeAt(line.mid(i), -1);
            if (t.numericSlash) {
                if (t.first > 12)
                    ++dayFirstVotes;
                else if (t.second > 12)
                    ++monthFirstVotes;
            }
            i += qMax<qsizetype>(t.length, 1);
        }
    }
    if (dayFirstVotes && !monthFirstVotes)
        m_dayFirstHint = 1;
    else if (monthFirstVotes && !dayFirstVotes)
        m_dayFirstHint = 0;
}

void Decoder::addServer(const QString &hostIn, const QString &ipIn)
{
    QString host = hostIn.trimmed();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host.startsWith(u"dns;", Qt::CaseInsensitive))
        host = host.mid(4).trimmed();
    if (!host.isEmpty() && !isIpAddress(host) && !r.remoteServers.contains(host, Qt::CaseInsensitive))
        r.remoteServers.append(host);
    QString ip = ipIn.trimmed();
    if (ip.startsWith(u"IPv6:", Qt::CaseInsensitive))
        ip = ip.mid(5);
    if (isIpAddress(host) && ip.isEmpty())
        ip = host;
    if (const qsizetype colon = ip.lastIndexOf(u':'); colon > 0 && ip.count(u':') == 1)
        ip = ip.left(colon); // "203.0.113.5:25"
    if (!ip.isEmpty() && isIpAddress(ip) && !r.remoteIps.contains(ip))
        r.remoteIps.append(ip);
}

void Decoder::addRecipient(QString address)
{
    address = address.trimmed();
    if (address.startsWith(u"rfc822;", Qt::CaseInsensitive))
        address = address.mid(7).trimmed();
    while (address.startsWith(u'<') || address.startsWith(u'\'') || address.startsWith(u'"'))
        address = address.mid(1);
    while (address.endsWith(u'>') || address.endsWith(u'\'') || address.endsWith(u'"') || address.endsWith(u':') || address.endsWith(u',') || address.endsWith(u'.'))
        address.chop(1);
    const QRegularExpressionMatch m = emailRegex().match(address);
    if (!m.hasMatch())
        return;
    const QString a = m.captured();
    if (!r.recipients.contains(a, Qt::CaseInsensitive))
        r.recipients.append(a);
}

int Decoder::newAttempt(const DecodedTime &time, const QString &server, const QString &ip)
{
    DeliveryAttempt a;
    a.time = time;
    a.server = server;
    a.ip = ip;
    r.attempts.append(a);
    return int(r.attempts.size() - 1);
}

void Decoder::addChain(int attempt, QList<SmtpReply> replies, const QString &detail, const QString &server)
{
    if (replies.isEmpty())
        return;
    if (attempt < 0) {
        if (m_untimedAttempt < 0)
            m_untimedAttempt = newAttempt({}, {}, {});
        attempt = m_untimedAttempt;
    }
    ReplyChain chain;
    chain.replies = replies;
    chain.detail = detail;
    chain.server = server;
    chain.attempt = attempt;
    r.chains.append(chain);
    r.attempts[attempt].chains.append(int(r.chains.size() - 1));
    if (!server.isEmpty() && r.attempts[attempt].server.isEmpty())
        r.attempts[attempt].server = server;
    for (const SmtpReply &reply : replies)
        m_evidence.append(reply.text);
    if (!detail.isEmpty())
        m_evidence.append(detail);
}

void Decoder::readExchangeFields()
{
    for (LineInfo &li : m_lines) {
        const QStringView t = li.text.trimmed();
        if (t.size() > 512)
            continue;
        auto valueAfter = [&](const QList<Marker> &labels) -> QString {
            for (const Marker &m : labels) {
                if (t.startsWith(m.text, Qt::CaseInsensitive)) {
                    QStringView rest = t.mid(m.text.size()).trimmed();
                    if (rest.startsWith(u':'))
                        return rest.mid(1).trimmed().toString();
                }
            }
            return {};
        };
        if (const QString g = valueAfter(generatingServerLabels()); !g.isEmpty() && r.generatingServer.isEmpty()) {
            r.generatingServer = g.section(u' ', 0, 0);
            m_exchangeDiagnostic = true;
        }
        if (const QString rs = valueAfter(receivingServerLabels()); !rs.isEmpty() && m_receivingServer.isEmpty()) {
            const QRegularExpressionMatch m = hostIpRegex().match(rs);
            m_receivingServer = m.hasMatch() ? m.captured(u"host") : rs.section(u' ', 0, 0);
            addServer(m_receivingServer, m.hasMatch() ? m.captured(u"ip") : QString());
        }
        // "The server will keep trying … for the next 1 days, 19 hours and 56 minutes."
        static const QRegularExpression remaining(
            u"(?:(\\d+)\\s*(?:days?|Tage?n?|jours?|días?|dias?|giorn[oi])\\s*,?\\s*)?(?:(?:and|und|et|y|e)\\s*)?(?:(\\d+)\\s*(?:hours?|Stunden?|heures?|horas?|or[ae])\\s*,?\\s*)?(?:(?:and|und|et|y|e)\\s*)?(\\d+)\\s*(?:minutes?|Minuten?|minutos?|minuti)"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (r.delayRemainingMinutes < 0
            && (t.contains(u"keep trying"_s, Qt::CaseInsensitive) || t.contains(u"next "_s, Qt::CaseInsensitive)
                || t.contains(u"nächsten"_s, Qt::CaseInsensitive) || t.contains(u"prochain"_s, Qt::CaseInsensitive)
                || t.contains(u"próxim"_s, Qt::CaseInsensitive) || t.contains(u"prossim"_s, Qt::CaseInsensitive))) {
            const QRegularExpressionMatch m = remaining.matchView(t);
            if (m.hasMatch() && (m.hasCaptured(1) || m.hasCaptured(2)))
                r.delayRemainingMinutes = m.captured(1).toInt() * 1440 + m.captured(2).toInt() * 60 + m.captured(3).toInt();
        }
    }
}

void Decoder::readDsnFields()
{
    static const QStringList perMessage = {u"Reporting-MTA"_s, u"Received-From-MTA"_s, u"Arrival-Date"_s, u"Original-Envelope-Id"_s, u"DSN-Gateway"_s};
    static const QStringList perRecipient = {u"Final-Recipient"_s, u"Original-Recipient"_s, u"Action"_s, u"Status"_s, u"Remote-MTA"_s,
                                            u"Diagnostic-Code"_s, u"Last-Attempt-Date"_s, u"Will-Retry-Until"_s, u"X-Supplementary-Info"_s,
                                            u"Final-Log-ID"_s, u"X-Display-Name"_s};
    DsnRecipient *current = nullptr;
    QString *lastValue = nullptr;
    int dsnLines = 0;
    for (qsizetype li = 0; li < m_lines.size(); ++li) {
        const QStringView line = m_lines[li].text;
        if (line.size() > 4096) {
            lastValue = nullptr;
            continue;
        }
        if (lastValue && !line.isEmpty() && (line[0] == u' ') && !line.trimmed().isEmpty()) {
            *lastValue += u' ' + line.trimmed().toString();
            m_lines[li].skipReplies = true;
            continue;
        }
        lastValue = nullptr;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || colon > 24)
            continue;
        const QStringView name = line.first(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed().toString();
        auto matches = [&](const QString &n) { return name.compare(n, Qt::CaseInsensitive) == 0; };
        if (std::any_of(perMessage.begin(), perMessage.end(), matches)) {
            ++dsnLines;
            if (matches(u"Reporting-MTA"_s)) {
                r.dsn.reportingMta = value;
                lastValue = &r.dsn.reportingMta;
            } else if (matches(u"Received-From-MTA"_s)) {
                r.dsn.receivedFromMta = value;
                lastValue = &r.dsn.receivedFromMta;
            } else if (matches(u"Arrival-Date"_s)) {
                r.dsn.arrivalDate = value;
                lastValue = &r.dsn.arrivalDate;
            } else if (matches(u"Original-Envelope-Id"_s)) {
                r.dsn.originalEnvelopeId = value;
                lastValue = &r.dsn.originalEnvelopeId;
            }
            continue;
        }
        const auto it = std::find_if(perRecipient.begin(), perRecipient.end(), matches);
        if (it == perRecipient.end())
            continue;
        // "Status:" and "Action:" alone are common words; they count only inside a DSN.
        if ((*it == u"Status" || *it == u"Action") && dsnLines == 0 && !current)
            continue;
        if ((*it == u"Status") && !isEnhancedStatusCode(QStringView(value).left(value.indexOf(u' ') < 0 ? value.size() : value.indexOf(u' '))))
            continue;
        ++dsnLines;
        const bool startsRecipient = *it == u"Final-Recipient" || *it == u"Original-Recipient";
        if (!current || (startsRecipient && ((*it == u"Final-Recipient" && !current->finalRecipient.isEmpty())
                                             || (*it == u"Original-Recipient" && (!current->originalRecipient.isEmpty() || !current->finalRecipient.isEmpty()))))) {
            r.dsn.recipients.append(DsnRecipient());
            current = &r.dsn.recipients.last();
        }
        QString *field = nullptr;
        if (*it == u"Final-Recipient")
            field = &current->finalRecipient;
        else if (*it == u"Original-Recipient")
            field = &current->originalRecipient;
        else if (*it == u"Action")
            field = &current->action;
        else if (*it == u"Status")
            field = &current->status;
        else if (*it == u"Remote-MTA")
            field = &current->remoteMta;
        else if (*it == u"Diagnostic-Code")
            field = &current->diagnosticCode;
        else if (*it == u"Last-Attempt-Date")
            field = &current->lastAttemptDate;
        else if (*it == u"Will-Retry-Until")
            field = &current->willRetryUntil;
        else if (*it == u"X-Supplementary-Info")
            field = &current->supplementaryInfo;
        if (field) {
            *field = value;
            lastValue = field;
        }
        if (*it == u"Diagnostic-Code" || *it == u"X-Supplementary-Info")
            m_lines[li].skipReplies = true; // read below, per recipient
    }
    // Finish: normalise values, make attempts from diagnostic codes.
    if (dsnLines < 2 && r.dsn.reportingMta.isEmpty()) {
        r.dsn = {};
        for (LineInfo &li : m_lines)
            li.skipReplies = false;
        return;
    }
    auto stripType = [](QString v) {
        const qsizetype semi = v.indexOf(u';');
        if (semi > 0 && semi < 12)
            v = v.mid(semi + 1).trimmed();
        return v;
    };
    r.reportingMta = stripType(r.dsn.reportingMta);
    for (DsnRecipient &rec : r.dsn.recipients) {
        rec.action = rec.action.section(u' ', 0, 0).toLower();
        rec.status = rec.status.section(u' ', 0, 0);
        if (!rec.finalRecipient.isEmpty())
            addRecipient(stripType(rec.finalRecipient));
        else if (!rec.originalRecipient.isEmpty())
            addRecipient(stripType(rec.originalRecipient));
        const QString remote = stripType(rec.remoteMta);
        QString remoteHost = remote;
        QString remoteIp;
        if (const QRegularExpressionMatch m = hostIpRegex().match(remote); m.hasMatch()) {
            remoteHost = m.captured(u"host");
            remoteIp = m.captured(u"ip");
        }
        if (!remote.isEmpty())
            addServer(remoteHost, remoteIp);
        QList<SmtpReply> replies;
        QString detail;
        for (const QString &source : {rec.diagnosticCode, rec.supplementaryInfo}) {
            if (source.isEmpty())
                continue;
            QString diag = source;
            m_evidence.append(diag);
            const QList<Candidate> cands = findCandidates(diag, true);
            for (qsizetype c = 0; c < cands.size(); ++c) {
                SmtpReply reply = cands[c].reply;
                const qsizetype end = c + 1 < cands.size() ? cands[c + 1].start : diag.size();
                QString trailer;
                reply.text = cleanReplyText(QStringView(diag).mid(cands[c].textStart, end - cands[c].textStart), cands[c].opener, &trailer);
                if (c + 1 == cands.size()) {
                    const qsizetype arrow = reply.text.indexOf(u" -> ");
                    if (arrow >= 0) {
                        detail = reply.text.mid(arrow + 4).trimmed();
                        reply.text = reply.text.left(arrow).trimmed();
                    }
                }
                bool dup = false;
                for (const SmtpReply &have : replies)
                    dup = dup || normalizedForCompare(have) == normalizedForCompare(reply);
                if (!dup)
                    replies.append(reply);
            }
            if (!cands.isEmpty())
                break; // X-Supplementary-Info repeats the Diagnostic-Code
        }
        if (replies.isEmpty())
            continue;
        DecodedTime time;
        if (!rec.lastAttemptDate.isEmpty())
            time = parseTime(rec.lastAttemptDate).time;
        int attempt = -1;
        if (time.isValid() || !time.original.isEmpty())
            attempt = newAttempt(time, remoteHost, remoteIp);
        addChain(attempt, replies, detail, remoteHost);
    }
}

void Decoder::readQueueFields()
{
    const QStringList &keys = queueKeys();
    int lastField = -1;
    for (qsizetype li = 0; li < m_lines.size(); ++li) {
        const QStringView line = m_lines[li].text;
        if (line.size() > 8192)
            continue;
        qsizetype i = 0;
        while (i < line.size() && line[i] == u' ' && i < 4)
            ++i;
        qsizetype j = i;
        while (j < line.size() && (line[j].isLetterOrNumber()) && j - i < 40)
            ++j;
        qsizetype k = j;
        while (k < line.size() && line[k] == u' ')
            ++k;
        const bool isField = j > i && k < line.size() && line[k] == u':' && (k + 1 == line.size() || line[k + 1] == u' ')
            && keys.contains(line.mid(i, j - i).toString());
        if (isField) {
            const QString name = line.mid(i, j - i).toString();
            QString value = line.mid(k + 1).trimmed().toString();
            // DSN "Status: 5.1.1" / "Action: failed" are not Format-List fields.
            if ((name == u"Status" || name == u"Action") && (j - i) == (k - i) && !r.dsn.isEmpty())
                continue;
            r.queueFields.append({name, value});
            lastField = int(r.queueFields.size() - 1);
            m_lines[li].skipReplies = m_lines[li].skipReplies || name == u"LastError" || name == u"RecipientStatus" || name == u"Detail";
            static const QStringList queueOnly = {u"DeliveryType"_s, u"NextHopDomain"_s, u"NextHopConnector"_s, u"MessageCount"_s, u"TlsDomain"_s,
                                                 u"NextHopCategory"_s, u"DeferredMessageCount"_s, u"RiskLevel"_s, u"IncomingRate"_s, u"OutgoingRate"_s,
                                                 u"LockedMessageCount"_s, u"Velocity"_s, u"MessageCountsPerPriority"_s};
            static const QStringList messageOnly = {u"FromAddress"_s, u"DateReceived"_s, u"ExpirationTime"_s, u"Queue"_s, u"MessageSourceName"_s,
                                                   u"SourceIP"_s, u"SCL"_s, u"InternetMessageId"_s, u"DeferReason"_s};
            static const QStringList trackingOnly = {u"RecipientStatus"_s, u"EventId"_s, u"ClientHostname"_s, u"ServerHostname"_s,
                                                    u"ConnectorId"_s, u"MessageSubject"_s, u"TotalBytes"_s, u"SourceContext"_s, u"MessageInfo"_s,
                                                    u"MessageTraceId"_s, u"Detail"_s, u"Event"_s};
            if (queueOnly.contains(name))
                ++m_queueScore;
            static const QStringList queueStates = {u"Active"_s, u"Connecting"_s, u"Ready"_s, u"Retry"_s, u"Suspended"_s};
            if ((name == u"Status" && queueStates.contains(value, Qt::CaseInsensitive)) || (name == u"LastError" && value.contains(u"LED=")))
                ++m_queueScore;
            if (messageOnly.contains(name))
                ++m_messageScore;
            if (trackingOnly.contains(name))
                ++m_trackingScore;
        } else if (lastField >= 0 && line.size() > 8 && line.startsWith(u"        ") && !line.trimmed().isEmpty()) {
            // Format-List wraps long values at the console width, mid-word, and indents the rest.
            r.queueFields[lastField].second += line.trimmed().toString();
            m_lines[li].skipReplies = true;
        } else {
            lastField = -1;
        }
    }
    // Format-Table: a header row naming the queue columns.
    for (const LineInfo &li : m_lines) {
        if (li.text.size() < 400 && li.text.contains(u"DeliveryType") && li.text.contains(u"NextHopDomain") && li.text.contains(u"Status"))
            m_queueScore += 3;
        if (li.text.size() < 400 && li.text.contains(u"FromAddress") && li.text.contains(u"Status") && li.text.contains(u"Queue"))
            m_messageScore += 2;
    }
    // The LastError / RecipientStatus values become attempts in readLedBlocks(); plain-text errors here.
    for (const auto &field : std::as_const(r.queueFields)) {
        if (field.first == u"Recipients" || field.first == u"RecipientAddress") {
            for (const QRegularExpressionMatch &m : emailRegex().globalMatch(field.second))
                addRecipient(m.captured());
        }
        if ((field.first == u"FromAddress" || field.first == u"Sender" || field.first == u"SenderAddress") && r.sender.isEmpty()) {
            const QRegularExpressionMatch m = emailRegex().match(field.second);
            if (m.hasMatch())
                r.sender = m.captured();
        }
        if ((field.first == u"LastError" || field.first == u"RecipientStatus" || field.first == u"Detail" || field.first == u"DeferReason")
            && !field.second.contains(u"LED=") && !field.second.isEmpty()) {
            const QString &v = field.second;
            m_evidence.append(v);
            const QList<Candidate> cands = findCandidates(v, true);
            QList<SmtpReply> replies;
            QString detail, server, trailer;
            for (qsizetype c = 0; c < cands.size(); ++c) {
                SmtpReply reply = cands[c].reply;
                const qsizetype end = c + 1 < cands.size() ? cands[c + 1].start : v.size();
                reply.text = cleanReplyText(QStringView(v).mid(cands[c].textStart, end - cands[c].textStart), cands[c].opener, &trailer);
                replies.append(reply);
            }
            if (const QRegularExpressionMatch m = QRegularExpression(u"LastAttemptedServerName=([^\\]\\s]+)"_s).match(v); m.hasMatch())
                server = m.captured(1);
            if (const QRegularExpressionMatch m = QRegularExpression(u"endpoint attempted was ([0-9a-fA-F.:]+)"_s).match(v); m.hasMatch())
                addServer({}, m.captured(1));
            if (!server.isEmpty())
                addServer(server, {});
            DecodedTime time;
            if (field.first == u"LastError") {
                for (const auto &f : std::as_const(r.queueFields)) {
                    if (f.first == u"LastRetryTime" && !f.second.isEmpty())
                        time = parseTime(f.second).time;
                }
            }
            addChain(time.original.isEmpty() ? -1 : newAttempt(time, server, {}), replies, detail, server);
        }
    }
}

void Decoder::readLedBlocks()
{
    // "[{LED=…};{MSG=…};{FQDN=…};{IP=…};{LRT=…}]" in any key order, possibly inside "{…}" (tracking).
    QString all;
    for (const auto &f : std::as_const(r.queueFields)) {
        if (f.second.contains(u"LED=") || f.second.contains(u"LRT="))
            all += f.second + u'\n';
    }
    for (const LineInfo &li : m_lines) {
        if (!li.skipReplies && (li.text.contains(u"{LED=") || li.text.contains(u"{LRT=")))
            all += li.text + u'\n';
    }
    const QStringView text(all);
    qsizetype pos = 0;
    while ((pos = text.indexOf(u"[{", pos)) >= 0) {
        qsizetype end = text.indexOf(u"}]", pos);
        if (end < 0)
            end = text.size();
        const QStringView block = text.mid(pos + 2, end - pos - 2);
        pos = end;
        if (!block.contains(u"LED=") && !block.contains(u"LRT="))
            continue;
        m_hasLed = true;
        QString led, fqdn, ip, lrt, msg;
        for (QStringView part : block.tokenize(u"};{")) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq <= 0)
                continue;
            const QStringView key = part.first(eq).trimmed();
            const QString value = part.mid(eq + 1).trimmed().toString();
            if (key == u"LED")
                led = value;
            else if (key == u"FQDN")
                fqdn = value;
            else if (key == u"IP")
                ip = value;
            else if (key == u"LRT")
                lrt = value;
            else if (key == u"MSG")
                msg = value;
        }
        m_evidence.append(led);
        if (!msg.isEmpty())
            m_evidence.append(msg);
        const QList<Candidate> cands = findCandidates(led, true);
        QList<SmtpReply> replies;
        QString detail, trailer;
        for (qsizetype c = 0; c < cands.size(); ++c) {
            SmtpReply reply = cands[c].reply;
            const qsizetype e = c + 1 < cands.size() ? cands[c + 1].start : led.size();
            reply.text = cleanReplyText(QStringView(led).mid(cands[c].textStart, e - cands[c].textStart), cands[c].opener, &trailer);
            if (c + 1 == cands.size()) {
                const qsizetype arrow = reply.text.indexOf(u" -> ");
                if (arrow >= 0) {
                    detail = reply.text.mid(arrow + 4).trimmed();
                    reply.text = reply.text.left(arrow).trimmed();
                }
            }
            replies.append(reply);
        }
        if (!fqdn.isEmpty() || !ip.isEmpty())
            addServer(fqdn, ip);
        DecodedTime time;
        if (!lrt.isEmpty())
            time = parseTime(lrt).time;
        const int attempt = newAttempt(time, fqdn, ip);
        if (replies.isEmpty()) {
            continue;
        }
        addChain(attempt, replies, detail, fqdn);
    }
}

void Decoder::readLogLines()
{
    static const QRegularExpression postfix(u"postfix(?:-[\\w]+)?/[\\w/-]+\\[\\d+\\]:"_s);
    static const QRegularExpression sendmail(u"\\bsm-mta\\[\\d+\\]:|\\bsendmail\\[\\d+\\]:"_s);
    static const QRegularExpression exim(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? (?:\\[\\d+\\] )?[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} "_s);
    static const QRegularExpression protocolLog(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z,[^,]*,[0-9A-F]{16},\\d+,"_s);
    static const QRegularExpression command(u"^\\s*(?:[>\\-]+\\s*|C:\\s*|\\*\\*\\*\\s*)?(?:EHLO|HELO|MAIL FROM:|RCPT TO:|STARTTLS|DATA|QUIT|AUTH |BDAT |RSET|NOOP)"_s, QRegularExpression::CaseInsensitiveOption);
    for (LineInfo &li : m_lines) {
        const QStringView line = li.text;
        if (line.size() > 8192)
            continue;
        if (line.contains(u"postfix") && postfix.matchView(line).hasMatch())
            ++m_postfixLines;
        else if ((line.contains(u"sendmail[") || line.contains(u"sm-mta[")) && sendmail.matchView(line).hasMatch())
            ++m_sendmailLines;
        else if (line.size() > 30 && isDigit(line[0]) && exim.matchView(line).hasMatch())
            ++m_eximLines;
        else if (line.size() > 30 && isDigit(line[0]) && protocolLog.matchView(line).hasMatch())
            ++m_protocolLogLines;
        else if (command.matchView(line).hasMatch())
            ++m_transcriptScore;
    }
}

void Decoder::scanReplies()
{
    const bool logKind = m_postfixLines + m_sendmailLines + m_eximLines > 0;
    const bool transcript = m_transcriptScore >= 2 || m_protocolLogLines > 0;
    QString continuationCode;
    QString transcriptServer;
    // Replies of lines without their own timestamp belong to the untimed attempt (or, in a log,
    // to the line's own attempt).
    for (qsizetype li = 0; li < m_lines.size(); ++li) {
        LineInfo &info = m_lines[li];
        if (info.skipReplies || info.text.size() > 16384)
            continue;
        QStringView line = info.text;
        if (m_hasLed && (line.contains(u"{LED=") || line.contains(u"{LRT=")))
            continue;
        // Protocol log line: the SMTP text is the 8th CSV field, and only '<' lines are replies.
        if (m_protocolLogLines > 0 && line.size() > 30 && line[4] == u'-' && line.contains(u"Z,")) {
            const QList<QStringView> cols = line.split(u',');
            if (cols.size() >= 8) {
                if (cols[6] != u"<" && cols[6] != u"*")
                    continue;
                if (cols[6] == u"*") {
                    m_evidence.append(line.toString());
                    continue;
                }
                const qsizetype start = line.indexOf(u",<,") + 3;
                line = line.mid(start);
                if (line.endsWith(u','))
                    line.chop(1);
            }
        }
        // Transcript direction markers.
        QStringView body = line;
        {
            qsizetype i = 0;
            while (i < body.size() && body[i] == u' ')
                ++i;
            static const QList<QLatin1StringView> serverMarks = {"<<< "_L1, "<<<"_L1, "<- "_L1, "<-"_L1, "<~ "_L1, "<** "_L1, "S: "_L1, "R: "_L1, "< "_L1};
            for (const QLatin1StringView m : serverMarks) {
                if (body.mid(i).startsWith(m)) {
                    body = body.mid(i + m.size());
                    break;
                }
            }
        }
        const QString prevLine = li > 0 ? m_lines[li - 1].text.trimmed().toString() : QString();
        const bool lineStartOk = transcript || logKind || prevLine.endsWith(u':') || continuationCode.size() == 3;
        const QList<Candidate> cands = findCandidates(body, lineStartOk);
        if (cands.isEmpty()) {
            continuationCode.clear();
            if (line.contains(u"while talking to "_s)) {
                const qsizetype at = line.indexOf(u"while talking to "_s) + 17;
                transcriptServer = line.mid(at).trimmed().toString();
                while (transcriptServer.endsWith(u':') || transcriptServer.endsWith(u'.'))
                    transcriptServer.chop(1);
                addServer(transcriptServer, {});
            }
            continue;
        }
        // Multi-line "550-5.1.1 …" / "250-…": join into the previous reply.
        if (cands.size() == 1 && cands[0].start == body.indexOf(QString::number(cands[0].reply.code)) && !continuationCode.isEmpty()
            && cands[0].reply.code == continuationCode.toInt() && !r.chains.isEmpty() && body.left(cands[0].start).trimmed().isEmpty()) {
            ReplyChain &last = r.chains.last();
            QString extra = cleanReplyText(body.mid(cands[0].textStart), QChar(), nullptr);
            if (!extra.isEmpty())
                last.replies.last().text += u' ' + extra;
            if (!cands[0].reply.enhanced.isEmpty() && last.replies.last().enhanced.isEmpty())
                last.replies.last().enhanced = cands[0].reply.enhanced;
            continuationCode = cands[0].continuation ? QString::number(cands[0].reply.code) : QString();
            continue;
        }
        // Time and server of this line.
        DecodedTime time;
        {
            QStringView t = line.trimmed();
            const TimeMatch tm = parseTime(t);
            if (tm.length > 0)
                time = tm.time;
        }
        QString server, ip;
        const QStringView head = body.left(cands[0].start);
        for (const QRegularExpressionMatch &m : hostIpRegex().globalMatchView(head)) {
            server = m.captured(u"host");
            ip = m.captured(u"ip");
        }
        if (server.isEmpty()) {
            static const QRegularExpression at(u"(?:Server at|Remote Server at|Remoteserver unter|Server unter|serveur distant|serveur|servidor remoto en|servidor en|server remoto in|server in|relay=|host)\\s+([A-Za-z0-9_.<>-]+\\.[A-Za-z0-9_-]+|<[A-Za-z]+>)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = at.matchView(head);
            if (m.hasMatch())
                server = m.captured(1);
        }
        if (server.isEmpty() && logKind) {
            static const QRegularExpression relay(u"relay=([^,\\s\\[]+)(?:\\s*\\[([^\\]]+)\\])?"_s);
            const QRegularExpressionMatch m = relay.matchView(line);
            if (m.hasMatch() && m.captured(1) != u"none") {
                server = m.captured(1);
                ip = m.captured(2);
            }
        }
        if (server.isEmpty() && transcript && !transcriptServer.isEmpty())
            server = transcriptServer;
        if (server.isEmpty() && !transcriptServer.isEmpty() && m_sendmailLines == 0)
            server = transcriptServer;
        if (server.endsWith(u'.'))
            server.chop(1);
        QList<SmtpReply> replies;
        QString detail;
        QString trailerServer;
        for (qsizetype c = 0; c < cands.size(); ++c) {
            SmtpReply reply = cands[c].reply;
            const qsizetype end = c + 1 < cands.size() ? cands[c + 1].start : body.size();
            reply.text = cleanReplyText(body.mid(cands[c].textStart, end - cands[c].textStart), cands[c].opener, &trailerServer);
            if (c + 1 == cands.size()) {
                const qsizetype arrow = reply.text.indexOf(u" -> ");
                if (arrow >= 0) {
                    detail = reply.text.mid(arrow + 4).trimmed();
                    reply.text = reply.text.left(arrow).trimmed();
                }
            }
            replies.append(reply);
        }
        if (server.isEmpty() && !trailerServer.isEmpty())
            server = trailerServer;
        if (server.isEmpty() && !m_receivingServer.isEmpty() && (m_exchangeFailed || m_exchangeDelayed || m_exchangeDiagnostic))
            server = m_receivingServer;
        if (!server.isEmpty() || !ip.isEmpty())
            addServer(server, ip);
        continuationCode = cands.last().continuation ? QString::number(cands.last().reply.code) : QString();
        int attempt = -1;
        if (time.isValid() || (!time.original.isEmpty() && logKind))
            attempt = (logKind || !transcript) ? newAttempt(time, server, ip) : -1;
        else if (logKind)
            attempt = newAttempt(time, server, ip);
        if (transcript && !logKind) {
            if (m_untimedAttempt < 0) {
                m_untimedAttempt = newAttempt(time, server, ip);
            }
            attempt = m_untimedAttempt;
        }
        addChain(attempt, replies, detail, server);
        if (logKind)
            m_evidence.append(line.toString());
    }
    // Log lines without replies still carry evidence ("TLS is required, but was not offered by host …").
    for (const LineInfo &li : m_lines) {
        if (li.text.size() > 4096)
            continue;
        if (li.text.contains(u"TLS") || li.text.contains(u"SSL") || li.text.contains(u"certificate", Qt::CaseInsensitive)
            || li.text.contains(u"status=deferred") || li.text.contains(u"stat=Deferred") || li.text.contains(u"Winsock"))
            m_evidence.append(li.text.toString());
    }
}

void Decoder::chooseKind()
{
    const bool exchange = m_exchangeFailed || m_exchangeDelayed || m_exchangeDiagnostic;
    const QString all = m_norm.body.left(200000);
    auto has = [&](QLatin1StringView s) { return all.contains(s, Qt::CaseInsensitive); };
    if (exchange) {
        r.kind = m_exchangeDelayed ? DecodeKind::ExchangeDelayDsn : DecodeKind::ExchangeNdr;
        if (!m_exchangeDelayed && !m_exchangeFailed) {
            // Only the diagnostic section: a delayed DSN says so in its action or its replies.
            for (const DsnRecipient &rec : std::as_const(r.dsn.recipients)) {
                if (rec.action == u"delayed")
                    r.kind = DecodeKind::ExchangeDelayDsn;
            }
        }
    } else if (m_queueScore >= 2) {
        r.kind = DecodeKind::GetQueue;
    } else if (m_messageScore >= 2) {
        r.kind = DecodeKind::GetMessage;
    } else if (m_trackingScore >= 1 && (m_hasLed || !r.queueFields.isEmpty())) {
        r.kind = DecodeKind::MessageTracking;
    } else if (!r.dsn.isEmpty()) {
        r.kind = DecodeKind::Dsn;
    } else if (m_postfixLines > 0) {
        r.kind = DecodeKind::PostfixLog;
    } else if (m_sendmailLines > 0) {
        r.kind = DecodeKind::SendmailLog;
    } else if (m_eximLines > 0) {
        r.kind = DecodeKind::EximLog;
    } else if (has("This is the mail system at host"_L1) || has("qmail-send program"_L1) || has("mail delivery software"_L1)
               || has("Transcript of session follows"_L1) || has("The response from the remote server was"_L1)
               || has("Delivery to the following recipient"_L1) || has("could not be delivered to one or more recipients"_L1)
               || has("Mail Delivery Subsystem"_L1) || has("unable to deliver your message"_L1) || has("Message not delivered"_L1)
               || has("address(es) failed"_L1)) {
        r.kind = DecodeKind::Dsn;
        m_bounceText = true;
    } else if ((m_transcriptScore >= 2 || m_protocolLogLines > 0) && !r.replies.isEmpty()) {
        r.kind = DecodeKind::SmtpTranscript;
    } else if (m_hasLed || !r.replies.isEmpty()) {
        r.kind = DecodeKind::LastError;
    } else if (m_queueScore + m_messageScore + m_trackingScore >= 1 && r.queueFields.size() >= 3) {
        r.kind = m_queueScore ? DecodeKind::GetQueue : m_messageScore ? DecodeKind::GetMessage : DecodeKind::MessageTracking;
    }

    // Vendor.
    const QString reporting = r.reportingMta.toLower();
    const QString generating = r.generatingServer.toLower();
    auto isExo = [](const QString &host) {
        return host.endsWith(u".outlook.com") || host.endsWith(u".outlook.office365.com") || host.contains(u"protection.outlook")
            || host.endsWith(u".exchangelabs.com") || host.endsWith(u".office365.us") || host.endsWith(u".prod.outlook.com");
    };
    if (exchange || has("X-Supplementary-Info"_L1) || has("Microsoft Exchange"_L1) || m_hasLed || r.kind == DecodeKind::GetQueue
        || r.kind == DecodeKind::GetMessage || r.kind == DecodeKind::MessageTracking) {
        r.vendor = (isExo(generating) || isExo(reporting)) ? u"exchange-online"_s : u"exchange"_s;
    } else if (has("This is the mail system at host"_L1) || has("X-Postfix"_L1) || r.kind == DecodeKind::PostfixLog) {
        r.vendor = u"postfix"_s;
    } else if (has("qmail-send program"_L1) || has("qmail"_L1)) {
        r.vendor = u"qmail"_s;
    } else if (reporting.contains(u"google.com") || reporting.contains(u"googlemail") || has("The response from the remote server was"_L1)
               || has("Google tried to deliver"_L1) || has("gsmtp"_L1)) {
        r.vendor = u"gmail"_s;
    } else if (has("Transcript of session follows"_L1) || has("The original message was received at"_L1) || r.kind == DecodeKind::SendmailLog
               || has("Mail Delivery Subsystem"_L1)) {
        r.vendor = u"sendmail"_s;
    } else if (has("mail delivery software"_L1) || !m_norm.header(u"X-Failed-Recipients").isEmpty() || r.kind == DecodeKind::EximLog
               || has("address(es) failed"_L1)) {
        r.vendor = u"exim"_s;
    } else if (reporting.contains(u"yahoo") || (has("yahoo.com"_L1) && has("unable to deliver your message"_L1))) {
        r.vendor = u"yahoo"_s;
    } else if (isExo(reporting)) {
        r.vendor = u"exchange-online"_s;
    }
    if (r.kind == DecodeKind::Unknown)
        r.vendor.clear();
    if (r.kind != DecodeKind::ExchangeNdr && r.kind != DecodeKind::ExchangeDelayDsn)
        r.language = r.kind == DecodeKind::Unknown ? QString() : r.language;
    if (r.generatingServer.isEmpty() && !r.reportingMta.isEmpty())
        r.generatingServer = r.reportingMta;
}

void Decoder::collectPeople()
{
    // Sender: the bounce goes to the original sender.
    if (r.sender.isEmpty()) {
        for (const QString &h : {m_norm.originalHeader(u"From"), m_norm.header(u"To")}) {
            const QRegularExpressionMatch m = emailRegex().match(h);
            if (m.hasMatch()) {
                r.sender = m.captured();
                break;
            }
        }
    }
    r.subject = m_norm.header(u"Subject");
    for (const QRegularExpressionMatch &m : emailRegex().globalMatch(m_norm.header(u"X-Failed-Recipients")))
        addRecipient(m.captured());

    const bool bounce = r.kind == DecodeKind::ExchangeNdr || r.kind == DecodeKind::ExchangeDelayDsn || r.kind == DecodeKind::Dsn;
    static const QRegularExpression logTo(u"\\bto=<?([^>,\\s]+@[^>,\\s]+)>?"_s);
    static const QRegularExpression logFrom(u"\\bfrom=<([^>\\s]*@[^>\\s]*)>"_s);
    static const QRegularExpression eximRcpt(u"^\\S+ \\S+ (?:\\[\\d+\\] )?\\S+ (?:\\*\\*|==|->|=>) (\\S+@\\S+)"_s);
    static const QRegularExpression rcptCommand(u"RCPT TO:\\s*<([^>]+)>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mailCommand(u"MAIL FROM:\\s*<([^>]+)>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yourMessageTo(u"(?:Your message to|Ihre Nachricht an|Votre message à|Su mensaje para|Il messaggio per|wasn't delivered to|delivered to the following recipient|not delivered to)\\s+<?([^\\s>]+@[^\\s>]+?)>?[\\s.,:]"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    bool inCopy = false;
    for (const LineInfo &li : std::as_const(m_lines)) {
        const QStringView line = li.text;
        if (line.size() > 2048)
            continue;
        const QStringView t = line.trimmed();
        if (bounce) {
            if (const QRegularExpressionMatch m = yourMessageTo.matchView(line); m.hasMatch())
                addRecipient(m.captured(1));
            // A line that is just an address (maybe "<a>:", "Name (a)", "'a'", "a on 1/1/2021") names a recipient.
            if (!t.isEmpty() && t.size() < 200 && t.contains(u'@') && !t.contains(u"Message-ID", Qt::CaseInsensitive) && !inCopy) {
                QStringView first = t;
                const QRegularExpressionMatch m = emailRegex().matchView(first);
                if (m.hasMatch()) {
                    const QStringView before = first.left(m.capturedStart()).trimmed();
                    const QStringView after = first.mid(m.capturedEnd()).trimmed();
                    const bool bareAddress = (before.isEmpty() || before == u"<" || before == u"'" || before == u"\"" || before == u"**" || before == u"(" || before.endsWith(u'(') || before.endsWith(u'<'))
                        && (after.isEmpty() || after.startsWith(u'>') || after.startsWith(u':') || after.startsWith(u')') || after.startsWith(u'\'') || after.startsWith(u'"')
                            || after.startsWith(u"on ") || after.startsWith(u"<") || after.startsWith(u"("));
                    const bool isHeaderLine = line.startsWith(u"From:") || line.startsWith(u"To:") || line.startsWith(u"Return-Path") || line.startsWith(u"Sender:");
                    if (bareAddress && !isHeaderLine && !before.endsWith(u"From", Qt::CaseInsensitive))
                        addRecipient(m.captured());
                }
            }
        }
        if (m_postfixLines + m_sendmailLines > 0) {
            if (const QRegularExpressionMatch m = logTo.matchView(line); m.hasMatch())
                addRecipient(m.captured(1));
            if (const QRegularExpressionMatch m = logFrom.matchView(line); m.hasMatch() && r.sender.isEmpty())
                r.sender = m.captured(1);
        }
        if (m_eximLines > 0) {
            if (const QRegularExpressionMatch m = eximRcpt.matchView(line); m.hasMatch())
                addRecipient(m.captured(1));
        }
        if (r.kind == DecodeKind::SmtpTranscript || m_transcriptScore >= 2) {
            if (const QRegularExpressionMatch m = rcptCommand.matchView(line); m.hasMatch())
                addRecipient(m.captured(1));
            if (const QRegularExpressionMatch m = mailCommand.matchView(line); m.hasMatch() && r.sender.isEmpty())
                r.sender = m.captured(1);
        }
    }
    if (!r.sender.isEmpty())
        r.recipients.removeIf([&](const QString &a) { return a.compare(r.sender, Qt::CaseInsensitive) == 0 && r.recipients.size() > 1; });
    // A postmaster / MAILER-DAEMON address is the bounce's own sender, not a recipient.
    r.recipients.removeIf([](const QString &a) {
        const QString l = a.toLower();
        return l.startsWith(u"mailer-daemon@") || l.startsWith(u"postmaster@") || l.startsWith(u"microsoftexchange");
    });
}

void Decoder::classify()
{
    for (const DeliveryAttempt &a : std::as_const(r.attempts)) {
        for (const int c : a.chains) {
            for (const SmtpReply &reply : r.chains[c].replies)
                findingsFromCode(reply, &m_findings);
        }
    }
    for (const DsnRecipient &rec : std::as_const(r.dsn.recipients)) {
        if (isEnhancedStatusCode(rec.status)) {
            SmtpReply status;
            status.enhanced = rec.status;
            findingsFromCode(status, &m_findings);
        }
        if (rec.action == u"delayed")
            m_findings.insert(u"delivery-delayed"_s);
    }
    for (const QString &text : std::as_const(m_evidence)) {
        if (text.size() > 8192)
            continue;
        for (const auto &rule : textRules()) {
            if (!m_findings.contains(rule.first) && rule.second.match(text).hasMatch())
                m_findings.insert(rule.first);
        }
    }
    const QString status = r.queueField(u"Status");
    if (r.kind == DecodeKind::ExchangeDelayDsn || (r.kind == DecodeKind::GetQueue && status.compare(u"Retry"_s, Qt::CaseInsensitive) == 0)
        || (m_postfixLines > 0 && m_findings.contains(u"delivery-delayed"_s)))
        m_findings.insert(u"delivery-delayed"_s);
    // A final NDR is not a delay, and an expiry NDR's history of 4xx replies is not one either.
    if (r.kind == DecodeKind::ExchangeNdr || (r.kind == DecodeKind::Dsn && std::none_of(r.dsn.recipients.begin(), r.dsn.recipients.end(),
                                                                                       [](const DsnRecipient &d) { return d.action == u"delayed"; })
                                              && (!r.dsn.recipients.isEmpty() || m_bounceText)))
        m_findings.remove(u"delivery-delayed"_s);
    // Queued / deferred with a transient root: the message is delayed, not bounced.
    if ((r.kind == DecodeKind::LastError || r.kind == DecodeKind::GetMessage || r.kind == DecodeKind::GetQueue) && r.rootCause
        && r.rootCause->reply.replyClass() == 4)
        m_findings.insert(u"delivery-delayed"_s);
    // "Access denied, please try again later" is throttling, not policy.
    if (m_findings.contains(u"rate-limited"_s) && m_findings.contains(u"policy-rejected"_s)) {
        bool policyEvidence = false;
        for (const DecodedReply &d : std::as_const(r.replies))
            policyEvidence = policyEvidence || (d.reply.replyClass() == 5 && d.reply.enhanced.startsWith(u"5.7."));
        if (!policyEvidence)
            m_findings.remove(u"policy-rejected"_s);
    }
    // Relay or auth refusals are not a separate policy finding.
    if (m_findings.contains(u"relay-denied"_s) || m_findings.contains(u"auth-required"_s) || m_findings.contains(u"starttls-required"_s)) {
        bool otherPolicy = false;
        for (const QString &text : std::as_const(m_evidence))
            otherPolicy = otherPolicy || QRegularExpression(u"spam|block|SPF|DMARC|DKIM|reputation|banned|policy"_s, QRegularExpression::CaseInsensitiveOption).match(text).hasMatch();
        if (!otherPolicy)
            m_findings.remove(u"policy-rejected"_s);
    }
    if (m_findings.contains(u"certificate-invalid"_s) || m_findings.contains(u"tls-version-unsupported"_s) || m_findings.contains(u"tls-cipher-mismatch"_s))
        m_findings.remove(u"policy-rejected"_s);
    for (const QString &name : findingNames()) {
        if (m_findings.contains(name))
            r.findings.append(name);
    }
    for (const QString &name : std::as_const(m_findings)) {
        if (!r.findings.contains(name))
            r.findings.append(name);
    }
}

void Decoder::pickRootCause()
{
    // Latest attempt: the latest time; attempts without time count as older than timed ones,
    // unless nothing is timed (then the last in document order).
    int latest = -1;
    for (int i = 0; i < r.attempts.size(); ++i) {
        const DeliveryAttempt &a = r.attempts[i];
        bool failing = false;
        for (const SmtpReply &reply : a.replies)
            failing = failing || reply.replyClass() == 4 || reply.replyClass() == 5;
        if (!failing)
            continue;
        if (latest < 0) {
            latest = i;
            continue;
        }
        const DeliveryAttempt &b = r.attempts[latest];
        if (a.time.isValid() && (!b.time.isValid() || a.time.value >= b.time.value))
            latest = i;
        else if (!a.time.isValid() && !b.time.isValid())
            latest = i;
    }
    if (latest < 0)
        return;
    const DeliveryAttempt &a = r.attempts[latest];
    int best = -1;
    for (const int c : a.chains) {
        const ReplyChain &chain = r.chains[c];
        const int cls = chain.replies.first().replyClass();
        if (cls != 4 && cls != 5)
            continue;
        if (best < 0 || chain.replies.size() >= r.chains[best].replies.size())
            best = c;
    }
    if (best < 0)
        return;
    const ReplyChain &chain = r.chains[best];
    DecodedReply root;
    root.reply = chain.replies.last();
    root.server = chain.server;
    root.attempt = latest;
    root.chain = best;
    r.rootCause = root;
    r.rootCauseDetail = chain.detail;
}

void Decoder::explain()
{
    QStringList codes;
    QList<QString> texts;
    auto want = [&](const SmtpReply &reply) {
        const QString key = reply.enhanced.isEmpty() ? (reply.code ? QString::number(reply.code) : QString()) : reply.enhanced;
        if (!key.isEmpty() && !codes.contains(key)) {
            codes.append(key);
            texts.append(reply.text);
        }
    };
    if (r.rootCause)
        want(r.rootCause->reply);
    for (const DecodedReply &d : std::as_const(r.replies)) {
        if (d.reply.replyClass() == 4 || d.reply.replyClass() == 5)
            want(d.reply);
    }
    for (const DsnRecipient &rec : std::as_const(r.dsn.recipients)) {
        SmtpReply s;
        s.enhanced = rec.status;
        if (isEnhancedStatusCode(rec.status))
            want(s);
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (auto e = explainStatusCode(codes[i], texts[i], m_language))
            r.explanations.append(*e);
    }
}

void Decoder::predict()
{
    const bool queueLike = r.kind == DecodeKind::GetQueue || r.kind == DecodeKind::GetMessage || r.kind == DecodeKind::ExchangeDelayDsn
        || (r.kind == DecodeKind::LastError && r.rootCause && r.rootCause->reply.replyClass() == 4)
        || (r.kind == DecodeKind::Dsn && std::any_of(r.dsn.recipients.begin(), r.dsn.recipients.end(), [](const DsnRecipient &d) { return d.action == u"delayed"; }));
    if (!queueLike)
        return;

    // Which defaults: Exchange Online when the server that holds the message is one of its hosts.
    auto isExo = [](const QString &host) {
        const QString h = host.toLower();
        return h.endsWith(u".outlook.com") || h.contains(u"protection.outlook") || h.endsWith(u".exchangelabs.com") || h.endsWith(u".office365.us");
    };
    Prediction::Deployment deployment = Prediction::Deployment::OnPremises;
    QString reason = u"default-on-premises"_s;
    if (isExo(r.generatingServer) || isExo(r.reportingMta)) {
        deployment = Prediction::Deployment::ExchangeOnline;
        reason = u"generating-server-exchange-online"_s;
    } else if (r.kind == DecodeKind::GetQueue || r.kind == DecodeKind::GetMessage) {
        reason = u"queue-viewer-on-premises"_s;
    } else if (!r.generatingServer.isEmpty()) {
        reason = u"generating-server-on-premises"_s;
    }
    const int expiryHours = deployment == Prediction::Deployment::ExchangeOnline ? ExchangeOnline::ExpiryHoursOnline : ExchangeOnline::ExpiryHoursOnPremises;

    // The clock starts at the first failure.
    DecodedTime basis;
    QString basisName;
    auto useField = [&](QStringView name) {
        if (basis.isValid())
            return;
        const QString v = r.queueField(name);
        if (v.isEmpty())
            return;
        const TimeMatch t = parseTime(v);
        if (t.time.isValid()) {
            basis = t.time;
            basisName = name.toString();
        }
    };
    useField(u"FirstRetryTime");
    useField(u"DateReceived");
    if (!basis.isValid()) {
        for (const DeliveryAttempt &a : std::as_const(r.attempts)) {
            if (a.time.isValid() && (!basis.isValid() || a.time.value < basis.value)) {
                basis = a.time;
                basisName = u"firstFailure"_s;
            }
        }
        if (basis.isValid() && r.attempts.size() == 1 && (r.kind == DecodeKind::LastError || r.kind == DecodeKind::GetQueue))
            basisName = u"LastRetryTime"_s; // only the last retry is known: the real first failure was earlier
    }
    if (!basis.isValid() && !r.dsn.arrivalDate.isEmpty()) {
        const TimeMatch t = parseTime(r.dsn.arrivalDate);
        if (t.time.isValid()) {
            basis = t.time;
            basisName = u"Arrival-Date"_s;
        }
    }
    QDateTime latestSeen;
    for (const DeliveryAttempt &a : std::as_const(r.attempts)) {
        if (a.time.isValid() && (!latestSeen.isValid() || a.time.value > latestSeen))
            latestSeen = a.time.value;
    }

    auto add = [&](Prediction::Event event, const DecodedTime &from, const QString &fromName, int hours, Prediction::Deployment d, const QString &why) {
        Prediction p;
        p.event = event;
        p.time = from.value.addSecs(qint64(hours) * 3600);
        p.hasZone = from.hasZone;
        p.basis = fromName;
        p.basisTime = from.original;
        p.hours = hours;
        p.deployment = d;
        p.reason = why;
        p.alreadyPassed = latestSeen.isValid() && p.time < latestSeen;
        r.predictions.append(p);
    };

    if (r.kind != DecodeKind::ExchangeDelayDsn && !std::any_of(r.dsn.recipients.begin(), r.dsn.recipients.end(), [](const DsnRecipient &x) { return x.action == u"delayed"; })) {
        if (basis.isValid())
            add(Prediction::Event::DelayNotice, basis, basisName, ExchangeOnline::DelayNotificationHours, deployment, reason);
    }
    // Stated expiry: Get-Message ExpirationTime, DSN Will-Retry-Until, the delay notice's "for the next …".
    DecodedTime stated;
    QString statedName;
    if (const QString v = r.queueField(u"ExpirationTime"); !v.isEmpty()) {
        stated = parseTime(v).time;
        statedName = u"ExpirationTime"_s;
    }
    for (const DsnRecipient &rec : std::as_const(r.dsn.recipients)) {
        if (!stated.isValid() && !rec.willRetryUntil.isEmpty()) {
            stated = parseTime(rec.willRetryUntil).time;
            statedName = u"Will-Retry-Until"_s;
        }
    }
    if (!stated.isValid() && r.delayRemainingMinutes >= 0) {
        DecodedTime sent;
        if (const QString date = m_norm.header(u"Date"); !date.isEmpty())
            sent = parseTime(date).time;
        if (!sent.isValid() && latestSeen.isValid()) {
            for (const DeliveryAttempt &a : std::as_const(r.attempts)) {
                if (a.time.isValid() && a.time.value == latestSeen)
                    sent = a.time;
            }
        }
        if (sent.isValid()) {
            stated = sent;
            stated.value = sent.value.addSecs(qint64(r.delayRemainingMinutes) * 60);
            stated.original = sent.original;
            statedName = u"delayNotice"_s;
        }
    }
    if (stated.isValid()) {
        Prediction p;
        p.event = Prediction::Event::Ndr;
        p.time = stated.value;
        p.hasZone = stated.hasZone;
        p.basis = statedName;
        p.basisTime = stated.original;
        p.deployment = Prediction::Deployment::Stated;
        p.reason = u"stated-in-text"_s;
        p.alreadyPassed = latestSeen.isValid() && p.time < latestSeen;
        r.predictions.append(p);
    } else if (basis.isValid()) {
        add(Prediction::Event::Ndr, basis, basisName, expiryHours, deployment, reason);
    }
}

void Decoder::observe()
{
    auto note = [&](const QString &what, int count, const QString &example) {
        if (count > 0)
            r.observations.append(Observation{what, count, example});
    };
    if (m_binary)
        note(u"binary-data"_s, 1, {});
    note(u"nul-bytes"_s, m_nulBytes, {});
    note(u"lines"_s, int(m_lines.size()), {});
    int emails = 0, ips = 0, codes = 0, times = 0;
    QString emailExample, ipExample, codeExample, timeExample;
    static const QRegularExpression ip(u"\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b"_s);
    static const QRegularExpression code(u"\\b[245]\\.\\d{1,3}\\.\\d{1,3}\\b|\\b[245]\\d\\d [245]\\.\\d"_s);
    qsizetype scanned = 0;
    for (const LineInfo &li : std::as_const(m_lines)) {
        if (li.text.size() > 4096 || scanned > 4'000'000)
            continue;
        scanned += li.text.size();
        if (li.text.contains(u'@')) {
            for (const QRegularExpressionMatch &m : emailRegex().globalMatchView(li.text)) {
                if (!emails++)
                    emailExample = m.captured();
            }
        }
        if (li.text.contains(u'.')) {
            for (const QRegularExpressionMatch &m : ip.globalMatchView(li.text)) {
                if (!ips++)
                    ipExample = m.captured();
            }
            for (const QRegularExpressionMatch &m : code.globalMatchView(li.text)) {
                if (!codes++)
                    codeExample = m.captured();
            }
        }
        const TimeMatch t = parseTime(li.text);
        if (t.length > 0 && !times++)
            timeExample = t.time.original;
    }
    note(u"email-addresses"_s, emails, emailExample);
    note(u"ip-addresses"_s, ips, ipExample);
    note(u"status-codes"_s, codes, codeExample);
    note(u"timestamps"_s, times, timeExample);
    if (!r.queueFields.isEmpty())
        note(u"fields"_s, int(r.queueFields.size()), r.queueFields.first().first);
}

DecodeResult Decoder::run()
{
    splitLines();
    detectMarkers();
    readExchangeFields();
    readDsnFields();
    readQueueFields();
    readLedBlocks();
    readLogLines();
    scanReplies();

    // Distinct replies per attempt, in order of appearance; an untimed reply that a timed attempt
    // already has is the same reply quoted again (the human-readable part of a DSN, say).
    QSet<QString> timedKeys;
    for (int i = 0; i < r.attempts.size(); ++i) {
        if (i == m_untimedAttempt)
            continue;
        for (const int c : r.attempts[i].chains) {
            for (const SmtpReply &reply : r.chains[c].replies)
                timedKeys.insert(normalizedForCompare(reply));
        }
    }
    for (int i = 0; i < r.attempts.size(); ++i) {
        DeliveryAttempt &a = r.attempts[i];
        QStringList seen;
        for (const int c : a.chains) {
            for (const SmtpReply &reply : r.chains[c].replies) {
                const QString key = normalizedForCompare(reply);
                if (i == m_untimedAttempt && timedKeys.contains(key))
                    continue;
                bool dup = false;
                for (qsizetype k = 0; k < seen.size() && !dup; ++k) {
                    const QString &s = seen[k];
                    const bool samePair = s.section(u'|', 0, 0) == key.section(u'|', 0, 0);
                    if (s == key || (samePair && (s.startsWith(key) || key.startsWith(s)))) {
                        dup = true;
                        if (key.size() > s.size()) { // keep the fuller text of a truncated quote
                            for (SmtpReply &have : a.replies) {
                                if (normalizedForCompare(have) == s)
                                    have.text = reply.text;
                            }
                            seen[k] = key;
                        }
                    }
                }
                if (dup)
                    continue;
                seen.append(key);
                a.replies.append(reply);
            }
        }
    }
    // Drop attempts with nothing in them (a LastError block without LED text stays: it has a time).
    for (int i = 0; i < r.attempts.size(); ++i) {
        for (const SmtpReply &reply : std::as_const(r.attempts[i].replies)) {
            DecodedReply d;
            d.reply = reply;
            d.attempt = i;
            for (const int c : r.attempts[i].chains) {
                if (r.chains[c].replies.contains(reply) && d.chain < 0) {
                    d.chain = c;
                    d.server = r.chains[c].server;
                }
            }
            if (d.server.isEmpty())
                d.server = r.attempts[i].server;
            r.replies.append(d);
        }
    }
    for (const ReplyChain &c : std::as_const(r.chains)) {
        if (!c.server.isEmpty())
            addServer(c.server, {});
    }

    chooseKind();
    collectPeople();
    pickRootCause();
    classify();
    explain();
    predict();
    if (r.kind == DecodeKind::Unknown)
        observe();
    return r;
}

} // namespace

QString decodeKindName(DecodeKind kind)
{
    switch (kind) {
    case DecodeKind::Unknown: return u"unknown"_s;
    case DecodeKind::ExchangeNdr: return u"exchange-ndr"_s;
    case DecodeKind::ExchangeDelayDsn: return u"exchange-delay-dsn"_s;
    case DecodeKind::Dsn: return u"dsn"_s;
    case DecodeKind::GetQueue: return u"get-queue"_s;
    case DecodeKind::GetMessage: return u"get-message"_s;
    case DecodeKind::MessageTracking: return u"message-tracking"_s;
    case DecodeKind::LastError: return u"last-error"_s;
    case DecodeKind::SmtpTranscript: return u"smtp-transcript"_s;
    case DecodeKind::PostfixLog: return u"postfix-log"_s;
    case DecodeKind::SendmailLog: return u"sendmail-log"_s;
    case DecodeKind::EximLog: return u"exim-log"_s;
    }
    return u"unknown"_s;
}

const QStringList &findingNames()
{
    static const QStringList names = {
        u"tls-negotiation-failed"_s, u"starttls-required"_s, u"starttls-not-offered"_s, u"tls-version-unsupported"_s,
        u"tls-cipher-mismatch"_s, u"certificate-invalid"_s, u"connection-dropped"_s, u"connection-failed"_s,
        u"relay-denied"_s, u"auth-required"_s, u"message-expired"_s, u"delivery-delayed"_s, u"recipient-unknown"_s,
        u"dns-failure"_s, u"mailbox-full"_s, u"policy-rejected"_s, u"rate-limited"_s,
    };
    return names;
}

QString DecodeResult::queueField(QStringView name) const
{
    for (const auto &f : queueFields) {
        if (f.first.compare(name, Qt::CaseInsensitive) == 0)
            return f.second;
    }
    return {};
}

DecodeResult decodeText(QStringView text, QStringView language)
{
    Decoder decoder(text, language);
    return decoder.run();
}

DecodeResult decodeBytes(QByteArrayView bytes, QStringView language)
{
    int nuls = 0;
    bool binary = false;
    const QString text = Internal::textFromBytes(bytes, &nuls, &binary);
    if (binary) {
        // Mostly control bytes: read nothing, say what it was.
        Decoder decoder(QStringView(), language);
        decoder.m_nulBytes = nuls;
        decoder.m_binary = true;
        return decoder.run();
    }
    Decoder decoder(text, language);
    decoder.m_nulBytes = nuls;
    return decoder.run();
}

} // namespace Mailflow
