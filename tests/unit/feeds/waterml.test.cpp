// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// USGS WaterML 1.1, WaterML 2.0 and RDB files into the SL 323 model.
#include "feeds/sensorthings.h"
#include "feeds/sl323csv.h"
#include "feeds/waterml.h"
#include "tests/support/testdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;

namespace {
QByteArray water(const char *file)
{
    return test::readBytes(test::sharedData(QStringLiteral("water/") + QString::fromLatin1(file)));
}
} // namespace

TEST(WaterMl, Version1ReservoirElevationAcrossDaylightSaving)
{
    auto series = parseWaterMl1(water("usgs_07335390_iv_reservoir_elevation.waterml1.xml"), QStringLiteral("wml1"));
    ASSERT_TRUE(series.ok()) << series.error().toString().toStdString();
    ASSERT_EQ(series->size(), 1);
    const ObservedSeries &elevation = series->front();
    EXPECT_EQ(elevation.station.stcd, QStringLiteral("USCE:07335390"));
    EXPECT_EQ(elevation.station.sttp, QStringLiteral("RR"));  // siteTypeCd LK
    ASSERT_TRUE(elevation.station.position);
    EXPECT_DOUBLE_EQ(elevation.station.position->lat, 33.8528821);
    EXPECT_DOUBLE_EQ(elevation.station.position->lon, -95.5446813);
    EXPECT_EQ(elevation.parameter, QStringLiteral("00062"));
    EXPECT_EQ(elevation.unit, QStringLiteral("ft"));
    EXPECT_EQ(elevation.values.size(), 2899);
    EXPECT_EQ(elevation.values.front().time, QDateTime(QDate(2012, 10, 25), QTime(5, 0), QTimeZone::utc()));  // -05:00
    EXPECT_EQ(elevation.values.back().time, QDateTime(QDate(2013, 2, 22), QTime(23, 0), QTimeZone::utc()));   // -06:00
    // UTC times never repeat, although local clock times do at the change.
    for (qsizetype i = 1; i < elevation.values.size(); ++i)
        ASSERT_LT(elevation.values[i - 1].time, elevation.values[i].time) << i;

    const HydrologyData sl323 = toSl323(*series);
    ASSERT_EQ(sl323.reservoirs.size(), 2899);
    EXPECT_NEAR(*sl323.reservoirs.front().rz, 448.08 * 0.3048, 1e-9);  // feet to metres
}

TEST(WaterMl, Version2SkipsTheEmptyPointAndReadsLatLon)
{
    auto series = parseWaterMl2(water("usgs_01646500_dv_discharge.waterml2.xml"), QStringLiteral("wml2"));
    ASSERT_TRUE(series.ok()) << series.error().toString().toStdString();
    ASSERT_EQ(series->size(), 1);
    const ObservedSeries &discharge = series->front();
    EXPECT_EQ(discharge.station.stcd, QStringLiteral("USGS:01646500"));
    ASSERT_TRUE(discharge.station.position);
    EXPECT_DOUBLE_EQ(discharge.station.position->lat, 38.94977778);  // "lat lon" in the file
    EXPECT_DOUBLE_EQ(discharge.station.position->lon, -77.12763889);
    EXPECT_EQ(discharge.parameter, QStringLiteral("00060"));
    EXPECT_EQ(discharge.unit, QStringLiteral("ft3/s"));
    EXPECT_TRUE(discharge.daily);
    ASSERT_EQ(discharge.values.size(), 8);  // 9 points, the first empty
    EXPECT_EQ(discharge.values.front().time, QDateTime(QDate(2014, 9, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_DOUBLE_EQ(discharge.values.front().value, 2690.0);
    EXPECT_EQ(discharge.values.front().qualifier, QStringLiteral("P"));
    const HydrologyData sl323 = toSl323(*series);
    ASSERT_EQ(sl323.river.size(), 8);
    EXPECT_NEAR(*sl323.river.front().q, 2690.0 * 0.028316846592, 1e-9);
}

TEST(WaterMl, RdbWithItsFormatRow)
{
    auto series = parseUsgsRdb(water("usgs_02177000_dv_discharge.rdb"), QStringLiteral("rdb"));
    ASSERT_TRUE(series.ok()) << series.error().toString().toStdString();
    ASSERT_EQ(series->size(), 1);
    const ObservedSeries &discharge = series->front();
    EXPECT_EQ(discharge.station.stcd, QStringLiteral("USGS:02177000"));
    EXPECT_EQ(discharge.station.stnm, QStringLiteral("CHATTOOGA RIVER NEAR CLAYTON, GA"));
    EXPECT_EQ(discharge.values.size(), 31);
    EXPECT_DOUBLE_EQ(discharge.values.front().value, 191);
    EXPECT_EQ(discharge.values.front().qualifier, QStringLiteral("A"));

    // Without the agency column (found by fuzzing: it was read at index -1) the agency is USGS.
    QByteArray noAgency = water("usgs_02177000_dv_discharge.rdb");
    noAgency.replace("agency_cd\t", "").replace("USGS\t02177000", "02177000").replace("5s\t15s", "15s");
    auto without = parseUsgsRdb(noAgency, QStringLiteral("no-agency.rdb"));
    ASSERT_TRUE(without.ok()) << without.error().toString().toStdString();
    EXPECT_EQ(without->front().station.stcd, QStringLiteral("USGS:02177000"));
    EXPECT_EQ(without->front().values.size(), 31);
}

TEST(WaterMl, BrokenFilesAreRefused)
{
    QByteArray wml1 = water("usgs_07335390_iv_reservoir_elevation.waterml1.xml");
    EXPECT_FALSE(parseWaterMl1(wml1.left(wml1.size() / 2), QStringLiteral("cut")).ok());
    QByteArray badValue = wml1;
    badValue.replace(">448.08</ns1:value>", ">4x8.08</ns1:value>");
    EXPECT_FALSE(parseWaterMl1(badValue, QStringLiteral("bad")).ok());
    EXPECT_FALSE(parseWaterMl1(water("usgs_01646500_dv_discharge.waterml2.xml"), QStringLiteral("v2 as v1")).ok());
    EXPECT_FALSE(parseWaterMl2(water("usgs_07335390_iv_reservoir_elevation.waterml1.xml"), QStringLiteral("v1 as v2")).ok());
    QByteArray rdb = water("usgs_02177000_dv_discharge.rdb");
    rdb.replace("2012-09-03\t409\tA", "2012-09-03\t409");
    EXPECT_NE(parseUsgsRdb(rdb, QStringLiteral("r.rdb")).error().toString().indexOf(QStringLiteral("fields where the header has")), -1);
}

TEST(Sl323Csv, EveryTableRoundTripsWithItsColumnNames)
{
    auto levels = parseChangjiangLevels(water("cjh_yangtze_waterlevel_2020-06_gb18030.csv"), QStringLiteral("cjh"));
    auto limits = parseThresholdTable(water("yangtze_thresholds.csv"), QStringLiteral("thresholds"));
    auto usgs = parseWaterMl1(water("usgs_07335390_iv_reservoir_elevation.waterml1.xml"), QStringLiteral("wml1"));
    ASSERT_TRUE(levels.ok() && limits.ok() && usgs.ok());
    HydrologyData all = *levels;
    all.riverThresholds = limits->riverThresholds;
    all.floodLimits = limits->floodLimits;
    all.stations += toSl323(*usgs).stations;  // one with coordinates
    all.rain = {RainReading{QStringLiteral("60102000"), QDateTime(QDate(2020, 6, 30), QTime(1, 0), QTimeZone::utc()), 12.5, 1}};

    auto river = writeSl323Csv(QStringLiteral("ST_RIVER_R"), all);
    ASSERT_TRUE(river.ok());
    EXPECT_TRUE(river->startsWith("STCD,TM,Z,Q\n"));
    // 宜昌 23-06-2020 11:04 Beijing is written as SL 323 keeps it: Beijing time.
    EXPECT_TRUE(river->contains(QStringLiteral("宜昌,2020-06-23 11:04:00,48.46,30400").toUtf8()));

    HydrologyData back;
    for (const QString &table : sl323Tables()) {
        auto csv = writeSl323Csv(table, all);
        ASSERT_TRUE(csv.ok()) << table.toStdString();
        auto read = readSl323Csv(table, *csv, table + QStringLiteral(".csv"), back);
        ASSERT_TRUE(read.ok()) << table.toStdString() << ": " << read.error().toString().toStdString();
    }
    EXPECT_EQ(back.river.size(), all.river.size());
    EXPECT_EQ(back.reservoirs.size(), all.reservoirs.size());
    EXPECT_EQ(back.stations.size(), all.stations.size());
    EXPECT_EQ(back.rain.size(), 1);
    EXPECT_EQ(back.riverThresholds.size(), all.riverThresholds.size());
    EXPECT_EQ(back.floodLimits.size(), 1);
    for (qsizetype i = 0; i < all.river.size(); ++i) {
        EXPECT_EQ(back.river[i].stcd, all.river[i].stcd);
        EXPECT_EQ(back.river[i].tm, all.river[i].tm);
        EXPECT_EQ(back.river[i].z, all.river[i].z);
        EXPECT_EQ(back.river[i].q, all.river[i].q);
    }
    const auto withPosition = std::find_if(back.stations.begin(), back.stations.end(), [](const StationInfo &s) { return s.position.has_value(); });
    ASSERT_NE(withPosition, back.stations.end());
    EXPECT_NEAR(withPosition->position->lat, 33.8528821, 1e-6);
}

TEST(Sl323Csv, BrokenFilesChangeNothing)
{
    HydrologyData data;
    EXPECT_FALSE(readSl323Csv(QStringLiteral("ST_RIVER_R"), "STCD,Z\n1,2\n", QStringLiteral("a.csv"), data).ok());  // no TM
    EXPECT_FALSE(readSl323Csv(QStringLiteral("ST_RIVER_R"), "STCD,TM,Z\nA,2020-06-30 08:00:00,2x\n", QStringLiteral("b.csv"), data).ok());
    EXPECT_FALSE(readSl323Csv(QStringLiteral("ST_RIVER_R"), "STCD,TM,Z\nA,30-06-2020 08:00,2\n", QStringLiteral("c.csv"), data).ok());
    // A bad last row: the good rows before it are not kept either.
    auto partial = readSl323Csv(QStringLiteral("ST_RIVER_R"), "STCD,TM,Z\nA,2020-06-30 08:00:00,2\nA,2020-06-30 09:00:00,3,9\n",
                                QStringLiteral("d.csv"), data);
    EXPECT_FALSE(partial.ok());
    EXPECT_NE(partial.error().toString().indexOf(QStringLiteral("d.csv line 3")), -1);
    EXPECT_TRUE(data.river.isEmpty());
    EXPECT_FALSE(writeSl323Csv(QStringLiteral("ST_NOPE"), data).ok());
}

// No real SensorThings file could be found (water/SOURCES.md): these documents follow the OGC
// SensorThings API 1.1 specification's entity shapes (Datastream with $expand, Observations
// collection with @iot.nextLink).
TEST(SensorThings, DatastreamWithThingLocationAndObservations)
{
    const QByteArray datastream = R"({
      "@iot.id": 12, "name": "Water level", "unitOfMeasurement": {"name": "metre", "symbol": "m", "definition": "http://qudt.org/vocab/unit#Meter"},
      "ObservedProperty": {"name": "water_level"},
      "Thing": {"@iot.id": 7, "name": "灯笼山 tide gauge",
                "Locations": [{"location": {"type": "Point", "coordinates": [113.3, 22.2]}}]},
      "Observations": [
        {"phenomenonTime": "2018-09-16T09:00:00Z", "result": 3.41},
        {"phenomenonTime": "2018-09-16T08:00:00.000Z/2018-09-16T08:10:00.000Z", "result": "3.05"},
        {"phenomenonTime": "2018-09-16T08:30:00+08:00", "result": null}
      ],
      "Observations@iot.nextLink": "https://sta.example/v1.1/Datastreams(12)/Observations?$skip=3"})";
    auto page = parseSensorThings(datastream, QStringLiteral("sta"));
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    const ObservedSeries &series = page->series;
    EXPECT_EQ(series.station.stcd, QStringLiteral("STA:7"));
    EXPECT_EQ(series.station.stnm, QStringLiteral("灯笼山 tide gauge"));
    ASSERT_TRUE(series.station.position);
    EXPECT_DOUBLE_EQ(series.station.position->lon, 113.3);  // GeoJSON order
    EXPECT_EQ(series.parameter, QStringLiteral("water_level"));
    EXPECT_EQ(series.unit, QStringLiteral("m"));
    ASSERT_EQ(series.values.size(), 2);  // the null result skipped
    EXPECT_EQ(series.values[0].time, QDateTime(QDate(2018, 9, 16), QTime(8, 10), QTimeZone::utc()));  // interval end
    EXPECT_DOUBLE_EQ(series.values[0].value, 3.05);
    EXPECT_EQ(page->nextLink, QStringLiteral("https://sta.example/v1.1/Datastreams(12)/Observations?$skip=3"));
}

TEST(SensorThings, ObservationPagesAndBrokenDocuments)
{
    const QByteArray collection = R"({"value": [{"phenomenonTime": "2018-09-16T10:00:00Z", "result": 3.7}],
                                      "@iot.nextLink": "https://sta.example/next"})";
    auto page = parseSensorThings(collection, QStringLiteral("page"), QStringLiteral("00065"));
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->series.values.size(), 1);
    EXPECT_EQ(page->nextLink, QStringLiteral("https://sta.example/next"));
    EXPECT_FALSE(parseSensorThings(collection, QStringLiteral("page")).ok());  // what does it measure?
    EXPECT_FALSE(parseSensorThings(R"({"value": [{"phenomenonTime": "2018-09-16T10:00:00", "result": 3.7}]})", QStringLiteral("z"),
                                   QStringLiteral("00065")).ok());  // no zone
    EXPECT_FALSE(parseSensorThings(R"({"value": [{"phenomenonTime": "2018-09-16T10:00:00Z", "result": "high"}]})", QStringLiteral("r"),
                                   QStringLiteral("00065")).ok());
    EXPECT_FALSE(parseSensorThings("{\"value\": [", QStringLiteral("cut")).ok());
    EXPECT_FALSE(parseSensorThings("[1, 2]", QStringLiteral("array")).ok());
}

// A USGS instantaneous-values response carries several series for one site (built from the real
// samples: tests/data/water/make_usgs_multiseries.py). Gage height is the level, discharge the
// flow, merged into one reading per time; temperature is skipped and counted.
TEST(WaterMl, SeveralSeriesOfOneSiteAreChosenByVariableCode)
{
    auto series = parseWaterMl1(test::readBytes(test::testData(QStringLiteral("water/usgs_07335390_iv_multiseries.waterml1.xml"))),
                                QStringLiteral("multi"));
    ASSERT_TRUE(series.ok()) << series.error().toString().toStdString();
    ASSERT_EQ(series->size(), 3);
    EXPECT_EQ(series->at(0).parameter, QStringLiteral("00010"));
    EXPECT_EQ(series->at(0).values.size(), 199);  // one no-data value skipped
    const HydrologyData sl323 = toSl323(*series);
    EXPECT_EQ(sl323.seriesSkipped, 1);
    ASSERT_EQ(sl323.stations.size(), 1);
    EXPECT_EQ(sl323.stations.front().sttp, QStringLiteral("ZZ"));
    EXPECT_TRUE(sl323.reservoirs.isEmpty());
    ASSERT_EQ(sl323.river.size(), 200);  // one row per time, not one per series
    const RiverReading &first = sl323.river.front();
    EXPECT_EQ(first.tm, QDateTime(QDate(2012, 10, 25), QTime(5, 0), QTimeZone::utc()));
    ASSERT_TRUE(first.z && first.q);
    EXPECT_NEAR(*first.z, 448.08 * 0.3048, 1e-9);          // the gage height, not the temperature (17)
    EXPECT_NEAR(*first.q, 191 * 0.028316846592, 1e-9);     // the discharge
    bool notedTemperature = false;
    for (const QString &note : sl323.notes)
        notedTemperature = notedTemperature || (note.contains(QStringLiteral("00010")) && note.contains(QStringLiteral("left out")));
    EXPECT_TRUE(notedTemperature);
}

// Two <values> blocks of one series (two sensors of one variable) stay two series, so their
// shared times are not read as duplicates; the longer is used.
TEST(WaterMl, TwoMethodsOfOneVariableAreTwoSeries)
{
    QByteArray xml = test::readBytes(test::sharedData(QStringLiteral("water/usgs_07335390_iv_reservoir_elevation.waterml1.xml")));
    const qsizetype start = xml.indexOf("<ns1:values>");
    const qsizetype end = xml.indexOf("</ns1:values>") + qsizetype(sizeof "</ns1:values>" - 1);
    QByteArray second = xml.mid(start, end - start);
    second = second.left(second.indexOf("<ns1:value ", 500)) + "</ns1:values>";  // a few values only
    xml.insert(end, second);
    auto series = parseWaterMl1(xml, QStringLiteral("two-methods"));
    ASSERT_TRUE(series.ok()) << series.error().toString().toStdString();
    ASSERT_EQ(series->size(), 2);
    EXPECT_EQ(series->at(0).values.size(), 2899);
    EXPECT_GT(series->at(1).values.size(), 0);
    const HydrologyData sl323 = toSl323(*series);
    EXPECT_EQ(sl323.reservoirs.size(), 2899);
    EXPECT_EQ(sl323.seriesSkipped, 1);
}
