// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "rowlistmodel.h"

namespace lookout::qml {

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int key = role - (Qt::UserRole + 1);
    if (key < 0 || key >= m_keys.size())
        return {};
    return m_rows.at(index.row()).value(m_keys.at(key));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        names.insert(Qt::UserRole + 1 + int(i), m_keys.at(i).toUtf8());
    return names;
}

void RowListModel::setRows(QList<QVariantMap> rows)
{
    for (const QVariantMap &row : rows)
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            Q_ASSERT_X(m_keys.contains(it.key()), "RowListModel::setRows", qPrintable(it.key()));
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QVariantMap RowListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

} // namespace lookout::qml
