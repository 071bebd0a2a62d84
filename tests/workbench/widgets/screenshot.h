// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

// Renders @p widget to <tmp>/<name>.png (and to $MAILFLOW_SCREENSHOT_DIR when set) and returns the
// image read back from the file, so that a test can check it was really written.
inline QImage saveWidgetScreenshot(QWidget *widget, const QString &name)
{
    static QTemporaryDir dir;
    const QPixmap pixmap = widget->grab();
    const QString file = dir.filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(file, "PNG"))
        return {};
    if (const QByteArray keep = qgetenv("MAILFLOW_SCREENSHOT_DIR"); !keep.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(keep));
        pixmap.save(QDir(QString::fromLocal8Bit(keep)).filePath(name + QStringLiteral(".png")), "PNG");
    }
    return QImage(file);
}
