// SPDX-License-Identifier: GPL-3.0-or-later
#include "probemodels.h"

#include "widgets/outcomecolors.h"

#include "common/exchangeonline.h"
#include "probe/ciphersuites.h"
#include "probe/probetext.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {

QIcon dotIcon(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QIcon standardIcon(QStyle::StandardPixmap which)
{
    return QApplication::style()->standardIcon(which);
}

QColor outcomeColorFor(ProbeOutcome outcome, TlsVersion version, const QPalette &palette)
{
    switch (outcome) {
    case ProbeOutcome::Accepted:
        return tlsVersionColor(tlsVersionName(version), palette);
    case ProbeOutcome::Alert:
    case ProbeOutcome::Closed:
    case ProbeOutcome::Reset:
    case ProbeOutcome::Downgraded:
        return outcomeColor(Outcome::TlsFailed, palette);
    case ProbeOutcome::Timeout:
        return outcomeColor(Outcome::Deferred, palette);
    case ProbeOutcome::StartTlsRefused:
        return outcomeColor(Outcome::PlaintextFallback, palette);
    case ProbeOutcome::Untestable:
    case ProbeOutcome::ProtocolError:
    case ProbeOutcome::NotTested:
        break;
    }
    return outcomeColor(Outcome::Other, palette);
}

QString versionLabel(TlsVersion version)
{
    return canonicalTlsVersion(tlsVersionName(version));
}

} // namespace

// ---------------------------------------------------------------------------------------------

ProbeMatrixModel::ProbeMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProbeMatrixModel::startProbe(const QList<TlsVersion> &versions)
{
    QList<TlsVersion> sorted = versions;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    beginResetModel();
    m_rows.clear();
    for (TlsVersion v : std::as_const(sorted)) {
        Row row;
        row.version.version = v;
        m_rows.append(row);
    }
    endResetModel();
}

int ProbeMatrixModel::rowOf(TlsVersion version) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).version.version == version)
            return int(i);
    }
    return -1;
}

void ProbeMatrixModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProbeMatrixModel::addAttempt(const ProbeAttempt &attempt)
{
    const int row = rowOf(attempt.version);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    ++r.attempts;
    if (attempt.purpose != ProbePurpose::Version) {
        emitRowChanged(row);
        return;
    }
    r.pending = false;
    r.version.outcome = attempt.outcome;
    r.version.alert = attempt.alert;
    r.version.ms = attempt.ms;
    r.version.serverVersion = attempt.serverVersion;
    r.version.cipherSuite = attempt.outcome == ProbeOutcome::Accepted ? attempt.cipherSuite : 0;
    r.version.reply = attempt.reply;
    r.version.detail = attempt.detail;
    emitRowChanged(row);
}

void ProbeMatrixModel::setVersion(const VersionResult &version)
{
    int row = rowOf(version.version);
    if (row < 0) {
        // A version the matrix was not started with: insert it in protocol order.
        row = 0;
        while (row < m_rows.size() && m_rows.at(row).version.version < version.version)
            ++row;
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row());
        endInsertRows();
    }
    Row &r = m_rows[row];
    r.version = version;
    r.pending = false;
    emitRowChanged(row);
}

void ProbeMatrixModel::setConfirmation(const ConfirmationResult &confirmation)
{
    const int row = rowOf(confirmation.version);
    if (row < 0)
        return;
    m_rows[row].confirmation = confirmation;
    emitRowChanged(row);
}

void ProbeMatrixModel::setResult(const ProbeResult &result)
{
    beginResetModel();
    QList<Row> rows;
    for (const VersionResult &v : result.versions) {
        Row row;
        row.version = v;
        row.pending = false;
        for (const ConfirmationResult &c : result.confirmations) {
            if (c.version == v.version)
                row.confirmation = c;
        }
        for (const ProbeAttempt &a : result.attempts) {
            if (a.version == v.version)
                ++row.attempts;
        }
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.version.version < b.version.version; });
    m_rows = rows;
    endResetModel();
}

void ProbeMatrixModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ProbeMatrixModel::finishPending()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).pending) {
            m_rows[i].pending = false;
            emitRowChanged(int(i));
        }
    }
}

int ProbeMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProbeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProbeMatrixModel::outcomeLabel(ProbeOutcome outcome, const QString &alert)
{
    switch (outcome) {
    case ProbeOutcome::Accepted: return tr("accepted");
    case ProbeOutcome::Alert: return alert.isEmpty() ? tr("alert") : tr("alert: %1").arg(alert);
    case ProbeOutcome::Closed: return tr("closed (FIN)");
    case ProbeOutcome::Reset: return tr("reset (RST)");
    case ProbeOutcome::Timeout: return tr("timeout");
    case ProbeOutcome::StartTlsRefused: return tr("STARTTLS refused");
    case ProbeOutcome::Untestable: return tr("untestable");
    case ProbeOutcome::Downgraded: return tr("downgraded");
    case ProbeOutcome::ProtocolError: return tr("protocol error");
    case ProbeOutcome::NotTested: return tr("not tested");
    }
    return {};
}

QString ProbeMatrixModel::reason(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (r.pending)
        return tr("Waiting for the server's answer to a %1 hello.").arg(versionLabel(r.version.version));
    const VersionResult &v = r.version;
    QString why;
    switch (v.outcome) {
    case ProbeOutcome::Accepted:
        why = tr("The server answered a %1 hello with a %1 ServerHello: it accepts this version.").arg(versionLabel(v.version));
        break;
    case ProbeOutcome::Alert:
        why = tr("The server refused the hello with the TLS alert \"%1\": it does not accept this version (or none of the suites offered).").arg(v.alert);
        break;
    case ProbeOutcome::Closed:
        why = tr("The server closed the connection without an alert (TCP FIN) when it saw the hello: it does not accept this "
                 "version. Exchange Online does the same to TLS 1.0 and 1.1 hellos.");
        break;
    case ProbeOutcome::Reset:
        why = tr("The connection was reset (TCP RST) after the hello: the server, or a firewall in front of it, refuses this version.");
        break;
    case ProbeOutcome::Timeout:
        why = tr("No answer to the hello within the time limit: the server or something in between drops it.");
        break;
    case ProbeOutcome::StartTlsRefused:
        why = tr("The SMTP dialogue did not get as far as TLS: %1").arg(v.reply.isEmpty() ? tr("STARTTLS was not offered or was refused.") : v.reply);
        break;
    case ProbeOutcome::Untestable:
        why = tr("This machine cannot test this version; this says nothing about the server.");
        break;
    case ProbeOutcome::Downgraded:
        why = tr("The server answered with a lower version than offered: it does not accept this one.");
        break;
    case ProbeOutcome::ProtocolError:
        why = tr("The answer was not TLS or was malformed.");
        break;
    case ProbeOutcome::NotTested:
        why = tr("Not tested (the probe was cancelled or stopped before this version).");
        break;
    }
    if (!v.detail.isEmpty())
        why += u"\n" + v.detail;
    return why;
}

QVariant ProbeMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const VersionResult &v = r.version;
    switch (role) {
    case OutcomeRole: return int(r.pending ? ProbeOutcome::NotTested : v.outcome);
    case OutcomeNameRole: return r.pending ? QString() : probeOutcomeName(v.outcome);
    case VersionRole: return int(v.version);
    case VersionNameRole: return tlsVersionName(v.version);
    case PendingRole: return r.pending;
    case MillisecondsRole: return v.ms;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn || index.column() == VersionColumn)
            return reason(index.row());
        if (index.column() == HandshakeColumn && !r.confirmation.detail.isEmpty())
            return r.confirmation.detail;
        if (index.column() == CipherColumn && v.cipherSuite)
            return tr("The suite the server picked from the version check's offer.");
        return {};
    case Qt::DecorationRole:
        if (index.column() == ResultColumn && !r.pending)
            return dotIcon(outcomeColorFor(v.outcome, v.version, QGuiApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && !r.pending && v.outcome != ProbeOutcome::Accepted && v.outcome != ProbeOutcome::NotTested
            && v.outcome != ProbeOutcome::Untestable)
            return outcomeColor(Outcome::TlsFailed, QGuiApplication::palette());
        if (r.pending)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (index.column() == VersionColumn || (index.column() == ResultColumn && v.outcome == ProbeOutcome::Accepted)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case VersionColumn: return versionLabel(v.version);
    case ResultColumn: return r.pending ? tr("testing…") : outcomeLabel(v.outcome, v.alert);
    case TimeColumn:
        if (r.pending || v.outcome == ProbeOutcome::Untestable || v.outcome == ProbeOutcome::NotTested)
            return QString();
        return tr("%1 ms").arg(v.ms);
    case CipherColumn: return v.cipherSuite ? cipherSuiteName(v.cipherSuite) : QString();
    case HandshakeColumn: {
        const ConfirmationResult &c = r.confirmation;
        if (c.outcome == ProbeOutcome::NotTested)
            return QString();
        if (c.outcome == ProbeOutcome::Accepted)
            return c.group.isEmpty() ? tr("OK, %1").arg(c.cipherSuite) : tr("OK, %1, %2").arg(c.cipherSuite, c.group);
        return outcomeLabel(c.outcome, c.alert);
    }
    }
    return {};
}

QVariant ProbeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case VersionColumn: return tr("Version");
        case ResultColumn: return tr("Result");
        case TimeColumn: return tr("Time");
        case CipherColumn: return tr("Server's pick");
        case HandshakeColumn: return tr("OpenSSL handshake");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ResultColumn: return tr("How the server answered a hello for this version");
        case TimeColumn: return tr("From connecting to the server's answer");
        case CipherColumn: return tr("The cipher suite the server chose from the first offer");
        case HandshakeColumn: return tr("A real OpenSSL handshake with this version, to confirm it");
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ProbeCipherModel::ProbeCipherModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProbeCipherModel::setCiphers(TlsVersion version, const QList<quint16> &suites, const QString &preference)
{
    if (!preference.isEmpty())
        m_preference.insert(version, preference);
    // Remove the version's old rows, then insert the new ones where newer versions end.
    qsizetype first = -1, count = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).version == version) {
            if (first < 0)
                first = i;
            ++count;
        }
    }
    if (count > 0) {
        beginRemoveRows({}, int(first), int(first + count - 1));
        m_rows.remove(first, count);
        endRemoveRows();
    }
    if (suites.isEmpty())
        return;
    qsizetype at = 0;
    while (at < m_rows.size() && m_rows.at(at).version > version)
        ++at;
    beginInsertRows({}, int(at), int(at + suites.size() - 1));
    for (qsizetype i = 0; i < suites.size(); ++i)
        m_rows.insert(at + i, Row{version, suites.at(i), int(i + 1)});
    endInsertRows();
}

void ProbeCipherModel::setResult(const ProbeResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_preference = result.cipherPreference;
    for (auto it = result.ciphers.cend(); it != result.ciphers.cbegin();) {
        --it;
        for (qsizetype i = 0; i < it.value().size(); ++i)
            m_rows.append(Row{it.key(), it.value().at(i), int(i + 1)});
    }
    endResetModel();
}

void ProbeCipherModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_preference.clear();
    endResetModel();
}

QString ProbeCipherModel::preference(TlsVersion version) const
{
    return m_preference.value(version);
}

QList<TlsVersion> ProbeCipherModel::versions() const
{
    QList<TlsVersion> result;
    for (const Row &row : m_rows) {
        if (result.isEmpty() || result.constLast() != row.version)
            result.append(row.version);
    }
    return result;
}

int ProbeCipherModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProbeCipherModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeCipherModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CipherSuiteInfo *info = cipherSuite(row.code);
    const bool weak = info && info->isWeak();
    const bool office = ExchangeOnline::isSupportedCipherSuite(row.code);
    const bool clientOrder = m_preference.value(row.version) == u"client";
    switch (role) {
    case CodeRole: return row.code;
    case VersionRole: return int(row.version);
    case WeakRole: return weak;
    case Office365Role: return office;
    case ClientOrderRole: return clientOrder;
    case SuiteNameRole: return cipherSuiteName(row.code);
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn: return versionLabel(row.version);
        case RankColumn: return clientOrder ? tr("%1 (client order)").arg(row.rank) : QString::number(row.rank);
        case SuiteColumn: return cipherSuiteName(row.code);
        case Office365Column: return office ? tr("Office 365") : QString();
        case WeaknessColumn: return info ? cipherSuiteWeaknesses(*info).join(QLatin1StringView(", ")) : QString();
        case DetailsColumn:
            if (!info)
                return QStringLiteral("0x%1").arg(row.code, 4, 16, QLatin1Char('0')).toUpper();
            return tr("%1 · %2 · %3 %4-bit · %5")
                .arg(QString::fromLatin1(info->keyExchange), QString::fromLatin1(info->authentication), QString::fromLatin1(info->cipher))
                .arg(info->bits)
                .arg(QString::fromLatin1(info->mac));
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SuiteColumn) {
            if (weak)
                return standardIcon(QStyle::SP_MessageBoxWarning);
            if (office)
                return standardIcon(QStyle::SP_DialogApplyButton);
        }
        return {};
    case Qt::ForegroundRole:
        if (weak && (index.column() == SuiteColumn || index.column() == WeaknessColumn))
            return outcomeColor(Outcome::TlsFailed, QGuiApplication::palette());
        if (office && index.column() == Office365Column)
            return tlsVersionColor(u"TLS 1.2", QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << cipherSuiteName(row.code);
        if (info && info->opensslName)
            lines << tr("OpenSSL name: %1").arg(QString::fromLatin1(info->opensslName));
        if (weak)
            lines << tr("Weak: %1. Remove it from the server's cipher list.").arg(cipherSuiteWeaknesses(*info).join(QLatin1StringView(", ")));
        if (office)
            lines << tr("On Office 365's list: Exchange Online can agree on this suite.");
        else if (row.version == TlsVersion::Tls12)
            lines << tr("Not on Office 365's list: Exchange Online never offers it.");
        lines << (clientOrder ? tr("The server takes the first suite the client offers that it supports; listed in our offer order.")
                              : tr("Position %1 in the server's own order of preference.").arg(row.rank));
        return lines.join(u'\n');
    }
    }
    return {};
}

QVariant ProbeCipherModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn: return tr("Version");
    case RankColumn: return tr("Order");
    case SuiteColumn: return tr("Cipher suite");
    case Office365Column: return tr("Exchange Online");
    case WeaknessColumn: return tr("Weakness");
    case DetailsColumn: return tr("Key exchange · authentication · cipher · MAC");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ProbeVerdictModel::ProbeVerdictModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ProbeVerdictModel::setVerdicts(const QList<ProbeVerdict> &verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
}

int ProbeVerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

QColor ProbeVerdictModel::severityColor(ProbeVerdict::Severity severity, const QPalette &palette)
{
    switch (severity) {
    case ProbeVerdict::Severity::Ok: return tlsVersionColor(u"TLS 1.2", palette);
    case ProbeVerdict::Severity::Info: return outcomeColor(Outcome::Other, palette);
    case ProbeVerdict::Severity::Warning: return outcomeColor(Outcome::Deferred, palette);
    case ProbeVerdict::Severity::Problem: return outcomeColor(Outcome::TlsFailed, palette);
    }
    return {};
}

QVariant ProbeVerdictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProbeVerdict &v = m_verdicts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return probeVerdictText(v);
    case Qt::ToolTipRole:
        return QString(probeVerdictText(v) + u"\n(" + probeVerdictKindName(v.kind) + u')');
    case Qt::DecorationRole:
        switch (v.severity) {
        case ProbeVerdict::Severity::Ok: return standardIcon(QStyle::SP_DialogApplyButton);
        case ProbeVerdict::Severity::Info: return standardIcon(QStyle::SP_MessageBoxInformation);
        case ProbeVerdict::Severity::Warning: return standardIcon(QStyle::SP_MessageBoxWarning);
        case ProbeVerdict::Severity::Problem: return standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    case Qt::AccessibleTextRole:
        return QString(probeVerdictSeverityName(v.severity) + u": " + probeVerdictText(v));
    case SeverityRole: return int(v.severity);
    case SeverityNameRole: return probeVerdictSeverityName(v.severity);
    case KindNameRole: return probeVerdictKindName(v.kind);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ProbeHostModel::ProbeHostModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProbeHostModel::setHosts(const QStringList &hosts, const QList<int> &preferences)
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        Row row;
        row.name = hosts.at(i);
        row.preference = preferences.value(i);
        m_rows.append(row);
    }
    endResetModel();
}

void ProbeHostModel::setHostStarted(int host)
{
    if (host < 0 || host >= m_rows.size())
        return;
    m_rows[host].state = QStringLiteral("probing");
    Q_EMIT dataChanged(index(host, 0), index(host, ColumnCount - 1));
}

void ProbeHostModel::setHostResult(int host, const ProbeResult &result)
{
    if (host < 0 || host >= m_rows.size())
        return;
    m_rows[host].result = result;
    m_rows[host].state = result.skipped == MxSkip::None ? QStringLiteral("done") : QStringLiteral("not-probed");
    Q_EMIT dataChanged(index(host, 0), index(host, ColumnCount - 1));
}

void ProbeHostModel::setResult(const ProbeResult &result)
{
    beginResetModel();
    m_rows.clear();
    for (const ProbeResult &host : result.hosts) {
        Row row;
        row.name = host.host;
        row.preference = host.mxPreference;
        row.result = host;
        row.state = host.skipped == MxSkip::None ? QStringLiteral("done") : QStringLiteral("not-probed");
        m_rows.append(row);
    }
    endResetModel();
}

void ProbeHostModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

ProbeResult ProbeHostModel::hostResult(int host) const
{
    return host >= 0 && host < m_rows.size() ? m_rows.at(host).result : ProbeResult();
}

bool ProbeHostModel::isDone(int host) const
{
    return host >= 0 && host < m_rows.size() && m_rows.at(host).state != u"queued" && m_rows.at(host).state != u"probing";
}

int ProbeHostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProbeHostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeHostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ProbeResult &r = row.result;
    const bool done = row.state == u"done";
    const bool reached = done && r.reachable;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PreferenceColumn: return row.preference;
        case HostColumn: return row.name;
        case AddressColumn:
            if (done && !r.reachable && !r.addresses.isEmpty())
                return tr("%1 (no connection)").arg(r.addresses.join(QLatin1StringView(", ")));
            if (!reached)
                return QString();
            return r.addresses.size() > 1 ? tr("%1 (of %2)").arg(r.address).arg(r.addresses.size()) : r.address;
        case StartTlsColumn:
            if (!reached)
                return QString();
            return r.implicitTls ? tr("implicit TLS") : r.startTlsAccepted ? tr("yes") : r.startTlsOffered ? tr("refused") : tr("not offered");
        case BestVersionColumn:
            return reached ? canonicalTlsVersion(bestAcceptedVersion(r)) : QString();
        case ExchangeColumn:
            if (row.state == u"queued")
                return tr("waiting");
            if (row.state == u"probing")
                return tr("probing…");
            return exoDeliveryText(r);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AddressColumn && !r.addresses.isEmpty())
            return tr("Addresses: %1; probed: %2").arg(r.addresses.join(QLatin1StringView(", ")), r.address.isEmpty() ? tr("none") : r.address);
        if (done && !r.reachable)
            return r.error;
        return {};
    case Qt::DecorationRole: {
        if (index.column() != ExchangeColumn || (row.state != u"done"))
            return {};
        const QString cls = exoDeliveryClass(r);
        if (cls == u"tls")
            return dotIcon(tlsVersionColor(u"TLS 1.2", QGuiApplication::palette()));
        if (cls == u"unreachable")
            return dotIcon(outcomeColor(Outcome::Deferred));
        return dotIcon(outcomeColor(Outcome::PlaintextFallback));
    }
    case Qt::TextAlignmentRole:
        return index.column() == PreferenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case HostIndexRole: return index.row();
    case HostNameRole: return row.name;
    case StateRole: return row.state;
    case DeliveryClassRole: return done ? exoDeliveryClass(r) : QString();
    }
    return {};
}

QVariant ProbeHostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PreferenceColumn: return tr("Preference");
    case HostColumn: return tr("MX host");
    case AddressColumn: return tr("Address probed");
    case StartTlsColumn: return tr("STARTTLS");
    case BestVersionColumn: return tr("Best version");
    case ExchangeColumn: return tr("Exchange Online");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ProbeCertificateModel::ProbeCertificateModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Field"), tr("Value")});
}

void ProbeCertificateModel::clearCertificates()
{
    removeRows(0, rowCount());
}

QStringList ProbeCertificateModel::warnings(const ProbeResult &result)
{
    using K = ProbeVerdict::Kind;
    QStringList list;
    for (const ProbeVerdict &v : result.verdicts) {
        switch (v.kind) {
        case K::CertificateUntrusted:
        case K::CertificateHostNameMismatch:
        case K::CertificateExpired:
        case K::CertificateNotYetValid:
        case K::CertificateExpiresSoon:
        case K::CertificateIncompleteChain:
        case K::CertificateSelfSigned:
        case K::CertificateWeakKey:
        case K::CertificateSha1Signature:
            list << probeVerdictText(v);
            break;
        default:
            break;
        }
    }
    return list;
}

void ProbeCertificateModel::setResult(const ProbeResult &result, const QDateTime &now)
{
    clearCertificates();
    const QIcon warning = standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor problem = outcomeColor(Outcome::TlsFailed, QGuiApplication::palette());
    auto field = [&](QStandardItem *parent, const QString &key, const QString &label, const QString &value, bool warn = false,
                     const QString &tip = QString()) {
        auto *name = new QStandardItem(label);
        auto *text = new QStandardItem(value);
        for (QStandardItem *item : {name, text}) {
            item->setEditable(false);
            item->setData(key, FieldRole);
            item->setData(warn, WarningRole);
            item->setToolTip(tip.isEmpty() ? value : tip);
        }
        if (warn) {
            name->setIcon(warning);
            text->setForeground(problem);
        }
        parent->appendRow({name, text});
        return name;
    };
    auto commonName = [](const QString &dn) {
        for (const QString &part : dn.split(u',')) {
            if (part.trimmed().startsWith(u"CN="))
                return part.trimmed().mid(3);
        }
        return dn;
    };

    const CertificateCheck &check = result.certificateCheck;
    const bool expiringSoon = std::any_of(result.verdicts.cbegin(), result.verdicts.cend(), [](const ProbeVerdict &v) {
        return v.kind == ProbeVerdict::Kind::CertificateExpiresSoon;
    });
    QStandardItem *parent = invisibleRootItem();
    for (qsizetype i = 0; i < result.certificate.size(); ++i) {
        const CertificateInfo &c = result.certificate.at(i);
        const bool leaf = i == 0;
        const bool expired = c.notAfter.isValid() && c.notAfter < now;
        const bool expiresSoon = leaf && !expired && expiringSoon;
        const bool notYet = c.notBefore.isValid() && c.notBefore > now;
        const bool mismatch = leaf && !check.hostName.isEmpty() && !check.hostNameMatches;
        const bool untrusted = leaf && check.present && !check.trusted;

        const QString role = leaf ? tr("Server certificate") : c.selfSigned ? tr("Root certificate") : tr("Intermediate certificate");
        auto *title = new QStandardItem(role);
        auto *titleValue = new QStandardItem(commonName(c.subject));
        QFont bold = title->font();
        bold.setBold(true);
        for (QStandardItem *item : {title, titleValue}) {
            item->setEditable(false);
            item->setData(u"certificate"_s, FieldRole);
            item->setData(expired || notYet || mismatch || untrusted, WarningRole);
            item->setToolTip(c.subject);
            item->setFont(bold);
        }
        if (expired || notYet || mismatch || untrusted)
            title->setIcon(warning);
        parent->appendRow({title, titleValue});

        field(title, u"subject"_s, tr("Subject"), c.subject);
        field(title, u"issuer"_s, tr("Issuer"), c.issuer, false,
              c.selfSigned ? tr("Self-signed: the issuer is the subject itself.") : QString());
        if (!c.subjectAltNames.isEmpty()) {
            QStandardItem *names = field(title, u"subjectAltNames"_s, tr("Names (SAN)"), c.subjectAltNames.join(QLatin1StringView(", ")), mismatch,
                                         mismatch ? tr("None of these names is %1.").arg(check.hostName) : QString());
            if (c.subjectAltNames.size() > 1) {
                for (const QString &san : c.subjectAltNames)
                    field(names, u"san"_s, QString(), san);
            }
        } else if (mismatch) {
            field(title, u"subjectAltNames"_s, tr("Names (SAN)"), tr("none"), true);
        }
        const QString validFrom = QLocale().toString(c.notBefore.toUTC(), QLocale::ShortFormat) + u" UTC";
        const QString validTo = QLocale().toString(c.notAfter.toUTC(), QLocale::ShortFormat) + u" UTC";
        field(title, u"notBefore"_s, tr("Valid from"), validFrom, notYet, notYet ? tr("Not valid yet.") : QString());
        field(title, u"notAfter"_s, tr("Valid until"), validTo, expired || expiresSoon,
              expired ? tr("Expired.") : tr("%n day(s) left.", nullptr, int(now.daysTo(c.notAfter))));
        QString key = c.keyType;
        if (c.keyBits > 0)
            key += tr(", %1 bits").arg(c.keyBits);
        if (!c.keyCurve.isEmpty())
            key += u", " + c.keyCurve;
        field(title, u"key"_s, tr("Key"), key);
        field(title, u"signature"_s, tr("Signature"), c.signatureAlgorithm, c.signatureAlgorithm.contains(u"sha1", Qt::CaseInsensitive));
        field(title, u"serial"_s, tr("Serial"), c.serial);
        field(title, u"sha1"_s, tr("SHA-1 thumbprint"), c.sha1, false, tr("Exchange's Get-ExchangeCertificate shows this as Thumbprint."));
        field(title, u"sha256"_s, tr("SHA-256 thumbprint"), c.sha256);
        if (leaf && check.present) {
            field(title, u"verification"_s, tr("Verification"),
                  check.trusted ? tr("trusted by this machine") : tr("not trusted: %1").arg(check.verifyError), !check.trusted);
            if (!check.hostName.isEmpty())
                field(title, u"hostName"_s, tr("Host name"),
                      check.hostNameMatches ? tr("matches %1").arg(check.hostName) : tr("does not match %1").arg(check.hostName), mismatch);
            if (check.chainComplete == 0)
                field(title, u"chain"_s, tr("Chain"), tr("incomplete: an intermediate certificate is missing"), true);
        }
        parent = title; // the issuer's certificate goes below the one it issued
    }
}

} // namespace Mailflow::Workbench
