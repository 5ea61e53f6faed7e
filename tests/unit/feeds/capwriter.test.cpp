// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// CAP 1.2 out: every real message the reader takes is written back as a document that validates
// against the OASIS schema (xmllint --schema ../shared/data/schemas/cap12.xsd) and reads back the
// same; what cannot be written valid is refused with the field named.
#include "feeds/capparser.h"
#include "feeds/capwriter.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::feeds;

namespace {

// xmllint's verdict on the bytes against the CAP 1.2 schema: "" when valid, else what it said.
QString schemaProblems(const QByteArray &xml)
{
    QTemporaryDir dir;
    return test::capSchemaProblems(test::writeFile(dir, QStringLiteral("alert.xml"), xml));
}

void expectSame(const CapAlert &a, const CapAlert &b, const std::string &file)
{
    EXPECT_EQ(a.identifier, b.identifier) << file;
    EXPECT_EQ(a.sender, b.sender) << file;
    EXPECT_EQ(a.sent, b.sent) << file;
    EXPECT_EQ(a.status, b.status) << file;
    EXPECT_EQ(a.msgType, b.msgType) << file;
    EXPECT_EQ(a.references.size(), b.references.size()) << file;
    for (qsizetype i = 0; i < std::min(a.references.size(), b.references.size()); ++i) {
        EXPECT_EQ(a.references[i].identifier, b.references[i].identifier) << file;
        EXPECT_EQ(a.references[i].sent, b.references[i].sent) << file;
    }
    ASSERT_EQ(a.infos.size(), b.infos.size()) << file;
    for (qsizetype i = 0; i < a.infos.size(); ++i) {
        const CapInfo &x = a.infos[i], &y = b.infos[i];
        EXPECT_EQ(x.language, y.language) << file;
        EXPECT_EQ(x.event, y.event) << file;
        EXPECT_EQ(x.severity, y.severity) << file;
        EXPECT_EQ(x.urgency, y.urgency) << file;
        EXPECT_EQ(x.expires, y.expires) << file;
        EXPECT_EQ(x.headline, y.headline) << file;
        EXPECT_EQ(x.description, y.description) << file;
        ASSERT_EQ(x.areas.size(), y.areas.size()) << file;
        for (qsizetype k = 0; k < x.areas.size(); ++k) {
            EXPECT_EQ(x.areas[k].areaDesc, y.areas[k].areaDesc) << file;
            ASSERT_EQ(x.areas[k].polygons.size(), y.areas[k].polygons.size()) << file;
            for (std::size_t p = 0; p < x.areas[k].polygons.size(); ++p) {
                ASSERT_EQ(x.areas[k].polygons[p].size(), y.areas[k].polygons[p].size()) << file;
                for (std::size_t q = 0; q < x.areas[k].polygons[p].size(); ++q) {
                    EXPECT_NEAR(x.areas[k].polygons[p][q].lon, y.areas[k].polygons[p][q].lon, 1e-6) << file;
                    EXPECT_NEAR(x.areas[k].polygons[p][q].lat, y.areas[k].polygons[p][q].lat, 1e-6) << file;
                }
            }
            EXPECT_EQ(x.areas[k].circles.size(), y.areas[k].circles.size()) << file;
            EXPECT_EQ(x.areas[k].geocodes.size(), y.areas[k].geocodes.size()) << file;
        }
    }
}

} // namespace

TEST(CapWriter, EveryRealMessageIsWrittenSchemaValidAndReadsBackTheSame)
{
    const QDir folder(test::sharedData(QStringLiteral("warnings")));
    int written = 0;
    QStringList refused;
    for (const QString &name : folder.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
        if (name.startsWith(QLatin1String("feed_")))
            continue;  // Atom/RSS indexes, not alerts
        auto read = parseCapAlert(test::readBytes(folder.filePath(name)), name);
        ASSERT_TRUE(read.ok()) << name.toStdString() << ": " << read.error().toString().toStdString();
        auto xml = writeCapAlert(*read);
        if (!xml) {
            // Only what CAP 1.2 does not allow (the reader took it as a deviation), with the field named.
            refused.append(name);
            EXPECT_FALSE(xml.error().context.isEmpty()) << name.toStdString();
            EXPECT_FALSE(read->deviations.isEmpty()) << name.toStdString() << " refused without a deviation: " << xml.error().toString().toStdString();
            continue;
        }
        ++written;
        const QString problems = schemaProblems(*xml);
        EXPECT_TRUE(problems.isEmpty()) << name.toStdString() << ":\n" << problems.toStdString() << "\n" << xml->left(3000).toStdString();
        auto again = parseCapAlert(*xml, name);
        ASSERT_TRUE(again.ok()) << name.toStdString() << ": " << again.error().toString().toStdString();
        EXPECT_TRUE(again->deviations.isEmpty()) << name.toStdString() << ": " << again->deviations.join(QStringLiteral("; ")).toStdString();
        expectSame(*read, *again, name.toStdString());
    }
    // The two the standard does not allow out: AlertSwiss's info without a category, and DWD's
    // polygon of three points (the reader keeps both as deviations).
    EXPECT_EQ(refused, (QStringList{QStringLiteral("ch-alertswiss_status-Test.xml"), QStringLiteral("de-dwd_update.xml")}));
    EXPECT_GE(written, 16);
}

TEST(CapWriter, TimesCarryANumericOffsetAndWhatCannotBeValidIsRefused)
{
    const QDateTime sent(QDate(2018, 9, 16), QTime(3, 0, 0, 250), QTimeZone::utc());
    EXPECT_EQ(capTime(sent), QStringLiteral("2018-09-16T11:00:00+08:00"));
    EXPECT_EQ(capTime(sent, 0), QStringLiteral("2018-09-16T03:00:00+00:00"));
    EXPECT_EQ(capTime(sent, -5 * 3600 - 1800), QStringLiteral("2018-09-15T21:30:00-05:30"));

    CapAlert alert;
    alert.identifier = QStringLiteral("440400-20180916110000-1");
    alert.sender = QStringLiteral("lookout@440400");
    alert.sent = sent;
    alert.status = CapStatus::Exercise;
    CapInfo info;
    info.language = QStringLiteral("zh-CN");
    info.categories = {QStringLiteral("Met")};
    info.event = QStringLiteral("台风");
    info.severity = CapSeverity::Severe;
    CapArea area;
    area.areaDesc = QStringLiteral("香洲区");
    area.polygons = {{{113.5, 22.2}, {113.6, 22.2}, {113.6, 22.3}, {113.5, 22.2}}};
    area.circles = {{{113.55, 22.25}, 12.5}};
    area.geocodes = {{QStringLiteral("GB/T 2260"), QStringLiteral("440402")}};
    info.areas = {area};
    alert.infos = {info};
    auto xml = writeCapAlert(alert);
    ASSERT_TRUE(xml.ok()) << xml.error().toString().toStdString();
    EXPECT_TRUE(schemaProblems(*xml).isEmpty()) << schemaProblems(*xml).toStdString();
    EXPECT_TRUE(xml->contains("<sent>2018-09-16T11:00:00+08:00</sent>"));
    EXPECT_TRUE(xml->contains("<polygon>22.2,113.5 22.2,113.6 22.3,113.6 22.2,113.5</polygon>")) << "CAP writes lat,lon";
    EXPECT_TRUE(xml->contains("<circle>22.25,113.55 12.5</circle>"));

    auto refusedFor = [&](auto change) {
        CapAlert bad = alert;
        change(bad);
        auto written = writeCapAlert(bad);
        return written ? QString() : written.error().context.value(0);
    };
    EXPECT_EQ(refusedFor([](CapAlert &a) { a.identifier = QStringLiteral("has space"); }), QStringLiteral("identifier"));
    EXPECT_EQ(refusedFor([](CapAlert &a) { a.sender = QStringLiteral("a,b"); }), QStringLiteral("sender"));
    EXPECT_EQ(refusedFor([](CapAlert &a) { a.infos[0].categories.clear(); }), QStringLiteral("info[0].category"));
    EXPECT_EQ(refusedFor([](CapAlert &a) { a.infos[0].areas[0].polygons[0].pop_back(); }), QStringLiteral("info[0].area[0].polygon"));
    EXPECT_EQ(refusedFor([](CapAlert &a) { a.infos[0].areas[0].circles[0].centre.lat = 95; }), QStringLiteral("info[0].area[0].circle"));
    EXPECT_EQ(refusedFor([](CapAlert &a) { a.references = {{QStringLiteral("s"), QString(), QDateTime()}}; }), QStringLiteral("references"));
}
