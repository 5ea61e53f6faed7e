// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include <QStringList>

namespace lookout::gis {

// Collects the CPLError messages GDAL/OGR raise on this thread while the object lives, instead of
// letting them go to stderr, so a failed open can be turned into an Error that says why.
// Scoped and per thread (CPLPushErrorHandlerEx is thread-local): create it on the stack around
// the GDAL calls.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    const QStringList &messages() const { return m_messages; }
    // The last failure (CE_Failure/CE_Fatal), or the last warning when there was none.
    QString lastMessage() const;

private:
    static void handle(int level, int number, const char *message);
    QStringList m_messages;
    QString m_lastFailure;
};

// Registers the GDAL drivers once per process (thread-safe, cheap after the first call).
void ensureGdalRegistered();

} // namespace lookout::gis
