// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The warning list, the typhoon card and the monitoring lists as the wall and the desk read them.
#include "situation/cyclonesituation.h"
#include "monitorlist.h"
#include "typhooncard.h"
#include "warninglistmodel.h"

#include "feeds/capparser.h"
#include "feeds/trackparsers.h"
#include "gis/coordinatetransform.h"
#include "gis/vectorsource.h"
#include "tests/support/testdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;

namespace {

store::StoredWarning stored(const char *file, qint64 id)
{
    const QByteArray xml = test::readBytes(test::sharedData(QStringLiteral("warnings/") + QString::fromLatin1(file)));
    auto alert = feeds::parseCapAlert(xml, QString::fromLatin1(file));
    EXPECT_TRUE(alert.ok());
    return store::StoredWarning{id, *alert, xml, alert->sent, QString::fromLatin1(file)};
}

} // namespace

TEST(WarningListModel, RowsFiltersDetailAndAcknowledge)
{
    qml::WarningListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<store::StoredWarning> messages{stored("mo-smg_monsoon_update_allclear_zh-pt-en.xml", 1),
                                               stored("au-bom_warning.xml", 2), stored("ch-alertswiss_status-Test.xml", 3),
                                               stored("is-imo_alert_en-is_polygon.xml", 4)};
    const QDateTime at(QDate(2019, 1, 16), QTime(4, 0), QTimeZone::utc());
    QList<store::StoredWarning> known;
    for (const store::StoredWarning &message : messages)
        if (message.alert.sent <= at)
            known.append(message);
    // Everything counts as "in area" except the BoM warning: it is counted, not listed.
    model.setEntries(incidents::resolveWarnings(known, {}, at), at, QStringLiteral("en"),
                     [](const incidents::WarningEntry &entry) { return !entry.head.alert.sender.contains(QLatin1String("bom")); },
                     false);
    EXPECT_EQ(model.rowCount(), 0);  // only the BoM message was sent by then
    EXPECT_EQ(model.otherCount(), 1);

    const QDateTime later(QDate(2025, 6, 21), QTime(7, 0), QTimeZone::utc());
    model.setEntries(incidents::resolveWarnings(messages, {}, later), later, QStringLiteral("zh-CN"),
                     [](const incidents::WarningEntry &) { return true; }, false);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.liveCount(), 0);  // the Alertswiss one is live but a Test
    bool sawTest = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (model.data(index, qml::WarningListModel::StatusRole).toString() == QLatin1String("TEST"))
            sawTest = true;
        if (model.data(index, qml::WarningListModel::SenderRole).toString() == QLatin1String("meteo@smg.gov.mo")) {
            EXPECT_EQ(model.data(index, qml::WarningListModel::EventRole).toString(), QStringLiteral("強烈季候風信號"));
            EXPECT_EQ(model.data(index, qml::WarningListModel::LevelRole).toString(), QStringLiteral("yellow"));
            EXPECT_EQ(model.data(index, qml::WarningListModel::StateRole).toString(), QStringLiteral("all clear"));
            const QVariantMap detail = model.detail(row);
            EXPECT_TRUE(detail.value(QStringLiteral("description")).toString().contains(QStringLiteral("黑球")));
        }
    }
    EXPECT_TRUE(sawTest);

    model.setLevelFilter(QStringLiteral("yellow"));
    EXPECT_EQ(model.rowCount(), 2);  // Macao (Moderate) and IMO (Moderate)
    model.setTextFilter(QStringLiteral("澳門"));
    EXPECT_EQ(model.rowCount(), 1);
    model.setLevelFilter({});
    model.setTextFilter({});
    model.setStateFilter(QStringLiteral("all clear"));
    EXPECT_EQ(model.rowCount(), 1);
    model.setStateFilter({});

    // Acknowledging goes through the handler the application sets; failures come back as text.
    EXPECT_FALSE(model.acknowledge(0, QStringLiteral("王"), QStringLiteral("desk 1")).isEmpty());  // no handler
    QString seen;
    model.setAcknowledgeHandler([&](const QString &sender, const QString &identifier, const QString &who, const QString &) {
        seen = sender + QLatin1Char('/') + identifier + QLatin1Char('/') + who;
        return QString();
    });
    QSignalSpy acknowledged(&model, &qml::WarningListModel::acknowledged);
    EXPECT_FALSE(model.acknowledge(0, QStringLiteral("  "), QStringLiteral("desk 1")).isEmpty());
    EXPECT_TRUE(model.acknowledge(0, QStringLiteral("王值班"), QStringLiteral("desk 1")).isEmpty());
    EXPECT_TRUE(seen.endsWith(QStringLiteral("/王值班")));
    EXPECT_EQ(acknowledged.count(), 1);
}

TEST(TyphoonCard, MangkhutAsKnownBeforeLandfall)
{
    auto tracks = feeds::parseWztfJson(test::readBytes(test::sharedData(QStringLiteral("typhoon/wztf_201822_Mangkhut.json"))),
                                       QStringLiteral("wztf"));
    ASSERT_TRUE(tracks.ok());
    const QDateTime at(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
    feeds::TyphoonTrack track = tracks->front();
    std::erase_if(track.points, [&](const feeds::TrackPoint &point) { return point.time > at; });
    auto districts = gis::readVectorFile(test::sharedData(QStringLiteral("boundaries/440400_full.json")), {QString(), gis::kGcj02});
    ASSERT_TRUE(districts.ok());
    auto wgs84 = gis::convertToWgs84(std::move(districts).value());
    ASSERT_TRUE(wgs84.ok());

    qml::TyphoonCard card;
    QSignalSpy changed(&card, &qml::TyphoonCard::changed);
    QAbstractItemModelTester tester(card.track(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    GeoPoint xiangzhou;
    for (const gis::VectorFeature &feature : wgs84->features)
        if (feature.text(QStringLiteral("name")) == QStringLiteral("香洲区"))
            xiangzhou = feature.labelPoint;
    situation::SituationInputs inputs{*wgs84, QStringLiteral("name"), {{QStringLiteral("香洲区"), xiangzhou}}, {}, GeoPoint{113.5, 22.2}};
    const QList<situation::CycloneSituation> storms = situation::activeCyclones({track}, at, inputs);
    ASSERT_EQ(storms.size(), 1);
    card.setStorm(&storms.front(), at);
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(card.active());
    EXPECT_EQ(card.title(), QStringLiteral("山竹 MANGKHUT"));
    EXPECT_EQ(card.grade(), QStringLiteral("STY")) << "the grade, short, in the interface's language (no translator: English)";
    EXPECT_EQ(card.position(), QStringLiteral("20.6°N 115.6°E"));
    ASSERT_EQ(card.winds().size(), 1);
    EXPECT_TRUE(card.winds().front().contains(QStringLiteral("m/s"))) << card.winds().front().toStdString();
    EXPECT_TRUE(card.winds().front().contains(QStringLiteral("2-min")));
    ASSERT_EQ(card.distances().size(), 1);
    // 115.6E 20.6N to Xiangzhou is about 280 km, the storm to the south-east.
    EXPECT_TRUE(card.distances().front().contains(QStringLiteral(" 28"))) << card.distances().front().toStdString();
    EXPECT_TRUE(card.distances().front().contains(QStringLiteral("SE")));  // compass points in the reader's language
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    card.setStorm(&storms.front(), at);
    EXPECT_TRUE(card.distances().front().contains(QStringLiteral("东南"))) << card.distances().front().toStdString();
    QLocale::setDefault(before);
    ASSERT_EQ(card.exposure().size(), 3);
    EXPECT_TRUE(card.exposure().front().toMap().value(QStringLiteral("now")).toString().contains(QStringLiteral("香洲区")));
    EXPECT_EQ(card.track()->rowCount(), int(track.points.size()));

    card.setStorm(nullptr, at);
    EXPECT_FALSE(card.active());
    EXPECT_EQ(card.track()->rowCount(), 0);
}

TEST(MonitorList, RowsRolesFocusAndCharts)
{
    qml::MonitorList model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &qml::MonitorList::changed);
    qml::MonitorRow placed;
    placed.title = QStringLiteral("Fire 1 · 蓬江区");
    placed.value = QStringLiteral("2 hotspots");
    placed.focus = QPointF(113.14, 22.63);
    placed.cells = {QStringLiteral("Fire 1"), QStringLiteral("蓬江区")};
    placed.chart = QVariantMap{{QStringLiteral("points"), QVariantList{}}};
    qml::MonitorRow unplaced;
    unplaced.title = QStringLiteral("汉口");
    unplaced.muted = true;
    model.setRows({placed, unplaced}, QStringLiteral("2 rows"), QStringLiteral("nothing"));
    model.setColumns({QStringLiteral("Event"), QStringLiteral("District")});
    EXPECT_GE(changed.count(), 2);
    ASSERT_EQ(model.rowCount(), 2);
    const auto roles = model.roleNames();
    auto role = [&](const char *name) { return roles.key(QByteArray(name)); };
    EXPECT_EQ(model.data(model.index(0), role("title")).toString(), QStringLiteral("Fire 1 · 蓬江区"));
    EXPECT_TRUE(model.data(model.index(0), role("hasFocus")).toBool());
    EXPECT_FALSE(model.data(model.index(1), role("hasFocus")).toBool());
    EXPECT_TRUE(model.data(model.index(1), role("muted")).toBool());
    EXPECT_EQ(model.data(model.index(0), role("cells")).toStringList().size(), 2);
    EXPECT_EQ(model.focusOf(0), QPointF(113.14, 22.63));
    EXPECT_TRUE(model.focusOf(1).isNull());
    EXPECT_TRUE(model.focusOf(7).isNull());
    EXPECT_TRUE(model.chartOf(0).contains(QStringLiteral("points")));
    EXPECT_TRUE(model.chartOf(1).isEmpty());
    model.setSource(QStringLiteral("Replay"), QStringLiteral("replay"));
    EXPECT_EQ(model.sourceState(), QStringLiteral("replay"));
}
