// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic generator of realistic Exchange SMTP protocol logs, for the benchmark and the
// consistency test. Writes SmtpSend/SENDyyyymmddhh-n.log and SmtpReceive/RECVyyyymmddhh-n.log.
#pragma once

#include <QString>

namespace Mailflow::Testing {

struct LogGeneratorOptions
{
    QString folder;              ///< created if missing
    qint64 totalBytes = 1 << 20; ///< about half send, half receive
    qint64 fileBytes = 10 << 20; ///< rollover size (Exchange default 10 MB)
    quint64 seed = 20230111;
};

/// What was written: the truth the engine must find.
struct LogGeneratorStats
{
    qint64 bytes = 0;
    int files = 0;
    int sessions = 0;
    int sendSessions = 0;
    int receiveSessions = 0;
    int tls10 = 0, tls11 = 0, tls12 = 0, tls13 = 0;
    int tlsFailed = 0;
    int noTls = 0;
    int messagesQueued = 0;
    int fallbacks = 0;       ///< TLS failure followed by a plaintext delivery to the same host
    int retrySeries = 0;     ///< ≥2 failed attempts to one host, never delivered
    int sessionsAcrossFiles = 0;
};

/// Writes about options.totalBytes of protocol logs; same options, same bytes.
/// Returns the stats, or bytes = -1 when the folder cannot be written.
LogGeneratorStats generateProtocolLogs(const LogGeneratorOptions &options);

} // namespace Mailflow::Testing
