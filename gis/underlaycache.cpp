// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "gis/underlaycache.h"

namespace lookout::gis {

bool UnderlayCache::sameFrame(const MapSettings &settings) const
{
    return settings.visibleExtent() == extent && settings.outputSize == outputSize && settings.symbolScale == symbolScale
           && settings.background == background && settings.destinationCrs == destinationCrs;
}

const UnderlayCache::LayerImage *UnderlayCache::imageOf(const std::shared_ptr<const MapLayer> &layer) const
{
    for (const LayerImage &kept : above)
        if (!kept.layer.expired() && kept.layer.lock() == layer)
            return &kept;
    return nullptr;
}

bool UnderlayCache::matches(const MapSettings &settings) const
{
    if (image.isNull() || !sameFrame(settings))
        return false;
    const auto prefix = std::size_t(std::max(0, settings.cacheablePrefix));
    if (prefix != layers.size() || qsizetype(prefix) > settings.layers.size())
        return false;
    for (std::size_t i = 0; i < prefix; ++i)
        if (layers[i].expired() || layers[i].lock() != settings.layers.at(qsizetype(i)))
            return false;
    return true;
}

} // namespace lookout::gis
