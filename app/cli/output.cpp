// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace Mailflow::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << arguments.value(0) << QStringView(u": ") << parser.errorText() << QStringView(u"\n");
        err() << QStringView(u"Try '") << arguments.value(0) << QStringView(u" --help'.\n");
        err().flush();
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the binary's path; name the subcommand instead.
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(u" [options]");
        if (text.startsWith(u"Usage: ") && end > 0)
            text.replace(7, end - 7, arguments.value(0));
        out() << text;
        out().flush();
        std::exit(0);
    }
    return true;
}

QByteArray readInput(const QString &path, QString *error)
{
    QFile file;
    bool opened = false;
    if (path.isEmpty() || path == u"-")
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = QCoreApplication::translate("Cli", "cannot read %1: %2")
                     .arg(path.isEmpty() || path == u"-" ? QStringLiteral("standard input") : path, file.errorString());
        return {};
    }
    QByteArray data = file.readAll();
    if (data.isNull())
        data = QByteArray(""); // an empty file is not an I/O error
    return data;
}

} // namespace Mailflow::Cli
