// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QTableView>

#include <set>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

namespace {

template<typename Sink>
bool writeCsv(const QAbstractItemModel *model, const CsvOptions &options, Sink &&sink)
{
    if (!model)
        return false;
    QList<int> columns = options.columns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            columns << c;
    }
    QString record;
    const auto flush = [&] {
        record += u"\r\n"_s;
        const bool ok = sink(record);
        record.clear();
        return ok;
    };
    if (options.header) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                record += u',';
            record += csvField(model->headerData(columns[i], Qt::Horizontal, Qt::DisplayRole).toString());
        }
        if (!flush())
            return false;
    }
    const auto writeRow = [&](int row) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                record += u',';
            record += csvField(model->index(row, columns[i]).data(Qt::DisplayRole).toString());
        }
        return flush();
    };
    if (options.rows.isEmpty()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!writeRow(row))
                return false;
        }
    } else {
        for (int row : options.rows) {
            if (row >= 0 && row < model->rowCount() && !writeRow(row))
                return false;
        }
    }
    return true;
}

} // namespace

bool exportModelToCsv(const QAbstractItemModel *model, QIODevice *device, const CsvOptions &options)
{
    if (!model || !device || !device->isWritable())
        return false;
    if (options.byteOrderMark && device->write("\xEF\xBB\xBF", 3) != 3)
        return false;
    return writeCsv(model, options, [device](const QString &record) {
        const QByteArray bytes = record.toUtf8();
        return device->write(bytes) == bytes.size();
    });
}

QString modelToCsv(const QAbstractItemModel *model, const CsvOptions &options)
{
    QString out;
    writeCsv(model, options, [&out](const QString &record) {
        out += record;
        return true;
    });
    return out;
}

TableCsvActions::TableCsvActions(QTableView *view, const QString &suggestedFileName)
    : QObject(view)
    , m_view(view)
    , m_copy(new QAction(view))
    , m_export(new QAction(view))
    , m_suggestedFileName(suggestedFileName)
{
    m_copy->setObjectName(u"actionCopyCsv"_s);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setObjectName(u"actionExportCsv"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &TableCsvActions::copy);
    connect(m_export, &QAction::triggered, this, &TableCsvActions::exportDialog);
    view->installEventFilter(this);
    retranslate();
}

TableCsvActions *TableCsvActions::install(QTableView *view, const QString &suggestedFileName)
{
    auto *actions = new TableCsvActions(view, suggestedFileName);
    view->addAction(actions->m_copy);
    view->addAction(actions->m_export);
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return actions;
}

QList<int> TableCsvActions::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    const int count = m_view->model() ? m_view->model()->columnCount() : 0;
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !m_view->isColumnHidden(logical))
            columns << logical;
    }
    return columns;
}

QString TableCsvActions::selectionAsCsv() const
{
    CsvOptions options;
    options.columns = visibleColumns();
    if (const QItemSelectionModel *selection = m_view->selectionModel(); selection && selection->hasSelection()) {
        std::set<int> rows;
        for (const QModelIndex &index : selection->selectedIndexes())
            rows.insert(index.row());
        options.rows.assign(rows.begin(), rows.end());
    }
    return modelToCsv(m_view->model(), options);
}

bool TableCsvActions::exportTo(const QString &fileName, QString *errorMessage) const
{
    QSaveFile file(fileName);
    CsvOptions options;
    options.columns = visibleColumns();
    options.byteOrderMark = true;
    if (!file.open(QIODevice::WriteOnly) || !exportModelToCsv(m_view->model(), &file, options) || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

void TableCsvActions::copy()
{
    if (!m_view->model())
        return;
    auto *mime = new QMimeData;
    const QString csv = selectionAsCsv();
    mime->setText(csv);
    mime->setData(u"text/csv"_s, csv.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
}

void TableCsvActions::exportDialog()
{
    if (!m_view->model())
        return;
    const QString fileName = QFileDialog::getSaveFileName(m_view, tr("Export as CSV"),
                                                          m_suggestedFileName.isEmpty() ? tr("table.csv") : m_suggestedFileName,
                                                          tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportTo(fileName, &error))
        QMessageBox::warning(m_view, tr("Export as CSV"), tr("Could not write %1: %2").arg(fileName, error));
}

void TableCsvActions::retranslate()
{
    m_copy->setText(tr("Copy as &CSV"));
    m_copy->setToolTip(tr("Copy the selected rows (or all rows) as CSV (Ctrl+Shift+C)"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Save all rows of this table as a CSV file (Ctrl+Shift+E)"));
}

bool TableCsvActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Mailflow::Workbench
