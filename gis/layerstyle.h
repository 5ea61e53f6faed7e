// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QColor>
#include <QHash>
#include <QString>

namespace lookout::gis {

// How a vector layer is drawn. Sizes are logical pixels; MapSettings::symbolScale multiplies them
// (the wall, seen from 10 m, uses a larger scale than the desk). Plain value, any thread.
// A point's symbol: a circle, or a shape that tells kinds apart without colour (colour is
// taken by the state: a team square, a depot triangle, a shelter diamond …).
enum class PointShape { Circle, Square, Triangle, Diamond };

struct LayerStyle {
    QColor fill = QColor(0, 0, 0, 0);
    QColor stroke = QColor(200, 200, 200);
    double strokeWidth = 1.0;
    bool dashed = false;
    // Polygons: fill overlapping parts as their union (a forecast cone made of circles) instead
    // of even-odd (holes, multi-parts from files).
    bool unionFill = false;
    QColor pointFill = QColor(255, 200, 0);
    double pointSize = 8.0;
    PointShape pointShape = PointShape::Circle;

    QString labelField;  // empty: no labels
    double labelSize = 14.0;
    bool labelBold = false;
    QColor labelColor = QColor(255, 255, 255);
    QColor labelHalo = QColor(0, 0, 0, 200);
    double labelHaloWidth = 2.0;
    int labelPriority = 0;  // higher is placed first when labels compete for space
    // Labels only when zoomed in this far (map units per pixel; 0: at every scale), like QGIS's
    // scale-based label visibility: a station's level and excess at desk zoom, not on the overview.
    double labelMaxUnitsPerPixel = 0;

    friend bool operator==(const LayerStyle &, const LayerStyle &) = default;
};

// Styles chosen per feature by the value of one attribute, like QGIS's categorized renderer
// (a warning area by its colour level, a track segment by its grade). Features whose value has
// no category use `fallback`.
struct CategorizedStyle {
    QString field;
    QHash<QString, LayerStyle> categories;
    LayerStyle fallback;

    const LayerStyle &styleFor(const QString &value) const
    {
        const auto found = categories.constFind(value);
        return found == categories.cend() ? fallback : *found;
    }

    friend bool operator==(const CategorizedStyle &, const CategorizedStyle &) = default;
};

// The font family used for map labels and decorations: one with Chinese glyphs (fonts-noto-cjk).
QString mapFontFamily();

} // namespace lookout::gis
