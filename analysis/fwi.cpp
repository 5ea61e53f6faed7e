// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Equation numbers are Van Wagner (1987)'s; the structure, constraints and latitude tables follow
// the cffdrs R package (cffdrs/cffdrs_r: fine_fuel_moisture_code, duff_moisture_code,
// drought_code, initial_spread_index, buildup_index, fire_weather_index).
#include "analysis/fwi.h"

#include <algorithm>
#include <cmath>

namespace lookout::analysis {

namespace {
// The FFMC <-> moisture content factor. Van Wagner & Pickett (1985) print 147.2, rounded for
// hand calculation; cffdrs keeps the exact 250 * 59.5 / 101, and so does Lookout (eqs. 1 and 10,
// and the ISI's own eq. 1), which is what makes the daily sequence match cffdrs to 0.01.
constexpr double kFfmcCoefficient = 250.0 * 59.5 / 101.0;
} // namespace

double fineFuelMoistureCode(double ffmcYesterday, double temp, double rh, double wind, double rain)
{
    // Eq. 1: yesterday's fine fuel moisture content
    double wmo = kFfmcCoefficient * (101.0 - ffmcYesterday) / (59.5 + ffmcYesterday);
    // Eqs. 2, 3a, 3b: rain, less 0.5 mm held by the canopy
    if (rain > 0.5) {
        const double ra = rain - 0.5;
        const double wetting = 42.5 * ra * std::exp(-100.0 / (251.0 - wmo)) * (1.0 - std::exp(-6.93 / ra));
        wmo = wmo > 150.0 ? wmo + 0.0015 * (wmo - 150.0) * (wmo - 150.0) * std::sqrt(ra) + wetting : wmo + wetting;
    }
    wmo = std::min(wmo, 250.0);  // pine litter holds at most ~250 %
    // Eqs. 4, 5: equilibrium moisture content for drying and for wetting
    const double ed = 0.942 * std::pow(rh, 0.679) + 11.0 * std::exp((rh - 100.0) / 10.0)
                      + 0.18 * (21.1 - temp) * (1.0 - 1.0 / std::exp(rh * 0.115));
    const double ew = 0.618 * std::pow(rh, 0.753) + 10.0 * std::exp((rh - 100.0) / 10.0)
                      + 0.18 * (21.1 - temp) * (1.0 - 1.0 / std::exp(rh * 0.115));
    // cffdrs compares with ifelse(), where an undefined equilibrium (humidity below 0) makes the
    // result NA; C++ comparisons with NaN would quietly take the other branch.
    if (std::isnan(ed) || std::isnan(ew) || std::isnan(wmo))
        return std::nan("");
    // Eqs. 6a, 6b, 8: wetting towards ew when below both equilibria
    double z = (wmo < ed && wmo < ew)
                   ? 0.424 * (1.0 - std::pow((100.0 - rh) / 100.0, 1.7)) + 0.0694 * std::sqrt(wind) * (1.0 - std::pow((100.0 - rh) / 100.0, 8.0))
                   : 0.0;
    double x = z * 0.581 * std::exp(0.0365 * temp);
    double wm = (wmo < ed && wmo < ew) ? ew - (ew - wmo) / std::pow(10.0, x) : wmo;
    // Eqs. 7a, 7b, 9: drying towards ed when above it
    if (wmo > ed) {
        z = 0.424 * (1.0 - std::pow(rh / 100.0, 1.7)) + 0.0694 * std::sqrt(wind) * (1.0 - std::pow(rh / 100.0, 8.0));
        x = z * 0.581 * std::exp(0.0365 * temp);
        wm = ed + (wmo - ed) / std::pow(10.0, x);
    }
    // Eq. 10
    const double ffmc = 59.5 * (250.0 - wm) / (kFfmcCoefficient + wm);
    if (std::isnan(ffmc))
        return ffmc;
    return std::clamp(ffmc, 0.0, 101.0);
}

double duffMoistureCode(double dmcYesterday, double temp, double rh, double rain, double latitude, int month, bool latitudeAdjust)
{
    if (month < 1 || month > 12)
        return std::nan("");
    // Day-length factors by month: 46°N (Van Wagner 1987), 20°N, 20°S, 40°S (cffdrs)
    static const double ell01[] = {6.5, 7.5, 9, 12.8, 13.9, 13.9, 12.4, 10.9, 9.4, 8, 7, 6};
    static const double ell02[] = {7.9, 8.4, 8.9, 9.5, 9.9, 10.2, 10.1, 9.7, 9.1, 8.6, 8.1, 7.8};
    static const double ell03[] = {10.1, 9.6, 9.1, 8.5, 8.1, 7.8, 7.9, 8.3, 8.9, 9.4, 9.9, 10.2};
    static const double ell04[] = {11.5, 10.5, 9.2, 7.9, 6.8, 6.2, 6.5, 7.4, 8.7, 10, 11.2, 11.8};
    double dayLength = ell01[month - 1];
    if (latitudeAdjust) {
        if (latitude <= 30 && latitude > 10)
            dayLength = ell02[month - 1];
        else if (latitude <= -10 && latitude > -30)
            dayLength = ell03[month - 1];
        else if (latitude <= -30 && latitude >= -90)
            dayLength = ell04[month - 1];
        else if (latitude <= 10 && latitude > -10)
            dayLength = 9.0;
    }
    temp = std::max(temp, -1.1);
    // Eq. 16: the log drying rate
    const double rk = 1.894 * (temp + 1.1) * (100.0 - rh) * dayLength * 1e-4;
    // Eqs. 11-15: rain over 1.5 mm
    double pr = dmcYesterday;
    if (rain > 1.5) {
        const double rw = 0.92 * rain - 1.27;
        const double wmi = 20.0 + 280.0 / std::exp(0.023 * dmcYesterday);
        const double b = dmcYesterday <= 33 ? 100.0 / (0.5 + 0.3 * dmcYesterday)
                         : dmcYesterday <= 65 ? 14.0 - 1.3 * std::log(dmcYesterday)
                                              : 6.2 * std::log(dmcYesterday) - 17.2;
        const double wmr = wmi + 1000.0 * rw / (48.77 + b * rw);
        pr = 43.43 * (5.6348 - std::log(wmr - 20.0));
    }
    pr = std::max(pr, 0.0);
    const double dmc = pr + rk;
    return std::isnan(dmc) ? dmc : std::max(dmc, 0.0);
}

double droughtCode(double dcYesterday, double temp, double rh, double rain, double latitude, int month, bool latitudeAdjust)
{
    (void)rh;  // the DC does not use humidity
    if (month < 1 || month > 12)
        return std::nan("");
    // Day-length adjustment of potential evapotranspiration: 20°N and north, 20°S and south
    static const double fl01[] = {-1.6, -1.6, -1.6, 0.9, 3.8, 5.8, 6.4, 5, 2.4, 0.4, -1.6, -1.6};
    static const double fl02[] = {6.4, 5, 2.4, 0.4, -1.6, -1.6, -1.6, -1.6, -1.6, 0.9, 3.8, 5.8};
    temp = std::max(temp, -2.8);
    // Eq. 22: potential evapotranspiration
    double dayLength = fl01[month - 1];
    if (latitudeAdjust) {
        if (latitude <= -20)
            dayLength = fl02[month - 1];
        else if (latitude > -20 && latitude <= 20)
            dayLength = 1.4;
    }
    const double pe = std::max((0.36 * (temp + 2.8) + dayLength) / 2.0, 0.0);
    // Eqs. 18-21: rain over 2.8 mm
    double dr = dcYesterday;
    if (rain > 2.8) {
        const double rw = 0.83 * rain - 1.27;
        const double smi = 800.0 * std::exp(-dcYesterday / 400.0);
        dr = std::max(dcYesterday - 400.0 * std::log(1.0 + 3.937 * rw / smi), 0.0);
    }
    // Eq. 23
    const double dc = dr + pe;
    return std::isnan(dc) ? dc : std::max(dc, 0.0);
}

double initialSpreadIndex(double ffmc, double wind, bool fbpModification)
{
    // Eq. 10: moisture content from the FFMC
    const double fm = kFfmcCoefficient * (101.0 - ffmc) / (59.5 + ffmc);
    // Eq. 24, and FCFDG (1992) eq. 53a for the FBP system at high winds
    const double fw = wind >= 40.0 && fbpModification ? 12.0 * (1.0 - std::exp(-0.0818 * (wind - 28.0))) : std::exp(0.05039 * wind);
    // Eq. 25
    const double ff = 91.9 * std::exp(-0.1386 * fm) * (1.0 + std::pow(fm, 5.31) / 49300000.0);
    // Eq. 26
    return 0.208 * fw * ff;
}

double buildupIndex(double dmc, double dc)
{
    // Eq. 27a
    double bui = dmc == 0 && dc == 0 ? 0.0 : 0.8 * dc * dmc / (dmc + 0.4 * dc);
    // Eq. 27b
    if (bui < dmc) {
        const double p = dmc == 0 ? 0.0 : (dmc - bui) / dmc;
        const double cc = 0.92 + std::pow(0.0114 * dmc, 1.7);
        bui = std::max(dmc - cc * p, 0.0);
    }
    return bui;
}

double fireWeatherIndex(double isi, double bui)
{
    // Eqs. 28a, 28b, 29
    const double bb = bui > 80 ? 0.1 * isi * (1000.0 / (25.0 + 108.64 / std::exp(0.023 * bui)))
                               : 0.1 * isi * (0.626 * std::pow(bui, 0.809) + 2.0);
    // Eqs. 30a, 30b
    return bb <= 1 ? bb : std::exp(2.72 * std::pow(0.434 * std::log(bb), 0.647));
}

double dailySeverityRating(double fwi)
{
    // Van Wagner (1970)
    return 0.0272 * std::pow(fwi, 1.77);
}

int fireDangerClass(double fwi, const DangerBreakpoints &breakpoints)
{
    if (!std::isfinite(fwi))
        return 0;
    int dangerClass = 1;
    for (double limit : breakpoints.limits)
        if (fwi >= limit)
            ++dangerClass;
    return dangerClass;
}

FireDangerSignal fireDangerSignal(int dangerClass)
{
    switch (dangerClass) {
    case 3: return FireDangerSignal::Yellow;
    case 4: return FireDangerSignal::Orange;
    case 5: return FireDangerSignal::Red;
    default: return FireDangerSignal::None;
    }
}

QList<FwiCodes> fwiSequence(const QList<FwiWeather> &days, double latitude, FwiStartup startup, bool latitudeAdjust)
{
    QList<FwiCodes> codes;
    double ffmc = startup.ffmc;
    double dmc = startup.dmc;
    double dc = startup.dc;
    for (const FwiWeather &day : days) {
        FwiCodes today;
        today.ffmc = fineFuelMoistureCode(ffmc, day.temp, day.rh, day.wind, day.rain);
        today.dmc = duffMoistureCode(dmc, day.temp, day.rh, day.rain, latitude, day.month, latitudeAdjust);
        today.dc = droughtCode(dc, day.temp, day.rh, day.rain, latitude, day.month, latitudeAdjust);
        today.isi = initialSpreadIndex(today.ffmc, day.wind);
        today.bui = buildupIndex(today.dmc, today.dc);
        today.fwi = fireWeatherIndex(today.isi, today.bui);
        today.dsr = dailySeverityRating(today.fwi);
        codes.append(today);
        ffmc = today.ffmc;
        dmc = today.dmc;
        dc = today.dc;
    }
    return codes;
}

} // namespace lookout::analysis
