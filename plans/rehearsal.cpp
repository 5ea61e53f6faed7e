// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/rehearsal.h"

#include "plans/planevaluator.h"
#include "situation/situationjson.h"

#include <QJsonArray>

namespace lookout::plans {

Result<Rehearsal> rehearse(store::Database &database, const situation::SituationInputs &inputs, const Plan &plan,
                           const QDateTime &from, const QDateTime &to, qint64 stepSeconds, const situation::BuildProgress &progress)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a rehearsal runs from a time to a later one"));
    if (stepSeconds < 60)
        return makeError(Error::Code::InvalidArgument, QStringLiteral("a rehearsal steps by a minute or more"));
    const qint64 count = from.secsTo(to) / stepSeconds + 1;
    if (count > 24 * 366)
        return makeError(Error::Code::InvalidArgument,
                         QStringLiteral("%1 steps: rehearse a year of hours at most (use a longer step)").arg(count));

    const PlanAreas areas = PlanAreas::of(inputs);
    PlanFolder folder;
    folder.plans.append(plan);
    PlanEvaluator evaluator(folder, areas);
    situation::BuildCache cache;
    Rehearsal rehearsal{plan.id, plan.title, plan.isTemplate(), {}};
    for (qint64 step = 0; step < count; ++step) {
        const QDateTime at = from.toUTC().addSecs(step * stepSeconds);
        auto built = situation::buildSituation(database, at, inputs, {}, &cache);
        if (!built)
            return Error(built.error()).withContext(QStringLiteral("the situation at %1").arg(at.toString(Qt::ISODate)));
        const situation::PlansPart part = evaluator.evaluate(*built);
        const situation::PlanSuggestion &suggestion = part.suggestions.front();
        rehearsal.steps.append({at, suggestion.suggested, suggestion.current, suggestion.incident, suggestion.holding, suggestion.changes});
        if (progress && !progress(int(step + 1), int(count)))
            return makeError(Error::Code::Cancelled, QStringLiteral("rehearsal stopped"));
    }
    return rehearsal;
}

QJsonObject toJson(const Rehearsal &rehearsal)
{
    auto level = [](int value) { return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null); };
    QJsonArray steps;
    for (const RehearsalStep &step : rehearsal.steps) {
        QJsonArray holding;
        for (const situation::HoldingTrigger &held : step.holding)
            holding.append(situation::holdingJson(held));
        QJsonObject object{{QStringLiteral("at"), step.at.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("suggested"), level(step.suggested)},
                           {QStringLiteral("actual"), level(step.actual)},
                           {QStringLiteral("holding"), holding}};
        if (!step.incident.isEmpty())
            object.insert(QStringLiteral("incident"), step.incident);
        steps.append(object);
    }
    return {{QStringLiteral("plan"), rehearsal.planId},
            {QStringLiteral("title"), rehearsal.planTitle},
            {QStringLiteral("template"), rehearsal.isTemplate},
            {QStringLiteral("steps"), steps}};
}

QByteArray toCsv(const Rehearsal &rehearsal)
{
    auto quoted = [](QString text) -> QString { return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    auto level = [](int value) { return value > 0 ? QString::number(value) : QString(); };
    QString csv = QStringLiteral("at,suggested,actual,incident,holding\n");
    for (const RehearsalStep &step : rehearsal.steps) {
        QStringList texts;
        for (const situation::HoldingTrigger &held : step.holding)
            texts.append(held.text);
        csv += QStringList{step.at.toUTC().toString(Qt::ISODate), level(step.suggested), level(step.actual), step.incident,
                           quoted(texts.join(QStringLiteral("; ")))}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

} // namespace lookout::plans
