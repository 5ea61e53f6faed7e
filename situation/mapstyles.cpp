// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "situation/mapstyles.h"

#include "core/enumvalues.h"
#include "incidents/followupbook.h"
#include "incidents/warningregistry.h"

#include <QHash>

#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace lookout::situation {

using gis::CategorizedStyle;
using gis::LayerStyle;

namespace {

// The label a domain layer draws: its "label" field over a dark halo.
void labelWith(LayerStyle &style, double size, const QColor &colour, int priority, bool bold = false)
{
    style.labelField = QStringLiteral("label");
    style.labelSize = size;
    style.labelBold = bold;
    style.labelColor = colour;
    style.labelHalo = QColor(6, 18, 30, 230);
    style.labelPriority = priority;
}

} // namespace

QColor warningLevelColor(incidents::WarningLevel level)
{
    switch (level) {
    case incidents::WarningLevel::Blue: return QColor(30, 110, 255);
    case incidents::WarningLevel::Yellow: return QColor(255, 214, 0);
    case incidents::WarningLevel::Orange: return QColor(255, 128, 0);
    case incidents::WarningLevel::Red: return QColor(230, 20, 20);
    case incidents::WarningLevel::None: break;
    }
    return QColor(170, 180, 190);
}

QString warningAreaStyleKey(incidents::WarningLevel level, bool actual, bool current)
{
    if (!current)
        return QStringLiteral("ended");
    return incidents::levelName(level) + (actual ? QString() : QStringLiteral("-marked"));
}

CategorizedStyle warningAreaStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    for (const incidents::WarningLevel level : everyValueOf<incidents::WarningLevel>()) {
        const QColor colour = warningLevelColor(level);
        LayerStyle live;
        live.fill = QColor(colour.red(), colour.green(), colour.blue(), 110);
        live.stroke = colour;
        live.strokeWidth = 3.0;
        labelWith(live, 18.0, colour.lighter(130), 20, true);
        live.labelHaloWidth = 3.0;
        styles.categories.insert(warningAreaStyleKey(level, true, true), live);
        // Test / Exercise / System / Draft: shown, but never mistaken for a real warning.
        LayerStyle marked = live;
        marked.fill = QColor(colour.red(), colour.green(), colour.blue(), 40);
        marked.dashed = true;
        styles.categories.insert(warningAreaStyleKey(level, false, true), marked);
    }
    LayerStyle ended;
    ended.fill = QColor(0, 0, 0, 0);
    ended.stroke = QColor(150, 160, 170);
    ended.strokeWidth = 1.5;
    ended.dashed = true;
    ended.labelField = QStringLiteral("label");
    ended.labelSize = 15.0;
    ended.labelColor = QColor(160, 172, 184);
    ended.labelHalo = QColor(6, 18, 30, 220);
    ended.labelPriority = 5;
    styles.categories.insert(warningAreaStyleKey(incidents::WarningLevel::None, true, false), ended);
    styles.fallback = ended;
    return styles;
}

QColor typhoonGradeColor(feeds::TyphoonGrade grade)
{
    // The usual Chinese typhoon-map palette, weakest to strongest.
    using feeds::TyphoonGrade;
    switch (grade) {
    case TyphoonGrade::TD: return QColor(0, 200, 80);
    case TyphoonGrade::TS: return QColor(40, 120, 255);
    case TyphoonGrade::STS: return QColor(255, 230, 0);
    case TyphoonGrade::TY: return QColor(255, 150, 0);
    case TyphoonGrade::STY: return QColor(255, 60, 200);
    case TyphoonGrade::SuperTY: return QColor(230, 0, 0);
    case TyphoonGrade::Unknown:
    case TyphoonGrade::Below:
    case TyphoonGrade::Extratropical: break;
    }
    return QColor(190, 190, 190);
}

CategorizedStyle typhoonTrackStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("grade");
    using feeds::TyphoonGrade;
    for (const TyphoonGrade grade : {TyphoonGrade::Unknown, TyphoonGrade::Below, TyphoonGrade::TD, TyphoonGrade::TS, TyphoonGrade::STS,
                                     TyphoonGrade::TY, TyphoonGrade::STY, TyphoonGrade::SuperTY, TyphoonGrade::Extratropical}) {
        LayerStyle style;
        style.stroke = typhoonGradeColor(grade);
        style.strokeWidth = 3.0;
        style.pointFill = typhoonGradeColor(grade);
        style.pointSize = 11.0;
        labelWith(style, 15.0, QColor(235, 240, 245), 8);
        styles.categories.insert(feeds::gradeCode(grade), style);
    }
    styles.fallback = styles.categories.value(feeds::gradeCode(TyphoonGrade::Unknown));
    return styles;
}

QString stationStyleKey(analysis::StationState state, bool stale)
{
    using analysis::StationState;
    if (stale)
        return QStringLiteral("stale");
    switch (state) {
    case StationState::OverGuaranteed: return QStringLiteral("guaranteed");
    case StationState::OverWarning: return QStringLiteral("warning");
    case StationState::OverFloodLimit: return QStringLiteral("floodlimit");
    case StationState::Normal: return QStringLiteral("normal");
    default: return QStringLiteral("nothreshold");
    }
}

QColor stationStateColor(analysis::StationState state, bool stale)
{
    using analysis::StationState;
    if (stale)
        return QColor(110, 120, 135);
    switch (state) {
    case StationState::OverGuaranteed: return QColor(255, 60, 60);
    case StationState::OverWarning: return QColor(255, 150, 20);
    case StationState::OverFloodLimit: return QColor(200, 110, 255);
    case StationState::Normal: return QColor(60, 200, 110);
    default: return QColor(150, 160, 170);
    }
}

CategorizedStyle stationStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("state");
    QHash<QString, std::pair<analysis::StationState, bool>> keys;  // one style per key
    for (const analysis::StationState state : everyValueOf<analysis::StationState>())
        for (const bool stale : {false, true})
            keys.insert(stationStyleKey(state, stale), {state, stale});
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QString &state = it.key();
        const auto [status, stale] = it.value();
        LayerStyle style;
        style.pointFill = stationStateColor(status, stale);
        style.stroke = QColor(10, 20, 30);
        style.strokeWidth = 1.5;
        const bool over = !stale && (status == analysis::StationState::OverWarning || status == analysis::StationState::OverGuaranteed
                                     || status == analysis::StationState::OverFloodLimit);
        style.pointSize = over ? 16.0 : 11.0;
        style.labelField = QStringLiteral("label");
        style.labelSize = over ? 15.0 : 12.0;
        style.labelBold = over;
        style.labelColor = over ? stationStateColor(status, stale).lighter(130) : QColor(220, 228, 236);
        style.labelHalo = QColor(6, 18, 30, 230);
        style.labelPriority = over ? 9 : 3;
        // Level and excess when zoomed to a county (about 25 km across a desk map), not on the overview.
        style.labelMaxUnitsPerPixel = 25.0;
        styles.categories.insert(state, style);
    }
    styles.fallback = styles.categories.value(QStringLiteral("nothreshold"));
    return styles;
}

CategorizedStyle hotspotStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    // Confidence sets the size, age fades from yellow-white (new) through orange to dark red.
    const std::pair<char, double> confidences[] = {{'h', 16.0}, {'n', 13.0}, {'l', 10.0}};
    const QColor ages[] = {QColor(255, 240, 120), QColor(255, 140, 30), QColor(190, 40, 30)};
    for (const auto &[confidence, size] : confidences)
        for (int age = 0; age < 3; ++age) {
            LayerStyle style;
            style.pointFill = ages[age];
            style.pointSize = size;
            style.stroke = QColor(40, 10, 0);
            style.strokeWidth = 1.0;
            styles.categories.insert(QStringLiteral("%1-%2").arg(QLatin1Char(confidence)).arg(age), style);
        }
    styles.fallback = styles.categories.value(QStringLiteral("n-2"));
    return styles;
}

CategorizedStyle fireEventStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    LayerStyle event;
    event.fill = QColor(255, 90, 40, 50);
    event.stroke = QColor(255, 110, 60);
    event.strokeWidth = 2.5;
    labelWith(event, 15.0, QColor(255, 190, 150), 10, true);
    styles.categories.insert(QStringLiteral("event"), event);
    styles.fallback = event;
    return styles;
}

QColor fireDangerColor(int dangerClass)
{
    switch (dangerClass) {
    case 1: return QColor(60, 190, 90);
    case 2: return QColor(60, 140, 230);
    case 3: return QColor(250, 210, 40);
    case 4: return QColor(255, 140, 20);
    case 5: return QColor(235, 40, 40);
    default: return QColor(120, 130, 140);
    }
}

QColor responseLevelColor(incidents::ResponseLevel level)
{
    // Ⅰ red … Ⅳ blue: the response levels in the warning colours.
    using incidents::ResponseLevel;
    using incidents::WarningLevel;
    switch (level) {
    case ResponseLevel::I: return warningLevelColor(WarningLevel::Red);
    case ResponseLevel::II: return warningLevelColor(WarningLevel::Orange);
    case ResponseLevel::III: return warningLevelColor(WarningLevel::Yellow);
    case ResponseLevel::IV: return warningLevelColor(WarningLevel::Blue);
    case ResponseLevel::None: break;
    }
    return warningLevelColor(WarningLevel::None);
}

QString incidentAreaStyleKey(incidents::ResponseLevel level, bool exercise)
{
    return QString::number(int(level)) + (exercise ? QStringLiteral("x") : QString());
}

CategorizedStyle incidentAreaStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    for (const incidents::ResponseLevel level : everyValueOf<incidents::ResponseLevel>())
        for (const bool exercise : {false, true}) {
            const QColor colour = responseLevelColor(level);
            LayerStyle style;
            style.fill = QColor(colour.red(), colour.green(), colour.blue(), exercise ? 45 : 80);
            style.stroke = colour;
            style.strokeWidth = 4.0;
            style.dashed = exercise;  // an exercise never looks like a real response
            style.unionFill = true;
            labelWith(style, 17.0, colour.lighter(140), 30, true);
            style.labelHaloWidth = 3.0;
            styles.categories.insert(incidentAreaStyleKey(level, exercise), style);
        }
    styles.fallback = styles.categories.value(incidentAreaStyleKey(incidents::ResponseLevel::None, false));
    return styles;
}

QString checkStyleKey(const std::optional<incidents::CheckFinding> &finding)
{
    return finding ? incidents::toString(*finding) : QStringLiteral("open");
}

QColor checkFindingColor(const std::optional<incidents::CheckFinding> &finding)
{
    if (!finding)
        return QColor(255, 230, 80);  // sent, not answered yet
    switch (*finding) {
    case incidents::CheckFinding::Fire: return QColor(255, 60, 40);
    case incidents::CheckFinding::Burning: return QColor(255, 160, 60);
    case incidents::CheckFinding::Industrial: return QColor(170, 170, 200);
    case incidents::CheckFinding::NothingFound: return QColor(120, 200, 140);
    }
    return QColor(255, 230, 80);
}

CategorizedStyle hotspotCheckStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("finding");
    std::vector<std::optional<incidents::CheckFinding>> findings{std::nullopt};
    for (const incidents::CheckFinding finding : everyValueOf<incidents::CheckFinding>())
        findings.push_back(finding);
    for (const std::optional<incidents::CheckFinding> &finding : findings) {
        const QColor colour = checkFindingColor(finding);
        LayerStyle style;
        style.fill = colour;
        style.stroke = QColor(6, 18, 30);
        style.strokeWidth = 2.0;
        style.pointSize = 16.0;
        labelWith(style, 15.0, colour.lighter(120), 40, true);
        styles.categories.insert(checkStyleKey(finding), style);
    }
    styles.fallback = styles.categories.value(checkStyleKey(std::nullopt));
    return styles;
}

CategorizedStyle fireDangerStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("class");
    for (int dangerClass = 1; dangerClass <= 5; ++dangerClass) {
        LayerStyle style;
        style.fill = fireDangerColor(dangerClass);
        style.fill.setAlpha(90);
        style.stroke = fireDangerColor(dangerClass);
        style.strokeWidth = 1.5;
        styles.categories.insert(QString::number(dangerClass), style);
    }
    styles.fallback = styles.categories.value(QStringLiteral("1"));
    return styles;
}

CategorizedStyle forecastStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("agency");
    const std::pair<const char *, QColor> agencies[] = {
        {"CMA", QColor(255, 80, 80)}, {"HKO", QColor(255, 200, 60)}, {"JMA", QColor(120, 220, 120)},
        {"JTWC", QColor(120, 170, 255)}, {"KMA", QColor(200, 140, 255)}, {"CWA", QColor(120, 230, 230)}};
    for (const auto &[agency, colour] : agencies) {
        LayerStyle style;
        style.stroke = colour;
        style.strokeWidth = 2.5;
        style.dashed = true;
        style.fill = QColor(colour.red(), colour.green(), colour.blue(), 35);
        style.unionFill = true;
        labelWith(style, 16.0, colour, 12, true);
        styles.categories.insert(QLatin1String(agency), style);
    }
    styles.fallback = styles.categories.value(QStringLiteral("CMA"));
    return styles;
}

CategorizedStyle windCircleStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("threshold");
    // Weakest threshold widest and palest; the damaging ones stronger.
    const std::tuple<const char *, QColor, int> thresholds[] = {
        {"7级", QColor(255, 230, 120), 0}, {"R30", QColor(255, 230, 120), 0}, {"R34", QColor(255, 230, 120), 0},
        {"10级", QColor(255, 150, 60), 22}, {"R50", QColor(255, 150, 60), 22},
        {"12级", QColor(255, 70, 70), 40}, {"R64", QColor(255, 70, 70), 40}};
    for (const auto &[threshold, colour, alpha] : thresholds) {
        LayerStyle style;
        style.stroke = colour;
        style.strokeWidth = 2.5;
        style.fill = QColor(colour.red(), colour.green(), colour.blue(), alpha);
        labelWith(style, 15.0, colour, 15);
        styles.categories.insert(QString::fromUtf8(threshold), style);
    }
    styles.fallback = styles.categories.value(QStringLiteral("R34"));
    return styles;
}

QColor resourceStatusColor(incidents::ResourceStatus status)
{
    switch (status) {
    case incidents::ResourceStatus::Available:
    case incidents::ResourceStatus::Open: return QColor(90, 209, 122);
    case incidents::ResourceStatus::Assigned: return QColor(74, 163, 255);
    case incidents::ResourceStatus::Resting: return QColor(240, 200, 60);
    case incidents::ResourceStatus::Full: return QColor(255, 140, 40);
    case incidents::ResourceStatus::Unavailable:
    case incidents::ResourceStatus::Closed: break;
    }
    return QColor(130, 140, 150);
}

QString resourceStyleKey(incidents::ResourceKind kind, incidents::ResourceStatus status)
{
    return QStringLiteral("%1-%2").arg(int(kind)).arg(int(status));
}

CategorizedStyle resourceStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    auto shapeOf = [](incidents::ResourceKind kind) {
        switch (kind) {
        case incidents::ResourceKind::Team: return gis::PointShape::Square;
        case incidents::ResourceKind::Depot: return gis::PointShape::Triangle;
        case incidents::ResourceKind::Shelter: return gis::PointShape::Diamond;
        case incidents::ResourceKind::Equipment: break;
        }
        return gis::PointShape::Circle;
    };
    for (const incidents::ResourceKind kind : everyValueOf<incidents::ResourceKind>())
        for (const incidents::ResourceStatus status : everyValueOf<incidents::ResourceStatus>()) {
            LayerStyle style;
            style.pointFill = resourceStatusColor(status);
            style.fill = style.pointFill;
            style.stroke = QColor(6, 18, 30);
            style.strokeWidth = 1.5;
            style.pointSize = 13.0;
            style.pointShape = shapeOf(kind);
            labelWith(style, 12.0, QColor(220, 230, 240), 10);
            style.labelMaxUnitsPerPixel = 60;  // names at desk zoom, not on the overview
            styles.categories.insert(resourceStyleKey(kind, status), style);
        }
    LayerStyle live;
    live.pointFill = QColor(74, 163, 255);
    live.stroke = QColor(255, 255, 255);
    live.strokeWidth = 2.5;
    live.pointSize = 16.0;
    live.pointShape = gis::PointShape::Square;
    labelWith(live, 14.0, QColor(255, 255, 255), 30, true);
    styles.categories.insert(QStringLiteral("position-live"), live);
    LayerStyle stale = live;
    stale.pointFill = QColor(130, 140, 150);
    stale.stroke = QColor(190, 190, 190);
    stale.labelColor = QColor(170, 180, 190);
    styles.categories.insert(QStringLiteral("position-stale"), stale);
    LayerStyle need;
    need.pointFill = QColor(0, 0, 0, 0);
    need.stroke = QColor(230, 80, 220);
    need.strokeWidth = 3.0;
    need.pointSize = 22.0;
    labelWith(need, 14.0, QColor(240, 150, 235), 35, true);
    styles.categories.insert(QStringLiteral("need"), need);
    styles.fallback = need;
    return styles;
}

CategorizedStyle dispatchStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    LayerStyle enRoute;
    enRoute.stroke = QColor(74, 163, 255);
    enRoute.strokeWidth = 3.0;
    enRoute.dashed = true;
    labelWith(enRoute, 13.0, QColor(150, 200, 255), 25, true);
    styles.categories.insert(QStringLiteral("en-route"), enRoute);
    LayerStyle arrived = enRoute;
    arrived.dashed = false;
    arrived.strokeWidth = 2.0;
    styles.categories.insert(QStringLiteral("arrived"), arrived);
    LayerStyle late = enRoute;
    late.stroke = QColor(255, 90, 90);
    late.labelColor = QColor(255, 150, 150);
    styles.categories.insert(QStringLiteral("late"), late);
    styles.fallback = enRoute;
    return styles;
}

} // namespace lookout::situation
