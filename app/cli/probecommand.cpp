// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

namespace Mailflow::Cli {

int runProbe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("mailflow probe: not implemented yet."));
    if (!parseOrExplain(parser, arguments))
        return ExitUsage;
    err() << QStringView(u"mailflow probe: not implemented yet\n");
    return ExitUsage;
}

} // namespace Mailflow::Cli
