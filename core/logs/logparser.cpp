// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvline.h"
#include "sessionstore.h"

#include <QMutexLocker>

#include <atomic>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace Mailflow::Internal {

// ---------------------------------------------------------------------------------------------
// StringStore

namespace {
constexpr quint32 BlockSize = 1u << 20;      // shared blocks (interned strings)
constexpr quint32 ArenaBlockSize = 64u << 10; // a parser's own blocks (message ids): one per file at least
constexpr quint32 MaxStoredLength = 16u << 10; // longer strings are cut (fits an arena block)
}

StringStore::StringStore()
{
    static std::atomic<quint64> serials{0};
    m_serial = ++serials;
    m_interned.push_back({}); // id 0: empty
}

TextRef StringStore::copyLocked(QByteArrayView text)
{
    const auto length = static_cast<quint32>(std::min<qsizetype>(text.size(), MaxStoredLength));
    // Arenas take blocks of their own: the shared block is m_current, not necessarily the last.
    if (m_blocks.empty() || m_used + length > BlockSize) {
        m_blocks.push_back(std::unique_ptr<char[]>(new char[BlockSize]));
        m_current = quint32(m_blocks.size() - 1);
        m_used = 0;
    }
    TextRef ref{m_current, m_used, length};
    std::memcpy(m_blocks[m_current].get() + m_used, text.data(), length);
    m_used += length;
    return ref;
}

quint32 StringStore::intern(QByteArrayView text)
{
    QByteArrayView stored;
    return intern(text, &stored);
}

quint32 StringStore::intern(QByteArrayView text, QByteArrayView *stored)
{
    if (text.isEmpty()) {
        *stored = {};
        return 0;
    }
    const std::string_view key(text.data(), std::min<qsizetype>(text.size(), MaxStoredLength));
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_ids.find(key); it != m_ids.end()) {
        *stored = QByteArrayView(it->first.data(), qsizetype(it->first.size()));
        return it->second;
    }
    const TextRef ref = copyLocked(text);
    const auto id = static_cast<quint32>(m_interned.size());
    m_interned.push_back(ref);
    const std::string_view own(m_blocks[ref.block].get() + ref.offset, ref.length);
    m_ids.emplace(own, id);
    *stored = QByteArrayView(own.data(), qsizetype(own.size()));
    return id;
}

TextRef StringStore::store(QByteArrayView text, Arena &arena)
{
    const auto length = static_cast<quint32>(std::min<qsizetype>(text.size(), MaxStoredLength));
    if (length == 0)
        return {};
    if (!arena.data || arena.used + length > ArenaBlockSize) {
        QMutexLocker lock(&m_mutex);
        m_blocks.push_back(std::unique_ptr<char[]>(new char[ArenaBlockSize])); // not zeroed: untouched pages stay free
        arena.block = quint32(m_blocks.size() - 1);
        arena.data = m_blocks.back().get();
        arena.used = 0;
    }
    TextRef ref{arena.block, arena.used, length};
    std::memcpy(arena.data + arena.used, text.data(), length);
    arena.used += length;
    return ref;
}

TextRef StringStore::store(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    QMutexLocker lock(&m_mutex);
    return copyLocked(text);
}

QByteArrayView StringStore::text(quint32 id) const
{
    if (id == 0)
        return {};
    QMutexLocker lock(&m_mutex);
    if (id >= m_interned.size())
        return {};
    const TextRef ref = m_interned[id];
    return QByteArrayView(m_blocks[ref.block].get() + ref.offset, ref.length);
}

QByteArrayView StringStore::text(TextRef ref) const
{
    if (ref.length == 0)
        return {};
    QMutexLocker lock(&m_mutex);
    return QByteArrayView(m_blocks[ref.block].get() + ref.offset, ref.length);
}

qint64 StringStore::bytesAllocated() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(m_blocks.size()) * BlockSize;
}

// ---------------------------------------------------------------------------------------------
// Small byte helpers

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && isSpace(v[b]))
        ++b;
    while (e > b && isSpace(v[e - 1]))
        --e;
    return v.sliced(b, e - b);
}

inline char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

bool startsWithCi(QByteArrayView v, QByteArrayView prefix)
{
    if (v.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (upper(v[i]) != upper(prefix[i]))
            return false;
    }
    return true;
}

bool equalsCi(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && startsWithCi(a, b);
}

// "2023-01-11T16:00:04.113Z" (fraction and Z optional) → ms since the epoch; false when malformed.
bool parseTimestamp(QByteArrayView v, qint64 *ms)
{
    if (v.size() < 19)
        return false;
    const char *s = v.data();
    auto num = [s](int at, int len, int *out) {
        int n = 0;
        for (int i = 0; i < len; ++i) {
            if (!isDigit(s[at + i]))
                return false;
            n = n * 10 + (s[at + i] - '0');
        }
        *out = n;
        return true;
    };
    int y, mo, d, h, mi, se;
    if (!num(0, 4, &y) || s[4] != '-' || !num(5, 2, &mo) || s[7] != '-' || !num(8, 2, &d)
        || (s[10] != 'T' && s[10] != ' ') || !num(11, 2, &h) || s[13] != ':' || !num(14, 2, &mi) || s[16] != ':'
        || !num(17, 2, &se))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
        return false;
    int frac = 0;
    qsizetype i = 19;
    if (i < v.size() && (s[i] == '.' || s[i] == ',')) {
        ++i;
        int digits = 0;
        while (i < v.size() && isDigit(s[i])) {
            if (digits < 3)
                frac = frac * 10 + (s[i] - '0');
            ++digits;
            ++i;
        }
        if (digits == 0)
            return false;
        for (; digits < 3; ++digits)
            frac *= 10;
    }
    if (i < v.size() && (s[i] == 'Z' || s[i] == 'z'))
        ++i;
    if (i != v.size())
        return false;
    // days from civil (H. Hinnant)
    y -= mo <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(mo + (mo > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + qint64(doe) - 719468;
    *ms = ((days * 24 + h) * 60 + mi) * 60000LL + se * 1000LL + frac;
    return true;
}

inline bool looksLikeTimestampStart(QByteArrayView v)
{
    return v.size() >= 11 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) && v[4] == '-'
        && isDigit(v[5]) && isDigit(v[6]) && v[7] == '-';
}

// "Date/Time" and "Date/Time.ConnectorId": the placeholder that documentation writes instead of a timestamp.
inline bool isPlaceholderStamp(QByteArrayView v)
{
    return startsWithCi(v, "Date/Time");
}

// Where a second record starts inside @p line (records run together when a web page flattened a code
// block onto one line): a space, then a timestamp or placeholder followed by a comma, outside quotes; -1 if none.
qsizetype embeddedRecordStart(QByteArrayView line)
{
    bool quoted = false;
    for (qsizetype i = 1; i + 10 < line.size(); ++i) {
        const char c = line[i];
        if (c == '"')
            quoted = !quoted;
        if (quoted || line[i - 1] != ' ')
            continue;
        const QByteArrayView rest = line.sliced(i);
        const qsizetype comma = rest.indexOf(',');
        if (comma <= 0)
            return -1;
        qint64 ms = 0;
        if (isPlaceholderStamp(rest) || (looksLikeTimestampStart(rest) && parseTimestamp(rest.first(comma), &ms)))
            return i;
    }
    return -1;
}

// A line copied from a Markdown page: "\*" escapes and "**" bold markers removed ("10.**.**.31" masks stay).
QByteArray markdownCleaned(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\\' && i + 1 < line.size() && std::strchr("*_<>#+-`[]", line[i + 1])) {
            out.append(line[++i]);
            continue;
        }
        if (c == '*' && i + 1 < line.size() && line[i + 1] == '*') {
            const bool before = i == 0 || isSpace(line[i - 1]);
            const bool after = i + 2 >= line.size() || isSpace(line[i + 2]);
            if (before != after) {
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

// Prefixes a paste puts before each line: Markdown quotes ("> ") and comment blocks ("#\t#Fields", "# 2019-…").
QByteArrayView withoutPastePrefix(QByteArrayView content)
{
    for (;;) {
        if (content.startsWith('>')) {
            content = trimmed(content.sliced(1));
            continue;
        }
        if (content.size() > 2 && content[0] == '#' && isSpace(content[1])) {
            const QByteArrayView rest = trimmed(content.sliced(1));
            if (rest.startsWith('#') || looksLikeTimestampStart(rest) || isPlaceholderStamp(rest)) {
                content = rest;
                continue;
            }
        }
        return content;
    }
}

bool parseHex64(QByteArrayView v, quint64 *out)
{
    if (v.isEmpty() || v.size() > 16)
        return false;
    quint64 n = 0;
    for (char c : v) {
        int x;
        if (c >= '0' && c <= '9')
            x = c - '0';
        else if (c >= 'A' && c <= 'F')
            x = c - 'A' + 10;
        else if (c >= 'a' && c <= 'f')
            x = c - 'a' + 10;
        else
            return false;
        n = (n << 4) | quint64(x);
    }
    *out = n;
    return true;
}

quint64 hash64(QByteArrayView v)
{
    quint64 h = 1469598103934665603ULL;
    for (char c : v) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h | (1ULL << 63);
}

bool parseUInt(QByteArrayView v, quint64 *out)
{
    if (v.isEmpty() || v.size() > 19)
        return false;
    quint64 n = 0;
    for (char c : v) {
        if (!isDigit(c))
            return false;
        n = n * 10 + quint64(c - '0');
    }
    *out = n;
    return true;
}

// Next space-separated token of @p v starting at *pos.
QByteArrayView nextToken(QByteArrayView v, qsizetype *pos)
{
    qsizetype i = *pos;
    while (i < v.size() && v[i] == ' ')
        ++i;
    const qsizetype start = i;
    while (i < v.size() && v[i] != ' ')
        ++i;
    *pos = i;
    return v.sliced(start, i - start);
}

// The address inside "<…>" of "MAIL FROM:<a@b> SIZE=1", or the argument when unbracketed.
QByteArrayView pathArgument(QByteArrayView command)
{
    const qsizetype colon = command.indexOf(':');
    if (colon < 0)
        return {};
    QByteArrayView rest = trimmed(command.sliced(colon + 1));
    if (rest.startsWith('<')) {
        const qsizetype close = rest.indexOf('>');
        return close < 0 ? rest.sliced(1) : rest.sliced(1, close - 1);
    }
    const qsizetype space = rest.indexOf(' ');
    return space < 0 ? rest : rest.first(space);
}

struct KnownExtension
{
    const char *name;
    quint32 bit;
};

constexpr KnownExtension knownExtensions[] = {
    {"STARTTLS", ExtStartTls}, {"AUTH", ExtAuth}, {"SIZE", ExtSize}, {"PIPELINING", ExtPipelining},
    {"DSN", ExtDsn}, {"ENHANCEDSTATUSCODES", ExtEnhancedStatusCodes}, {"8BITMIME", Ext8BitMime},
    {"BINARYMIME", ExtBinaryMime}, {"CHUNKING", ExtChunking}, {"X-ANONYMOUSTLS", ExtAnonymousTls},
    {"X-EXPS", ExtExps}, {"XRDST", ExtXrdst}, {"SMTPUTF8", ExtSmtpUtf8}, {"REQUIRETLS", ExtRequireTls},
    {"XEXCH50", ExtXexch50}, {"XSHADOW", ExtXshadow}, {"XOORG", ExtXoorg}, {"XPROXYFROM", ExtXproxyFrom},
    {"XSESSIONPARAMS", ExtXsessionParams}, {"ETRN", ExtEtrn}, {"VRFY", ExtVrfy}, {"HELP", ExtHelp},
    {"DELIVERBY", ExtDeliverBy}, {"XSHADOWREQUEST", ExtXshadowRequest}, {"XRSETPROXYTO", ExtXrsetProxyTo},
    {"X-LINK2STATE", ExtXlink2State},
};

quint32 extensionBit(QByteArrayView token)
{
    if (token.size() < 3 || token.size() > 20)
        return 0;
    const char first = upper(token[0]);
    for (const KnownExtension &known : knownExtensions) {
        if (known.name[0] == first && qsizetype(std::strlen(known.name)) == token.size()
            && equalsCi(token, QByteArrayView(known.name)))
            return known.bit;
    }
    return 0;
}

// "SP_PROT_TLS1_2_SERVER" → TLS 1.2.
TlsVersion schannelProtocol(QByteArrayView token)
{
    if (!startsWithCi(token, "SP_PROT_"))
        return TlsVersion::Unknown;
    token = token.sliced(8);
    if (startsWithCi(token, "TLS1_3"))
        return TlsVersion::Tls13;
    if (startsWithCi(token, "TLS1_2"))
        return TlsVersion::Tls12;
    if (startsWithCi(token, "TLS1_1"))
        return TlsVersion::Tls11;
    if (startsWithCi(token, "TLS1_0") || startsWithCi(token, "TLS1_SERVER") || startsWithCi(token, "TLS1_CLIENT")
        || equalsCi(token, "TLS1"))
        return TlsVersion::Tls10;
    if (startsWithCi(token, "SSL3"))
        return TlsVersion::Ssl30;
    return TlsVersion::Unknown;
}

QByteArrayView normalisedAlgorithm(QByteArrayView calg)
{
    if (startsWithCi(calg, "CALG_"))
        calg = calg.sliced(5);
    if (equalsCi(calg, "ECDH_EPHEM") || equalsCi(calg, "ECDHE"))
        return "ECDHE";
    if (equalsCi(calg, "DH_EPHEM"))
        return "DHE";
    if (equalsCi(calg, "RSA_KEYX"))
        return "RSA";
    return calg;
}

} // namespace

const char *extensionName(int bit)
{
    for (const KnownExtension &known : knownExtensions) {
        if (known.bit == (1u << bit))
            return known.name;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// LogFileParser

namespace {

enum Column { ColDateTime, ColConnector, ColSession, ColSequence, ColLocal, ColRemote, ColEvent, ColData, ColContext,
              ColumnCount };

constexpr const char *columnNames[ColumnCount] = {"date-time", "connector-id", "session-id", "sequence-number",
                                                   "local-endpoint", "remote-endpoint", "event", "data", "context"};

struct SessionKey
{
    quint64 session;
    quint32 connector;
    quint8 logType;
    bool operator==(const SessionKey &) const = default;
};

struct SessionKeyHash
{
    size_t operator()(const SessionKey &k) const noexcept
    {
        quint64 h = k.session * 0x9E3779B97F4A7C15ULL;
        h ^= (quint64(k.connector) << 8 | k.logType) + 0x632BE59BD9B4E019ULL + (h << 6) + (h >> 2);
        return size_t(h);
    }
};

// Open-addressing map from session keys to indexes into the file's sessions.
class SessionIndex
{
public:
    SessionIndex() { m_slots.resize(4096); }

    /// The index stored for @p key, or stores @p next and returns it with *inserted = true.
    quint32 findOrInsert(const SessionKey &key, quint32 next, bool *inserted)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = SessionKeyHash()(key) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                slot = {key, next, true};
                ++m_used;
                *inserted = true;
                return next;
            }
            if (slot.key == key) {
                *inserted = false;
                return slot.index;
            }
        }
    }

private:
    struct Slot
    {
        SessionKey key{};
        quint32 index = 0;
        bool used = false;
    };

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (!s.used)
                continue;
            size_t i = SessionKeyHash()(s.key) & mask;
            while (m_slots[i].used)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

struct EhloFacts
{
    quint32 extensions = 0;
    quint32 maxSize = 0;
    quint32 auth = 0;
};

} // namespace

// Open-addressing map from strings (kept by the StringStore) to their ids; per parser, no lock.
class InternCache
{
public:
    InternCache() { m_slots.resize(1024); }

    static quint64 hash(QByteArrayView v)
    {
        quint64 h = 1469598103934665603ULL ^ quint64(v.size());
        const char *p = v.data();
        qsizetype n = v.size();
        while (n >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0x100000001B3ULL;
            h ^= h >> 29;
            p += 8;
            n -= 8;
        }
        quint64 w = 0;
        std::memcpy(&w, p, size_t(n));
        h = (h ^ w) * 0x100000001B3ULL;
        h ^= h >> 32;
        return h;
    }

    quint32 find(QByteArrayView v, quint64 h, const char **stored) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.id == 0)
                return 0;
            if (slot.hash == h && slot.length == quint32(v.size()) && std::memcmp(slot.text, v.data(), size_t(v.size())) == 0) {
                *stored = slot.text;
                return slot.id;
            }
        }
    }

    void insert(QByteArrayView stored, quint64 h, quint32 id)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        place({h, stored.data(), quint32(stored.size()), id});
        ++m_used;
    }

private:
    struct Slot
    {
        quint64 hash = 0;
        const char *text = nullptr;
        quint32 length = 0;
        quint32 id = 0;
    };

    void place(const Slot &s)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].id != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.id)
                place(s);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

struct LogFileParser::Private
{
    StringStore &strings;
    FileFragment fragment;
    LogDirection logType;
    int column[ColumnCount];
    int fieldCount = ColumnCount;
    bool headerSeen = false;
    bool fieldsUsable = true;
    qint64 lineNumber = 0;        // physical lines consumed
    qint64 lastTime = 0;          // a placeholder "Date/Time" takes the time of the line before
    QByteArray pending;           // logical line being collected (joined continuations)
    qint64 pendingLine = 0;       // its first physical line, 0 when none
    bool pendingIsRecord = false;
    QByteArrayView pendingView;   // points into the fed data while valid
    bool pendingCopied = false;
    bool atStart = true;
    QByteArray scratch;
    QByteArrayView fields[16];
    QByteArrayView lastConnectorText; // the store's copy
    quint32 lastConnector = 0;
    SessionIndex index;
    std::unordered_map<quint32, EhloFacts> ehloMemo; // interned EHLO reply line → what it advertises
    SessionKey lastKey{};
    quint32 lastIndex = 0;
    bool haveLastKey = false;
    InternCache &localIds;
    StringStore::Arena arena;
    QByteArray lastCertData;
    quint32 lastCertIndex = 0;

    // Interning through a per-file cache: most strings repeat, and the shared store takes a lock.
    quint32 intern(QByteArrayView text, QByteArrayView *storedOut = nullptr)
    {
        if (text.isEmpty())
            return 0;
        const quint64 h = InternCache::hash(text);
        const char *cached = nullptr;
        if (const quint32 id = localIds.find(text, h, &cached)) {
            if (storedOut)
                *storedOut = QByteArrayView(cached, text.size());
            return id;
        }
        QByteArrayView stored;
        const quint32 id = strings.intern(text, &stored);
        if (stored.size() == text.size())
            localIds.insert(stored, h, id);
        if (storedOut)
            *storedOut = stored;
        return id;
    }

    CertRec &certificate(SessionRec &s, bool remote)
    {
        quint32 &index = remote ? s.remoteCert : s.localCert;
        if (index == 0) {
            fragment.certificates.emplace_back();
            index = quint32(fragment.certificates.size());
        }
        return fragment.certificates[index - 1];
    }

    // The intern cache outlives a file: one per thread and store, so the next file on this
    // thread starts warm.
    static InternCache &threadCache(const StringStore &s)
    {
        thread_local quint64 serial = 0;
        thread_local InternCache cache;
        if (serial != s.serial()) {
            cache = InternCache();
            serial = s.serial();
        }
        return cache;
    }

    Private(StringStore &s, int file, LogDirection type)
        : strings(s)
        , logType(type)
        , localIds(threadCache(s))
    {
        fragment.file = file;
        for (int i = 0; i < ColumnCount; ++i)
            column[i] = i;
    }

    void problem(qint64 line, LogProblem::Kind kind, QByteArrayView text)
    {
        if (fragment.problems.size() >= MaxProblemsPerFile) {
            ++fragment.droppedProblems;
            return;
        }
        LogProblem p;
        p.line = line;
        p.kind = kind;
        p.text = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 200)));
        fragment.problems.append(p);
    }

    void header(QByteArrayView line, qint64 number)
    {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return;
        const QByteArrayView name = trimmed(line.sliced(1, colon - 1));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (equalsCi(name, "Log-type")) {
            if (value.contains("Send") || value.contains("send") || value.contains("SEND"))
                logType = LogDirection::Send;
            else if (value.contains("Receive") || value.contains("receive") || value.contains("RECEIVE"))
                logType = LogDirection::Receive;
        } else if (equalsCi(name, "Fields")) {
            headerSeen = true;
            for (int &c : column)
                c = -1;
            int n = 0;
            qsizetype pos = 0;
            while (pos <= value.size()) {
                qsizetype comma = value.indexOf(',', pos);
                if (comma < 0)
                    comma = value.size();
                const QByteArrayView field = trimmed(value.sliced(pos, comma - pos));
                for (int c = 0; c < ColumnCount; ++c) {
                    if (equalsCi(field, QByteArrayView(columnNames[c])))
                        column[c] = n;
                }
                ++n;
                pos = comma + 1;
            }
            fieldCount = n;
            fieldsUsable = column[ColDateTime] >= 0 && column[ColSession] >= 0 && column[ColEvent] >= 0;
            if (!fieldsUsable)
                problem(number, LogProblem::BadHeader, line);
        }
    }

    QByteArrayView field(int c, int count) const
    {
        const int at = column[c];
        return at >= 0 && at < count && at < 16 ? fields[at] : QByteArrayView();
    }

    SessionRec &sessionFor(QByteArrayView connectorText, QByteArrayView sessionText, qint64 ms, quint32 seq,
                           qint64 line)
    {
        if (connectorText != lastConnectorText || (lastConnector == 0 && !connectorText.isEmpty())) {
            QByteArrayView stored;
            lastConnector = intern(connectorText, &stored);
            lastConnectorText = lastConnector ? stored : QByteArrayView();
        }
        quint64 id = 0;
        bool hex = sessionText.size() >= 8 && parseHex64(sessionText, &id);
        if (!hex)
            id = hash64(sessionText);
        const SessionKey key{id, lastConnector, quint8(logType)};
        // lines of one session often come in bursts: skip the hash lookup then
        bool inserted = false;
        if (!haveLastKey || !(key == lastKey)) {
            lastIndex = index.findOrInsert(key, quint32(fragment.sessions.size()), &inserted);
            lastKey = key;
            haveLastKey = true;
        }
        if (!inserted) {
            SessionRec &s = fragment.sessions[lastIndex];
            if (seq > s.lastSeq + 1)
                s.gaps += seq - s.lastSeq - 1;
            if (seq > s.lastSeq)
                s.lastSeq = seq;
            if (ms > s.endMs)
                s.endMs = ms;
            return s;
        }
        SessionRec &s = fragment.sessions.emplace_back();
        s.sessionId = id;
        s.connector = lastConnector;
        s.logType = quint8(logType);
        if (!hex) {
            s.flags |= FlagIdNotHex;
            s.idText = intern(sessionText);
        } else if (sessionText.size() != 16) {
            s.idText = intern(sessionText);
        }
        s.file = quint16(fragment.file);
        s.line = quint32(line);
        s.firstSeq = s.lastSeq = seq;
        s.startMs = s.endMs = ms;
        return s;
    }

    Endpoint endpoint(QByteArrayView text)
    {
        text = trimmed(text);
        Endpoint e;
        if (text.isEmpty())
            return e;
        const qsizetype colon = text.lastIndexOf(':');
        quint64 port = 0;
        if (colon > 0 && parseUInt(text.sliced(colon + 1), &port) && port < 65536) {
            QByteArrayView host = text.first(colon);
            if (host.startsWith('[') && host.endsWith(']'))
                host = host.sliced(1, host.size() - 2);
            e.host = intern(host);
            e.port = quint16(port);
        } else {
            e.host = intern(text);
        }
        return e;
    }

    void record(QByteArrayView line, qint64 number)
    {
        if (!fieldsUsable)
            return;
        int count = splitCsvLine(line, fields, 16, scratch);
        if (count < 0) {
            problem(number, LogProblem::UnterminatedQuote, line);
            return;
        }
        // A context with an unquoted comma (quotes lost in a paste) spills into extra fields.
        const int contextColumn = column[ColContext];
        if (count > fieldCount) {
            const qsizetype next = embeddedRecordStart(line);
            if (next > 0) {
                const QByteArray rest = line.sliced(next).toByteArray(); // fields and scratch are reused
                record(trimmed(line.first(next)), number);
                record(rest, number);
                return;
            }
        }
        if (count > fieldCount && contextColumn == fieldCount - 1 && fieldCount <= 16) {
            const char *begin = fields[contextColumn].data();
            const char *lineEnd = line.data() + line.size();
            if (begin >= line.data() && begin <= lineEnd)
                fields[contextColumn] = QByteArrayView(begin, lineEnd - begin);
            count = fieldCount;
        } else if (count == fieldCount - 1 && contextColumn == fieldCount - 1) {
            fields[contextColumn] = {}; // trailing empty context without its comma
            count = fieldCount;
        }
        if (count != fieldCount) {
            problem(number, LogProblem::FieldCount, line);
            return;
        }
        qint64 ms = 0;
        bool placeholder = false;
        if (!parseTimestamp(trimmed(field(ColDateTime, count)), &ms)) {
            // documentation samples: "Date/Time,Connector,SessionID,SequenceNumber,…" keep their session
            placeholder = isPlaceholderStamp(trimmed(field(ColDateTime, count)));
            if (!placeholder) {
                problem(number, LogProblem::BadTimestamp, line);
                return;
            }
            ms = lastTime;
        }
        lastTime = ms;
        const QByteArrayView sessionText = trimmed(field(ColSession, count));
        if (sessionText.isEmpty()) {
            problem(number, LogProblem::MissingSessionId, line);
            return;
        }
        const QByteArrayView eventText = trimmed(field(ColEvent, count));
        if (eventText.size() != 1 || !std::strchr("+-<>*", eventText[0])) {
            if (eventText.size() == 2 && eventText[0] == '\\' && std::strchr("+-<>*", eventText[1])) {
                record(markdownCleaned(line), number); // "\*" from a Markdown page
                return;
            }
            problem(number, LogProblem::BadEvent, line);
            return;
        }
        quint64 seq = 0;
        if (column[ColSequence] >= 0) {
            const QByteArrayView seqText = trimmed(field(ColSequence, count));
            if (!seqText.isEmpty() && !parseUInt(seqText, &seq) && !placeholder) {
                problem(number, LogProblem::BadSequenceNumber, line);
                return;
            }
        }
        SessionRec &s = sessionFor(trimmed(field(ColConnector, count)), sessionText, ms, quint32(seq), number);
        if (s.local.isEmpty()) {
            const QByteArrayView local = field(ColLocal, count);
            if (!local.isEmpty())
                s.local = endpoint(local);
        }
        if (s.remote.isEmpty()) {
            const QByteArrayView remote = field(ColRemote, count);
            if (!remote.isEmpty())
                s.remote = endpoint(remote);
        }
        const QByteArrayView data = field(ColData, count);
        const QByteArrayView context = field(ColContext, count);
        switch (eventText[0]) {
        case '+':
            break;
        case '-': {
            // "Local", "Remote", or with a reason: "Remote(TimedOut)", "Local(SocketError)"
            const QByteArrayView why = trimmed(context);
            s.flags |= startsWithCi(why, "Remote") ? FlagDisconnectRemote : FlagDisconnectLocal;
            if (why.contains("TimedOut") || why.contains("Timeout"))
                s.flags |= FlagTimedOut;
            break;
        }
        case '<':
        case '>': {
            const QByteArrayView text = trimmed(data.isEmpty() ? context : data);
            if (text.size() >= 3 && isDigit(text[0]) && isDigit(text[1]) && isDigit(text[2])
                && (text.size() == 3 || text[3] == ' ' || text[3] == '-')) {
                s.flags |= eventText[0] == '<' ? FlagRepliesOnLess : FlagRepliesOnGreater;
                reply(s, text);
            } else {
                command(s, text);
            }
            break;
        }
        case '*':
            info(s, trimmed(data), trimmed(context));
            break;
        }
    }

    // --- commands and replies ---

    void push(SessionRec &s, Command c)
    {
        if (s.pendingCount < std::size(s.pending))
            s.pending[s.pendingCount++] = c;
    }

    Command pop(SessionRec &s)
    {
        if (s.pendingCount == 0)
            return Command::None;
        const Command c = s.pending[0];
        std::move(s.pending + 1, s.pending + s.pendingCount, s.pending);
        --s.pendingCount;
        return c;
    }

    MessageRec &currentMessage(SessionRec &s, bool forReply)
    {
        if (s.messages.empty()) {
            MessageRec &m = s.messages.emplace_back();
            m.items.reserve(4);
            // a session whose first line here is not its first line continues a message of an earlier file
            m.continuation = forReply || s.firstSeq > 0;
        }
        return s.messages.back();
    }

    void command(SessionRec &s, QByteArrayView text)
    {
        qsizetype pos = 0;
        const QByteArrayView verb = nextToken(text, &pos);
        if (equalsCi(verb, "EHLO") || equalsCi(verb, "HELO")) {
            s.flags |= FlagEhloSeen;
            if (s.ehlo == 0)
                s.ehlo = intern(trimmed(text.sliced(pos)));
            push(s, Command::Ehlo);
        } else if (equalsCi(verb, "STARTTLS") || equalsCi(verb, "X-ANONYMOUSTLS")) {
            s.flags |= FlagIssued;
            push(s, Command::StartTls);
        } else if (equalsCi(verb, "MAIL")) {
            // The send log announces the message ("sending message with RecordId …") before MAIL FROM.
            if (s.messages.empty() || s.messages.back().mailFrom != 0 || s.messages.back().continuation
                || !s.messages.back().items.empty())
                s.messages.emplace_back();
            s.messages.back().items.reserve(4);
            s.messages.back().mailFrom = intern(pathArgument(text));
            if (s.messages.back().mailFrom == 0)
                s.messages.back().mailFrom = intern("<>");
            push(s, Command::Mail);
        } else if (equalsCi(verb, "RCPT")) {
            MessageItem item;
            item.reply.value = intern(pathArgument(text));
            currentMessage(s, false).items.push_back(item);
            push(s, Command::Rcpt);
        } else if (equalsCi(verb, "DATA")) {
            currentMessage(s, false).dataCommand = Command::Data;
            push(s, Command::Data);
        } else if (equalsCi(verb, "BDAT")) {
            MessageRec &m = currentMessage(s, false);
            m.dataCommand = Command::Bdat;
            const bool last = text.size() >= 4 && (text.endsWith("LAST") || text.endsWith("last"));
            push(s, last ? Command::BdatLast : Command::Bdat);
        } else if (equalsCi(verb, "QUIT")) {
            s.flags |= FlagQuit;
            push(s, Command::Quit);
        } else {
            push(s, Command::Other);
        }
    }

    void ehloExtensions(SessionRec &s, QByteArrayView text, bool oneLine)
    {
        // The same reply line comes back in session after session: read it once.
        const quint32 id = intern(text);
        auto [it, inserted] = ehloMemo.try_emplace(id);
        EhloFacts &facts = it->second;
        if (inserted)
            facts = readEhloReply(text, oneLine);
        s.extensions |= facts.extensions;
        if (facts.maxSize)
            s.maxSize = facts.maxSize;
        if (facts.auth) // the EHLO after STARTTLS usually lists more mechanisms: the last one wins
            s.auth = facts.auth;
        if (s.extensions & ExtStartTls)
            s.flags |= FlagOffered;
    }

    EhloFacts readEhloReply(QByteArrayView text, bool oneLine)
    {
        EhloFacts facts;
        qsizetype pos = 4;
        if (oneLine) {
            // "250  HOST Hello [ip] SIZE 37748736 PIPELINING …": keywords follow "Hello [ip]".
            const qsizetype hello = text.indexOf("Hello");
            if (hello < 0)
                return facts;
            pos = hello + 5;
            const QByteArrayView address = nextToken(text, &pos);
            if (!address.startsWith('[')) // "Hello" without address: the token was a keyword
                pos -= address.size();
        }
        quint32 lastBit = 0;
        QByteArray auth;
        while (pos < text.size()) {
            const QByteArrayView token = nextToken(text, &pos);
            if (token.isEmpty())
                break;
            const quint32 bit = extensionBit(token);
            if (bit) {
                facts.extensions |= bit;
                lastBit = bit;
                continue;
            }
            if (lastBit == ExtSize) {
                quint64 size = 0;
                if (parseUInt(token, &size))
                    facts.maxSize = quint32(std::min<quint64>(size, 0xffffffffu));
            } else if (lastBit == ExtAuth) {
                if (!auth.isEmpty())
                    auth += ' ';
                auth += token;
            } else {
                lastBit = 0; // an unknown keyword: its parameters are not AUTH's or SIZE's
            }
        }
        facts.auth = intern(auth);
        return facts;
    }

    void reply(SessionRec &s, QByteArrayView text)
    {
        const quint16 code = quint16((text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0'));
        const bool more = text.size() > 3 && text[3] == '-';
        const Command front = s.pendingCount ? s.pending[0] : Command::None;
        Command answers = more ? front : pop(s);

        if (answers == Command::Ehlo || (answers == Command::None && code == 250 && text.contains("Hello"))) {
            if (code == 250) {
                const bool oneLine = !more && text.contains("Hello") && text.size() > 40;
                if (more || oneLine)
                    ehloExtensions(s, text, oneLine);
                else
                    ehloExtensions(s, text, false); // "250 LASTKEYWORD" ending a 250- list
            }
            answers = Command::Ehlo;
        } else if (answers == Command::None && code == 220) {
            if (s.banner == 0 && !(s.flags & FlagEhloSeen)) {
                qsizetype pos = 4;
                s.banner = intern(nextToken(text, &pos));
            } else if (s.flags & FlagEhloSeen) {
                s.flags |= FlagIssued; // "220 2.0.0 SMTP server ready" after EHLO: the STARTTLS line is missing
            }
        }
        if (answers == Command::StartTls && code >= 400 && s.tlsOutcome == TlsOutcome::None) {
            s.tlsOutcome = TlsOutcome::Failed;
            s.tlsError = intern(trimmed(text.first(std::min<qsizetype>(text.size(), 9))));
        }

        ReplyRec r;
        r.code = code;
        r.answers = answers;
        if (code >= 400) {
            r.hasText = 1;
            r.value = intern(text);
        } else if (text.size() > 4) {
            qsizetype pos = 4;
            const QByteArrayView second = nextToken(text, &pos);
            if (second.size() >= 5 && (second[0] == '2' || second[0] == '4' || second[0] == '5') && second[1] == '.'
                && isDigit(second[2]))
                r.value = intern(second);
        }
        bool hasEnhanced = r.value != 0 && !r.hasText;
        if (r.hasText && text.size() > 8) {
            const char c = text[4];
            hasEnhanced = (c == '2' || c == '4' || c == '5') && text[5] == '.';
        }
        if (code >= 400) {
            s.lastError = r;
            if (code == 421 && (text.contains("timed out") || text.contains("timeout") || text.contains("Timeout")))
                s.flags |= FlagTimedOut;
        }

        switch (answers) {
        case Command::Mail:
        case Command::Rcpt: {
            MessageRec &m = currentMessage(s, true);
            m.items.push_back({r});
            if (code >= 400 && answers == Command::Mail)
                m.outcome = code >= 500 ? MessageOutcome::Rejected : MessageOutcome::Deferred;
            break;
        }
        case Command::Data:
        case Command::Bdat:
        case Command::BdatLast:
        case Command::DataEnd: {
            MessageRec &m = currentMessage(s, true);
            m.items.push_back({r});
            if (answers == Command::Data && code == 354) {
                // the final reply to the message body follows
                std::move_backward(s.pending, s.pending + std::min<int>(s.pendingCount, 5), s.pending + std::min<int>(s.pendingCount, 5) + 1);
                s.pending[0] = Command::DataEnd;
                s.pendingCount = quint8(std::min<int>(s.pendingCount + 1, 6));
            } else if (answers != Command::Bdat || code >= 400) {
                finishMessage(m, code, text);
            }
            break;
        }
        case Command::None:
            // A reply without a known command: in a continuation file, it answers the message in progress.
            if ((code == 250 && text.contains("Queued mail"))
                || (s.firstSeq > 0 && !(s.flags & FlagEhloSeen) && hasEnhanced && code != 220 && code != 221)) {
                MessageRec &m = currentMessage(s, true);
                m.items.push_back({r});
                finishMessage(m, code, text);
            }
            break;
        default:
            break;
        }
    }

    void finishMessage(MessageRec &m, quint16 code, QByteArrayView text)
    {
        if (code < 300) {
            m.outcome = MessageOutcome::Queued;
            if (m.messageId.length == 0) {
                const qsizetype open = text.indexOf('<');
                const qsizetype close = open >= 0 ? text.indexOf('>', open) : -1;
                if (close > open + 1)
                    m.messageId = strings.store(text.sliced(open + 1, close - open - 1), arena);
            }
        } else {
            m.outcome = code >= 500 ? MessageOutcome::Rejected : MessageOutcome::Deferred;
        }
    }

    // --- info lines ---

    void certificateLine(CertRec &cert, QByteArrayView value)
    {
        // " CN=subj CN=issuer, O=… <serial> <thumb> <notBefore> <notAfter> <SAN;SAN;>"
        std::vector<QByteArrayView> tokens;
        qsizetype pos = 0;
        while (pos < value.size()) {
            const QByteArrayView token = nextToken(value, &pos);
            if (!token.isEmpty())
                tokens.push_back(token);
        }
        int n = int(tokens.size());
        auto isStamp = [](QByteArrayView t) { return looksLikeTimestampStart(t) && t.contains('T'); };
        int names = -1;
        if (n >= 1 && !isStamp(tokens[n - 1]) && n >= 5 && isStamp(tokens[n - 2]))
            names = --n;
        if (n < 5 || !isStamp(tokens[n - 1]) || !isStamp(tokens[n - 2])) {
            cert.subject = intern(trimmed(value));
            return;
        }
        if (names >= 0)
            cert.names = intern(tokens[names]);
        cert.notAfter = intern(tokens[n - 1]);
        cert.notBefore = intern(tokens[n - 2]);
        cert.thumbprint = intern(tokens[n - 3]);
        cert.serial = intern(tokens[n - 4]);
        // Subject and issuer: the issuer starts at the first "X=" token not preceded by a comma.
        const char *dnBegin = tokens[0].data();
        const char *dnEnd = tokens[n - 5].data() + tokens[n - 5].size();
        const QByteArrayView dns(dnBegin, dnEnd - dnBegin);
        qsizetype split = -1;
        for (qsizetype i = 1; i + 1 < dns.size(); ++i) {
            if (dns[i] != ' ' || dns[i - 1] == ',')
                continue;
            qsizetype j = i + 1;
            while (j < dns.size() && (std::isalnum(static_cast<unsigned char>(dns[j])) || dns[j] == '.'))
                ++j;
            if (j < dns.size() && j > i + 1 && dns[j] == '=') {
                split = i;
                break;
            }
        }
        if (split < 0) {
            cert.subject = intern(dns);
        } else {
            cert.subject = intern(trimmed(dns.first(split)));
            cert.issuer = intern(trimmed(dns.sliced(split + 1)));
        }
    }

    void tlsSucceeded(SessionRec &s, QByteArrayView text)
    {
        s.tlsOutcome = TlsOutcome::Ok;
        s.tlsError = 0;
        int algorithm = 0;
        qsizetype pos = 0;
        while (pos < text.size()) {
            QByteArrayView token = nextToken(text, &pos);
            if (token.isEmpty())
                break;
            while (!token.isEmpty() && (token.endsWith(',') || token.endsWith('.')))
                token.chop(1);
            if (startsWithCi(token, "SP_PROT_")) {
                s.tlsVersion = schannelProtocol(token);
            } else if (startsWithCi(token, "CALG_") && algorithm < 3) {
                const quint32 id = intern(normalisedAlgorithm(token));
                quint64 bits = 0;
                // "… CALG_AES_128 with strength 128 bits"
                qsizetype look = pos;
                if (nextToken(text, &look) == "with" && nextToken(text, &look) == "strength") {
                    QByteArrayView number = nextToken(text, &look);
                    parseUInt(number, &bits);
                }
                (algorithm == 0 ? s.bulk : algorithm == 1 ? s.mac : s.kex) = id;
                (algorithm == 0 ? s.bulkBits : algorithm == 1 ? s.macBits : s.kexBits) = quint16(std::min<quint64>(bits, 65535));
                ++algorithm;
            }
        }
    }

    void info(SessionRec &s, QByteArrayView data, QByteArrayView context)
    {
        const QByteArrayView text = context.isEmpty() ? data : context;
        if (text.isEmpty())
            return;
        switch (upper(text[0])) {
        case 'T':
            if (startsWithCi(text, "TLS protocol ") && text.contains("succeeded")) {
                tlsSucceeded(s, text);
                return;
            }
            if (startsWithCi(text, "TLS negotiation failed")) {
                s.tlsOutcome = TlsOutcome::Failed;
                const qsizetype at = text.indexOf("with error ");
                QByteArrayView token = at >= 0 ? trimmed(text.sliced(at + 11)) : QByteArrayView("Unknown");
                const qsizetype space = token.indexOf(' ');
                if (space > 0)
                    token = token.first(space);
                s.tlsError = intern(token);
                return;
            }
            break;
        case 'S':
            if (startsWithCi(text, "Sending certificate")) {
                s.flags &= ~FlagCertRemote;
                if (!data.isEmpty() && context.size() > 20) {
                    // the same certificate line repeats in every session: share its record
                    if (lastCertIndex != 0 && data == QByteArrayView(lastCertData)) {
                        s.localCert = lastCertIndex;
                    } else {
                        s.localCert = 0;
                        certificateLine(certificate(s, false), data);
                        lastCertData = data.toByteArray();
                        lastCertIndex = s.localCert;
                    }
                }
                return;
            }
            if (startsWithCi(text, "sending message with RecordId")) {
                MessageRec &m = s.messages.emplace_back();
                qsizetype pos = 29;
                parseUInt(nextToken(text, &pos), &m.recordId);
                const qsizetype at = text.indexOf("InternetMessageId");
                if (at >= 0) {
                    qsizetype p = at + 17;
                    QByteArrayView id = nextToken(text, &p);
                    if (id.startsWith('<') && id.endsWith('>') && id.size() > 2)
                        id = id.sliced(1, id.size() - 2);
                    m.messageId = strings.store(id, arena);
                }
                return;
            }
            break;
        case 'R':
            if (startsWithCi(text, "Received certificate")) {
                s.flags |= FlagCertRemote;
                if (!data.isEmpty() && context.size() > 21)
                    certificateLine(certificate(s, true), data);
                return;
            }
            break;
        case 'C':
            if (startsWithCi(text, "Certificate ") && !data.isEmpty()) {
                const bool remote = s.flags & FlagCertRemote;
                // a shared one-line record is never edited: the 2013 lines build their own
                if (!remote && s.localCert != 0 && s.localCert == lastCertIndex)
                    s.localCert = 0;
                CertRec &cert = certificate(s, remote);
                const QByteArrayView item = text.sliced(12);
                const quint32 value = intern(data);
                if (startsWithCi(item, "subject"))
                    cert.subject = value;
                else if (startsWithCi(item, "issuer"))
                    cert.issuer = value;
                else if (startsWithCi(item, "serial"))
                    cert.serial = value;
                else if (startsWithCi(item, "thumbprint"))
                    cert.thumbprint = value;
                else if (startsWithCi(item, "alternate") || startsWithCi(item, "subject alternate"))
                    cert.names = value;
                else if (startsWithCi(item, "not before") || startsWithCi(item, "valid from"))
                    cert.notBefore = value;
                else if (startsWithCi(item, "not after") || startsWithCi(item, "valid to") || startsWithCi(item, "expir"))
                    cert.notAfter = value;
                return;
            }
            break;
        default:
            break;
        }
        // Rare lines: connect failures and timeouts. One cheap scan decides whether to look closer.
        if (!text.contains("ailed") && !text.contains("ime"))
            return;
        if (text.contains("ailed to connect") || text.contains("onnection failed")) {
            s.flags |= FlagConnectFailed;
            if (text.contains("timed out") || text.contains("10060"))
                s.flags |= FlagTimedOut;
        } else if (text.contains("timed out") || text.contains("Timeout") || text.contains("timeout")) {
            s.flags |= FlagTimedOut;
        }
    }

    // --- lines ---

    void logicalLine(QByteArrayView line, qint64 number)
    {
        ++fragment.lines;
        if (line.startsWith('#')) {
            header(line, number);
            return;
        }
        record(line, number);
    }

    void flushPending()
    {
        if (pendingLine == 0)
            return;
        const QByteArrayView line = pendingCopied ? QByteArrayView(pending) : pendingView;
        logicalLine(line, pendingLine);
        pendingLine = 0;
        pendingCopied = false;
        pendingView = {};
    }

    void physicalLine(QByteArrayView line)
    {
        ++lineNumber;
        if (atStart) {
            if (line.startsWith("\xEF\xBB\xBF"))
                line = line.sliced(3);
            atStart = false;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        QByteArrayView content = trimmed(line);
        if (content.isEmpty())
            return;
        if (content[0] == '>' || (content[0] == '#' && content.size() > 1 && isSpace(content[1])))
            content = withoutPastePrefix(content);
        // With date-time first (the normal order), a line that does not start with a timestamp continues
        // the previous one; with reordered #Fields every line is a record.
        if (content.startsWith('#')) {
            flushPending();
            logicalLine(content, lineNumber);
            return;
        }
        if (column[ColDateTime] != 0 || looksLikeTimestampStart(content) || isPlaceholderStamp(content)) {
            flushPending();
            pendingLine = lineNumber;
            pendingView = content;
            pendingCopied = false;
            return;
        }
        // Code fences and elisions of a pasted page end the record before them instead of continuing it.
        if (pendingLine == 0 || content.startsWith("```") || content == "...") {
            flushPending();
            problem(lineNumber, LogProblem::StrayText, content);
            return;
        }
        // A line broken by a ticket system or mail client: join it to the line it continues.
        if (!pendingCopied) {
            pending = pendingView.toByteArray();
            pendingCopied = true;
        }
        pending.append(' ');
        pending.append(content);
    }
};

LogFileParser::LogFileParser(StringStore &strings, int file, LogDirection logTypeFromName)
    : d(std::make_unique<Private>(strings, file, logTypeFromName))
{
}

LogFileParser::~LogFileParser() = default;

void LogFileParser::feed(QByteArrayView data)
{
    d->fragment.bytes += data.size();
    const char *p = data.data();
    const char *const end = p + data.size();
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', end - p));
        const char *lineEnd = nl ? nl : end;
        d->physicalLine(QByteArrayView(p, lineEnd - p));
        p = nl ? nl + 1 : end;
    }
    // The data may go away (unmapped window): keep the pending line.
    if (d->pendingLine != 0 && !d->pendingCopied) {
        d->pending = d->pendingView.toByteArray();
        d->pendingCopied = true;
    }
}

FileFragment LogFileParser::finish()
{
    d->flushPending();
    return std::move(d->fragment);
}

} // namespace Mailflow::Internal
