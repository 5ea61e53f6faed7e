// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/division.h"
#include "core/result.h"
#include "reports/incidentreport.h"
#include "situation/situation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lookout::reports {

// An incident's situation as an OASIS EDXL-SitRep 1.0 report of type SituationInformation
// (namespace urn:oasis:names:tc:emergency:EDXL:SitRep:1.0). The OASIS schema could not be
// obtained here (docs/reports.md says what each element rests on); the writer keeps to the
// structure two independent implementations of the standard agree on:
// - the header in the schema's order: messageID, preparedBy and authorizedBy (ct:PersonTimePairType:
//   ct:personDetails/xnl:personName/xnl:nameElement, ct:timeValue), reportPurpose, reportNumber,
//   reportVersion, forTimePeriod (ct:fromDateTime, ct:toDateTime), reportTitle, incidentID,
//   incidentLifecyclePhase, precedingMessageID, reportConfidence, severity;
// - `report` with xsi:type="sitrep:SituationInformationType" and its primaryIncidentInformation:
//   incidentName, incidentKind, incidentStartDateTime, geographicSize, incidentLocation (the
//   division codes as a ct:EDXLGeoPoliticalLocation geoCode);
// - every time as ct:EDXLDateTimeType: YYYY-MM-DDThh:mm:ss and a numeric offset, never Z.
struct SitRep {
    QString messageID;
    QString preparedBy;
    QDateTime preparedAt;
    QString authorizedBy;
    QDateTime authorizedAt;
    QString purpose;
    int number = 1;
    QString version = QStringLiteral("Initial");  // Initial, Update, Final
    QDateTime from;
    QDateTime to;
    QString title;
    QString incidentID;
    QString lifecyclePhase;   // Preparedness, Response, Mitigation, Recovery
    QString precedingMessageID;
    QString confidence = QStringLiteral("SomewhatConfident");  // HighlyConfident, SomewhatConfident, Unsure, NoConfidence
    QString severity = QStringLiteral("Unknown");               // Extreme, Severe, Moderate, Minor, Unknown
    // SituationInformation
    QString incidentName;
    QString incidentKind;     // Meteorological, Fire, …
    QDateTime incidentStart;
    QString sizeRemarks;
    QList<AreaRef> areas;
};

// The division codes' list (the statistics bureau's 统计用区划代码).
inline const QString kDivisionCodeList = QStringLiteral("http://www.stats.gov.cn/sj/tjbz/qhdm/");

// The SitRep of `incident` as known in `situation`: its number follows the reports issued for it
// (首报/续报/终报 are its sitreps), Initial before any, Final once the response has ended; the
// severity by the highest level reached (Ⅰ Extreme, Ⅱ Severe, Ⅲ Moderate, Ⅳ Minor). Pure.
SitRep composeSitRep(const situation::Situation &situation, const QString &incident, const ReportContext &context, const QString &issuer);

// The XML (UTF-8). Refused, naming the field, rather than written invalid: an empty messageID,
// incidentID or incident name, a value outside a list, an invalid time, no area.
Result<QByteArray> writeSitRep(const SitRep &report, int offsetSeconds = 8 * 3600);

} // namespace lookout::reports
