// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QSocketNotifier;

namespace Mailflow::Internal {

/// A non-blocking TCP client socket driven by the event loop. Unlike QTcpSocket (which maps
/// ECONNRESET to RemoteHostClosedError) it tells a peer's FIN from a peer's RST.
class ProbeSocket : public QObject
{
    Q_OBJECT
public:
    enum class CloseKind { Fin, Reset, Error };

    explicit ProbeSocket(QObject *parent = nullptr);
    ~ProbeSocket() override;

    /// Starts connecting; emits connected() or failed(). Returns false (and emits nothing)
    /// when the socket could not even be created.
    bool connectTo(const QHostAddress &address, quint16 port);
    /// Queues @p data and writes as much as the kernel takes now.
    void write(QByteArrayView data);
    /// Bytes received and not yet taken.
    QByteArray &buffer() { return m_in; }
    /// Closes the socket (no more signals).
    void close();
    bool isOpen() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void connected();
    void failed(const QString &error); ///< connecting failed
    void dataReceived();
    void peerClosed(Mailflow::Internal::ProbeSocket::CloseKind kind, const QString &error);

private:
    void onReadable();
    void onWritable();
    void flush();

    qintptr m_fd = -1;
    bool m_connecting = false;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QSocketNotifier *m_exceptionNotifier = nullptr;
    QByteArray m_in;
    QByteArray m_out;
    QString m_error;
};

} // namespace Mailflow::Internal
