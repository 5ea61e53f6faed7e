// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "incidents/releasebook.h"

#include "core/wordtable.h"
#include "incidents/incidentbook.h"
#include "incidents/recorddraft.h"

#include <QJsonArray>

#include <array>

namespace lookout::incidents {

namespace {

const std::array<std::pair<ReportType, const char *>, 5> kReportTypes{{{ReportType::Initial, "initial"},
                                                                      {ReportType::Followup, "followup"},
                                                                      {ReportType::Final, "final"},
                                                                      {ReportType::Daily, "daily"},
                                                                      {ReportType::Review, "review"}}};

Error invalid(const QString &message, const QString &field)
{
    return makeError(Error::Code::InvalidArgument, message, {field});
}

} // namespace

QString toString(ReportType type) { return wordOf(kReportTypes, type); }
std::optional<ReportType> reportTypeFromString(const QString &text) { return valueOf(kReportTypes, text); }

const IssuedCap *ReleaseBook::cap(const QString &identifier) const
{
    for (const IssuedCap &cap : m_caps)
        if (cap.identifier == identifier)
            return &cap;
    return nullptr;
}

const LossFigures *ReleaseBook::losses(const QString &incident) const
{
    for (auto it = m_losses.crbegin(); it != m_losses.crend(); ++it)
        if (it->incident == incident)
            return &*it;
    return nullptr;
}

int ReleaseBook::nextFollowup(const QString &incident) const
{
    int last = 0;
    for (const IssuedReport &report : m_reports)
        if (report.incident == incident && report.type == ReportType::Followup)
            last = std::max(last, report.followup);
    return last + 1;
}

QList<const IssuedReport *> ReleaseBook::reportsOf(const QString &incident) const
{
    QList<const IssuedReport *> found;
    for (const IssuedReport &report : m_reports)
        if (report.incident == incident)
            found.append(&report);
    return found;
}

void ReleaseBook::apply(const store::JournalEntry &entry)
{
    if (entry.kind != kinds::kCapIssued && entry.kind != kinds::kReportIssued && entry.kind != kinds::kLossesRecorded)
        return;
    const QJsonObject p = entry.payloadObject();
    if (entry.kind == kinds::kCapIssued) {
        IssuedCap cap;
        cap.sequence = entry.sequence;
        cap.recordedAt = entry.at();
        cap.issuedBy = entry.user;
        cap.identifier = p.value(QStringLiteral("identifier")).toString();
        cap.sender = p.value(QStringLiteral("sender")).toString();
        cap.sent = timeFromIso(p.value(QStringLiteral("sent")));
        cap.msgType = feeds::capMsgTypeFrom(p.value(QStringLiteral("msgType")).toString()).value_or(feeds::CapMsgType::Alert);
        cap.status = feeds::capStatusFrom(p.value(QStringLiteral("status")).toString()).value_or(feeds::CapStatus::Actual);
        cap.event = p.value(QStringLiteral("event")).toString();
        cap.headline = p.value(QStringLiteral("headline")).toString();
        cap.level = p.value(QStringLiteral("level")).toString();
        for (const QJsonValue &reference : p.value(QStringLiteral("references")).toArray())
            cap.references.append(reference.toString());
        cap.xml = p.value(QStringLiteral("xml")).toString().toUtf8();
        m_caps.append(cap);
        return;
    }
    if (entry.kind == kinds::kLossesRecorded) {
        LossFigures figures;
        figures.sequence = entry.sequence;
        figures.at = entry.at();
        figures.by = entry.user;
        figures.incident = p.value(QStringLiteral("incident")).toString();
        figures.deaths = p.value(QStringLiteral("deaths")).toInt();
        figures.missing = p.value(QStringLiteral("missing")).toInt();
        figures.injured = p.value(QStringLiteral("injured")).toInt();
        figures.evacuated = p.value(QStringLiteral("evacuated")).toInt();
        figures.directLossYuan = p.value(QStringLiteral("directLossYuan")).toDouble();
        figures.note = p.value(QStringLiteral("note")).toString();
        m_losses.append(figures);
        return;
    }
    IssuedReport report;
    report.number = int(m_reports.size()) + 1;
    report.sequence = entry.sequence;
    report.incident = p.value(QStringLiteral("incident")).toString();
    report.type = reportTypeFromString(p.value(QStringLiteral("type")).toString()).value_or(ReportType::Initial);
    report.followup = p.value(QStringLiteral("followup")).toInt();
    report.title = p.value(QStringLiteral("title")).toString();
    report.text = p.value(QStringLiteral("body")).toString();
    report.issuedAt = entry.at();
    report.issuedBy = entry.user;
    report.deadline = timeFromIso(p.value(QStringLiteral("deadline")));
    m_reports.append(report);
}

Result<store::JournalDraft> ReleaseBook::issueCap(const feeds::CapAlert &alert, const QByteArray &xml, const QString &level, const Actor &actor) const
{
    if (alert.identifier.isEmpty() || xml.isEmpty())
        return invalid(QStringLiteral("a CAP message is issued as written"), QStringLiteral("identifier"));
    if (cap(alert.identifier))
        return invalid(QStringLiteral("the identifier %1 was issued already").arg(alert.identifier), QStringLiteral("identifier"));
    QJsonArray references;
    if (alert.msgType == feeds::CapMsgType::Update || alert.msgType == feeds::CapMsgType::Cancel) {
        if (alert.references.isEmpty())
            return invalid(QStringLiteral("an update or cancel references the message it follows"), QStringLiteral("references"));
        for (const feeds::CapReference &reference : alert.references) {
            if (!cap(reference.identifier))
                return invalid(QStringLiteral("%1 is not a message this bureau issued").arg(reference.identifier), QStringLiteral("references"));
            for (const IssuedCap &later : m_caps)
                if (later.msgType == feeds::CapMsgType::Cancel && later.references.contains(reference.identifier))
                    return invalid(QStringLiteral("%1 was cancelled by %2").arg(reference.identifier, later.identifier), QStringLiteral("references"));
            references.append(reference.identifier);
        }
    }
    const feeds::CapInfo *info = alert.infos.isEmpty() ? nullptr : &alert.infos.front();
    return draftOf(actor, kinds::kCapIssued,
                   {{QStringLiteral("identifier"), alert.identifier},
                    {QStringLiteral("sender"), alert.sender},
                    {QStringLiteral("sent"), isoTime(alert.sent)},
                    {QStringLiteral("msgType"), feeds::toString(alert.msgType)},
                    {QStringLiteral("status"), feeds::toString(alert.status)},
                    {QStringLiteral("event"), info ? info->event : QString()},
                    {QStringLiteral("headline"), info ? info->headline : QString()},
                    {QStringLiteral("level"), level},
                    {QStringLiteral("references"), references},
                    {QStringLiteral("xml"), QString::fromUtf8(xml)},
                    {QStringLiteral("text"), QStringLiteral("CAP %1 %2: %3").arg(feeds::toString(alert.msgType), alert.identifier,
                                                                                  info ? info->headline : QString())}});
}

Result<store::JournalDraft> ReleaseBook::issueReport(const IncidentBook &incidents, const IssuedReport &report, const Actor &actor) const
{
    if (report.text.trimmed().isEmpty())
        return invalid(QStringLiteral("a report is issued with its text"), QStringLiteral("text"));
    if (report.type != ReportType::Daily) {
        if (!incidents.find(report.incident))
            return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {report.incident});
        for (const IssuedReport &earlier : m_reports)
            if (earlier.incident == report.incident && earlier.type == ReportType::Final && report.type != ReportType::Review)
                return invalid(QStringLiteral("the final report of %1 was issued (#%2)").arg(report.incident).arg(earlier.number), QStringLiteral("type"));
    }
    QJsonObject payload{{QStringLiteral("incident"), report.incident},
                        {QStringLiteral("type"), toString(report.type)},
                        {QStringLiteral("title"), report.title},
                        {QStringLiteral("body"), report.text},
                        {QStringLiteral("text"), QStringLiteral("report issued: %1").arg(report.title)}};
    if (report.type == ReportType::Followup)
        payload.insert(QStringLiteral("followup"), nextFollowup(report.incident));
    if (report.deadline.isValid())
        payload.insert(QStringLiteral("deadline"), isoTime(report.deadline));
    return draftOf(actor, kinds::kReportIssued, payload);
}

Result<store::JournalDraft> ReleaseBook::recordLosses(const IncidentBook &incidents, const LossFigures &figures, const Actor &actor) const
{
    if (!incidents.find(figures.incident))
        return makeError(Error::Code::NotFound, QStringLiteral("no such incident"), {figures.incident});
    if (figures.deaths < 0 || figures.missing < 0 || figures.injured < 0 || figures.evacuated < 0 || !(figures.directLossYuan >= 0))
        return invalid(QStringLiteral("figures are 0 or more"), QStringLiteral("figures"));
    return draftOf(actor, kinds::kLossesRecorded,
                   {{QStringLiteral("incident"), figures.incident},
                    {QStringLiteral("deaths"), figures.deaths},
                    {QStringLiteral("missing"), figures.missing},
                    {QStringLiteral("injured"), figures.injured},
                    {QStringLiteral("evacuated"), figures.evacuated},
                    {QStringLiteral("directLossYuan"), figures.directLossYuan},
                    {QStringLiteral("note"), figures.note.trimmed()},
                    {QStringLiteral("text"), QStringLiteral("losses: %1 dead, %2 missing, %3 injured, %4 evacuated")
                                                 .arg(figures.deaths).arg(figures.missing).arg(figures.injured).arg(figures.evacuated)}});
}

} // namespace lookout::incidents
