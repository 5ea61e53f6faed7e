// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "walltour.h"

#include "scenariosupport.h"

#include "core/timeformat.h"
#include "resourcedesk.h"
#include "situation/incidentgeometry.h"
#include "situation/mapstyles.h"
#include "situation/takeovers.h"

#include <QCoreApplication>

namespace lookout::app {

namespace {

constexpr double kMinimumSpanDegrees = 0.4;  // about 40 km: a single station or fire still has its surroundings

QRectF rectOf(GeoBox box, double pad = 1.25)
{
    if (box.isEmpty())
        return {};
    box = box.scaled(pad);
    const double cx = box.centerX(), cy = box.centerY();
    const double w = std::max(box.width(), kMinimumSpanDegrees), h = std::max(box.height(), kMinimumSpanDegrees);
    return QRectF(cx - w / 2, cy - h / 2, w, h);
}

QList<qml::WallLine> linesOf(const qml::MonitorList &list)
{
    QList<qml::WallLine> lines;
    for (const qml::MonitorRow &row : list.rows())
        lines.append({row.title, row.value, row.muted ? QColor(QStringLiteral("#93a7b9")) : row.color});
    return lines;
}

GeoBox incidentBox(const incidents::Incident &incident, const gis::VectorData &districts)
{
    GeoBox box;
    for (const gis::VectorFeature &feature : situation::incidentAreaFeatures(incident, districts))
        box.extend(feature.bounds);
    return box;
}

qml::WallFocus typhoonFocus(const situation::Situation &situation, qml::AppController &controller, const QRectF &home)
{
    const situation::CycloneSituation &storm = situation.cyclones.storms.front();
    const qml::TyphoonCard &card = *controller.typhoon();
    qml::WallFocus focus{QStringLiteral("typhoon"), QCoreApplication::translate("Wall", "Typhoon"), QCoreApplication::translate("Wall", "Typhoon") + QStringLiteral(" · ") + card.title(), {}, {}, card.sourceText()};
    GeoBox box = storm.extent;
    box.extend(GeoBox::fromCorners(home.left(), home.top(), home.right(), home.bottom()));
    focus.extent = rectOf(box, 1.05);
    for (const QString &distance : card.distances())
        focus.lines.append({distance, QString(), QColor(QStringLiteral("#7ed6ff"))});
    focus.lines.append({card.grade(), card.pressure(), card.gradeColor()});
    if (!card.motion().isEmpty())
        focus.lines.append({card.motion(), QString(), card.gradeColor()});
    for (const QString &wind : card.winds())
        focus.lines.append({wind, QString(), card.gradeColor()});
    return focus;
}

qml::WallFocus waterFocus(const situation::Situation &situation, qml::AppController &controller)
{
    qml::WallFocus focus{QStringLiteral("water"), QCoreApplication::translate("Wall", "Water"), QCoreApplication::translate("Wall", "Rivers and reservoirs"), {}, linesOf(*controller.water()), controller.water()->sourceText()};
    GeoBox over, all;
    for (const situation::StationSituation &station : situation.stations.stations) {
        if (!station.position)
            continue;
        all.extend(station.position->lon, station.position->lat);
        if (station.severity() >= 3)
            over.extend(station.position->lon, station.position->lat);
    }
    focus.extent = rectOf(over.isEmpty() ? all : over);
    return focus;
}

qml::WallFocus fireFocus(const situation::Situation &situation, qml::AppController &controller)
{
    qml::WallFocus focus{QStringLiteral("fire"), QCoreApplication::translate("Wall", "Fire"), QCoreApplication::translate("Wall", "Forest fire"), {}, linesOf(*controller.fire()), controller.fire()->sourceText()};
    focus.lines += linesOf(*controller.fireDanger());
    GeoBox ours, all;
    for (const situation::FireEventSituation &event : situation.fire.events) {
        all.extend(event.event.bounds);
        if (!event.event.district.isEmpty())
            ours.extend(event.event.bounds);
    }
    focus.extent = rectOf(ours.isEmpty() ? all : ours, 1.6);
    return focus;
}

qml::WallFocus incidentsFocus(const situation::Situation &situation, qml::AppController &controller, const gis::VectorData &districts)
{
    qml::WallFocus focus{QStringLiteral("incidents"), QCoreApplication::translate("Wall", "Incidents"), QCoreApplication::translate("Wall", "Incidents and plans"), {}, linesOf(*controller.incidents()),
                         controller.incidents()->sourceText()};
    for (const situation::PlanSuggestion &s : situation.plans.suggestions) {
        if (!s.differs())
            continue;
        const QString suggested = s.suggestEnd ? QCoreApplication::translate("Wall", "end") : s.suggested > 0 ? incidents::levelNumeral(s.suggested) : QCoreApplication::translate("Wall", "none");
        focus.lines.append({s.title, QCoreApplication::translate("Wall", "suggests %1").arg(suggested),
                            s.suggested > 0 ? situation::responseLevelColor(incidents::ResponseLevel(s.suggested)) : QColor(QStringLiteral("#93a7b9"))});
    }
    const QColor alarm(QStringLiteral("#ff5a5a"));
    for (const incidents::ResponseTask *task : situation.incidents.record.responses.checklist(situation.incidents.record.incidents))
        if (task->stateAt(situation.at) == incidents::TaskState::Overdue)
            focus.lines.append({task->text, QCoreApplication::translate("Wall", "overdue"), alarm});
    for (const situation::ReportDueSituation &due : situation.reports.due)
        if (due.overdue)
            focus.lines.append({QCoreApplication::translate("Wall", "Report for %1").arg(due.incident), QCoreApplication::translate("Wall", "overdue"), alarm});
    GeoBox box;
    for (const incidents::Incident &incident : situation.incidents.active)
        box.extend(incidentBox(incident, districts));
    focus.extent = rectOf(box);
    return focus;
}

qml::WallFocus resourcesFocus(const situation::Situation &situation, qml::AppController &controller)
{
    const situation::ResourcesPart &part = situation.resources;
    qml::WallFocus focus{QStringLiteral("resources"), QCoreApplication::translate("Wall", "Resources"), QCoreApplication::translate("Wall", "Resources"), {}, {}, controller.resourceDesk()->age()};
    for (const situation::KindBalance &kind : part.kinds)
        if (kind.needed > 0 || kind.committed > 0)
            focus.lines.append({qml::needKindText(kind.kind), kind.shortfall > 0 ? QCoreApplication::translate("Wall", "short %1").arg(kind.shortfall) : QCoreApplication::translate("Wall", "met"),
                                kind.shortfall > 0 ? QColor(QStringLiteral("#ff5a5a")) : QColor(QStringLiteral("#4cc38a"))});
    std::stable_sort(focus.lines.begin(), focus.lines.end(), [](const qml::WallLine &a, const qml::WallLine &b) {
        return a.color.red() > b.color.red();  // the short kinds first
    });
    GeoBox box;
    for (const situation::ResourceNeed &need : part.needs)
        box.extend(need.position.lon, need.position.lat);
    for (const situation::DispatchLine &dispatch : part.dispatches) {
        box.extend(dispatch.from.lon, dispatch.from.lat);
        box.extend(dispatch.to.lon, dispatch.to.lat);
    }
    focus.extent = rectOf(box);
    return focus;
}

} // namespace

QList<qml::WallFocus> tourFoci(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller)
{
    const QRectF home = options.homeExtent.isValid() ? options.homeExtent : controller.homeExtent();
    const gis::VectorData districts = focusDistricts(*controller.layers());
    QList<qml::WallFocus> foci;
    for (situation::TourFocus focus : situation::kTourOrder) {
        if (!situation::hasContent(situation, focus))
            continue;
        qml::WallFocus shown;
        switch (focus) {
        case situation::TourFocus::Typhoon: shown = typhoonFocus(situation, controller, home); break;
        case situation::TourFocus::Water: shown = waterFocus(situation, controller); break;
        case situation::TourFocus::Rain:
            shown = {QStringLiteral("rain"), QCoreApplication::translate("Wall", "Rain"), QCoreApplication::translate("Wall", "Rainfall"), home, linesOf(*controller.rainfall()), controller.rainfall()->sourceText()};
            break;
        case situation::TourFocus::Fire: shown = fireFocus(situation, controller); break;
        case situation::TourFocus::Incidents: shown = incidentsFocus(situation, controller, districts); break;
        case situation::TourFocus::Resources: shown = resourcesFocus(situation, controller); break;
        }
        if (!shown.extent.isValid())
            shown.extent = home;
        foci.append(std::move(shown));
    }
    return foci;
}

QList<qml::WallTakeover> takeovers(const situation::Situation &situation, const ScenarioOptions &options, qml::AppController &controller,
                                   const situation::WarningFilter &onThisMap)
{
    const gis::VectorData districts = focusDistricts(*controller.layers());
    QList<qml::WallTakeover> out;
    for (const situation::Takeover &t : situation::pendingTakeovers(situation, onThisMap)) {
        qml::WallTakeover shown;
        shown.key = t.key;
        shown.incident = t.incident;
        const QString exercise = t.exercise ? QStringLiteral("[") + QCoreApplication::translate("Wall", "EXERCISE") + QStringLiteral("] ") : QString();
        if (t.kind == situation::Takeover::Kind::Warning) {
            const feeds::CapInfo *info = t.entry->head.alert.infoFor(options.language);
            shown.kind = QStringLiteral("warning");
            shown.color = situation::warningLevelColor(t.entry->level);
            shown.headline = (info ? info->event : t.subject) + QStringLiteral(" · ") + QCoreApplication::translate("Wall", "in force since %1").arg(formatLocal(t.since));
            if (info && !info->areas.isEmpty())
                shown.lines.append(info->areas.first().areaDesc.simplified());
            shown.lines.append(QCoreApplication::translate("Wall", "issued by %1").arg(info && !info->senderName.isEmpty() ? info->senderName : t.warning.sender));
            shown.sender = t.warning.sender;
            shown.identifier = t.warning.identifier;
            GeoBox box;
            for (const auto &ring : warningRings(*t.entry, options.language))
                for (const GeoPoint &point : ring)
                    box.extend(point.lon, point.lat);
            shown.extent = rectOf(box, 1.1);
        } else if (t.kind == situation::Takeover::Kind::LevelChange) {
            shown.kind = QStringLiteral("level");
            shown.color = t.level > 0 ? situation::responseLevelColor(incidents::ResponseLevel(t.level)) : QColor(QStringLiteral("#5b6f80"));
            shown.headline = exercise
                             + (t.level == 0 ? QCoreApplication::translate("Wall", "Response ended: %1").arg(t.title)
                                : t.previous == 0 ? QCoreApplication::translate("Wall", "Response started at level %1: %2").arg(incidents::levelNumeral(t.level), t.title)
                                                  : QCoreApplication::translate("Wall", "Response level %1 → %2: %3")
                                                        .arg(incidents::levelNumeral(t.previous), incidents::levelNumeral(t.level), t.title));
            shown.lines.append(QCoreApplication::translate("Wall", "incident %1, since %2").arg(t.incident, formatLocal(t.since)));
            if (const incidents::Incident *incident = situation.incidents.record.incidents.find(t.incident))
                shown.extent = rectOf(incidentBox(*incident, districts));
        } else {
            shown.kind = QStringLiteral("suggestion");
            shown.color = t.level > 0 ? situation::responseLevelColor(incidents::ResponseLevel(t.level)) : QColor(QStringLiteral("#5b6f80"));
            const QString inForce = t.previous > 0 ? incidents::levelNumeral(t.previous) : QCoreApplication::translate("Wall", "none");
            shown.headline = exercise
                             + (t.level == 0 ? QCoreApplication::translate("Wall", "Plan suggests ending the response (in force %1)").arg(inForce)
                                             : QCoreApplication::translate("Wall", "Plan suggests level %1 (in force %2)").arg(incidents::levelNumeral(t.level), inForce));
            shown.lines.append(t.title);
            if (const incidents::Incident *incident = situation.incidents.record.incidents.find(t.incident))
                shown.extent = rectOf(incidentBox(*incident, districts));
            for (const situation::PlanSuggestion &s : situation.plans.suggestions)
                if (s.planId == t.subject)
                    for (const situation::HoldingTrigger &trigger : s.holding.mid(0, 2))
                        shown.lines.append(trigger.text);
        }
        out.append(std::move(shown));
    }
    return out;
}

} // namespace lookout::app
