// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMimeData>
#include <QStringList>
#include <QUrl>

namespace Mailflow::Workbench {

/// The local files and folders of a drag-and-drop; remote URLs are left out.
inline QStringList droppedLocalPaths(const QMimeData *mimeData)
{
    QStringList paths;
    for (const QUrl &url : mimeData->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace Mailflow::Workbench
