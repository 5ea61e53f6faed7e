// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "unitwords.h"

#include <QCoreApplication>

namespace lookout {

QString metresText(double value, int decimals, bool sign)
{
    const QString number = (sign && value >= 0 ? QStringLiteral("+") : QString()) + QString::number(value, 'f', decimals);
    return QCoreApplication::translate("Units", "%1 m").arg(number);
}

QString millimetresText(double value, int decimals)
{
    return QCoreApplication::translate("Units", "%1 mm").arg(QString::number(value, 'f', decimals));
}

QString kilometresText(double value, int decimals)
{
    return QCoreApplication::translate("Units", "%1 km").arg(QString::number(value, 'f', decimals));
}

QString kilometresPerHourText(double value)
{
    return QCoreApplication::translate("Units", "%1 km/h").arg(QString::number(value, 'f', 0));
}

QString hectopascalsText(double value)
{
    return QCoreApplication::translate("Units", "%1 hPa").arg(QString::number(value, 'f', 0));
}

} // namespace lookout
