// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QByteArray>
#include <QString>

namespace lookout::test {

// Compares `actual` with the committed golden file tests/data/<relative>. On a mismatch writes
// `<name>.fail<suffix>` beside it and returns the `diff -u` between the two (empty when they
// match). LOOKOUT_UPDATE_GOLDEN=1 writes the golden file instead (then look at the change).
QString goldenDifference(const QString &relative, const QByteArray &actual);

} // namespace lookout::test
