// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "windwords.h"

#include <QCoreApplication>

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

QString windRadiiWords(const QString &agency, const QString &radius, double threshold, feeds::WindUnit thresholdUnit, int minutes,
                       feeds::DistanceUnit distanceUnit)
{
    const QString distance = distanceUnit == feeds::DistanceUnit::NauticalMiles ? QCoreApplication::translate("Wind", "n mi")
                                                                                : QCoreApplication::translate("Wind", "km");
    return QCoreApplication::translate("Wind", "%1 %2 (%3, %4-min) %5")
        .arg(agency, radius, speed(threshold, thresholdUnit))
        .arg(minutes)
        .arg(distance);
}

} // namespace lookout::qml
