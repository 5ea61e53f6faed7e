// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The after-action review of the Mangkhut exercise: the situation rebuilt hourly as it was known,
// the level against the record and the plan, the storm's approach and its peak, a map per moment,
// the record verified; its text (golden), its PDF's table of contents against the pages the
// sections fall on, and its HTML folder. And the sources' gaps and the report text's tables.
#include "mangkhutexercise.h"
#include "reviewbuilding.h"

#include "incidents/incidentbook.h"
#include "incidents/inventorybook.h"
#include "reports/reporttext.h"
#include "reports/reviewsamples.h"
#include "tests/support/golden.h"
#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

using namespace lookout;
using test::MangkhutExerciseTest;
using test::utc;

namespace {

const reports::ReportContext kContext{QStringLiteral("珠海市三防办（演练 exercise）"), QStringLiteral("测试员 tester"), QStringLiteral("0756-0000000")};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

TEST_F(MangkhutExerciseTest, TheReviewRebuildsTheEventHourlyAndMapsEachLevelChangeAndThePeak)
{
    ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("plans_folder"), test::packagingData(QStringLiteral("plans"))).ok());
    ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("reference_districts"), QStringLiteral("香洲区,蓬江区")).ok());
    auto review = app::collectReview(*m_workspace, QStringLiteral("2018-001"), utc(2018, 9, 18, 0), kContext, {});
    ASSERT_TRUE(review.ok()) << review.error().toString().toStdString();
    // From the opening (10:00 Beijing, on the hour) to the response's end (10:00 on the 17th).
    EXPECT_EQ(review->from, utc(2018, 9, 15, 2));
    EXPECT_EQ(review->to, utc(2018, 9, 17, 2));
    ASSERT_EQ(review->samples.size(), 49);
    // Each step's level is the record's level then; the plan's suggestion is there at every step.
    int differs = 0;
    const reports::ReviewSample *nearest = nullptr;
    bool circleOverCity = false;
    for (const reports::ReviewSample &sample : review->samples) {
        const incidents::Incident *incident = knownAt(sample.at).incidents.find(QStringLiteral("2018-001"));
        ASSERT_NE(incident, nullptr);
        EXPECT_EQ(sample.level, incident->level) << sample.at.toString(Qt::ISODate).toStdString();
        EXPECT_GE(sample.suggested, 0) << "the typhoon plan is evaluated at " << sample.at.toString(Qt::ISODate).toStdString();
        differs += sample.suggested != sample.level ? 1 : 0;
        if (sample.stormKm && (!nearest || *sample.stormKm < *nearest->stormKm))
            nearest = &sample;
        circleOverCity = circleOverCity || sample.circleAtCity > 0;
    }
    EXPECT_GT(differs, 0);
    ASSERT_NE(nearest, nullptr);
    EXPECT_LT(*nearest->stormKm, 150.0) << "Mangkhut passed south of Zhuhai to landfall at Taishan";
    EXPECT_TRUE(circleOverCity) << "its force-7 circle covered the city's districts";
    // Four level changes and the peak (the storm nearest), in time order, each with its map.
    ASSERT_EQ(review->moments.size(), 5);
    const auto peak = std::find_if(review->moments.begin(), review->moments.end(),
                                   [](const reports::ReviewMoment &m) { return m.caption.contains(QStringLiteral("峰值 peak")); });
    ASSERT_NE(peak, review->moments.end());
    EXPECT_EQ(peak->at, nearest->at);
    for (int i = 1; i < review->moments.size(); ++i)
        EXPECT_LT(review->moments[i - 1].at, review->moments[i].at);
    for (const reports::ReviewMoment &moment : review->moments) {
        const QImage map = review->maps.value(moment.name);
        ASSERT_FALSE(map.isNull()) << moment.name.toStdString();
        EXPECT_EQ(map.size(), QSize(1800, 1200));
        EXPECT_GT(distinctColours(map), 200) << moment.name.toStdString() << ": boundaries, track and labels drawn";
    }
    EXPECT_NE(review->maps.value(QStringLiteral("map-1")), review->maps.value(peak->name)) << "the storm moved";
    // The record as `journal verify` sees it.
    auto verified = store::verifyJournal(*m_journal);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(review->record.verifies);
    EXPECT_EQ(review->record.entries, verified->entries);
    EXPECT_EQ(review->record.headHash, QString::fromLatin1(verified->headHash.toHex()));
    // No station or rain data for 2018 in this workspace: every step says so, never an all-clear.
    for (const reports::SourceRecord &source : reports::sourceRecords(review->samples)) {
        if (source.part == QLatin1String("stations") || source.part == QLatin1String("rainfall")) {
            EXPECT_EQ(source.stepsWithoutData, 49) << source.part.toStdString();
        }
        if (source.part == QLatin1String("cyclones")) {
            EXPECT_EQ(source.stepsWithoutData, 0);
        }
    }

    // The text: what the record says, as a golden file (the hash masked: it covers record times).
    const reports::ReviewDocument document = reports::draftReview(*review);
    EXPECT_TRUE(document.exercise);
    EXPECT_TRUE(document.text.contains(QStringLiteral("核验通过 verifies")));
    EXPECT_TRUE(document.text.contains(QStringLiteral("| 续报三 follow-up 3 | 2018-09-16 17:00 | — | 未报 missed |"))) << "17:00 on the 16th passed unreported";
    EXPECT_TRUE(document.text.contains(QStringLiteral("| 2018-09-15 17:20 | 2018-09-15 17:33 | 2018-09-15 18:15 | +41 min |"))) << "ETA against arrival";
    for (const QString &figure : {QStringLiteral("chart-level"), QStringLiteral("chart-storm"), QStringLiteral("map-5")})
        EXPECT_TRUE(document.figures.contains(figure) && !document.figures.value(figure).isNull()) << figure.toStdString();
    EXPECT_FALSE(document.figures.contains(QStringLiteral("chart-rain"))) << "no rain data: no chart, the text says why";
    QString masked = document.text;
    masked.replace(QRegularExpression(QStringLiteral("[0-9a-f]{16,64}")), QStringLiteral("HASH"));
    const QString difference = test::goldenDifference(QStringLiteral("reports/review-mangkhut.txt"), masked.toUtf8());
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
}

// The desk reads the record in its own language (the Chinese translation loaded, as on a Chinese
// desk); an issued review keeps the record's own words, whatever language exports it.
TEST_F(MangkhutExerciseTest, TheTimelineFollowsTheInterfaceLanguageAndTheReviewKeepsTheRecordsWords)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(LOOKOUT_ZH_QM))) << LOOKOUT_ZH_QM;
    QCoreApplication::installTranslator(&chinese);
    const incidents::RecordState record = knownAt(utc(2018, 9, 18, 0));
    const incidents::Incident *incident = record.incidents.find(QStringLiteral("2018-001"));
    ASSERT_NE(incident, nullptr);
    QHash<QString, incidents::TimelineItem> first;
    for (const incidents::TimelineItem &item : incident->timeline)
        if (!first.contains(item.kind))
            first.insert(item.kind, item);
    const incidents::TimelineItem opened = first.value(incidents::kinds::kIncidentOpened);
    EXPECT_TRUE(opened.text.startsWith(QStringLiteral("立案："))) << opened.text.toStdString();
    EXPECT_TRUE(opened.recordText.startsWith(QStringLiteral("opened: "))) << opened.recordText.toStdString();
    const incidents::TimelineItem level = first.value(incidents::kinds::kIncidentLevel);
    EXPECT_TRUE(level.text.contains(QStringLiteral("启动 Ⅳ 级响应"))) << level.text.toStdString();
    EXPECT_TRUE(level.recordText.startsWith(QStringLiteral("start to level Ⅳ by "))) << level.recordText.toStdString();
    const incidents::TimelineItem released = first.value(incidents::kinds::kDispatchReleased);
    EXPECT_TRUE(released.text.startsWith(QStringLiteral("已撤回："))) << released.text.toStdString();
    EXPECT_TRUE(released.recordText.startsWith(QStringLiteral("released: "))) << released.recordText.toStdString();

    ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("plans_folder"), test::packagingData(QStringLiteral("plans"))).ok());
    auto review = app::collectReview(*m_workspace, QStringLiteral("2018-001"), utc(2018, 9, 18, 0), kContext, {});
    QCoreApplication::removeTranslator(&chinese);
    ASSERT_TRUE(review.ok()) << review.error().toString().toStdString();
    const QString text = reports::draftReview(*review).text;
    EXPECT_TRUE(text.contains(QStringLiteral("| opened: "))) << "the record's words";
    EXPECT_FALSE(text.contains(QStringLiteral("立案："))) << "not the exporting desk's language";
}

TEST_F(MangkhutExerciseTest, TheReviewPdfListsEachSectionOnThePageItIsOnAndItsHtmlLinksItsFigures)
{
    auto review = app::buildReview(*m_workspace, QStringLiteral("2018-001"), utc(2018, 9, 18, 0), kContext, {});
    ASSERT_TRUE(review.ok()) << review.error().toString().toStdString();
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    ASSERT_TRUE(reports::writeReportPdf(review->text, pdf, review->exercise, false, review->figures).ok());
    EXPECT_TRUE(test::run(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("NotoSansCJK")));
    // The pages as text (NFKC: Qt writes some CJK glyphs as Kangxi radicals).
    QStringList pages;
    for (int page = 1;; ++page) {
        const QString text = test::run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                      QString::number(page), pdf, QStringLiteral("-")});
        if (text.trimmed().isEmpty() || page > 40)
            break;
        pages << text.normalized(QString::NormalizationForm_KC);
    }
    ASSERT_GE(pages.size(), 6);
    ASSERT_TRUE(pages[1].contains(QStringLiteral("目录 Contents")));
    static const QRegularExpression entry(QStringLiteral("^\\s*(\\S+、\\S+.*?)\\s{2,}(\\d+)\\s*$"));
    int checked = 0;
    for (const QString &line : pages[1].split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = entry.match(line);
        if (!match.hasMatch())
            continue;
        const QString heading = match.captured(1).trimmed();
        int found = 0;
        for (int page = 2; page < pages.size() && !found; ++page)
            for (const QString &pageLine : pages[page].split(QLatin1Char('\n')))
                if (pageLine.trimmed() == heading)
                    found = page + 1;
        EXPECT_EQ(found, match.captured(2).toInt()) << heading.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 14) << pages[1].toStdString();
    EXPECT_TRUE(pages.back().contains(QStringLiteral("%1 / %1").arg(pages.size()))) << "page numbers";

    const QString folder = m_dir.filePath(QStringLiteral("review-html"));
    ASSERT_TRUE(reports::writeReportHtml(review->text, folder, true, review->figures).ok());
    const QString html = QString::fromUtf8(test::readBytes(QDir(folder).filePath(QStringLiteral("index.html"))));
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"#s1\">一、概述 Summary</a>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h2 id=\"s1\" style=\"page-break-before: always\">一、概述 Summary</h2>")));
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    int images = 0;
    for (auto it = image.globalMatch(html); it.hasNext(); ++images)
        EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(it.next().captured(1))));
    EXPECT_EQ(images, review->figures.size());
}

TEST(ReviewSources, AgesBeyondAPartsLimitNoDataAndFailingFeedsAreGapsAndASpanRunsWhileTheyLast)
{
    QList<reports::ReviewSample> samples;
    const QDateTime start = utc(2018, 9, 15, 0);
    for (int hour = 0; hour < 10; ++hour) {
        reports::ReviewSample sample;
        sample.at = start.addSecs(hour * 3600);
        reports::PartAge track{QStringLiteral("cyclones"), situation::DataState::Reported, {QStringLiteral("CH2018BST.txt")}, start, std::nullopt};
        reports::PartAge stations{QStringLiteral("stations"), situation::DataState::Reported, {}, sample.at.addSecs(-600), std::nullopt};
        if (hour == 2 || hour == 3)
            stations.newest = QDateTime();  // no data
        if (hour == 5)
            stations.feedState = feeds::SourceHealth::State::Failing;
        sample.ages = {track, stations};
        samples << sample;
    }
    const QList<reports::SourceRecord> records = reports::sourceRecords(samples);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].oldestAgeSeconds, 9 * 3600);
    ASSERT_EQ(records[0].gaps.size(), 1) << "older than 6 h from hour 7 on";
    EXPECT_EQ(records[0].gaps[0], std::pair(start.addSecs(7 * 3600), start.addSecs(9 * 3600)));
    EXPECT_EQ(records[1].stepsWithoutData, 2);
    EXPECT_EQ(records[1].stepsFailing, 1);
    ASSERT_EQ(records[1].gaps.size(), 2);
    EXPECT_EQ(records[1].gaps[0], std::pair(start.addSecs(2 * 3600), start.addSecs(3 * 3600)));
    EXPECT_EQ(records[1].gaps[1], std::pair(start.addSecs(5 * 3600), start.addSecs(5 * 3600)));
}

TEST(ReportText, TablesPageBreaksAndContentsBecomeHtml)
{
    const QString html = reports::reportHtml(QStringLiteral("# T\n## Before\n[[toc]]\n---\n## A\n| h1 | h2 |\n| <x> | y｜z |\n\n## B\ntext\n"), false);
    EXPECT_TRUE(html.contains(QStringLiteral("<tr><th>h1</th><th>h2</th></tr>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<tr><td>&lt;x&gt;</td><td>y｜z</td></tr>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"#s1\">A</a>")) && html.contains(QStringLiteral("<a href=\"#s2\">B</a>")));
    EXPECT_FALSE(html.contains(QStringLiteral(">Before</a>"))) << "the contents list what follows them";
    EXPECT_TRUE(html.contains(QStringLiteral("<h2 id=\"s1\" style=\"page-break-before: always\">A</h2>")));
}
