// SPDX-License-Identifier: GPL-3.0-or-later
// Models of the Probe view. They adapt the STARTTLS prober's results (core/probe) and compute
// no verdict of their own; the matrix and cipher models also take the prober's live signals.
#pragma once

#include "probe/proberesult.h"

#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QStandardItemModel>

namespace Mailflow::Workbench {

/// The version matrix: one row per protocol version asked for (SSL 3.0 … TLS 1.3), filled in
/// live from attemptFinished()/versionFinished()/confirmationFinished() and made exact by setResult().
class ProbeMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, ResultColumn, TimeColumn, CipherColumn, HandshakeColumn, ColumnCount };
    enum Role {
        OutcomeRole = Qt::UserRole + 1, ///< int(ProbeOutcome); NotTested while pending
        OutcomeNameRole,                ///< the JSON word: "accepted", "alert", …; "" while pending
        VersionRole,                    ///< int(TlsVersion)
        VersionNameRole,                ///< "TLS1.2"
        PendingRole,                    ///< bool: no answer for this version yet
        MillisecondsRole,               ///< int
    };

    explicit ProbeMatrixModel(QObject *parent = nullptr);

    /// Starts a probe's matrix: one pending row per version in @p versions (sorted old to new).
    void startProbe(const QList<TlsVersion> &versions);
    /// A connection ended; a version check (ProbePurpose::Version) fills in its row.
    void addAttempt(const ProbeAttempt &attempt);
    void setVersion(const VersionResult &version);
    void setConfirmation(const ConfirmationResult &confirmation);
    /// The finished probe: rows for the versions tested, exactly as @p result has them.
    void setResult(const ProbeResult &result);
    void clear();
    /// Marks still-pending rows as not tested (after a cancel).
    void finishPending();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Text of the "Result" cell for @p outcome ("accepted", "alert: protocol_version", "closed (FIN)", …).
    static QString outcomeLabel(ProbeOutcome outcome, const QString &alert);
    /// A plain reason for @p row's result (the cell's tooltip).
    QString reason(int row) const;

private:
    struct Row
    {
        VersionResult version;
        bool pending = true;
        ConfirmationResult confirmation;
        int attempts = 0;
    };
    int rowOf(TlsVersion version) const;
    void emitRowChanged(int row);
    QList<Row> m_rows;
};

/// The accepted cipher suites of every version, grouped by version (newest first), each in the
/// server's preference order (or our offer order where the server follows the client's).
class ProbeCipherModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { VersionColumn, RankColumn, SuiteColumn, Office365Column, WeaknessColumn, DetailsColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< quint16 IANA code
        VersionRole,                 ///< int(TlsVersion)
        WeakRole,                    ///< bool
        Office365Role,               ///< bool: on Exchange Online's list
        ClientOrderRole,             ///< bool: the server follows the client's order for this version
        SuiteNameRole,               ///< IANA name
    };

    explicit ProbeCipherModel(QObject *parent = nullptr);

    /// Adds (or replaces) the list of @p version, as ciphersFinished() delivers it.
    void setCiphers(TlsVersion version, const QList<quint16> &suites, const QString &preference = QString());
    void setResult(const ProbeResult &result);
    void clear();

    /// "server", "client" or "" (unknown: fewer than two suites or not yet known) for @p version.
    QString preference(TlsVersion version) const;
    QList<TlsVersion> versions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        TlsVersion version;
        quint16 code;
        int rank;
    };
    QList<Row> m_rows;
    QMap<TlsVersion, QString> m_preference;
};

/// The Exchange Online verdicts, most serious first as the prober orders them, in the same
/// sentences as `mailflow probe` (probeVerdictText()).
class ProbeVerdictModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(ProbeVerdict::Severity)
        SeverityNameRole,                ///< "ok", "info", "warning", "problem"
        KindNameRole,                    ///< "exoDeliversWithTls", …
    };

    explicit ProbeVerdictModel(QObject *parent = nullptr);
    void setVerdicts(const QList<ProbeVerdict> &verdicts);
    const QList<ProbeVerdict> &verdicts() const { return m_verdicts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The colour the view uses for @p severity.
    static QColor severityColor(ProbeVerdict::Severity severity, const QPalette &palette);

private:
    QList<ProbeVerdict> m_verdicts;
};

/// The MX hosts of a domain probe, one row each in preference order: preference, name, the
/// address probed, STARTTLS, the best version and what Exchange Online does (exoDeliveryText()).
/// Filled in live (setHosts() when the MX records are known, setHostState()/setHostResult() as
/// each host starts and ends) and made exact by setResult(). Empty for a single-host probe.
class ProbeHostModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PreferenceColumn, HostColumn, AddressColumn, StartTlsColumn, BestVersionColumn, ExchangeColumn, ColumnCount };
    enum Role {
        HostIndexRole = Qt::UserRole + 1, ///< int: the index into ProbeResult::hosts
        HostNameRole,                     ///< QString
        StateRole,                        ///< "queued", "probing", "done", "not-probed"
        DeliveryClassRole,                ///< exoDeliveryClass(): "tls", "no-starttls", …; "" while not done
    };

    explicit ProbeHostModel(QObject *parent = nullptr);

    /// The MX hosts as mxResolved() gives them (all queued).
    void setHosts(const QStringList &hosts, const QList<int> &preferences);
    void setHostStarted(int host);
    void setHostResult(int host, const ProbeResult &result);
    /// The finished probe: one row per entry of ProbeResult::hosts.
    void setResult(const ProbeResult &result);
    void clear();
    /// The result of @p host once it is done (else a default ProbeResult).
    ProbeResult hostResult(int host) const;
    bool isDone(int host) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        int preference = 0;
        QString state = QStringLiteral("queued");
        ProbeResult result;
    };
    QList<Row> m_rows;
};

/// The certificate chain as a tree: each certificate (leaf first) with its subject, issuer,
/// names, validity, key, signature and thumbprints as children, and the certificate that
/// issued it nested below. Two columns: field and value.
class ProbeCertificateModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role {
        FieldRole = Qt::UserRole + 1, ///< stable key: "certificate", "subject", "issuer", "san", "notAfter", …
        WarningRole,                  ///< bool: the row carries a warning (expired, name mismatch, …)
    };

    explicit ProbeCertificateModel(QObject *parent = nullptr);
    void setResult(const ProbeResult &result, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void clearCertificates();

    /// The certificate warnings of @p result, in words (from its Certificate* verdicts).
    static QStringList warnings(const ProbeResult &result);
};

} // namespace Mailflow::Workbench
