// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reviewbuilding.h"

#include "scenario.h"
#include "scenarioactions.h"
#include "workspacelayers.h"

#include "reports/reviewmap.h"
#include "situation/situationbuilder.h"
#include "situation/workspaceinputs.h"
#include "store/sqlitejournal.h"

#include <QFileInfo>

namespace lookout::app {

namespace {

void tell(const std::function<void(const QString &)> &progress, const QString &text)
{
    if (progress)
        progress(text);
}

reports::RecordCheck checkRecord(store::Workspace &workspace)
{
    reports::RecordCheck check;
    auto journal = store::openSqliteJournal(workspace.path());
    auto verified = journal ? store::verifyJournal(**journal) : Result<store::JournalVerification>(journal.error());
    if (!verified) {
        check.problem = verified.error().toString();
        return check;
    }
    check.entries = verified->entries;
    check.headSequence = verified->entries;
    check.headHash = QString::fromLatin1(verified->headHash.toHex());
    check.verifies = verified->ok();
    if (verified->problem)
        check.problem = QStringLiteral("#%1: %2").arg(verified->problem->sequence).arg(verified->problem->message);
    return check;
}

// Each moment's map: the situation then, presented as the views present it, rendered through gis.
Result<void> renderMoments(store::Workspace &workspace, const situation::SituationInputs &inputs, reports::ReviewInputs &review,
                           const std::function<void(const QString &)> &progress)
{
    qml::AppController controller(nullptr);
    if (auto loaded = loadWorkspaceLayers(workspace, *controller.layers()); !loaded)
        return loaded.error();
    const QRectF home = homeExtent(workspace, *controller.layers());
    controller.setWorkspace(workspace.path(), workspace.setting(QStringLiteral("title")), home);
    const auto evaluate = planEvaluation(workspace, inputs);
    for (int i = 0; i < review.moments.size(); ++i) {
        const reports::ReviewMoment &moment = review.moments[i];
        tell(progress, QStringLiteral("map %1/%2 at %3").arg(i + 1).arg(review.moments.size()).arg(moment.at.toString(Qt::ISODate)));
        auto situation = situation::buildSituation(workspace.database(), moment.at, inputs);
        if (!situation)
            return situation.error();
        evaluate(*situation);
        ScenarioOptions options;
        options.at = moment.at;
        options.replay = true;
        options.language = QStringLiteral("zh-CN");
        options.homeExtent = home;
        presentSituation(*situation, options, controller);
        const QRectF extent = controller.homeExtent();
        auto image = reports::renderReportMap(controller.layers()->visibleLayers(),
                                              GeoBox::fromCorners(extent.left(), extent.top(), extent.right(), extent.bottom()),
                                              moment.caption + QStringLiteral("（当时可知 as known then）"));
        if (!image)
            return image.error();
        review.maps.insert(moment.name, *image);
    }
    return {};
}

} // namespace

Result<reports::ReviewInputs> collectReview(store::Workspace &workspace, const QString &incident, const QDateTime &knownAt,
                                            const reports::ReportContext &context, const reports::DeadlineRules &rules,
                                            const std::function<void(const QString &)> &progress)
{
    auto inputs = situation::situationInputsOf(workspace);
    if (!inputs)
        return Error(inputs.error()).withContext(QStringLiteral("reading the workspace's districts"));
    reports::ReviewInputs review;
    review.incident = incident;
    review.context = context;
    review.rules = rules;
    review.producedAt = knownAt;
    auto end = workspaceSituation(workspace, knownAt);
    if (!end)
        return end.error();
    const incidents::Incident *known = end->incidents.record.incidents.find(incident);
    if (!known)
        return makeError(Error::Code::NotFound, QStringLiteral("no incident %1 in the record as known at %2").arg(incident, knownAt.toString(Qt::ISODate)));
    std::tie(review.from, review.to) = reports::reviewWindow(*known, knownAt);
    // Hourly, each step from what was known then; the record folded forward once.
    const auto evaluate = planEvaluation(workspace, *inputs);
    situation::BuildCache cache;
    const qint64 steps = review.from.secsTo(review.to) / 3600 + 1;
    for (qint64 step = 0; step < steps; ++step) {
        const QDateTime at = review.from.addSecs(step * 3600);
        if (step % 12 == 0)
            tell(progress, QStringLiteral("situation %1/%2 at %3").arg(step + 1).arg(steps).arg(at.toString(Qt::ISODate)));
        auto situation = situation::buildSituation(workspace.database(), at, *inputs, {}, &cache);
        if (!situation)
            return Error(situation.error()).withContext(QStringLiteral("the situation at %1").arg(at.toString(Qt::ISODate)));
        evaluate(*situation);
        review.samples.append(reports::reviewSample(*situation, incident));
        if (step == steps - 1)
            review.stations = situation->stations;
    }
    review.moments = reports::reviewMoments(*known, review.samples);
    if (auto rendered = renderMoments(workspace, *inputs, review, progress); !rendered)
        return rendered.error();
    review.record = checkRecord(workspace);
    review.end = std::move(*end);
    return review;
}

Result<reports::ReviewDocument> buildReview(store::Workspace &workspace, const QString &incident, const QDateTime &knownAt,
                                            const reports::ReportContext &context, const reports::DeadlineRules &rules,
                                            const std::function<void(const QString &)> &progress)
{
    auto review = collectReview(workspace, incident, knownAt, context, rules, progress);
    if (!review)
        return review.error();
    return reports::draftReview(*review);
}

} // namespace lookout::app
