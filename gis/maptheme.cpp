// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/maptheme.h"

#include <tuple>

namespace lookout::gis {

QColor mapBackground()
{
    return QColor(9, 20, 34);
}

LayerStyle styleForRole(const QString &role, const QString &labelField)
{
    LayerStyle style;
    style.labelField = labelField;
    if (role == QStringLiteral("focus")) {
        style.fill = QColor(28, 74, 104);
        style.stroke = QColor(126, 214, 255);
        style.strokeWidth = 2.0;
        style.labelSize = 22.0;
        style.labelBold = true;
        style.labelColor = QColor(255, 255, 255);
        style.labelHalo = QColor(6, 18, 30, 230);
        style.labelHaloWidth = 3.0;
        style.labelPriority = 10;
    } else if (role == QStringLiteral("reference")) {
        style.fill = QColor(0, 0, 0, 0);
        style.stroke = QColor(120, 138, 156);
        style.strokeWidth = 0.8;
        style.labelField.clear();
    } else if (role == QStringLiteral("region")) {
        style.fill = QColor(26, 36, 48);
        style.stroke = QColor(70, 86, 102);
        style.strokeWidth = 1.0;
        style.labelField.clear();
    } else {
        style.fill = QColor(36, 48, 62);
        style.stroke = QColor(92, 110, 128);
        style.strokeWidth = 1.2;
        style.labelSize = 16.0;
        style.labelColor = QColor(150, 166, 182);
        style.labelHalo = QColor(9, 20, 34, 220);
        style.labelHaloWidth = 2.0;
        style.labelPriority = 1;
    }
    return style;
}

QColor warningLevelColor(const QString &level)
{
    if (level == QLatin1String("blue"))
        return QColor(30, 110, 255);
    if (level == QLatin1String("yellow"))
        return QColor(255, 214, 0);
    if (level == QLatin1String("orange"))
        return QColor(255, 128, 0);
    if (level == QLatin1String("red"))
        return QColor(230, 20, 20);
    return QColor(170, 180, 190);
}

CategorizedStyle warningAreaStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    for (const QString &level : {QStringLiteral("blue"), QStringLiteral("yellow"), QStringLiteral("orange"),
                                 QStringLiteral("red"), QStringLiteral("none")}) {
        const QColor colour = warningLevelColor(level);
        LayerStyle live;
        live.fill = QColor(colour.red(), colour.green(), colour.blue(), 110);
        live.stroke = colour;
        live.strokeWidth = 3.0;
        live.labelField = QStringLiteral("label");
        live.labelSize = 18.0;
        live.labelBold = true;
        live.labelColor = colour.lighter(130);
        live.labelHalo = QColor(6, 18, 30, 230);
        live.labelHaloWidth = 3.0;
        live.labelPriority = 20;
        styles.categories.insert(level, live);
        // Test / Exercise / System / Draft: shown, but never mistaken for a real warning.
        LayerStyle marked = live;
        marked.fill = QColor(colour.red(), colour.green(), colour.blue(), 40);
        marked.dashed = true;
        styles.categories.insert(level + QStringLiteral("-marked"), marked);
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
    styles.categories.insert(QStringLiteral("ended"), ended);
    styles.fallback = ended;
    return styles;
}

QColor typhoonGradeColor(const QString &grade)
{
    // The usual Chinese typhoon-map palette, weakest to strongest.
    if (grade == QLatin1String("TD"))
        return QColor(0, 200, 80);
    if (grade == QLatin1String("TS"))
        return QColor(40, 120, 255);
    if (grade == QLatin1String("STS"))
        return QColor(255, 230, 0);
    if (grade == QLatin1String("TY"))
        return QColor(255, 150, 0);
    if (grade == QLatin1String("STY"))
        return QColor(255, 60, 200);
    if (grade == QLatin1String("SuperTY"))
        return QColor(230, 0, 0);
    return QColor(190, 190, 190);
}

CategorizedStyle typhoonTrackStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("grade");
    for (const QString &grade : {QStringLiteral("LOW"), QStringLiteral("TD"), QStringLiteral("TS"), QStringLiteral("STS"),
                                 QStringLiteral("TY"), QStringLiteral("STY"), QStringLiteral("SuperTY"), QStringLiteral("ET"),
                                 QStringLiteral("?")}) {
        LayerStyle style;
        style.stroke = typhoonGradeColor(grade);
        style.strokeWidth = 3.0;
        style.pointFill = typhoonGradeColor(grade);
        style.pointSize = 11.0;
        style.labelField = QStringLiteral("label");
        style.labelSize = 15.0;
        style.labelColor = QColor(235, 240, 245);
        style.labelHalo = QColor(6, 18, 30, 230);
        style.labelPriority = 8;
        styles.categories.insert(grade, style);
    }
    styles.fallback = styles.categories.value(QStringLiteral("?"));
    return styles;
}

QColor stationStateColor(const QString &state)
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("normal"), QColor(60, 200, 110)},   {QStringLiteral("nothreshold"), QColor(150, 160, 170)},
        {QStringLiteral("warning"), QColor(255, 150, 20)},  {QStringLiteral("guaranteed"), QColor(255, 60, 60)},
        {QStringLiteral("floodlimit"), QColor(200, 110, 255)}, {QStringLiteral("stale"), QColor(110, 120, 135)}};
    return colours.value(state, QColor(150, 160, 170));
}

CategorizedStyle stationStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("state");
    for (const QString &state : {QStringLiteral("normal"), QStringLiteral("nothreshold"), QStringLiteral("warning"),
                                 QStringLiteral("guaranteed"), QStringLiteral("floodlimit"), QStringLiteral("stale")}) {
        LayerStyle style;
        style.pointFill = stationStateColor(state);
        style.stroke = QColor(10, 20, 30);
        style.strokeWidth = 1.5;
        const bool over = state == QLatin1String("warning") || state == QLatin1String("guaranteed") || state == QLatin1String("floodlimit");
        style.pointSize = over ? 16.0 : 11.0;
        style.labelField = QStringLiteral("label");
        style.labelSize = over ? 15.0 : 12.0;
        style.labelBold = over;
        style.labelColor = over ? stationStateColor(state).lighter(130) : QColor(220, 228, 236);
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
    event.labelField = QStringLiteral("label");
    event.labelSize = 15.0;
    event.labelBold = true;
    event.labelColor = QColor(255, 190, 150);
    event.labelHalo = QColor(6, 18, 30, 230);
    event.labelPriority = 10;
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

QColor responseLevelColor(int level)
{
    static const char *const colours[] = {"none", "red", "orange", "yellow", "blue"};
    return warningLevelColor(QLatin1String(level >= 1 && level <= 4 ? colours[level] : colours[0]));
}

CategorizedStyle incidentAreaStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("style");
    for (int level = 0; level <= 4; ++level)
        for (const bool exercise : {false, true}) {
            const QColor colour = responseLevelColor(level);
            LayerStyle style;
            style.fill = QColor(colour.red(), colour.green(), colour.blue(), exercise ? 45 : 80);
            style.stroke = colour;
            style.strokeWidth = 4.0;
            style.dashed = exercise;  // an exercise never looks like a real response
            style.unionFill = true;
            style.labelField = QStringLiteral("label");
            style.labelSize = 17.0;
            style.labelBold = true;
            style.labelColor = colour.lighter(140);
            style.labelHalo = QColor(6, 18, 30, 230);
            style.labelHaloWidth = 3.0;
            style.labelPriority = 30;
            styles.categories.insert(QStringLiteral("%1%2").arg(level).arg(exercise ? QStringLiteral("x") : QString()), style);
        }
    styles.fallback = styles.categories.value(QStringLiteral("0"));
    return styles;
}

CategorizedStyle hotspotCheckStyles()
{
    CategorizedStyle styles;
    styles.field = QStringLiteral("finding");
    const std::pair<const char *, QColor> findings[] = {{"open", QColor(255, 230, 80)},      {"fire", QColor(255, 60, 40)},
                                                        {"burning", QColor(255, 160, 60)},  {"industrial", QColor(170, 170, 200)},
                                                        {"nothing-found", QColor(120, 200, 140)}};
    for (const auto &[finding, colour] : findings) {
        LayerStyle style;
        style.fill = colour;
        style.stroke = QColor(6, 18, 30);
        style.strokeWidth = 2.0;
        style.pointSize = 16.0;
        style.labelField = QStringLiteral("label");
        style.labelSize = 15.0;
        style.labelBold = true;
        style.labelColor = colour.lighter(120);
        style.labelHalo = QColor(6, 18, 30, 230);
        style.labelPriority = 40;
        styles.categories.insert(QLatin1String(finding), style);
    }
    styles.fallback = styles.categories.value(QStringLiteral("open"));
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
        style.labelField = QStringLiteral("label");
        style.labelSize = 16.0;
        style.labelBold = true;
        style.labelColor = colour;
        style.labelHalo = QColor(6, 18, 30, 230);
        style.labelPriority = 12;
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
        style.labelField = QStringLiteral("label");
        style.labelSize = 15.0;
        style.labelColor = colour;
        style.labelHalo = QColor(6, 18, 30, 230);
        style.labelPriority = 15;
        styles.categories.insert(QString::fromUtf8(threshold), style);
    }
    styles.fallback = styles.categories.value(QStringLiteral("R34"));
    return styles;
}

} // namespace lookout::gis
