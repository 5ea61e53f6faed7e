// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QPointF>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// One line of a monitoring panel: a station over its warning level, a district's rainfall, a
// fire event. What it says is decided by the scenario code; the panel only lays it out.
struct MonitorRow {
    QString title;          // "汉口", "台山市", "Fire event 3"
    QString detail;         // the second line: times, counts, thresholds
    QString value;          // the figure on the right: "+1.23 m", "35.2 mm", "12 hotspots"
    QString trend;          // "▲", "▼", "▶" or empty
    QColor color;           // the bar at the left: the state's colour
    bool muted = false;     // shown greyed (no threshold, stale, ended)
    QPointF focus{qQNaN(), qQNaN()};  // lon, lat to centre the desk map on; NaN when none
    QStringList cells;      // the desk's table: one text per MonitorList::columns()
    QVariantMap chart;      // the desk's chart (LevelChart's format); empty when none
};

// The rows of one monitoring panel (water, rainfall, fire, fire danger) with the panel's summary
// line and its source health, in the same words as the other panels. GUI thread.
class MonitorList : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the app")
    Q_PROPERTY(int count READ rowCount NOTIFY changed FINAL)
    Q_PROPERTY(QString summary READ summary NOTIFY changed FINAL)
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY changed FINAL)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY sourceChanged FINAL)
    Q_PROPERTY(QString sourceState READ sourceState NOTIFY sourceChanged FINAL)
    Q_PROPERTY(QStringList columns READ columns NOTIFY changed FINAL)
    Q_PROPERTY(int attention READ attention NOTIFY changed FINAL)
    Q_PROPERTY(QList<qreal> columnWeights READ columnWeights NOTIFY changed FINAL)

public:
    enum Role { TitleRole = Qt::UserRole + 1, DetailRole, ValueRole, TrendRole, ColorRole, MutedRole, HasFocusRole, CellsRole };

    explicit MonitorList(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `emptyText` is what the panel says when there are no rows and the source is healthy
    // ("no station over its warning level"); without a healthy source it says "no data".
    void setRows(QList<MonitorRow> rows, const QString &summary, const QString &emptyText);
    void setSource(const QString &text, const QString &state);
    // The desk table's column headings (the rows' `cells`).
    void setColumns(const QStringList &columns);
    QStringList columns() const { return m_columns; }
    // How wide each column wants to be, from its longest heading or cell (a CJK character counts
    // two): the desk table shares its width in these proportions.
    QList<qreal> columnWeights() const;
    // What on the page asks for attention, as the desk's navigation rail counts it: stations over
    // a threshold, fire events in the bureau's districts, districts at a signal, open follow-ups.
    void setAttention(int attention);
    int attention() const { return m_attention; }
    const QList<MonitorRow> &rows() const { return m_rows; }

    QString summary() const { return m_summary; }
    QString emptyText() const { return m_emptyText; }
    QString sourceText() const { return m_sourceText; }
    QString sourceState() const { return m_sourceState; }
    // Where the desk map should centre for a row: QPointF(lon, lat), or a null point.
    Q_INVOKABLE QPointF focusOf(int row) const;
    Q_INVOKABLE QVariantMap chartOf(int row) const;

signals:
    void changed();
    void sourceChanged();

private:
    QList<MonitorRow> m_rows;
    QString m_summary;
    QString m_emptyText;
    QString m_sourceText;
    QString m_sourceState = QStringLiteral("nodata");
    QStringList m_columns;
    int m_attention = 0;
};

} // namespace lookout::qml
