// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The one main every GoogleTest program links: an offscreen QGuiApplication (fonts, images and
// the thread pool work as in the app), a non-C locale so number formatting bugs show, and GDAL
// registered once (after GDAL's autotest/cpp/main_gtest.cpp).
#include "gis/gdalerrorcapture.h"

#include <QGuiApplication>
#include <QLocale>

#include <gtest/gtest.h>

#include <clocale>
#include <cstdlib>

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    ::testing::InitGoogleTest(&argc, argv);
    QGuiApplication app(argc, argv);
    // German uses a decimal comma: any code that formats coordinates through the locale breaks.
    // scripts/test's second run asks for the system's own (zh_CN.UTF-8, in Beijing time) instead.
    QLocale::setDefault(qEnvironmentVariableIsSet("LOOKOUT_TEST_SYSTEM_LOCALE") ? QLocale::system()
                                                                                : QLocale(QLocale::German, QLocale::Germany));
    std::setlocale(LC_NUMERIC, "C");
    lookout::gis::ensureGdalRegistered();
    return RUN_ALL_TESTS();
}
