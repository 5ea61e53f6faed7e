// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "store/ingest.h"

#include "feeds/capparser.h"
#include "feeds/firmscsv.h"
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
                         QStringLiteral("not a format Lookout reads (CAP, CMA best track, ATCF b-deck, IBTrACS CSV, 温州台风网 JSON/CSV)"),
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
