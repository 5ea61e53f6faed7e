// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"
#include "gis/vectordata.h"
#include "store/layerrecord.h"
#include "store/schema.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace lookout::store {

// The workspace: one GeoPackage file (SQLite underneath; opens in QGIS and ogrinfo) holding the
// map layers, converted to WGS-84, and Lookout's own tables (lookout_workspace, lookout_layers).
//
// Thread contract: a Workspace owns one GDAL dataset and is used on one thread at a time (its
// owner's); moving it to another thread between calls is fine. Every write is one transaction:
// a failed import leaves the file as it was. Opening a writable workspace of an older schema
// migrates it (see schema.h).
class Workspace {
public:
    static constexpr int kSchemaVersion = kCurrentSchemaVersion;

    // Opens an existing workspace; NotFound if absent, Corrupt if not a GeoPackage or not Lookout's.
    // A server location ("PG:" and a libpq connection string, store/database.h) opens the
    // workspace a `workspace push` put there, as the login's role may read it.
    static Result<Workspace> open(const QString &path);
    // Creates a new, empty workspace; InvalidArgument if the file already exists.
    static Result<Workspace> create(const QString &path, const QDateTime &now);

    Workspace(Workspace &&) noexcept;
    Workspace &operator=(Workspace &&) noexcept;
    ~Workspace();

    const QString &path() const { return m_path; }
    QDateTime createdAt() const;

    // Reads the file, converts it to WGS-84 from its declared (or detected) CRS and stores it with
    // its provenance. Nothing is written unless everything succeeds.
    Result<LayerRecord> importVectorLayer(const ImportRequest &request, const QDateTime &now);

    // Drops an imported layer and its record in one transaction; NotFound if there is none.
    Result<void> removeLayer(const QString &name);

    Result<QList<LayerRecord>> layers() const;  // in draw order
    // Workspace-wide settings (e.g. "home_extent"), kept in the lookout_workspace table.
    Result<void> setSetting(const QString &key, const QString &value);
    QString setting(const QString &key) const;
    Result<gis::VectorData> readLayer(const QString &name) const;

    // The same file through SQLite directly, for Lookout's own tables (warnings, tracks...).
    Database &database();

private:
    Workspace() = default;
    static Result<Workspace> openServer(const QString &location);
    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
};

} // namespace lookout::store
