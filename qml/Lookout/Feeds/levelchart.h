// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QQuickPaintedItem>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lookout::qml {

// A station's level over time against its threshold lines (warning, guaranteed, flood limit),
// drawn with QPainter: the time axis in Beijing time, the level axis in metres fitted to the
// readings and the lines, each line labelled with its name and value.
// `chart` is {"points": [{"t": ms since epoch UTC, "v": metres}...], "lines": [{"label", "value", "color"}...],
// "unit": "m"}. GUI thread.
class LevelChart : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap chart READ chart WRITE setChart NOTIFY chartChanged FINAL)
    Q_PROPERTY(qreal textSize READ textSize WRITE setTextSize NOTIFY chartChanged FINAL)

public:
    explicit LevelChart(QQuickItem *parent = nullptr);

    QVariantMap chart() const { return m_chart; }
    void setChart(const QVariantMap &chart);
    qreal textSize() const { return m_textSize; }
    void setTextSize(qreal size);
    void paint(QPainter *painter) override;

signals:
    void chartChanged();

private:
    QVariantMap m_chart;
    qreal m_textSize = 14;
};

} // namespace lookout::qml
