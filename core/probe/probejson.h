// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/proberesult.h"

#include <QJsonObject>

namespace Mailflow {

/// The stable JSON form of a probe (keys as `mailflow probe --json` prints them):
/// target, host, port, implicitTls, mxHosts, addresses, address, reachable, error, banner,
/// extensions, starttls, versions, ciphers, cipherPreference, confirmations, certificate, certificateCheck,
/// authMechanisms, plainAuthMechanisms, ehloDiff, verdicts (kind, severity, parameters),
/// attempts, transcript, connections, elapsedMs, cancelled, timedOut, preference (MX preference or
/// null), probed, notProbedReason, mxLookup ("not-done", "mx", "no-mx", "null-mx", "failed"), mxError,
/// hosts (for a domain: one object per MX host in preference order, with the keys above but without
/// target, mxHosts, mxLookup, mxError, hosts and domainVerdicts) and domainVerdicts.
/// For a domain the top-level keys describe the most preferred host that was reached.
QJsonObject probeResultToJson(const ProbeResult &result);

} // namespace Mailflow
