// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/decoderesult.h"
#include "widgets/outcomecolors.h"

#include <QAbstractTableModel>

namespace Mailflow::Workbench {

/// How the Decode view colours a reply: 2xx delivered, 4xx deferred, 5xx failed (outcomeColor(TlsFailed)),
/// anything else Other.
Outcome replyOutcome(int replyClass);
/// "421 4.4.2 Connection dropped" (code pair and text).
QString replyLine(const SmtpReply &reply);

/// The reply chains of a decode result as hops: one row per reply of each chain (outermost first),
/// plus one row for a chain's non-reply tail (Winsock code …). Chains that repeat an earlier one
/// exactly (same replies, detail and server: a DSN quoting its Diagnostic-Code twice) are shown once.
/// Columns: Chain, Server, Code, Text.
class DecodeHopModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChainColumn, ServerColumn, CodeColumn, TextColumn, ColumnCount };
    enum Role {
        ChainRole = Qt::UserRole,  ///< int: index of the chain (row group), 0-based in display order
        DepthRole,                 ///< int: 0 for the outermost reply of its chain
        ReplyClassRole,            ///< int: 2, 4, 5 or 0 (detail rows: 0)
        CodePairRole,              ///< QString: "421 4.4.2"
        ServerRole,                ///< QString: who returned the chain, may be empty
        AttemptTimeRole,           ///< QString: the attempt's time as written, may be empty
        IsDetailRole,              ///< bool: a non-reply tail, not a reply
    };

    explicit DecodeHopModel(QObject *parent = nullptr);

    void setResult(const DecodeResult &result);
    /// Number of row groups (chains).
    int chainCount() const { return m_chainCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Hop
    {
        int chain = 0;
        int depth = 0;
        SmtpReply reply;
        QString detail;
        QString server;
        QString time;
    };
    QList<Hop> m_hops;
    int m_chainCount = 0;
};

/// The delivery attempts: Time (ISO, as the decoder read it), Written as (the original text), Day/month
/// (a marker when the order was ambiguous), Server, Replies.
class DecodeAttemptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, OriginalColumn, AmbiguousColumn, ServerColumn, RepliesColumn, ColumnCount };
    enum Role {
        DateTimeRole = Qt::UserRole, ///< QDateTime, invalid for the untimed attempt
        AmbiguousRole,               ///< bool
        ReplyClassRole,              ///< int: class of the outermost reply (the attempt's verdict), 0 when none
    };

    explicit DecodeAttemptModel(QObject *parent = nullptr);
    void setResult(const DecodeResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeliveryAttempt> m_attempts;
};

/// The predicted delay-notice and NDR times: Event, Expected, Assumed (default and hours), Why, Counted from.
class DecodePredictionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EventColumn, TimeColumn, AssumedColumn, ReasonColumn, BasisColumn, ColumnCount };
    enum Role {
        DateTimeRole = Qt::UserRole, ///< QDateTime
        EventRole,                   ///< int: Prediction::Event
        AlreadyPassedRole,           ///< bool
        ReasonKeyRole,               ///< QString: the decoder's stable reason name
    };

    explicit DecodePredictionModel(QObject *parent = nullptr);
    void setResult(const DecodeResult &result);

    /// Plain words for a prediction's assumption ("on-premises Exchange default: 48 h after …").
    static QString assumedText(const Prediction &prediction);
    static QString reasonText(const Prediction &prediction);
    static QString eventText(const Prediction &prediction);
    static QString timeText(const Prediction &prediction);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Prediction> m_predictions;
};

/// Key/value view of everything else the text said: summary fields (recipients, sender, subject,
/// servers), the Get-Queue/Get-Message/tracking fields in order, and the DSN fields per recipient.
class DecodeFieldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };
    enum Role { SectionRole = Qt::UserRole }; ///< QString: "summary", "queue", "dsn"

    explicit DecodeFieldModel(QObject *parent = nullptr);
    void setResult(const DecodeResult &result);
    /// The value of the first row whose field is @p name, or a null string.
    QString value(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Field
    {
        QString section;
        QString name;
        QString value;
    };
    QList<Field> m_fields;
};

} // namespace Mailflow::Workbench
