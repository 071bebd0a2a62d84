// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;
using KSyntaxHighlighting::Theme;

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && QByteArrayView(context.category).startsWith("kf.syntaxhighlighting"))
        g_warnings << message;
    g_previousHandler(type, context, message);
}

// Records the format of every span, as KSyntaxHighlighting's own highlighter tests do.
class Recorder : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };

    // Highlights @p lines one after another (state carried over) and returns the spans of the last.
    QList<Span> highlightLast(const QStringList &lines)
    {
        KSyntaxHighlighting::State state;
        for (const QString &line : lines) {
            m_spans.clear();
            state = highlightLine(line, state);
        }
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_spans.append({offset, length, format});
    }

private:
    QList<Span> m_spans;
};

// The format names covering [from, from + length) of a highlighted line, one per character.
QStringList formatsOf(const QList<Recorder::Span> &spans, int from, int length)
{
    QStringList names;
    for (int i = from; i < from + length; ++i) {
        QString name = u"<none>"_s;
        for (const Recorder::Span &span : spans) {
            if (i >= span.offset && i < span.offset + span.length)
                name = span.format.name();
        }
        names << name;
    }
    names.removeDuplicates();
    return names;
}

} // namespace

class TestSyntaxDefinitions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(recordWarnings);
        QVERIFY(syntaxRepository().customSearchPaths().contains(syntaxSearchPath()));
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void definitionsLoadFromResources_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("formats");
        QTest::newRow("exchange") << exchangeProtocolLogSyntax() << u":/mailflow/syntax/exchange-protocol-log.xml"_s
                                  << QStringList{u"Header"_s, u"Timestamp"_s, u"Connector"_s, u"Session"_s, u"Sequence"_s,
                                                 u"Endpoint"_s, u"Event Sent"_s, u"Event Received"_s, u"Event Info"_s};
        QTest::newRow("smtp") << smtpDialogueSyntax() << u":/mailflow/syntax/smtp-dialogue.xml"_s
                              << QStringList{u"Command"_s, u"Reply Success"_s, u"Reply Transient"_s, u"Reply Permanent"_s,
                                             u"TLS Failure"_s, u"TLS Legacy"_s, u"TLS Modern"_s, u"Cipher"_s,
                                             u"Certificate"_s};
    }

    void definitionsLoadFromResources()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        QFETCH(QStringList, formats);
        QVERIFY(QFile::exists(file));
        const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForName(name);
        QVERIFY2(definition.isValid(), qPrintable(name));
        QCOMPARE(definition.filePath(), file);
        QStringList names;
        for (const KSyntaxHighlighting::Format &format : definition.formats())
            names << format.name();
        for (const QString &format : formats)
            QVERIFY2(names.contains(format), qPrintable(format));
        // Loading the definition fully (all contexts and rules) reports broken rules as warnings.
        g_warnings.clear();
        Recorder recorder;
        recorder.setDefinition(definition);
        recorder.highlightLast({u"x"_s});
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }

    // The elements and attributes KSyntaxHighlighting's language.xsd allows for what we use,
    // plus its value rules (defStyleNum names, one-character char, boolean flags).
    void conformsToLanguageSchema_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("exchange") << u":/mailflow/syntax/exchange-protocol-log.xml"_s;
        QTest::newRow("smtp") << u":/mailflow/syntax/smtp-dialogue.xml"_s;
    }

    void conformsToLanguageSchema()
    {
        QFETCH(QString, file);
        const QStringList common = {u"attribute"_s, u"context"_s, u"beginRegion"_s, u"endRegion"_s, u"lookAhead"_s,
                                    u"firstNonSpace"_s, u"column"_s};
        const QHash<QString, QStringList> allowed = {
            {u"language"_s, {u"name"_s, u"section"_s, u"extensions"_s, u"version"_s, u"kateversion"_s, u"style"_s, u"mimetype"_s,
                             u"casesensitive"_s, u"priority"_s, u"author"_s, u"license"_s, u"indenter"_s, u"hidden"_s}},
            {u"highlighting"_s, {}}, {u"general"_s, {}}, {u"contexts"_s, {}}, {u"itemDatas"_s, {}},
            {u"list"_s, {u"name"_s}}, {u"item"_s, {}},
            {u"keywords"_s, {u"casesensitive"_s, u"weakDeliminator"_s, u"additionalDeliminator"_s, u"wordWrapDeliminator"_s}},
            {u"context"_s, {u"name"_s, u"attribute"_s, u"lineEndContext"_s, u"lineEmptyContext"_s, u"fallthrough"_s,
                            u"fallthroughContext"_s, u"dynamic"_s, u"noIndentationBasedFolding"_s}},
            {u"keyword"_s, common + QStringList{u"insensitive"_s, u"String"_s, u"weakDeliminator"_s, u"additionalDeliminator"_s}},
            {u"DetectChar"_s, common + QStringList{u"char"_s, u"dynamic"_s}},
            {u"AnyChar"_s, common + QStringList{u"String"_s}},
            {u"WordDetect"_s, common + QStringList{u"String"_s, u"insensitive"_s}},
            {u"StringDetect"_s, common + QStringList{u"String"_s, u"insensitive"_s, u"dynamic"_s}},
            {u"RegExpr"_s, common + QStringList{u"String"_s, u"insensitive"_s, u"minimal"_s, u"dynamic"_s}},
            {u"DetectSpaces"_s, common},
            {u"IncludeRules"_s, {u"context"_s, u"includeAttrib"_s}},
            {u"itemData"_s, {u"name"_s, u"defStyleNum"_s, u"color"_s, u"selColor"_s, u"italic"_s, u"bold"_s, u"underline"_s,
                             u"strikeOut"_s, u"backgroundColor"_s, u"selBackgroundColor"_s, u"spellChecking"_s}},
        };
        const QStringList required = {u"name"_s, u"section"_s, u"extensions"_s, u"version"_s, u"kateversion"_s};
        const QStringList booleans = {u"casesensitive"_s, u"insensitive"_s, u"bold"_s, u"italic"_s, u"lookAhead"_s,
                                      u"firstNonSpace"_s, u"minimal"_s, u"dynamic"_s};
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList contextNames;
        QStringList itemNames;
        QStringList usedAttributes;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (!xml.isStartElement())
                continue;
            const QString element = xml.name().toString();
            QVERIFY2(allowed.contains(element), qPrintable(element));
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QString name = a.name().toString();
                QVERIFY2(allowed[element].contains(name), qPrintable(element + u'@' + name));
                if (booleans.contains(name))
                    QVERIFY2(QStringList({u"0"_s, u"1"_s, u"true"_s, u"false"_s}).contains(a.value()), qPrintable(element + u'@' + name));
                if (name == "char"_L1)
                    QCOMPARE(a.value().size(), 1);
                if (name == "column"_L1 || name == "version"_L1)
                    QVERIFY(a.value().toString().toInt() >= 0);
            }
            if (element == "language"_L1) {
                for (const QString &name : required)
                    QVERIFY2(xml.attributes().hasAttribute(name), qPrintable(name));
            } else if (element == "context"_L1) {
                QVERIFY(xml.attributes().hasAttribute(u"attribute"_s) && xml.attributes().hasAttribute(u"lineEndContext"_s));
                contextNames << xml.attributes().value(u"name"_s).toString();
                usedAttributes << xml.attributes().value(u"attribute"_s).toString();
            } else if (element == "itemData"_L1) {
                static const QStringList styles = {u"dsNormal"_s, u"dsKeyword"_s, u"dsFunction"_s, u"dsVariable"_s,
                    u"dsControlFlow"_s, u"dsOperator"_s, u"dsBuiltIn"_s, u"dsExtension"_s, u"dsPreprocessor"_s,
                    u"dsAttribute"_s, u"dsChar"_s, u"dsSpecialChar"_s, u"dsString"_s, u"dsVerbatimString"_s,
                    u"dsSpecialString"_s, u"dsImport"_s, u"dsDataType"_s, u"dsDecVal"_s, u"dsBaseN"_s, u"dsFloat"_s,
                    u"dsConstant"_s, u"dsComment"_s, u"dsDocumentation"_s, u"dsAnnotation"_s, u"dsCommentVar"_s,
                    u"dsRegionMarker"_s, u"dsInformation"_s, u"dsWarning"_s, u"dsAlert"_s, u"dsOthers"_s, u"dsError"_s};
                QVERIFY2(styles.contains(xml.attributes().value(u"defStyleNum"_s).toString()), qPrintable(xml.attributes().value(u"name"_s).toString()));
                itemNames << xml.attributes().value(u"name"_s).toString();
            } else if (xml.attributes().hasAttribute(u"attribute"_s)) {
                usedAttributes << xml.attributes().value(u"attribute"_s).toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(QSet<QString>(contextNames.begin(), contextNames.end()).size(), contextNames.size());
        // every attribute a rule names exists, and every itemData is used
        for (const QString &used : std::as_const(usedAttributes))
            QVERIFY2(itemNames.contains(used), qPrintable(used));
        for (const QString &item : std::as_const(itemNames))
            QVERIFY2(usedAttributes.contains(item), qPrintable(item));
    }

    void exchangeIncludesSmtp()
    {
        const auto definition = syntaxRepository().definitionForName(exchangeProtocolLogSyntax());
        QStringList included;
        for (const auto &d : definition.includedDefinitions())
            included << d.name();
        QVERIFY(included.contains(smtpDialogueSyntax()));
    }

    void highlights_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QStringList>("context"); // lines before the one under test
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("needle"); // [[…]] marks the part to check
        QTest::addColumn<QString>("format");

        const QString ex = exchangeProtocolLogSyntax();
        const QString fields = u"#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context"_s;
        QTest::newRow("header key") << ex << QStringList() << fields << u"#[[Fields:]]"_s << u"Header Key"_s;
        QTest::newRow("header rest") << ex << QStringList() << fields << u"[[date-time,connector-id]]"_s << u"Header"_s;

        const QString banner = u"2021-01-11T16:43:14.969Z,Connector2Fabrikam,08D8B64FC6449F2A,3,,,<,”220 BN3USG02FT012.mail.protection.office365.us Microsoft ESMTP MAIL Service ready at Mon, 11 Jan 2021 17:43:14 +0100″,"_s;
        QTest::newRow("timestamp") << ex << QStringList{fields} << banner << u"[[2021-01-11T16:43:14.969Z]]"_s << u"Timestamp"_s;
        QTest::newRow("connector") << ex << QStringList{fields} << banner << u",[[Connector2Fabrikam]],"_s << u"Connector"_s;
        QTest::newRow("session") << ex << QStringList{fields} << banner << u",[[08D8B64FC6449F2A]],"_s << u"Session"_s;
        QTest::newRow("sequence") << ex << QStringList{fields} << banner << u",[[3]],"_s << u"Sequence"_s;
        QTest::newRow("received") << ex << QStringList{fields} << banner << u",[[<]],"_s << u"Event Received"_s;
        QTest::newRow("banner 220") << ex << QStringList{fields} << banner << u"”[[220]] "_s << u"Reply Success"_s;

        const QString ehlo = u"2021-01-11T16:43:14.969Z,Connector2Fabrikam,08D8B64FC6449F2A,4,,,>,EHLO exc16.contoso.com,"_s;
        QTest::newRow("sent") << ex << QStringList() << ehlo << u",[[>]],"_s << u"Event Sent"_s;
        QTest::newRow("EHLO") << ex << QStringList() << ehlo << u",[[EHLO]] "_s << u"Command"_s;
        QTest::newRow("host not a command") << ex << QStringList() << ehlo << u"[[exc16.contoso.com]]"_s << u"Normal Text"_s;

        const QString caps = u"2021-01-11T16:43:15.012Z,Connector2Fabrikam,08D8B64FC6449F2A,5,,,<,250 BN3USG02FT012.mail.protection.office365.us Hello [] SIZE 37748736 PIPELINING DSN ENHANCEDSTATUSCODES STARTTLS X-ANONYMOUSTLS AUTH NTLM,"_s;
        QTest::newRow("250") << ex << QStringList() << caps << u",[[250]] "_s << u"Reply Success"_s;
        QTest::newRow("STARTTLS offered") << ex << QStringList() << caps << u" [[STARTTLS]] "_s << u"Extension"_s;
        QTest::newRow("SIZE number not a code") << ex << QStringList() << caps << u"[[37748736]]"_s << u"Normal Text"_s;

        const QString endpoints = u"2023-01-11T16:59:51.123Z,EXCH\\Default Frontend EXCH,08DAF3C0A1B2C3D4,12,10.0.0.5:25,10.0.0.9:41234,*,,\"TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_128 with strength 128 bits, MAC hash algorithm CALG_SHA_256 with strength 0 bits and key exchange algorithm CALG_ECDH_EPHEM with strength 256 bits\""_s;
        QTest::newRow("connector with spaces") << ex << QStringList() << endpoints << u"[[EXCH\\Default Frontend EXCH]]"_s << u"Connector"_s;
        QTest::newRow("local endpoint") << ex << QStringList() << endpoints << u"[[10.0.0.5:25]]"_s << u"Endpoint"_s;
        QTest::newRow("remote endpoint") << ex << QStringList() << endpoints << u"[[10.0.0.9:41234]]"_s << u"Endpoint"_s;
        QTest::newRow("info event") << ex << QStringList() << endpoints << u",[[*]],"_s << u"Event Info"_s;
        QTest::newRow("TLS 1.2 token") << ex << QStringList() << endpoints << u"[[SP_PROT_TLS1_2_SERVER]]"_s << u"TLS Modern"_s;
        QTest::newRow("TLS success") << ex << QStringList() << endpoints << u"[[negotiation succeeded]]"_s << u"TLS Success"_s;
        QTest::newRow("CALG") << ex << QStringList() << endpoints << u"[[CALG_ECDH_EPHEM]]"_s << u"Cipher"_s;

        const QString legacy = u"2021-01-11T16:43:15.016Z,Outbound to Office 365,08D8B64FC6449F2C,9,10.0.0.5:41000,52.101.0.1:25,*,,\"TLS protocol SP_PROT_TLS1_0_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA1 with strength 160 bits and key exchange algorithm CALG_ECDHE with strength 256 bits\""_s;
        QTest::newRow("TLS 1.0 token") << ex << QStringList() << legacy << u"[[SP_PROT_TLS1_0_CLIENT]]"_s << u"TLS Legacy"_s;

        const QString failed = u"2021-01-11T16:43:15.043Z,Connector2Fabrikam,08D8B64FC6449F2A,9,,,*,,TLS negotiation failed with error SocketError"_s;
        QTest::newRow("TLS failure") << ex << QStringList() << failed << u"[[TLS negotiation failed with error SocketError]]"_s << u"TLS Failure"_s;
        const QString cert = u"2021-01-11T16:43:15.016Z,Connector2Fabrikam,08D8B64FC6449F2A,8,,,*,” CN=mail.contoso.com CN=R3, O=Let’s Encrypt, C=US 03C6CCE6D57C1D2DA908BF69EBD10963AE74,Sending certificate Subject Issuer name Serial number Thumbprint Not before Not after Subject alternate names"_s;
        QTest::newRow("certificate") << ex << QStringList() << cert << u"[[Sending certificate]]"_s << u"Certificate"_s;
        QTest::newRow("DN key") << ex << QStringList() << cert << u" [[CN=]]mail"_s << u"Certificate"_s;

        const QString reject = u"2021-01-11T17:02:01.100Z,EXCH\\Default Frontend EXCH,08D8B64FC6449F3A,7,10.0.0.5:25,10.0.0.9:41234,>,451 5.7.3 Must issue a STARTTLS command first,"_s;
        QTest::newRow("451 transient") << ex << QStringList() << reject << u",[[451]] "_s << u"Reply Transient"_s;
        QTest::newRow("5.7.3 permanent class") << ex << QStringList() << reject << u" [[5.7.3]] "_s << u"Reply Permanent"_s;
        QTest::newRow("STARTTLS required") << ex << QStringList() << reject << u"[[Must issue a STARTTLS command first]]"_s << u"TLS Failure"_s;
        const QString dropped = u"2021-01-11T17:02:01.100Z,Outbound to Office 365,08D8B64FC6449F3B,4,,,<,421 4.4.2 Connection dropped due to SocketError,"_s;
        QTest::newRow("421") << ex << QStringList() << dropped << u",[[421]] "_s << u"Reply Transient"_s;
        QTest::newRow("4.4.2") << ex << QStringList() << dropped << u" [[4.4.2]] "_s << u"Reply Transient"_s;
        const QString disconnect = u"2021-01-11T17:02:01.200Z,Outbound to Office 365,08D8B64FC6449F3B,5,,,-,,Remote"_s;
        QTest::newRow("disconnect") << ex << QStringList() << disconnect << u",[[-]],"_s << u"Event Disconnect"_s;
        const QString queued = u"2021-01-11T16:43:18.300Z,Connector2Fabrikam,08D8B64FC6449F2B,12,,,<,”250 2.6.0 <5149fa60b89741cfaf6e05d5767776a9@contoso.com> [InternalId=171798691842, Hostname=BN3USG02FT012.mail.protection.office365.us] 4228 bytes in 2.816, 1.466 KB/sec Queued mail for delivery”,"_s;
        QTest::newRow("2.6.0") << ex << QStringList() << queued << u" [[2.6.0]] "_s << u"Reply Success"_s;
        QTest::newRow("rate not a code") << ex << QStringList() << queued << u"[[2.816]]"_s << u"Normal Text"_s;

        const QString smtp = smtpDialogueSyntax();
        QTest::newRow("C:") << smtp << QStringList() << u"C: EHLO probe.example"_s << u"[[C:]]"_s << u"Client"_s;
        QTest::newRow("C: EHLO") << smtp << QStringList() << u"C: EHLO probe.example"_s << u"[[EHLO]]"_s << u"Command"_s;
        QTest::newRow("S: 250-") << smtp << QStringList() << u"S: 250-STARTTLS"_s << u"[[250]]"_s << u"Reply Success"_s;
        QTest::newRow("S: 250-STARTTLS") << smtp << QStringList() << u"S: 250-STARTTLS"_s << u"-[[STARTTLS]]"_s << u"Extension"_s;
        QTest::newRow("timestamp [..]") << smtp << QStringList() << u"[2026-11-28 01:02:03.456] S: 421 4.7.0 Too many connections"_s
                                        << u"[[[2026-11-28 01:02:03.456]]]"_s << u"Timestamp"_s;
        QTest::newRow("S: 421") << smtp << QStringList() << u"[2026-11-28 01:02:03.456] S: 421 4.7.0 Too many connections"_s
                                << u" [[421]] "_s << u"Reply Transient"_s;
        QTest::newRow("4.7.0") << smtp << QStringList() << u"[2026-11-28 01:02:03.456] S: 421 4.7.0 Too many connections"_s
                               << u" [[4.7.0]] "_s << u"Reply Transient"_s;
        QTest::newRow("elapsed timestamp") << smtp << QStringList() << u"+0.125s C: STARTTLS"_s << u"[[+0.125s]]"_s << u"Timestamp"_s;
        QTest::newRow("C: STARTTLS") << smtp << QStringList() << u"01:02:03.456 C: STARTTLS"_s << u"[[STARTTLS]]"_s << u"Command"_s;
        QTest::newRow("S: 550") << smtp << QStringList() << u"S: 550 5.7.1 Unable to relay"_s << u"[[550]]"_s << u"Reply Permanent"_s;
        QTest::newRow("S: 354") << smtp << QStringList() << u"S: 354 Start mail input"_s << u"[[354]]"_s << u"Reply Intermediate"_s;
        QTest::newRow("MAIL FROM:") << smtp << QStringList() << u"C: MAIL FROM:<a@example.com> SIZE=100"_s << u"[[FROM:]]"_s << u"Parameter"_s;
        QTest::newRow("address") << smtp << QStringList() << u"C: MAIL FROM:<a@example.com> SIZE=100"_s << u"[[<a@example.com>]]"_s << u"Address"_s;
        QTest::newRow("TLSv1.3") << smtp << QStringList() << u"TLS: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384"_s << u"[[TLSv1.3]]"_s << u"TLS Modern"_s;
        QTest::newRow("IANA cipher") << smtp << QStringList() << u"TLS: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384"_s << u"[[TLS_AES_256_GCM_SHA384]]"_s << u"Cipher"_s;
        QTest::newRow("OpenSSL cipher") << smtp << QStringList() << u"TLS 1.2 ECDHE-RSA-AES256-GCM-SHA384"_s << u"[[ECDHE-RSA-AES256-GCM-SHA384]]"_s << u"Cipher"_s;
        QTest::newRow("TLS 1.0 closed") << smtp << QStringList() << u"TLS 1.0: closed without alert (FIN)"_s << u"[[TLS 1.0]]"_s << u"TLS Legacy"_s;
        QTest::newRow("FIN failure") << smtp << QStringList() << u"TLS 1.0: closed without alert (FIN)"_s << u"[[closed without alert]]"_s << u"TLS Failure"_s;
        QTest::newRow("TLSv1 alone") << smtp << QStringList() << u"Protocol  : TLSv1"_s << u"[[TLSv1]]"_s << u"TLS Legacy"_s;
        QTest::newRow("bare 421") << smtp << QStringList() << u"421 4.4.2 Connection dropped due to SocketError"_s << u"[[421]]"_s << u"Reply Transient"_s;
        QTest::newRow("bare SocketError") << smtp << QStringList() << u"421 4.4.2 Connection dropped due to SocketError"_s << u"[[SocketError]]"_s << u"TLS Failure"_s;
        QTest::newRow("quoted code") << smtp << QStringList() << u"Remote Server returned '550 5.7.64 TenantAttribution; Relay Access Denied'"_s << u"'[[550]]"_s << u"Reply Permanent"_s;
        QTest::newRow("LED chain") << smtp << QStringList() << u"[{LED=451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to SocketError};{MSG=}]"_s << u"LED=[[451]]"_s << u"Reply Transient"_s;
        QTest::newRow("IP not a code") << smtp << QStringList() << u"{IP=10.4.5.6}"_s << u"[[10.4.5.6]]"_s << u"Normal Text"_s;
        QTest::newRow("swaks arrow") << smtp << QStringList() << u" -> EHLO client.example"_s << u"[[->]]"_s << u"Client"_s;
        QTest::newRow("swaks reply") << smtp << QStringList() << u"<~  250 2.0.0 OK"_s << u"[[250]]"_s << u"Reply Success"_s;
        QTest::newRow("swaks info") << smtp << QStringList() << u"=== Connected to 10.0.0.1."_s << u"[[=== Connected]]"_s << u"Comment"_s;
        QTest::newRow("lowercase text not command") << smtp << QStringList() << u"Data was queued"_s << u"[[Data]]"_s << u"Normal Text"_s;
    }

    void highlights()
    {
        QFETCH(QString, definition);
        QFETCH(QStringList, context);
        QFETCH(QString, line);
        QFETCH(QString, needle);
        QFETCH(QString, format);
        const qsizetype open = needle.indexOf(u"[["_s);
        const qsizetype close = needle.indexOf(u"]]"_s, open + 2);
        QVERIFY(open >= 0 && close > open);
        const QString plain = QString(needle).remove(close, 2).remove(open, 2);
        const qsizetype at = line.indexOf(plain);
        QVERIFY2(at >= 0, qPrintable(plain));
        Recorder recorder;
        recorder.setDefinition(syntaxRepository().definitionForName(definition));
        recorder.setTheme(syntaxRepository().defaultTheme());
        const QList<Recorder::Span> spans = recorder.highlightLast(context + QStringList{line});
        QCOMPARE(formatsOf(spans, int(at + open), int(close - open - 2)), QStringList{format});
    }

    void stylesAreSemantic()
    {
        const auto smtp = syntaxRepository().definitionForName(smtpDialogueSyntax());
        QHash<QString, Theme::TextStyle> styles;
        for (const auto &format : smtp.formats())
            styles.insert(format.name(), format.textStyle());
        QCOMPARE(styles.value(u"Reply Transient"_s), Theme::Warning);
        QCOMPARE(styles.value(u"Reply Permanent"_s), Theme::Error);
        QCOMPARE(styles.value(u"TLS Failure"_s), Theme::Alert);
        QCOMPARE(styles.value(u"TLS Legacy"_s), Theme::Warning);
        QCOMPARE(styles.value(u"Reply Success"_s), Theme::Others);
    }

    void wholeSampleLogHighlightsWithoutWarnings()
    {
        QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/workbench/widgets/send-log.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        g_warnings.clear();
        Recorder recorder;
        recorder.setDefinition(syntaxRepository().definitionForName(exchangeProtocolLogSyntax()));
        recorder.setTheme(syntaxRepository().defaultTheme());
        recorder.highlightLast(lines);
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSyntaxDefinitions)
#include "tst_syntaxdefinitions.moc"
