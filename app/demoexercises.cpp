// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "demoexercises.h"

#include "demoreports.h"
#include "demoresources.h"

#include "analysis/fireevents.h"
#include "incidents/incidentledger.h"
#include "incidentareas.h"
#include "plans/planactivation.h"
#include "plans/resourcematching.h"
#include "situation/workspaceinputs.h"
#include "scenario.h"
#include "store/workspace.h"
#include "situation/stationsituation.h"
#include "situation/warningsituation.h"
#include "store/divisionstore.h"
#include "store/hotspotstore.h"
#include "store/sqlitejournal.h"

#include <QTimeZone>

namespace lookout::app {

namespace {

using incidents::Actor;
using incidents::RecordState;

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

const QString kDutyA = QStringLiteral("李值班 li.duty");
const QString kDutyB = QStringLiteral("王值班 wang.duty");
const QString kCommander = QStringLiteral("市三防指挥部总指挥（演练角色 exercise role）");
const QString kShiftRole = QStringLiteral("值班员 duty officer（演练排班 exercise roster）");

// The demo's areas by name, resolved to their codes through the workspace's divisions.
Result<QList<AreaRef>> areasNamed(store::Workspace &workspace, const QStringList &names, DivisionLevel level)
{
    const store::DivisionStore divisions(workspace.database());
    QList<AreaRef> areas;
    for (const QString &name : names) {
        auto area = store::resolveArea(divisions, name, level);
        if (!area)
            return area.error();
        areas.append(*area);
    }
    return areas;
}

Result<void> mangkhutExercise(store::Workspace &workspace, incidents::IncidentLedger &ledger, const plans::Plan &plan, const QByteArray &inventory)
{
    auto as = [](const QString &user, const QDateTime &at) { return Actor{user, QStringLiteral("desk-1"), at}; };
    auto areas = areasNamed(workspace, {QStringLiteral("台山市"), QStringLiteral("江海区"), QStringLiteral("新会区"), QStringLiteral("斗门区"),
                                        QStringLiteral("金湾区"), QStringLiteral("香洲区")}, DivisionLevel::District);
    if (!areas)
        return areas.error();
    using Step = std::function<Result<store::JournalDraft>(const RecordState &)>;
    QString id;
    auto level = [&](incidents::LevelAction action, int to, const QDateTime &at, const QString &reason) -> Step {
        return [&, action, to, at, reason](const RecordState &state) {
            const QString user = at < utc(2018, 9, 15, 12) ? kDutyA : kDutyB;
            return state.responses.activate(state.incidents, id, action, to, kCommander, reason, plans::planRef(plan),
                                            plans::tasksUpTo(plan, to), as(user, at));
        };
    };
    // A task of the plan's checklist reported done (an exercise inject), found by its action id.
    auto report = [&](const QString &action, const QDateTime &at, const QString &text) -> Step {
        return [&, action, at, text](const RecordState &state) -> Result<store::JournalDraft> {
            for (const incidents::ResponseTask &task : state.responses.tasks())
                if (task.incident == id && task.action == action)
                    return state.responses.reportTask(task.number, text, as(QStringLiteral("成员单位联络员（演练角色 exercise role）"), at));
            return makeError(Error::Code::NotFound, QStringLiteral("the plan has no action %1").arg(action));
        };
    };
    const QList<Step> before = {
        [&](const RecordState &state) {
            return state.duty.addShift(utc(2018, 9, 15, 0), utc(2018, 9, 15, 12), kDutyA, kShiftRole,
                                       as(QStringLiteral("admin"), utc(2018, 9, 14, 8)));
        },
        [&](const RecordState &state) {
            return state.duty.addShift(utc(2018, 9, 15, 12), utc(2018, 9, 16, 12), kDutyB, kShiftRole,
                                       as(QStringLiteral("admin"), utc(2018, 9, 14, 8)));
        },
        [&](const RecordState &state) {
            return state.incidents.open(QStringLiteral("防御台风“山竹”(1822) Typhoon Mangkhut"), incidents::Hazard::Typhoon, true,
                                        *areas, {}, {}, as(kDutyA, utc(2018, 9, 15, 2)));
        },
    };
    if (auto imported = importExerciseInventory(workspace, ledger, inventory, utc(2018, 9, 14, 8), QStringLiteral("admin")); !imported)
        return imported;
    for (const Step &step : before)
        if (auto entry = ledger.act(step); !entry)
            return entry.error();
    id = ledger.book().incidents().last().id;
    const QString shelterNeed = QStringLiteral("plan/%1/shelter-places/4404").arg(plan.id);
    const QString teamNeed = QStringLiteral("plan/%1/rescue-team/4404").arg(plan.id);
    // The commander confirms an assignment the matching proposes (as on the desk), and later its
    // arrival is reported: exercise injects.
    auto confirm = [&](const QString &need, const QString &resource, qint64 quantity, const QDateTime &at) -> Step {
        return [&, need, resource, quantity, at](const RecordState &state) {
            return proposedDispatch(workspace, state, plan, need, resource, quantity, as(at < utc(2018, 9, 15, 12) ? kDutyA : kDutyB, at));
        };
    };
    // A report drafted from the situation then and issued as drafted (the officer's inject).
    auto issue = [&](incidents::ReportType type, const QDateTime &at) -> Step {
        return [&, type, at](const RecordState &state) {
            return draftedReport(workspace, state, plan, type, type == incidents::ReportType::Daily ? QString() : id,
                                 as(at < utc(2018, 9, 15, 12) ? kDutyA : kDutyB, at));
        };
    };
    auto losses = [&](int injured, int evacuated, const QDateTime &at, const QString &note) -> Step {
        return [&, injured, evacuated, at, note](const RecordState &state) {
            incidents::LossFigures figures;
            figures.incident = id;
            figures.injured = injured;
            figures.evacuated = evacuated;
            figures.note = note;
            return state.releases.recordLosses(state.incidents, figures, as(at < utc(2018, 9, 15, 12) ? kDutyA : kDutyB, at));
        };
    };
    auto arrived = [&](int dispatch, const QDateTime &at) -> Step {
        return [&, dispatch, at](const RecordState &state) {
            return state.inventory.reportArrival(dispatch, as(QStringLiteral("现场指挥（演练角色 exercise role）"), at));
        };
    };
    const QList<Step> steps = {
        issue(incidents::ReportType::Initial, utc(2018, 9, 15, 2, 45)),
        level(incidents::LevelAction::Start, 4, utc(2018, 9, 15, 3), QStringLiteral("演练：台风蓝色预警，“山竹”24 小时内影响我市")),
        report(QStringLiteral("duty-watch"), utc(2018, 9, 15, 3, 40), QStringLiteral("24 小时值班已加强（演练注入 exercise inject）")),
        report(QStringLiteral("vessels-warned"), utc(2018, 9, 15, 8), QStringLiteral("已通知 1,200 余艘渔船回港（演练注入 exercise inject）")),
        issue(incidents::ReportType::Followup, utc(2018, 9, 15, 8, 55)),
        level(incidents::LevelAction::Raise, 3, utc(2018, 9, 15, 9), QStringLiteral("演练：台风黄色预警")),
        [&](const RecordState &state) {
            return state.followUps.giveInstruction(QStringLiteral("市领导（演练角色 exercise role）"), QStringLiteral("台山市三防办"),
                                                   QStringLiteral("确保海上作业人员全部回港、沿海低洼地区群众全部转移"),
                                                   QStringLiteral("18:00 前报告回港与转移情况"), id, as(kDutyA, utc(2018, 9, 15, 9, 30)));
        },
        // 800 people from the low-lying coast to the shelter the matching proposes at Ⅲ.
        confirm(shelterNeed, QStringLiteral("shelter-dm-1"), 800, utc(2018, 9, 15, 9, 20)),
        arrived(1, utc(2018, 9, 15, 10, 15)),
        losses(0, 800, utc(2018, 9, 15, 10, 20), QStringLiteral("演练注入：低洼地区转移 800 人至井岸镇避护场所（exercise inject, not real figures）")),
        report(QStringLiteral("public-messages"), utc(2018, 9, 15, 9, 45), QStringLiteral("已发布防御提示短信（演练注入 exercise inject）")),
        report(QStringLiteral("schools-closed"), utc(2018, 9, 15, 10, 30), QStringLiteral("全市幼儿园、中小学已通知停课（演练注入 exercise inject）")),
        [&](const RecordState &state) {
            return state.duty.logEntry(QStringLiteral("台山市三防办回报：渔船已回港，沿海低洼地区转移进行中（演练注入 exercise inject）"), id, {},
                                       as(kDutyA, utc(2018, 9, 15, 10, 40)));
        },
        [&](const RecordState &state) {
            return state.followUps.reportInstruction(state.followUps.instructions().last().sequence,
                                                     QStringLiteral("渔船已全部回港，低洼地区群众已转移（演练注入 exercise inject）"),
                                                     as(kDutyA, utc(2018, 9, 15, 11, 30)));
        },
    };
    for (const Step &step : steps)
        if (auto entry = ledger.act(step); !entry)
            return entry.error();

    // The handover lists what the workspace itself knew at 20:00 Beijing time.
    const QDateTime handoverAt = utc(2018, 9, 15, 12);
    auto registry = situation::buildWarningsPart(workspace.database(), handoverAt);
    if (!registry)
        return registry.error();
    auto water = situation::buildStationsPart(workspace.database(), handoverAt);
    if (!water)
        return water.error();
    const QStringList warnings = unacknowledgedWarnings(*registry, QStringLiteral("zh-CN"));
    const QStringList stations = stationsOverThreshold(*water);
    auto handover = ledger.act([&](const RecordState &state) {
        return state.duty.handover(state.incidents, state.responses, state.inventory, warnings, stations, kDutyA, kDutyB, as(kDutyA, handoverAt));
    });
    if (!handover)
        return handover.error();
    const qint64 handoverId = handover->sequence;
    const QList<Step> after = {
        [&](const RecordState &state) { return state.duty.confirmHandover(handoverId, QStringLiteral("outgoing"), as(kDutyA, utc(2018, 9, 15, 12, 5))); },
        [&](const RecordState &state) { return state.duty.confirmHandover(handoverId, QStringLiteral("incoming"), as(kDutyB, utc(2018, 9, 15, 12, 10))); },
        level(incidents::LevelAction::Raise, 2, utc(2018, 9, 15, 22), QStringLiteral("演练：台风橙色预警，“山竹”12 小时内登陆")),
        [&](const RecordState &state) {
            incidents::ResourceRequest request;
            request.incident = id;
            request.kind = QStringLiteral("pumps");
            request.quantity = 6;
            request.area = AreaRef{QStringLiteral("440403107"), QStringLiteral("井岸镇")};
            request.position = GeoPoint{113.296, 22.206};
            request.neededBy = utc(2018, 9, 16, 6);
            request.note = QStringLiteral("井岸镇低洼内涝点排涝（演练注入 exercise inject）");
            return state.requests.make(state.incidents, request, as(kDutyB, utc(2018, 9, 15, 22, 30)));
        },
        confirm(teamNeed, QStringLiteral("team-xz-1"), 1, utc(2018, 9, 15, 22, 40)),
        [&](const RecordState &state) {
            return state.duty.logEntry(QStringLiteral("市三防指挥部视频会商，各区汇报防御部署（演练 exercise）"), id, {}, as(kDutyB, utc(2018, 9, 15, 23)));
        },
        arrived(2, utc(2018, 9, 15, 23, 35)),
        issue(incidents::ReportType::Followup, utc(2018, 9, 15, 23, 50)),
        issue(incidents::ReportType::Daily, utc(2018, 9, 16, 0, 30)),
        [&](const RecordState &state) {
            return state.requests.cancel(1, QStringLiteral("井岸镇积水已排除（演练注入 exercise inject）"), as(kDutyB, utc(2018, 9, 16, 8)));
        },
        losses(3, 12600, utc(2018, 9, 16, 12), QStringLiteral("演练注入：各区核报，转移安置 12,600 人，3 人轻伤（exercise inject, not real figures）")),
        [&](const RecordState &state) { return state.inventory.release(1, as(kDutyA, utc(2018, 9, 17, 1))); },
        [&](const RecordState &state) { return state.inventory.release(2, as(kDutyA, utc(2018, 9, 17, 1, 5))); },
        level(incidents::LevelAction::End, 0, utc(2018, 9, 17, 2), QStringLiteral("演练：台风信号解除，结束应急响应")),
        issue(incidents::ReportType::Final, utc(2018, 9, 17, 3)),
        [&](const RecordState &state) {
            return state.incidents.close(id, QStringLiteral("演练复盘完成 exercise review done"), as(kDutyA, utc(2018, 9, 20, 2)));
        },
    };
    for (const Step &step : after)
        if (auto entry = ledger.act(step); !entry)
            return entry.error();
    // The dispatched team's GPS on its way to the need and after (exercise injects).
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return inputs.error();
    const incidents::InventoryItem *team = ledger.state().inventory.find(QStringLiteral("team-xz-1"));
    if (!team)
        return makeError(Error::Code::NotFound, QStringLiteral("the exercise inventory has no team-xz-1"));
    return recordExercisePositions(workspace, team->id, team->position, plans::areaPoint(plans::PlanAreas::of(*inputs), QStringLiteral("4404")),
                                   utc(2018, 9, 15, 22, 40), utc(2018, 9, 15, 23, 35), utc(2018, 9, 16, 4));
}

Result<void> hotspotCheckExercise(store::Workspace &workspace, incidents::IncidentLedger &ledger)
{
    // The detections of 22-23 January 2019 as the wall shows them at 23 January 14:00 Beijing time.
    const QDateTime at = utc(2019, 1, 23, 6);
    auto hotspots = store::HotspotStore(workspace.database()).between(at.addSecs(-24 * 3600), at);
    if (!hotspots)
        return hotspots.error();
    auto districts = workspace.readLayer(QStringLiteral("jiangmen_districts"));
    if (!districts)
        return districts.error();
    analysis::FireEventResult clustered = analysis::clusterHotspots(*hotspots);
    analysis::assignDistricts(clustered.events, *hotspots, *districts, QStringLiteral("name"));
    // The one nearest Jiangmen's city centre (蓬江区).
    const analysis::FireEvent *chosen = nullptr;
    for (const analysis::FireEvent &event : clustered.events)
        if (event.district == QStringLiteral("蓬江区") && (!chosen || event.hotspots.size() > chosen->hotspots.size()))
            chosen = &event;
    if (!chosen)
        return makeError(Error::Code::NotFound, QStringLiteral("the demo's FIRMS data has no fire event in 蓬江区"));
    auto district = areasNamed(workspace, {chosen->district}, DivisionLevel::District);
    // No town boundaries exist in the data: the duty officer picks the town among the district's
    // own; the exercise picks 棠下镇 (蓬江区).
    auto town = areasNamed(workspace, {QStringLiteral("棠下镇")}, DivisionLevel::Town);
    if (!district || !town)
        return district ? town.error() : district.error();
    const incidents::CheckedEvent event{chosen->centre, chosen->district, district->front().code, chosen->first, chosen->last,
                                        int(chosen->hotspots.size()), chosen->maxFrp};
    // The next morning's duty officer sends it (10:00 Beijing time); the district reports back at
    // 12:30 and the incident is closed in the evening, after the wall's 14:00 view.
    const QDateTime sent = utc(2019, 1, 23, 2);
    if (sent <= chosen->last)
        return makeError(Error::Code::Internal, QStringLiteral("the 蓬江区 fire event was detected after the check is sent"));
    auto opened = ledger.act([&](const RecordState &state) {
        return state.incidents.open(QStringLiteral("卫星热点核查 Satellite hotspot check"), incidents::Hazard::ForestFire, true,
                                    *district, {}, {}, Actor{kDutyA, QStringLiteral("desk-2"), sent});
    });
    if (!opened)
        return opened.error();
    const QString id = ledger.book().incidents().last().id;
    auto check = ledger.act([&](const RecordState &state) {
        return state.followUps.sendCheck(event, town->front(), id,
                                         Actor{kDutyA, QStringLiteral("desk-2"), sent.addSecs(60)});
    });
    if (!check)
        return check.error();
    auto finding = ledger.act([&](const RecordState &state) {
        return state.followUps.reportFinding(check->sequence, incidents::CheckFinding::Burning,
                                             QStringLiteral("演练回报：农事用火，已到场处置（exercise inject, not a real report）"),
                                             Actor{QStringLiteral("蓬江区应急管理局 (exercise role)"), QStringLiteral("district"), utc(2019, 1, 23, 4, 30)});
    });
    if (!finding)
        return finding.error();
    auto closed = ledger.act([&](const RecordState &state) {
        return state.incidents.close(id, QStringLiteral("核查完毕：农事用火（演练）check done"), Actor{kDutyA, QStringLiteral("desk-2"), utc(2019, 1, 23, 10)});
    });
    if (!closed)
        return closed.error();
    return {};
}

} // namespace

Result<void> recordDemoExercises(store::Workspace &workspace, const plans::Plan &typhoonPlan, const QByteArray &inventory)
{
    store::SqliteJournal journal(workspace.database());
    incidents::IncidentLedger ledger(journal);
    if (auto read = ledger.refresh(); !read)
        return read;
    // Written once: a workspace whose record already holds an exercise keeps it as it is.
    for (const incidents::Incident &incident : ledger.book().incidents())
        if (incident.exercise)
            return {};
    if (auto done = mangkhutExercise(workspace, ledger, typhoonPlan, inventory); !done)
        return Error(done.error()).withContext(QStringLiteral("the Mangkhut exercise"));
    if (auto done = hotspotCheckExercise(workspace, ledger); !done)
        return Error(done.error()).withContext(QStringLiteral("the hotspot check exercise"));
    return writeIncidentAreaLayer(workspace);
}

} // namespace lookout::app
