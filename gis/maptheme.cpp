// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/maptheme.h"

#include <tuple>

namespace lookout::gis {

QColor mapBackground()
{
    return QColor(9, 20, 34);
}

LayerStyle styleForRole(const QString &role, const QString &labelField)
{
    LayerStyle style;
    style.labelField = labelField;
    if (role == QStringLiteral("focus")) {
        style.fill = QColor(28, 74, 104);
        style.stroke = QColor(126, 214, 255);
        style.strokeWidth = 2.0;
        style.labelSize = 22.0;
        style.labelBold = true;
        style.labelColor = QColor(255, 255, 255);
        style.labelHalo = QColor(6, 18, 30, 230);
        style.labelHaloWidth = 3.0;
        style.labelPriority = 10;
    } else if (role == QStringLiteral("reference")) {
        style.fill = QColor(0, 0, 0, 0);
        style.stroke = QColor(120, 138, 156);
        style.strokeWidth = 0.8;
        style.labelField.clear();
    } else if (role == QStringLiteral("region")) {
        style.fill = QColor(26, 36, 48);
        style.stroke = QColor(70, 86, 102);
        style.strokeWidth = 1.0;
        style.labelField.clear();
    } else {
        style.fill = QColor(36, 48, 62);
        style.stroke = QColor(92, 110, 128);
        style.strokeWidth = 1.2;
        style.labelSize = 16.0;
        style.labelColor = QColor(150, 166, 182);
        style.labelHalo = QColor(9, 20, 34, 220);
        style.labelHaloWidth = 2.0;
        style.labelPriority = 1;
    }
    return style;
}

} // namespace lookout::gis
