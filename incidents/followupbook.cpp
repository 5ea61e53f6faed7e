// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/followupbook.h"

#include "incidents/recorddraft.h"

#include <algorithm>
#include <array>

namespace lookout::incidents {

namespace {

const std::array<std::pair<CheckFinding, const char *>, 4> kFindings{{{CheckFinding::Fire, "fire"},
                                                                       {CheckFinding::Burning, "burning"},
                                                                       {CheckFinding::Industrial, "industrial"},
                                                                       {CheckFinding::NothingFound, "nothing-found"}}};

Error invalid(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

template <typename Item>
Item *bySequence(QList<Item> &items, qint64 sequence)
{
    auto found = std::find_if(items.begin(), items.end(), [&](const Item &item) { return item.sequence == sequence; });
    return found == items.end() ? nullptr : &*found;
}

template <typename Item>
const Item *bySequence(const QList<Item> &items, qint64 sequence)
{
    auto found = std::find_if(items.begin(), items.end(), [&](const Item &item) { return item.sequence == sequence; });
    return found == items.end() ? nullptr : &*found;
}

} // namespace

QString toString(CheckFinding finding)
{
    for (const auto &[value, name] : kFindings)
        if (value == finding)
            return QString::fromLatin1(name);
    return {};
}

std::optional<CheckFinding> checkFindingFromString(const QString &text)
{
    for (const auto &[value, name] : kFindings)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

void FollowUpBook::apply(const store::JournalEntry &entry)
{
    const QString &kind = entry.kind;
    if (!kind.startsWith(QLatin1String("instruction.")) && !kind.startsWith(QLatin1String("check.")))
        return;
    const QJsonObject p = entry.payloadObject();
    auto text = [&](const char *key) { return p.value(QLatin1String(key)).toString(); };
    if (kind == kinds::kInstructionGiven) {
        m_instructions.append(Instruction{entry.sequence, entry.at(), text("leader"), text("to"), text("text"), text("follow_up"),
                                          text("incident"), {}, {}, {}});
    } else if (kind == kinds::kInstructionReported) {
        Instruction *instruction = bySequence(m_instructions, p.value(QStringLiteral("instruction")).toInteger());
        if (instruction && instruction->isOpen()) {
            instruction->reportedAt = entry.at();
            instruction->report = text("report");
            instruction->reportedBy = entry.user;
        }
    } else if (kind == kinds::kCheckSent) {
        HotspotCheck check;
        check.sequence = entry.sequence;
        check.sentAt = entry.at();
        check.sentBy = entry.user;
        check.position = GeoPoint{p.value(QStringLiteral("lon")).toDouble(), p.value(QStringLiteral("lat")).toDouble()};
        check.district = text("district");
        check.districtCode = text("district_code");
        check.town = text("town");
        check.townCode = text("town_code");
        check.firstDetection = timeFromIso(p.value(QStringLiteral("first_detection")));
        check.lastDetection = timeFromIso(p.value(QStringLiteral("last_detection")));
        check.detections = p.value(QStringLiteral("detections")).toInt();
        check.maxFrp = p.value(QStringLiteral("max_frp")).toDouble();
        check.incident = text("incident");
        m_checks.append(check);
    } else if (kind == kinds::kCheckFinding) {
        HotspotCheck *check = bySequence(m_checks, p.value(QStringLiteral("check")).toInteger());
        const auto finding = checkFindingFromString(text("finding"));
        if (check && check->isOpen() && finding) {
            check->finding = finding;
            check->foundAt = entry.at();
            check->findingText = text("text");
            check->foundBy = entry.user;
        }
    }
}

Result<store::JournalDraft> FollowUpBook::giveInstruction(const QString &leader, const QString &to, const QString &text,
                                                          const QString &followUp, const QString &incident, const Actor &actor) const
{
    if (leader.trimmed().isEmpty() || to.trimmed().isEmpty() || text.trimmed().isEmpty() || followUp.trimmed().isEmpty())
        return invalid(QStringLiteral("an instruction needs the leader who gave it, to whom, what it says and the follow-up it asks for"));
    QJsonObject payload{{QStringLiteral("leader"), leader.trimmed()}, {QStringLiteral("to"), to.trimmed()},
                        {QStringLiteral("text"), text.trimmed()}, {QStringLiteral("follow_up"), followUp.trimmed()}};
    if (!incident.isEmpty())
        payload.insert(QStringLiteral("incident"), incident);
    return draftOf(actor, kinds::kInstructionGiven, payload);
}

Result<store::JournalDraft> FollowUpBook::reportInstruction(qint64 instruction, const QString &report, const Actor &actor) const
{
    const Instruction *found = bySequence(m_instructions, instruction);
    if (!found)
        return makeError(Error::Code::NotFound, QStringLiteral("no instruction #%1").arg(instruction));
    if (!found->isOpen())
        return invalid(QStringLiteral("instruction #%1 was already reported on %2").arg(instruction).arg(isoTime(found->reportedAt)));
    if (report.trimmed().isEmpty())
        return invalid(QStringLiteral("a report says what was done"));
    return draftOf(actor, kinds::kInstructionReported, {{QStringLiteral("instruction"), instruction}, {QStringLiteral("report"), report.trimmed()}});
}

Result<store::JournalDraft> FollowUpBook::sendCheck(const CheckedEvent &event, const AreaRef &town, const QString &incident,
                                                    const Actor &actor) const
{
    if (!event.position.isValid() || event.detections < 1)
        return invalid(QStringLiteral("a check is for a fire event with a position and at least one detection"));
    if (town.name.trimmed().isEmpty())
        return invalid(QStringLiteral("a check goes to a town (镇街) that can send someone"));
    if (!town.code.isEmpty() && !event.districtCode.isEmpty() && parentCode(town.code) != event.districtCode)
        return invalid(QStringLiteral("%1 is not a town of %2, which holds the fire event").arg(town.display(), event.district));
    for (const HotspotCheck &check : m_checks)
        if (check.isOpen() && std::abs(check.position.lon - event.position.lon) < 1e-6 && std::abs(check.position.lat - event.position.lat) < 1e-6)
            return invalid(QStringLiteral("this fire event was already sent to %1 (#%2) and has no finding yet").arg(check.town).arg(check.sequence));
    QJsonObject payload{{QStringLiteral("lon"), event.position.lon},
                        {QStringLiteral("lat"), event.position.lat},
                        {QStringLiteral("district"), event.district},
                        {QStringLiteral("town"), town.name.trimmed()},
                        {QStringLiteral("first_detection"), isoTime(event.firstDetection)},
                        {QStringLiteral("last_detection"), isoTime(event.lastDetection)},
                        {QStringLiteral("detections"), event.detections},
                        {QStringLiteral("max_frp"), event.maxFrp}};
    if (!incident.isEmpty())
        payload.insert(QStringLiteral("incident"), incident);
    if (!event.districtCode.isEmpty())
        payload.insert(QStringLiteral("district_code"), event.districtCode);
    if (!town.code.isEmpty())
        payload.insert(QStringLiteral("town_code"), town.code);
    return draftOf(actor, kinds::kCheckSent, payload);
}

Result<store::JournalDraft> FollowUpBook::reportFinding(qint64 check, CheckFinding finding, const QString &text, const Actor &actor) const
{
    const HotspotCheck *found = bySequence(m_checks, check);
    if (!found)
        return makeError(Error::Code::NotFound, QStringLiteral("no check #%1").arg(check));
    if (!found->isOpen())
        return invalid(QStringLiteral("check #%1 already has its finding (%2)").arg(check).arg(toString(*found->finding)));
    return draftOf(actor, kinds::kCheckFinding,
                   {{QStringLiteral("check"), check}, {QStringLiteral("finding"), toString(finding)}, {QStringLiteral("text"), text.trimmed()}});
}

} // namespace lookout::incidents
