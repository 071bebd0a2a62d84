// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsmodels.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString durationText(qint64 ms)
{
    if (ms < 120000)
        return QCoreApplication::translate("Mailflow::Workbench::LogListModel", "%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 1 : 0);
    if (ms < 7200000)
        return QCoreApplication::translate("Mailflow::Workbench::LogListModel", "%1 min").arg(double(ms) / 60000.0, 0, 'f', 1);
    return QCoreApplication::translate("Mailflow::Workbench::LogListModel", "%1 h").arg(double(ms) / 3600000.0, 0, 'f', 1);
}

// Shares equal strings between rows: a million sessions name a few hundred hosts.
class Interner
{
public:
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return {};
        auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

} // namespace

QString tlsVersionText(TlsVersion version)
{
    return version == TlsVersion::Unknown ? u"none"_s : canonicalTlsVersion(tlsVersionName(version));
}

QDateTime SessionRow::start() const
{
    return QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::UTC);
}

QDateTime SessionRow::end() const
{
    return QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::UTC);
}

Outcome SessionRow::outcome() const
{
    switch (tlsOutcome) {
    case TlsOutcome::Ok:
        return tlsVersion == TlsVersion::Unknown ? Outcome::Delivered : Outcome::Tls;
    case TlsOutcome::Failed:
        return Outcome::TlsFailed;
    case TlsOutcome::None:
        break;
    }
    switch (ending) {
    case SessionEnd::Queued:
        return Outcome::PlaintextFallback;
    case SessionEnd::Rejected:
    case SessionEnd::Dropped:
    case SessionEnd::TimedOut:
        return Outcome::Deferred;
    case SessionEnd::Open:
    case SessionEnd::Closed:
        break;
    }
    return Outcome::Other;
}

std::vector<SessionRow> buildSessionRows(const LogResult &result, const std::atomic<bool> *cancel)
{
    std::vector<SessionRow> rows;
    const int count = result.sessionCount();
    rows.reserve(size_t(count));
    QSet<int> fallbackSessions;
    for (const LogFallback &f : result.fallbacks)
        fallbackSessions.insert(f.plaintextSession);
    Interner intern;
    for (int i = 0; i < count; ++i) {
        if (cancel && (i & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            break;
        const LogSession s = result.session(i);
        SessionRow row;
        row.index = i;
        row.startMs = s.start.isValid() ? s.start.toMSecsSinceEpoch() : 0;
        row.endMs = s.end.isValid() ? s.end.toMSecsSinceEpoch() : row.startMs;
        row.direction = s.direction;
        row.tlsOutcome = s.tlsOutcome;
        row.tlsVersion = s.tlsVersion;
        row.ending = s.ending;
        row.startTlsOffered = s.startTlsOffered;
        row.plaintextFallback = fallbackSessions.contains(i);
        row.messages = int(s.messages.size());
        for (const LogMessage &m : s.messages)
            row.queued += m.outcome == MessageOutcome::Queued;
        row.id = s.id;
        row.connector = intern(s.connector);
        row.remoteEndpoint = s.remoteEndpoint;
        row.remoteHost = intern(s.remoteHost);
        row.remoteName = intern(s.direction == LogDirection::Receive ? s.ehloName : s.bannerHost);
        row.cipher = intern(s.cipher);
        if (!s.tlsError.isEmpty())
            row.error = intern(s.tlsError);
        else if (s.lastError.isValid())
            row.error = intern(QString(s.lastError.codePair() + u' ' + s.lastError.text).trimmed());
        rows.push_back(std::move(row));
    }
    return rows;
}

// --- SessionTableModel ----------------------------------------------------------------------

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SessionTableModel::setRows(std::vector<SessionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOfSession.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const int index = m_rows[i].index;
        if (index >= int(m_rowOfSession.size()))
            m_rowOfSession.resize(size_t(index) + 1, -1);
        m_rowOfSession[size_t(index)] = int(i);
    }
    endResetModel();
}

void SessionTableModel::clear()
{
    setRows({});
}

int SessionTableModel::rowOfSession(int index) const
{
    return index >= 0 && index < int(m_rowOfSession.size()) ? m_rowOfSession[size_t(index)] : -1;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::directionText(LogDirection direction)
{
    switch (direction) {
    case LogDirection::Send: return tr("send");
    case LogDirection::Receive: return tr("receive");
    case LogDirection::Unknown: break;
    }
    return tr("unknown");
}

QString SessionTableModel::tlsText(const SessionRow &row)
{
    switch (row.tlsOutcome) {
    case TlsOutcome::Ok: return row.tlsVersion == TlsVersion::Unknown ? tr("TLS") : tlsVersionText(row.tlsVersion);
    case TlsOutcome::Failed: return tr("failed");
    case TlsOutcome::None: break;
    }
    if (row.plaintextFallback)
        return tr("fallback");
    return row.startTlsOffered ? tr("none (offered)") : tr("none");
}

QString SessionTableModel::endingText(SessionEnd ending)
{
    switch (ending) {
    case SessionEnd::Open: return tr("open");
    case SessionEnd::Queued: return tr("queued");
    case SessionEnd::Rejected: return tr("rejected");
    case SessionEnd::Dropped: return tr("dropped");
    case SessionEnd::TimedOut: return tr("timed out");
    case SessionEnd::Closed: return tr("closed");
    }
    return {};
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StartColumn: return timeText(r.start());
        case EndColumn: return timeText(r.end());
        case DirectionColumn: return directionText(r.direction);
        case ConnectorColumn: return r.connector;
        case RemoteEndpointColumn: return r.remoteEndpoint;
        case RemoteHostColumn: return r.remoteHost;
        case RemoteNameColumn: return r.remoteName;
        case TlsColumn: return tlsText(r);
        case ProtocolColumn: return r.tlsOutcome == TlsOutcome::Ok ? tlsVersionText(r.tlsVersion) : QString();
        case CipherColumn: return r.cipher;
        case ErrorColumn: return r.error;
        case MessagesColumn: return r.messages ? tr("%1/%2").arg(r.queued).arg(r.messages) : QString();
        case EndingColumn: return endingText(r.ending);
        case SessionIdColumn: return r.id;
        case ColumnCount: break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case StartColumn: return r.startMs;
        case EndColumn: return r.endMs;
        case TlsColumn: return int(r.outcome()) * 16 + int(r.tlsVersion);
        case ProtocolColumn: return int(r.tlsVersion);
        case MessagesColumn: return r.queued * 100000 + r.messages;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TlsColumn:
            if (r.tlsOutcome == TlsOutcome::Failed)
                return tr("STARTTLS was tried and failed: %1").arg(r.error.isEmpty() ? tr("no reason logged") : r.error);
            if (r.plaintextFallback)
                return tr("Delivered without TLS after a failed TLS attempt to the same remote (plaintext fallback)");
            if (r.tlsOutcome == TlsOutcome::None)
                return r.startTlsOffered ? tr("STARTTLS was offered but not used") : tr("No TLS in this session");
            return tr("TLS negotiated: %1").arg(tlsVersionText(r.tlsVersion));
        case MessagesColumn:
            return QString(tr("%n message(s) queued", nullptr, r.queued) + u" / "_s + tr("%n in the session", nullptr, r.messages));
        case ErrorColumn:
        case RemoteNameColumn:
        case CipherColumn:
        case ConnectorColumn: {
            const QString text = data(index, Qt::DisplayRole).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SessionIndexRole: return r.index;
    case OutcomeRole: return int(r.outcome());
    case TlsVersionNameRole: return r.tlsOutcome == TlsOutcome::Ok ? tlsVersionText(r.tlsVersion) : QString();
    default: break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case StartColumn: return tr("Start (UTC)");
        case EndColumn: return tr("End (UTC)");
        case DirectionColumn: return tr("Direction");
        case ConnectorColumn: return tr("Connector");
        case RemoteEndpointColumn: return tr("Remote endpoint");
        case RemoteHostColumn: return tr("Remote host");
        case RemoteNameColumn: return tr("EHLO / banner");
        case TlsColumn: return tr("TLS");
        case ProtocolColumn: return tr("Protocol");
        case CipherColumn: return tr("Cipher");
        case ErrorColumn: return tr("Error");
        case MessagesColumn: return tr("Messages");
        case EndingColumn: return tr("Ending");
        case SessionIdColumn: return tr("Session");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case RemoteNameColumn: return tr("Host named in the 220 banner (send) or the EHLO argument (receive)");
        case TlsColumn: return tr("TLS outcome: version negotiated, failed, none, or fallback (plaintext after a failed TLS attempt)");
        case MessagesColumn: return tr("Messages queued / messages in the session");
        case ErrorColumn: return tr("TLS failure, or the last 4xx/5xx reply");
        default: break;
        }
    }
    return {};
}

// --- SessionFilterProxyModel ----------------------------------------------------------------

SessionFilterProxyModel::SessionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SessionFilterProxyModel::changed()
{
    // one layout change instead of a rowsRemoved per scattered range: the latter is quadratic
    // in the views for a big table
    invalidate();
}

void SessionFilterProxyModel::setRemoteHost(const QString &text)
{
    if (m_remoteHost == text.trimmed())
        return;
    m_remoteHost = text.trimmed();
    changed();
}

void SessionFilterProxyModel::setConnector(const QString &connector)
{
    if (m_connector == connector)
        return;
    m_connector = connector;
    changed();
}

void SessionFilterProxyModel::setDirection(LogDirection direction)
{
    if (m_direction == direction)
        return;
    m_direction = direction;
    changed();
}

void SessionFilterProxyModel::setTlsFilter(TlsFilter filter)
{
    if (m_tls == filter)
        return;
    m_tls = filter;
    changed();
}

void SessionFilterProxyModel::setTlsVersion(TlsVersion version)
{
    if (m_version == version)
        return;
    m_version = version;
    changed();
}

void SessionFilterProxyModel::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    const qint64 fromMs = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    changed();
}

void SessionFilterProxyModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    changed();
}

void SessionFilterProxyModel::clearFilters()
{
    m_remoteHost.clear();
    m_connector.clear();
    m_direction = LogDirection::Unknown;
    m_tls = TlsFilter::Any;
    m_version = TlsVersion::Unknown;
    m_fromMs = std::numeric_limits<qint64>::min();
    m_toMs = std::numeric_limits<qint64>::max();
    m_text.clear();
    changed();
}

bool SessionFilterProxyModel::isFiltering() const
{
    return !m_remoteHost.isEmpty() || !m_connector.isEmpty() || m_direction != LogDirection::Unknown || m_tls != TlsFilter::Any
        || m_version != TlsVersion::Unknown || m_fromMs != std::numeric_limits<qint64>::min()
        || m_toMs != std::numeric_limits<qint64>::max() || !m_text.isEmpty();
}

bool SessionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const SessionTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const SessionRow &r = model->row(sourceRow);
    if (!m_connector.isEmpty() && r.connector != m_connector)
        return false;
    if (m_direction != LogDirection::Unknown && r.direction != m_direction)
        return false;
    switch (m_tls) {
    case TlsFilter::Any: break;
    case TlsFilter::Ok:
        if (r.tlsOutcome != TlsOutcome::Ok)
            return false;
        break;
    case TlsFilter::Failed:
        if (r.tlsOutcome != TlsOutcome::Failed)
            return false;
        break;
    case TlsFilter::None:
        if (r.tlsOutcome != TlsOutcome::None)
            return false;
        break;
    case TlsFilter::PlaintextFallback:
        if (!r.plaintextFallback)
            return false;
        break;
    }
    if (m_version != TlsVersion::Unknown && (r.tlsOutcome != TlsOutcome::Ok || r.tlsVersion != m_version))
        return false;
    if (r.endMs < m_fromMs || r.startMs > m_toMs)
        return false;
    if (!m_remoteHost.isEmpty() && !r.remoteHost.contains(m_remoteHost, Qt::CaseInsensitive)
        && !r.remoteName.contains(m_remoteHost, Qt::CaseInsensitive) && !r.remoteEndpoint.contains(m_remoteHost, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty()) {
        // fields first, without QVariants: a million rows are filtered on every keystroke
        const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
        if (has(r.id) || has(r.connector) || has(r.remoteEndpoint) || has(r.remoteHost) || has(r.remoteName) || has(r.cipher)
            || has(r.error) || has(SessionTableModel::tlsText(r)) || has(SessionTableModel::endingText(r.ending))
            || has(SessionTableModel::directionText(r.direction)))
            return true;
        if (m_text.front().isDigit()) {
            for (int column : {SessionTableModel::StartColumn, SessionTableModel::EndColumn, SessionTableModel::MessagesColumn}) {
                if (has(model->data(model->index(sourceRow, column)).toString()))
                    return true;
            }
        }
        return false;
    }
    return true;
}

bool SessionFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const SessionTableModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    // straight from the rows: sorting a million sessions through QVariants freezes the window
    const SessionRow &a = model->row(left.row());
    const SessionRow &b = model->row(right.row());
    const auto text = [](const QString &x, const QString &y) { return QString::compare(x, y, Qt::CaseInsensitive); };
    int c = 0;
    switch (SessionTableModel::Column(left.column())) {
    case SessionTableModel::StartColumn: c = a.startMs < b.startMs ? -1 : a.startMs > b.startMs; break;
    case SessionTableModel::EndColumn: c = a.endMs < b.endMs ? -1 : a.endMs > b.endMs; break;
    case SessionTableModel::DirectionColumn: c = int(a.direction) - int(b.direction); break;
    case SessionTableModel::ConnectorColumn: c = text(a.connector, b.connector); break;
    case SessionTableModel::RemoteEndpointColumn: c = text(a.remoteEndpoint, b.remoteEndpoint); break;
    case SessionTableModel::RemoteHostColumn: c = text(a.remoteHost, b.remoteHost); break;
    case SessionTableModel::RemoteNameColumn: c = text(a.remoteName, b.remoteName); break;
    case SessionTableModel::TlsColumn:
        c = (int(a.outcome()) * 16 + int(a.tlsVersion)) - (int(b.outcome()) * 16 + int(b.tlsVersion));
        break;
    case SessionTableModel::ProtocolColumn: c = int(a.tlsVersion) - int(b.tlsVersion); break;
    case SessionTableModel::CipherColumn: c = text(a.cipher, b.cipher); break;
    case SessionTableModel::ErrorColumn: c = text(a.error, b.error); break;
    case SessionTableModel::MessagesColumn: c = a.queued != b.queued ? a.queued - b.queued : a.messages - b.messages; break;
    case SessionTableModel::EndingColumn: c = int(a.ending) - int(b.ending); break;
    case SessionTableModel::SessionIdColumn: c = text(a.id, b.id); break;
    case SessionTableModel::ColumnCount: break;
    }
    if (c != 0)
        return c < 0;
    // ties keep the engine's order (start time), so a sort by host shows each host's sessions in time
    return a.index < b.index;
}

// --- TlsVersionTableModel -------------------------------------------------------------------

TlsVersionTableModel::TlsVersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TlsVersionTableModel::setResult(const LogResult &result)
{
    beginResetModel();
    m_usage = result.tlsUsage;
    rebuild();
    endResetModel();
}

void TlsVersionTableModel::setBucket(Bucket bucket)
{
    if (bucket == m_bucket)
        return;
    beginResetModel();
    m_bucket = bucket;
    rebuild();
    endResetModel();
}

void TlsVersionTableModel::rebuild()
{
    QMap<QString, Row> byKey;
    for (const TlsUsageRow &u : std::as_const(m_usage)) {
        QString key;
        QString label;
        QVariant sortKey;
        if (m_bucket == PerDay) {
            key = u.day.toString(Qt::ISODate);
            label = key;
            sortKey = key;
        } else {
            key = u.remoteHost.isEmpty() ? u.remoteName : u.remoteHost;
            label = key.isEmpty() ? tr("(unknown)") : key;
            if (!u.remoteName.isEmpty() && u.remoteName != key)
                label += u" ("_s + u.remoteName + u')';
        }
        Row &row = byKey[key];
        row.label = label;
        row.sortKey = sortKey;
        int column = TotalColumn;
        if (u.outcome != TlsOutcome::Ok) {
            column = NoneColumn;
        } else {
            switch (u.version) {
            case TlsVersion::Tls10: column = Tls10Column; break;
            case TlsVersion::Tls11: column = Tls11Column; break;
            case TlsVersion::Tls12: column = Tls12Column; break;
            case TlsVersion::Tls13: column = Tls13Column; break;
            case TlsVersion::Ssl30:
            case TlsVersion::Unknown: break;
            }
        }
        if (column != TotalColumn)
            row.counts[column] += u.sessions;
        row.counts[TotalColumn] += u.sessions;
    }
    m_rows = byKey.values();
    if (m_bucket == PerRemoteHost) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.counts[TotalColumn] > b.counts[TotalColumn]; });
    }
}

int TlsVersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TlsVersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TlsVersionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == BucketColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.label;
        if (role == SortRole)
            return m_bucket == PerDay ? row.sortKey : QVariant(row.label);
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
        return row.counts[index.column()];
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TlsVersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case BucketColumn: return m_bucket == PerDay ? tr("Day (UTC)") : tr("Remote host");
        case Tls10Column: return u"TLS 1.0"_s;
        case Tls11Column: return u"TLS 1.1"_s;
        case Tls12Column: return u"TLS 1.2"_s;
        case Tls13Column: return u"TLS 1.3"_s;
        case NoneColumn: return u"none"_s; // also the colour key of TlsVersionChart: not translated
        case TotalColumn: return tr("Total");
        case ColumnCount: break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (section == NoneColumn)
            return tr("Sessions without TLS: STARTTLS not attempted, or attempted and failed");
        if (section == TotalColumn)
            return tr("All sessions, including SSL 3.0 and sessions whose TLS version was not logged");
    }
    return {};
}

// --- TopRowsProxyModel ----------------------------------------------------------------------

TopRowsProxyModel::TopRowsProxyModel(int limit, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_limit(limit)
{
}

void TopRowsProxyModel::setLimit(int limit)
{
    m_limit = limit;
    invalidateRowsFilter();
}

bool TopRowsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && (m_limit < 0 || sourceRow < m_limit);
}

// --- LogListModel and its children ----------------------------------------------------------

void LogListModel::clear()
{
    setRows(m_headers, {});
}

void LogListModel::setRows(const QStringList &headers, QList<Row> rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    endResetModel();
}

int LogListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant LogListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QVariant &cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (cell.typeId() == QMetaType::QDateTime)
            return timeText(cell.toDateTime());
        return cell;
    case Qt::EditRole: return cell;
    case Qt::ToolTipRole:
        if (!row.toolTip.isEmpty())
            return row.toolTip;
        return cell.typeId() == QMetaType::QString && !cell.toString().isEmpty() ? cell : QVariant();
    case Qt::TextAlignmentRole:
        if (cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SessionIndexRole: return row.session;
    default: return {};
    }
}

QVariant LogListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void LegacyHostsModel::setResult(const LogResult &result)
{
    QList<Row> rows;
    for (const LegacyTlsHost &h : result.legacyTls) {
        Row row;
        row.cells = {SessionTableModel::directionText(h.direction), h.connector, h.remoteHost, h.remoteName, h.ssl30, h.tls10,
                     h.tls11, h.plaintext, h.modern, h.messages, h.lastSeen};
        if (h.modern == 0)
            row.toolTip = tr("%1 never negotiated TLS 1.2 or 1.3 in these logs: it breaks when legacy TLS is switched off")
                              .arg(h.remoteHost.isEmpty() ? h.remoteName : h.remoteHost);
        rows.append(row);
    }
    setRows({tr("Direction"), tr("Connector"), tr("Remote host"), tr("EHLO / banner"), tr("SSL 3.0"), tr("TLS 1.0"), tr("TLS 1.1"),
             tr("Plaintext"), tr("TLS 1.2+"), tr("Messages"), tr("Last seen (UTC)")},
            std::move(rows));
}

void FallbacksModel::setResult(const LogResult &result)
{
    QList<Row> rows;
    for (const LogFallback &f : result.fallbacks) {
        const LogSession plain = result.session(f.plaintextSession);
        Row row;
        row.cells = {plain.start, f.connector, f.remoteHost, f.error, result.sessionId(f.failedSession), plain.id, durationText(f.delayMs)};
        row.session = f.plaintextSession;
        row.toolTip = tr("TLS failed (%1), then %2 got the mail without TLS %3 later")
                          .arg(f.error.isEmpty() ? tr("no reason logged") : f.error, f.remoteHost, durationText(f.delayMs));
        rows.append(row);
    }
    setRows({tr("When (UTC)"), tr("Connector"), tr("Remote host"), tr("TLS error"), tr("Failed session"), tr("Plaintext session"),
             tr("After")},
            std::move(rows));
}

void RetriesModel::setResult(const LogResult &result)
{
    QList<Row> rows;
    for (const LogRetrySeries &s : result.retries) {
        if (s.sessions.isEmpty())
            continue;
        qint64 sum = 0;
        for (qint64 ms : s.intervalsMs)
            sum += ms;
        QString then;
        switch (s.outcome) {
        case LogRetrySeries::Pending: then = tr("no delivery (mail stays queued)"); break;
        case LogRetrySeries::Fallback: then = tr("delivered in plaintext"); break;
        case LogRetrySeries::Delivered: then = tr("delivered with TLS"); break;
        }
        Row row;
        row.cells = {SessionTableModel::directionText(s.direction), s.connector, s.remoteHost, int(s.sessions.size()),
                     result.session(s.sessions.first()).start, result.session(s.sessions.last()).start,
                     s.intervalsMs.isEmpty() ? QString() : durationText(sum / s.intervalsMs.size()), s.errors.join(u", "_s), then};
        row.session = s.sessions.first();
        rows.append(row);
    }
    setRows({tr("Direction"), tr("Connector"), tr("Remote host"), tr("Attempts"), tr("First (UTC)"), tr("Last (UTC)"),
             tr("Mean interval"), tr("Errors"), tr("Then")},
            std::move(rows));
}

void ProblemsModel::setResult(const LogResult &result)
{
    QList<Row> rows;
    for (const LogProblem &p : result.problems) {
        Row row;
        const QString where = p.line > 0 ? p.file + u':' + QString::number(p.line) : p.file;
        row.cells = {where, p.kindName(), p.text};
        row.toolTip = where;
        rows.append(row);
    }
    if (result.droppedProblems > 0) {
        Row row;
        row.cells = {QString(), QString(), tr("… and %n more problem(s) not listed", nullptr, int(result.droppedProblems))};
        rows.append(row);
    }
    setRows({tr("Where"), tr("Problem"), tr("Line")}, std::move(rows));
}

} // namespace Mailflow::Workbench
