// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsessionlines.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {

// Named tr so that lupdate files these strings under the enclosing namespace, the context used here.
QString tr(const char *text)
{
    return QCoreApplication::translate("Mailflow::Workbench", text);
}

// The leading date-time field when it is one ("2023-03-14T09:12:41.461Z,…"); invalid otherwise.
QDateTime leadingTime(QByteArrayView line)
{
    const qsizetype comma = line.indexOf(',');
    if (comma < 20 || comma > 32)
        return {};
    return QDateTime::fromString(QString::fromLatin1(line.first(comma)), Qt::ISODateWithMs);
}

} // namespace

SessionLines readSessionLines(const QString &sessionId, const QString &file, qint64 line, const QDateTime &end,
                              const QStringList &files, int maxLines)
{
    SessionLines result;
    result.firstFile = file;
    if (sessionId.isEmpty() || file.isEmpty()) {
        result.error = tr("The engine did not record where this session is logged.");
        return result;
    }
    if (!QFileInfo(file).isFile()) {
        result.error = tr("%1 cannot be read back (pasted text, or the file was moved).").arg(file);
        return result;
    }
    const QByteArray id = sessionId.toLatin1();
    const QDateTime stop = end.isValid() ? end.addSecs(60) : QDateTime();
    qsizetype fileIndex = files.indexOf(file);
    QString current = file;
    qint64 startLine = std::max<qint64>(1, line);
    QByteArray out;
    bool done = false;
    while (!done) {
        QFile f(current);
        if (!f.open(QIODevice::ReadOnly)) {
            if (result.lines == 0)
                result.error = tr("Cannot open %1: %2").arg(current, f.errorString());
            break;
        }
        qint64 number = 0;
        bool inQuotedContinuation = false;
        while (!f.atEnd()) {
            QByteArray raw = f.readLine();
            ++number;
            if (number < startLine)
                continue;
            if (raw.endsWith('\n'))
                raw.chop(1);
            if (raw.endsWith('\r'))
                raw.chop(1);
            if (inQuotedContinuation) {
                out += '\n' + raw;
                inQuotedContinuation = raw.count('"') % 2 == 0 ? inQuotedContinuation : false;
                continue;
            }
            if (raw.startsWith('#'))
                continue;
            if (stop.isValid()) {
                const QDateTime time = leadingTime(raw);
                if (time.isValid() && time > stop) {
                    done = true;
                    break;
                }
            }
            if (!raw.contains(id))
                continue;
            if (result.lines == 0)
                result.firstLine = number;
            if (!out.isEmpty())
                out += '\n';
            out += raw;
            inQuotedContinuation = raw.count('"') % 2 == 1;
            if (++result.lines >= maxLines) {
                result.truncated = true;
                done = true;
                break;
            }
        }
        if (done || fileIndex < 0 || fileIndex + 1 >= files.size())
            break;
        // a session cut by a rollover goes on in the next file of the same series
        const QString next = files.at(++fileIndex);
        if (QFileInfo(next).absolutePath() != QFileInfo(current).absolutePath())
            break;
        current = next;
        startLine = 1;
    }
    result.text = QString::fromUtf8(out);
    if (result.lines == 0 && result.error.isEmpty())
        result.error = tr("No line of session %1 was found in %2 from line %3 on.").arg(sessionId, file).arg(line);
    return result;
}

} // namespace Mailflow::Workbench
