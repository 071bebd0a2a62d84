// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

namespace Mailflow::Cli {

int runDiagnose(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("mailflow diagnose: not implemented yet."));
    if (!parseOrExplain(parser, arguments))
        return ExitUsage;
    err() << QStringView(u"mailflow diagnose: not implemented yet\n");
    return ExitUsage;
}

} // namespace Mailflow::Cli
