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

// A text a person could see that is smaller than the rule allows.
struct SmallText {
    QString text;
    double pixelSize = 0;  // as drawn: the font's size times the item's scale in the scene
};

// Every visible text under `root` (Text, Label, TextField…: items with a non-empty `text` and a
// `font`) that is drawn smaller than `minimumPixels`. Hidden or fully transparent items, those of
// zero size and those wholly outside the window do not count; the map's own labels are drawn
// into its image and are not items.
QList<SmallText> textsSmallerThan(QQuickItem *root, double minimumPixels);

} // namespace lookout::qml
