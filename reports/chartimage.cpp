// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/chartimage.h"

#include "core/timeformat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lookout::reports {

namespace {

const QColor kInk(30, 30, 30);
const QColor kGrid(215, 215, 215);

QFont chartFont(double pixels, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(int(pixels));
    font.setBold(bold);
    return font;
}

// A white image with the title drawn; returns the plot rectangle left for the chart.
QRectF begin(QImage &image, QPainter &painter, const QString &title, double legendRows)
{
    image.fill(Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(chartFont(image.height() * 0.045, true));
    painter.setPen(kInk);
    const double w = image.width(), h = image.height();
    painter.drawText(QRectF(0, h * 0.01, w, h * 0.07), Qt::AlignCenter, title);
    return QRectF(w * 0.08, h * 0.11, w * 0.84, h * (0.72 - 0.055 * std::max(0.0, legendRows - 1)));
}

// A "nice" step for about `count` ticks over `span`.
double niceStep(double span, int count)
{
    const double raw = span / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= factor * magnitude)
            return factor * magnitude;
    return 10 * magnitude;
}

void drawValueAxis(QPainter &painter, const QRectF &plot, const ChartAxis &axis, bool right, double fontPx)
{
    painter.setFont(chartFont(fontPx));
    auto yOf = [&](double v) { return plot.bottom() - (v - axis.min) / (axis.max - axis.min) * plot.height(); };
    const double step = axis.categories.isEmpty() ? niceStep(axis.max - axis.min, 5) : 1.0;
    for (double v = std::ceil(axis.min / step) * step; v <= axis.max + 1e-9; v += step) {
        const double y = yOf(v);
        if (!right) {
            painter.setPen(QPen(kGrid, 1));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        painter.setPen(kInk);
        const int index = int(std::lround(v));
        const QString text = axis.categories.isEmpty() ? QString::number(v, 'g', 6) : axis.categories.value(index);
        const QRectF box = right ? QRectF(plot.right() + 8, y - fontPx, fontPx * 5, 2 * fontPx)
                                 : QRectF(plot.left() - fontPx * 6 - 8, y - fontPx, fontPx * 6, 2 * fontPx);
        painter.drawText(box, (right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
    }
    painter.save();
    painter.translate(right ? plot.right() + fontPx * 4.2 : plot.left() - fontPx * 5.2, plot.center().y());
    painter.rotate(right ? 90 : -90);
    painter.drawText(QRectF(-plot.height() / 2, -fontPx * 1.4, plot.height(), fontPx * 1.6), Qt::AlignCenter, axis.label);
    painter.restore();
}

void drawLegend(QPainter &painter, const QRectF &area, const QList<std::tuple<QString, QColor, int>> &entries, double fontPx)
{
    // kind: 0 solid line, 1 dashed line, 2 filled box
    painter.setFont(chartFont(fontPx));
    const QFontMetricsF metrics(painter.font());
    double x = area.left(), y = area.top();
    for (const auto &[name, color, kind] : entries) {
        const double width = fontPx * 2.6 + metrics.horizontalAdvance(name) + fontPx * 1.5;
        if (x + width > area.right() && x > area.left()) {
            x = area.left();
            y += fontPx * 1.6;
        }
        const QRectF swatch(x, y + fontPx * 0.25, fontPx * 2, fontPx * 0.8);
        if (kind == 2) {
            painter.fillRect(swatch, color);
        } else {
            painter.setPen(QPen(color, fontPx * 0.22, kind == 1 ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        }
        painter.setPen(kInk);
        painter.drawText(QRectF(x + fontPx * 2.4, y, width, fontPx * 1.4), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += width;
    }
}

} // namespace

QImage drawTimeChart(const TimeChart &chart, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const double fontPx = size.height() * 0.032;
    const int legendCount = int(chart.series.size() + chart.rules.size() + chart.spans.size());
    const QRectF plot = begin(image, painter, chart.title, std::ceil(legendCount / 4.0));
    const double span = std::max<qint64>(1, chart.from.secsTo(chart.to));
    auto xOf = [&](const QDateTime &t) { return plot.left() + chart.from.secsTo(t) / span * plot.width(); };
    auto yOf = [&](const ChartAxis &axis, double v) {
        return plot.bottom() - (std::clamp(v, axis.min, axis.max) - axis.min) / (axis.max - axis.min) * plot.height();
    };
    for (const ChartSpan &shade : chart.spans) {
        const double x0 = xOf(std::max(shade.from, chart.from)), x1 = xOf(std::min(shade.to, chart.to));
        painter.fillRect(QRectF(x0, plot.top(), std::max(1.0, x1 - x0), plot.height()), shade.color);
    }
    drawValueAxis(painter, plot, chart.left, false, fontPx);
    if (chart.right)
        drawValueAxis(painter, plot, *chart.right, true, fontPx);
    // Time ticks: every 3, 6, 12 or 24 hours, on Beijing hours.
    const double hours = span / 3600.0;
    const int tickHours = hours <= 24 ? 3 : hours <= 60 ? 6 : hours <= 150 ? 12 : 24;
    QDateTime tick = chart.from.toUTC();
    tick.setTime(QTime(tick.time().hour(), 0));
    while ((tick.time().hour() + 8) % tickHours != 0 || tick < chart.from)
        tick = tick.addSecs(3600);
    painter.setFont(chartFont(fontPx * 0.9));
    for (; tick <= chart.to; tick = tick.addSecs(tickHours * 3600)) {
        const double x = xOf(tick);
        painter.setPen(QPen(kGrid, 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(kInk);
        const QString local = formatLocal(tick);  // "2018-09-15 08:00"
        painter.drawText(QRectF(x - fontPx * 4, plot.bottom() + 4, fontPx * 8, fontPx * 2.6), Qt::AlignHCenter | Qt::AlignTop,
                         local.mid(5, 5) + QLatin1Char('\n') + local.mid(11, 5));
    }
    painter.setPen(QPen(kInk, 2));
    painter.drawRect(plot);
    painter.setClipRect(plot.adjusted(-4, -4, 4, 4));
    for (const ChartRule &rule : chart.rules) {
        painter.setPen(QPen(rule.color, fontPx * 0.15, Qt::DashLine));
        const double y = yOf(chart.left, rule.value);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    for (const ChartSeries &series : chart.series) {
        const ChartAxis &axis = series.rightAxis && chart.right ? *chart.right : chart.left;
        QPainterPath path;
        bool open = false;
        QDateTime previous;
        double previousY = 0;
        for (const auto &[time, value] : series.points) {
            const QPointF point(xOf(time), yOf(axis, value));
            const bool broken = series.breakSeconds > 0 && previous.isValid() && previous.secsTo(time) > series.breakSeconds;
            if (!open || broken) {
                path.moveTo(point);
                open = true;
            } else {
                if (series.step)
                    path.lineTo(point.x(), previousY);
                path.lineTo(point);
            }
            previous = time;
            previousY = point.y();
        }
        painter.setPen(QPen(series.color, fontPx * (series.dashed ? 0.16 : 0.2), series.dashed ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (series.points.size() == 1) {
            painter.setBrush(series.color);
            painter.drawEllipse(QPointF(xOf(series.points.front().first), yOf(axis, series.points.front().second)), fontPx * 0.3, fontPx * 0.3);
        }
    }
    painter.setClipping(false);
    QList<std::tuple<QString, QColor, int>> legend;
    for (const ChartSeries &series : chart.series)
        legend.append({series.name, series.color, series.dashed ? 1 : 0});
    for (const ChartRule &rule : chart.rules)
        legend.append({rule.name, rule.color, 1});
    for (const ChartSpan &shade : chart.spans)
        if (std::none_of(legend.begin(), legend.end(), [&](const auto &entry) { return std::get<0>(entry) == shade.name; }))
            legend.append({shade.name, shade.color, 2});
    drawLegend(painter, QRectF(plot.left(), plot.bottom() + fontPx * 3.0, plot.width(), size.height() - plot.bottom()), legend, fontPx);
    return image;
}

QImage drawBarChart(const BarChart &chart, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const double fontPx = size.height() * 0.032;
    const QRectF plot = begin(image, painter, chart.title, 1).adjusted(0, 0, 0, fontPx * 1.5);
    double top = 0;
    for (const auto &bar : chart.bars)
        top = std::max(top, bar.second);
    const double step = niceStep(std::max(top, 1.0), 5);
    const ChartAxis axis{chart.unit, 0, std::ceil(std::max(top, 1.0) / step) * step, {}};
    drawValueAxis(painter, plot, axis, false, fontPx);
    const double slot = plot.width() / std::max<qsizetype>(1, chart.bars.size());
    painter.setFont(chartFont(fontPx * 0.9));
    for (int i = 0; i < chart.bars.size(); ++i) {
        const auto &[label, value] = chart.bars[i];
        const double height = value / axis.max * plot.height();
        const QRectF bar(plot.left() + slot * (i + 0.2), plot.bottom() - height, slot * 0.6, height);
        painter.fillRect(bar, chart.color);
        painter.setPen(kInk);
        painter.drawText(QRectF(bar.left() - slot * 0.2, bar.top() - fontPx * 1.4, slot, fontPx * 1.3), Qt::AlignCenter,
                         QString::number(value, 'f', value < 10 && value != std::floor(value) ? 1 : 0));
        painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, fontPx * 2.6), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
    }
    painter.setPen(QPen(kInk, 2));
    painter.drawRect(plot);
    return image;
}

} // namespace lookout::reports
