// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "output.h"

namespace Mailflow::Cli {

int runDecode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("mailflow decode: not implemented yet."));
    if (!parseOrExplain(parser, arguments))
        return ExitUsage;
    err() << QStringView(u"mailflow decode: not implemented yet\n");
    return ExitUsage;
}

} // namespace Mailflow::Cli
