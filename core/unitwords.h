// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QString>

// Measurements in the interface's language: "2.02 m" or "2.02 米", "940 hPa" or "940 百帕",
// "35 km/h" or "35 公里/小时". One place, so every view says a unit the same way. Any thread (the
// installed translator).
namespace lookout {

QString metresText(double value, int decimals = 2, bool sign = false);
QString millimetresText(double value, int decimals);
QString kilometresText(double value, int decimals = 0);
QString kilometresPerHourText(double value);
QString hectopascalsText(double value);

} // namespace lookout
