// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvline.h"

#include <cstring>

namespace Mailflow::Internal {

namespace {

// Length of a quote character at @p p (1 for '"', 3 for the UTF-8 curly forms), else 0.
inline int quoteLength(const char *p, const char *end)
{
    if (*p == '"')
        return 1;
    if (end - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2) {
        const auto b1 = static_cast<unsigned char>(p[1]);
        const auto b2 = static_cast<unsigned char>(p[2]);
        if (b1 == 0x80 && (b2 == 0x9C || b2 == 0x9D || b2 == 0xB3)) // “ ” ″
            return 3;
    }
    return 0;
}

} // namespace

int splitCsvLine(QByteArrayView line, QByteArrayView *fields, int maxFields, QByteArray &scratch)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    int count = 0;
    bool scratchReady = false;
    for (;;) {
        const int open = p < end ? quoteLength(p, end) : 0;
        QByteArrayView field;
        if (open == 0) {
            const char *comma = static_cast<const char *>(std::memchr(p, ',', end - p));
            const char *stop = comma ? comma : end;
            field = QByteArrayView(p, stop - p);
            p = stop;
        } else {
            const bool ascii = open == 1;
            const char *start = p + open;
            const char *q = start;
            const char *close = nullptr;
            int closeLength = 0;
            bool doubled = false;
            while (q < end) {
                if (ascii) {
                    // an ASCII-quoted field closes only at '"': curly quotes inside are text
                    const char *next = static_cast<const char *>(std::memchr(q, '"', end - q));
                    if (!next)
                        break;
                    q = next;
                    if (q + 1 < end && q[1] == '"') { // "" inside a quoted field
                        doubled = true;
                        q += 2;
                        continue;
                    }
                    if (q + 1 == end || q[1] == ',') {
                        close = q;
                        closeLength = 1;
                        break;
                    }
                    ++q; // a stray quote: keep it
                    continue;
                }
                const auto c = static_cast<unsigned char>(*q);
                const int len = (c == '"' || c == 0xE2) ? quoteLength(q, end) : 0;
                if (len == 0) {
                    ++q;
                    continue;
                }
                if (len == 1 && q + 1 < end && q[1] == '"') {
                    doubled = true;
                    q += 2;
                    continue;
                }
                if (q + len == end || q[len] == ',') {
                    close = q;
                    closeLength = len;
                    break;
                }
                q += len;
            }
            if (!close)
                return -1;
            if (doubled) {
                if (!scratchReady) {
                    scratch.clear();
                    scratch.reserve(line.size());
                    scratchReady = true;
                }
                const qsizetype at = scratch.size();
                for (const char *s = start; s < close; ++s) {
                    scratch.append(*s);
                    if (*s == '"' && s + 1 < close && s[1] == '"')
                        ++s;
                }
                field = QByteArrayView(scratch.constData() + at, scratch.size() - at);
            } else {
                field = QByteArrayView(start, close - start);
            }
            p = close + closeLength;
            // Text after the closing quote (malformed but seen in pastes) is dropped up to the comma.
            if (p < end && *p != ',') {
                const char *comma = static_cast<const char *>(std::memchr(p, ',', end - p));
                p = comma ? comma : end;
            }
        }
        if (count < maxFields)
            fields[count] = field;
        ++count;
        if (p >= end)
            break;
        ++p; // the comma
        if (p == end) { // trailing comma: one more, empty field
            if (count < maxFields)
                fields[count] = QByteArrayView();
            ++count;
            break;
        }
    }
    return count;
}

} // namespace Mailflow::Internal
