// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/gpkggeometry.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>

namespace lookout::store {

namespace {

constexpr qint32 kWgs84 = 4326;
enum WkbType : quint32 { Point = 1, LineString = 2, Polygon = 3, MultiPolygon = 6 };

class Writer {
public:
    void byte(quint8 value) { m_bytes.append(char(value)); }
    void u32(quint32 value)
    {
        const quint32 le = qToLittleEndian(value);
        m_bytes.append(reinterpret_cast<const char *>(&le), sizeof le);
    }
    void f64(double value)
    {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        bits = qToLittleEndian(bits);
        m_bytes.append(reinterpret_cast<const char *>(&bits), sizeof bits);
    }
    void point(const GeoPoint &p)
    {
        f64(p.lon);
        f64(p.lat);
    }
    // GPKG header: magic, version 0, flags (little-endian; envelope [minx, maxx, miny, maxy] or none), srs_id.
    void header(const GeoBox *envelope)
    {
        m_bytes.append("GP", 2);
        byte(0);
        byte(envelope ? 0x03 : 0x01);
        u32(quint32(kWgs84));
        if (envelope) {
            f64(envelope->xMin);
            f64(envelope->xMax);
            f64(envelope->yMin);
            f64(envelope->yMax);
        }
    }
    void wkbHeader(WkbType type)
    {
        byte(1);
        u32(type);
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

GeoBox boundsOf(const std::vector<std::vector<GeoPoint>> &parts)
{
    GeoBox box;
    for (const auto &part : parts)
        for (const GeoPoint &p : part)
            box.extend(p.lon, p.lat);
    return box;
}

} // namespace

void writeGpkgPoint(char *out, const GeoPoint &point)
{
    // GP, version 0, flags: little-endian, no envelope; srs_id 4326; WKB little-endian point.
    static constexpr char kHead[] = {'G', 'P', 0, 0x01, char(0xE6), 0x10, 0, 0, 0x01, 0x01, 0, 0, 0};
    std::memcpy(out, kHead, sizeof kHead);
    const quint64 x = qToLittleEndian(std::bit_cast<quint64>(point.lon));
    const quint64 y = qToLittleEndian(std::bit_cast<quint64>(point.lat));
    std::memcpy(out + sizeof kHead, &x, 8);
    std::memcpy(out + sizeof kHead + 8, &y, 8);
}

QByteArray gpkgPoint(const GeoPoint &point)
{
    QByteArray bytes(kGpkgPointBytes, Qt::Uninitialized);
    writeGpkgPoint(bytes.data(), point);
    return bytes;
}

QByteArray gpkgLineString(const std::vector<GeoPoint> &points)
{
    if (points.size() < 2)
        return {};
    const GeoBox box = boundsOf({points});
    Writer w;
    w.header(&box);
    w.wkbHeader(LineString);
    w.u32(quint32(points.size()));
    for (const GeoPoint &p : points)
        w.point(p);
    return w.take();
}

QByteArray gpkgMultiPolygon(const std::vector<std::vector<GeoPoint>> &rings, const std::vector<std::uint32_t> &ringsPerPolygon)
{
    // Polygons of closed rings; a polygon whose outer ring is too small is left out whole.
    std::vector<std::vector<std::vector<GeoPoint>>> polygons;
    std::size_t next = 0;
    const std::size_t groups = ringsPerPolygon.empty() ? rings.size() : ringsPerPolygon.size();
    for (std::size_t g = 0; g < groups && next < rings.size(); ++g) {
        const std::size_t count = ringsPerPolygon.empty() ? 1 : ringsPerPolygon[g];
        std::vector<std::vector<GeoPoint>> polygon;
        for (std::size_t i = 0; i < count && next < rings.size(); ++i, ++next) {
            std::vector<GeoPoint> closed = rings[next];
            if (!closed.empty() && (closed.front().lon != closed.back().lon || closed.front().lat != closed.back().lat))
                closed.push_back(closed.front());
            if (closed.size() >= 4)
                polygon.push_back(std::move(closed));
            else if (i == 0)
                break;  // no outer ring: skip the group's holes too
        }
        if (!polygon.empty())
            polygons.push_back(std::move(polygon));
    }
    if (polygons.empty())
        return {};
    GeoBox box;
    for (const auto &polygon : polygons)
        box.extend(boundsOf(polygon));
    Writer w;
    w.header(&box);
    w.wkbHeader(MultiPolygon);
    w.u32(quint32(polygons.size()));
    for (const auto &polygon : polygons) {
        w.wkbHeader(Polygon);
        w.u32(quint32(polygon.size()));
        for (const auto &ring : polygon) {
            w.u32(quint32(ring.size()));
            for (const GeoPoint &p : ring)
                w.point(p);
        }
    }
    return w.take();
}

Result<void> registerFeatureLayer(Database &database, const QString &table, const QString &geometryType,
                                  const QString &description)
{
    auto contents = database.prepare(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
        "VALUES (?1, 'features', ?1, ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 4326) "
        "ON CONFLICT (table_name) DO UPDATE SET data_type = 'features', description = excluded.description, srs_id = 4326"));
    if (!contents)
        return contents.error();
    contents->bind(1, table).bind(2, description);
    if (auto done = contents->run(); !done)
        return done;
    auto columns = database.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?1, 'geom', ?2, 4326, 0, 0)"));
    if (!columns)
        return columns.error();
    columns->bind(1, table).bind(2, geometryType);
    return columns->run();
}

} // namespace lookout::store
