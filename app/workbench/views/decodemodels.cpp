// SPDX-License-Identifier: GPL-3.0-or-later
#include "decodemodels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Mailflow::Workbench {

Outcome replyOutcome(int replyClass)
{
    switch (replyClass) {
    case 2: return Outcome::Delivered;
    case 4: return Outcome::Deferred;
    case 5: return Outcome::TlsFailed;
    default: return Outcome::Other;
    }
}

QString replyLine(const SmtpReply &reply)
{
    QString line = reply.codePair();
    if (!reply.text.isEmpty())
        line += (line.isEmpty() ? QString() : u" "_s) + reply.text;
    return line;
}

namespace {

QString isoText(const QDateTime &time, bool hasZone)
{
    if (!time.isValid())
        return {};
    return time.toString(u"yyyy-MM-dd HH:mm:ss"_s) + (hasZone ? u" UTC"_s : QString());
}

} // namespace

// --- DecodeHopModel ---------------------------------------------------------------------------

DecodeHopModel::DecodeHopModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecodeHopModel::setResult(const DecodeResult &result)
{
    beginResetModel();
    m_hops.clear();
    m_chainCount = 0;
    QList<const ReplyChain *> shown;
    for (const ReplyChain &chain : result.chains) {
        if (chain.replies.isEmpty() && chain.detail.isEmpty())
            continue;
        const bool duplicate = std::any_of(shown.cbegin(), shown.cend(), [&chain](const ReplyChain *other) {
            return other->replies == chain.replies && other->detail == chain.detail && other->server == chain.server;
        });
        if (duplicate)
            continue;
        shown.append(&chain);
        const QString time = chain.attempt >= 0 && chain.attempt < result.attempts.size()
            ? result.attempts.at(chain.attempt).time.original : QString();
        int depth = 0;
        for (const SmtpReply &reply : chain.replies)
            m_hops.append({m_chainCount, depth++, reply, QString(), chain.server, time});
        if (!chain.detail.isEmpty())
            m_hops.append({m_chainCount, depth, SmtpReply(), chain.detail, chain.server, time});
        ++m_chainCount;
    }
    endResetModel();
}

int DecodeHopModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hops.size());
}

int DecodeHopModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecodeHopModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hop &hop = m_hops.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChainColumn: return hop.chain + 1;
        case ServerColumn: return hop.server;
        case CodeColumn: return hop.reply.codePair();
        case TextColumn: return hop.detail.isEmpty() ? hop.reply.text : hop.detail;
        }
        break;
    case ChainRole: return hop.chain;
    case DepthRole: return hop.depth;
    case ReplyClassRole: return hop.detail.isEmpty() ? hop.reply.replyClass() : 0;
    case CodePairRole: return hop.reply.codePair();
    case ServerRole: return hop.server;
    case AttemptTimeRole: return hop.time;
    case IsDetailRole: return !hop.detail.isEmpty();
    }
    return {};
}

QVariant DecodeHopModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChainColumn: return tr("Chain");
    case ServerColumn: return tr("Server");
    case CodeColumn: return tr("Code");
    case TextColumn: return tr("Reply");
    }
    return {};
}

// --- DecodeAttemptModel -----------------------------------------------------------------------

DecodeAttemptModel::DecodeAttemptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecodeAttemptModel::setResult(const DecodeResult &result)
{
    beginResetModel();
    m_attempts.clear();
    for (const DeliveryAttempt &attempt : result.attempts) {
        if (attempt.replies.isEmpty() && attempt.chains.isEmpty() && !attempt.time.isValid())
            continue;
        m_attempts.append(attempt);
    }
    endResetModel();
}

int DecodeAttemptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int DecodeAttemptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecodeAttemptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryAttempt &attempt = m_attempts.at(index.row());
    const int replyClass = attempt.replies.isEmpty() ? 0 : attempt.replies.first().replyClass();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return attempt.time.isValid() ? isoText(attempt.time.value, attempt.time.hasZone) : tr("(no time)");
        case OriginalColumn: return attempt.time.original;
        case AmbiguousColumn:
            if (!attempt.time.dayMonthAmbiguous)
                return QString();
            return attempt.time.dayFirst ? tr("ambiguous, read day first") : tr("ambiguous, read month first");
        case ServerColumn:
            return attempt.ip.isEmpty() ? attempt.server : attempt.server + u" ("_s + attempt.ip + u')';
        case RepliesColumn: {
            QStringList codes;
            for (const SmtpReply &reply : attempt.replies)
                codes << reply.codePair();
            return codes.join(u" → "_s);
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AmbiguousColumn && attempt.time.dayMonthAmbiguous)
            return tr("The date could be read day/month or month/day; check the server's regional settings.");
        if (index.column() == RepliesColumn) {
            QStringList lines;
            for (const SmtpReply &reply : attempt.replies)
                lines << replyLine(reply);
            return lines.join(u'\n');
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == AmbiguousColumn && attempt.time.dayMonthAmbiguous)
            return outcomeColor(Outcome::Deferred);
        break;
    case DateTimeRole: return attempt.time.value;
    case AmbiguousRole: return attempt.time.dayMonthAmbiguous;
    case ReplyClassRole: return replyClass;
    }
    return {};
}

QVariant DecodeAttemptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case OriginalColumn: return tr("Written as");
    case AmbiguousColumn: return tr("Day/month");
    case ServerColumn: return tr("Server");
    case RepliesColumn: return tr("Replies");
    }
    return {};
}

// --- DecodePredictionModel --------------------------------------------------------------------

DecodePredictionModel::DecodePredictionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecodePredictionModel::setResult(const DecodeResult &result)
{
    beginResetModel();
    m_predictions = result.predictions;
    endResetModel();
}

QString DecodePredictionModel::eventText(const Prediction &prediction)
{
    return prediction.event == Prediction::Event::DelayNotice ? tr("Delay notice") : tr("NDR (gives up)");
}

QString DecodePredictionModel::timeText(const Prediction &prediction)
{
    QString text = prediction.time.toString(u"yyyy-MM-dd HH:mm"_s) + (prediction.hasZone ? u" UTC"_s : tr(" (server time)"));
    if (prediction.basis == u"LastRetryTime" && prediction.deployment != Prediction::Deployment::Stated)
        text = tr("by %1 at the latest").arg(text);
    if (prediction.alreadyPassed)
        text += tr(" (already passed)");
    return text;
}

QString DecodePredictionModel::assumedText(const Prediction &prediction)
{
    switch (prediction.deployment) {
    case Prediction::Deployment::Stated: return tr("stated in the text");
    case Prediction::Deployment::ExchangeOnline: return tr("Exchange Online default, %1 h").arg(prediction.hours);
    case Prediction::Deployment::OnPremises: return tr("on-premises Exchange default, %1 h").arg(prediction.hours);
    }
    return {};
}

QString DecodePredictionModel::reasonText(const Prediction &prediction)
{
    const QString &reason = prediction.reason;
    if (prediction.deployment == Prediction::Deployment::Stated && prediction.basis == u"delayNotice")
        return tr("the delay notice says how much longer the server keeps trying");
    if (prediction.deployment == Prediction::Deployment::Stated)
        return tr("the text states it (%1)").arg(prediction.basis);
    if (reason == u"generating-server-exchange-online")
        return tr("the generating server is an Exchange Online host");
    if (reason == u"queue-viewer-on-premises")
        return tr("Get-Queue/Get-Message output comes from an on-premises server");
    if (reason == u"generating-server-on-premises")
        return tr("the generating server is not an Exchange Online host");
    return tr("nothing in the text points to Exchange Online");
}

int DecodePredictionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_predictions.size());
}

int DecodePredictionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecodePredictionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Prediction &p = m_predictions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EventColumn: return eventText(p);
        case TimeColumn: return timeText(p);
        case BasisColumn: return p.basisTime.isEmpty() ? p.basis : p.basis + u" = "_s + p.basisTime;
        case AssumedColumn: return assumedText(p);
        case ReasonColumn: return reasonText(p);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == AssumedColumn)
            return reasonText(p);
        break;
    case Qt::ForegroundRole:
        if (index.column() == TimeColumn && p.alreadyPassed)
            return outcomeColor(Outcome::Other);
        break;
    case DateTimeRole: return p.time;
    case EventRole: return int(p.event);
    case AlreadyPassedRole: return p.alreadyPassed;
    case ReasonKeyRole: return p.reason;
    }
    return {};
}

QVariant DecodePredictionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EventColumn: return tr("Event");
    case TimeColumn: return tr("Expected");
    case BasisColumn: return tr("Counted from");
    case AssumedColumn: return tr("Assumed");
    case ReasonColumn: return tr("Why");
    }
    return {};
}

// --- DecodeFieldModel -------------------------------------------------------------------------

DecodeFieldModel::DecodeFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DecodeFieldModel::setResult(const DecodeResult &result)
{
    beginResetModel();
    m_fields.clear();
    const auto add = [this](const QString &section, const QString &name, const QString &value) {
        if (!value.isEmpty())
            m_fields.append({section, name, value});
    };
    const QString summary = u"summary"_s;
    add(summary, tr("Recipients"), result.recipients.join(u", "_s));
    add(summary, tr("Sender"), result.sender);
    add(summary, tr("Subject"), result.subject);
    add(summary, tr("Generating server"), result.generatingServer);
    add(summary, tr("Reporting MTA"), result.reportingMta);
    add(summary, tr("Remote servers"), result.remoteServers.join(u", "_s));
    add(summary, tr("Remote IP addresses"), result.remoteIps.join(u", "_s));
    if (result.delayRemainingMinutes >= 0)
        add(summary, tr("Keeps trying for"), tr("%1 h %2 min").arg(result.delayRemainingMinutes / 60).arg(result.delayRemainingMinutes % 60));
    for (const auto &[name, value] : result.queueFields)
        add(u"queue"_s, name, value);
    const QString dsn = u"dsn"_s;
    add(dsn, u"Reporting-MTA"_s, result.dsn.reportingMta);
    add(dsn, u"Received-From-MTA"_s, result.dsn.receivedFromMta);
    add(dsn, u"Arrival-Date"_s, result.dsn.arrivalDate);
    add(dsn, u"Original-Envelope-Id"_s, result.dsn.originalEnvelopeId);
    for (const DsnRecipient &r : result.dsn.recipients) {
        add(dsn, u"Final-Recipient"_s, r.finalRecipient);
        add(dsn, u"Original-Recipient"_s, r.originalRecipient);
        add(dsn, u"Action"_s, r.action);
        add(dsn, u"Status"_s, r.status);
        add(dsn, u"Remote-MTA"_s, r.remoteMta);
        add(dsn, u"Diagnostic-Code"_s, r.diagnosticCode);
        add(dsn, u"Last-Attempt-Date"_s, r.lastAttemptDate);
        add(dsn, u"Will-Retry-Until"_s, r.willRetryUntil);
        add(dsn, u"X-Supplementary-Info"_s, r.supplementaryInfo);
    }
    endResetModel();
}

QString DecodeFieldModel::value(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

int DecodeFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int DecodeFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecodeFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field &field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == FieldColumn ? field.name : field.value;
    case Qt::ToolTipRole:
        return index.column() == ValueColumn ? field.value : QVariant();
    case SectionRole:
        return field.section;
    }
    return {};
}

QVariant DecodeFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == FieldColumn ? tr("Field") : tr("Value");
}

} // namespace Mailflow::Workbench
