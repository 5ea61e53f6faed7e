// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lookout::store {

// What the workspace knows about one imported layer: where it came from and how current it is,
// so every screen can say the source and the age of what it shows.
struct LayerRecord {
    QString name;         // table name in the GeoPackage ("zhuhai_districts")
    QString title;        // shown to people ("珠海市 区界")
    QString role;         // how the app draws it: "focus", "context", "region", "reference"
    QString labelField;   // the attribute that names a feature ("name"), empty for none
    QString sourceFile;   // the file it was imported from, as given
    QString sourceCrs;    // the CRS the source was declared or detected in ("GCJ-02", "EPSG:4326")
    QString sourceNote;   // provenance in one line (publisher, repository, commit)
    QDateTime dataDate;   // when the data itself was last current (UTC)
    QDateTime importedAt; // when it entered this workspace (UTC)
    qint64 featureCount = 0;
    int drawOrder = 0;    // lower is drawn first (further down)
};

// What to import: a vector file, the CRS its coordinates are really in, and its provenance.
struct ImportRequest {
    QString sourcePath;
    QString sourceLayer;    // a layer of a multi-layer source (GeoPackage); empty: its first
    QByteArray sourceBytes; // when set, the file's content (an embedded resource); sourcePath names it
    QString layerName;    // target table name: [a-z][a-z0-9_]*
    QString title;
    QString role = QStringLiteral("context");
    QString labelField;
    // When labelField is empty: the first of these the source has names the features.
    QStringList labelCandidates;
    QString declaredCrs;  // empty: trust the file; gis::kGcj02 for DataV/AMap exports
    QString sourceNote;
    QDateTime dataDate;   // invalid: the source file's modification time is used
    int drawOrder = 0;
    bool replace = false; // replace an existing layer of that name (in one transaction)
};

} // namespace lookout::store
