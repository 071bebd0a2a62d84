// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/versioninfo.h"

#include <QRegularExpression>
#include <QTest>

class TestVersionInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsLoadedLibraries()
    {
        const Mailflow::VersionInfo info = Mailflow::versionInfo();
        QCOMPARE(info.productName, QStringLiteral("Mailflow Workbench"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(info.product).hasMatch());
        QCOMPARE(info.qtRuntime, QString::fromLatin1(qVersion()));
        QVERIFY2(info.openSsl.startsWith(u"OpenSSL 3."), qPrintable(info.openSsl));
    }

    void textNamesEveryComponent()
    {
        const QString text = Mailflow::versionInfo().toText();
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"Mailflow Workbench "));
        QVERIFY(lines.at(1).startsWith(u"Qt 6."));
        QVERIFY(lines.at(2).startsWith(u"OpenSSL 3."));
    }
};

QTEST_GUILESS_MAIN(TestVersionInfo)
#include "tst_versioninfo.moc"
