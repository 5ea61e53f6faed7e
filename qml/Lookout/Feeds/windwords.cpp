// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "windwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lookout::qml {

namespace {
QString speed(double value, feeds::WindUnit unit)
{
    return unit == feeds::WindUnit::Knots ? QCoreApplication::translate("Wind", "%1 kt").arg(value)
                                          : QCoreApplication::translate("Wind", "%1 m/s").arg(value);
}
} // namespace

QString windWords(const feeds::AgencyWind &wind, const QString &agency)
{
    if (agency.isEmpty())
        return QCoreApplication::translate("Wind", "%1 (%2-min)").arg(speed(wind.value, wind.unit)).arg(wind.averagingMinutes);
    return QCoreApplication::translate("Wind", "%1 (%2, %3-min)").arg(speed(wind.value, wind.unit), agency).arg(wind.averagingMinutes);
}

QString radiusWords(const QString &label)
{
    static const QRegularExpression beaufort(QStringLiteral("^(\\d+)级$"));
    const auto match = beaufort.match(label);
    return match.hasMatch() ? QCoreApplication::translate("Wind", "force %1").arg(match.captured(1)) : label;
}

QString windRadiiWords(const QString &agency, const QString &radius, double threshold, feeds::WindUnit thresholdUnit, int minutes,
                       feeds::DistanceUnit distanceUnit)
{
    const QString distance = distanceUnit == feeds::DistanceUnit::NauticalMiles ? QCoreApplication::translate("Wind", "n mi")
                                                                                : QCoreApplication::translate("Wind", "km");
    return QCoreApplication::translate("Wind", "%1 %2 (%3, %4-min) %5")
        .arg(agency, radiusWords(radius), speed(threshold, thresholdUnit))
        .arg(minutes)
        .arg(distance);
}

QString gradeWords(feeds::TyphoonGrade grade)
{
    using G = feeds::TyphoonGrade;
    switch (grade) {
    case G::Unknown: return QCoreApplication::translate("Wind", "unknown grade");
    case G::Below: return QCoreApplication::translate("Wind", "Low");
    case G::TD: return QCoreApplication::translate("Wind", "Tropical depression");
    case G::TS: return QCoreApplication::translate("Wind", "Tropical storm");
    case G::STS: return QCoreApplication::translate("Wind", "Severe tropical storm");
    case G::TY: return QCoreApplication::translate("Wind", "Typhoon");
    case G::STY: return QCoreApplication::translate("Wind", "Severe typhoon");
    case G::SuperTY: return QCoreApplication::translate("Wind", "Super typhoon");
    case G::Extratropical: return QCoreApplication::translate("Wind", "Extratropical");
    }
    return {};
}

QString gradeShortWords(feeds::TyphoonGrade grade)
{
    using G = feeds::TyphoonGrade;
    switch (grade) {
    case G::Unknown: return QCoreApplication::translate("Wind", "?", "grade, short");
    case G::Below: return QCoreApplication::translate("Wind", "LOW", "grade, short");
    case G::TD: return QCoreApplication::translate("Wind", "TD", "grade, short");
    case G::TS: return QCoreApplication::translate("Wind", "TS", "grade, short");
    case G::STS: return QCoreApplication::translate("Wind", "STS", "grade, short");
    case G::TY: return QCoreApplication::translate("Wind", "TY", "grade, short");
    case G::STY: return QCoreApplication::translate("Wind", "STY", "grade, short");
    case G::SuperTY: return QCoreApplication::translate("Wind", "SuperTY", "grade, short");
    case G::Extratropical: return QCoreApplication::translate("Wind", "ET", "grade, short");
    }
    return {};
}

} // namespace lookout::qml
