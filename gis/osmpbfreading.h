// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "core/result.h"

#include <osmium/handler.hpp>
#include <osmium/handler/node_locations_for_ways.hpp>
#include <osmium/index/map/flex_mem.hpp>
#include <osmium/io/pbf_input.hpp>
#include <osmium/visitor.hpp>

#include <QFileInfo>
#include <QString>

#include <exception>

namespace lookout::gis {

// Runs an osmium handler over the nodes and ways of an OpenStreetMap PBF extract, the ways'
// nodes located (from an index filled on the way; a way cut by the extract's edge keeps the nodes
// it has). A file that cannot be read, is not PBF or is cut short is an error naming it. For the
// readers of extracts (gis/roadgraph, plans/inventoryosm).
template <typename Handler>
Result<void> readOsmPbf(const QString &path, Handler &handler)
{
    if (!QFileInfo(path).isReadable())
        return makeError(Error::Code::NotFound, QStringLiteral("cannot read the OpenStreetMap extract"), {path});
    try {
        using Index = osmium::index::map::FlexMem<osmium::unsigned_object_id_type, osmium::Location>;
        Index index;
        osmium::handler::NodeLocationsForWays<Index> locations(index);
        locations.ignore_errors();
        osmium::io::Reader reader(osmium::io::File(path.toStdString(), "pbf"), osmium::osm_entity_bits::node | osmium::osm_entity_bits::way);
        osmium::apply(reader, locations, handler);
        reader.close();
    } catch (const std::exception &error) {
        return makeError(Error::Code::Corrupt, QStringLiteral("not a readable OpenStreetMap PBF extract: %1").arg(QString::fromUtf8(error.what())),
                         {path});
    }
    return {};
}

} // namespace lookout::gis
