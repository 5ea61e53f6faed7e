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
// A file the app embeds, under packaging/data ("events/yangtze_thresholds.csv").
QString packagingData(const QString &relative);
// The whole content of a file; empty when it cannot be read (callers assert it is not).
QByteArray readBytes(const QString &path);
// SQL that takes a new workspace back to before schema 9 (no spatial layers), for the tests that
// open an older workspace; `withColumns` also drops the geometry columns of tables that stay.
QString beforeSpatialLayersSql(bool withColumns);
// xmllint's verdict on a file against the OASIS CAP 1.2 schema (../shared/data/schemas/cap12.xsd):
// "" when it validates, else what xmllint said.
QString capSchemaProblems(const QString &path);
// Writes bytes to a new file in dir and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

} // namespace lookout::test
