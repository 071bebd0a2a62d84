// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode/decoderesult.h"
#include <QTest>
class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
