// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/rainfallstore.h"

#include <QStringList>
#include <QTimeZone>
#include <QtEndian>

namespace lookout::store {

Result<int> RainfallStore::add(const QList<gis::RainfallGrid> &grids, const QDateTime &receivedAt)
{
    return m_database.transaction([&]() -> Result<int> {
        auto insert = m_database.prepare(QStringLiteral(
            "INSERT INTO lookout_rainfall_grids (source, variable, period_start, valid_time, width, height, "
            "geotransform, crs_wkt, millimetres, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
            "ON CONFLICT (source, variable, period_start, valid_time) DO UPDATE SET width = excluded.width, height = excluded.height, "
            "geotransform = excluded."
            "geotransform, crs_wkt = excluded.crs_wkt, millimetres = excluded.millimetres, received_at = excluded.received_at"));
        if (!insert)
            return insert.error();
        for (const gis::RainfallGrid &grid : grids) {
            QStringList transform;
            for (double value : grid.geoTransform)
                transform.append(QString::number(value, 'g', 17));
            QByteArray cells(qsizetype(grid.millimetres.size() * sizeof(float)), Qt::Uninitialized);
            qToLittleEndian<float>(grid.millimetres.data(), qsizetype(grid.millimetres.size()), cells.data());
            insert->bind(1, grid.source).bind(2, grid.variable).bind(3, grid.periodStart.toSecsSinceEpoch())
                .bind(4, grid.validTime.toSecsSinceEpoch()).bind(5, grid.width).bind(6, grid.height)
                .bind(7, transform.join(QLatin1Char(','))).bind(8, grid.crsWkt).bind(9, cells)
                .bind(10, receivedAt.toSecsSinceEpoch());
            if (auto done = insert->run(); !done)
                return done.error();
        }
        return int(grids.size());
    });
}

Result<QList<gis::RainfallGrid>> RainfallStore::between(const QDateTime &from, const QDateTime &to) const
{
    auto select = m_database.prepare(QStringLiteral(
        "SELECT source, variable, period_start, valid_time, width, height, geotransform, crs_wkt, millimetres "
        "FROM lookout_rainfall_grids WHERE valid_time >= ?1 AND valid_time <= ?2 ORDER BY valid_time, id"));
    if (!select)
        return select.error();
    select->bind(1, from.toSecsSinceEpoch()).bind(2, to.toSecsSinceEpoch());
    QList<gis::RainfallGrid> grids;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        gis::RainfallGrid grid;
        grid.source = select->text(0);
        grid.variable = select->text(1);
        grid.periodStart = QDateTime::fromSecsSinceEpoch(select->integer(2), QTimeZone::utc());
        grid.validTime = QDateTime::fromSecsSinceEpoch(select->integer(3), QTimeZone::utc());
        grid.width = int(select->integer(4));
        grid.height = int(select->integer(5));
        const QStringList transform = select->text(6).split(QLatin1Char(','));
        const QByteArray cells = select->blob(8);
        if (transform.size() != 6 || cells.size() != qsizetype(grid.width) * grid.height * qsizetype(sizeof(float)))
            return makeError(Error::Code::Corrupt, QStringLiteral("a stored rainfall grid is damaged"), {grid.source, grid.variable});
        for (int i = 0; i < 6; ++i)
            grid.geoTransform[std::size_t(i)] = transform.at(i).toDouble();
        grid.crsWkt = select->text(7);
        grid.millimetres.resize(std::size_t(grid.width) * std::size_t(grid.height));
        qFromLittleEndian<float>(cells.constData(), qsizetype(grid.millimetres.size()), grid.millimetres.data());
        grids.append(std::move(grid));
    }
    return grids;
}

} // namespace lookout::store
