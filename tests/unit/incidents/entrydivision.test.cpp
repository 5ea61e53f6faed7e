// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The division an entry concerns: what a shared server's row-level security keys on.
#include "incidents/entrydivision.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::incidents;

namespace {

const Actor kActor{QStringLiteral("li.duty"), QStringLiteral("desk"), QDateTime(QDate(2018, 9, 15), QTime(2, 0), QTimeZone::utc())};

store::JournalEntry asEntry(const store::JournalDraft &draft, qint64 sequence)
{
    store::JournalEntry entry;
    entry.sequence = sequence;
    entry.atMs = draft.at.toMSecsSinceEpoch();
    entry.user = draft.user;
    entry.seat = draft.seat;
    entry.kind = draft.kind;
    entry.payload = QJsonDocument(draft.payload).toJson(QJsonDocument::Compact);
    return entry;
}

} // namespace

TEST(EntryDivision, TheCommonDivisionIsTheSmallestHoldingEveryArea)
{
    EXPECT_EQ(commonDivision({QStringLiteral("440402005"), QStringLiteral("440402006")}), QStringLiteral("440402")) << "two towns of 香洲区";
    EXPECT_EQ(commonDivision({QStringLiteral("440402"), QStringLiteral("440403")}), QStringLiteral("4404")) << "two districts of 珠海市";
    EXPECT_EQ(commonDivision({QStringLiteral("440402"), QStringLiteral("440781")}), QStringLiteral("44")) << "珠海 and 江门: the province";
    EXPECT_EQ(commonDivision({QStringLiteral("440402005")}), QStringLiteral("440402005"));
    EXPECT_EQ(commonDivision({QStringLiteral("440402"), QStringLiteral("450102")}), QString()) << "no province in common";
    EXPECT_EQ(commonDivision({}), QString());
    EXPECT_EQ(commonDivision({QStringLiteral("440402"), QString()}), QString()) << "an area without a code";
}

TEST(EntryDivision, AnIncidentsEntriesCarryItsDivisionAndAnAreaItsOwn)
{
    RecordState state;
    auto opened = state.incidents.open(QStringLiteral("内涝"), Hazard::Flood, true,
                                       {AreaRef{QStringLiteral("440402005"), QStringLiteral("拱北街道")}, AreaRef{QStringLiteral("440402006"), QStringLiteral("香湾街道")}},
                                       {}, {}, kActor);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(entryDivision(state, *opened), QStringLiteral("440402"));
    state.apply(asEntry(*opened, 1));
    const QString id = state.incidents.incidents().front().id;
    auto note = state.incidents.note(id, QStringLiteral("水浸"), kActor);
    ASSERT_TRUE(note.ok());
    EXPECT_EQ(entryDivision(state, *note), QStringLiteral("440402"));
    auto log = state.duty.logEntry(QStringLiteral("巡查"), QString(), {}, kActor, AreaRef{QStringLiteral("440403107"), QStringLiteral("井岸镇")});
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(entryDivision(state, *log), QStringLiteral("440403107"));
    auto plain = state.duty.logEntry(QStringLiteral("交班"), QString(), {}, kActor, {});
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(entryDivision(state, *plain), QString()) << "public";
}
