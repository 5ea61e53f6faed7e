// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace lookout::test {

// A file of the real sample data in ../shared/data ("boundaries/440400_full.json").
QString sharedData(const QString &relative);
// A file committed under tests/data.
QString testData(const QString &relative);
// Writes bytes to a new file in dir and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

} // namespace lookout::test
