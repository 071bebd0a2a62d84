// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace Mailflow::Cli {

QTextStream &out(); ///< UTF-8 standard output
QTextStream &err(); ///< UTF-8 standard error

/// Writes one JSON document to standard output, indented, followed by a newline.
void printJson(const QJsonDocument &document);

/// Parses a subcommand's arguments; prints the error and returns false on bad
/// usage, prints help and exits 0 for --help.
bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments);

/// Reads FILE, or standard input for "-" or no file. On failure fills @p error
/// with a message naming the file and returns a null QByteArray.
QByteArray readInput(const QString &path, QString *error);

} // namespace Mailflow::Cli
