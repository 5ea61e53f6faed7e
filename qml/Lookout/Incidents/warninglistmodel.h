// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "incidents/warningregistry.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace lookout::qml {

// The warning registry as the wall panel and the desk list show it: one row per chain head,
// live first, red first. Filters (level, state, text) narrow the rows for the desk; the wall
// shows what is current. The panel's source line (`sourceText`, `sourceState`) says how fresh
// the registry is, so an empty list never passes for "all clear" when the truth is "no data".
// GUI thread only. Filled by the application (setEntries) whenever the clock or the data move.
class WarningListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("built by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY rowsChanged FINAL)
    Q_PROPERTY(int liveCount READ liveCount NOTIFY rowsChanged FINAL)
    Q_PROPERTY(int otherCount READ otherCount NOTIFY rowsChanged FINAL)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY sourceChanged FINAL)
    Q_PROPERTY(QString sourceState READ sourceState NOTIFY sourceChanged FINAL)
    Q_PROPERTY(QString levelFilter READ levelFilter WRITE setLevelFilter NOTIFY filterChanged FINAL)
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY filterChanged FINAL)
    Q_PROPERTY(QString textFilter READ textFilter WRITE setTextFilter NOTIFY filterChanged FINAL)

public:
    enum Role {
        IdentifierRole = Qt::UserRole + 1,
        SenderRole,
        SenderNameRole,
        LevelRole,         // "blue" .. "red", "none"
        LevelColorRole,
        LevelNameRole,     // 蓝色 .. / Blue ..
        StateRole,         // "live", "pending", "expired", "cancelled", "all clear"
        StateLabelRole,    // the same, translated
        StatusRole,        // "" for Actual, else "TEST" / "EXERCISE" / ...
        MsgTypeRole,
        EventRole,
        HeadlineRole,
        AreaRole,
        SentRole,          // Beijing time
        AgeRole,           // against the scenario clock
        ExpiresRole,
        ChainLengthRole,
        AcknowledgedRole,
        AcknowledgedByRole,
    };
    Q_ENUM(Role)

    explicit WarningListModel(QObject *parent = nullptr);

    // `inArea` decides which entries belong on this map (the others are only counted); when
    // `currentOnly`, chains that ended more than a day before `at` are left out.
    void setEntries(QList<incidents::WarningEntry> entries, const QDateTime &at, const QString &language,
                    const std::function<bool(const incidents::WarningEntry &)> &inArea, bool currentOnly);
    void setSource(const QString &text, const QString &state);
    // Who acknowledges: called with (sender, identifier, who, seat); returns an error text or "".
    void setAcknowledgeHandler(std::function<QString(const QString &, const QString &, const QString &, const QString &)> handler);

    int liveCount() const { return m_liveCount; }
    int otherCount() const { return m_otherCount; }
    QString sourceText() const { return m_sourceText; }
    QString sourceState() const { return m_sourceState; }
    QString levelFilter() const { return m_levelFilter; }
    void setLevelFilter(const QString &level);
    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    QString textFilter() const { return m_textFilter; }
    void setTextFilter(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The desk's detail page: the CAP text in the reader's language, parameters, areas and the
    // chain's history.
    Q_INVOKABLE QVariantMap detail(int row) const;
    // Records an acknowledgement; returns "" or the reason it failed. Handed to the record's
    // writer on a live seat: a failure there comes later (acknowledgeFailed).
    Q_INVOKABLE QString acknowledge(int row, const QString &who, const QString &seat);
    // The same for a warning named by its sender and identifier (the wall's takeover of it).
    Q_INVOKABLE QString acknowledgeWarning(const QString &sender, const QString &identifier, const QString &who, const QString &seat);
    void reportAcknowledgeFailure(const QString &why) { emit acknowledgeFailed(why); }

signals:
    void rowsChanged();
    void sourceChanged();
    void filterChanged();
    void acknowledged();
    void acknowledgeFailed(const QString &why);

private:
    void applyFilters();
    const incidents::WarningEntry &entryAt(int row) const { return m_all[m_rows[row]]; }

    QList<incidents::WarningEntry> m_all;
    QList<int> m_rows;  // indexes into m_all after the filters
    QDateTime m_at;
    QString m_language;
    int m_liveCount = 0;
    int m_otherCount = 0;
    QString m_sourceText;
    QString m_sourceState;
    QString m_levelFilter;
    QString m_stateFilter;
    QString m_textFilter;
    std::function<QString(const QString &, const QString &, const QString &, const QString &)> m_acknowledge;
};

} // namespace lookout::qml
