// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/proberesult.h"

#include <QJsonObject>

namespace Mailflow {

/// The stable JSON form of a probe (keys as `mailflow probe --json` prints them):
/// target, host, port, implicitTls, mxHosts, addresses, address, reachable, error, banner,
/// extensions, starttls, versions, ciphers, cipherPreference, confirmations, certificate, certificateCheck,
/// authMechanisms, plainAuthMechanisms, ehloDiff, verdicts (kind, severity, parameters),
/// attempts, transcript, connections, elapsedMs, cancelled, timedOut.
QJsonObject probeResultToJson(const ProbeResult &result);

} // namespace Mailflow
