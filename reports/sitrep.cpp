// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "reports/sitrep.h"

#include "feeds/capwriter.h"
#include "reports/reportwords.h"

#include <QXmlStreamWriter>

namespace lookout::reports {

namespace {

const QString kSitRep = QStringLiteral("urn:oasis:names:tc:emergency:EDXL:SitRep:1.0");
const QString kCt = QStringLiteral("urn:oasis:names:tc:emergency:edxl:ct:1.0");
const QString kXnl = QStringLiteral("urn:oasis:names:tc:emergency:edxl:ciq:1.0:xnl");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

const QStringList kVersions{QStringLiteral("Initial"), QStringLiteral("Update"), QStringLiteral("Final")};
const QStringList kPhases{QStringLiteral("Preparedness"), QStringLiteral("Response"), QStringLiteral("Mitigation"), QStringLiteral("Recovery")};
const QStringList kConfidences{QStringLiteral("HighlyConfident"), QStringLiteral("SomewhatConfident"), QStringLiteral("Unsure"),
                               QStringLiteral("NoConfidence")};
const QStringList kSeverities{QStringLiteral("Extreme"), QStringLiteral("Severe"), QStringLiteral("Moderate"), QStringLiteral("Minor"),
                              QStringLiteral("Unknown")};

Result<void> check(const SitRep &report)
{
    auto refuse = [](const QString &field, const QString &why) { return makeError(Error::Code::InvalidArgument, why, {field}); };
    for (const auto &[field, value] : {std::pair{QStringLiteral("messageID"), report.messageID}, std::pair{QStringLiteral("incidentID"), report.incidentID},
                                       std::pair{QStringLiteral("incidentName"), report.incidentName},
                                       std::pair{QStringLiteral("preparedBy"), report.preparedBy}})
        if (value.trimmed().isEmpty())
            return refuse(field, QStringLiteral("is required"));
    if (!kVersions.contains(report.version))
        return refuse(QStringLiteral("reportVersion"), QStringLiteral("\"%1\" is not one of %2").arg(report.version, kVersions.join(QStringLiteral(", "))));
    if (!report.lifecyclePhase.isEmpty() && !kPhases.contains(report.lifecyclePhase))
        return refuse(QStringLiteral("incidentLifecyclePhase"), QStringLiteral("\"%1\" is not one of %2").arg(report.lifecyclePhase, kPhases.join(QStringLiteral(", "))));
    if (!kConfidences.contains(report.confidence))
        return refuse(QStringLiteral("reportConfidence"), QStringLiteral("\"%1\" is not one of %2").arg(report.confidence, kConfidences.join(QStringLiteral(", "))));
    if (!kSeverities.contains(report.severity))
        return refuse(QStringLiteral("severity"), QStringLiteral("\"%1\" is not one of %2").arg(report.severity, kSeverities.join(QStringLiteral(", "))));
    for (const auto &[field, time] : {std::pair{QStringLiteral("preparedBy/timeValue"), report.preparedAt}, std::pair{QStringLiteral("forTimePeriod/fromDateTime"), report.from},
                                      std::pair{QStringLiteral("forTimePeriod/toDateTime"), report.to}})
        if (!time.isValid())
            return refuse(field, QStringLiteral("is not a valid time"));
    if (report.number < 1)
        return refuse(QStringLiteral("reportNumber"), QStringLiteral("counts from 1"));
    if (report.areas.isEmpty())
        return refuse(QStringLiteral("incidentLocation"), QStringLiteral("the incident has no area"));
    return {};
}

void personTime(QXmlStreamWriter &xml, const QString &element, const QString &person, const QString &time)
{
    xml.writeStartElement(kSitRep, element);
    xml.writeStartElement(kCt, QStringLiteral("personDetails"));
    xml.writeStartElement(kXnl, QStringLiteral("personName"));
    xml.writeTextElement(kXnl, QStringLiteral("nameElement"), person);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeTextElement(kCt, QStringLiteral("timeValue"), time);
    xml.writeEndElement();
}

QString kindOf(incidents::Hazard hazard)
{
    return hazard == incidents::Hazard::ForestFire ? QStringLiteral("Fire") : QStringLiteral("Meteorological");
}

} // namespace

SitRep composeSitRep(const situation::Situation &situation, const QString &id, const ReportContext &context, const QString &issuer)
{
    SitRep report;
    const incidents::RecordState &record = situation.incidents.record;
    const incidents::Incident *incident = record.incidents.find(id);
    if (!incident)
        return report;
    const QList<const incidents::IssuedReport *> issued = record.releases.reportsOf(id);
    report.number = int(issued.size()) + 1;
    report.messageID = QStringLiteral("%1-sitrep-%2-%3").arg(issuer, id).arg(report.number);
    if (report.number > 1)
        report.precedingMessageID = QStringLiteral("%1-sitrep-%2-%3").arg(issuer, id).arg(report.number - 1);
    report.preparedBy = context.officer.isEmpty() ? context.unit : context.officer;
    report.preparedAt = situation.at;
    report.authorizedBy = context.unit;
    report.authorizedAt = situation.at;
    const bool ended = !incident->levels.isEmpty() && incident->levels.back().action == incidents::LevelAction::End;
    report.version = issued.isEmpty() ? QStringLiteral("Initial") : ended || !incident->isActive() ? QStringLiteral("Final") : QStringLiteral("Update");
    report.purpose = QStringLiteral("%1 situation report of %2 (%3)").arg(report.version, context.unit, incident->exercise ? QStringLiteral("EXERCISE") : QStringLiteral("actual"));
    report.from = incident->openedAt;
    report.to = situation.at;
    report.title = (incident->exercise ? QStringLiteral("【演练 EXERCISE】") : QString()) + incident->title;
    report.incidentID = incident->id;
    report.lifecyclePhase = incident->state == incidents::IncidentState::Response ? QStringLiteral("Response")
                            : incident->state == incidents::IncidentState::Warning ? QStringLiteral("Preparedness")
                                                                                    : QStringLiteral("Recovery");
    static const QStringList severities{QStringLiteral("Unknown"), QStringLiteral("Extreme"), QStringLiteral("Severe"), QStringLiteral("Moderate"),
                                        QStringLiteral("Minor")};
    report.severity = severities.value(highestLevel(*incident), QStringLiteral("Unknown"));
    report.incidentName = incident->title;
    report.incidentKind = kindOf(incident->hazard);
    report.incidentStart = incident->openedAt;
    report.areas = incident->areas;
    report.sizeRemarks = QStringLiteral("%1 divisions: %2").arg(incident->areas.size()).arg(incidents::areaNames(incident->areas).join(QStringLiteral(", ")));
    return report;
}

Result<QByteArray> writeSitRep(const SitRep &report, int offsetSeconds)
{
    if (auto valid = check(report); !valid)
        return valid.error();
    auto time = [&](const QDateTime &at) { return feeds::capTime(at, offsetSeconds); };
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(kSitRep, QStringLiteral("sitrep"));
    xml.writeNamespace(kCt, QStringLiteral("ct"));
    xml.writeNamespace(kXnl, QStringLiteral("xnl"));
    xml.writeNamespace(kXsi, QStringLiteral("xsi"));
    xml.writeStartElement(kSitRep, QStringLiteral("sitRep"));
    xml.writeTextElement(kSitRep, QStringLiteral("messageID"), report.messageID);
    personTime(xml, QStringLiteral("preparedBy"), report.preparedBy, time(report.preparedAt));
    personTime(xml, QStringLiteral("authorizedBy"), report.authorizedBy.isEmpty() ? report.preparedBy : report.authorizedBy,
               time(report.authorizedAt.isValid() ? report.authorizedAt : report.preparedAt));
    xml.writeTextElement(kSitRep, QStringLiteral("reportPurpose"), report.purpose);
    xml.writeTextElement(kSitRep, QStringLiteral("reportNumber"), QString::number(report.number));
    xml.writeTextElement(kSitRep, QStringLiteral("reportVersion"), report.version);
    xml.writeStartElement(kSitRep, QStringLiteral("forTimePeriod"));
    xml.writeTextElement(kCt, QStringLiteral("fromDateTime"), time(report.from));
    xml.writeTextElement(kCt, QStringLiteral("toDateTime"), time(report.to));
    xml.writeEndElement();
    if (!report.title.isEmpty())
        xml.writeTextElement(kSitRep, QStringLiteral("reportTitle"), report.title);
    xml.writeTextElement(kSitRep, QStringLiteral("incidentID"), report.incidentID);
    if (!report.lifecyclePhase.isEmpty())
        xml.writeTextElement(kSitRep, QStringLiteral("incidentLifecyclePhase"), report.lifecyclePhase);
    if (!report.precedingMessageID.isEmpty())
        xml.writeTextElement(kSitRep, QStringLiteral("precedingMessageID"), report.precedingMessageID);
    xml.writeTextElement(kSitRep, QStringLiteral("reportConfidence"), report.confidence);
    xml.writeTextElement(kSitRep, QStringLiteral("severity"), report.severity);
    xml.writeStartElement(kSitRep, QStringLiteral("report"));
    xml.writeAttribute(kXsi, QStringLiteral("type"), QStringLiteral("sitrep:SituationInformationType"));
    xml.writeStartElement(kSitRep, QStringLiteral("primaryIncidentInformation"));
    xml.writeTextElement(kSitRep, QStringLiteral("incidentName"), report.incidentName);
    if (!report.incidentKind.isEmpty())
        xml.writeTextElement(kSitRep, QStringLiteral("incidentKind"), report.incidentKind);
    if (report.incidentStart.isValid())
        xml.writeTextElement(kSitRep, QStringLiteral("incidentStartDateTime"), time(report.incidentStart));
    xml.writeStartElement(kSitRep, QStringLiteral("geographicSize"));
    xml.writeTextElement(kSitRep, QStringLiteral("remarks"), report.sizeRemarks);
    xml.writeEndElement();
    xml.writeStartElement(kSitRep, QStringLiteral("incidentLocation"));
    xml.writeStartElement(kCt, QStringLiteral("EDXLGeoPoliticalLocation"));
    xml.writeStartElement(kCt, QStringLiteral("geoCode"));
    xml.writeTextElement(kCt, QStringLiteral("valueListURI"), kDivisionCodeList);
    for (const AreaRef &area : report.areas)
        xml.writeTextElement(kCt, QStringLiteral("value"), area.code.isEmpty() ? area.name : area.code);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();  // primaryIncidentInformation
    xml.writeEndElement();  // report
    xml.writeEndElement();  // sitRep
    xml.writeEndDocument();
    return bytes;
}

} // namespace lookout::reports
