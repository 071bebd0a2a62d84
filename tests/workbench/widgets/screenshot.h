// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QColor>
#include <QImage>
#include <QPalette>
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

// A dark palette like Breeze Dark, for the dark-mode screenshots and colour checks.
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Mid, QColor(0x50, 0x55, 0x5a));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    return p;
}
