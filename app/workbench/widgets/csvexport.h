// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAbstractItemModel;
class QAction;
class QIODevice;
class QTableView;

namespace Mailflow::Workbench {

/// One CSV field as RFC 4180 wants it: quoted (with doubled quotes) when it contains a comma,
/// a double quote, CR or LF, or starts or ends with a space; otherwise unchanged.
QString csvField(const QString &text);

struct CsvOptions
{
    QList<int> columns;        ///< columns to write, in this order; empty: all, left to right
    QList<int> rows;           ///< rows to write, in this order; empty: all, top to bottom
    bool header = true;        ///< first record: the horizontal header texts
    bool byteOrderMark = false; ///< UTF-8 BOM first (lets Excel detect UTF-8)
};

/// Writes @p model's top-level rows as UTF-8 CSV (RFC 4180: CRLF line ends, display role,
/// quoting per csvField()) to @p device, which must be open for writing. Returns false when
/// the model is null or a write fails (device->errorString() says why).
bool exportModelToCsv(const QAbstractItemModel *model, QIODevice *device, const CsvOptions &options = {});

/// The same CSV as a string (for the clipboard).
QString modelToCsv(const QAbstractItemModel *model, const CsvOptions &options = {});

/// "Copy as CSV" (Ctrl+Shift+C: the selected rows, or all rows when nothing is selected) and
/// "Export CSV…" (Ctrl+Shift+E: all rows to a file) for a QTableView. Both write what the
/// view shows: its model (usually the sort/filter proxy), visible columns in visual order.
/// install() adds the actions to the view and, unless it has a custom context menu, shows
/// them in the view's context menu.
class TableCsvActions : public QObject
{
    Q_OBJECT
public:
    explicit TableCsvActions(QTableView *view, const QString &suggestedFileName = QString());

    static TableCsvActions *install(QTableView *view, const QString &suggestedFileName = QString());

    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }

    /// CSV of what "Copy as CSV" copies.
    QString selectionAsCsv() const;
    /// Writes what "Export CSV…" saves to @p fileName (with a BOM for Excel); false on error.
    bool exportTo(const QString &fileName, QString *errorMessage = nullptr) const;

    void setSuggestedFileName(const QString &name) { m_suggestedFileName = name; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<int> visibleColumns() const;
    void retranslate();
    void copy();
    void exportDialog();

    QTableView *m_view;
    QAction *m_copy;
    QAction *m_export;
    QString m_suggestedFileName;
};

} // namespace Mailflow::Workbench
