// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lookout::reports {

// Charts for printed reports, drawn with QPainter into an image (white ground, Noto CJK text,
// times in Beijing time): a time chart of lines and steps on one or two axes, and a bar chart.
// Large enough to stay sharp at a page's width (1800 × 760 px by default).

struct ChartAxis {
    QString label;                 // "km", "响应级别 level"
    double min = 0;
    double max = 1;
    QStringList categories;        // when given: the tick at value i is named categories[i]
};

struct ChartSeries {
    QString name;
    QColor color;
    QList<std::pair<QDateTime, double>> points;  // in time order; a gap in the list is a gap in the line
    bool step = false;      // holds its value until the next point
    bool dashed = false;
    bool rightAxis = false;
    double breakSeconds = 0;  // > 0: no line across points further apart than this
};

// A horizontal line across the chart (a threshold): on the left axis.
struct ChartRule {
    QString name;
    QColor color;
    double value = 0;
};

// A time span shaded behind the series, with its name in the legend.
struct ChartSpan {
    QString name;
    QColor color;
    QDateTime from;
    QDateTime to;
};

struct TimeChart {
    QString title;
    QDateTime from;
    QDateTime to;
    ChartAxis left;
    std::optional<ChartAxis> right;
    QList<ChartSeries> series;
    QList<ChartRule> rules;
    QList<ChartSpan> spans;
};
QImage drawTimeChart(const TimeChart &chart, QSize size = QSize(1800, 760));

struct BarChart {
    QString title;
    QString unit;
    QList<std::pair<QString, double>> bars;  // shown in this order
    QColor color = QColor(40, 100, 170);
};
QImage drawBarChart(const BarChart &chart, QSize size = QSize(1800, 760));

} // namespace lookout::reports
