// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

namespace Mailflow::Cli {

int runLogs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("mailflow logs: not implemented yet."));
    if (!parseOrExplain(parser, arguments))
        return ExitUsage;
    err() << QStringView(u"mailflow logs: not implemented yet\n");
    return ExitUsage;
}

} // namespace Mailflow::Cli
