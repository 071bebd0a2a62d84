// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/csvexport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mailflow::Workbench;

namespace {

void fill(QStandardItemModel &model)
{
    model.setHorizontalHeaderLabels({u"Connector"_s, u"Reply"_s, u"Sessions"_s});
    model.appendRow({new QStandardItem(u"Outbound to Office 365"_s),
                     new QStandardItem(u"451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped"_s),
                     new QStandardItem(u"13"_s)});
    model.appendRow({new QStandardItem(u"EXCH\\Default Frontend EXCH"_s),
                     new QStandardItem(u"220 EXCH Microsoft ESMTP MAIL Service ready at Wed, 11 Jan 2023 16:59:51 +0100"_s),
                     new QStandardItem(u"2"_s)});
    model.appendRow({new QStandardItem(u"Partner \"Fabrikam\""_s), new QStandardItem(u"line one\nline two"_s),
                     new QStandardItem(u"Grüße"_s)});
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"mx.example.net"_s << u"mx.example.net"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("leading space") << u" a"_s << u"\" a\""_s;
        QTest::newRow("event +") << u"+"_s << u"+"_s;
    }

    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
    }

    void exactExport()
    {
        QStandardItemModel model;
        QAbstractItemModelTester tester(&model);
        fill(model);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(exportModelToCsv(&model, &buffer));
        const QByteArray expected = "Connector,Reply,Sessions\r\n"
                                    "Outbound to Office 365,451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped,13\r\n"
                                    "EXCH\\Default Frontend EXCH,\"220 EXCH Microsoft ESMTP MAIL Service ready at Wed, 11 Jan 2023 16:59:51 +0100\",2\r\n"
                                    "\"Partner \"\"Fabrikam\"\"\",\"line one\nline two\",Gr\xC3\xBC\xC3\x9F" "e\r\n";
        QCOMPARE(buffer.data(), expected);
        QCOMPARE(modelToCsv(&model).toUtf8(), expected);
    }

    void optionsSelectColumnsRowsAndBom()
    {
        QStandardItemModel model;
        fill(model);
        CsvOptions options;
        options.columns = {2, 0};
        options.rows = {2, 0, 99};
        options.header = false;
        QCOMPARE(modelToCsv(&model, options), u"Grüße,\"Partner \"\"Fabrikam\"\"\"\r\n13,Outbound to Office 365\r\n"_s);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        options.byteOrderMark = true;
        QVERIFY(exportModelToCsv(&model, &buffer, options));
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF" "Gr"));
    }

    void failsClearly()
    {
        QStandardItemModel model;
        fill(model);
        QBuffer closed;
        QVERIFY(!exportModelToCsv(&model, &closed));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(!exportModelToCsv(nullptr, &buffer));
        QVERIFY(!exportModelToCsv(&model, nullptr));
    }

    void tableActionsExportWhatTheViewShows()
    {
        QStandardItemModel model;
        fill(model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.sortByColumn(2, Qt::AscendingOrder);
        view.setSortingEnabled(true);
        view.setColumnHidden(1, true);
        view.horizontalHeader()->moveSection(2, 0); // Sessions first
        auto *actions = TableCsvActions::install(&view, u"sessions.csv"_s);
        QVERIFY(view.actions().contains(actions->copyAction()));
        QVERIFY(view.actions().contains(actions->exportAction()));
        QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(actions->copyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QVERIFY(!actions->copyAction()->toolTip().isEmpty());

        // nothing selected: all rows, sorted as shown, visible columns in visual order
        QCOMPARE(actions->selectionAsCsv(),
                 u"Sessions,Connector\r\n13,Outbound to Office 365\r\n2,EXCH\\Default Frontend EXCH\r\nGrüße,\"Partner \"\"Fabrikam\"\"\"\r\n"_s);
        view.selectRow(1);
        QCOMPARE(actions->selectionAsCsv(), u"Sessions,Connector\r\n2,EXCH\\Default Frontend EXCH\r\n"_s);
        actions->copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), u"Sessions,Connector\r\n2,EXCH\\Default Frontend EXCH\r\n"_s);

        QTemporaryDir dir;
        const QString file = dir.filePath(u"out.csv"_s);
        QVERIFY(actions->exportTo(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "Sessions,Connector\r\n13,"));
        QCOMPARE(bytes.count("\r\n"), 4);
        QString error;
        QVERIFY(!actions->exportTo(dir.filePath(u"no/such/dir/out.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
