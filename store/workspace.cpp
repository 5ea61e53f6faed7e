// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/workspace.h"

#include "core/logging.h"
#include "gis/coordinatetransform.h"
#include "gis/gdalerrorcapture.h"
#include "gis/vectorsource.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <optional>

namespace lookout::store {

using gis::GdalErrorCapture;
using gis::GeometryKind;
using gis::VectorData;
using gis::VectorFeature;

namespace {

const char *const kWorkspaceTable = "lookout_workspace";
const char *const kLayersTable = "lookout_layers";

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromIsoUtc(const char *text)
{
    QDateTime time = QDateTime::fromString(QString::fromUtf8(text), Qt::ISODate);
    return time.toUTC();
}

Error gdalError(Error::Code code, const QString &message, const QString &path, const GdalErrorCapture &capture)
{
    QStringList context{path};
    if (!capture.lastMessage().isEmpty())
        context.append(capture.lastMessage());
    return makeError(code, message, context);
}

// An OGR attribute filter "column = 'value'" with the value's quotes escaped.
QByteArray equalsFilter(const char *column, QString value)
{
    return QStringLiteral("%1 = '%2'").arg(QString::fromLatin1(column), value.replace(QLatin1Char('\''), QStringLiteral("''"))).toUtf8();
}

// The layer record table's columns, in one place for create, write and read.
struct Column {
    const char *name;
    OGRFieldType type;
};
constexpr Column kLayerColumns[] = {
    {"name", OFTString},        {"title", OFTString},       {"role", OFTString},
    {"label_field", OFTString}, {"source_file", OFTString}, {"source_crs", OFTString},
    {"source_note", OFTString}, {"data_date", OFTString},   {"imported_at", OFTString},
    {"feature_count", OFTInteger64}, {"draw_order", OFTInteger},
};

OGRFieldType fieldTypeFor(const VectorData &data, const QString &field)
{
    for (const VectorFeature &feature : data.features) {
        const QVariant value = feature.attributes.value(field);
        if (!value.isValid() || value.isNull())
            continue;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong: return OFTInteger64;
        case QMetaType::Double: return OFTReal;
        default: return OFTString;
        }
    }
    return OFTString;
}

std::unique_ptr<OGRGeometry> toOgrGeometry(const VectorFeature &feature)
{
    switch (feature.kind) {
    case GeometryKind::Point: {
        auto points = std::make_unique<OGRMultiPoint>();
        for (const auto &part : feature.parts)
            for (const GeoPoint &point : part)
                points->addGeometryDirectly(new OGRPoint(point.lon, point.lat));
        return points;
    }
    case GeometryKind::Line: {
        auto lines = std::make_unique<OGRMultiLineString>();
        for (const auto &part : feature.parts) {
            auto *line = new OGRLineString();
            for (const GeoPoint &point : part)
                line->addPoint(point.lon, point.lat);
            lines->addGeometryDirectly(line);
        }
        return lines;
    }
    case GeometryKind::Polygon: {
        auto polygons = std::make_unique<OGRMultiPolygon>();
        std::size_t ring = 0;
        for (std::uint32_t count : feature.polygonRingCounts) {
            auto *polygon = new OGRPolygon();
            for (std::uint32_t i = 0; i < count && ring < feature.parts.size(); ++i, ++ring) {
                auto *linear = new OGRLinearRing();
                for (const GeoPoint &point : feature.parts[ring])
                    linear->addPoint(point.lon, point.lat);
                linear->closeRings();
                polygon->addRingDirectly(linear);
            }
            polygons->addGeometryDirectly(polygon);
        }
        return polygons;
    }
    }
    return {};
}

OGRwkbGeometryType layerGeometryType(const VectorData &data)
{
    const GeometryKind kind = data.features.front().kind;
    const bool mixed = std::any_of(data.features.begin(), data.features.end(),
                                   [kind](const VectorFeature &feature) { return feature.kind != kind; });
    if (mixed)
        return wkbUnknown;
    switch (kind) {
    case GeometryKind::Point: return wkbMultiPoint;
    case GeometryKind::Line: return wkbMultiLineString;
    case GeometryKind::Polygon: return wkbMultiPolygon;
    }
    return wkbUnknown;
}

} // namespace

struct Workspace::Private {
    GDALDatasetUniquePtr dataset;
    std::optional<Database> sql;
    bool writable = false;
};

namespace {
// Opens the SQLite side of a workspace and brings its schema up to date.
Result<Database> openSql(const QString &path, bool writable)
{
    auto database = Database::open(path, !writable);
    if (!database)
        return database.error();
    if (writable)
        if (auto migrated = migrateSchema(*database); !migrated)
            return Error(migrated.error()).withContext(QStringLiteral("upgrading the workspace schema"));
    return database;
}
} // namespace

Workspace::Workspace(Workspace &&) noexcept = default;
Workspace &Workspace::operator=(Workspace &&) noexcept = default;
Workspace::~Workspace() = default;

Result<Workspace> Workspace::create(const QString &path, const QDateTime &now)
{
    gis::ensureGdalRegistered();
    if (QFileInfo::exists(path))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a file is already there"), {path});
    GdalErrorCapture capture;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return makeError(Error::Code::Unsupported, QStringLiteral("this GDAL has no GeoPackage driver"));
    GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return gdalError(Error::Code::Io, QStringLiteral("cannot create the workspace"), path, capture);

    auto fail = [&](const QString &message) {
        const Error error = gdalError(Error::Code::Io, message, path, capture);
        dataset.reset();
        QFile::remove(path);
        return error;
    };
    dataset->StartTransaction();
    OGRLayer *meta = dataset->CreateLayer(kWorkspaceTable, nullptr, wkbNone, nullptr);
    OGRLayer *layers = dataset->CreateLayer(kLayersTable, nullptr, wkbNone, nullptr);
    if (!meta || !layers)
        return fail(QStringLiteral("cannot create the workspace tables"));
    OGRFieldDefn key("key", OFTString);
    OGRFieldDefn value("value", OFTString);
    meta->CreateField(&key);
    meta->CreateField(&value);
    for (const Column &column : kLayerColumns) {
        OGRFieldDefn field(column.name, column.type);
        layers->CreateField(&field);
    }
    const std::pair<const char *, QString> entries[] = {
        {"application", QStringLiteral("Lookout")},
        {"schema_version", QStringLiteral("1")},  // migrateSchema() takes it on from here
        {"created_at", isoUtc(now)},
    };
    for (const auto &[entryKey, entryValue] : entries) {
        OGRFeature row(meta->GetLayerDefn());
        row.SetField("key", entryKey);
        row.SetField("value", entryValue.toUtf8().constData());
        if (meta->CreateFeature(&row) != OGRERR_NONE)
            return fail(QStringLiteral("cannot write the workspace header"));
    }
    if (dataset->CommitTransaction() != OGRERR_NONE)
        return fail(QStringLiteral("cannot commit the new workspace"));
    auto sql = openSql(path, true);
    if (!sql) {
        dataset.reset();
        QFile::remove(path);
        return sql.error();
    }

    Workspace workspace;
    workspace.m_path = path;
    workspace.d = std::make_unique<Private>();
    workspace.d->dataset = std::move(dataset);
    workspace.d->sql = std::move(sql).value();
    workspace.d->writable = true;
    qCInfo(lcStore) << "created workspace" << path;
    return workspace;
}

Result<Workspace> Workspace::open(const QString &path)
{
    gis::ensureGdalRegistered();
    if (isServerLocation(path))
        return openServer(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Code::NotFound, QStringLiteral("workspace not found"), {path});
    if (!info.isReadable())
        return makeError(Error::Code::Io, QStringLiteral("workspace is not readable (permissions)"), {path});
    if (info.size() == 0)
        return makeError(Error::Code::Empty, QStringLiteral("workspace file is empty (0 bytes)"), {path});

    GdalErrorCapture capture;
    const char *const drivers[] = {"GPKG", nullptr};
    const bool writable = info.isWritable();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | (writable ? GDAL_OF_UPDATE : GDAL_OF_READONLY),
                                                   drivers, nullptr, nullptr));
    if (!dataset)
        return gdalError(Error::Code::Corrupt, QStringLiteral("not a readable GeoPackage"), path, capture);
    OGRLayer *meta = dataset->GetLayerByName(kWorkspaceTable);
    if (!meta || !dataset->GetLayerByName(kLayersTable))
        return makeError(Error::Code::Corrupt,
                         QStringLiteral("a GeoPackage, but not a Lookout workspace (no lookout_workspace table)"), {path});
    int version = 0;
    meta->SetAttributeFilter("key = 'schema_version'");
    for (auto &row : *meta)
        version = QString::fromUtf8(row->GetFieldAsString("value")).toInt();
    meta->SetAttributeFilter(nullptr);
    if (version > kSchemaVersion)
        return makeError(Error::Code::Unsupported,
                         QStringLiteral("workspace made by a newer Lookout (schema %1, this build reads %2)")
                             .arg(version).arg(kSchemaVersion), {path});
    if (version < 1)
        return makeError(Error::Code::Corrupt, QStringLiteral("workspace has no schema version"), {path});

    auto sql = openSql(path, writable);
    if (!sql)
        return sql.error();

    Workspace workspace;
    workspace.m_path = path;
    workspace.d = std::make_unique<Private>();
    workspace.d->dataset = std::move(dataset);
    workspace.d->sql = std::move(sql).value();
    workspace.d->writable = writable;
    return workspace;
}

Result<Workspace> Workspace::openServer(const QString &location)
{
    // The same tables, through GDAL's PostgreSQL driver (the map layers, settings and layer
    // records) and store::Database (Lookout's own tables), both as the login's role.
    auto sql = Database::open(location);
    if (!sql)
        return sql.error();
    if (!sql->hasTable(QString::fromLatin1(kWorkspaceTable)))
        return makeError(Error::Code::NotFound, QStringLiteral("the server holds no workspace (run `lookout workspace push` first)"),
                         {sql->path()});
    GdalErrorCapture capture;
    const char *const drivers[] = {"PostgreSQL", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(location.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset || !dataset->GetLayerByName(kWorkspaceTable) || !dataset->GetLayerByName(kLayersTable))
        return gdalError(Error::Code::Corrupt, QStringLiteral("the server's workspace tables do not open"), sql->path(), capture);
    Workspace workspace;
    workspace.m_path = location;
    workspace.d = std::make_unique<Private>();
    workspace.d->dataset = std::move(dataset);
    workspace.d->sql = std::move(sql).value();
    workspace.d->writable = false;  // settings and layers are the administrator's (`workspace push`)
    return workspace;
}

QDateTime Workspace::createdAt() const
{
    return fromIsoUtc(setting(QStringLiteral("created_at")).toUtf8().constData());
}

QString Workspace::setting(const QString &key) const
{
    OGRLayer *meta = d->dataset->GetLayerByName(kWorkspaceTable);
    QString value;
    const QByteArray filter = equalsFilter("key", key);
    meta->SetAttributeFilter(filter.constData());
    for (auto &row : *meta)
        value = QString::fromUtf8(row->GetFieldAsString("value"));
    meta->SetAttributeFilter(nullptr);
    return value;
}

Result<void> Workspace::setSetting(const QString &key, const QString &value)
{
    if (!d->writable)
        return makeError(Error::Code::Io, QStringLiteral("workspace is read-only"), {m_path});
    GdalErrorCapture capture;
    OGRLayer *meta = d->dataset->GetLayerByName(kWorkspaceTable);
    const QByteArray filter = equalsFilter("key", key);
    meta->SetAttributeFilter(filter.constData());
    std::unique_ptr<OGRFeature> row(meta->GetNextFeature());
    meta->SetAttributeFilter(nullptr);
    const bool exists = row != nullptr;
    if (!exists) {
        row = std::make_unique<OGRFeature>(meta->GetLayerDefn());
        row->SetField("key", key.toUtf8().constData());
    }
    row->SetField("value", value.toUtf8().constData());
    const OGRErr written = exists ? meta->SetFeature(row.get()) : meta->CreateFeature(row.get());
    if (written != OGRERR_NONE)
        return gdalError(Error::Code::Io, QStringLiteral("cannot write setting %1").arg(key), m_path, capture);
    return {};
}

Result<LayerRecord> Workspace::importVectorLayer(const ImportRequest &request, const QDateTime &now)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!validName.match(request.layerName).hasMatch() || request.layerName.startsWith(QStringLiteral("lookout_"))
        || request.layerName.startsWith(QStringLiteral("gpkg_")) || request.layerName.startsWith(QStringLiteral("rtree_")))
        return makeError(Error::Code::InvalidArgument,
                         QStringLiteral("layer name must be lower-case letters, digits and _, not a reserved prefix"),
                         {request.layerName});
    if (!d->writable)
        return makeError(Error::Code::Io, QStringLiteral("workspace is read-only"), {m_path});

    const gis::VectorReadOptions readOptions{request.sourceLayer, request.declaredCrs};
    auto read = request.sourceBytes.isEmpty() ? gis::readVectorFile(request.sourcePath, readOptions)
                                              : gis::readVectorBytes(request.sourceBytes, request.sourcePath, readOptions);
    if (!read)
        return Error(read.error()).withContext(QStringLiteral("import %1").arg(request.layerName));
    const QString sourceCrs = read->crs;
    auto converted = gis::convertToWgs84(std::move(read).value());
    if (!converted)
        return Error(converted.error()).withContext(QStringLiteral("import %1").arg(request.layerName));
    const VectorData &data = *converted;

    LayerRecord record;
    record.name = request.layerName;
    record.title = request.title.isEmpty() ? request.layerName : request.title;
    record.role = request.role;
    record.labelField = request.labelField;
    for (const QString &candidate : request.labelCandidates)
        if (record.labelField.isEmpty() && data.fieldNames.contains(candidate))
            record.labelField = candidate;
    record.sourceFile = request.sourcePath;
    record.sourceCrs = sourceCrs;
    record.sourceNote = request.sourceNote;
    record.dataDate = request.dataDate.isValid() || !request.sourceBytes.isEmpty()
                          ? request.dataDate.toUTC()
                          : QFileInfo(request.sourcePath).lastModified().toUTC();
    record.importedAt = now.toUTC();
    record.featureCount = qint64(data.features.size());
    record.drawOrder = request.drawOrder;
    if (!record.labelField.isEmpty() && !data.fieldNames.contains(record.labelField))
        return makeError(Error::Code::InvalidArgument, QStringLiteral("label field is not in the source"),
                         {request.sourcePath, record.labelField});

    GDALDataset &dataset = *d->dataset;
    GdalErrorCapture capture;
    if (dataset.StartTransaction() != OGRERR_NONE)
        return gdalError(Error::Code::Io, QStringLiteral("cannot start a transaction"), m_path, capture);
    auto rollback = [&](const QString &message) {
        const Error error = gdalError(Error::Code::Io, message, m_path, capture);
        dataset.RollbackTransaction();
        return error;
    };

    OGRLayer *records = dataset.GetLayerByName(kLayersTable);
    const QByteArray nameFilter = equalsFilter("name", request.layerName);
    for (int i = 0; i < dataset.GetLayerCount(); ++i) {
        if (QString::fromUtf8(dataset.GetLayer(i)->GetName()) != request.layerName)
            continue;
        if (!request.replace) {
            dataset.RollbackTransaction();
            return makeError(Error::Code::InvalidArgument, QStringLiteral("the workspace already has this layer"),
                             {request.layerName});
        }
        if (dataset.DeleteLayer(i) != OGRERR_NONE)
            return rollback(QStringLiteral("cannot remove the old layer"));
        records->SetAttributeFilter(nameFilter.constData());
        std::vector<GIntBig> stale;
        for (auto &row : *records)
            stale.push_back(row->GetFID());
        records->SetAttributeFilter(nullptr);
        for (GIntBig fid : stale)
            if (records->DeleteFeature(fid) != OGRERR_NONE)
                return rollback(QStringLiteral("cannot remove the old layer's record"));
        break;
    }

    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char *const options[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", nullptr};
    OGRLayer *layer = dataset.CreateLayer(request.layerName.toUtf8().constData(), &wgs84, layerGeometryType(data),
                                          const_cast<char **>(options));
    if (!layer)
        return rollback(QStringLiteral("cannot create the layer table"));
    for (const QString &field : data.fieldNames) {
        OGRFieldDefn definition(field.toUtf8().constData(), fieldTypeFor(data, field));
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return rollback(QStringLiteral("cannot create field %1").arg(field));
    }
    for (const VectorFeature &feature : data.features) {
        OGRFeature row(layer->GetLayerDefn());
        for (int i = 0; i < data.fieldNames.size(); ++i) {
            const QVariant value = feature.attributes.value(data.fieldNames.at(i));
            if (!value.isValid() || value.isNull())
                continue;
            switch (row.GetFieldDefnRef(i)->GetType()) {
            case OFTInteger64: row.SetField(i, GIntBig(value.toLongLong())); break;
            case OFTReal: row.SetField(i, value.toDouble()); break;
            default: row.SetField(i, value.toString().toUtf8().constData()); break;
            }
        }
        row.SetGeometryDirectly(toOgrGeometry(feature).release());
        if (layer->CreateFeature(&row) != OGRERR_NONE)
            return rollback(QStringLiteral("cannot write feature %1").arg(feature.id));
    }

    OGRFeature row(records->GetLayerDefn());
    row.SetField("name", record.name.toUtf8().constData());
    row.SetField("title", record.title.toUtf8().constData());
    row.SetField("role", record.role.toUtf8().constData());
    row.SetField("label_field", record.labelField.toUtf8().constData());
    row.SetField("source_file", record.sourceFile.toUtf8().constData());
    row.SetField("source_crs", record.sourceCrs.toUtf8().constData());
    row.SetField("source_note", record.sourceNote.toUtf8().constData());
    row.SetField("data_date", isoUtc(record.dataDate).toUtf8().constData());
    row.SetField("imported_at", isoUtc(record.importedAt).toUtf8().constData());
    row.SetField("feature_count", GIntBig(record.featureCount));
    row.SetField("draw_order", record.drawOrder);
    if (records->CreateFeature(&row) != OGRERR_NONE)
        return rollback(QStringLiteral("cannot record the layer"));
    if (dataset.CommitTransaction() != OGRERR_NONE)
        return rollback(QStringLiteral("cannot commit the import"));
    qCInfo(lcStore) << "imported" << record.name << record.featureCount << "features from" << record.sourceFile;
    return record;
}

Result<void> Workspace::removeLayer(const QString &name)
{
    if (!d->writable)
        return makeError(Error::Code::Io, QStringLiteral("workspace is read-only"), {m_path});
    GDALDataset &dataset = *d->dataset;
    OGRLayer *records = dataset.GetLayerByName(kLayersTable);
    const QByteArray nameFilter = equalsFilter("name", name);
    records->SetAttributeFilter(nameFilter.constData());
    std::vector<GIntBig> rows;
    for (auto &row : *records)
        rows.push_back(row->GetFID());
    records->SetAttributeFilter(nullptr);
    int index = -1;
    for (int i = 0; i < dataset.GetLayerCount(); ++i)
        if (QString::fromUtf8(dataset.GetLayer(i)->GetName()) == name)
            index = i;
    if (rows.empty() || index < 0)
        return makeError(Error::Code::NotFound, QStringLiteral("no imported layer of that name (see lookout layer list)"), {m_path, name});
    GdalErrorCapture capture;
    if (dataset.StartTransaction() != OGRERR_NONE)
        return gdalError(Error::Code::Io, QStringLiteral("cannot start a transaction"), m_path, capture);
    for (GIntBig fid : rows)
        if (records->DeleteFeature(fid) != OGRERR_NONE) {
            dataset.RollbackTransaction();
            return gdalError(Error::Code::Io, QStringLiteral("cannot remove the layer's record"), m_path, capture);
        }
    if (dataset.DeleteLayer(index) != OGRERR_NONE) {
        dataset.RollbackTransaction();
        return gdalError(Error::Code::Io, QStringLiteral("cannot remove the layer"), m_path, capture);
    }
    if (dataset.CommitTransaction() != OGRERR_NONE)
        return gdalError(Error::Code::Io, QStringLiteral("cannot commit the removal"), m_path, capture);
    return {};
}

Result<QList<LayerRecord>> Workspace::layers() const
{
    OGRLayer *records = d->dataset->GetLayerByName(kLayersTable);
    if (!records)
        return makeError(Error::Code::Corrupt, QStringLiteral("the lookout_layers table is missing"), {m_path});
    QList<LayerRecord> result;
    records->ResetReading();
    for (auto &row : *records) {
        LayerRecord record;
        record.name = QString::fromUtf8(row->GetFieldAsString("name"));
        record.title = QString::fromUtf8(row->GetFieldAsString("title"));
        record.role = QString::fromUtf8(row->GetFieldAsString("role"));
        record.labelField = QString::fromUtf8(row->GetFieldAsString("label_field"));
        record.sourceFile = QString::fromUtf8(row->GetFieldAsString("source_file"));
        record.sourceCrs = QString::fromUtf8(row->GetFieldAsString("source_crs"));
        record.sourceNote = QString::fromUtf8(row->GetFieldAsString("source_note"));
        record.dataDate = fromIsoUtc(row->GetFieldAsString("data_date"));
        record.importedAt = fromIsoUtc(row->GetFieldAsString("imported_at"));
        record.featureCount = row->GetFieldAsInteger64("feature_count");
        record.drawOrder = row->GetFieldAsInteger("draw_order");
        result.append(record);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const LayerRecord &a, const LayerRecord &b) { return a.drawOrder < b.drawOrder; });
    return result;
}

Database &Workspace::database()
{
    return *d->sql;
}

Result<VectorData> Workspace::readLayer(const QString &name) const
{
    if (!d->dataset->GetLayerByName(name.toUtf8().constData()))
        return makeError(Error::Code::NotFound, QStringLiteral("no such layer in the workspace"), {m_path, name});
    return gis::readVectorFile(m_path, {name, QString()});
}

} // namespace lookout::store
