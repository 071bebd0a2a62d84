// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/proberesult.h"

#include <QJsonObject>
#include <QString>

namespace Mailflow {

/// The plain-language sentence for @p verdict, translated in the "Probe" context, as both the
/// CLI (`mailflow probe`) and the workbench's Probe view show it. An unknown kind gives "".
QString probeVerdictText(const ProbeVerdict &verdict);

/// How one version fared, in words ("accepted", "refused with alert protocol_version",
/// "refused: connection reset (RST)", …), translated in the "Probe" context.
QString probeOutcomeText(ProbeOutcome outcome, const QString &alert = QString(), const QString &reply = QString());

/// How Exchange Online would deliver to one MX host, in a few words ("encrypted (TLS 1.2)",
/// "plaintext: no STARTTLS", "not reached", "not probed (limit)", …), from exoDeliveryClass().
QString exoDeliveryText(const ProbeResult &host);

/// The highest version @p host accepted ("TLS1.3"), or "" when none.
QString bestAcceptedVersion(const ProbeResult &host);

/// The whole result as the plain text `mailflow probe` prints (target, versions, cipher suites,
/// handshakes, certificate, verdicts), translated in the "Probe" context; lines end with '\n'.
/// For an unreachable host only the target lines (the error is in ProbeResult::error). For a domain
/// with MX hosts: a table with one line per MX host (preference, name, address probed, STARTTLS,
/// best version, what Exchange Online does), the domain verdicts, then each host's section.
QString probeResultText(const ProbeResult &result);

/// probeResultToJson() with each verdict's sentence (probeVerdictText()) added as "text", in
/// "verdicts", "domainVerdicts" and every MX host's "verdicts": what `mailflow probe --json`
/// prints and the Probe view copies.
QJsonObject probeResultToJsonWithTexts(const ProbeResult &result);

} // namespace Mailflow
