// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "typhooncard.h"

#include "windwords.h"

#include "core/timeformat.h"
#include "core/unitwords.h"
#include "situation/mapstyles.h"

#include <QLocale>

namespace lookout::qml {

namespace {

QString positionText(GeoPoint position)
{
    return QStringLiteral("%1°%2 %3°%4")
        .arg(std::abs(position.lat), 0, 'f', 1).arg(position.lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(std::abs(position.lon), 0, 'f', 1).arg(position.lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
}

QString trackRecordName(const feeds::TyphoonTrack &track)
{
    return TyphoonCard::recordName(track.format, track.agency);
}

QString radiiText(const std::vector<feeds::WindRadii> &radii)
{
    QStringList parts;
    for (const feeds::WindRadii &r : radii) {
        QStringList quadrants;
        for (int q = 0; q < 4; ++q)
            quadrants.append(std::isfinite(r.quadrants[std::size_t(q)]) ? QString::number(r.quadrants[std::size_t(q)]) : QStringLiteral("–"));
        parts.append(QStringLiteral("%1 %2").arg(radiusWords(r.label), quadrants.join(QLatin1Char('/'))));
    }
    return parts.join(QStringLiteral("  "));
}

// Compass points in the reader's language.
QString compass(double bearing)
{
    return QLocale().language() == QLocale::Chinese ? compassZh(bearing) : compassEn(bearing);
}

} // namespace

TrackTableModel::TrackTableModel(QObject *parent) : QAbstractListModel(parent) {}

void TrackTableModel::setTrack(const feeds::TyphoonTrack *track)
{
    beginResetModel();
    m_points.clear();
    m_caption.clear();
    if (track) {
        m_points.assign(track->points.rbegin(), track->points.rend());
        m_caption = QStringLiteral("%1 · %2 · %3").arg(track->agency, track->format, track->stormId);
    }
    endResetModel();
    emit countChanged();
}

int TrackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant TrackTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_points.size())
        return {};
    const feeds::TrackPoint &point = m_points[std::size_t(index.row())];
    switch (role) {
    case TimeRole: return formatLocal(point.time);
    case PositionRole: return positionText(point.position);
    case GradeRole: return point.grade == feeds::TyphoonGrade::Unknown ? point.agencyClass : gradeShortWords(point.grade);
    case GradeColorRole: return situation::typhoonGradeColor(point.grade);
    case WindRole: return point.maxWind ? windWords(*point.maxWind) : QString();  // the table's title names the agency
    case PressureRole: return point.pressureHpa ? hectopascalsText(*point.pressureHpa) : QString();
    case MotionRole:
        return point.moveDirectionDegrees && point.moveSpeedKmh
                   ? compass(*point.moveDirectionDegrees) + QLatin1Char(' ') + kilometresPerHourText(*point.moveSpeedKmh)
                   : QString();
    case RadiiRole: return radiiText(point.radii);
    default: return {};
    }
}

QHash<int, QByteArray> TrackTableModel::roleNames() const
{
    return {{TimeRole, "time"}, {PositionRole, "position"}, {GradeRole, "grade"}, {GradeColorRole, "gradeColor"},
            {WindRole, "wind"}, {PressureRole, "pressure"}, {MotionRole, "motion"}, {RadiiRole, "radii"}};
}

QString TyphoonCard::recordName(const QString &format, const QString &agency)
{
    if (format.startsWith(QLatin1String("CMA best")))
        return tr("CMA best track");
    if (format.startsWith(QStringLiteral("温州")))
        return tr("CMA real-time");
    return agency;
}

TyphoonCard::TyphoonCard(QObject *parent) : QObject(parent) {}

QVariantList TyphoonCard::gradeLegend() const
{
    QVariantList legend;
    for (feeds::TyphoonGrade grade : {feeds::TyphoonGrade::TD, feeds::TyphoonGrade::TS, feeds::TyphoonGrade::STS,
                                      feeds::TyphoonGrade::TY, feeds::TyphoonGrade::STY, feeds::TyphoonGrade::SuperTY})
        legend.append(QVariantMap{{QStringLiteral("name"), gradeWords(grade)},
                                  {QStringLiteral("code"), feeds::gradeCode(grade)},
                                  {QStringLiteral("color"), situation::typhoonGradeColor(grade)}});
    return legend;
}

void TyphoonCard::setSource(const QString &text, const QString &state)
{
    m_sourceText = text;
    m_sourceState = state;
    emit changed();
}

void TyphoonCard::setStorm(const situation::CycloneSituation *storm, const QDateTime &at)
{
    m_active = storm != nullptr;
    m_winds.clear();
    m_distances.clear();
    m_exposure.clear();
    m_exposureNote.clear();
    if (!storm) {
        m_title = m_grade = m_position = m_pressure = m_motion = m_lastFix = QString();
        m_track.setTrack(nullptr);
        emit changed();
        return;
    }
    const feeds::TyphoonTrack &main = storm->main;
    const feeds::TrackPoint &fix = storm->lastFix();
    m_title = QStringLiteral("%1 %2").arg(storm->view.localName, storm->view.name).trimmed();
    m_grade = fix.grade == feeds::TyphoonGrade::Unknown ? fix.agencyClass : gradeShortWords(fix.grade);
    m_gradeColor = situation::typhoonGradeColor(fix.grade);
    m_position = positionText(fix.position);
    for (const feeds::TyphoonTrack &track : storm->view.tracks)
        if (!track.points.empty() && track.points.back().maxWind && track.points.back().time.secsTo(at) <= 12 * 3600) {
            const QString wind = windWords(*track.points.back().maxWind, trackRecordName(track));
            if (!m_winds.contains(wind))
                m_winds.append(wind);
        }
    m_pressure = fix.pressureHpa ? tr("%1 (%2)").arg(hectopascalsText(*fix.pressureHpa), trackRecordName(main)) : QString();
    m_motion = fix.moveDirectionDegrees && fix.moveSpeedKmh
                   ? compass(*fix.moveDirectionDegrees) + QLatin1Char(' ') + kilometresPerHourText(*fix.moveSpeedKmh)
                   : QString();
    m_lastFix = tr("%1 (%2 ago, %3)").arg(formatLocal(fix.time), formatAge(fix.time.secsTo(at)), trackRecordName(main));
    // Where the storm is seen from each district: the bearing from it to the storm.
    for (const situation::CycloneSituation::Distance &distance : storm->distances)
        m_distances.append(tr("%1: %2 km, to the %3").arg(distance.district).arg(distance.kilometres, 0, 'f', 0).arg(compass(distance.bearingDegrees)));
    bool anyForecast = false;
    for (const analysis::CircleExposure &circle : storm->exposure) {
        QStringList expected;
        for (const auto &[district, time] : circle.districtsExpected)
            expected.append(QStringLiteral("%1 %2").arg(district, formatLocal(time)));
        anyForecast = anyForecast || !circle.forecastAgency.isEmpty();
        m_exposure.append(QVariantMap{{QStringLiteral("label"), windRadiiWords(circle.agency, circle.radii.label, circle.radii.threshold,
                                                                               circle.radii.thresholdUnit, circle.averagingMinutes, circle.radii.unit)},
                                      {QStringLiteral("now"), circle.districtsNow.isEmpty() ? tr("none") : circle.districtsNow.join(QStringLiteral("、"))},
                                      {QStringLiteral("expected"), expected.join(QStringLiteral("；"))}});
    }
    m_exposureNote = anyForecast            ? tr("expected times move today's radii along the forecast track")
                     : fix.radii.empty()     ? tr("the last fix gives no wind radii")
                     : storm->exposure.isEmpty() ? storm->exposureNote  // the circles could not be intersected: why
                                             : tr("no forecast track in the data: no expected times");
    m_track.setTrack(&main);
    emit changed();
}

} // namespace lookout::qml
