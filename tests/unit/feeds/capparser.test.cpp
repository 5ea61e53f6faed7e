// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The CAP parser on every real message in shared/data/warnings, and on broken copies of them.
#include "feeds/capfeedindex.h"
#include "feeds/capparser.h"
#include "tests/support/testdata.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;

namespace {

QByteArray warningFile(const QString &name)
{
    const QByteArray bytes = test::readBytes(test::sharedData(QStringLiteral("warnings/") + name));
    EXPECT_FALSE(bytes.isEmpty()) << name.toStdString();
    return bytes;
}

CapAlert parsed(const QString &name)
{
    auto alert = parseCapAlert(warningFile(name), name);
    EXPECT_TRUE(alert.ok()) << name.toStdString() << ": " << (alert ? "" : alert.error().toString().toStdString());
    return alert ? *alert : CapAlert();
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

// Parses a broken copy and returns the error text (fails the test when it parses).
std::string errorOf(const QByteArray &xml)
{
    auto alert = parseCapAlert(xml, QStringLiteral("broken.xml"));
    EXPECT_FALSE(alert.ok());
    return alert ? std::string() : alert.error().toString().toStdString();
}

} // namespace

TEST(CapParser, EveryRealMessageParses)
{
    const QDir dir(test::sharedData(QStringLiteral("warnings")));
    const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files);
    int messages = 0;
    for (const QString &file : files) {
        if (file.startsWith(QLatin1String("feed_")))
            continue;
        const CapAlert alert = parsed(file);
        EXPECT_FALSE(alert.identifier.isEmpty()) << file.toStdString();
        EXPECT_TRUE(alert.sent.isValid()) << file.toStdString();
        ++messages;
    }
    EXPECT_EQ(messages, 18);  // SOURCES.md: 18 CAP messages + 4 feed indexes
}

TEST(CapParser, MacaoUpdateInThreeLanguagesWithPolygon)
{
    const CapAlert alert = parsed(QStringLiteral("mo-smg_monsoon_update_allclear_zh-pt-en.xml"));
    EXPECT_EQ(alert.capVersion, QStringLiteral("1.2"));
    EXPECT_EQ(alert.identifier, QStringLiteral("SMG-Weather_MS_2025_006_03"));
    EXPECT_EQ(alert.sender, QStringLiteral("meteo@smg.gov.mo"));
    EXPECT_EQ(alert.sent, utc("2025-04-12T21:52:12Z"));
    EXPECT_EQ(alert.status, CapStatus::Actual);
    EXPECT_EQ(alert.msgType, CapMsgType::Update);
    ASSERT_EQ(alert.references.size(), 1);  // a self-reference
    EXPECT_EQ(alert.references[0].identifier, alert.identifier);
    ASSERT_EQ(alert.infos.size(), 3);
    EXPECT_EQ(alert.infos[0].language, QStringLiteral("zh-mo"));
    EXPECT_EQ(alert.infos[0].event, QStringLiteral("強烈季候風信號"));
    EXPECT_EQ(alert.infos[0].responseTypes, QStringList{QStringLiteral("AllClear")});
    EXPECT_EQ(alert.infos[0].urgency, CapUrgency::Past);
    EXPECT_EQ(alert.infos[0].severity, CapSeverity::Moderate);
    EXPECT_TRUE(alert.infos[0].instruction.isEmpty());
    // Chinese first for a zh-CN reader, English for an English one.
    EXPECT_EQ(alert.infoFor(QStringLiteral("zh-CN"))->language, QStringLiteral("zh-mo"));
    EXPECT_EQ(alert.infoFor(QStringLiteral("en"))->language.left(2), QStringLiteral("en"));
    // The polygon lies on Macao (next to Zhuhai) as lon,lat, closed, tabs and newlines and all.
    ASSERT_EQ(alert.infos[0].areas.size(), 1);
    ASSERT_EQ(alert.infos[0].areas[0].polygons.size(), 1u);
    const auto &ring = alert.infos[0].areas[0].polygons[0];
    EXPECT_GT(ring.size(), 50u);
    EXPECT_EQ(ring.front(), ring.back());
    EXPECT_DOUBLE_EQ(ring.front().lon, 113.5709);
    EXPECT_DOUBLE_EQ(ring.front().lat, 22.0766);
}

TEST(CapParser, ChainAcrossCapVersions)
{
    const CapAlert first = parsed(QStringLiteral("chain1_oasis-cap11-appxA3_earthquake_alert.xml"));
    const CapAlert second = parsed(QStringLiteral("chain2_oasis-cap12-appxA3_earthquake_update.xml"));
    EXPECT_EQ(first.capVersion, QStringLiteral("1.1"));
    EXPECT_EQ(second.capVersion, QStringLiteral("1.2"));
    EXPECT_EQ(second.msgType, CapMsgType::Update);
    ASSERT_EQ(second.references.size(), 1);
    EXPECT_EQ(second.references[0].sender, first.sender);
    EXPECT_EQ(second.references[0].identifier, first.identifier);
    // The reference's time is not the original's <sent> (SOURCES.md): both kept as written.
    EXPECT_NE(second.references[0].sent, first.sent);
    ASSERT_EQ(first.infos.size(), 1);
    ASSERT_EQ(first.infos[0].areas.size(), 1);
    ASSERT_EQ(first.infos[0].areas[0].circles.size(), 1u);
    EXPECT_EQ(first.infos[0].areas[0].circles[0].radiusKm, 0.0);
}

TEST(CapParser, ManyReferencesInfosAndAreas)
{
    const CapAlert eccc = parsed(QStringLiteral("ca-eccc_heat_update_78refs_en-fr.xml"));
    EXPECT_EQ(eccc.references.size(), 78);
    EXPECT_EQ(eccc.infos.size(), 4);
    const CapAlert mowas = parsed(QStringLiteral("de-bbk-mowas_cancel_9lang.xml"));
    EXPECT_EQ(mowas.msgType, CapMsgType::Cancel);
    EXPECT_EQ(mowas.infos.size(), 9);  // a Cancel that still carries its info blocks
    std::size_t polygons = 0;
    for (const CapInfo &info : mowas.infos)
        for (const CapArea &area : info.areas)
            polygons += area.polygons.size();
    EXPECT_EQ(polygons, 225u);
    const CapAlert laura = parsed(QStringLiteral("us-nws_hurricane-laura-warning_update_multipolygon.xml"));
    ASSERT_EQ(laura.infos.size(), 1);
    ASSERT_EQ(laura.infos[0].areas.size(), 1);
    EXPECT_EQ(laura.infos[0].areas[0].polygons.size(), 2u);
    EXPECT_EQ(laura.references.size(), 8);  // SOURCES.md says 2; the file holds 8 triples
}

TEST(CapParser, CirclesAndPrefixedNamespace)
{
    const CapAlert rfs = parsed(QStringLiteral("au-nsw-rfs_bushfire_circle.xml"));
    ASSERT_FALSE(rfs.infos.isEmpty());
    bool found = false;
    for (const CapArea &area : rfs.infos[0].areas)
        for (const CapCircle &circle : area.circles)
            if (std::abs(circle.centre.lat + 35.3888) < 1e-9 && std::abs(circle.centre.lon - 147.0598) < 1e-9) {
                EXPECT_DOUBLE_EQ(circle.radiusKm, 25.0);
                found = true;
            }
    EXPECT_TRUE(found);
}

TEST(CapParser, TestMessagesAreMarkedAndSchemaDeviationsListed)
{
    const CapAlert swiss = parsed(QStringLiteral("ch-alertswiss_status-Test.xml"));
    EXPECT_EQ(swiss.status, CapStatus::Test);
    EXPECT_TRUE(swiss.deviations.join(QLatin1Char('\n')).contains(QStringLiteral("out of schema order")));
    EXPECT_TRUE(swiss.deviations.join(QLatin1Char('\n')).contains(QStringLiteral("certainty: missing")));
    EXPECT_EQ(parsed(QStringLiteral("ph-pagasa_tc-alert_status-Test_signed.xml")).status, CapStatus::Test);
    const CapAlert dwd = parsed(QStringLiteral("de-dwd_update.xml"));
    EXPECT_TRUE(dwd.deviations.join(QLatin1Char('\n')).contains(QStringLiteral("degenerate polygon with 3 points")));
    // Signed messages: the XML signature is skipped, not listed as a deviation.
    const CapAlert naad = parsed(QStringLiteral("ca-naad_alert_en-fr.xml"));
    EXPECT_FALSE(naad.deviations.join(QLatin1Char('\n')).contains(QStringLiteral("Signature")));
    // The Taiwan file starts with a BOM and is in Chinese.
    const CapAlert taiwan = parsed(QStringLiteral("tw-wra_reservoir_zh-tw_bom.xml"));
    ASSERT_EQ(taiwan.infos.size(), 1);
    EXPECT_EQ(taiwan.infos[0].language.toLower(), QStringLiteral("zh-tw"));
}

TEST(CapParser, MalformedMessagesAreRefusedWithFileLineAndField)
{
    const QByteArray good = warningFile(QStringLiteral("mo-smg_monsoon_update_allclear_zh-pt-en.xml"));
    // Truncated mid-way.
    EXPECT_NE(errorOf(good.left(good.size() / 2)).find("truncated"), std::string::npos);
    // Wrong namespace.
    QByteArray wrong = good;
    wrong.replace("emergency:cap:1.2", "emergency:cap:9.9");
    EXPECT_NE(errorOf(wrong).find("not a CAP 1.1 or 1.2 alert"), std::string::npos);
    // Not XML at all, and empty.
    EXPECT_NE(errorOf("{\"alert\": 1}").find("broken.xml line"), std::string::npos);
    EXPECT_FALSE(parseCapAlert({}, QStringLiteral("empty.xml")).ok());
    // Missing required header fields.
    for (const char *field : {"identifier", "sender", "sent", "status", "msgType"}) {
        QByteArray missing = good;
        const QByteArray open = QByteArray("<") + field + ">";
        const QByteArray close = QByteArray("</") + field + ">";
        const qsizetype from = missing.indexOf(open);
        ASSERT_GE(from, 0) << field;
        missing.remove(from, missing.indexOf(close, from) + close.size() - from);
        EXPECT_NE(errorOf(missing).find(std::string("/alert/") + field), std::string::npos) << field;
    }
    // A missing <event> names the info block.
    QByteArray noEvent = good;
    noEvent.replace("<event>強烈季候風信號</event>", "");
    EXPECT_NE(errorOf(noEvent).find("/alert/info[1]/event"), std::string::npos);
    // Invalid enumeration values.
    QByteArray badStatus = good;
    badStatus.replace("<status>Actual</status>", "<status>Real</status>");
    EXPECT_NE(errorOf(badStatus).find("'Real' is not a valid value"), std::string::npos);
    // Latitude out of range, and a polygon whose ring is not closed.
    QByteArray outOfRange = good;
    outOfRange.replace("<polygon>22.0766,113.5709", "<polygon>122.0766,113.5709");
    EXPECT_NE(errorOf(outOfRange).find("out of range"), std::string::npos);
    QByteArray unclosed = good;
    const qsizetype polygonEnd = unclosed.indexOf("</polygon>");
    const qsizetype lastPair = unclosed.lastIndexOf("22.0766,113.5709", polygonEnd);
    unclosed.replace(lastPair, 16, "22.0800,113.5800");
    EXPECT_NE(errorOf(unclosed).find("not closed"), std::string::npos);
    // A bad time zone-less date.
    QByteArray noZone = good;
    noZone.replace("<sent>2025-04-13T05:52:12+08:00</sent>", "<sent>2025-04-13T05:52:12</sent>");
    EXPECT_NE(errorOf(noZone).find("with a zone"), std::string::npos);
}

TEST(CapParser, PolygonAndCircleText)
{
    QStringList notes;
    auto ring = parseCapPolygon(QStringLiteral("\n 22.1,113.5\t22.2,113.6\n22.1,113.7 22.1,113.5 "), &notes);
    ASSERT_TRUE(ring.ok());
    EXPECT_EQ(ring->size(), 4u);
    EXPECT_EQ((*ring)[1], (GeoPoint{113.6, 22.2}));
    EXPECT_TRUE(notes.isEmpty());
    EXPECT_FALSE(parseCapPolygon(QStringLiteral("22.1;113.5 22.2,113.6"), nullptr).ok());
    EXPECT_FALSE(parseCapPolygon(QStringLiteral("22.1,213.5 22.1,213.5"), nullptr).ok());
    EXPECT_FALSE(parseCapCircle(QStringLiteral("22.1,113.5 -3")).ok());
    EXPECT_FALSE(parseCapCircle(QStringLiteral("22.1,113.5")).ok());
    EXPECT_TRUE(parseCapCircle(QStringLiteral("22.1,113.5 0")).ok());
}

TEST(CapIndex, AtomAndRssIndexes)
{
    auto nws = parseCapIndex(warningFile(QStringLiteral("feed_us-nws_atom-index_cap11.xml")), QStringLiteral("nws.xml"));
    ASSERT_TRUE(nws.ok()) << nws.error().toString().toStdString();
    EXPECT_EQ(nws->kind, QStringLiteral("Atom"));
    EXPECT_EQ(nws->entries.size(), 163);
    EXPECT_TRUE(nws->deviations.join(QLatin1Char(' ')).contains(QStringLiteral("64 empty cap:polygon")));
    for (const CapIndexEntry &entry : nws->entries) {
        EXPECT_TRUE(entry.link.startsWith(QLatin1String("http"))) << entry.id.toStdString();
        EXPECT_TRUE(entry.updated.isValid()) << entry.id.toStdString();
    }

    auto small = parseCapIndex(warningFile(QStringLiteral("feed_us-nws_atom-index_small.xml")), QStringLiteral("small.xml"));
    ASSERT_TRUE(small.ok());
    ASSERT_EQ(small->entries.size(), 2);
    EXPECT_EQ(small->entries[0].status, CapStatus::Actual);
    EXPECT_EQ(small->entries[0].expires, QDateTime::fromString(QStringLiteral("2010-09-01T03:15:00Z"), Qt::ISODate));

    auto ny = parseCapIndex(warningFile(QStringLiteral("feed_us-ny_rss-index.xml")), QStringLiteral("ny.xml"));
    ASSERT_TRUE(ny.ok());
    EXPECT_EQ(ny->kind, QStringLiteral("RSS"));
    ASSERT_EQ(ny->entries.size(), 2);
    EXPECT_EQ(ny->entries[0].id, QStringLiteral("NYAlert-ALLHAZALERT-3167113"));
    EXPECT_EQ(ny->entries[0].updated, QDateTime::fromString(QStringLiteral("2011-02-04T20:20:00Z"), Qt::ISODate));

    auto bom = parseCapIndex(warningFile(QStringLiteral("feed_au-bom_rss-index.xml")), QStringLiteral("bom.xml"));
    ASSERT_TRUE(bom.ok());
    ASSERT_EQ(bom->entries.size(), 1);
    EXPECT_EQ(bom->entries[0].severity, CapSeverity::Moderate);
    EXPECT_EQ(bom->entries[0].expires, QDateTime::fromString(QStringLiteral("2026-01-01T16:00:00Z"), Qt::ISODate));
    EXPECT_TRUE(bom->entries[0].link.endsWith(QLatin1String(".xml")));
}

TEST(CapIndex, BrokenIndexesAreRefused)
{
    const QByteArray atom = warningFile(QStringLiteral("feed_us-nws_atom-index_small.xml"));
    EXPECT_FALSE(parseCapIndex(atom.left(atom.size() / 2), QStringLiteral("cut.xml")).ok());
    EXPECT_FALSE(parseCapIndex("<html><body/></html>", QStringLiteral("page.html")).ok());
    EXPECT_FALSE(parseCapIndex({}, QStringLiteral("empty.xml")).ok());
}
