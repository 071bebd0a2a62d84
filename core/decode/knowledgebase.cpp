// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mailflow {

namespace {

struct Entry
{
    QString code;       // "X.4.7", "4.4.397", "421"
    QString rangeFrom;  // "4.7.500" for ranges
    QString rangeTo;
    QString source;
    QRegularExpression textPattern; // vendor entries that need the reply text
    QJsonObject title, meaning, cause, fix;
};

struct Base
{
    QList<Entry> rfc;       // class-independent "X.s.d" and basic reply codes
    QList<Entry> vendor;    // Exchange / Exchange Online overlays
    QJsonObject classes;
    QJsonObject subjects;
};

Entry readEntry(const QJsonObject &o)
{
    Entry e;
    e.code = o.value("code"_L1).toString();
    const QJsonArray range = o.value("range"_L1).toArray();
    if (range.size() == 2) {
        e.rangeFrom = range.at(0).toString();
        e.rangeTo = range.at(1).toString();
    }
    e.source = o.value("source"_L1).toString();
    const QString pattern = o.value("text"_L1).toString();
    if (!pattern.isEmpty())
        e.textPattern = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    e.title = o.value("title"_L1).toObject();
    e.meaning = o.value("meaning"_L1).toObject();
    e.cause = o.value("cause"_L1).toObject();
    e.fix = o.value("fix"_L1).toObject();
    return e;
}

const Base &base()
{
    static const Base b = [] {
        Base b;
        QFile file(u":/knowledge/statuscodes.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return b;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        b.classes = root.value("classes"_L1).toObject();
        b.subjects = root.value("subjects"_L1).toObject();
        for (const QJsonValue v : root.value("codes"_L1).toArray())
            b.rfc.append(readEntry(v.toObject()));
        for (const QJsonValue v : root.value("replyCodes"_L1).toArray())
            b.rfc.append(readEntry(v.toObject()));
        for (const QJsonValue v : root.value("vendor"_L1).toArray())
            b.vendor.append(readEntry(v.toObject()));
        return b;
    }();
    return b;
}

QString pick(const QJsonObject &texts, QStringView language)
{
    const QString wanted = texts.value(language.toString()).toString();
    return wanted.isEmpty() ? texts.value("en"_L1).toString() : wanted;
}

// Compares "4.7.512" with "4.7.500" numerically, part by part.
int compareCodes(QStringView a, QStringView b)
{
    const auto pa = a.split(u'.');
    const auto pb = b.split(u'.');
    for (qsizetype i = 0; i < qMin(pa.size(), pb.size()); ++i) {
        const int x = pa.at(i).toInt();
        const int y = pb.at(i).toInt();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return int(pa.size() - pb.size());
}

bool isBasicCode(QStringView code)
{
    return code.size() == 3 && code[0] >= u'2' && code[0] <= u'5' && code[1].isDigit() && code[2].isDigit();
}

} // namespace

QString statusClassName(QChar classDigit, QStringView language)
{
    return pick(base().classes.value(QString(classDigit)).toObject(), language);
}

QString statusSubjectName(QStringView subject, QStringView language)
{
    return pick(base().subjects.value(subject.toString()).toObject(), language);
}

int knowledgeBaseSize()
{
    return int(base().rfc.size() + base().vendor.size());
}

std::optional<CodeExplanation> explainStatusCode(QStringView code, QStringView replyText, QStringView language, QStringView vendor)
{
    code = code.trimmed();
    const bool basic = isBasicCode(code);
    if (!basic && !isEnhancedStatusCode(code))
        return std::nullopt;

    CodeExplanation result;
    result.code = code.toString();
    const Entry *rfc = nullptr;
    if (basic) {
        for (const Entry &e : base().rfc) {
            if (e.code == code)
                rfc = &e;
        }
    } else {
        const QString generic = u"X"_s + code.mid(1);
        for (const Entry &e : base().rfc) {
            if (e.code == generic)
                rfc = &e;
        }
    }
    if (rfc) {
        result.source = rfc->source;
        result.title = pick(rfc->title, language);
        result.meaning = pick(rfc->meaning, language);
        result.cause = pick(rfc->cause, language);
        result.fix = pick(rfc->fix, language);
    } else if (!basic) {
        // Unregistered detail: fall back to class and subject.
        const qsizetype dot = code.indexOf(u'.', 2);
        result.source = u"class"_s;
        result.title = statusSubjectName(code.mid(2, dot - 2), language);
        result.meaning = statusClassName(code[0], language);
    }

    // Exchange overlays: the most specific match wins (exact code with text, exact code, range).
    const bool exchangeContext = vendor.startsWith(u"exchange") || replyText.contains(u"RESOLVER.") || replyText.contains(u"QUEUE.")
        || replyText.contains(u"STOREDRV") || replyText.contains(u"SMTPSEND") || replyText.contains(u"outlook.com");
    const Entry *best = nullptr;
    int bestScore = 0;
    for (const Entry &e : base().vendor) {
        if (rfc && !exchangeContext)
            break; // a code the RFCs define, in a non-Exchange report: the RFC meaning is the right one
        int score = 0;
        if (!e.code.isEmpty() && (e.code == code || (e.code.startsWith(u'X') && !basic && e.code.mid(1) == code.mid(1))))
            score = e.code.startsWith(u'X') ? 2 : 3;
        else if (!e.rangeFrom.isEmpty() && !basic && compareCodes(code, e.rangeFrom) >= 0 && compareCodes(code, e.rangeTo) <= 0
                 && code.count(u'.') == 2 && code.left(code.lastIndexOf(u'.')) == QStringView(e.rangeFrom).left(e.rangeFrom.lastIndexOf(u'.')))
            score = 1;
        if (score == 0)
            continue;
        if (e.textPattern.isValid() && !e.textPattern.pattern().isEmpty()) {
            if (!e.textPattern.matchView(replyText).hasMatch())
                continue;
            score += 4;
        }
        if (score > bestScore) {
            best = &e;
            bestScore = score;
        }
    }
    if (best) {
        result.source = best->source;
        if (!best->code.isEmpty() && !best->code.startsWith(u'X'))
            result.code = best->code;
        else if (!best->rangeFrom.isEmpty())
            result.code = best->rangeFrom + u'-' + best->rangeTo.mid(best->rangeTo.lastIndexOf(u'.') + 1);
        else
            result.code = code.toString();
        const QString title = pick(best->title, language);
        if (!title.isEmpty())
            result.title = title;
        const QString meaning = pick(best->meaning, language);
        if (!meaning.isEmpty())
            result.meaning = meaning;
        result.cause = pick(best->cause, language);
        result.fix = pick(best->fix, language);
    }
    if (result.title.isEmpty() && result.meaning.isEmpty())
        return std::nullopt;
    return result;
}

namespace Internal {

namespace {

QString alternation(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue v : items) {
        if (!v.toString().isEmpty())
            parts.append(v.toString());
    }
    return parts.join(u'|');
}

QJsonObject wordingRoot()
{
    QFile file(u":/knowledge/wording.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A case-insensitive Unicode pattern from the wording file; one that is empty or does not compile
// matches nothing, so a bad data file loses a rule rather than the decoder.
QRegularExpression wordingPattern(const QString &pattern)
{
    QRegularExpression r(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (pattern.isEmpty() || !r.isValid())
        r = QRegularExpression(u"(?!)"_s);
    r.optimize();
    return r;
}

} // namespace

const QList<WordingPattern> &wordingFamilies()
{
    static const QList<WordingPattern> families = [] {
        QList<WordingPattern> list;
        const QJsonObject root = wordingRoot();
        for (const QJsonValue v : root.value("families"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            const QString subjects = alternation(o.value("subjects"_L1).toArray());
            const QString predicates = alternation(o.value("predicates"_L1).toArray());
            const QString prefixes = alternation(o.value("prefixes"_L1).toArray());
            if (subjects.isEmpty() || predicates.isEmpty())
                continue;
            const bool words = o.value("boundaries"_L1).toBool(true);
            const int gap = qBound(0, o.value("gap"_L1).toInt(40), 200);
            const QString b = words ? u"\\b"_s : QString();
            // The gap stays inside one sentence (a dot inside a host name or address does not end one) and is bounded, so a match costs at most gap steps
            // per start position (no nested quantifiers, no catastrophic backtracking).
            const QString between = gap == 0 ? u"\\s+"_s : u"(?:[^.;!?。\\n]|[.](?=[^\\s.])){0,%1}?"_s.arg(gap);
            QString pattern = b + u"(?:"_s + subjects + u")"_s + between + b + u"(?:"_s + predicates + u")"_s + b;
            // Languages that put the predicate first as often ("ha excedido su cuota", "Échec de l'authentification").
            if (o.value("bothOrders"_L1).toBool(false))
                pattern += u"|"_s + b + u"(?:"_s + predicates + u")"_s + between + b + u"(?:"_s + subjects + u")"_s + b;
            if (!prefixes.isEmpty())
                pattern += u"|"_s + b + u"(?:"_s + prefixes + u")\\s+(?:(?!sender\\b|from\\b)\\w+(?:\\s+|'))?(?:"_s + subjects + u")"_s + b;
            QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            if (!re.isValid())
                continue;
            re.optimize();
            list.append({o.value("finding"_L1).toString(), re});
        }
        return list;
    }();
    return families;
}

const QRegularExpression &boilerplateLines()
{
    static const QRegularExpression re = wordingPattern(alternation(wordingRoot().value("boilerplate"_L1).toArray()));
    return re;
}

const QRegularExpression &delayNoticeWording()
{
    static const QRegularExpression re = [] {
        QRegularExpression r = wordingPattern(alternation(wordingRoot().value("delayNotices"_L1).toArray()));
        r.setPatternOptions(r.patternOptions() | QRegularExpression::MultilineOption);
        r.optimize();
        return r;
    }();
    return re;
}

const QRegularExpression &reasonListHeadings()
{
    static const QRegularExpression re = wordingPattern(wordingRoot().value("reasonLists"_L1).toString());
    return re;
}

} // namespace Internal

} // namespace Mailflow
