// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "resourceactions.h"

#include "plans/resourcematching.h"
#include "situation/workspaceinputs.h"
#include "store/divisionstore.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

// "113.29,22.21" as a point, else nothing.
std::optional<GeoPoint> pointIn(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool lonOk = false, latOk = false;
    if (parts.size() != 2)
        return std::nullopt;
    const GeoPoint point{parts[0].trimmed().toDouble(&lonOk), parts[1].trimmed().toDouble(&latOk)};
    if (!lonOk || !latOk || !point.isValid())
        return std::nullopt;
    return point;
}

} // namespace

Result<RequestPlace> requestPlace(store::Workspace &workspace, const plans::PlanAreas &areas, const QString &where)
{
    if (const auto point = pointIn(where))
        return RequestPlace{AreaRef{QString(), where.trimmed()}, *point};
    auto area = store::resolveArea(store::DivisionStore(workspace.database()), where.trimmed());
    if (!area)
        return area.error();
    const GeoPoint position = plans::areaPoint(areas, area->code);
    if (position == GeoPoint{})
        return makeError(Error::Code::NotFound, QStringLiteral("%1 has no boundary in this workspace: give lon,lat instead").arg(area->display()),
                         {QStringLiteral("where")});
    return RequestPlace{*area, position};
}

void connectResourceActions(store::Workspace &workspace, qml::ResourceDesk &desk, RecordCommand record, SignedInActor signedIn)
{
    const QString signInFirst = QCoreApplication::translate("Scenario", "Sign in first: the record names who did it.");
    // As the record refuses them, in the record's own words.
    auto entry = [record, signedIn, signInFirst](std::function<Result<store::JournalDraft>(const incidents::RecordState &, const incidents::Actor &)> make) {
        const auto actor = signedIn();
        if (!actor)
            return signInFirst;
        return record([make, actor = *actor](const incidents::RecordState &state) { return make(state, actor); });
    };
    // The districts a request's place is located on, read once when first needed.
    auto areas = std::make_shared<std::optional<plans::PlanAreas>>();
    qml::ResourceDesk::Actions actions;
    actions.setStatus = [entry](const QString &id, const QString &status, const QString &note) {
        const auto value = incidents::resourceStatusFromString(status);
        if (!value)
            return QCoreApplication::translate("Scenario", "Choose a status.");
        return entry([=](const incidents::RecordState &state, const incidents::Actor &actor) { return state.inventory.setStatus(id, *value, note, actor); });
    };
    actions.setStock = [entry](const QString &id, const QString &item, double quantity, const QString &unit) {
        return entry([=](const incidents::RecordState &state, const incidents::Actor &actor) {
            return state.inventory.setStock(id, item, quantity, unit, actor);
        });
    };
    actions.confirm = [entry](const QVariantMap &proposal) {
        return entry([=](const incidents::RecordState &state, const incidents::Actor &actor) {
            return state.inventory.orderDispatch(proposal.value(QStringLiteral("resource")).toString(), proposal.value(QStringLiteral("incident")).toString(),
                                                 proposal.value(QStringLiteral("need")).toString(), proposal.value(QStringLiteral("quantity")).toLongLong(),
                                                 proposal.value(QStringLiteral("minutes")).toDouble(), actor);
        });
    };
    actions.request = [&workspace, entry, areas](const QString &incident, const QString &kind, qint64 quantity, const QString &where,
                                                 double withinHours, const QString &note) -> QString {
        incidents::ResourceRequest request;
        request.incident = incident;
        request.kind = kind;
        request.quantity = quantity;
        request.note = note;
        if (!areas->has_value()) {
            auto inputs = situation::situationInputsOf(workspace);
            if (!inputs)
                return inputs.error().toString();
            *areas = plans::PlanAreas::of(*inputs);
        }
        auto place = requestPlace(workspace, **areas, where);
        if (!place)
            return place.error().toString();
        request.area = place->area;
        request.position = place->position;
        return entry([request, withinHours](const incidents::RecordState &state, const incidents::Actor &actor) {
            incidents::ResourceRequest made = request;
            if (withinHours > 0)
                made.neededBy = actor.at.addSecs(qint64(withinHours * 3600));
            return state.requests.make(state.incidents, made, actor);
        });
    };
    actions.cancelRequest = [entry](int number, const QString &reason) {
        return entry([=](const incidents::RecordState &state, const incidents::Actor &actor) { return state.requests.cancel(number, reason, actor); });
    };
    actions.arrived = [entry](int number) {
        return entry([=](const incidents::RecordState &state, const incidents::Actor &actor) { return state.inventory.reportArrival(number, actor); });
    };
    actions.release = [entry](int number) {
        return entry([=](const incidents::RecordState &state, const incidents::Actor &actor) { return state.inventory.release(number, actor); });
    };
    desk.setActions(std::move(actions));
}

} // namespace lookout::app
