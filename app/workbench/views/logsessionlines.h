// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Mailflow::Workbench {

/// The raw protocol-log lines of one session, read back from the files for display.
struct SessionLines
{
    QString text;      ///< the lines, '\n'-separated, as logged (a quoted multi-line field stays whole)
    QString firstFile; ///< where the first line is
    qint64 firstLine = 0;
    int lines = 0;
    bool truncated = false; ///< stopped at the line cap
    QString error;          ///< why nothing could be read (file gone, pasted text, …)
};

/// Reads the lines of session @p sessionId back: starts in @p file at 1-based @p line (where the
/// engine saw the session's first line) and keeps every line that names the session id, going on
/// into the following files of @p files (log rollovers) until a line is stamped later than
/// @p end (plus a minute of slack) or @p maxLines lines were taken. Only reads; never throws.
/// Blocking I/O: call it off the UI thread for big files.
SessionLines readSessionLines(const QString &sessionId, const QString &file, qint64 line, const QDateTime &end,
                              const QStringList &files, int maxLines = 5000);

} // namespace Mailflow::Workbench
