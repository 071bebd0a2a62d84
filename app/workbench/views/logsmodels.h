// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/logresult.h"
#include "widgets/outcomecolors.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QVariant>

#include <atomic>
#include <limits>
#include <vector>

namespace Mailflow::Workbench {

/// The columns of a session as the Logs view's table shows them: a compact copy of what
/// LogResult::session() expands, built once per load (off the UI thread) so that sorting and
/// filtering a million sessions does not expand each one again.
struct SessionRow
{
    int index = -1; ///< into LogResult
    qint64 startMs = 0;
    qint64 endMs = 0;
    LogDirection direction = LogDirection::Unknown;
    TlsOutcome tlsOutcome = TlsOutcome::None;
    TlsVersion tlsVersion = TlsVersion::Unknown;
    SessionEnd ending = SessionEnd::Open;
    bool startTlsOffered = false;
    bool plaintextFallback = false; ///< the plaintext session of a LogFallback
    int messages = 0;
    int queued = 0;
    QString id;
    QString connector;
    QString remoteEndpoint;
    QString remoteHost;
    QString remoteName; ///< EHLO name (receive) or banner host (send)
    QString cipher;
    QString error;      ///< TLS error, else the last 4xx/5xx reply

    QDateTime start() const;
    QDateTime end() const;
    /// How the charts colour this session.
    Outcome outcome() const;
};

/// Builds the rows of every session of @p result (strings shared between rows). Slow for big
/// results: call it off the UI thread. @p cancel, when set, stops early (returns what is built).
std::vector<SessionRow> buildSessionRows(const LogResult &result, const std::atomic<bool> *cancel = nullptr);

/// "TLS 1.2", "SSL 3.0", … as the workbench spells versions; "none" for Unknown.
QString tlsVersionText(TlsVersion version);

/// One row per session, sortable through SortRole.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        EndColumn,
        DirectionColumn,
        ConnectorColumn,
        RemoteEndpointColumn,
        RemoteHostColumn,
        RemoteNameColumn,
        TlsColumn,
        ProtocolColumn,
        CipherColumn,
        ErrorColumn,
        MessagesColumn,
        EndingColumn,
        SessionIdColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value for sorting (ms, counts, text)
        SessionIndexRole,            ///< int: index into LogResult
        OutcomeRole,                 ///< int: Workbench::Outcome
        TlsVersionNameRole,          ///< "TLS 1.2" or "none": colour key of TlsColumn
    };
    Q_ENUM(Column)

    explicit SessionTableModel(QObject *parent = nullptr);

    void setRows(std::vector<SessionRow> rows);
    void clear();
    const SessionRow &row(int row) const { return m_rows[size_t(row)]; }
    /// Model row of LogResult session @p index, or -1.
    int rowOfSession(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString directionText(LogDirection direction);
    static QString tlsText(const SessionRow &row);
    static QString endingText(SessionEnd ending);

private:
    std::vector<SessionRow> m_rows;
    std::vector<int> m_rowOfSession;
};

/// The filters of the session table: all must match (empty/any = no filter).
class SessionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class TlsFilter { Any, Ok, Failed, None, PlaintextFallback };

    explicit SessionFilterProxyModel(QObject *parent = nullptr);

    void setRemoteHost(const QString &text);   ///< substring of the remote host, endpoint or name
    void setConnector(const QString &connector); ///< exact; empty: any
    void setDirection(LogDirection direction);   ///< Unknown: any
    void setTlsFilter(TlsFilter filter);
    void setTlsVersion(TlsVersion version);      ///< Unknown: any (matches sessions that negotiated it)
    void setTimeRange(const QDateTime &from, const QDateTime &to); ///< invalid ends: open
    void setText(const QString &text);           ///< substring of any column, case-insensitive
    void clearFilters();

    QString remoteHost() const { return m_remoteHost; }
    QString connector() const { return m_connector; }
    LogDirection direction() const { return m_direction; }
    TlsFilter tlsFilter() const { return m_tls; }
    TlsVersion tlsVersion() const { return m_version; }
    QString text() const { return m_text; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    QString m_remoteHost;
    QString m_connector;
    LogDirection m_direction = LogDirection::Unknown;
    TlsFilter m_tls = TlsFilter::Any;
    TlsVersion m_version = TlsVersion::Unknown;
    qint64 m_fromMs = std::numeric_limits<qint64>::min();
    qint64 m_toMs = std::numeric_limits<qint64>::max();
    QString m_text;
};

/// Sessions per day (or per remote host) by negotiated TLS version, from LogResult::tlsUsage:
/// column 0 the bucket, then TLS 1.0, TLS 1.1, TLS 1.2, TLS 1.3 and "none" (no TLS: not
/// attempted or failed; TlsVersionChart stacks these), then the total (which also counts
/// SSL 3.0 and unknown versions). Days ascend; hosts are ordered by total, most first.
class TlsVersionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Bucket { PerDay, PerRemoteHost };
    enum Column { BucketColumn, Tls10Column, Tls11Column, Tls12Column, Tls13Column, NoneColumn, TotalColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit TlsVersionTableModel(QObject *parent = nullptr);

    void setResult(const LogResult &result);
    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QVariant sortKey;
        int counts[ColumnCount] = {};
    };
    void rebuild();

    QList<TlsUsageRow> m_usage;
    Bucket m_bucket = PerDay;
    QList<Row> m_rows;
};

/// Passes the first @p limit rows of its source (for charts of the top N hosts).
class TopRowsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TopRowsProxyModel(int limit, QObject *parent = nullptr);
    void setLimit(int limit);
    int limit() const { return m_limit; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_limit;
};

/// A read-only table of typed cells (numbers and times sort as such), for the smaller lists of
/// a LogResult. Subclasses fill it in setResult(); SessionIndexRole links a row to a session.
class LogListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SessionIndexRole = Qt::UserRole + 1, ToolTipColumnRole };

    using QAbstractTableModel::QAbstractTableModel;

    virtual void setResult(const LogResult &result) = 0;
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    struct Row
    {
        QVariantList cells;
        int session = -1;
        QString toolTip;
    };
    void setRows(const QStringList &headers, QList<Row> rows);

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

/// Remotes still on SSL 3.0 / TLS 1.0 / TLS 1.1 or plaintext (LogResult::legacyTls).
class LegacyHostsModel : public LogListModel
{
    Q_OBJECT
public:
    using LogListModel::LogListModel;
    void setResult(const LogResult &result) override;
};

/// TLS failures followed by plaintext delivery (LogResult::fallbacks); rows link the plaintext session.
class FallbacksModel : public LogListModel
{
    Q_OBJECT
public:
    using LogListModel::LogListModel;
    void setResult(const LogResult &result) override;
};

/// Series of failed attempts to the same remote (LogResult::retries); rows link the first attempt.
class RetriesModel : public LogListModel
{
    Q_OBJECT
public:
    using LogListModel::LogListModel;
    void setResult(const LogResult &result) override;
};

/// Lines that could not be read (LogResult::problems), with file:line.
class ProblemsModel : public LogListModel
{
    Q_OBJECT
public:
    using LogListModel::LogListModel;
    void setResult(const LogResult &result) override;
};

} // namespace Mailflow::Workbench
