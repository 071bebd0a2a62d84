// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"
#include "widgets/statuspill.h"

#include <QHBoxLayout>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;

class TestStatusPill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void colours()
    {
        StatusPill pill(u"closed"_s, Outcome::TlsFailed);
        QCOMPARE(pill.color(), outcomeColor(Outcome::TlsFailed, pill.palette()));
        QCOMPARE(pill.accessibleName(), u"closed"_s);
        pill.setTlsVersion(u"TLSv1.3"_s);
        QCOMPARE(pill.color(), tlsVersionColor(u"TLS 1.3", pill.palette()));
        pill.setColor(QColor(Qt::yellow));
        QCOMPARE(pill.textColor(), QColor(Qt::black));
        pill.setColor(QColor(0x20, 0x20, 0x60));
        QCOMPARE(pill.textColor(), QColor(Qt::white));
        QVERIFY(pill.sizeHint().width() > pill.fontMetrics().horizontalAdvance(u"closed"_s));
    }

    void elidesInTheMiddle()
    {
        const QString host = u"contoso-com.mail.protection.outlook.com"_s;
        ElidingLabel label(host);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        label.resize(label.sizeHint());
        QVERIFY(!label.isElided());
        QVERIFY(label.toolTip().isEmpty());
        label.resize(label.fontMetrics().horizontalAdvance(host) / 2, label.height());
        QVERIFY(label.isElided());
        QVERIFY(label.text().startsWith(u"contoso"_s));
        QVERIFY(label.text().endsWith(u".com"_s));
        QVERIFY(label.text().contains(u'…'));
        QCOMPARE(label.toolTip(), host);
        QCOMPARE(label.fullText(), host);
    }

    void screenshot()
    {
        QWidget w;
        auto *layout = new QVBoxLayout(&w);
        auto *row = new QHBoxLayout;
        for (const QString &v : {u"TLS 1.3"_s, u"TLS 1.2"_s, u"TLS 1.1"_s, u"TLS 1.0"_s, u"SSL 3.0"_s}) {
            auto *pill = new StatusPill;
            pill->setText(v);
            pill->setTlsVersion(v);
            row->addWidget(pill);
        }
        row->addStretch();
        layout->addLayout(row);
        auto *row2 = new QHBoxLayout;
        row2->addWidget(new StatusPill(u"TLS failed"_s, Outcome::TlsFailed));
        row2->addWidget(new StatusPill(u"plaintext"_s, Outcome::PlaintextFallback));
        row2->addWidget(new StatusPill(u"delivered"_s, Outcome::Delivered));
        row2->addWidget(new StatusPill(u"deferred"_s, Outcome::Deferred));
        row2->addWidget(new StatusPill(u"other"_s, Outcome::Other));
        row2->addStretch();
        layout->addLayout(row2);
        layout->addWidget(new ElidingLabel(u"C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\Logs\\Hub\\ProtocolLog\\SmtpSend\\SEND2021011116-1.LOG"_s));
        w.resize(420, 110);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!saveWidgetScreenshot(&w, u"statuspill"_s).isNull());
    }
};

QTEST_MAIN(TestStatusPill)
#include "tst_statuspill.moc"
