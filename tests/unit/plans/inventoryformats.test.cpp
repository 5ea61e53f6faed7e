// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The inventory's GeoJSON and OpenStreetMap readers: GeoJSON reads into exactly what the same
// inventory as CSV does, and every bad feature is named; the OSM reader on the real Monaco extract
// (counts and names checked independently with GDAL's OSM driver, see docs/resources.md) and on a
// small extract written here with libosmium, for what Monaco lacks (ways, assembly points).
#include "plans/inventorygeojson.h"
#include "plans/inventoryimport.h"
#include "plans/inventoryosm.h"
#include "tests/support/testdata.h"

#include <osmium/builder/attr.hpp>
#include <osmium/io/pbf_output.hpp>
#include <osmium/io/writer.hpp>
#include <osmium/memory/buffer.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace lookout;
using namespace lookout::plans;
using incidents::InventoryItem;
using incidents::ResourceKind;

namespace {

const InventoryAreaResolver kExerciseAreas = [](const QString &area, GeoPoint) -> Result<AreaRef> {
    return AreaRef{area.isEmpty() ? QStringLiteral("440402") : QStringLiteral("440403"), area.isEmpty() ? QStringLiteral("香洲区") : area};
};
// Monaco is not in the divisions table: every position is taken.
const InventoryAreaResolver kAnywhere = [](const QString &, GeoPoint) -> Result<AreaRef> { return AreaRef{QStringLiteral("MC"), QStringLiteral("Monaco")}; };

std::string text(const Error &error)
{
    return error.toString().toStdString();
}

const InventoryItem *byId(const QList<InventoryItem> &items, const QString &id)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const InventoryItem &item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

} // namespace

TEST(InventoryGeoJson, ReadsIntoTheSameItemsAsTheCsv)
{
    const QString csv = test::testData(QStringLiteral("resources/inventory-exercise.csv"));
    const QString geojson = test::testData(QStringLiteral("resources/inventory-exercise.geojson"));
    auto fromCsv = readInventoryCsv(test::readBytes(csv), csv, kExerciseAreas, true);
    auto fromGeoJson = readInventoryGeoJson(test::readBytes(geojson), geojson, kExerciseAreas, true);
    ASSERT_TRUE(fromCsv.ok()) << text(fromCsv.error());
    ASSERT_TRUE(fromGeoJson.ok()) << text(fromGeoJson.error());
    ASSERT_EQ(fromGeoJson->size(), 4);
    for (qsizetype i = 0; i < fromCsv->size(); ++i)
        EXPECT_EQ(fromGeoJson->at(i), fromCsv->at(i)) << "item " << i << ": " << fromCsv->at(i).id.toStdString();
    // The depot's stock list is its two CSV rows; the team's specialties list its `;` field.
    EXPECT_EQ(fromGeoJson->at(1).stock.size(), 2);
    EXPECT_EQ(fromGeoJson->at(0).specialties.size(), 2);
}

TEST(InventoryGeoJson, TakesTheCsvsTextsAndTheFeatureId)
{
    // Numbers as texts, a `;` specialties text, names in any case, extra properties and an
    // altitude ignored, RFC 7946's feature id for a missing id property.
    const QByteArray bytes = R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "boat-1", "geometry": {"type": "Point", "coordinates": [113.4, 22.2, 5]},
         "properties": {"Kind": "equipment", "TYPE": "boat", "quantity": "3", "colour": {"hull": "red"}}},
        {"type": "Feature", "id": 7, "geometry": {"type": "Point", "coordinates": [113.5, 22.3]},
         "properties": {"kind": "team", "people": "12", "specialties": "fire; rope", "status": "Resting", "area": "斗门区"}}]})";
    auto items = readInventoryGeoJson(bytes, QStringLiteral("inv.geojson"), kExerciseAreas, false);
    ASSERT_TRUE(items.ok()) << text(items.error());
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->at(0).id, QStringLiteral("boat-1"));
    EXPECT_EQ(items->at(0).equipmentType, QStringLiteral("boat"));
    EXPECT_EQ(items->at(0).quantity, 3);
    EXPECT_DOUBLE_EQ(items->at(0).position.lon, 113.4);
    EXPECT_EQ(items->at(0).area.code, QStringLiteral("440402"));
    EXPECT_EQ(items->at(1).id, QStringLiteral("7"));
    EXPECT_EQ(items->at(1).people, 12);
    EXPECT_EQ(items->at(1).specialties, (QStringList{QStringLiteral("fire"), QStringLiteral("rope")}));
    EXPECT_EQ(items->at(1).status, incidents::ResourceStatus::Resting);
    EXPECT_EQ(items->at(1).area.code, QStringLiteral("440403"));
    EXPECT_FALSE(items->at(1).exercise);
}

TEST(InventoryGeoJson, EveryBadFeatureIsNamedWithItsField)
{
    const QByteArray bytes = R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 22.3]}, "properties": {"id": "ok-1", "kind": "team"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 22.3]}, "properties": {"id": "no-kind"}},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[113.5, 22.3], [113.6, 22.4]]}, "properties": {"id": "road", "kind": "team"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 22.3]}, "properties": {"id": "s-1", "kind": "shelter", "capacity_day": 2.5}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 22.3]}, "properties": {"id": "ok-2", "kind": "equipment", "type": "pump"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 22.3]},
         "properties": {"id": "d-1", "kind": "depot", "stock": [{"item": "sandbags", "quantity": 10}, {"item": "tarps", "quantity": -1}]}}]})";
    auto items = readInventoryGeoJson(bytes, QStringLiteral("inv.geojson"), kExerciseAreas, false);
    ASSERT_FALSE(items.ok()) << "nothing of a file with a bad feature is used";
    const Error &error = items.error();
    EXPECT_TRUE(error.message.contains(QStringLiteral("4 of 6 features"))) << text(error);
    EXPECT_EQ(error.context.value(0), QStringLiteral("inv.geojson"));
    const QStringList expected{QStringLiteral("(inv.geojson feature 2; kind)"), QStringLiteral("(inv.geojson feature 3; geometry)"),
                               QStringLiteral("(inv.geojson feature 4; capacity_day)"), QStringLiteral("(inv.geojson feature 6 stock 2; quantity)")};
    ASSERT_EQ(error.context.size(), 1 + expected.size()) << text(error);
    for (qsizetype i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(error.context[i + 1].endsWith(expected[i])) << error.context[i + 1].toStdString();
    EXPECT_TRUE(error.context[2].contains(QStringLiteral("LineString"))) << "the geometry it has";
    EXPECT_FALSE(error.toString().contains(QStringLiteral("feature 1;"))) << text(error);
    EXPECT_FALSE(error.toString().contains(QStringLiteral("feature 5;"))) << text(error);

    // One bad feature: its own located error, as a bad CSV row gives.
    auto one = readInventoryGeoJson(R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [113.5, 22.3]}, "properties": {"id": "t", "kind": "team", "people": "many"}}]})",
                                    QStringLiteral("inv.geojson"), kExerciseAreas, false);
    ASSERT_FALSE(one.ok());
    EXPECT_EQ(one.error().context, (QStringList{QStringLiteral("inv.geojson feature 1"), QStringLiteral("people")})) << text(one.error());
    // A feature without a geometry, and a position in no district.
    const InventoryAreaResolver nowhere = [](const QString &, GeoPoint) -> Result<AreaRef> {
        return makeError(Error::Code::InvalidArgument, QStringLiteral("the position lies in none of the workspace's districts"), {QStringLiteral("area")});
    };
    auto outside = readInventoryGeoJson(R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": null, "properties": {"id": "t", "kind": "team"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [0, 0]}, "properties": {"id": "u", "kind": "team"}}]})",
                                        QStringLiteral("inv.geojson"), nowhere, false);
    ASSERT_FALSE(outside.ok());
    EXPECT_TRUE(outside.error().toString().contains(QStringLiteral("(inv.geojson feature 1; geometry)"))) << text(outside.error());
    EXPECT_TRUE(outside.error().toString().contains(QStringLiteral("(inv.geojson feature 2; area)"))) << text(outside.error());
}

TEST(InventoryGeoJson, MalformedJsonGivesTheByteAndLine)
{
    const QByteArray bytes = "{\"type\": \"FeatureCollection\",\n"
                             "  \"features\": [\n"
                             "    {\"type\": \"Feature\", \"properties\": {\"id\": \"a\",, \"kind\": \"team\"}}\n"
                             "  ]\n"
                             "}\n";
    auto items = readInventoryGeoJson(bytes, QStringLiteral("cut.geojson"), kExerciseAreas, false);
    ASSERT_FALSE(items.ok());
    EXPECT_EQ(items.error().context, QStringList{QStringLiteral("cut.geojson")});
    const QRegularExpressionMatch where = QRegularExpression(QStringLiteral("at byte (\\d+) \\(line (\\d+)\\)")).match(items.error().message);
    ASSERT_TRUE(where.hasMatch()) << text(items.error());
    EXPECT_EQ(where.captured(2).toInt(), 3) << text(items.error());
    // The byte is on that line: after the two line breaks before it, before the third.
    const qsizetype lineStart = bytes.indexOf("    {");
    EXPECT_GE(where.captured(1).toInt(), lineStart) << text(items.error());
    EXPECT_LE(where.captured(1).toInt(), bytes.indexOf('\n', lineStart)) << text(items.error());

    auto notCollection = readInventoryGeoJson(R"([{"type": "Feature"}])", QStringLiteral("list.json"), kExerciseAreas, false);
    ASSERT_FALSE(notCollection.ok());
    EXPECT_TRUE(notCollection.error().message.contains(QStringLiteral("FeatureCollection")));
    auto empty = readInventoryGeoJson(R"({"type": "FeatureCollection", "features": []})", QStringLiteral("empty.json"), kExerciseAreas, false);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, Error::Code::Empty);
}

TEST(InventoryOsm, MonacosFireStationsAndHospitals)
{
    const QString path = test::sharedData(QStringLiteral("resources/monaco.osm.pbf"));
    auto read = readInventoryOsm(path, kAnywhere, true);
    ASSERT_TRUE(read.ok()) << text(read.error());
    EXPECT_EQ(read->skippedOutsideAreas, 0);
    // Three amenity=fire_station and five amenity=hospital, all nodes; no assembly point
    // (ogrinfo -sql on the points and multipolygons layers, docs/resources.md).
    ASSERT_EQ(read->items.size(), 8);
    QStringList teams, hospitals;
    for (const InventoryItem &item : read->items) {
        EXPECT_TRUE(item.exercise);
        EXPECT_EQ(item.source, path);
        EXPECT_EQ(item.area.code, QStringLiteral("MC"));
        EXPECT_NE(item.kind, ResourceKind::Shelter);
        (item.kind == ResourceKind::Team ? teams : hospitals).append(item.id);
    }
    teams.sort();
    hospitals.sort();
    EXPECT_EQ(teams, (QStringList{QStringLiteral("osm-node-1866465411"), QStringLiteral("osm-node-1866523017"), QStringLiteral("osm-node-3781320822")}));
    EXPECT_EQ(hospitals, (QStringList{QStringLiteral("osm-node-1794111144"), QStringLiteral("osm-node-2169430533"), QStringLiteral("osm-node-2287695176"),
                                      QStringLiteral("osm-node-25237989"), QStringLiteral("osm-node-280488322")}));

    const InventoryItem *fontvieille = byId(read->items, QStringLiteral("osm-node-1866465411"));
    ASSERT_TRUE(fontvieille);
    EXPECT_EQ(fontvieille->name, QStringLiteral("Caserne de Fontvieille"));
    EXPECT_EQ(fontvieille->unit, QStringLiteral("Sapeurs Pompiers Monaco")) << "the operator";
    EXPECT_EQ(fontvieille->specialties, QStringList{QStringLiteral("fire")});
    EXPECT_EQ(fontvieille->status, incidents::ResourceStatus::Available);
    EXPECT_NEAR(fontvieille->position.lon, 7.4177772, 1e-7);
    EXPECT_NEAR(fontvieille->position.lat, 43.7279297, 1e-7);
    EXPECT_EQ(byId(read->items, QStringLiteral("osm-node-1866523017"))->unit, QStringLiteral("Caserne de la Condamine")) << "no operator: its name";
    EXPECT_EQ(byId(read->items, QStringLiteral("osm-node-3781320822"))->name, QStringLiteral("fire_station")) << "no name: the tag";

    const InventoryItem *cardio = byId(read->items, QStringLiteral("osm-node-1794111144"));
    ASSERT_TRUE(cardio);
    EXPECT_EQ(cardio->name, QStringLiteral("Centre Cardio Thoracique de Monaco"));
    EXPECT_EQ(cardio->kind, ResourceKind::Equipment);
    EXPECT_EQ(cardio->equipmentType, QStringLiteral("hospital-beds"));
    EXPECT_EQ(cardio->quantity, 0) << "no beds tag";
    EXPECT_EQ(byId(read->items, QStringLiteral("osm-node-25237989"))->name, QStringLiteral("hospital"));

    // The extract reaches into France: a resolver for Monaco alone (east of 7.44° is Menton)
    // skips the Menton hospital and counts it.
    const InventoryAreaResolver monacoOnly = [](const QString &, GeoPoint point) -> Result<AreaRef> {
        if (point.lon > 7.44)
            return makeError(Error::Code::InvalidArgument, QStringLiteral("the position lies in none of the workspace's districts"));
        return AreaRef{QStringLiteral("MC"), QStringLiteral("Monaco")};
    };
    auto monaco = readInventoryOsm(path, monacoOnly, false);
    ASSERT_TRUE(monaco.ok()) << text(monaco.error());
    EXPECT_EQ(monaco->skippedOutsideAreas, 1);
    EXPECT_EQ(monaco->items.size(), 7);
    EXPECT_FALSE(byId(monaco->items, QStringLiteral("osm-node-2169430533"))) << "Centre Hospitalier de Menton - La Palmosa";
}

TEST(InventoryOsm, WaysAssemblyPointsAndBeds)
{
    using namespace osmium::builder::attr;  // NOLINT: libosmium's attribute vocabulary
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("made.osm.pbf"));
    {
        osmium::memory::Buffer buffer{1 << 16, osmium::memory::Buffer::auto_grow::yes};
        // A square fire station outline (closed: its first node again) and its four corners.
        const double corners[4][2] = {{7.40, 43.70}, {7.42, 43.70}, {7.42, 43.72}, {7.40, 43.72}};
        for (int i = 0; i < 4; ++i)
            osmium::builder::add_node(buffer, _id(i + 1), _version(1), _location(corners[i][0], corners[i][1]));
        osmium::builder::add_node(buffer, _id(10), _version(1), _location(7.43, 43.74), _tag("emergency", "assembly_point"),
                                  _tag("name", "Square"), _tag("name:zh", "广场集合点"), _tag("capacity", "250"), _tag("assembly_point:flood", "yes"),
                                  _tag("assembly_point:fire", "no"), _tag("assembly_point:earthquake", "yes"));
        osmium::builder::add_node(buffer, _id(11), _version(1), _location(7.44, 43.75), _tag("amenity", "hospital"), _tag("beds", "120"),
                                  _tag("emergency", "assembly_point"));
        osmium::builder::add_node(buffer, _id(12), _version(1), _location(7.45, 43.75), _tag("emergency", "assembly_point"), _tag("capacity", "about 50"));
        osmium::builder::add_way(buffer, _id(20), _version(1), _nodes({1, 2, 3, 4, 1}), _tag("amenity", "fire_station"), _tag("operator", "SDIS 06"));
        // A hospital whose nodes lie outside the extract.
        osmium::builder::add_way(buffer, _id(21), _version(1), _nodes({98, 99}), _tag("amenity", "hospital"));
        osmium::io::Writer writer(osmium::io::File(path.toStdString(), "pbf"), osmium::io::overwrite::allow);
        writer(std::move(buffer));
        writer.close();
    }
    auto read = readInventoryOsm(path, kAnywhere, false);
    ASSERT_TRUE(read.ok()) << text(read.error());
    EXPECT_EQ(read->skippedOutsideAreas, 1) << "the way with no located node";
    ASSERT_EQ(read->items.size(), 4);

    const InventoryItem *station = byId(read->items, QStringLiteral("osm-way-20"));
    ASSERT_TRUE(station);
    EXPECT_EQ(station->kind, ResourceKind::Team);
    EXPECT_EQ(station->unit, QStringLiteral("SDIS 06"));
    EXPECT_EQ(station->name, QStringLiteral("fire_station"));
    EXPECT_NEAR(station->position.lon, 7.41, 1e-7) << "the mean of the four corners, the closing node once";
    EXPECT_NEAR(station->position.lat, 43.71, 1e-7);

    const InventoryItem *square = byId(read->items, QStringLiteral("osm-node-10"));
    ASSERT_TRUE(square);
    EXPECT_EQ(square->kind, ResourceKind::Shelter);
    EXPECT_EQ(square->status, incidents::ResourceStatus::Open);
    EXPECT_EQ(square->name, QStringLiteral("广场集合点")) << "name:zh first";
    EXPECT_EQ(square->shelterType, QStringLiteral("outdoor assembly point"));
    EXPECT_EQ(square->capacityDay, 250);
    EXPECT_EQ(square->capacityNight, 250);
    EXPECT_EQ(square->specialties, (QStringList{QStringLiteral("flood"), QStringLiteral("earthquake")})) << "the hazards tagged yes";

    const InventoryItem *hospital = byId(read->items, QStringLiteral("osm-node-11"));
    ASSERT_TRUE(hospital);
    EXPECT_EQ(hospital->kind, ResourceKind::Equipment) << "amenity wins over assembly_point";
    EXPECT_EQ(hospital->quantity, 120);
    EXPECT_EQ(byId(read->items, QStringLiteral("osm-node-12"))->capacityNight, 0) << "\"about 50\" is not a number";
}

TEST(InventoryOsm, ABadExtractIsAnErrorNamingIt)
{
    QTemporaryDir dir;
    const QByteArray real = test::readBytes(test::sharedData(QStringLiteral("resources/monaco.osm.pbf")));
    ASSERT_GT(real.size(), 1000000);
    const QString cut = test::writeFile(dir, QStringLiteral("cut.osm.pbf"), real.left(real.size() / 2));
    auto read = readInventoryOsm(cut, kAnywhere, false);
    ASSERT_FALSE(read.ok()) << "a truncated download";
    EXPECT_EQ(read.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(read.error().context.contains(cut)) << text(read.error());
    const QString csv = test::writeFile(dir, QStringLiteral("inventory.osm.pbf"), "id,kind,lon,lat\nx,team,113,22\n");
    read = readInventoryOsm(csv, kAnywhere, false);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().context.contains(csv)) << text(read.error());
    read = readInventoryOsm(dir.filePath(QStringLiteral("missing.osm.pbf")), kAnywhere, false);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, Error::Code::NotFound);
}
