// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "monitorlist.h"

#include <algorithm>

#include <cmath>

namespace lookout::qml {

QVariant MonitorList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MonitorRow &row = m_rows.at(index.row());
    switch (role) {
    case TitleRole: return row.title;
    case DetailRole: return row.detail;
    case ValueRole: return row.value;
    case TrendRole: return row.trend;
    case ColorRole: return row.color;
    case MutedRole: return row.muted;
    case HasFocusRole: return !std::isnan(row.focus.x());
    case CellsRole: return row.cells;
    default: return {};
    }
}

QHash<int, QByteArray> MonitorList::roleNames() const
{
    return {{TitleRole, "title"}, {DetailRole, "detail"}, {ValueRole, "value"}, {TrendRole, "trend"},
            {ColorRole, "barColor"}, {MutedRole, "muted"}, {HasFocusRole, "hasFocus"}, {CellsRole, "cells"}};
}

void MonitorList::setRows(QList<MonitorRow> rows, const QString &summary, const QString &emptyText)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_summary = summary;
    m_emptyText = emptyText;
    endResetModel();
    emit changed();
}

void MonitorList::setSource(const QString &text, const QString &state)
{
    m_sourceText = text;
    m_sourceState = state;
    emit sourceChanged();
}

namespace {

// Display width in Latin characters: wide (CJK) characters count two.
qreal displayLength(const QString &text)
{
    qreal length = 0;
    for (const QChar c : text)
        length += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return length;
}

} // namespace

QList<qreal> MonitorList::columnWeights() const
{
    constexpr qreal kLongest = 36;  // a longer cell is elided rather than crowd the others out
    constexpr qreal kShortest = 4;
    QList<qreal> weights;
    for (const QString &heading : m_columns)
        weights.append(std::clamp(displayLength(heading), kShortest, kLongest));
    for (const MonitorRow &row : m_rows)
        for (qsizetype i = 0; i < std::min(row.cells.size(), weights.size()); ++i)
            weights[i] = std::max(weights[i], std::min(displayLength(row.cells.at(i)), kLongest));
    return weights;
}

void MonitorList::setAttention(int attention)
{
    if (attention == m_attention)
        return;
    m_attention = attention;
    emit changed();
}

void MonitorList::setColumns(const QStringList &columns)
{
    m_columns = columns;
    emit changed();
}

QVariantMap MonitorList::chartOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).chart : QVariantMap();
}

QPointF MonitorList::focusOf(int row) const
{
    if (row < 0 || row >= m_rows.size() || std::isnan(m_rows.at(row).focus.x()))
        return {};
    return m_rows.at(row).focus;
}

} // namespace lookout::qml
