// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/outcomecolors.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;

namespace {

qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(0x2a, 0x2e, 0x32) : QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, dark ? QColor(0x1b, 0x1e, 0x20) : Qt::white);
    return p;
}

} // namespace

class TestOutcomeColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalVersions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("TLS1.2") << u"TLS1.2"_s << u"TLS 1.2"_s;
        QTest::newRow("TLSv1.3") << u"TLSv1.3"_s << u"TLS 1.3"_s;
        QTest::newRow("TLSv1") << u"TLSv1"_s << u"TLS 1.0"_s;
        QTest::newRow("spaced") << u"TLS 1.1"_s << u"TLS 1.1"_s;
        QTest::newRow("schannel") << u"SP_PROT_TLS1_0_CLIENT"_s << u"TLS 1.0"_s;
        QTest::newRow("schannel 1.2") << u"SP_PROT_TLS1_2_SERVER"_s << u"TLS 1.2"_s;
        QTest::newRow("openssl enum") << u"TLS1_3"_s << u"TLS 1.3"_s;
        QTest::newRow("ssl3") << u"SSLv3"_s << u"SSL 3.0"_s;
        QTest::newRow("SSL3.0") << u"SSL3.0"_s << u"SSL 3.0"_s;
        QTest::newRow("none") << u"none"_s << u"none"_s;
        QTest::newRow("No TLS") << u"No TLS"_s << u"none"_s;
        QTest::newRow("empty") << QString() << u"none"_s;
        QTest::newRow("unknown") << u"QUIC"_s << u"QUIC"_s;
        QTest::newRow("TLS 2.0 unknown") << u"TLS 2.0"_s << u"TLS 2.0"_s;
    }

    void canonicalVersions()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalTlsVersion(input), canonical);
    }

    void readableOnLightAndDark()
    {
        for (bool dark : {false, true}) {
            const QPalette p = palette(dark);
            QCOMPARE(isDarkPalette(p), dark);
            QList<QColor> colors;
            for (Outcome o : {Outcome::Tls, Outcome::TlsFailed, Outcome::PlaintextFallback, Outcome::Delivered,
                              Outcome::Deferred, Outcome::Other})
                colors << outcomeColor(o, p);
            for (const QString &v : {u"TLS 1.3"_s, u"TLS 1.2"_s, u"TLS 1.1"_s, u"TLS 1.0"_s, u"SSL 3.0"_s})
                colors << tlsVersionColor(v, p);
            for (const QColor &c : std::as_const(colors))
                QVERIFY2(contrast(c, p.color(QPalette::Base)) >= 2.5, qPrintable(c.name() + (dark ? u" dark"_s : u" light"_s)));
            // the version colours and the failure colours are all different
            for (int i = 0; i < colors.size(); ++i)
                for (int j = i + 1; j < colors.size(); ++j)
                    QVERIFY2(colors[i] != colors[j], qPrintable(colors[i].name()));
        }
        QCOMPARE(tlsVersionColor(u"none", palette(false)), outcomeColor(Outcome::PlaintextFallback, palette(false)));
        QCOMPARE(tlsVersionColor(u"TLSv1.2", palette(true)), tlsVersionColor(u"TLS 1.2", palette(true)));
        QVERIFY(outcomeColor(Outcome::Tls, palette(true)) != outcomeColor(Outcome::Tls, palette(false)));
    }
};

QTEST_GUILESS_MAIN(TestOutcomeColors)
#include "tst_outcomecolors.moc"
