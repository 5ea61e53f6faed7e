// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/coordinatetransform.h"

#include <proj.h>

#include <cmath>
#include <limits>
#include <vector>

namespace lookout::gis {

namespace {

// One PJ_CONTEXT per thread, destroyed with the thread (PROJ contexts are not thread-safe).
class ThreadContext {
public:
    ThreadContext() : m_context(proj_context_create()) { proj_log_level(m_context, PJ_LOG_NONE); }
    ~ThreadContext() { proj_context_destroy(m_context); }
    PJ_CONTEXT *get() const { return m_context; }

private:
    PJ_CONTEXT *m_context;
};

PJ_CONTEXT *threadContext()
{
    thread_local ThreadContext context;
    return context.get();
}

QString projError(PJ_CONTEXT *context)
{
    const int code = proj_context_errno(context);
    return QString::fromUtf8(proj_context_errno_string(context, code));
}

} // namespace

struct CoordinateTransform::Private {
    PJ_CONTEXT *context = nullptr;
    PJ *pj = nullptr;
    ~Private()
    {
        if (pj)
            proj_destroy(pj);
    }
};

Result<CoordinateTransform> CoordinateTransform::create(const QString &sourceCrs, const QString &destinationCrs)
{
    if (sourceCrs == kGcj02 || destinationCrs == kGcj02)
        return makeError(Error::Code::Unsupported,
                         QStringLiteral("GCJ-02 is not a PROJ CRS; convert it with gis::gcj02ToWgs84 first"),
                         {sourceCrs + QStringLiteral(" -> ") + destinationCrs});
    CoordinateTransform result;
    result.m_source = sourceCrs;
    result.m_destination = destinationCrs;
    result.d = std::make_unique<Private>();
    result.d->context = threadContext();
    if (sourceCrs == destinationCrs) {
        result.m_identity = true;
        return result;
    }
    PJ *raw = proj_create_crs_to_crs(result.d->context, sourceCrs.toUtf8().constData(),
                                     destinationCrs.toUtf8().constData(), nullptr);
    if (!raw)
        return makeError(Error::Code::Projection, QStringLiteral("PROJ cannot transform between these CRSs"),
                         {sourceCrs + QStringLiteral(" -> ") + destinationCrs, projError(result.d->context)});
    PJ *normalised = proj_normalize_for_visualization(result.d->context, raw);
    proj_destroy(raw);
    if (!normalised)
        return makeError(Error::Code::Projection, QStringLiteral("PROJ cannot normalise the axis order"),
                         {sourceCrs + QStringLiteral(" -> ") + destinationCrs, projError(result.d->context)});
    result.d->pj = normalised;
    return result;
}

CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

std::size_t CoordinateTransform::transform(std::span<double> xs, std::span<double> ys, bool inverse) const
{
    if (m_identity || xs.empty())
        return 0;
    const std::size_t count = std::min(xs.size(), ys.size());
    proj_trans_generic(d->pj, inverse ? PJ_INV : PJ_FWD, xs.data(), sizeof(double), count, ys.data(),
                       sizeof(double), count, nullptr, 0, 0, nullptr, 0, 0);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]) || xs[i] == HUGE_VAL || ys[i] == HUGE_VAL) {
            xs[i] = ys[i] = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}

Result<GeoPoint> CoordinateTransform::transform(GeoPoint point, bool inverse) const
{
    double x = point.lon;
    double y = point.lat;
    if (transform(std::span(&x, 1), std::span(&y, 1), inverse) != 0)
        return makeError(Error::Code::Projection, QStringLiteral("point outside the area PROJ can transform"),
                         {QStringLiteral("%1,%2").arg(point.lon).arg(point.lat),
                          m_source + QStringLiteral(" -> ") + m_destination});
    return GeoPoint{x, y};
}

Result<GeoBox> CoordinateTransform::transformBox(const GeoBox &box, bool inverse) const
{
    if (box.isEmpty())
        return makeError(Error::Code::InvalidArgument, QStringLiteral("cannot transform an empty box"));
    constexpr int kSteps = 20;
    std::vector<double> xs;
    std::vector<double> ys;
    for (int i = 0; i <= kSteps; ++i) {
        const double fx = box.xMin + box.width() * i / kSteps;
        const double fy = box.yMin + box.height() * i / kSteps;
        xs.insert(xs.end(), {fx, fx, box.xMin, box.xMax});
        ys.insert(ys.end(), {box.yMin, box.yMax, fy, fy});
    }
    transform(xs, ys, inverse);
    GeoBox out;
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (std::isfinite(xs[i]) && std::isfinite(ys[i]))
            out.extend(xs[i], ys[i]);
    if (out.isEmpty())
        return makeError(Error::Code::Projection, QStringLiteral("box outside the area PROJ can transform"),
                         {box.toString(), m_source + QStringLiteral(" -> ") + m_destination});
    return out;
}

bool isKnownCrs(const QString &crs)
{
    PJ *pj = proj_create(threadContext(), crs.toUtf8().constData());
    if (!pj)
        return false;
    const bool isCrs = proj_is_crs(pj);
    proj_destroy(pj);
    return isCrs;
}

} // namespace lookout::gis
