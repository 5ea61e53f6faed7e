// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// EDXL-SitRep of the Mangkhut exercise: the header in the standard's order, times with numeric
// offsets, the version and number following the reports issued, the severity by the level
// reached, the incident's division codes; and refusals naming the field.
#include "mangkhutexercise.h"
#include "scenarioactions.h"

#include "reports/sitrep.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace lookout;
using test::MangkhutExerciseTest;
using test::utc;

namespace {

const QString kSitRepNs = QStringLiteral("urn:oasis:names:tc:emergency:EDXL:SitRep:1.0");

struct Read {
    QStringList header;            // the root's children, in order
    QStringList times;             // every ct:*DateTime and ct:timeValue
    QStringList codes;             // ct:value
    QString reportType;
    QHash<QString, QString> text;  // SitRep elements' text by name
};

Read readSitRep(const QByteArray &xml)
{
    Read read;
    QXmlStreamReader reader(xml);
    QStringList path;
    QStringList namespaces;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            path << reader.name().toString();
            namespaces << reader.namespaceUri().toString();
            if (path.size() == 1) {
                EXPECT_EQ(path.front(), QStringLiteral("sitRep"));
                EXPECT_EQ(namespaces.front(), kSitRepNs);
            }
            if (path.size() == 2)
                read.header << path.back();
            if (path.back() == QLatin1String("report"))
                read.reportType = reader.attributes().value(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("type")).toString();
        } else if (reader.isEndElement()) {
            path.removeLast();
            namespaces.removeLast();
        } else if (reader.isCharacters() && !reader.isWhitespace() && !path.isEmpty()) {
            const QString &name = path.back();
            const QString text = reader.text().toString().trimmed();
            if (name.endsWith(QLatin1String("DateTime")) || name == QLatin1String("timeValue"))
                read.times << text;
            else if (name == QLatin1String("value"))
                read.codes << text;
            if (namespaces.back() == kSitRepNs)
                read.text.insert(name, text);
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return read;
}

} // namespace

TEST_F(MangkhutExerciseTest, ASitRepFollowsTheReportsIssuedAndKeepsTheStandardsOrder)
{
    const reports::ReportContext context{QStringLiteral("珠海市三防办"), QStringLiteral("王值班 wang.duty"), {}};
    auto sitrepAt = [&](const QDateTime &at) {
        auto situation = app::workspaceSituation(*m_workspace, at);
        EXPECT_TRUE(situation.ok());
        return reports::composeSitRep(*situation, QStringLiteral("2018-001"), context, QStringLiteral("lookout-440400"));
    };
    const reports::SitRep first = sitrepAt(utc(2018, 9, 15, 2, 30));
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(first.version, QStringLiteral("Initial"));
    EXPECT_TRUE(first.precedingMessageID.isEmpty());
    EXPECT_EQ(first.lifecyclePhase, QStringLiteral("Preparedness")) << "a warning, no response yet";
    const reports::SitRep during = sitrepAt(utc(2018, 9, 16, 6));
    EXPECT_EQ(during.number, 4) << "after 首报 and two 续报";
    EXPECT_EQ(during.version, QStringLiteral("Update"));
    EXPECT_EQ(during.severity, QStringLiteral("Severe")) << "level Ⅱ";
    EXPECT_EQ(during.precedingMessageID, QStringLiteral("lookout-440400-sitrep-2018-001-3"));
    EXPECT_EQ(sitrepAt(utc(2018, 9, 15, 4)).severity, QStringLiteral("Minor")) << "level Ⅳ";
    const reports::SitRep last = sitrepAt(utc(2018, 9, 17, 12));
    EXPECT_EQ(last.version, QStringLiteral("Final"));
    EXPECT_EQ(last.lifecyclePhase, QStringLiteral("Recovery"));

    auto xml = reports::writeSitRep(during);
    ASSERT_TRUE(xml.ok()) << xml.error().toString().toStdString();
    const Read read = readSitRep(*xml);
    EXPECT_EQ(read.header, (QStringList{"messageID", "preparedBy", "authorizedBy", "reportPurpose", "reportNumber", "reportVersion", "forTimePeriod",
                                        "reportTitle", "incidentID", "incidentLifecyclePhase", "precedingMessageID", "reportConfidence", "severity",
                                        "report"}));
    EXPECT_EQ(read.reportType, QStringLiteral("sitrep:SituationInformationType"));
    static const QRegularExpression edxlTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d$"));
    ASSERT_EQ(read.times.size(), 5);
    for (const QString &time : read.times)
        EXPECT_TRUE(edxlTime.match(time).hasMatch()) << time.toStdString();
    EXPECT_EQ(read.times.front(), QStringLiteral("2018-09-16T14:00:00+08:00"));
    EXPECT_EQ(read.codes, (QStringList{"440781", "440704", "440705", "440403", "440404", "440402"}));
    EXPECT_EQ(read.text.value(QStringLiteral("incidentID")), QStringLiteral("2018-001"));
    EXPECT_EQ(read.text.value(QStringLiteral("reportNumber")), QStringLiteral("4"));

    for (const auto &[field, change] : std::initializer_list<std::pair<const char *, std::function<void(reports::SitRep &)>>>{
             {"reportConfidence", [](reports::SitRep &r) { r.confidence = QStringLiteral("Sure"); }},
             {"severity", [](reports::SitRep &r) { r.severity = QStringLiteral("Red"); }},
             {"incidentName", [](reports::SitRep &r) { r.incidentName.clear(); }},
             {"incidentLocation", [](reports::SitRep &r) { r.areas.clear(); }},
             {"forTimePeriod/toDateTime", [](reports::SitRep &r) { r.to = QDateTime(); }}}) {
        reports::SitRep broken = during;
        change(broken);
        auto refused = reports::writeSitRep(broken);
        ASSERT_FALSE(refused.ok()) << field;
        EXPECT_EQ(refused.error().context.value(0), QString::fromLatin1(field));
    }
}
