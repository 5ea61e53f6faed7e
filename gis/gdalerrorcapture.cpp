// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/gdalerrorcapture.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <mutex>

namespace lookout::gis {

void GdalErrorCapture::handle(int level, int, const char *message)
{
    // GDAL keeps the handler's user data per thread, so this is the capture of the calling thread.
    auto *capture = static_cast<GdalErrorCapture *>(CPLGetErrorHandlerUserData());
    if (!capture)
        return;
    const QString text = QString::fromUtf8(message ? message : "").trimmed();
    capture->m_messages.append(text);
    if (level >= CE_Failure)
        capture->m_lastFailure = text;
}

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx([](CPLErr level, CPLErrorNum number, const char *message) {
        handle(int(level), int(number), message);
    }, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

QString GdalErrorCapture::lastMessage() const
{
    if (!m_lastFailure.isEmpty())
        return m_lastFailure;
    return m_messages.isEmpty() ? QString() : m_messages.last();
}

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // Let GDAL read JSON files of any size (the China boundary file is 0.6 MB, others larger).
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0");
    });
}

} // namespace lookout::gis
