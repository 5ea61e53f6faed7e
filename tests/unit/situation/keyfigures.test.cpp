// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The wall's key figures and takeovers from real files: Mangkhut's distance and outermost wind
// circle, no data never read as zero, Hurricane Laura's extreme warning taking the wall over
// until it is acknowledged, and a wall whose map it is not on left alone.
#include "situationfixture.h"

#include "situation/keyfigures.h"
#include "situation/takeovers.h"
#include "store/warningstore.h"

using namespace lookout;
using situation::KeyFigure;
using test::SituationTest;

namespace {

const KeyFigure &figure(const QList<KeyFigure> &figures, KeyFigure::Kind kind)
{
    for (const KeyFigure &f : figures)
        if (f.kind == kind)
            return f;
    static const KeyFigure none;
    ADD_FAILURE() << "no figure of kind " << int(kind);
    return none;
}

} // namespace

TEST_F(SituationTest, MangkhutsDistanceAndOutermostCircleAreTheStormFigure)
{
    importDistricts();
    for (const char *file : {"CH2018BST.txt", "wztf_201822_Mangkhut.json", "bwp262018.dat"})
        ingest(test::sharedData(QStringLiteral("typhoon/") + QString::fromLatin1(file)), QString::fromLatin1(file));
    const situation::Situation s = situationAt(test::utc(2018, 9, 16, 0));
    const QList<KeyFigure> figures = situation::keyFigures(s);
    ASSERT_EQ(figures.size(), 10);
    const KeyFigure &storm = figure(figures, KeyFigure::Kind::Storm);
    EXPECT_EQ(storm.state, situation::DataState::Reported);
    EXPECT_TRUE(storm.subject.startsWith(QStringLiteral("MANGKHUT"))) << storm.subject.toStdString();
    ASSERT_FALSE(s.cyclones.storms.front().distances.isEmpty());
    double nearest = 1e9;
    QString where;
    for (const auto &d : s.cyclones.storms.front().distances)
        if (d.kilometres < nearest) {
            nearest = d.kilometres;
            where = d.district;
        }
    EXPECT_DOUBLE_EQ(storm.amount, nearest);
    EXPECT_EQ(storm.where, where);
    EXPECT_NEAR(storm.amount, 282.8, 0.1) << "a day before landfall, 283 km from 香洲区 (the golden situation's figure)";
    EXPECT_EQ(storm.force7Label, QStringLiteral("7级")) << "CMA's force-7 circle is the outermost";
    EXPECT_TRUE(storm.inside) << "Mangkhut's force-7 circle already covered the districts";
    EXPECT_FALSE(storm.force7At.isValid());
    EXPECT_EQ(storm.newest, s.cyclones.source.newest);
    EXPECT_EQ(storm.focus, situation::TourFocus::Typhoon);
    // Only the storm has data: the water, rain and fire figures say no data, not zero.
    for (KeyFigure::Kind kind : {KeyFigure::Kind::Stations, KeyFigure::Kind::Rainfall, KeyFigure::Kind::FireEvents, KeyFigure::Kind::Incidents})
        EXPECT_EQ(figure(figures, kind).state, situation::DataState::NoData) << int(kind);
    EXPECT_TRUE(situation::hasContent(s, situation::TourFocus::Typhoon));
    for (situation::TourFocus focus : {situation::TourFocus::Water, situation::TourFocus::Rain, situation::TourFocus::Fire,
                                       situation::TourFocus::Incidents, situation::TourFocus::Resources})
        EXPECT_FALSE(situation::hasContent(s, focus)) << situation::toString(focus).toStdString();
}

TEST_F(SituationTest, AnEmptyWorkspaceHasNoFigureAndNothingToTour)
{
    const situation::Situation s = situationAt(test::utc(2025, 1, 1, 0));
    for (const KeyFigure &f : situation::keyFigures(s))
        EXPECT_EQ(f.state, situation::DataState::NoData) << int(f.kind);
    for (situation::TourFocus focus : situation::kTourOrder)
        EXPECT_FALSE(situation::hasContent(s, focus));
    EXPECT_TRUE(situation::pendingTakeovers(s).isEmpty());
    EXPECT_EQ(situation::tourFocusFromString(QStringLiteral("rain")), situation::TourFocus::Rain);
    EXPECT_FALSE(situation::tourFocusFromString(QStringLiteral("wind")).has_value());
}

TEST_F(SituationTest, AnExtremeWarningTakesTheWallOverUntilItIsAcknowledged)
{
    const QString file = QStringLiteral("us-nws_hurricane-laura-warning_update_multipolygon.xml");
    ingest(test::sharedData(QStringLiteral("warnings/") + file), file, true);
    const QDateTime sent = QDateTime::fromString(QStringLiteral("2020-08-26T04:14:00-05:00"), Qt::ISODate).toUTC();
    situation::Situation s = situationAt(sent.addSecs(3600));
    const KeyFigure warnings = figure(situation::keyFigures(s), KeyFigure::Kind::Warnings);
    EXPECT_EQ(warnings.state, situation::DataState::Reported);
    EXPECT_EQ(warnings.byLevel[1], 1) << "Extreme is red";
    EXPECT_EQ(warnings.total, 1);
    EXPECT_EQ(warnings.count, 1) << "not acknowledged";
    QList<situation::Takeover> pending = situation::pendingTakeovers(s);
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.front().kind, situation::Takeover::Kind::Warning);
    EXPECT_EQ(pending.front().level, 1);
    EXPECT_EQ(pending.front().since, sent);
    EXPECT_EQ(pending.front().key, situation::warningTakeoverKey(pending.front().warning));
    ASSERT_TRUE(pending.front().entry.has_value());
    // A wall whose map this warning is not on is not taken over, and does not count it.
    const situation::WarningFilter elsewhere = [](const incidents::WarningEntry &) { return false; };
    EXPECT_TRUE(situation::pendingTakeovers(s, elsewhere).isEmpty());
    EXPECT_EQ(figure(situation::keyFigures(s, elsewhere), KeyFigure::Kind::Warnings).state, situation::DataState::NothingToReport);

    // The desk acknowledges it: the takeover ends, the warning still counts, acknowledged.
    store::WarningAcknowledgement acknowledgement{pending.front().warning.sender, pending.front().warning.identifier,
                                                  QStringLiteral("王值班"), QStringLiteral("desk-1"), sent.addSecs(5400), {}};
    ASSERT_TRUE(store::WarningStore(m_workspace->database()).acknowledge(acknowledgement).ok());
    s = situationAt(sent.addSecs(7200));
    EXPECT_TRUE(situation::pendingTakeovers(s).isEmpty());
    const KeyFigure after = figure(situation::keyFigures(s), KeyFigure::Kind::Warnings);
    EXPECT_EQ(after.total, 1);
    EXPECT_EQ(after.count, 0);
    // As known before the acknowledgement, it still held the wall.
    EXPECT_EQ(situation::pendingTakeovers(situationAt(sent.addSecs(3600))).size(), 1);
}

// A plan suggesting another level takes the wall over; its acknowledgement holds a day, then the
// wall reminds (it may be acknowledged again); the key names its episode.
TEST(Takeovers, ASuggestionsAcknowledgementHoldsADayThenTheWallReminds)
{
    situation::Situation s;
    s.at = test::utc(2018, 9, 15, 3);
    situation::PlanSuggestion suggestion;
    suggestion.planId = QStringLiteral("zhuhai-typhoon");
    suggestion.title = QStringLiteral("珠海市防风应急响应");
    suggestion.suggested = 4;
    s.plans.suggestions = {suggestion};
    QList<situation::Takeover> pending = situation::pendingTakeovers(s);
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.front().kind, situation::Takeover::Kind::Suggestion);
    EXPECT_EQ(pending.front().key, QStringLiteral("suggestion:zhuhai-typhoon:4:0:0"));

    const incidents::Actor desk{QStringLiteral("li.duty"), QStringLiteral("desk"), s.at};
    auto draft = s.incidents.record.duty.acknowledgeTakeover(pending.front().key, QStringLiteral("Ⅳ"), {}, desk);
    ASSERT_TRUE(draft.ok());
    store::JournalEntry entry;
    entry.sequence = 1;
    entry.atMs = s.at.toMSecsSinceEpoch();
    entry.user = desk.user;
    entry.kind = draft->kind;
    entry.payload = QJsonDocument(draft->payload).toJson(QJsonDocument::Compact);
    s.incidents.record.duty.apply(entry);
    EXPECT_TRUE(situation::pendingTakeovers(s).isEmpty());
    EXPECT_FALSE(s.incidents.record.duty.acknowledgeTakeover(pending.front().key, {}, {}, desk).ok()) << "acknowledged once";

    s.at = s.at.addSecs(25 * 3600);  // a day later the plan still suggests Ⅳ and nothing is in force
    ASSERT_EQ(situation::pendingTakeovers(s).size(), 1);
    EXPECT_TRUE(s.incidents.record.duty.acknowledgeTakeover(pending.front().key, {}, {}, {desk.user, desk.seat, s.at}).ok());
    // Nothing suggested and nothing in force is no news.
    s.plans.suggestions.front().suggested = 0;
    EXPECT_TRUE(situation::pendingTakeovers(s).isEmpty());
}
