// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Incident reports and the daily duty report of the Mangkhut exercise, recorded as the demo does:
// what each says (from the record and the situation then), their deadlines and what is overdue,
// and the PDF (Noto CJK embedded, read back with pdftotext) and HTML they export to.
#include "mangkhutexercise.h"
#include "scenarioactions.h"

#include "situation/situationjson.h"
#include "tests/support/golden.h"

#include "reports/incidentreport.h"
#include "reports/reportdeadlines.h"
#include "reports/reporttext.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace lookout;
using test::run;
using test::utc;
using test::MangkhutExerciseTest;

TEST_F(MangkhutExerciseTest, TheExerciseIssuesAFirstReportTwoFollowUpsADailyReportAndAFinalReportThatSayWhatTheRecordSays)
{
    const incidents::RecordState state = knownAt({});
    const QList<incidents::IssuedReport> &reports = state.releases.reports();
    ASSERT_EQ(reports.size(), 5);
    using incidents::ReportType;
    EXPECT_EQ(reports[0].type, ReportType::Initial);
    EXPECT_EQ(reports[1].type, ReportType::Followup);
    EXPECT_EQ(reports[1].title, QStringLiteral("【演练】防御台风“山竹”(1822) Typhoon Mangkhut 续报一 (follow-up report 1)"));
    EXPECT_EQ(reports[2].title.contains(QStringLiteral("续报二")), true);
    EXPECT_EQ(reports[3].type, ReportType::Daily);
    EXPECT_EQ(reports[4].type, ReportType::Final);
    for (const incidents::IssuedReport &report : reports)
        EXPECT_FALSE(report.late()) << report.title.toStdString() << " issued " << report.issuedAt.toString(Qt::ISODate).toStdString();

    // The first report, before the response starts: the incident and its places, no losses entered.
    const QString &first = reports[0].text;
    EXPECT_TRUE(first.contains(QStringLiteral("台山市 (440781)"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("未启动应急响应")));
    EXPECT_TRUE(first.contains(QStringLiteral("尚未录入人员伤亡和损失数字"))) << "never estimated";
    EXPECT_TRUE(first.contains(QStringLiteral("台风“山竹”（MANGKHUT）"))) << "the storm as known then";
    // The second follow-up (07:50 on the 16th): level Ⅱ, the 800 evacuated as entered, the two dispatches.
    const QString &second = reports[2].text;
    EXPECT_TRUE(second.contains(QStringLiteral("提升至Ⅱ级应急响应"))) << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("转移安置 800 人")));
    EXPECT_TRUE(second.contains(QStringLiteral("调派 team-xz-1")));
    EXPECT_TRUE(second.contains(QStringLiteral("请求 request-1：pumps × 6"))) << "the open request goes up";
    // The final report: the figures entered later, the summary, the state now and next steps.
    const QString &last = reports[4].text;
    EXPECT_TRUE(last.contains(QStringLiteral("转移安置 12600 人")));
    EXPECT_TRUE(last.contains(QStringLiteral("六、总结、现状与下一步")));
    EXPECT_TRUE(last.contains(QStringLiteral("最高响应级别 Ⅱ级")));
    EXPECT_TRUE(last.contains(QStringLiteral("应急响应已终止")));
    // The daily report of the 15th: the roster, the level changes, the instruction and its report.
    const QString &daily = reports[3].text;
    EXPECT_TRUE(daily.startsWith(QStringLiteral("# 【含演练】值班日报 2018-09-15"))) << daily.left(80).toStdString();
    EXPECT_TRUE(daily.contains(QStringLiteral("李值班 li.duty")));
    EXPECT_TRUE(daily.contains(QStringLiteral("Ⅲ级应急响应")));
    EXPECT_TRUE(daily.contains(QStringLiteral("确保海上作业人员全部回港")));
    EXPECT_TRUE(daily.contains(QStringLiteral("调派 shelter-dm-1")));
}

TEST_F(MangkhutExerciseTest, DeadlinesFollowTheGradeAndTheFixedTimesAndMissedOnesAreOverdue)
{
    const incidents::RecordState later = knownAt(utc(2018, 9, 17, 12));
    const incidents::Incident *incident = later.incidents.find(QStringLiteral("2018-001"));
    ASSERT_NE(incident, nullptr);
    const QList<reports::ReportDue> due = reports::reportsDue(*incident, later.releases, {}, utc(2018, 9, 17, 12));
    ASSERT_GE(due.size(), 6);
    EXPECT_EQ(due[0].deadline, utc(2018, 9, 15, 4)) << "learnt at 10:00 Beijing with no level yet (Ⅳ): 120 minutes";
    EXPECT_EQ(due[1].deadline, utc(2018, 9, 15, 9)) << "17:00 Beijing";
    EXPECT_EQ(due[2].deadline, utc(2018, 9, 16, 0)) << "08:00 Beijing";
    EXPECT_TRUE(due[3].overdueAt(utc(2018, 9, 17, 12))) << "17:00 on the 16th was missed";
    EXPECT_EQ(due.back().type, incidents::ReportType::Final);
    EXPECT_EQ(due.back().deadline, utc(2018, 9, 18, 2)) << "24 h after the response ended";
    EXPECT_FALSE(due.back().late());

    auto rules = reports::deadlineRulesFromJson(R"({"initialMinutes": {"4": 45}, "followupTimes": ["09:00"], "finalHours": 12})");
    ASSERT_TRUE(rules.ok());
    EXPECT_EQ(rules->initialMinutes.value(4), 45);
    EXPECT_EQ(rules->followupTimes, (QList<QTime>{QTime(9, 0)}));
    for (const auto &[json, field] : {std::pair{R"({"initialMinutes": {"5": 10}})", "initialMinutes.5"}, std::pair{R"({"followupTimes": ["8h"]})", "followupTimes"},
                                      std::pair{R"({"finalHours": -1})", "finalHours"}}) {
        auto refused = reports::deadlineRulesFromJson(json);
        ASSERT_FALSE(refused.ok()) << json;
        EXPECT_EQ(refused.error().context.value(0), QString::fromLatin1(field));
    }
}

TEST_F(MangkhutExerciseTest, TheSituationCarriesWhatEachIncidentOwesAsEverySeatReadsIt)
{
    // The seat's completion fills the part: the same deadlines as `report due`, overdue counted.
    auto situation = app::workspaceSituation(*m_workspace, utc(2018, 9, 17, 12));
    ASSERT_TRUE(situation.ok());
    const situation::ReportsPart &part = situation->reports;
    const incidents::Incident *incident = situation->incidents.record.incidents.find(QStringLiteral("2018-001"));
    ASSERT_NE(incident, nullptr);
    const QList<reports::ReportDue> due = reports::reportsDue(*incident, situation->incidents.record.releases, {}, utc(2018, 9, 17, 12));
    ASSERT_EQ(part.due.size(), due.size());
    for (int i = 0; i < due.size(); ++i) {
        EXPECT_EQ(part.due[i].deadline, due[i].deadline);
        EXPECT_EQ(part.due[i].overdue, due[i].overdueAt(utc(2018, 9, 17, 12)));
    }
    EXPECT_EQ(part.overdue, 2) << "17:00 on the 16th and 08:00 on the 17th";
    const QByteArray json = QJsonDocument(situation::reportsJson(part)).toJson();
    const QString difference = test::goldenDifference(QStringLiteral("reports/reports-part-2018-09-17.json"), json);
    EXPECT_TRUE(difference.isEmpty()) << difference.toStdString();
    // A broken rule setting is said, not hidden: the defaults stand in.
    ASSERT_TRUE(m_workspace->setSetting(QStringLiteral("report_deadlines"), QStringLiteral("{\"finalHours\": -1}")).ok());
    auto broken = app::workspaceSituation(*m_workspace, utc(2018, 9, 17, 12));
    ASSERT_TRUE(broken.ok());
    EXPECT_TRUE(broken->reports.rulesProblem.contains(QStringLiteral("finalHours"))) << broken->reports.rulesProblem.toStdString();
    EXPECT_EQ(broken->reports.due.size(), part.due.size());
}

TEST_F(MangkhutExerciseTest, TheIssuedTextIsWhatThePdfAndTheHtmlSay)
{
    const incidents::IssuedReport report = knownAt({}).releases.reports().back();
    const QString pdf = m_dir.filePath(QStringLiteral("final.pdf"));
    ASSERT_TRUE(reports::writeReportPdf(report.text, pdf, true).ok());
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    EXPECT_TRUE(fonts.contains(QStringLiteral("NotoSansCJK"))) << fonts.toStdString();
    // Every font embedded: the "emb" column of each font line.
    static const QRegularExpression fontLine(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    int embedded = 0;
    for (const QString &line : fonts.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = fontLine.match(line);
        if (!match.hasMatch())
            continue;
        EXPECT_EQ(match.captured(1), QStringLiteral("yes")) << line.toStdString();
        ++embedded;
    }
    EXPECT_GE(embedded, 1);
    // Qt's PDF maps some CJK glyphs to their Kangxi-radical code points (⼈ for 人): read back under NFKC.
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(QStringLiteral("终报"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("转移安置 12600 人")));
    EXPECT_TRUE(text.contains(QStringLiteral("演练 EXERCISE"))) << "the exercise banner and footer";
    EXPECT_TRUE(text.contains(QStringLiteral("1 / ")));
    const QString html = reports::reportHtml(report.text, true);
    EXPECT_TRUE(html.contains(QStringLiteral(">六、总结、现状与下一步 (Summary, state now, next steps)</h2>")));
    EXPECT_TRUE(reports::reportHtml(QStringLiteral("# t\n<script>x</script>\n- a & b"), false).contains(QStringLiteral("&lt;script&gt;")));
    EXPECT_TRUE(reports::reportHtml(QStringLiteral("# t\n- a & b"), false).contains(QStringLiteral("<li>a &amp; b</li>")));
    EXPECT_EQ(reports::chineseNumber(2), QStringLiteral("二"));
    EXPECT_EQ(reports::chineseNumber(12), QStringLiteral("十二"));
    EXPECT_EQ(reports::chineseNumber(21), QStringLiteral("二十一"));
}
