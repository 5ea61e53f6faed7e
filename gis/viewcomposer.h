// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "gis/maplayer.h"
#include "gis/mapsettings.h"

#include <QImage>

#include <optional>
#include <vector>

namespace lookout::gis {

// The map's layers rendered once over more than the view (an overscan margin on every side),
// without labels or decorations, with the label candidates the layers offered: what any view
// inside it at the same scale is cut from, so a pan within the margin re-renders nothing.
struct RenderedBase {
    QImage image;
    GeoBox extent;                        // the image's extent (destination CRS)
    std::vector<LabelCandidate> labels;   // in the image's pixels
    QImage labelled;                      // the image with its labels placed over all of it

    bool isNull() const { return image.isNull(); }
};

// The settings to render a base for `view`: its extent widened by `overscan` of its width and
// height on each side, the output as much larger, the labels collected but not placed, no scale
// bar or north arrow.
MapSettings overscanSettings(const MapSettings &view, double overscan);

// The pixel offset of `view` in `base` when the base holds all of it at the view's scale
// (whole pixels: a pan snaps to the base's pixels); nullopt when it does not.
std::optional<QPoint> viewOffsetIn(const RenderedBase &base, const MapSettings &view);

// A label as drawn into a view: its text and its font's size in the image's pixels.
struct DrawnLabel {
    QString text;
    double pixelSize = 0;
};

// The view cut from the base at `offset` (viewOffsetIn), with the labels placed again for it
// (those whose anchor falls inside), the scale bar and north arrow as the view asks. `extent`
// is told the exact extent of the image returned; `labels`, the labels drawn (what a person can
// read of the map, for the wall's legibility rule).
QImage composeView(const RenderedBase &base, const MapSettings &view, QPoint offset, GeoBox *extent = nullptr,
                   std::vector<DrawnLabel> *labels = nullptr);
// A frame of a drag: the view cut from the labelled base (the labels as placed over the base,
// not again for the view), with scale bar and north arrow. Cheaper; composeView when it settles.
QImage dragFrame(const RenderedBase &base, const MapSettings &view, QPoint offset, GeoBox *extent = nullptr);

} // namespace lookout::gis
