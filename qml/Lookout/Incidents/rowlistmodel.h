// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// One of the desk's record lists (the duty log, the leaders' instructions, the hotspot checks):
// rows with a fixed set of named roles, one per key the list declares, so that QML delegates
// bind to roles (`required property string time`) and a reset is one model reset. GUI thread.
class RowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the incident desk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    // `keys`: the roles, in order (role Qt::UserRole + 1 + i is keys[i]).
    explicit RowListModel(QStringList keys, QObject *parent = nullptr) : QAbstractListModel(parent), m_keys(std::move(keys)) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The rows; a key a row does not hold reads as an invalid value, one the list does not
    // declare is a programming error (asserted).
    void setRows(QList<QVariantMap> rows);
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QStringList m_keys;
    QList<QVariantMap> m_rows;
};

} // namespace lookout::qml
