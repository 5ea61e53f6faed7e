// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "demoresources.h"

#include "inventoryareas.h"
#include "scenarioactions.h"

#include "plans/inventoryimport.h"
#include "plans/resourcematching.h"
#include "situation/situationbuilder.h"
#include "situation/workspaceinputs.h"
#include "store/teampositionstore.h"

namespace lookout::app {

Result<void> importExerciseInventory(store::Workspace &workspace, incidents::IncidentLedger &ledger, const QByteArray &csv, const QDateTime &at,
                                     const QString &user)
{
    const QString name = QStringLiteral("packaging/data/") + kExerciseInventory;
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return inputs.error();
    const plans::PlanAreas areas = plans::PlanAreas::of(*inputs);
    auto items = plans::readInventoryCsv(csv, name, inventoryAreaResolver(workspace, areas), true);
    if (!items)
        return items.error();
    auto entry = ledger.act([&](const incidents::RecordState &state) {
        return state.inventory.import(*items, name, incidents::Actor{user, QStringLiteral("desk-1"), at});
    });
    if (!entry)
        return entry.error();
    return {};
}

Result<void> recordExercisePositions(store::Workspace &workspace, const QString &team, GeoPoint from, GeoPoint to, const QDateTime &leave,
                                     const QDateTime &arrive, const QDateTime &until)
{
    QList<store::StoredFix> fixes;
    const double span = double(leave.secsTo(arrive));
    for (QDateTime at = leave; at <= until; at = at.addSecs(at < arrive ? 300 : 600)) {
        const double f = at < arrive && span > 0 ? double(leave.secsTo(at)) / span : 1.0;
        fixes.append({team, at, GeoPoint{from.lon + (to.lon - from.lon) * f, from.lat + (to.lat - from.lat) * f}, std::nullopt,
                      QStringLiteral("exercise-inject"), 15});
    }
    auto added = store::TeamPositionStore(workspace.database()).add(fixes);
    return added ? Result<void>{} : Result<void>(added.error());
}

Result<situation::Situation> exerciseSituation(store::Workspace &workspace, const plans::Plan &plan, const QDateTime &at)
{
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return inputs.error();
    auto situation = situation::buildSituation(workspace.database(), at, *inputs);
    if (!situation)
        return situation.error();
    situation->resources = plans::matchResources(*situation, {plan}, plans::PlanAreas::of(*inputs), resourceTravelOf(workspace));
    return situation;
}

Result<store::JournalDraft> proposedDispatch(store::Workspace &workspace, const incidents::RecordState &state, const plans::Plan &plan,
                                             const QString &need,
                                             const QString &resource, qint64 quantity, const incidents::Actor &actor)
{
    auto situation = exerciseSituation(workspace, plan, actor.at);
    if (!situation)
        return situation.error();
    QStringList proposed;
    for (const situation::ProposedAssignment &proposal : situation->resources.proposals) {
        if (proposal.need == need)
            proposed.append(QStringLiteral("%1 x %2").arg(proposal.resource).arg(proposal.quantity));
        if (proposal.need == need && proposal.resource == resource)
            return state.inventory.orderDispatch(proposal.resource, proposal.incident, proposal.need, std::min(quantity, proposal.quantity),
                                                 proposal.minutes, actor);
    }
    return makeError(Error::Code::NotFound, QStringLiteral("the matching at %1 proposes no %2 for %3 (it proposes: %4)")
                                                .arg(actor.at.toString(Qt::ISODate), resource, need, proposed.join(QStringLiteral(", "))));
}

} // namespace lookout::app
