// SPDX-License-Identifier: GPL-3.0-or-later
#include "probesocket.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#  include <winsock2.h>
#  include <ws2tcpip.h>
namespace {
using IoCount = int;
int lastError() { return WSAGetLastError(); }
bool wouldBlock(int e) { return e == WSAEWOULDBLOCK; }
bool inProgress(int e) { return e == WSAEWOULDBLOCK || e == WSAEINPROGRESS; }
bool isReset(int e) { return e == WSAECONNRESET || e == WSAECONNABORTED; }
void closeFd(qintptr fd) { ::closesocket(SOCKET(fd)); }
bool setNonBlocking(qintptr fd)
{
    u_long on = 1;
    return ::ioctlsocket(SOCKET(fd), FIONBIO, &on) == 0;
}
QString errorText(int e) { return QStringLiteral("socket error %1").arg(e); }
void ensureStarted()
{
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    Q_UNUSED(started);
}
} // namespace
#else
#  include <fcntl.h>
#  include <netinet/in.h>
#  include <netinet/tcp.h>
#  include <sys/socket.h>
#  include <unistd.h>
namespace {
using IoCount = ssize_t;
int lastError() { return errno; }
bool wouldBlock(int e) { return e == EAGAIN || e == EWOULDBLOCK; }
bool inProgress(int e) { return e == EINPROGRESS; }
bool isReset(int e) { return e == ECONNRESET; }
void closeFd(qintptr fd) { ::close(int(fd)); }
bool setNonBlocking(qintptr fd) { return ::fcntl(int(fd), F_SETFL, ::fcntl(int(fd), F_GETFL) | O_NONBLOCK) == 0; }
QString errorText(int e) { return QString::fromLocal8Bit(std::strerror(e)); }
void ensureStarted() {}
} // namespace
#endif

namespace Mailflow::Internal {

ProbeSocket::ProbeSocket(QObject *parent)
    : QObject(parent)
{
}

ProbeSocket::~ProbeSocket()
{
    close();
}

bool ProbeSocket::connectTo(const QHostAddress &address, quint16 port)
{
    ensureStarted();
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(&storage);
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&sa->sin6_addr, ip.c, 16);
        sa->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(&storage);
        sa->sin_family = AF_INET;
        sa->sin_port = htons(port);
        sa->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const auto fd = ::socket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP);
#ifdef Q_OS_WIN
    if (fd == INVALID_SOCKET) {
#else
    if (fd < 0) {
#endif
        m_error = errorText(lastError());
        return false;
    }
    m_fd = qintptr(fd);
    setNonBlocking(m_fd);
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one), sizeof(one));
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_readNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ProbeSocket::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ProbeSocket::onWritable);
#ifdef Q_OS_WIN
    // Winsock reports a failed connect() through the exception set, not as writable.
    m_exceptionNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Exception, this);
    connect(m_exceptionNotifier, &QSocketNotifier::activated, this, [this] {
        if (m_connecting)
            onWritable();
    });
#endif
    m_connecting = true;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0) {
        const int e = lastError();
        if (!inProgress(e)) {
            m_connecting = false;
            m_error = errorText(e);
            m_writeNotifier->setEnabled(false);
            QMetaObject::invokeMethod(this, [this, error = m_error] {
                close();
                Q_EMIT failed(error);
            }, Qt::QueuedConnection);
        }
    }
    return true;
}

void ProbeSocket::onWritable()
{
    if (m_connecting) {
        int error = 0;
        socklen_t len = sizeof(error);
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error), &len);
        m_connecting = false;
        if (error != 0) {
            m_error = errorText(error);
            close();
            Q_EMIT failed(m_error);
            return;
        }
        m_writeNotifier->setEnabled(!m_out.isEmpty());
        m_readNotifier->setEnabled(true);
        if (m_exceptionNotifier)
            m_exceptionNotifier->setEnabled(false);
        Q_EMIT connected();
        if (m_fd >= 0)
            flush();
        return;
    }
    flush();
}

void ProbeSocket::write(QByteArrayView data)
{
    if (m_fd < 0)
        return;
    m_out.append(data);
    if (!m_connecting)
        flush();
}

void ProbeSocket::flush()
{
    while (m_fd >= 0 && !m_out.isEmpty()) {
#ifdef Q_OS_WIN
        const IoCount n = ::send(SOCKET(m_fd), m_out.constData(), int(m_out.size()), 0);
#else
        const IoCount n = ::send(int(m_fd), m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
#endif
        if (n < 0) {
            const int e = lastError();
            if (wouldBlock(e))
                break;
            // The peer's RST shows up on the read side too; let the reader classify it.
            m_out.clear();
            break;
        }
        m_out.remove(0, n);
    }
    if (m_writeNotifier && m_fd >= 0)
        m_writeNotifier->setEnabled(!m_out.isEmpty());
}

void ProbeSocket::onReadable()
{
    char chunk[16384];
    bool gotData = false;
    for (;;) {
#ifdef Q_OS_WIN
        const IoCount n = ::recv(SOCKET(m_fd), chunk, int(sizeof(chunk)), 0);
#else
        const IoCount n = ::recv(int(m_fd), chunk, sizeof(chunk), 0);
#endif
        if (n > 0) {
            m_in.append(chunk, n);
            gotData = true;
            if (m_in.size() > (4 << 20))
                break; // let the reader judge; never buffer without bound
            continue;
        }
        const int e = n < 0 ? lastError() : 0;
        if (n < 0 && wouldBlock(e))
            break;
        // FIN (0) or an error: report buffered data first, then the close.
        const CloseKind kind = n == 0 ? CloseKind::Fin : isReset(e) ? CloseKind::Reset : CloseKind::Error;
        const QString error = n == 0 ? QString() : errorText(e);
        close();
        if (gotData)
            Q_EMIT dataReceived();
        Q_EMIT peerClosed(kind, error);
        return;
    }
    if (gotData)
        Q_EMIT dataReceived();
}

void ProbeSocket::close()
{
    if (m_fd < 0)
        return;
    // close() may run inside a notifier's own signal: never delete them synchronously.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier, m_exceptionNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->disconnect(this);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_exceptionNotifier = nullptr;
    closeFd(m_fd);
    m_fd = -1;
}

} // namespace Mailflow::Internal
