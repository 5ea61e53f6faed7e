// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Runs the real `lookout` executable the way the README, scripts/demo and a user do.
#include "lookoutprocess.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using lookout::test::nonBackgroundShare;
using lookout::test::ProcessRun;
using lookout::test::runLookout;

TEST(LookoutCli, RendersTheWallAndDeskFromTheDemoWorkspace)
{
    QTemporaryDir home;
    const QString wall = home.filePath(QStringLiteral("out/wall.png"));
    ProcessRun run = runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall"), QStringLiteral("--size"),
                          QStringLiteral("1920x1080"), QStringLiteral("--out"), wall},
                         home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.trimmed(), wall);
    QImage image(wall);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_GT(nonBackgroundShare(image), 0.5);  // the map and panels, not an empty window
    // The demo workspace was created on first run, in the user's data folder.
    EXPECT_TRUE(QFileInfo::exists(home.filePath(QStringLiteral("Lookout/demo.gpkg"))));

    const QString desk = home.filePath(QStringLiteral("desk.png"));
    run = runLookout({QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("desk"), QStringLiteral("--size"),
                      QStringLiteral("1280x720"), QStringLiteral("--out"), desk,
                      QStringLiteral("--workspace"), home.filePath(QStringLiteral("Lookout/demo.gpkg"))},
                     home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    image = QImage(desk);
    EXPECT_EQ(image.size(), QSize(1280, 720));
    EXPECT_GT(nonBackgroundShare(image), 0.5);
}

TEST(LookoutCli, WrongArgumentsGetOneLineAndNonZeroExit)
{
    QTemporaryDir home;
    const QList<QStringList> wrong = {
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("ceiling"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("render"), QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("render"), QStringLiteral("--view"), QStringLiteral("wall")},
        {QStringLiteral("render"), QStringLiteral("--out"), QStringLiteral("wall.jpg")},
        {QStringLiteral("--at"), QStringLiteral("2018-09-16 00:00")},
    };
    for (const QStringList &arguments : wrong) {
        const ProcessRun run = runLookout(arguments, home);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("lookout: "))) << run.err.toStdString();
    }
}

TEST(LookoutCli, UnreadableWorkspaceIsAnErrorNotACrash)
{
    QTemporaryDir home;
    const QStringList paths = {
        home.filePath(QStringLiteral("missing.gpkg")),
        lookout::test::writeFile(home, QStringLiteral("garbage.gpkg"), QByteArray(10000, 'g')),
        lookout::test::writeFile(home, QStringLiteral("empty.gpkg"), {}),
    };
    for (const QString &path : paths) {
        const ProcessRun run = runLookout({QStringLiteral("render"), QStringLiteral("--out"), home.filePath(QStringLiteral("x.png")),
                                    QStringLiteral("--workspace"), path},
                                   home);
        EXPECT_EQ(run.exitCode, 1) << path.toStdString() << run.err.toStdString();
        const QString expected = path.endsWith(QLatin1String("missing.gpkg"))
                                     ? QStringLiteral("lookout: workspace %1 does not exist; create it with: lookout workspace create %1").arg(path)
                                     : QStringLiteral("lookout: cannot open workspace");
        EXPECT_TRUE(run.err.startsWith(expected)) << run.err.toStdString();
        EXPECT_EQ(run.err.trimmed().count(QLatin1Char('\n')), 0) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("x.png"))));
    }
}

TEST(LookoutCli, VersionAndHelp)
{
    QTemporaryDir home;
    ProcessRun run = runLookout({QStringLiteral("--version")}, home);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("lookout 0."))) << run.out.toStdString();
    run = runLookout({QStringLiteral("--help")}, home);
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("lookout render --view wall|desk")));
}

TEST(LookoutCli, InterfaceInChineseAndEnglish)
{
    QTemporaryDir home;
    ProcessRun run = runLookout({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}, home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("self-test wall: ok (瞭望 — ")))  << run.out.toStdString();
    run = runLookout({QStringLiteral("--self-test"), QStringLiteral("--lang"), QStringLiteral("en")}, home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("self-test desk: ok (Lookout — "))) << run.out.toStdString();
}

TEST(LookoutCli, IngestDetectsFormatsAndKeepsWholeFilesOnly)
{
    QTemporaryDir home;
    const QString workspace = home.filePath(QStringLiteral("ingest.gpkg"));
    // Create the workspace through the demo path, then work on a copy given by --workspace.
    ProcessRun run = runLookout({QStringLiteral("warnings"), QStringLiteral("list")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(QFile::copy(home.filePath(QStringLiteral("Lookout/demo.gpkg")), workspace));
    const QStringList files{
        lookout::test::sharedData(QStringLiteral("warnings/chain1_oasis-cap11-appxA3_earthquake_alert.xml")),
        lookout::test::sharedData(QStringLiteral("warnings/chain2_oasis-cap12-appxA3_earthquake_update.xml")),
        lookout::test::sharedData(QStringLiteral("typhoon/bwp262018.dat")),
        lookout::test::sharedData(QStringLiteral("typhoon/wztf_201822_Mangkhut.json")),
    };
    run = runLookout(QStringList{QStringLiteral("ingest"), QStringLiteral("--as-issued")} + files
                         + QStringList{QStringLiteral("--workspace"), workspace},
                     home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("bwp262018.dat: ATCF b-deck, 1 track(s), 44 point(s)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("温州台风网 JSON, 1 track(s), 105 point(s)"))) << run.out.toStdString();
    run = runLookout({QStringLiteral("ingest"), lookout::test::sharedData(QStringLiteral("fire/MODIS_C6_SouthEast_Asia_24h.csv")),
                      QStringLiteral("--workspace"), workspace},
                     home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The demo workspace holds that day's detections already: kept once.
    EXPECT_TRUE(run.out.contains(QStringLiteral("NASA FIRMS hotspots CSV, 0 hotspot(s) added, 1661 already kept"))) << run.out.toStdString();
    run = runLookout({QStringLiteral("ingest"), lookout::test::sharedData(QStringLiteral("water/usgs_02177000_dv_discharge.rdb")),
                      lookout::test::sharedData(QStringLiteral("grids/gfs.t12z.pgrbf120.2p5deg.grib2")), QStringLiteral("--workspace"), workspace},
                     home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("USGS RDB, 1 station(s), 31 reading(s), 0 threshold row(s)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("rainfall grid (GRIB2, NetCDF, GeoTIFF), 1 rainfall grid(s)"))) << run.out.toStdString();

    // A truncated CAP file and an unknown file: refused with one line each, exit 1, nothing kept.
    QByteArray cut = lookout::test::readBytes(files[0]);
    cut.chop(cut.size() / 3);
    const QString truncated = lookout::test::writeFile(home, QStringLiteral("cut.xml"), cut);
    const QString unknown = lookout::test::writeFile(home, QStringLiteral("notes.txt"), "hello");
    run = runLookout({QStringLiteral("ingest"), truncated, unknown, QStringLiteral("--workspace"), workspace}, home);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("cut.xml not ingested: CAP: the document ends early"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("notes.txt not ingested: not a format Lookout reads"))) << run.err.toStdString();

    // The registry: the Update is the head of a chain of 2, as known after it was sent.
    run = runLookout({QStringLiteral("warnings"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--at"),
                      QStringLiteral("2003-06-12T04:00Z"), QStringLiteral("--workspace"), workspace},
                     home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("chain of 2"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 message(s) kept"))) << run.out.toStdString();
    // Before the first was sent there is no data, and the list says so.
    run = runLookout({QStringLiteral("warnings"), QStringLiteral("list"), QStringLiteral("--at"), QStringLiteral("2003-01-01T00:00Z"),
                      QStringLiteral("--workspace"), workspace},
                     home);
    EXPECT_TRUE(run.out.contains(QStringLiteral("NO DATA"))) << run.out.toStdString();
}

TEST(LookoutCli, FeedsRunOnceReportsEachSourceHealth)
{
    QTemporaryDir home;
    const QString config = lookout::test::writeFile(home, QStringLiteral("feeds.json"), QStringLiteral(R"({"sources": [
        {"id": "imo", "kind": "cap", "path": "%1"},
        {"id": "jtwc", "kind": "track", "path": "%2"},
        {"id": "wrong-kind", "kind": "cap", "path": "%2"}]})")
        .arg(lookout::test::sharedData(QStringLiteral("warnings/is-imo_alert_en-is_polygon.xml")),
             lookout::test::sharedData(QStringLiteral("typhoon/bwp262018.dat")))
        .toUtf8());
    ProcessRun run = runLookout({QStringLiteral("feeds"), QStringLiteral("run"), QStringLiteral("--config"), config,
                                 QStringLiteral("--once")},
                                home);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();  // one source fails
    EXPECT_TRUE(run.out.contains(QRegularExpression(QStringLiteral("imo +OK .*kept 1, refused 0")))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QRegularExpression(QStringLiteral("jtwc +OK .*kept 1")))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QRegularExpression(QStringLiteral("wrong-kind +FAILING .*is not a CAP message")))) << run.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(home.filePath(QStringLiteral("feed-cache/imo/payload"))));
    // The message is in the workspace now.
    run = runLookout({QStringLiteral("warnings"), QStringLiteral("list"), QStringLiteral("--all")}, home);
    EXPECT_TRUE(run.out.contains(QStringLiteral("IMO-Icelandic_Met_Office"))) << run.out.toStdString();
    // A broken configuration is one clear line.
    const QString broken = lookout::test::writeFile(home, QStringLiteral("broken.json"), R"({"sources": [{"id": "x"}]})");
    run = runLookout({QStringLiteral("feeds"), QStringLiteral("run"), QStringLiteral("--config"), broken, QStringLiteral("--once")}, home);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"kind\" must be cap, cap-index, track, hotspots, water, grid or fireweather"))) << run.err.toStdString();
}

TEST(LookoutCli, FwiWritesTheSixCodesPerDay)
{
    QTemporaryDir home;
    const QString daily = lookout::test::sharedData(QStringLiteral("fireweather/cffdrs_fwi_01_daily-1985_rows0001-0024.csv"));
    ProcessRun run = runLookout({QStringLiteral("fwi"), daily}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 25);
    EXPECT_EQ(lines.front(), QStringLiteral("LONG,LAT,YR,MON,DAY,FFMC,DMC,DC,ISI,BUI,FWI"));
    // Every day against the reference codes (columns 9..14 of the reference file).
    const QList<QByteArray> reference = lookout::test::readBytes(daily).split('\n');
    for (int day = 1; day <= 24; ++day) {
        const QStringList ours = lines[day].split(QLatin1Char(','));
        const QList<QByteArray> theirs = reference[day].trimmed().split(',');
        ASSERT_EQ(ours.size(), 11);
        for (int code = 0; code < 6; ++code)
            EXPECT_NEAR(ours[5 + code].toDouble(), theirs[9 + code].toDouble(), 0.1) << "day " << day << " code " << code;
    }
    // The cffdrs input file (';', CRLF, lower-case names) gives the same codes.
    run = runLookout({QStringLiteral("fwi"), lookout::test::sharedData(QStringLiteral("fireweather/cffdrs_test_fwi_inputs-1985_rows0001-0024.csv"))}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), lines);
    // Continuing from the last day's codes with --start.
    run = runLookout({QStringLiteral("fwi"), daily, QStringLiteral("--start"), QStringLiteral("91.61,48.1,94.69")}, home);
    EXPECT_EQ(run.exitCode, 0);
    // Impossible weather is refused with the line.
    QByteArray bad = lookout::test::readBytes(daily);
    bad.replace("-100,40,1985,4,15,8.5,40,17,0", "-100,40,1985,4,15,8.5,140,17,0");
    run = runLookout({QStringLiteral("fwi"), lookout::test::writeFile(home, QStringLiteral("bad.csv"), bad)}, home);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("RH 140 % is outside 0-100"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("bad.csv line 4"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(LookoutCli, IncidentCommandsWriteTheRecordAndJournalVerifyNamesATamperedEntry)
{
    QTemporaryDir home;
    const QStringList who{QStringLiteral("--user"), QStringLiteral("li.duty"), QStringLiteral("--seat"), QStringLiteral("desk-1")};
    ProcessRun opened = runLookout(QStringList{QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"),
                                              QStringLiteral("台风“山竹” Mangkhut"), QStringLiteral("--hazard"), QStringLiteral("typhoon"),
                                              QStringLiteral("--district"), QStringLiteral("台山市"), QStringLiteral("--exercise"),
                                              QStringLiteral("--at"), QStringLiteral("2018-09-15T08:00Z")} + who,
                                   home);
    ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
    // The demo workspace's record already holds the warnings it was given ("warning.received").
    const QRegularExpression recorded(QStringLiteral("recorded #(\\d+) "));
    const int first = recorded.match(opened.out).captured(1).toInt();
    ASSERT_GT(first, 0);
    EXPECT_TRUE(opened.out.contains(QStringLiteral("recorded #%1 incident.opened by li.duty@desk-1").arg(first))) << opened.out.toStdString();
    // The demo workspace holds its own exercise incidents: this one takes the next number.
    const QString id = QRegularExpression(QStringLiteral("(2018-\\d{3})  \\[EXERCISE 演练\\] WARNING")).match(opened.out).captured(1);
    ASSERT_FALSE(id.isEmpty()) << opened.out.toStdString();

    auto level = [&](const QStringList &arguments, const QString &at) {
        return runLookout(QStringList{QStringLiteral("incident"), QStringLiteral("level"), id} + arguments
                              + QStringList{QStringLiteral("--commander"), QStringLiteral("张指挥"), QStringLiteral("--reason"),
                                            QStringLiteral("typhoon signal"), QStringLiteral("--at"), at} + who,
                          home);
    };
    ProcessRun endFirst = level({QStringLiteral("end")}, QStringLiteral("2018-09-15T09:00Z"));
    EXPECT_EQ(endFirst.exitCode, 1);
    EXPECT_TRUE(endFirst.err.contains(QStringLiteral("no response was started"))) << endFirst.err.toStdString();
    ASSERT_EQ(level({QStringLiteral("start"), QStringLiteral("4")}, QStringLiteral("2018-09-15T10:00Z")).exitCode, 0);
    ProcessRun raised = level({QStringLiteral("raise"), QStringLiteral("2")}, QStringLiteral("2018-09-16T00:00Z"));
    ASSERT_EQ(raised.exitCode, 0) << raised.err.toStdString();
    EXPECT_TRUE(raised.out.contains(QStringLiteral("RESPONSE  level Ⅱ"))) << raised.out.toStdString();
    ASSERT_EQ(runLookout(QStringList{QStringLiteral("incident"), QStringLiteral("note"), id, QStringLiteral("台山转移"),
                                     QStringLiteral("12,000"), QStringLiteral("人"), QStringLiteral("--at"), QStringLiteral("2018-09-16T01:00Z")} + who,
                         home).exitCode,
              0);

    ProcessRun listed = runLookout({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--at"), QStringLiteral("2018-09-15T12:00Z")}, home);
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.contains(id + QStringLiteral("  [EXERCISE 演练] RESPONSE  level Ⅳ for 2 h"))) << listed.out.toStdString();
    EXPECT_FALSE(listed.out.contains(QStringLiteral("not applied"))) << listed.out.toStdString();

    // Its record runs forward: nothing can be slipped in before its last entry.
    ProcessRun backdated = level({QStringLiteral("end")}, QStringLiteral("2018-09-15T11:00Z"));
    EXPECT_EQ(backdated.exitCode, 1);
    EXPECT_TRUE(backdated.err.contains(QStringLiteral("nothing can be recorded before that"))) << backdated.err.toStdString();

    ProcessRun exported = runLookout({QStringLiteral("journal"), QStringLiteral("export")}, home);
    ASSERT_EQ(exported.exitCode, 0);
    const QStringList lines = exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), first + 3);
    EXPECT_EQ(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(QStringLiteral("kind")).toString(), QStringLiteral("warning.received"));
    const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    EXPECT_EQ(last.value(QStringLiteral("seq")).toInt(), first + 3);
    EXPECT_EQ(last.value(QStringLiteral("payload")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("台山转移 12,000 人"));

    ProcessRun verified = runLookout({QStringLiteral("journal"), QStringLiteral("verify")}, home);
    ASSERT_EQ(verified.exitCode, 0) << verified.out.toStdString();
    EXPECT_TRUE(verified.out.startsWith(QStringLiteral("OK: %1 entries").arg(first + 3))) << verified.out.toStdString();

    // The Ⅱ raise quietly turned into a Ⅲ, behind Lookout's back.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {home.filePath(QStringLiteral("Lookout/demo.gpkg")),
                                             QStringLiteral("DROP TRIGGER lookout_journal_no_update; "
                                                            "UPDATE lookout_journal SET payload = replace(payload, '\"level\":2', '\"level\":3') WHERE seq = %1")
                                                 .arg(first + 2)});
    ASSERT_TRUE(sqlite.waitForFinished());
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    ProcessRun tampered = runLookout({QStringLiteral("journal"), QStringLiteral("verify")}, home);
    EXPECT_EQ(tampered.exitCode, 1);
    EXPECT_TRUE(tampered.out.contains(QStringLiteral("TAMPERED: entry %1 (incident.level by li.duty) was altered").arg(first + 2)))
        << tampered.out.toStdString();
}

TEST(LookoutCli, DutyHandoverListsTheIncidentAndTheStationOverItsLimitAndBothOfficersConfirm)
{
    QTemporaryDir home;
    auto run = [&](QStringList arguments, const QString &user, const QString &at) {
        return runLookout(arguments << QStringLiteral("--user") << user << QStringLiteral("--at") << at, home);
    };
    // The Yangtze on 30 June 2020: the demo workspace holds its levels and thresholds.
    ASSERT_EQ(run({QStringLiteral("duty"), QStringLiteral("shift"), QStringLiteral("li.duty"), QStringLiteral("--role"), QStringLiteral("duty officer"),
                   QStringLiteral("--from"), QStringLiteral("2020-06-30T00:00Z"), QStringLiteral("--to"), QStringLiteral("2020-06-30T12:00Z")},
                  QStringLiteral("admin"), QStringLiteral("2020-06-29T00:00Z")).exitCode, 0);
    // The demo workspace knows Zhuhai's and Jiangmen's divisions: 宜昌 is none of them.
    const ProcessRun elsewhere = run({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("长江 flood"),
                                      QStringLiteral("--hazard"), QStringLiteral("flood"), QStringLiteral("--district"), QStringLiteral("宜昌")},
                                     QStringLiteral("li.duty"), QStringLiteral("2020-06-30T00:30Z"));
    EXPECT_EQ(elsewhere.exitCode, 1);
    EXPECT_TRUE(elsewhere.err.contains(QStringLiteral("'宜昌' is not a district of this workspace"))) << elsewhere.err.toStdString();
    ASSERT_EQ(run({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("长江 flood"), QStringLiteral("--hazard"),
                   QStringLiteral("flood"), QStringLiteral("--district"), QStringLiteral("斗门区"), QStringLiteral("--town"), QStringLiteral("440403103")},
                  QStringLiteral("li.duty"), QStringLiteral("2020-06-30T01:00Z")).exitCode, 0);
    const ProcessRun listed = run({QStringLiteral("incident"), QStringLiteral("list")}, QStringLiteral("li.duty"), QStringLiteral("2020-06-30T01:30Z"));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("(斗门区 (440403), 斗门镇 (440403103))"))) << listed.out.toStdString();
    ASSERT_EQ(run({QStringLiteral("incident"), QStringLiteral("level"), QStringLiteral("2020-001"), QStringLiteral("start"), QStringLiteral("3"),
                   QStringLiteral("--commander"), QStringLiteral("王"), QStringLiteral("--reason"), QStringLiteral("Three Gorges over its flood limit")},
                  QStringLiteral("li.duty"), QStringLiteral("2020-06-30T02:00Z")).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("duty"), QStringLiteral("log"), QStringLiteral("三峡出库"), QStringLiteral("35,000"), QStringLiteral("m3/s"),
                   QStringLiteral("--incident"), QStringLiteral("2020-001")},
                  QStringLiteral("li.duty"), QStringLiteral("2020-06-30T03:00Z")).exitCode, 0);
    ProcessRun handover = run({QStringLiteral("duty"), QStringLiteral("handover"), QStringLiteral("--outgoing"), QStringLiteral("li.duty"),
                               QStringLiteral("--incoming"), QStringLiteral("wang.duty")},
                              QStringLiteral("li.duty"), QStringLiteral("2020-06-30T12:00Z"));
    ASSERT_EQ(handover.exitCode, 0) << handover.err.toStdString();
    EXPECT_TRUE(handover.out.contains(QStringLiteral("2020-001 level Ⅲ 长江 flood"))) << handover.out.toStdString();
    EXPECT_TRUE(handover.out.contains(QStringLiteral("三峡水库 over flood limit +"))) << handover.out.toStdString();
    EXPECT_TRUE(handover.out.contains(QStringLiteral("li.duty: 三峡出库 35,000 m3/s"))) << handover.out.toStdString();
    const QRegularExpression number(QStringLiteral("Handover #(\\d+)"));
    const QString id = number.match(handover.out).captured(1);
    ASSERT_FALSE(id.isEmpty());

    ProcessRun impostor = run({QStringLiteral("duty"), QStringLiteral("confirm"), id, QStringLiteral("incoming")}, QStringLiteral("li.duty"),
                              QStringLiteral("2020-06-30T12:01Z"));
    EXPECT_EQ(impostor.exitCode, 1);
    EXPECT_TRUE(impostor.err.contains(QStringLiteral("only wang.duty"))) << impostor.err.toStdString();
    ASSERT_EQ(run({QStringLiteral("duty"), QStringLiteral("confirm"), id, QStringLiteral("outgoing")}, QStringLiteral("li.duty"),
                  QStringLiteral("2020-06-30T12:02Z")).exitCode, 0);
    ProcessRun confirmed = run({QStringLiteral("duty"), QStringLiteral("confirm"), id, QStringLiteral("incoming")}, QStringLiteral("wang.duty"),
                               QStringLiteral("2020-06-30T12:03Z"));
    ASSERT_EQ(confirmed.exitCode, 0);
    EXPECT_TRUE(confirmed.out.contains(QStringLiteral("Confirmed by the incoming officer: 2020-06-30 20:03"))) << confirmed.out.toStdString();
    ProcessRun roster = run({QStringLiteral("duty"), QStringLiteral("roster")}, QStringLiteral("x"), QStringLiteral("2020-06-30T05:00Z"));
    EXPECT_TRUE(roster.out.contains(QStringLiteral("* 2020-06-30 08:00 – 2020-06-30 20:00  duty officer: li.duty"))) << roster.out.toStdString();
}

TEST(LookoutCli, PlansCheckEvaluateRehearseActivateAndTasksOnTheDemoWorkspace)
{
    QTemporaryDir home;
    // A broken plan: the located error on stderr, exit 1; the demo plans check clean.
    const QString broken = home.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("plan: x\nid: x\nhazard: typhoon\njurisdiction: \"4404\"\nsource: {document: d}\nlevels:\n"
               "  - level: 4\n    when: {storm-distance: {within_km: far, of: {area: \"4499\"}}}\n");
    file.close();
    ProcessRun run = runLookout({QStringLiteral("plan"), QStringLiteral("check"), broken}, home);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(broken + QStringLiteral(":8:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("levels[0].when.storm-distance.within_km: expected a number, got \"far\""))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"4499\" is not in the workspace's divisions table"))) << run.err.toStdString();
    const QString plan = lookout::test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml"));
    run = runLookout({QStringLiteral("plan"), QStringLiteral("check"), plan}, home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();

    // The demo's plans folder: three suggestions at Mangkhut's approach, Ⅰ for Zhuhai.
    run = runLookout({QStringLiteral("plan"), QStringLiteral("evaluate"), QStringLiteral("--json"), QStringLiteral("--at"), QStringLiteral("2018-09-16T03:00Z")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject evaluated = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray suggestions = evaluated.value(QStringLiteral("suggestions")).toArray();
    ASSERT_EQ(suggestions.size(), 3) << run.out.toStdString();
    for (const QJsonValue &suggestion : suggestions)
        if (suggestion[QStringLiteral("plan")].toString() == QLatin1String("zhuhai-typhoon")) {
            EXPECT_EQ(suggestion[QStringLiteral("suggested")].toInt(), 1);
            EXPECT_EQ(suggestion[QStringLiteral("current")].toInt(), 2) << "the demo exercise at Ⅱ";
            EXPECT_TRUE(suggestion[QStringLiteral("activated")].toBool());
        }

    // Rehearsal: the issue's JSON form.
    run = runLookout({QStringLiteral("plan"), QStringLiteral("rehearse"), QStringLiteral("--plan"), plan, QStringLiteral("--from"),
                      QStringLiteral("2018-09-15T00:00Z"), QStringLiteral("--to"), QStringLiteral("2018-09-16T23:00Z"), QStringLiteral("--json")},
                     home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject rehearsal = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(rehearsal.value(QStringLiteral("plan")).toString(), QStringLiteral("zhuhai-typhoon"));
    const QJsonArray steps = rehearsal.value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 48);
    EXPECT_EQ(steps.first()[QStringLiteral("at")].toString(), QStringLiteral("2018-09-15T00:00:00Z"));
    EXPECT_TRUE(steps.first()[QStringLiteral("actual")].isNull()) << "no response before 11:00 Beijing";
    EXPECT_EQ(steps.at(27)[QStringLiteral("suggested")].toInt(), 1) << "03Z on the 16th";
    EXPECT_EQ(steps.at(27)[QStringLiteral("actual")].toInt(), 2);
    EXPECT_EQ(steps.at(27)[QStringLiteral("holding")][0][QStringLiteral("trigger")].toString(), QStringLiteral("storm-distance"));
    run = runLookout({QStringLiteral("plan"), QStringLiteral("rehearse"), QStringLiteral("--plan"), plan, QStringLiteral("--from"),
                      QStringLiteral("2018-09-15T00:00Z"), QStringLiteral("--to"), QStringLiteral("2018-09-15T05:00Z"), QStringLiteral("--csv")},
                     home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("at,suggested,actual,incident,holding\n")));
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 7);

    // The commander's activation on a new incident, then its tasks.
    run = runLookout({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("演练 exercise"),
                      QStringLiteral("--hazard"), QStringLiteral("typhoon"), QStringLiteral("--district"), QStringLiteral("香洲区"),
                      QStringLiteral("--exercise"), QStringLiteral("--user"), QStringLiteral("li.duty")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString id = QRegularExpression(QStringLiteral("\\b(\\d{4}-\\d{3})\\b")).match(run.out).captured(1);
    ASSERT_FALSE(id.isEmpty()) << run.out.toStdString();
    run = runLookout({QStringLiteral("plan"), QStringLiteral("activate"), id, QStringLiteral("--plan"), QStringLiteral("zhuhai-typhoon"),
                      QStringLiteral("--level"), QStringLiteral("3"), QStringLiteral("--commander"), QStringLiteral("张"),
                      QStringLiteral("--reason"), QStringLiteral("typhoon yellow"), QStringLiteral("--user"), QStringLiteral("li.duty")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral("  task ")), 12) << run.out.toStdString();
    run = runLookout({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--incident"), id, QStringLiteral("--json")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray tasks = QJsonDocument::fromJson(run.out.toUtf8()).array();
    int mine = 0, number = 0;
    for (const QJsonValue &task : tasks)
        if (task[QStringLiteral("incident")].toString() == id && ++mine == 1)
            number = task[QStringLiteral("number")].toInt();
    EXPECT_EQ(mine, 12);
    run = runLookout({QStringLiteral("task"), QStringLiteral("close"), QString::number(number)}, home);
    EXPECT_EQ(run.exitCode, 1) << "a task asking for a report is reported first";
    EXPECT_TRUE(run.err.contains(QStringLiteral("asks for a report"))) << run.err.toStdString();
    run = runLookout({QStringLiteral("task"), QStringLiteral("report"), QString::number(number), QStringLiteral("值班已加强")}, home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = runLookout({QStringLiteral("task"), QStringLiteral("close"), QString::number(number)}, home);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST(LookoutCli, MatchOnFilesPrintsAssignmentsCoverageObjectiveAndGaps)
{
    QTemporaryDir home;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(home.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString needs = write(QStringLiteral("needs.csv"), "id,kind,quantity,lon,lat,within_minutes\n"
                                                            "dike-1,sandbags,700,113.56,22.28,\n"
                                                            "ferry,boat,1,113.56,22.28,30\n");
    const QString resources = write(QStringLiteral("resources.csv"), "id,kind,quantity,lon,lat,status\n"
                                                                    "depot-a,sandbags,500,113.55,22.27,available\n"
                                                                    "depot-b,sandbags,800,113.10,22.60,assigned\n"
                                                                    "depot-c,sandbags,300,113.40,22.40,\n"
                                                                    "boat-1,boat,2,112.40,21.90,available\n");
    ProcessRun run = runLookout({QStringLiteral("match"), QStringLiteral("--needs"), needs, QStringLiteral("--resources"), resources,
                                 QStringLiteral("--json")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("covered")).toInt(), 700);
    EXPECT_EQ(json.value(QStringLiteral("total")).toInt(), 701);
    const QJsonArray assignments = json.value(QStringLiteral("assignments")).toArray();
    ASSERT_EQ(assignments.size(), 2) << "depot-a's 500 and depot-c's 200; depot-b is assigned elsewhere";
    // minutes = geodesic km (WGS-84) x 1.3 / 40 km/h x 60, the distances as PROJ's geod gives them:
    // depot-a 1,512.7 m, depot-c 21,171.7 m from the dike.
    EXPECT_EQ(assignments[0][QStringLiteral("resource")].toString(), QStringLiteral("depot-a"));
    EXPECT_NEAR(assignments[0][QStringLiteral("minutes")].toDouble(), 1.5127 * 1.3 / 40 * 60, 0.01);
    EXPECT_EQ(assignments[1][QStringLiteral("quantity")].toInt(), 200);
    EXPECT_NEAR(json.value(QStringLiteral("objective")).toDouble(),
                500 * 1.5127 * 1.3 / 40 * 60 + 200 * 21.1717 * 1.3 / 40 * 60, 0.5);
    const QJsonArray gaps = json.value(QStringLiteral("gaps")).toArray();
    ASSERT_EQ(gaps.size(), 1);
    EXPECT_EQ(gaps[0][QStringLiteral("need")].toString(), QStringLiteral("ferry"));
    EXPECT_EQ(gaps[0][QStringLiteral("reason")].toString(), QStringLiteral("not-in-time"));

    run = runLookout({QStringLiteral("match"), QStringLiteral("--needs"), needs, QStringLiteral("--resources"), resources}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("estimate, no road data")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Covered 700 of 701")));
    // Over the roads of the real Monaco extract (no PRD extract exists here): every pump reaches.
    const QString monacoNeeds = write(QStringLiteral("m-needs.csv"), "id,kind,quantity,lon,lat\ncasino,pump,2,7.4276,43.7390\nport,pump,1,7.4210,43.7350\n");
    const QString monacoResources = write(QStringLiteral("m-resources.csv"), "id,kind,quantity,lon,lat\nstation-a,pump,2,7.4190,43.7310\nstation-b,pump,2,7.4400,43.7480\n");
    run = runLookout({QStringLiteral("match"), QStringLiteral("--needs"), monacoNeeds, QStringLiteral("--resources"), monacoResources,
                      QStringLiteral("--osm"), lookout::test::sharedData(QStringLiteral("resources/monaco.osm.pbf")), QStringLiteral("--json")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject roads = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(roads.value(QStringLiteral("travel"))[QStringLiteral("kind")].toString(), QStringLiteral("roads"));
    EXPECT_EQ(roads.value(QStringLiteral("covered")).toInt(), 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("nodes"))) << "the graph's size is said";
    run = runLookout({QStringLiteral("match"), QStringLiteral("--needs"), monacoNeeds, QStringLiteral("--resources"), monacoResources,
                      QStringLiteral("--osm"), monacoNeeds}, home);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a readable OpenStreetMap PBF extract"))) << run.err.toStdString();
    const QString broken = write(QStringLiteral("broken.csv"), "id,kind,quantity,lon,lat\nx,boat,two,113,22\n");
    run = runLookout({QStringLiteral("match"), QStringLiteral("--needs"), broken, QStringLiteral("--resources"), resources}, home);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(broken + QStringLiteral(" line 2; quantity"))) << run.err.toStdString();
}

TEST(LookoutCli, ResourcesImportListDispatchAndRelease)
{
    QTemporaryDir home;
    const QString inventory = lookout::test::testData(QStringLiteral("resources/inventory-exercise.csv"));
    ProcessRun run = runLookout({QStringLiteral("resources"), QStringLiteral("import"), inventory, QStringLiteral("--exercise")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("4 resource(s)"))) << run.out.toStdString();
    run = runLookout({QStringLiteral("resources"), QStringLiteral("list"), QStringLiteral("--json")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The demo workspace holds its own exercise inventory too: the file's items replace those of
    // the same id and add the others.
    QJsonArray items;
    for (const QJsonValue &item : QJsonDocument::fromJson(run.out.toUtf8()).array())
        if (item[QStringLiteral("source")].toString() == inventory)
            items.append(item);
    ASSERT_EQ(items.size(), 4);
    EXPECT_TRUE(items[0][QStringLiteral("exercise")].toBool());
    // Placed by its position: 113.55E 22.27N is in 香洲区 (the demo's divisions and boundaries).
    EXPECT_EQ(items[0][QStringLiteral("area")][QStringLiteral("code")].toString(), QStringLiteral("440402"));

    run = runLookout({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"), QStringLiteral("演练 exercise"),
                      QStringLiteral("--hazard"), QStringLiteral("flood"), QStringLiteral("--district"), QStringLiteral("斗门区"), QStringLiteral("--exercise")},
                     home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString id = QRegularExpression(QStringLiteral("\\b(\\d{4}-\\d{3})\\b")).match(run.out).captured(1);
    run = runLookout({QStringLiteral("resources"), QStringLiteral("dispatch"), QStringLiteral("depot-dm-1/sandbags"), QStringLiteral("--incident"), id,
                      QStringLiteral("--need"), QStringLiteral("dike-1"), QStringLiteral("--quantity"), QStringLiteral("25000"), QStringLiteral("--eta"),
                      QStringLiteral("20")}, home);
    EXPECT_EQ(run.exitCode, 1) << "20,000 in stock";
    EXPECT_TRUE(run.err.contains(QStringLiteral("20000 available, 25000 asked"))) << run.err.toStdString();
    run = runLookout({QStringLiteral("resources"), QStringLiteral("dispatch"), QStringLiteral("team-xz-1"), QStringLiteral("--incident"), id,
                      QStringLiteral("--need"), QStringLiteral("dike-1"), QStringLiteral("--eta"), QStringLiteral("20")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString number = QRegularExpression(QStringLiteral("dispatch (\\d+), ETA")).match(run.out).captured(1);
    ASSERT_FALSE(number.isEmpty()) << run.out.toStdString();
    run = runLookout({QStringLiteral("resources"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("team")}, home);
    EXPECT_TRUE(run.out.contains(QStringLiteral("team-xz-1  team  ASSIGNED"))) << run.out.toStdString();
    run = runLookout({QStringLiteral("resources"), QStringLiteral("release"), number}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = runLookout({QStringLiteral("resources"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("team")}, home);
    EXPECT_TRUE(run.out.contains(QStringLiteral("team-xz-1  team  AVAILABLE"))) << run.out.toStdString();

    // A request, and the workspace's matching that now has it as a need.
    run = runLookout({QStringLiteral("resources"), QStringLiteral("request"), QStringLiteral("--incident"), id, QStringLiteral("--kind"),
                      QStringLiteral("pumps"), QStringLiteral("--quantity"), QStringLiteral("2"), QStringLiteral("--where"), QStringLiteral("宜昌")}, home);
    EXPECT_EQ(run.exitCode, 1) << "宜昌 is no division of the workspace";
    run = runLookout({QStringLiteral("resources"), QStringLiteral("request"), QStringLiteral("--incident"), id, QStringLiteral("--kind"),
                      QStringLiteral("pumps"), QStringLiteral("--quantity"), QStringLiteral("2"), QStringLiteral("--where"), QStringLiteral("斗门区"),
                      QStringLiteral("--within"), QStringLiteral("3")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString request = QRegularExpression(QStringLiteral("(request-\\d+)")).match(run.out).captured(1);
    ASSERT_FALSE(request.isEmpty()) << run.out.toStdString();
    run = runLookout({QStringLiteral("resources"), QStringLiteral("match"), QStringLiteral("--json")}, home);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject matching = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_TRUE(matching[QStringLiteral("travel")].toString().startsWith(QStringLiteral("estimate, no road data")));
    bool needed = false, proposed = false;
    for (const QJsonValue &need : matching[QStringLiteral("needs")].toArray())
        needed = needed || (need[QStringLiteral("id")].toString() == request && need[QStringLiteral("area")][QStringLiteral("name")].toString() == QStringLiteral("斗门区"));
    for (const QJsonValue &proposal : matching[QStringLiteral("proposals")].toArray())
        proposed = proposed || proposal[QStringLiteral("need")].toString() == request;
    EXPECT_TRUE(needed) << run.out.toStdString();
    EXPECT_TRUE(proposed) << "the exercise inventory has pumps";
}
