// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "warninglistmodel.h"

#include "vocabularychoices.h"

#include "core/timeformat.h"
#include "situation/mapstyles.h"

namespace lookout::qml {

namespace {

QString areaText(const feeds::CapInfo *info)
{
    QStringList areas;
    if (info)
        for (const feeds::CapArea &area : info->areas)
            areas.append(area.areaDesc.simplified());
    return areas.join(QStringLiteral("; "));
}

QString levelLabel(incidents::WarningLevel level)
{
    switch (level) {
    case incidents::WarningLevel::Blue: return WarningListModel::tr("Blue");
    case incidents::WarningLevel::Yellow: return WarningListModel::tr("Yellow");
    case incidents::WarningLevel::Orange: return WarningListModel::tr("Orange");
    case incidents::WarningLevel::Red: return WarningListModel::tr("Red");
    case incidents::WarningLevel::None: return WarningListModel::tr("No level");
    }
    return {};
}

QString stateLabel(incidents::WarningState state)
{
    switch (state) {
    case incidents::WarningState::Live: return WarningListModel::tr("in force");
    case incidents::WarningState::Pending: return WarningListModel::tr("not yet in force");
    case incidents::WarningState::Expired: return WarningListModel::tr("expired");
    case incidents::WarningState::Cancelled: return WarningListModel::tr("cancelled");
    case incidents::WarningState::AllClear: return WarningListModel::tr("all clear");
    }
    return {};
}

} // namespace

WarningListModel::WarningListModel(QObject *parent) : QAbstractListModel(parent) {}

void WarningListModel::setEntries(QList<incidents::WarningEntry> entries, const QDateTime &at, const QString &language,
                                  const std::function<bool(const incidents::WarningEntry &)> &inArea, bool currentOnly)
{
    beginResetModel();
    m_all.clear();
    m_at = at;
    m_language = language;
    m_liveCount = 0;
    m_otherCount = 0;
    for (incidents::WarningEntry &entry : entries) {
        const bool current = entry.state == incidents::WarningState::Live || entry.state == incidents::WarningState::Pending
                             || entry.head.alert.sent.secsTo(at) <= 24 * 3600;
        if (!inArea(entry)) {
            m_otherCount += entry.countsAsLive() ? 1 : 0;
            continue;
        }
        if (currentOnly && !current)
            continue;
        m_liveCount += entry.countsAsLive() ? 1 : 0;
        m_all.append(std::move(entry));
    }
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        m_rows.append(i);
    endResetModel();
    applyFilters();
    emit rowsChanged();
}

void WarningListModel::setSource(const QString &text, const QString &state)
{
    m_sourceText = text;
    m_sourceState = state;
    emit sourceChanged();
}

void WarningListModel::setAcknowledgeHandler(
    std::function<QString(const QString &, const QString &, const QString &, const QString &)> handler)
{
    m_acknowledge = std::move(handler);
}

void WarningListModel::setLevelFilter(const QString &level)
{
    if (level == m_levelFilter)
        return;
    m_levelFilter = level;
    applyFilters();
    emit filterChanged();
}

void WarningListModel::setStateFilter(const QString &state)
{
    if (state == m_stateFilter)
        return;
    m_stateFilter = state;
    applyFilters();
    emit filterChanged();
}

void WarningListModel::setTextFilter(const QString &text)
{
    if (text == m_textFilter)
        return;
    m_textFilter = text;
    applyFilters();
    emit filterChanged();
}

void WarningListModel::applyFilters()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const incidents::WarningEntry &entry = m_all[i];
        if (!m_levelFilter.isEmpty() && incidents::levelName(entry.level) != m_levelFilter)
            continue;
        if (!m_stateFilter.isEmpty() && incidents::stateName(entry.state) != m_stateFilter)
            continue;
        if (!m_textFilter.isEmpty()) {
            const feeds::CapInfo *info = entry.head.alert.infoFor(m_language);
            const QString haystack = (info ? info->event + info->headline : QString()) + areaText(info) + entry.head.alert.sender;
            if (!haystack.contains(m_textFilter, Qt::CaseInsensitive))
                continue;
        }
        m_rows.append(i);
    }
    endResetModel();
    emit rowsChanged();
}

int WarningListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WarningListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const incidents::WarningEntry &entry = entryAt(index.row());
    const feeds::CapAlert &alert = entry.head.alert;
    const feeds::CapInfo *info = alert.infoFor(m_language);
    switch (role) {
    case IdentifierRole: return alert.identifier;
    case SenderRole: return alert.sender;
    case SenderNameRole: return info && !info->senderName.isEmpty() ? info->senderName : alert.sender;
    case LevelRole: return incidents::levelName(entry.level);
    case LevelColorRole: return situation::warningLevelColor(entry.level);
    case LevelNameRole: return levelLabel(entry.level);
    case StateRole: return incidents::stateName(entry.state);
    case StateLabelRole: return stateLabel(entry.state);
    case StatusRole: return entry.isActual() ? QString() : Vocabulary::capWord(feeds::toString(alert.status)).toUpper();
    case MsgTypeRole: return Vocabulary::capWord(feeds::toString(alert.msgType));
    case EventRole: return info ? info->event : QString();
    case HeadlineRole: return info ? info->headline : QString();
    case AreaRole: return areaText(info);
    case SentRole: return formatLocal(alert.sent);
    case AgeRole: return formatAge(alert.sent.secsTo(m_at));
    case ExpiresRole: return alert.expires().isValid() ? formatLocal(alert.expires()) : QString();
    case ChainLengthRole: return int(entry.chain.size());
    case AcknowledgedRole: return entry.acknowledgement.has_value();
    case AcknowledgedByRole:
        return entry.acknowledgement ? QStringLiteral("%1 %2").arg(entry.acknowledgement->acknowledgedBy,
                                                                   formatLocal(entry.acknowledgement->acknowledgedAt))
                                     : QString();
    default: return {};
    }
}

QHash<int, QByteArray> WarningListModel::roleNames() const
{
    return {{IdentifierRole, "identifier"}, {SenderRole, "sender"}, {SenderNameRole, "senderName"}, {LevelRole, "level"},
            {LevelColorRole, "levelColor"}, {LevelNameRole, "levelName"}, {StateRole, "warningState"}, {StateLabelRole, "stateLabel"}, {StatusRole, "status"},
            {MsgTypeRole, "msgType"}, {EventRole, "event"}, {HeadlineRole, "headline"}, {AreaRole, "area"},
            {SentRole, "sent"}, {AgeRole, "age"}, {ExpiresRole, "expires"}, {ChainLengthRole, "chainLength"},
            {AcknowledgedRole, "acknowledged"}, {AcknowledgedByRole, "acknowledgedBy"}};
}

QVariantMap WarningListModel::detail(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const incidents::WarningEntry &entry = entryAt(row);
    const feeds::CapAlert &alert = entry.head.alert;
    const feeds::CapInfo *info = alert.infoFor(m_language);
    QVariantList history;
    for (const incidents::ChainMessage &message : entry.history)
        history.append(QStringLiteral("%1  %2  %3  %4").arg(formatLocal(message.sent), Vocabulary::capWord(feeds::toString(message.msgType)),
                                                             message.identifier, message.headline.left(60)));
    QVariantList parameters;
    if (info)
        for (const feeds::CapValuePair &pair : info->parameters)
            parameters.append(QStringLiteral("%1 = %2").arg(pair.valueName, pair.value));
    return {{QStringLiteral("identifier"), alert.identifier},
            {QStringLiteral("sender"), alert.sender},
            {QStringLiteral("status"), Vocabulary::capWord(feeds::toString(alert.status))},
            {QStringLiteral("msgType"), Vocabulary::capWord(feeds::toString(alert.msgType))},
            {QStringLiteral("state"), stateLabel(entry.state)},
            {QStringLiteral("language"), info ? info->language : QString()},
            {QStringLiteral("event"), info ? info->event : QString()},
            {QStringLiteral("urgency"), info ? Vocabulary::capWord(feeds::toString(info->urgency)) : QString()},
            {QStringLiteral("severity"), info ? Vocabulary::capWord(feeds::toString(info->severity)) : QString()},
            {QStringLiteral("certainty"), info ? Vocabulary::capWord(feeds::toString(info->certainty)) : QString()},
            {QStringLiteral("headline"), info ? info->headline : QString()},
            {QStringLiteral("description"), info ? info->description : QString()},
            {QStringLiteral("instruction"), info ? info->instruction : QString()},
            {QStringLiteral("area"), areaText(info)},
            {QStringLiteral("sent"), formatLocal(alert.sent, true)},
            {QStringLiteral("expires"), alert.expires().isValid() ? formatLocal(alert.expires()) : tr("not stated")},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("history"), history},
            {QStringLiteral("deviations"), alert.deviations},
            {QStringLiteral("chain"), tr("%n message(s) in the chain", "", int(entry.chain.size()))
                                        + (entry.unknownPredecessors > 0
                                               ? QStringLiteral("; ") + tr("%n earlier message(s) never received", "", entry.unknownPredecessors)
                                               : QString())},
            {QStringLiteral("acknowledgedBy"), data(index(row), AcknowledgedByRole)}};
}

QString WarningListModel::acknowledge(int row, const QString &who, const QString &seat)
{
    if (row < 0 || row >= m_rows.size())
        return tr("no such warning");
    const feeds::CapAlert &alert = entryAt(row).head.alert;
    return acknowledgeWarning(alert.sender, alert.identifier, who, seat);
}

QString WarningListModel::acknowledgeWarning(const QString &sender, const QString &identifier, const QString &who, const QString &seat)
{
    if (who.trimmed().isEmpty())
        return tr("say who acknowledges");
    if (!m_acknowledge)
        return tr("this seat cannot record acknowledgements");
    const QString error = m_acknowledge(sender, identifier, who.trimmed(), seat);
    if (error.isEmpty())
        emit acknowledged();
    return error;
}

} // namespace lookout::qml
