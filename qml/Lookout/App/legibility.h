// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QList>
#include <QString>

class QQuickItem;

namespace lookout::qml {

// The wall is read from 10 m: on a 2 m tall wall text wants about 55–60 mm, so nothing meant to
// be read there may be smaller than a fortieth of the wall's height (54 px at 2160).
constexpr double kWallLegibleFraction = 1.0 / 40.0;

// A text a person could see, and its size.
struct ShownText {
    QString text;
    double pixelSize = 0;  // as drawn: the font's size times the item's scale in the scene
};

// Every visible text under `root` (Text, Label, TextField…: items with a non-empty `text` and a
// `font`) that is drawn smaller than `minimumPixels`. Hidden or fully transparent items, those of
// zero size and those wholly outside the window do not count. A map's labels, drawn into its
// image, count as the map reports them (MapCanvas::drawnLabels).
QList<ShownText> textsSmallerThan(QQuickItem *root, double minimumPixels);
// Every visible text under `root`, by the same reading, whatever its size: what a person reads
// (the check that a Chinese interface shows no English it could have said in Chinese).
QList<ShownText> visibleTexts(QQuickItem *root);
// Those of `texts` drawn smaller than `minimumPixels`.
QList<ShownText> smallerThan(const QList<ShownText> &texts, double minimumPixels);

} // namespace lookout::qml
