// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "plans/planreader.h"

#include "core/division.h"
#include "incidents/incident.h"
#include "incidents/warningregistry.h"

#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <set>

namespace lookout::plans {

QString PlanProblem::toString() const
{
    const QString where = at.line > 0 ? QStringLiteral("%1:%2:%3").arg(file).arg(at.line).arg(at.column) : file;
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, message) : QStringLiteral("%1: %2: %3").arg(where, field, message);
}

KnownAreas KnownAreas::of(const QList<Division> &divisions)
{
    KnownAreas areas;
    for (const Division &division : divisions)
        areas.codes.insert(division.code);
    return areas;
}

namespace {

FilePlace placeOf(const YAML::Mark &mark)
{
    return mark.is_null() ? FilePlace{} : FilePlace{mark.line + 1, mark.column + 1};
}

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null: return QStringLiteral("nothing");
    case YAML::NodeType::Scalar: return QStringLiteral("\"%1\"").arg(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Sequence: return QStringLiteral("a list");
    case YAML::NodeType::Map: return QStringLiteral("a mapping");
    case YAML::NodeType::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// Walks the document with the path to each value, collecting every problem.
class Reader {
public:
    Reader(QString file, const KnownAreas &areas) : m_file(std::move(file)), m_areas(areas) {}

    QList<PlanProblem> problems;

    void problem(const YAML::Node &node, const QString &field, const QString &message)
    {
        problems.append({m_file, placeOf(node.Mark()), field, message});
    }

    // The keys of a mapping, each checked against `allowed`; false (with a problem) when it is no mapping.
    bool mapping(const YAML::Node &node, const QString &field, const QStringList &allowed)
    {
        if (!node.IsMap()) {
            problem(node, field, QStringLiteral("expected a mapping, got %1").arg(describe(node)));
            return false;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (!allowed.contains(key))
                problem(it->first, join(field, key), QStringLiteral("unknown key (expected one of %1)").arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    static QString join(const QString &field, const QString &key) { return field.isEmpty() ? key : field + QLatin1Char('.') + key; }
    static QString item(const QString &field, std::size_t index) { return QStringLiteral("%1[%2]").arg(field).arg(index); }

    // Whether a key is there; a required one that is not is a problem located at its parent.
    bool present(const YAML::Node &parent, const YAML::Node &node, const QString &path, bool required)
    {
        if (!node && required)
            problem(parent, path, QStringLiteral("missing"));
        return bool(node);
    }

    std::optional<QString> text(const YAML::Node &parent, const QString &field, const char *key, bool required)
    {
        const YAML::Node node = parent[key];
        const QString path = join(field, QString::fromLatin1(key));
        if (!present(parent, node, path, required))
            return std::nullopt;
        if (!node.IsScalar()) {
            problem(node, path, QStringLiteral("expected text, got %1").arg(describe(node)));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar()).trimmed();
    }

    std::optional<double> number(const YAML::Node &parent, const QString &field, const char *key, bool required, double min,
                                 double max)
    {
        const YAML::Node node = parent[key];
        const QString path = join(field, QString::fromLatin1(key));
        if (!present(parent, node, path, required))
            return std::nullopt;
        bool ok = false;
        const double value = node.IsScalar() ? QString::fromStdString(node.Scalar()).toDouble(&ok) : 0.0;
        if (!ok) {
            problem(node, path, QStringLiteral("expected a number, got %1").arg(describe(node)));
            return std::nullopt;
        }
        if (value < min || value > max) {
            problem(node, path, QStringLiteral("%1 is outside %2 … %3").arg(value).arg(min).arg(max));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const YAML::Node &parent, const QString &field, const char *key)
    {
        const YAML::Node node = parent[key];
        if (!node)
            return std::nullopt;
        const QString value = node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
        if (value == QLatin1String("true"))
            return true;
        if (value == QLatin1String("false"))
            return false;
        problem(node, join(field, QString::fromLatin1(key)), QStringLiteral("expected true or false, got %1").arg(describe(node)));
        return std::nullopt;
    }

    // A word of a closed vocabulary, through `parse`.
    template <typename T>
    std::optional<T> word(const YAML::Node &parent, const QString &field, const char *key, bool required,
                          const std::function<std::optional<T>(const QString &)> &parse, const QString &choices)
    {
        const auto value = text(parent, field, key, required);
        if (!value)
            return std::nullopt;
        if (auto parsed = parse(*value))
            return parsed;
        problem(parent[key], join(field, QString::fromLatin1(key)), QStringLiteral("\"%1\" is not one of %2").arg(*value, choices));
        return std::nullopt;
    }

    // A 统计用区划代码 the workspace knows (4404, 440402, 440402005, …).
    std::optional<QString> area(const YAML::Node &parent, const QString &field, const char *key, bool required)
    {
        const auto code = text(parent, field, key, required);
        if (!code)
            return std::nullopt;
        const QString path = join(field, QString::fromLatin1(key));
        if (!divisionLevelOfCode(*code)) {
            problem(parent[key], path, QStringLiteral("\"%1\" is not a 统计用区划代码 (2, 4, 6, 9 or 12 digits)").arg(*code));
            return std::nullopt;
        }
        if (!m_areas.codes.isEmpty() && !m_areas.codes.contains(*code)) {
            problem(parent[key], path, QStringLiteral("\"%1\" is not in the workspace's divisions table").arg(*code));
            return std::nullopt;
        }
        return code;
    }

    Place place(const YAML::Node &parent, const QString &field)
    {
        Place place;
        const YAML::Node node = parent["of"];
        const QString path = join(field, QStringLiteral("of"));
        if (!node) {
            problem(parent, path, QStringLiteral("missing ({point: [lon, lat]} or {area: CODE})"));
            return place;
        }
        if (!mapping(node, path, {QStringLiteral("point"), QStringLiteral("area")}))
            return place;
        if (node["point"] && node["area"]) {
            problem(node, path, QStringLiteral("give a point or an area, not both"));
            return place;
        }
        if (const YAML::Node point = node["point"]) {
            bool lonOk = false, latOk = false;
            double lon = 0, lat = 0;
            if (point.IsSequence() && point.size() == 2) {
                lon = QString::fromStdString(point[0].IsScalar() ? point[0].Scalar() : std::string()).toDouble(&lonOk);
                lat = QString::fromStdString(point[1].IsScalar() ? point[1].Scalar() : std::string()).toDouble(&latOk);
            }
            if (!lonOk || !latOk || lon < -180 || lon > 180 || lat < -90 || lat > 90)
                problem(point, join(path, QStringLiteral("point")), QStringLiteral("expected [lon, lat] in degrees, got %1").arg(describe(point)));
            else
                place.point = GeoPoint{lon, lat};
        } else if (auto code = area(node, path, "area", true)) {
            place.area = *code;
        }
        return place;
    }

    Trigger trigger(const YAML::Node &node, const QString &field, int depth = 0)
    {
        Trigger trigger;
        trigger.at = placeOf(node.Mark());
        if (!node.IsMap() || node.size() != 1) {
            problem(node, field, QStringLiteral("expected one trigger ({kind: {…}}), got %1").arg(describe(node)));
            return trigger;
        }
        const auto entry = node.begin();
        const QString name = QString::fromStdString(entry->first.Scalar());
        const YAML::Node body = entry->second;
        const QString path = join(field, name);
        const auto kind = triggerKindFromString(name);
        if (!kind) {
            QStringList kinds;
            for (int k = int(TriggerKind::Any); k <= int(TriggerKind::FireEvents); ++k)
                kinds.append(toString(TriggerKind(k)));
            problem(entry->first, path, QStringLiteral("unknown trigger kind (expected one of %1)").arg(kinds.join(QStringLiteral(", "))));
            return trigger;
        }
        trigger.kind = *kind;
        if (*kind == TriggerKind::Any || *kind == TriggerKind::All) {
            if (depth > 16) {
                problem(body, path, QStringLiteral("nested deeper than 16 levels"));
                return trigger;
            }
            if (!body.IsSequence() || body.size() == 0) {
                problem(body, path, QStringLiteral("expected a non-empty list of triggers, got %1").arg(describe(body)));
                return trigger;
            }
            for (std::size_t i = 0; i < body.size(); ++i)
                trigger.children.append(this->trigger(body[i], item(path, i), depth + 1));
            return trigger;
        }
        readParameters(trigger, body, path);
        return trigger;
    }

    void readParameters(Trigger &trigger, const YAML::Node &body, const QString &path)
    {
        auto keys = [](std::initializer_list<const char *> names) {
            QStringList list;
            for (const char *name : names)
                list.append(QString::fromLatin1(name));
            return list;
        };
        const auto grade = [](const QString &word) -> std::optional<feeds::TyphoonGrade> {
            for (int g = int(feeds::TyphoonGrade::TD); g <= int(feeds::TyphoonGrade::SuperTY); ++g)
                if (feeds::gradeCode(feeds::TyphoonGrade(g)) == word)
                    return feeds::TyphoonGrade(g);
            return std::nullopt;
        };
        const auto warningLevel = [](const QString &word) -> std::optional<incidents::WarningLevel> {
            for (auto level : {incidents::WarningLevel::Blue, incidents::WarningLevel::Yellow, incidents::WarningLevel::Orange,
                               incidents::WarningLevel::Red})
                if (incidents::levelName(level) == word)
                    return level;
            return std::nullopt;
        };
        const QString colours = QStringLiteral("blue, yellow, orange, red");
        switch (trigger.kind) {
        case TriggerKind::StormDistance:
        case TriggerKind::StormForecastDistance: {
            const bool forecast = trigger.kind == TriggerKind::StormForecastDistance;
            if (!mapping(body, path, forecast ? keys({"within_km", "within_hours", "of", "min_grade"}) : keys({"within_km", "of", "min_grade"})))
                return;
            trigger.withinKm = number(body, path, "within_km", true, 0, 5000).value_or(0);
            if (forecast)
                trigger.withinHours = int(number(body, path, "within_hours", true, 1, 240).value_or(0));
            trigger.of = place(body, path);
            trigger.minGrade = word<feeds::TyphoonGrade>(body, path, "min_grade", false, grade, QStringLiteral("TD, TS, STS, TY, STY, SuperTY"));
            return;
        }
        case TriggerKind::WindCircle:
            if (!mapping(body, path, keys({"threshold", "area", "within_hours"})))
                return;
            trigger.threshold = word<WindThreshold>(body, path, "threshold", true, windThresholdFromString,
                                                    QStringLiteral("force7, force10, force12, r34, r50, r64")).value_or(WindThreshold::Force7);
            trigger.area = area(body, path, "area", true).value_or(QString());
            trigger.withinHours = int(number(body, path, "within_hours", false, 0, 240).value_or(0));
            return;
        case TriggerKind::Warning:
            if (!mapping(body, path, keys({"event_contains", "min_level", "area"})))
                return;
            trigger.eventContains = text(body, path, "event_contains", false).value_or(QString());
            trigger.minLevel = word<incidents::WarningLevel>(body, path, "min_level", false, warningLevel, colours).value_or(incidents::WarningLevel::Blue);
            trigger.area = area(body, path, "area", true).value_or(QString());
            return;
        case TriggerKind::Station:
            if (!mapping(body, path, keys({"station", "area", "over", "by_m"})))
                return;
            if (bool(body["station"]) == bool(body["area"]))
                problem(body, path, QStringLiteral("give a station (STCD) or an area, one of them"));
            trigger.station = text(body, path, "station", false).value_or(QString());
            trigger.area = body["area"] ? area(body, path, "area", true).value_or(QString()) : QString();
            trigger.over = word<StationThreshold>(body, path, "over", true, stationThresholdFromString,
                                                  QStringLiteral("warning, guarantee, flood-limit")).value_or(StationThreshold::Warning);
            trigger.byMetres = number(body, path, "by_m", false, -100, 100).value_or(0);
            return;
        case TriggerKind::Rainfall: {
            if (!mapping(body, path, keys({"hours", "stat", "at_least_mm", "area"})))
                return;
            const auto hours = number(body, path, "hours", true, 1, 24);
            if (hours && !QList<int>{1, 3, 6, 12, 24}.contains(int(*hours)))
                problem(body["hours"], join(path, QStringLiteral("hours")), QStringLiteral("%1 is not one of 1, 3, 6, 12, 24").arg(*hours));
            trigger.hours = int(hours.value_or(0));
            trigger.stat = word<RainStat>(body, path, "stat", false,
                                          [](const QString &w) -> std::optional<RainStat> {
                                              if (w == QLatin1String("mean"))
                                                  return RainStat::Mean;
                                              if (w == QLatin1String("max"))
                                                  return RainStat::Max;
                                              return std::nullopt;
                                          },
                                          QStringLiteral("mean, max")).value_or(RainStat::Mean);
            trigger.atLeastMm = number(body, path, "at_least_mm", true, 0, 5000).value_or(0);
            trigger.area = area(body, path, "area", true).value_or(QString());
            return;
        }
        case TriggerKind::RainstormSignal: {
            if (!mapping(body, path, keys({"min_level", "area"})))
                return;
            const auto signal = word<incidents::WarningLevel>(body, path, "min_level", true, warningLevel, colours);
            trigger.minSignal = analysis::RainstormSignal(int(signal.value_or(incidents::WarningLevel::Blue)));
            trigger.area = area(body, path, "area", true).value_or(QString());
            return;
        }
        case TriggerKind::FireDanger:
            if (!mapping(body, path, keys({"min_class", "area"})))
                return;
            trigger.minClass = int(number(body, path, "min_class", true, 1, 5).value_or(3));
            trigger.area = area(body, path, "area", true).value_or(QString());
            return;
        case TriggerKind::FireEvents:
            if (!mapping(body, path, keys({"at_least", "area", "unchecked_only"})))
                return;
            trigger.atLeast = int(number(body, path, "at_least", false, 1, 100000).value_or(1));
            trigger.area = area(body, path, "area", true).value_or(QString());
            trigger.uncheckedOnly = boolean(body, path, "unchecked_only").value_or(false);
            return;
        case TriggerKind::Any:
        case TriggerKind::All: return;
        }
    }

    QList<PlanSource> sources(const YAML::Node &root)
    {
        QList<PlanSource> list;
        const YAML::Node node = root["source"];
        if (!node) {
            problem(root, QStringLiteral("source"), QStringLiteral("missing (where the thresholds come from)"));
            return list;
        }
        auto one = [&](const YAML::Node &entry, const QString &path) {
            if (!mapping(entry, path, {QStringLiteral("document"), QStringLiteral("clause"), QStringLiteral("verified")}))
                return;
            PlanSource source;
            source.document = text(entry, path, "document", true).value_or(QString());
            source.clause = text(entry, path, "clause", false).value_or(QString());
            source.verified = boolean(entry, path, "verified").value_or(false);
            list.append(source);
        };
        if (node.IsSequence())
            for (std::size_t i = 0; i < node.size(); ++i)
                one(node[i], item(QStringLiteral("source"), i));
        else
            one(node, QStringLiteral("source"));
        return list;
    }

    int levelOf(const YAML::Node &entry, const QString &path)
    {
        return int(number(entry, path, "level", true, 1, 4).value_or(0));
    }

    Plan plan(const YAML::Node &root)
    {
        Plan plan;
        if (!mapping(root, QString(), {QStringLiteral("plan"), QStringLiteral("id"), QStringLiteral("issuer"), QStringLiteral("hazard"),
                                       QStringLiteral("jurisdiction"), QStringLiteral("source"), QStringLiteral("exercise"),
                                       QStringLiteral("levels"), QStringLiteral("end_when"), QStringLiteral("actions"),
                                       QStringLiteral("resources")}))
            return plan;
        plan.file = m_file;
        plan.title = text(root, {}, "plan", true).value_or(QString());
        plan.id = text(root, {}, "id", true).value_or(QString());
        static const QRegularExpression idForm(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!plan.id.isEmpty() && !idForm.match(plan.id).hasMatch())
            problem(root["id"], QStringLiteral("id"), QStringLiteral("\"%1\": use lower-case letters, digits and hyphens").arg(plan.id));
        plan.issuer = text(root, {}, "issuer", false).value_or(QString());
        plan.hazard = word<incidents::Hazard>(root, {}, "hazard", true, incidents::hazardFromString,
                                              QStringLiteral("flood, typhoon, rainstorm, forest-fire, other")).value_or(incidents::Hazard::Other);
        plan.jurisdiction = area(root, {}, "jurisdiction", true).value_or(QString());
        plan.sources = sources(root);
        plan.exercise = boolean(root, {}, "exercise").value_or(false);

        const YAML::Node levels = root["levels"];
        if (!levels || !levels.IsSequence() || levels.size() == 0) {
            problem(levels ? levels : root, QStringLiteral("levels"), QStringLiteral("expected a non-empty list of levels"));
        } else {
            std::set<int> seen;
            for (std::size_t i = 0; i < levels.size(); ++i) {
                const QString path = item(QStringLiteral("levels"), i);
                if (!mapping(levels[i], path, {QStringLiteral("level"), QStringLiteral("when")}))
                    continue;
                PlanLevel level;
                level.at = placeOf(levels[i].Mark());
                level.level = levelOf(levels[i], path);
                if (level.level && !seen.insert(level.level).second)
                    problem(levels[i]["level"], join(path, QStringLiteral("level")), QStringLiteral("level %1 is given twice").arg(level.level));
                if (!levels[i]["when"])
                    problem(levels[i], join(path, QStringLiteral("when")), QStringLiteral("missing"));
                else
                    level.when = trigger(levels[i]["when"], join(path, QStringLiteral("when")));
                plan.levels.append(level);
            }
            std::sort(plan.levels.begin(), plan.levels.end(), [](const PlanLevel &a, const PlanLevel &b) { return a.level < b.level; });
        }

        if (const YAML::Node end = root["end_when"]) {
            if (mapping(end, QStringLiteral("end_when"), {QStringLiteral("none_for_hours")}))
                plan.endAfterHours = number(end, QStringLiteral("end_when"), "none_for_hours", true, 0, 720).value_or(6);
        }
        readActions(root, plan);
        readResources(root, plan);
        return plan;
    }

    // An optional list: an empty sequence when absent, or (with a problem) when it is no list.
    YAML::Node list(const YAML::Node &root, const char *key)
    {
        const YAML::Node node = root[key];
        if (node && !node.IsSequence())
            problem(node, QString::fromLatin1(key), QStringLiteral("expected a list, got %1").arg(describe(node)));
        return node && node.IsSequence() ? node : YAML::Node(YAML::NodeType::Sequence);
    }

    void readActions(const YAML::Node &root, Plan &plan)
    {
        const YAML::Node actions = list(root, "actions");
        std::set<QString> ids;
        for (std::size_t i = 0; i < actions.size(); ++i) {
            const QString path = item(QStringLiteral("actions"), i);
            if (!mapping(actions[i], path, {QStringLiteral("level"), QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("owner"),
                                            QStringLiteral("due_hours"), QStringLiteral("report")}))
                continue;
            PlanAction action;
            action.level = levelOf(actions[i], path);
            action.id = text(actions[i], path, "id", true).value_or(QString());
            if (!action.id.isEmpty() && !ids.insert(action.id).second)
                problem(actions[i]["id"], join(path, QStringLiteral("id")), QStringLiteral("\"%1\" is used twice").arg(action.id));
            action.text = text(actions[i], path, "text", true).value_or(QString());
            action.owner = text(actions[i], path, "owner", true).value_or(QString());
            action.dueHours = number(actions[i], path, "due_hours", true, 0, 720).value_or(0);
            action.report = boolean(actions[i], path, "report").value_or(false);
            plan.actions.append(action);
        }
    }

    void readResources(const YAML::Node &root, Plan &plan)
    {
        const YAML::Node needs = list(root, "resources");
        for (std::size_t i = 0; i < needs.size(); ++i) {
            const QString path = item(QStringLiteral("resources"), i);
            if (!mapping(needs[i], path, {QStringLiteral("level"), QStringLiteral("kind"), QStringLiteral("quantity"), QStringLiteral("area")}))
                continue;
            PlanNeed need;
            need.level = levelOf(needs[i], path);
            need.kind = text(needs[i], path, "kind", true).value_or(QString());
            need.quantity = number(needs[i], path, "quantity", true, 0, 1e9).value_or(0);
            need.area = area(needs[i], path, "area", false).value_or(plan.jurisdiction);
            plan.resources.append(need);
        }
    }

private:
    QString m_file;
    const KnownAreas &m_areas;
};

} // namespace

PlanReading readPlan(const QByteArray &bytes, const QString &file, const KnownAreas &areas)
{
    PlanReading reading;
    Reader reader(file, areas);
    YAML::Node root;
    try {
        root = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &error) {
        reading.problems.append({file, placeOf(error.mark), QString(),
                                 QStringLiteral("YAML syntax: %1").arg(QString::fromStdString(error.msg))});
        return reading;
    }
    try {
        if (!root || root.IsNull()) {
            reading.problems.append({file, {}, QString(), QStringLiteral("empty: no plan in the file")});
            return reading;
        }
        Plan plan = reader.plan(root);
        reading.problems = reader.problems;
        if (reading.problems.isEmpty())
            reading.plan = std::move(plan);
    } catch (const YAML::Exception &error) {
        reading.problems = reader.problems;
        reading.problems.append({file, placeOf(error.mark), QString(), QString::fromStdString(error.msg)});
    }
    return reading;
}

PlanReading readPlanFile(const QString &path, const KnownAreas &areas)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PlanReading reading;
        reading.problems.append({path, {}, QString(), QStringLiteral("cannot read: %1").arg(file.errorString())});
        return reading;
    }
    return readPlan(file.readAll(), path, areas);
}

} // namespace lookout::plans
