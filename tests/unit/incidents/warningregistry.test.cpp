// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Update/Cancel chains, expiry, non-Actual messages and acknowledgements, on real CAP messages.
#include "feeds/capparser.h"
#include "incidents/warningregistry.h"
#include "tests/support/testdata.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace lookout;
using namespace lookout::incidents;

namespace {

qint64 nextId = 1;

store::StoredWarning stored(const QByteArray &xml, const QString &name)
{
    auto alert = feeds::parseCapAlert(xml, name);
    EXPECT_TRUE(alert.ok()) << name.toStdString() << (alert ? "" : alert.error().toString().toStdString());
    store::StoredWarning message;
    message.id = nextId++;
    message.alert = alert ? *alert : feeds::CapAlert();
    message.xml = xml;
    message.receivedAt = message.alert.sent;
    message.source = name;
    return message;
}

store::StoredWarning real(const char *file)
{
    const QString name = QString::fromLatin1(file);
    return stored(test::readBytes(test::sharedData(QStringLiteral("warnings/") + name)), name);
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

const WarningEntry *entryFor(const QList<WarningEntry> &entries, const QString &identifier)
{
    for (const WarningEntry &entry : entries)
        if (entry.head.alert.identifier == identifier)
            return &entry;
    return nullptr;
}

// The OASIS chain2 update turned into a Cancel of itself (a third message of the chain).
QByteArray cancelOfChain2()
{
    QByteArray xml = test::readBytes(test::sharedData(QStringLiteral("warnings/chain2_oasis-cap12-appxA3_earthquake_update.xml")));
    const auto alert = feeds::parseCapAlert(xml, QStringLiteral("chain2"));
    EXPECT_TRUE(alert.ok());
    xml.replace("<msgType>Update</msgType>", "<msgType>Cancel</msgType>");
    xml.replace("TRI13970876.2", "TRI13970876.3");
    const qsizetype from = xml.indexOf("<references>");
    const qsizetype to = xml.indexOf("</references>");
    const QByteArray references = "<references>" + (alert->sender + QStringLiteral(",TRI13970876.2,2003-06-11T20:56:00-07:00")).toUtf8();
    xml.replace(from, to - from, references);
    xml.replace(alert->sent.toOffsetFromUtc(-7 * 3600).toString(Qt::ISODate).toUtf8(), "2003-06-12T02:00:00-07:00");
    return xml;
}

} // namespace

TEST(WarningRegistry, UpdateChainShowsOnlyTheHead)
{
    const QList<store::StoredWarning> messages{real("chain1_oasis-cap11-appxA3_earthquake_alert.xml"),
                                               real("chain2_oasis-cap12-appxA3_earthquake_update.xml")};
    // Both orders of arrival give the same head.
    for (const auto &order : {messages, QList<store::StoredWarning>{messages[1], messages[0]}}) {
        const QList<WarningEntry> entries = resolveWarnings(order, {}, {});
        ASSERT_EQ(entries.size(), 1);
        EXPECT_EQ(entries[0].head.alert.identifier, QStringLiteral("TRI13970876.2"));
        EXPECT_EQ(entries[0].chain, (QList<qint64>{messages[0].id, messages[1].id}));
        EXPECT_EQ(entries[0].unknownPredecessors, 0);
    }
    // Known only the first: it is its own head.
    const QList<WarningEntry> early = resolveWarnings({messages[0]}, {}, {});
    ASSERT_EQ(early.size(), 1);
    EXPECT_EQ(early[0].head.alert.identifier, QStringLiteral("TRI13970876.1"));
}

TEST(WarningRegistry, CancelEndsTheChain)
{
    const QList<store::StoredWarning> messages{real("chain1_oasis-cap11-appxA3_earthquake_alert.xml"),
                                               real("chain2_oasis-cap12-appxA3_earthquake_update.xml"),
                                               stored(cancelOfChain2(), QStringLiteral("cancel.xml"))};
    const QList<WarningEntry> entries = resolveWarnings(messages, {}, {});
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].head.alert.identifier, QStringLiteral("TRI13970876.3"));
    EXPECT_EQ(entries[0].state, WarningState::Cancelled);
    EXPECT_FALSE(entries[0].countsAsLive());
    EXPECT_EQ(entries[0].chain.size(), 3);
    ASSERT_EQ(entries[0].history.size(), 3);
    EXPECT_EQ(entries[0].history[0].msgType, feeds::CapMsgType::Alert);
    EXPECT_EQ(entries[0].history[1].msgType, feeds::CapMsgType::Update);
    EXPECT_EQ(entries[0].history[2].msgType, feeds::CapMsgType::Cancel);
    EXPECT_EQ(entries[0].history[2].identifier, QStringLiteral("TRI13970876.3"));
}

TEST(WarningRegistry, SelfReferencesAllClearUnknownPredecessorsAndExpiry)
{
    const QList<store::StoredWarning> messages{
        real("mo-smg_monsoon_update_allclear_zh-pt-en.xml"), real("us-nws_hurricane-laura-warning_update_multipolygon.xml"),
        real("au-bom_warning.xml"), real("de-bbk-mowas_cancel_9lang.xml")};
    // Asked at 2019-01-16 04:00 UTC: the BoM thunderstorm warning (expires 06:15) is live.
    const QList<WarningEntry> entries = resolveWarnings(messages, {}, utc(2019, 1, 16, 4));
    ASSERT_EQ(entries.size(), 4);
    const WarningEntry *macao = entryFor(entries, QStringLiteral("SMG-Weather_MS_2025_006_03"));
    ASSERT_NE(macao, nullptr);
    EXPECT_EQ(macao->state, WarningState::AllClear);  // its self-reference did not supersede it
    EXPECT_EQ(macao->level, WarningLevel::Yellow);     // Moderate
    const WarningEntry *laura = entryFor(entries, QStringLiteral("NWS-IDP-PROD-4412298-3677414"));
    ASSERT_NE(laura, nullptr);
    EXPECT_EQ(laura->unknownPredecessors, 8);  // an Update whose predecessors were never received
    const WarningEntry *bom = entryFor(entries, QStringLiteral("AusBoM-IDN21033-2019-01-16T03:15:58+00:00"));
    ASSERT_NE(bom, nullptr);
    EXPECT_EQ(bom->state, WarningState::Live);
    EXPECT_TRUE(bom->countsAsLive());
    EXPECT_EQ(entries.front().head.alert.identifier, bom->head.alert.identifier);  // live first
    // Three hours later it has expired.
    const QList<WarningEntry> later = resolveWarnings(messages, {}, utc(2019, 1, 16, 7));
    EXPECT_EQ(entryFor(later, bom->head.alert.identifier)->state, WarningState::Expired);
    // Before it was effective it is pending.
    const QList<WarningEntry> before = resolveWarnings(messages, {}, utc(2019, 1, 16, 3));
    EXPECT_EQ(entryFor(before, bom->head.alert.identifier)->state, WarningState::Pending);
    // The MoWaS Cancel is cancelled although it carries info blocks.
    const WarningEntry *mowas = entryFor(entries, QStringLiteral("mow.DE-HE-KS-SE106-20250313-106-001"));
    ASSERT_NE(mowas, nullptr);
    EXPECT_EQ(mowas->state, WarningState::Cancelled);
}

TEST(WarningRegistry, TestMessagesNeverCountAsLive)
{
    const QList<store::StoredWarning> messages{real("ch-alertswiss_status-Test.xml"),
                                               real("ph-pagasa_tc-alert_status-Test_signed.xml")};
    const QList<WarningEntry> entries = resolveWarnings(messages, {}, {});
    ASSERT_EQ(entries.size(), 2);
    for (const WarningEntry &entry : entries) {
        EXPECT_FALSE(entry.isActual());
        EXPECT_FALSE(entry.countsAsLive());
    }
    // An Exercise made from a real Actual message is marked the same way.
    QByteArray exercise = test::readBytes(test::sharedData(QStringLiteral("warnings/au-bom_warning.xml")));
    exercise.replace("<cap:status>Actual</cap:status>", "<cap:status>Exercise</cap:status>");
    const QList<WarningEntry> drill = resolveWarnings({stored(exercise, QStringLiteral("drill.xml"))}, {}, utc(2019, 1, 16, 4));
    ASSERT_EQ(drill.size(), 1);
    EXPECT_EQ(drill[0].state, WarningState::Live);
    EXPECT_FALSE(drill[0].countsAsLive());
}

TEST(WarningRegistry, AcknowledgementOfAnyChainMemberAsKnownAt)
{
    const QList<store::StoredWarning> messages{real("chain1_oasis-cap11-appxA3_earthquake_alert.xml"),
                                               real("chain2_oasis-cap12-appxA3_earthquake_update.xml")};
    const feeds::CapAlert &first = messages[0].alert;
    const QDateTime ackTime = first.sent.addSecs(600);
    const store::WarningAcknowledgement ack{first.sender, first.identifier, QStringLiteral("李值班"), QStringLiteral("desk 2"),
                                            ackTime, {}};
    const QList<WarningEntry> after = resolveWarnings(messages, {ack}, ackTime);
    ASSERT_TRUE(after[0].acknowledgement.has_value());
    EXPECT_EQ(after[0].acknowledgement->acknowledgedBy, QStringLiteral("李值班"));
    const QList<WarningEntry> before = resolveWarnings(messages, {ack}, ackTime.addSecs(-1));
    EXPECT_FALSE(before[0].acknowledgement.has_value());
}

TEST(WarningRegistry, LevelsFromSeverity)
{
    EXPECT_EQ(levelFromSeverity(feeds::CapSeverity::Minor), WarningLevel::Blue);
    EXPECT_EQ(levelFromSeverity(feeds::CapSeverity::Moderate), WarningLevel::Yellow);
    EXPECT_EQ(levelFromSeverity(feeds::CapSeverity::Severe), WarningLevel::Orange);
    EXPECT_EQ(levelFromSeverity(feeds::CapSeverity::Extreme), WarningLevel::Red);
    EXPECT_EQ(levelFromSeverity(feeds::CapSeverity::Unknown), WarningLevel::None);
    EXPECT_EQ(levelNameZh(WarningLevel::Orange), QStringLiteral("橙色"));
}

TEST(WarningRegistry, AMessageWithoutExpiryDoesNotStayLiveForEver)
{
    const store::StoredWarning amber = real("oasis-cap12-appxA4_amber_en-es.xml");
    ASSERT_FALSE(amber.alert.expires().isValid());
    const QDateTime sent = amber.alert.sent;
    EXPECT_EQ(resolveWarnings({amber}, {}, sent.addSecs(3600))[0].state, WarningState::Live);
    EXPECT_EQ(resolveWarnings({amber}, {}, sent.addDays(3))[0].state, WarningState::Expired);
    RegistryOptions week;
    week.maxSecondsWithoutExpiry = 7 * 24 * 3600;
    EXPECT_EQ(resolveWarnings({amber}, {}, sent.addDays(3), week)[0].state, WarningState::Live);
}
