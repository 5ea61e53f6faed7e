// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/ingest.h"

#include "feeds/readingchecks.h"
#include "feeds/capparser.h"
#include "feeds/firmscsv.h"
#include "feeds/sl323csv.h"
#include "feeds/waterml.h"
#include "feeds/fireweathercsv.h"
#include "store/fireweatherstore.h"
#include "store/hydrologystore.h"
#include "store/rainfallstore.h"

#include <QDir>
#include <QTemporaryFile>
#include "store/hotspotstore.h"
#include "feeds/trackparsers.h"
#include "store/trackstore.h"
#include "store/warningstore.h"

namespace lookout::store {

namespace {

Result<std::vector<feeds::TyphoonTrack>> parseTracks(feeds::DataFormat format, const QByteArray &bytes, const QString &name)
{
    switch (format) {
    case feeds::DataFormat::CmaBestTrack: return feeds::parseCmaBestTrack(bytes, name);
    case feeds::DataFormat::AtcfBDeck: return feeds::parseAtcfBDeck(bytes, name);
    case feeds::DataFormat::IbtracsCsv: return feeds::parseIbtracsCsv(bytes, name);
    case feeds::DataFormat::WztfJson: return feeds::parseWztfJson(bytes, name);
    case feeds::DataFormat::WztfCsv: return feeds::parseWztfCsv(bytes, name);
    default: return makeError(Error::Code::Internal, QStringLiteral("not a track format"));
    }
}

Result<feeds::HydrologyData> parseWater(feeds::DataFormat format, const QByteArray &bytes, const QString &name)
{
    Result<QList<feeds::ObservedSeries>> series = QList<feeds::ObservedSeries>();
    switch (format) {
    case feeds::DataFormat::ChangjiangLevels: return feeds::parseChangjiangLevels(bytes, name);
    case feeds::DataFormat::WaterThresholds: return feeds::parseThresholdTable(bytes, name);
    case feeds::DataFormat::Sl323Csv: {
        feeds::HydrologyData data;
        const QString table = feeds::sl323TableOfHeader(bytes.left(bytes.indexOf('\n')));
        if (auto read = feeds::readSl323Csv(table, bytes, name, data); !read)
            return read.error();
        return data;
    }
    case feeds::DataFormat::WaterMl1: series = feeds::parseWaterMl1(bytes, name); break;
    case feeds::DataFormat::WaterMl2: series = feeds::parseWaterMl2(bytes, name); break;
    case feeds::DataFormat::UsgsRdb: series = feeds::parseUsgsRdb(bytes, name); break;
    default: return makeError(Error::Code::Internal, QStringLiteral("not a water format"));
    }
    if (!series)
        return series.error();
    return feeds::toSl323(*series);
}

Result<IngestSummary> ingestWater(Workspace &workspace, feeds::DataFormat format, const QByteArray &bytes, const QString &name,
                                  const QDateTime &receivedAt, IngestSummary summary)
{
    auto data = parseWater(format, bytes, name);
    if (!data)
        return data.error();
    feeds::ReadingReport report;
    const feeds::ReadingLimits limits;
    data->river = feeds::checkRiverReadings(data->river, limits, report);
    data->rain = feeds::checkRainReadings(data->rain, limits, report);
    summary.deviations = data->notes;
    for (const feeds::ReadingIssue &issue : report.issues)
        summary.deviations.append(QStringLiteral("%1 %2: %3").arg(issue.stcd, issue.time.toString(Qt::ISODate), issue.reason));
    auto added = HydrologyStore(workspace.database()).add(*data, name, receivedAt);
    if (!added)
        return added.error();
    summary.stations = added->stations;
    summary.waterReadings = added->readings;
    summary.thresholds = added->thresholds;
    summary.readingsFlagged = report.flagged();
    summary.seriesSkipped = data->seriesSkipped;
    return summary;
}

// A grid file goes through GDAL (and ecCodes for CCSDS GRIB2), which read files: the payload is
// written to a private temporary file first. Every rainfall band of the file, or nothing.
Result<IngestSummary> ingestRainfallGrid(Workspace &workspace, const QByteArray &bytes, const QString &name,
                                         const QDateTime &receivedAt, IngestSummary summary)
{
    // The suffix GDAL's drivers expect (the netCDF driver leaves an unsuffixed HDF5 file to HDF5).
    const QString suffix = bytes.startsWith("CDF") || bytes.startsWith("\x89HDF") ? QStringLiteral(".nc")
                           : bytes.startsWith("II") || bytes.startsWith("MM") ? QStringLiteral(".tif") : QStringLiteral(".grib2");
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/lookout-grid-XXXXXX") + suffix);
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return makeError(Error::Code::Io, QStringLiteral("cannot write a temporary copy of the grid: %1").arg(file.errorString()), {name});
    QStringList skipped;
    auto bands = gis::findRainfallBands(file.fileName(), &skipped);
    if (!bands)
        return Error(bands.error()).withContext(name);
    if (bands->isEmpty())
        return makeError(Error::Code::Unsupported,
                         QStringLiteral("no rainfall accumulation in this grid (GRIB APCPnn, or a CF precipitation_amount variable)"), {name});
    QList<gis::RainfallGrid> grids;
    for (const gis::RainfallBand &band : *bands) {
        auto grid = gis::readRainfallGrid(file.fileName(), band);
        if (!grid)
            return Error(grid.error()).withContext(name);
        grid->source = name;
        grids.append(std::move(*grid));
    }
    auto written = RainfallStore(workspace.database()).add(grids, receivedAt);
    if (!written)
        return written.error();
    summary.grids = *written;
    summary.deviations += skipped;
    return summary;
}

} // namespace

Result<IngestSummary> ingestPayload(Workspace &workspace, const QByteArray &bytes, const QString &sourceName,
                                    const QDateTime &receivedAt, std::optional<feeds::DataFormat> format,
                                    bool asIssued, const IngestProgress &progress)
{
    if (bytes.isEmpty())
        return makeError(Error::Code::Empty, QStringLiteral("nothing to ingest: the payload is empty"), {sourceName});
    if (!format)
        format = feeds::detectFormat(bytes);
    if (!format)
        return makeError(Error::Code::Unsupported,
                         QStringLiteral("not a format Lookout reads (CAP, CMA best track, ATCF b-deck, IBTrACS CSV, 温州台风网 JSON/CSV, "
                                        "NASA FIRMS CSV, 长江水文 CSV, SL 323 CSV, WaterML 1.1/2.0, USGS RDB, "
                                        "GRIB2/NetCDF/GeoTIFF rainfall grids, daily fire weather)"),
                         {sourceName});
    IngestSummary summary;
    summary.format = *format;
    auto report = [&](const QString &phase, qint64 done, qint64 total) {
        if (progress)
            progress(phase, done, total);
    };
    report(QStringLiteral("parsing"), 0, bytes.size());

    if (*format == feeds::DataFormat::CapIndex)
        return makeError(Error::Code::Unsupported,
                         QStringLiteral("an index feed lists CAP messages but holds none; let 'lookout feeds run' fetch them"),
                         {sourceName});
    if (*format == feeds::DataFormat::CapAlert) {
        auto alert = feeds::parseCapAlert(bytes, sourceName);
        if (!alert)
            return alert.error();
        summary.deviations = alert->deviations;
        report(QStringLiteral("storing"), 0, 1);
        auto added = WarningStore(workspace.database()).add({IncomingWarning{bytes, *alert, sourceName, asIssued ? alert->sent : receivedAt}});
        if (!added)
            return added.error();
        summary.warningsAdded = added->added;
        summary.warningsAlreadyKept = added->alreadyKept;
        report(QStringLiteral("storing"), 1, 1);
        return summary;
    }

    if (*format == feeds::DataFormat::FirmsCsv) {
        auto file = feeds::parseFirmsCsv(bytes, sourceName);
        if (!file)
            return file.error();
        const qint64 total = file->hotspots.size();
        report(QStringLiteral("storing"), 0, total);
        auto added = HotspotStore(workspace.database()).add(file->hotspots, sourceName, receivedAt,
                                                            [&](qint64 done) { report(QStringLiteral("storing"), done, total); });
        if (!added)
            return added.error();
        summary.hotspotsAdded = added->added;
        summary.hotspotsAlreadyKept = added->alreadyKept;
        return summary;
    }
    if (*format == feeds::DataFormat::RainfallGrid) {
        report(QStringLiteral("storing"), 0, 0);
        return ingestRainfallGrid(workspace, bytes, sourceName, receivedAt, std::move(summary));
    }
    if (*format == feeds::DataFormat::FireWeatherCsv) {
        auto days = feeds::parseDailyFireWeather(bytes, sourceName);
        if (!days)
            return days.error();
        auto kept = FireWeatherStore(workspace.database()).add(*days, sourceName, receivedAt);
        if (!kept)
            return kept.error();
        summary.weatherDays = *kept;
        return summary;
    }
    if (feeds::isWaterFormat(*format)) {
        report(QStringLiteral("storing"), 0, 0);
        return ingestWater(workspace, *format, bytes, sourceName, receivedAt, std::move(summary));
    }
    auto tracks = parseTracks(*format, bytes, sourceName);
    if (!tracks)
        return tracks.error();
    qint64 total = 0;
    for (const feeds::TyphoonTrack &track : *tracks)
        total += qint64(track.points.size());
    report(QStringLiteral("storing"), 0, total);
    auto written = TrackStore(workspace.database()).add(*tracks, sourceName, receivedAt, [&](qint64 done) {
        report(QStringLiteral("storing"), done, total);
    });
    if (!written)
        return written.error();
    summary.tracks = int(tracks->size());
    summary.points = *written;
    return summary;
}

} // namespace lookout::store
