// SPDX-License-Identifier: GPL-3.0-or-later
// Compact storage of assembled sessions: interned strings in blocks, small records.
#pragma once

#include "logresult.h"

#include <QByteArrayView>
#include <QMutex>

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Mailflow::Internal {

/// A string copied into a StringStore block: (position, length); empty when length is 0.
struct TextRef
{
    quint32 block = 0;
    quint32 offset = 0;
    quint32 length = 0;
};

/// Thread-safe string storage: intern() for repeated strings (connectors, hosts, tokens),
/// store() for unique ones (message ids, failure replies). Never frees before destruction.
class StringStore
{
public:
    StringStore();
    Q_DISABLE_COPY_MOVE(StringStore)

    quint32 intern(QByteArrayView text); ///< 0 for empty text
    /// As intern(), and sets @p stored to the store's own copy (valid as long as the store).
    quint32 intern(QByteArrayView text, QByteArrayView *stored);
    TextRef store(QByteArrayView text);
    /// A writer's own block: store(text, arena) appends without taking the lock until the block is full.
    struct Arena
    {
        quint32 block = 0;
        quint32 used = 0;
        char *data = nullptr;
    };
    TextRef store(QByteArrayView text, Arena &arena);
    QByteArrayView text(quint32 id) const;
    QByteArrayView text(TextRef ref) const;
    QString string(quint32 id) const { return QString::fromUtf8(text(id)); }
    QString string(TextRef ref) const { return QString::fromUtf8(text(ref)); }
    qint64 bytesAllocated() const;
    quint64 serial() const { return m_serial; } ///< unique per store in this process


private:
    TextRef copyLocked(QByteArrayView text);

    mutable QMutex m_mutex;
    quint64 m_serial = 0;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    quint32 m_current = 0;
    quint32 m_used = 0;
    std::unordered_map<std::string_view, quint32> m_ids;
    std::vector<TextRef> m_interned;
};

enum class Command : quint8 { None, Ehlo, StartTls, Mail, Rcpt, Data, DataEnd, Bdat, BdatLast, Quit, Other };

/// One reply, 8 bytes: the enhanced code is interned; 4xx/5xx keep their whole line (interned).
struct ReplyRec
{
    quint16 code = 0;
    Command answers = Command::None;
    quint8 hasText = 0;
    quint32 value = 0; ///< interned "x.y.z" when !hasText, else the interned reply line
};

/// A recipient or a reply of a message, in order, 8 bytes.
struct MessageItem
{
    ReplyRec reply;              ///< reply.code == 0: a recipient
    quint32 recipient() const { return reply.value; }
    bool isRecipient() const { return reply.code == 0; }
};

struct MessageRec
{
    quint32 mailFrom = 0;
    Command dataCommand = Command::None;
    MessageOutcome outcome = MessageOutcome::Incomplete;
    bool continuation = false; ///< began with replies whose command sits in an earlier file
    TextRef messageId;
    quint64 recordId = 0;
    std::vector<MessageItem> items;
};

struct Endpoint
{
    quint32 host = 0; ///< interned address
    quint16 port = 0;
    bool isEmpty() const { return host == 0; }
};

struct CertRec
{
    quint32 subject = 0, issuer = 0, serial = 0, thumbprint = 0, notBefore = 0, notAfter = 0, names = 0;
};

enum SessionFlag : quint16 {
    FlagOffered = 1 << 0,
    FlagIssued = 1 << 1,
    FlagQuit = 1 << 2,
    FlagConnectFailed = 1 << 3,
    FlagDisconnectLocal = 1 << 4,
    FlagDisconnectRemote = 1 << 5,
    FlagTimedOut = 1 << 6,
    FlagRepliesOnLess = 1 << 7,    ///< replies logged with '<': a send log
    FlagRepliesOnGreater = 1 << 8, ///< replies logged with '>': a receive log
    FlagEhloSeen = 1 << 9,
    FlagCertRemote = 1 << 10,      ///< 2013 "Certificate …" lines describe the received certificate
    FlagIdNotHex = 1 << 11,        ///< sessionId holds a hash; the text is in idText
};

/// Extension keywords recognised in EHLO replies, as bits.
enum ExtensionBit : quint32 {
    ExtStartTls = 1u << 0, ExtAuth = 1u << 1, ExtSize = 1u << 2, ExtPipelining = 1u << 3, ExtDsn = 1u << 4,
    ExtEnhancedStatusCodes = 1u << 5, Ext8BitMime = 1u << 6, ExtBinaryMime = 1u << 7, ExtChunking = 1u << 8,
    ExtAnonymousTls = 1u << 9, ExtExps = 1u << 10, ExtXrdst = 1u << 11, ExtSmtpUtf8 = 1u << 12,
    ExtRequireTls = 1u << 13, ExtXexch50 = 1u << 14, ExtXshadow = 1u << 15, ExtXoorg = 1u << 16,
    ExtXproxyFrom = 1u << 17, ExtXsessionParams = 1u << 18, ExtEtrn = 1u << 19, ExtVrfy = 1u << 20,
    ExtHelp = 1u << 21, ExtDeliverBy = 1u << 22, ExtXshadowRequest = 1u << 23, ExtXrsetProxyTo = 1u << 24,
    ExtXlink2State = 1u << 25,
};
/// The keyword of extension bit number @p bit (0…31), or nullptr.
const char *extensionName(int bit);

struct SessionRec
{
    quint64 sessionId = 0;
    quint32 idText = 0;     ///< interned session-id text when it is not plain hex
    quint32 connector = 0;
    quint8 logType = 0;     ///< LogDirection of the file, 0 when unknown
    TlsOutcome tlsOutcome = TlsOutcome::None;
    TlsVersion tlsVersion = TlsVersion::Unknown;
    quint8 pendingCount = 0;
    quint16 flags = 0;
    quint16 file = 0;
    quint32 line = 0;
    quint32 firstSeq = 0;
    quint32 lastSeq = 0;
    quint32 gaps = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    Endpoint local;
    Endpoint remote;
    quint32 banner = 0;
    quint32 ehlo = 0;
    quint32 auth = 0;
    quint32 extensions = 0;
    quint32 maxSize = 0;
    quint32 bulk = 0, mac = 0, kex = 0; ///< interned "AES_256", "SHA_384", "ECDHE"
    quint16 bulkBits = 0, macBits = 0, kexBits = 0;
    quint32 tlsError = 0;
    quint32 localCert = 0;  ///< 1-based index into the fragment's / store's certificates, 0: none
    quint32 remoteCert = 0;
    ReplyRec lastError;
    SessionEnd end = SessionEnd::Open;
    Command pending[6] = {};
    std::vector<MessageRec> messages;
};

/// One file's (or one paste's) worth of parsing.
struct FileFragment
{
    int file = 0;
    std::vector<SessionRec> sessions;
    std::vector<CertRec> certificates;
    QList<LogProblem> problems; ///< file name filled in later
    qint64 droppedProblems = 0;
    qint64 lines = 0;
    qint64 bytes = 0;
};

/// The sessions of a LogResult, compact; LogResult::session() expands one. Sessions stay in the
/// per-file chunks they were parsed into (no second copy); order lists them by start time.
class SessionStore
{
public:
    std::shared_ptr<StringStore> strings;
    std::vector<std::vector<SessionRec>> chunks;
    std::vector<quint64> order; ///< chunk << 32 | index, by start time
    std::vector<CertRec> certificates;
    QStringList files;

    int count() const { return int(order.size()); }
    const SessionRec &at(int i) const
    {
        const quint64 o = order[size_t(i)];
        return chunks[size_t(o >> 32)][size_t(o & 0xffffffffu)];
    }
    LogSession expand(int index) const;
    QString sessionId(const SessionRec &session) const;
    QString remoteKey(const SessionRec &session) const;
    quint32 remoteKeyId(const SessionRec &session) const;  ///< remote IP, else the remote's name
    quint32 remoteNameId(const SessionRec &session) const; ///< banner host (send) or EHLO name (receive)
    QString remoteName(const SessionRec &session) const;
    QString cipher(const SessionRec &session) const;
    LogDirection direction(const SessionRec &session) const;
};

/// Parses one file's bytes, fed in pieces that end at line ends (the last piece may not).
/// Pure apart from interning into the shared StringStore.
class LogFileParser
{
public:
    LogFileParser(StringStore &strings, int file, LogDirection logTypeFromName);
    ~LogFileParser();
    Q_DISABLE_COPY_MOVE(LogFileParser)

    void feed(QByteArrayView data);
    FileFragment finish();

    static constexpr int MaxProblemsPerFile = 200;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Merges fragments of all files into sessions (joining sessions split across files),
/// works out how each ended, orders them by start and fills correlations and aggregates.
LogResult assembleResult(std::vector<FileFragment> fragments, std::shared_ptr<StringStore> strings,
                         const QStringList &files, QList<LogProblem> fileProblems);

/// Readable Schannel algorithms: "AES_256 / SHA_384 / ECDHE" from the CALG tokens (prefix dropped,
/// ECDH_EPHEM/ECDHE → ECDHE, DH_EPHEM → DHE, RSA_KEYX → RSA). Empty when nothing is known.
QString describeSchannelCipher(QStringView bulk, QStringView mac, QStringView keyExchange);

} // namespace Mailflow::Internal
