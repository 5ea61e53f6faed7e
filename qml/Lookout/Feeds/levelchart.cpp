// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "levelchart.h"

#include "core/timeformat.h"
#include "core/unitwords.h"
#include "gis/layerstyle.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lookout::qml {

LevelChart::LevelChart(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void LevelChart::setChart(const QVariantMap &chart)
{
    m_chart = chart;
    emit chartChanged();
    update();
}

void LevelChart::setTextSize(qreal size)
{
    m_textSize = size;
    emit chartChanged();
    update();
}

void LevelChart::paint(QPainter *painter)
{
    const QVariantList points = m_chart.value(QStringLiteral("points")).toList();
    const QVariantList lines = m_chart.value(QStringLiteral("lines")).toList();
    QFont font(gis::mapFontFamily());
    font.setPixelSize(int(m_textSize));
    painter->setFont(font);
    const QColor axis(147, 167, 185);
    if (points.size() < 2) {
        painter->setPen(axis);
        painter->drawText(boundingRect(), Qt::AlignCenter, tr("No readings to chart"));
        return;
    }
    double tMin = points.front().toMap().value(QStringLiteral("t")).toDouble(), tMax = tMin;
    double vMin = 1e300, vMax = -1e300;
    for (const QVariant &p : points) {
        const QVariantMap point = p.toMap();
        tMin = std::min(tMin, point.value(QStringLiteral("t")).toDouble());
        tMax = std::max(tMax, point.value(QStringLiteral("t")).toDouble());
        vMin = std::min(vMin, point.value(QStringLiteral("v")).toDouble());
        vMax = std::max(vMax, point.value(QStringLiteral("v")).toDouble());
    }
    for (const QVariant &l : lines) {
        vMin = std::min(vMin, l.toMap().value(QStringLiteral("value")).toDouble());
        vMax = std::max(vMax, l.toMap().value(QStringLiteral("value")).toDouble());
    }
    const double pad = std::max(0.2, (vMax - vMin) * 0.08);
    vMin -= pad;
    vMax += pad;
    if (tMax <= tMin)
        tMax = tMin + 3600e3;
    const QRectF plot(m_textSize * 5, m_textSize * 0.8, width() - m_textSize * 6, height() - m_textSize * 3);
    auto x = [&](double t) { return plot.left() + (t - tMin) / (tMax - tMin) * plot.width(); };
    auto y = [&](double v) { return plot.bottom() - (v - vMin) / (vMax - vMin) * plot.height(); };

    // Axes: five level ticks and one time tick per day (or per 6 h for short series).
    painter->setPen(QPen(axis, 1));
    painter->drawRect(plot);
    for (int i = 0; i <= 4; ++i) {
        const double v = vMin + (vMax - vMin) * i / 4.0;
        painter->drawText(QRectF(0, y(v) - m_textSize, plot.left() - m_textSize * 0.4, m_textSize * 2), Qt::AlignRight | Qt::AlignVCenter,
                          QString::number(v, 'f', 2));
    }
    const double step = (tMax - tMin) > 3 * 86400e3 ? 86400e3 : 6 * 3600e3;
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(tMin), displayZone());
    QDateTime tick(first.date(), QTime(0, 0), displayZone());
    while (tick.toMSecsSinceEpoch() < tMin)
        tick = tick.addMSecs(qint64(step));
    for (; tick.toMSecsSinceEpoch() <= tMax; tick = tick.addMSecs(qint64(step))) {
        const double px = x(double(tick.toMSecsSinceEpoch()));
        painter->setPen(QPen(axis.darker(180), 1, Qt::DotLine));
        painter->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        painter->setPen(axis);
        painter->drawText(QRectF(px - m_textSize * 4, plot.bottom() + m_textSize * 0.3, m_textSize * 8, m_textSize * 1.4), Qt::AlignCenter,
                          tick.toString(step >= 86400e3 ? QStringLiteral("MM-dd") : QStringLiteral("MM-dd HH:mm")));
    }
    // Threshold lines, dashed, labelled at the right.
    for (const QVariant &l : lines) {
        const QVariantMap line = l.toMap();
        const double v = line.value(QStringLiteral("value")).toDouble();
        const QColor colour = line.value(QStringLiteral("color")).value<QColor>();
        painter->setPen(QPen(colour, 2, Qt::DashLine));
        painter->drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        painter->setPen(colour);
        painter->drawText(QRectF(plot.left() + m_textSize * 0.3, y(v) - m_textSize * 1.4, plot.width() - m_textSize * 0.6, m_textSize * 1.3),
                          Qt::AlignRight | Qt::AlignBottom,
                          line.value(QStringLiteral("label")).toString() + QLatin1Char(' ') + metresText(v));
    }
    // The level.
    QPainterPath path;
    for (int i = 0; i < points.size(); ++i) {
        const QVariantMap point = points.at(i).toMap();
        const QPointF p(x(point.value(QStringLiteral("t")).toDouble()), y(point.value(QStringLiteral("v")).toDouble()));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter->setPen(QPen(QColor(126, 214, 255), 2.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

} // namespace lookout::qml
