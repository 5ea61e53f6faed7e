// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "reports/incidentreport.h"
#include "reports/reportdeadlines.h"
#include "reports/reviewsamples.h"
#include "situation/situation.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace lookout::reports {

// The after-action review (复盘报告) of one incident: what the record says was done and when,
// beside what was known at each moment.

// The span the review covers: from the incident's opening (or its first warning's time, when
// earlier) to the end of its last response or its closing, else `knownAt`; at most 14 days.
std::pair<QDateTime, QDateTime> reviewWindow(const incidents::Incident &incident, const QDateTime &knownAt);

// The moments the review maps: each level change of the incident, and the peak — the storm's
// nearest approach, else the most stations over a threshold, else the wettest step, else the
// highest level reached — unless it falls within an hour of a level change.
struct ReviewMoment {
    QDateTime at;
    QString name;     // the figure's name: "map-1" …
    QString caption;  // "2018-09-15 17:00 提升至Ⅲ级 raised to Ⅲ"
};
QList<ReviewMoment> reviewMoments(const incidents::Incident &incident, const QList<ReviewSample> &samples);

// How the record verified when the review was made.
struct RecordCheck {
    qint64 entries = 0;
    QString headHash;   // hex
    qint64 headSequence = 0;
    bool verifies = false;
    QString problem;    // the first problem found, when it does not
};

struct ReviewInputs {
    QString incident;
    situation::Situation end;  // as known when the review is made: the record, reports, resources
    situation::StationsPart stations;  // as known at the window's end (its readings reach back 10 days)
    QDateTime from;
    QDateTime to;
    QList<ReviewSample> samples;  // hourly over the window
    QList<ReviewMoment> moments;
    QMap<QString, QImage> maps;   // by moment name: the map as known then
    RecordCheck record;
    DeadlineRules rules;
    ReportContext context;
    QDateTime producedAt;
};

struct ReviewDocument {
    QString text;                  // the report text form (reporttext.h)
    QMap<QString, QImage> figures; // the maps and charts, by the names the text uses
    bool exercise = false;
};

// The review: title page; contents; summary; the record's verification; the timeline (who did
// what and when); the maps; charts of the response level (with the plan's suggestion), the storm,
// the stations against their thresholds, rain per district and hotspots per day; tasks on time,
// late and open; dispatches' ETA against arrival; reports against their deadlines; the sources and
// their gaps. Chinese with English. Pure, but for drawing the charts (QtGui).
ReviewDocument draftReview(const ReviewInputs &inputs);

} // namespace lookout::reports
