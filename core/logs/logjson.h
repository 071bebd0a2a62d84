// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logresult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Mailflow {

/// One session as `mailflow logs --json` prints it (id, connector, direction, times, endpoints,
/// names, extensions, tls{…}, messages[…], ending, lastError, file, line, …). Empty strings are null.
QJsonObject logSessionToJson(const LogSession &session);

/// The whole result as `mailflow logs --json` prints it: files, sessions (when @p withSessions),
/// fallbacks, retries, tlsUsage, legacyTls, summary and problems. The workbench's "Export
/// Summary as JSON" writes the same document, so the two never disagree.
QJsonDocument logResultToJson(const LogResult &result, bool withSessions = true);

} // namespace Mailflow
