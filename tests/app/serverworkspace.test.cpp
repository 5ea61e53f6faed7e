// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The whole Mangkhut exercise workspace pushed to a server (started here): the situation a seat
// builds from the server, through store::Database on PostgreSQL/PostGIS and GDAL's PostgreSQL
// driver, is the situation built from the GeoPackage, at every moment of the event.
#include "mangkhutexercise.h"
#include "scenarioactions.h"
#include "workspacepush.h"

#include "situation/situationbuilder.h"
#include "situation/situationjson.h"

#include "feeds/capparser.h"

#include <QJsonDocument>

#include "store/ingest.h"
#include "store/postgresjournal.h"
#include "store/serveradmin.h"
#include "store/warningstore.h"
#include "tests/support/postgresserver.h"
#include "tests/support/testdata.h"

using namespace lookout;
using test::MangkhutExerciseTest;

namespace {

// The situation as JSON, without where each part was read from (a file here, a server there;
// the plans' folder here, the seat's mirror of the server's plans there).
QByteArray comparable(const situation::Situation &situation)
{
    std::function<QJsonValue(const QJsonValue &)> strip = [&](const QJsonValue &value) -> QJsonValue {
        if (value.isObject()) {
            QJsonObject object = value.toObject();
            object.remove(QStringLiteral("sources"));
            object.remove(QStringLiteral("folder"));
            for (auto it = object.begin(); it != object.end(); ++it)
                it.value() = strip(it.value());
            return object;
        }
        if (value.isArray()) {
            QJsonArray array;
            for (const QJsonValue &item : value.toArray())
                array.append(strip(item));
            return array;
        }
        return value;
    };
    return QJsonDocument(strip(situation::toJson(situation)).toObject()).toJson(QJsonDocument::Indented);
}

Result<QByteArray> situationAt(store::Workspace &workspace, const QDateTime &at, const QString &recordServer)
{
    app::ScenarioOptions options;
    options.at = at;
    options.replay = true;
    options.recordServer = recordServer;
    auto inputs = app::scenarioInputs(workspace, options);
    if (!inputs)
        return inputs.error();
    auto built = situation::buildSituation(workspace.database(), at, *inputs);
    if (!built)
        return built.error();
    app::planEvaluation(workspace, *inputs)(*built);
    return comparable(*built);
}

} // namespace

TEST_F(MangkhutExerciseTest, TheSituationBuiltFromTheServerIsTheSituationBuiltFromTheGeoPackage)
{
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toUtf8());  // the plans' mirror
    QString why;
    auto server = test::PostgresServer::start(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    ASSERT_TRUE(store::initServer(server->connection()).ok());
    QStringList steps;
    auto pushed = app::pushWorkspace(m_workspace->path(), server->connection(), [&](const QString &step) { steps << step; });
    ASSERT_TRUE(pushed.ok()) << pushed.error().toString().toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("copying lookout_typhoon_points"))) << steps.join(QLatin1Char('\n')).toStdString();
    QString output;
    ASSERT_TRUE(server->psql(QStringLiteral("SELECT count(*) FROM lookout_hotspot_chunks; SELECT ST_GeometryType(geom) FROM lookout_typhoon_points LIMIT 1; "
                                            "SELECT count(*) > 0 FROM zhuhai_districts WHERE ST_Contains(geom, ST_SetSRID(ST_Point(113.55, 22.25), 4326))"),
                             &output));
    const QStringList answers = output.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(answers.size(), 3) << output.toStdString();
    EXPECT_GT(answers[0].toInt(), 0) << "the hotspots moved";
    EXPECT_EQ(answers[1], QStringLiteral("ST_Point")) << "typhoon fixes are PostGIS points";
    EXPECT_EQ(answers[2], QStringLiteral("t")) << "the districts are PostGIS polygons: 香洲 holds 113.55E 22.25N";

    auto remote = store::Workspace::open(store::serverLocation(server->connection()));
    ASSERT_TRUE(remote.ok()) << remote.error().toString().toStdString();
    EXPECT_EQ(remote->setting(QStringLiteral("title")), m_workspace->setting(QStringLiteral("title")));
    ASSERT_EQ(remote->layers()->size(), m_workspace->layers()->size());
    for (const QDateTime &at : {test::utc(2018, 9, 15, 0), test::utc(2018, 9, 16, 6), test::utc(2018, 9, 17, 0), test::utc(2019, 1, 23, 6)}) {
        auto local = situationAt(*m_workspace, at, {});
        ASSERT_TRUE(local.ok()) << local.error().toString().toStdString();
        auto shared = situationAt(*remote, at, server->connection());
        ASSERT_TRUE(shared.ok()) << shared.error().toString().toStdString();
        EXPECT_GT(local->size(), 2000) << "a situation with content";
        EXPECT_TRUE(local->contains("\"plans\"")) << "the plans evaluated on both";
        if (*local != *shared) {
            const QStringList a = QString::fromUtf8(*local).split(QLatin1Char('\n')), b = QString::fromUtf8(*shared).split(QLatin1Char('\n'));
            qsizetype line = 0;
            while (line < a.size() && line < b.size() && a[line] == b[line])
                ++line;
            ADD_FAILURE() << "at " << at.toString(Qt::ISODate).toStdString() << ", line " << line + 1 << ":\n  GeoPackage: "
                          << a.value(line).toStdString() << "\n  server:     " << b.value(line).toStdString();
        }
    }
}

TEST_F(MangkhutExerciseTest, OnTheServerASeatAcknowledgesAWarningAsItselfAndAViewerCannot)
{
    QString why;
    auto server = test::PostgresServer::start(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    ASSERT_TRUE(store::initServer(server->connection()).ok());
    ASSERT_TRUE(app::pushWorkspace(m_workspace->path(), server->connection()).ok());
    ASSERT_TRUE(store::addSeatUser(server->connection(), {QStringLiteral("xz"), QStringLiteral("district-duty"), QStringLiteral("440402"), {}}, {}).ok());
    ASSERT_TRUE(store::addSeatUser(server->connection(), {QStringLiteral("wall"), QStringLiteral("viewer"), QStringLiteral("4404"), {}}, {}).ok());
    // The feeds' ingest on the server (as its administrator): the warning and "warning received".
    auto admin = store::Workspace::open(store::serverLocation(server->connection()));
    ASSERT_TRUE(admin.ok()) << admin.error().toString().toStdString();
    const QString file = QStringLiteral("au-nsw-rfs_bushfire_circle.xml");
    const QByteArray xml = test::readBytes(test::sharedData(QStringLiteral("warnings/") + file));
    auto parsed = feeds::parseCapAlert(xml, file);
    ASSERT_TRUE(parsed.ok());
    auto added = store::WarningStore(admin->database()).add({store::IncomingWarning{xml, *parsed, file, test::utc(2018, 9, 16, 2)}});
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->added, 1);
    auto district = store::Workspace::open(store::serverLocation(server->connectionAs(QStringLiteral("xz"))));
    ASSERT_TRUE(district.ok()) << district.error().toString().toStdString();
    auto kept = store::WarningStore(district->database()).messages({});
    ASSERT_TRUE(kept.ok());
    ASSERT_EQ(kept->size(), 1) << "a district reads the warning";
    const feeds::CapAlert &alert = kept->front().alert;
    const store::WarningAcknowledgement ack{alert.sender, alert.identifier, QStringLiteral("someone else"), QStringLiteral("desk-1"),
                                            test::utc(2018, 9, 16, 3), QStringLiteral("收到")};
    auto done = store::WarningStore(district->database()).acknowledge(ack);
    ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    QString output;
    ASSERT_TRUE(server->psql(QStringLiteral("SELECT ST_GeometryType(geom) FROM lookout_cap_messages; SELECT acknowledged_by FROM lookout_warning_acks; "
                                            "SELECT user_name || ' ' || division FROM lookout_journal WHERE kind = 'warning.acknowledged'"),
                             &output));
    EXPECT_EQ(output.trimmed().split(QLatin1Char('\n')), (QStringList{QStringLiteral("ST_MultiPolygon"), QStringLiteral("xz"), QStringLiteral("xz 440402")}))
        << "the circle a PostGIS polygon; by the login, not the name typed; the entry is the district's";
    auto verified = store::verifyJournal(**store::PostgresJournal::connect(server->connection()));
    ASSERT_TRUE(verified.ok());
    EXPECT_FALSE(verified->problem.has_value()) << "the chain goes on across the store's append";

    auto wall = store::Workspace::open(store::serverLocation(server->connectionAs(QStringLiteral("wall"))));
    ASSERT_TRUE(wall.ok());
    auto refused = store::WarningStore(wall->database()).acknowledge(ack);
    ASSERT_FALSE(refused.ok()) << "a viewer writes nothing";
    EXPECT_TRUE(refused.error().toString().contains(QStringLiteral("row-level security"))) << refused.error().toString().toStdString();
    ASSERT_TRUE(server->psql(QStringLiteral("SELECT count(*) FROM lookout_warning_acks; SELECT user_name || ': ' || reason FROM lookout_refusals"), &output));
    EXPECT_EQ(output.trimmed().split(QLatin1Char('\n')), (QStringList{QStringLiteral("1"), QStringLiteral("wall: viewer acknowledges nothing")}))
        << "nothing partial kept; the try audited";
}

// Every kind of feed Lookout reads, ingested into the server's workspace by the same code as into
// a GeoPackage: the same counts, and the same again refused as already kept.
TEST_F(MangkhutExerciseTest, EveryKindOfFeedIsIngestedIntoTheServerAsIntoTheGeoPackage)
{
    QString why;
    auto server = test::PostgresServer::start(&why);
    ASSERT_NE(server, nullptr) << why.toStdString();
    ASSERT_TRUE(store::initServer(server->connection()).ok());
    ASSERT_TRUE(app::pushWorkspace(m_workspace->path(), server->connection()).ok());
    auto shared = store::Workspace::open(store::serverLocation(server->connection()));
    ASSERT_TRUE(shared.ok());
    const QDateTime received = test::utc(2026, 11, 30, 6);
    auto counts = [](const store::IngestSummary &s) {
        return QList<qint64>{s.warningsAdded, s.tracks, s.points, s.hotspotsAdded, s.hotspotsAlreadyKept, s.stations, s.waterReadings,
                             s.thresholds, s.grids, s.weatherDays};
    };
    for (const char *file : {"typhoon/CH2017BST.txt", "fire/MODIS_C6_SouthEast_Asia_24h.csv", "water/usgs_01646500_dv_discharge.waterml2.xml",
                             "water/usgs_07335390_iv_reservoir_elevation.waterml1.xml", "water/cjh_yangtze_waterlevel_2020-06_gb18030.csv",
                             "water/yangtze_thresholds.csv", "grids/bom_rainfields_66_20201031_060000.prcp-c10.nc",
                             "fireweather/cffdrs_fwi_01_daily-1985_rows0001-0024.csv", "warnings/au-bom_warning.xml"}) {
        const QByteArray bytes = test::readBytes(test::sharedData(QString::fromLatin1(file)));
        for (int pass = 0; pass < 2; ++pass) {
            auto local = store::ingestPayload(*m_workspace, bytes, QString::fromLatin1(file), received);
            ASSERT_TRUE(local.ok()) << file << ": " << local.error().toString().toStdString();
            auto remote = store::ingestPayload(*shared, bytes, QString::fromLatin1(file), received);
            ASSERT_TRUE(remote.ok()) << file << ": " << remote.error().toString().toStdString();
            EXPECT_EQ(counts(*remote), counts(*local)) << file << (pass ? " again" : "");
        }
    }
    auto local = situationAt(*m_workspace, received, {});
    auto remote = situationAt(*shared, received, server->connection());
    ASSERT_TRUE(local.ok() && remote.ok());
    EXPECT_EQ(*remote, *local) << "what the feeds brought, the same on both";
}
