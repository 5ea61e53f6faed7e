// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The resource matching against an independent brute force on small instances, against the plain
// solve (every pair from the start) on larger ones, and its gap list.
#include "plans/inventoryimport.h"
#include "plans/matchfiles.h"
#include "plans/matching.h"
#include "plans/roadtravel.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace lookout;
using namespace lookout::plans;

namespace {

qint64 costUnits(double minutes)
{
    return qint64(std::llround(minutes * 1000.0));
}

// Every integer assignment within the quantities, best first by (covered, then Σ quantity × cost).
struct Brute {
    const QList<Need> &needs;
    const QList<Resource> &resources;
    const TravelMinutes &travel;
    struct Arc {
        int resource, need;
        qint64 cost;
    };
    QList<Arc> arcs;
    QList<qint64> resourceLeft, needLeft;
    qint64 bestCovered = -1, bestCost = 0;

    void search(qsizetype arc, qint64 covered, qint64 cost)
    {
        if (arc == arcs.size()) {
            if (covered > bestCovered || (covered == bestCovered && cost < bestCost)) {
                bestCovered = covered;
                bestCost = cost;
            }
            return;
        }
        const Arc &a = arcs[arc];
        const qint64 most = std::min(resourceLeft[a.resource], needLeft[a.need]);
        for (qint64 q = 0; q <= most; ++q) {
            resourceLeft[a.resource] -= q;
            needLeft[a.need] -= q;
            search(arc + 1, covered + q, cost + q * a.cost);
            resourceLeft[a.resource] += q;
            needLeft[a.need] += q;
        }
    }
    void run()
    {
        for (qsizetype r = 0; r < resources.size(); ++r) {
            resourceLeft.append(resources[r].available ? resources[r].quantity : 0);
            for (qsizetype n = 0; n < needs.size(); ++n) {
                if (resources[r].kind != needs[n].kind || !resources[r].available)
                    continue;
                const auto minutes = travel(resources[r], needs[n]);
                if (!minutes || (needs[n].withinMinutes && *minutes > *needs[n].withinMinutes))
                    continue;
                arcs.append({int(r), int(n), costUnits(*minutes)});
            }
        }
        for (const Need &need : needs)
            needLeft.append(need.quantity);
        search(0, 0, 0);
    }
};

GeoPoint around(std::mt19937 &random, double spreadDegrees)
{
    std::uniform_real_distribution<double> offset(-spreadDegrees, spreadDegrees);
    return GeoPoint{113.3 + offset(random), 22.3 + offset(random)};
}

qint64 costOf(const Matching &matching, const QList<Need> &needs, const QList<Resource> &resources, const TravelMinutes &travel)
{
    qint64 cost = 0;
    for (const Assignment &assignment : matching.assignments) {
        const Need *need = nullptr;
        const Resource *resource = nullptr;
        for (const Need &n : needs)
            if (n.id == assignment.need)
                need = &n;
        for (const Resource &r : resources)
            if (r.id == assignment.resource)
                resource = &r;
        cost += assignment.quantity * costUnits(*travel(*resource, *need));
    }
    return cost;
}

} // namespace

TEST(Matching, TheEllipsoidDistanceIsKarneysOnWgs84)
{
    // As PROJ's geod prints them (`echo "40.64 -73.78 1.36 103.99" | geod +ellps=WGS84 -I +units=m`):
    // JFK to Singapore Changi 15,347,512.941 m; 香洲 to 蓬江 59,003.170 m.
    EXPECT_NEAR(ellipsoidKm(GeoPoint{-73.78, 40.64}, GeoPoint{103.99, 1.36}), 15347.512941, 1e-6);
    EXPECT_NEAR(ellipsoidKm(GeoPoint{113.55, 22.27}, GeoPoint{113.10, 22.60}), 59.003170, 1e-6);
    const StraightLineTravel travel{40, 1.3};
    const Resource r{QStringLiteral("r"), QStringLiteral("pump"), 1, GeoPoint{113.0, 22.0}};
    const Need n{QStringLiteral("n"), QStringLiteral("pump"), 1, GeoPoint{113.0, 22.5}};
    EXPECT_NEAR(*travel(r, n), ellipsoidKm(r.position, n.position) * 1.3 / 40 * 60, 1e-9);
}

TEST(Matching, EqualsABruteForceOnSmallInstances)
{
    std::mt19937 random(20261130);
    const Travel travel = StraightLineTravel{40, 1.3}.travel();
    const TravelMinutes minutes = travel.minutes;
    const QStringList kinds{QStringLiteral("pump"), QStringLiteral("boat")};
    for (int instance = 0; instance < 150; ++instance) {
        QList<Need> needs;
        QList<Resource> resources;
        std::uniform_int_distribution<int> count(1, 3), quantity(1, 3), kind(0, 1), coin(0, 5);
        for (int n = count(random); n > 0; --n) {
            Need need{QStringLiteral("n%1").arg(n), kinds[kind(random)], quantity(random), around(random, 0.3), std::nullopt};
            if (coin(random) == 0)
                need.withinMinutes = 40;
            needs.append(need);
        }
        for (int r = count(random) + 1; r > 0; --r)
            resources.append({QStringLiteral("r%1").arg(r), kinds[kind(random)], quantity(random), around(random, 0.3), coin(random) != 0});
        Brute brute{needs, resources, minutes, {}, {}, {}};
        brute.run();
        auto matched = matchNeeds(needs, resources, travel);
        ASSERT_TRUE(matched.ok()) << matched.error().toString().toStdString();
        EXPECT_EQ(matched->covered, brute.bestCovered) << "instance " << instance;
        EXPECT_EQ(costOf(*matched, needs, resources, minutes), brute.bestCost) << "instance " << instance;
        qint64 shortSum = 0;
        for (const Gap &gap : matched->gaps)
            shortSum += gap.short_();
        EXPECT_EQ(matched->covered + shortSum, matched->total);
    }
}

TEST(Matching, StartingFromTheNearestPairsLosesNothingOnLargerInstances)
{
    std::mt19937 random(7);
    const Travel travel = StraightLineTravel{40, 1.3}.travel();
    const TravelMinutes &minutes = travel.minutes;
    for (int instance = 0; instance < 5; ++instance) {
        QList<Need> needs;
        QList<Resource> resources;
        std::uniform_int_distribution<int> quantity(1, 40);
        for (int n = 0; n < 60; ++n)
            needs.append({QStringLiteral("n%1").arg(n), QStringLiteral("shelter-places"), quantity(random), around(random, 0.5), std::nullopt});
        for (int r = 0; r < 300; ++r)
            resources.append({QStringLiteral("r%1").arg(r), QStringLiteral("shelter-places"), quantity(random) / 2 + 1, around(random, 0.5), true});
        auto sparse = matchNeeds(needs, resources, travel);
        auto dense = matchNeeds(needs, resources, travel, true);
        ASSERT_TRUE(sparse.ok() && dense.ok());
        EXPECT_EQ(sparse->covered, dense->covered);
        EXPECT_EQ(costOf(*sparse, needs, resources, minutes), costOf(*dense, needs, resources, minutes));
        EXPECT_GT(sparse->rounds, 1) << "the nearest pairs are not enough here: arcs were added";
    }
}

TEST(Matching, TheGapListSaysWhatIsShortAndWhy)
{
    const Travel travel = StraightLineTravel{40, 1.3}.travel();
    const QList<Resource> resources{{QStringLiteral("depot-a"), QStringLiteral("sandbags"), 500, GeoPoint{113.55, 22.27}, true},
                                    {QStringLiteral("depot-b"), QStringLiteral("sandbags"), 800, GeoPoint{113.10, 22.60}, false},
                                    {QStringLiteral("boat-1"), QStringLiteral("boat"), 2, GeoPoint{112.40, 21.90}, true}};
    const QList<Need> needs{{QStringLiteral("dike"), QStringLiteral("sandbags"), 700, GeoPoint{113.56, 22.28}, std::nullopt},
                            {QStringLiteral("ferry"), QStringLiteral("boat"), 1, GeoPoint{113.56, 22.28}, 30.0},
                            {QStringLiteral("pumps"), QStringLiteral("pump"), 3, GeoPoint{113.56, 22.28}, std::nullopt}};
    auto matched = matchNeeds(needs, resources, travel);
    ASSERT_TRUE(matched.ok());
    ASSERT_EQ(matched->assignments.size(), 1) << "only depot-a is available and in time";
    EXPECT_EQ(matched->assignments.front().resource, QStringLiteral("depot-a"));
    EXPECT_EQ(matched->assignments.front().quantity, 500);
    EXPECT_EQ(matched->covered, 500);
    EXPECT_EQ(matched->total, 704);
    ASSERT_EQ(matched->gaps.size(), 3);
    EXPECT_EQ(matched->gaps[0].short_(), 200);
    EXPECT_EQ(matched->gaps[0].reason, Gap::Reason::NotEnough) << "the unavailable depot does not count";
    EXPECT_EQ(matched->gaps[1].reason, Gap::Reason::NotInTime) << "boat-1 is 1 h 50 away, needed within 30 min";
    EXPECT_EQ(matched->gaps[2].reason, Gap::Reason::NoneOfThisKind);
    EXPECT_NEAR(matched->objective, 500 * matched->assignments.front().minutes, 1e-6);
}

TEST(MatchFiles, NeedsAndResourcesReadWithTheirOptionalColumns)
{
    auto needs = readNeedsCsv("id,kind,quantity,lon,lat,within_minutes,note\n"
                              "dike,sandbags,700,113.56,22.28,,more columns are allowed\n"
                              "ferry,boat,1,113.56,22.28,30,\n",
                              QStringLiteral("needs.csv"));
    ASSERT_TRUE(needs.ok()) << needs.error().toString().toStdString();
    ASSERT_EQ(needs->size(), 2);
    EXPECT_FALSE(needs->at(0).withinMinutes.has_value());
    EXPECT_EQ(needs->at(1).withinMinutes.value_or(0), 30.0);
    auto resources = readResourcesCsv("ID,Kind,Quantity,Lon,Lat,Status\na,sandbags,5,113,22,available\nb,sandbags,5,113,22,resting\nc,boat,1,113,22,\n",
                                      QStringLiteral("resources.csv"));
    ASSERT_TRUE(resources.ok()) << resources.error().toString().toStdString();
    EXPECT_TRUE(resources->at(0).available);
    EXPECT_FALSE(resources->at(1).available);
    EXPECT_TRUE(resources->at(2).available) << "no status: available";
}

TEST(MatchFiles, ABadRowNamesTheFileLineAndFieldAndNothingIsUsed)
{
    auto expectError = [](const QByteArray &csv, const QString &line, const QString &field, const QString &words) {
        auto needs = readNeedsCsv(csv, QStringLiteral("needs.csv"));
        ASSERT_FALSE(needs.ok()) << csv.toStdString();
        const QString text = needs.error().toString();
        EXPECT_TRUE(text.contains(QStringLiteral("needs.csv line ") + line)) << text.toStdString();
        EXPECT_TRUE(needs.error().context.contains(field)) << text.toStdString();
        EXPECT_TRUE(text.contains(words)) << text.toStdString();
    };
    expectError("id,kind,quantity,lon,lat\na,boat,2,113,22\nb,boat,1.5,113,22\n", QStringLiteral("3"), QStringLiteral("quantity"), QStringLiteral("whole number"));
    expectError("id,kind,quantity,lon,lat\na,boat,2,113,22\na,boat,1,113,22\n", QStringLiteral("3"), QStringLiteral("id"), QStringLiteral("used twice"));
    expectError("id,kind,quantity,lon,lat\na,boat,2,193,22\n", QStringLiteral("2"), QStringLiteral("lon"), QStringLiteral("longitude"));
    expectError("id,kind,quantity,lat\na,boat,2,22\n", QStringLiteral("1"), QStringLiteral("lon"), QStringLiteral("no 'lon' column"));
    expectError("id,kind,quantity,lon,lat\na,boat,2,113\n", QStringLiteral("2"), QString(), QStringLiteral("fields"));
    expectError("id,kind,quantity,lon,lat\na,\"boat,2,113,22\n", QStringLiteral("2"), QString(), QStringLiteral(""));
    auto resources = readResourcesCsv("id,kind,quantity,lon,lat,status\na,boat,2,113,22,lost\n", QStringLiteral("r.csv"));
    ASSERT_FALSE(resources.ok());
    EXPECT_TRUE(resources.error().toString().contains(QStringLiteral("\"lost\" is not one of"))) << resources.error().toString().toStdString();
    EXPECT_FALSE(readNeedsCsv("", QStringLiteral("empty.csv")).ok());
}

TEST(Matching, EqualsABruteForceOverMonacosRoads)
{
    auto graph = gis::RoadGraph::fromOsmPbf(test::sharedData(QStringLiteral("resources/monaco.osm.pbf")));
    ASSERT_TRUE(graph.ok()) << graph.error().toString().toStdString();
    const Travel travel = roadTravel(std::make_shared<const gis::RoadGraph>(std::move(graph).value()));
    std::mt19937 random(1822);
    std::uniform_real_distribution<double> lon(7.41, 7.44), lat(43.725, 43.75);
    std::uniform_int_distribution<int> quantity(1, 3), count(1, 3);
    const StraightLineTravel straight{60.0 / travel.minutesPerKmAtLeast, 1.0};
    for (int instance = 0; instance < 40; ++instance) {
        QList<Need> needs;
        QList<Resource> resources;
        for (int n = count(random); n > 0; --n)
            needs.append({QStringLiteral("n%1").arg(n), QStringLiteral("pump"), quantity(random), GeoPoint{lon(random), lat(random)}, std::nullopt});
        for (int r = count(random) + 1; r > 0; --r)
            resources.append({QStringLiteral("r%1").arg(r), QStringLiteral("pump"), quantity(random), GeoPoint{lon(random), lat(random)}, true});
        // The straight-line bound holds for every pair: the roads are never faster than it says.
        for (const Resource &resource : resources)
            for (const Need &need : needs)
                EXPECT_GE(*travel.minutes(resource, need) + 1e-9, *straight(resource, need));
        Brute brute{needs, resources, travel.minutes, {}, {}, {}};
        brute.run();
        auto matched = matchNeeds(needs, resources, travel);
        ASSERT_TRUE(matched.ok());
        EXPECT_EQ(matched->covered, brute.bestCovered) << "instance " << instance;
        EXPECT_EQ(costOf(*matched, needs, resources, travel.minutes), brute.bestCost) << "instance " << instance;
    }
}

TEST(Inventory, TheExerciseCsvReadsIntoItemsAndMatchableResources)
{
    const plans::InventoryAreaResolver areas = [](const QString &area, GeoPoint) -> Result<AreaRef> {
        return AreaRef{area.isEmpty() ? QStringLiteral("440402") : QStringLiteral("440403"), area.isEmpty() ? QStringLiteral("香洲区") : area};
    };
    const QString file = test::testData(QStringLiteral("resources/inventory-exercise.csv"));
    auto items = readInventoryCsv(test::readBytes(file), file, areas, true);
    ASSERT_TRUE(items.ok()) << items.error().toString().toStdString();
    ASSERT_EQ(items->size(), 4) << "the depot's two rows are one depot";
    const incidents::InventoryItem &depot = items->at(1);
    ASSERT_EQ(depot.stock.size(), 2);
    EXPECT_EQ(depot.stock[1], (incidents::StockLine{QStringLiteral("life-jackets"), 800, QStringLiteral("pieces")}));
    EXPECT_EQ(depot.area.code, QStringLiteral("440403"));
    EXPECT_TRUE(items->at(0).exercise);
    EXPECT_EQ(items->at(0).specialties, (QStringList{QStringLiteral("water-rescue"), QStringLiteral("high-angle")}));
    const QList<Resource> resources = matchableResources(*items);
    ASSERT_EQ(resources.size(), 5);
    EXPECT_EQ(resources[0].kind, QStringLiteral("rescue-team"));
    EXPECT_EQ(resources[1].kind, QStringLiteral("sandbags"));
    EXPECT_EQ(resources[1].quantity, 20000);
    EXPECT_EQ(resources[3].kind, QStringLiteral("shelter-places"));
    EXPECT_EQ(resources[3].quantity, 380) << "400 at night, 20 in";
    EXPECT_EQ(resources[4].kind, QStringLiteral("pump"));
    EXPECT_EQ(resources[4].quantity, 2);

    // Sahana Eden's shelter layout.
    auto sahana = readInventoryCsv("Name,Type,Lat,Lon,Capacity Day,Capacity Night,Population,Status\n"
                                   "台山市体育馆（演练）,indoor,22.25,112.79,1200,800,100,Full\n",
                                   QStringLiteral("shelters.csv"), areas, true);
    ASSERT_TRUE(sahana.ok()) << sahana.error().toString().toStdString();
    EXPECT_EQ(sahana->front().status, incidents::ResourceStatus::Full);
    EXPECT_EQ(sahana->front().capacityNight, 800);
    EXPECT_EQ(sahana->front().occupancy, 100);
    EXPECT_FALSE(matchableResources(*sahana).front().available) << "a full shelter takes nobody";
}

TEST(Inventory, ABadRowNamesTheFileLineAndField)
{
    const plans::InventoryAreaResolver areas = [](const QString &, GeoPoint) -> Result<AreaRef> { return AreaRef{QStringLiteral("440402"), QStringLiteral("香洲区")}; };
    auto expectError = [&](const QByteArray &csv, const QString &where, const QString &field) {
        auto items = readInventoryCsv(csv, QStringLiteral("inv.csv"), areas, false);
        ASSERT_FALSE(items.ok()) << csv.toStdString();
        EXPECT_TRUE(items.error().toString().contains(where)) << items.error().toString().toStdString();
        EXPECT_TRUE(items.error().context.contains(field)) << items.error().toString().toStdString();
    };
    expectError("id,kind,lon,lat\nx,boat,113,22\n", QStringLiteral("inv.csv line 2"), QStringLiteral("kind"));
    expectError("id,kind,lon,lat,status\nx,team,113,22,open\n", QStringLiteral("inv.csv line 2"), QStringLiteral("status"));
    expectError("id,kind,lon,lat,people\nx,team,113,22,many\n", QStringLiteral("inv.csv line 2"), QStringLiteral("people"));
    expectError("id,kind,lon,lat\nx,team,113,22\nx,team,113,22\n", QStringLiteral("inv.csv line 3"), QStringLiteral("id"));
    expectError("id,kind,lon,lat,type\nx,equipment,113,22,\n", QStringLiteral("inv.csv line 2"), QStringLiteral("type"));
    expectError("Name,Type,Lat,Lon,Capacity Day,Capacity Night,Population,Status\nA,indoor,22,113,1,1,0,Broken\n", QStringLiteral("inv.csv line 2"),
                QStringLiteral("Status"));
    const plans::InventoryAreaResolver nowhere = [](const QString &, GeoPoint) -> Result<AreaRef> {
        return makeError(Error::Code::InvalidArgument, QStringLiteral("the position lies in none of the workspace's districts"), {QStringLiteral("area")});
    };
    auto outside = readInventoryCsv("id,kind,lon,lat\nx,team,0,0\n", QStringLiteral("inv.csv"), nowhere, false);
    ASSERT_FALSE(outside.ok());
    EXPECT_TRUE(outside.error().toString().contains(QStringLiteral("inv.csv line 2"))) << outside.error().toString().toStdString();
}

TEST(Inventory, EveryBadRowIsListedAndNothingIsUsed)
{
    const plans::InventoryAreaResolver areas = [](const QString &, GeoPoint) -> Result<AreaRef> { return AreaRef{QStringLiteral("440402"), QStringLiteral("香洲区")}; };
    auto items = readInventoryCsv("id,kind,lon,lat,people\nok,team,113,22,3\nx,boat,113,22,\ny,team,nan,22,\nz,team,113,22,many\n",
                                  QStringLiteral("inv.csv"), areas, false);
    ASSERT_FALSE(items.ok());
    const QString text = items.error().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("3 of 4 rows are bad"))) << text.toStdString();
    for (const char *where : {"inv.csv line 3; kind", "inv.csv line 4; lon", "inv.csv line 5; people"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(where))) << where << " in " << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("line 2"))) << "the good row is not listed";
}

TEST(Matching, BeyondTheExtractTheEstimateMeasures)
{
    auto graph = gis::RoadGraph::fromOsmPbf(test::sharedData(QStringLiteral("resources/monaco.osm.pbf")));
    ASSERT_TRUE(graph.ok()) << graph.error().toString().toStdString();
    const auto shared = std::make_shared<const gis::RoadGraph>(std::move(graph).value());
    const StraightLineTravel estimate{40, 1.3};
    const Travel travel = roadTravel(shared, 15, estimate.travel());
    // Monaco's casino and port: both on its roads.
    const Need port{QStringLiteral("port"), QStringLiteral("pump"), 1, GeoPoint{7.4210, 43.7350}, std::nullopt};
    const Resource casino{QStringLiteral("casino"), QStringLiteral("pump"), 1, GeoPoint{7.4276, 43.7390}, true};
    EXPECT_EQ(*travel.minutes(casino, port), *roadTravel(shared).minutes(casino, port)) << "inside the extract: the roads";
    // Nice airport is 15 km away from any road of the extract: the estimate, not 15 km at walking pace.
    const Resource nice{QStringLiteral("nice"), QStringLiteral("pump"), 1, GeoPoint{7.2159, 43.6584}, true};
    EXPECT_DOUBLE_EQ(*travel.minutes(nice, port), *estimate(nice, port));
    EXPECT_GT(*roadTravel(shared).minutes(nice, port), *estimate(nice, port)) << "without the estimate the access leg is long";
    EXPECT_LE(travel.minutesPerKmAtLeast, estimate.travel().minutesPerKmAtLeast);
}
