// SPDX-License-Identifier: GPL-3.0-or-later
// Decoder throughput: the corpus, and random text of growing size (time should grow linearly).
#include "decode/decoderesult.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

int main()
{
    const QDir inputs(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/decode/input"));
    QList<QByteArray> samples;
    for (const QString &file : inputs.entryList(QDir::Files)) {
        QFile f(inputs.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            samples.append(f.readAll());
    }
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    while (timer.elapsed() < 2000) {
        for (const QByteArray &s : samples)
            Mailflow::decodeBytes(s);
        ++rounds;
    }
    std::printf("corpus: %lld samples x %d rounds in %lld ms = %.3f ms per sample\n", qint64(samples.size()), rounds,
                qint64(timer.elapsed()), double(timer.elapsed()) / (samples.size() * rounds));

    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789 .,;:'\"-> []{}=@/\n";
    for (const int megabytes : {5, 10, 25, 50}) {
        QByteArray text;
        text.reserve(qsizetype(megabytes) * 1024 * 1024);
        QRandomGenerator rng(megabytes);
        while (text.size() < qsizetype(megabytes) * 1024 * 1024)
            text.append(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
        timer.restart();
        const Mailflow::DecodeResult r = Mailflow::decodeBytes(text);
        const qint64 ms = timer.elapsed();
        std::printf("random text %2d MB: %6lld ms (%.1f MB/s), kind %s\n", megabytes, ms, megabytes * 1000.0 / qMax<qint64>(ms, 1),
                    qPrintable(Mailflow::decodeKindName(r.kind)));
    }
    // A mail log that a forum copy flattened into one line is split back into its entries (below 256 kB of text).
    const QByteArray entry = "Sep 19 16:00:16 mx postfix/smtp[1310]: 34D37115F3A: to=<a@example.com>, relay=mx.example.com[192.0.2.1]:25, "
                             "delay=0.6, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out) ";
    QByteArray flattened;
    while (flattened.size() + entry.size() < 250 * 1024)
        flattened.append(entry);
    timer.restart();
    const Mailflow::DecodeResult log = Mailflow::decodeBytes(flattened);
    std::printf("flattened mail log, %lld kB: %lld ms, %lld attempts\n", qint64(flattened.size() / 1024), qint64(timer.elapsed()), qint64(log.attempts.size()));
    QByteArray line(1024 * 1024, 'x');
    timer.restart();
    Mailflow::decodeBytes(line);
    std::printf("1 MB single line: %lld ms\n", qint64(timer.elapsed()));
    return 0;
}
