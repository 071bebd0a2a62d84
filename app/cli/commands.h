// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Mailflow::Cli {

/// Exit codes shared by every subcommand.
enum ExitCode {
    ExitOk = 0,          ///< ran and found something (or, for probe, ran at all)
    ExitNothing = 1,     ///< ran but recognised nothing / could not reach the host
    ExitUsage = 2,       ///< bad arguments, unreadable input, not implemented
};

/// Each subcommand gets its arguments with the program and subcommand name
/// first ("mailflow decode", …), ready for QCommandLineParser::process-style parsing.
int runDecode(const QStringList &arguments);
int runLogs(const QStringList &arguments);
int runProbe(const QStringList &arguments);
int runDiagnose(const QStringList &arguments);

} // namespace Mailflow::Cli
