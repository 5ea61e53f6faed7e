// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// Parser and ingest throughput on the real files of shared/data: CAP messages per second,
// track records per second for CMA, ATCF and IBTrACS, and an IBTrACS CSV ingested into a
// workspace. The IBTrACS sample is small (95 rows), so its rows are repeated, each repetition
// a distinct storm, to the row count the benchmark names (scripts/bench runs ogr2ogr on the same
// generated file for the comparison).
#include "feeds/capparser.h"
#include "feeds/firmscsv.h"
#include "feeds/trackparsers.h"
#include "store/ingest.h"
#include "store/workspace.h"

#include <QFile>
#include "tests/support/testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace lookout;

namespace {

QByteArray typhoon(const char *file)
{
    return test::readBytes(test::sharedData(QStringLiteral("typhoon/") + QString::fromLatin1(file)));
}

std::size_t pointCount(const std::vector<feeds::TyphoonTrack> &tracks)
{
    std::size_t points = 0;
    for (const feeds::TyphoonTrack &track : tracks)
        points += track.points.size();
    return points;
}

} // namespace

// Repeats the real IBTrACS rows to `rows` data rows; each repetition gets its own SID.
QByteArray repeatedIbtracs(int rows)
{
    const QList<QByteArray> lines = typhoon("ibtracs.ACTIVE.list.v04r00.csv").split('\n');
    QByteArray out = lines[0] + '\n' + lines[1] + '\n';
    QList<QByteArray> data;
    for (qsizetype i = 2; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            data.append(lines[i]);
    for (int written = 0, repetition = 0; written < rows; ++repetition)
        for (const QByteArray &line : data) {
            if (written++ >= rows)
                break;
            const qsizetype comma = line.indexOf(',');
            out += line.left(comma) + QByteArray::number(repetition).rightJustified(5, '0') + line.mid(comma) + '\n';
        }
    return out;
}

// Repeats the real FIRMS archive rows (36,011, Australia 2019) to `rows`, each repetition a year
// later so that no detection repeats.
QByteArray repeatedFirms(int rows)
{
    const QList<QByteArray> lines = test::readBytes(test::sharedData(QStringLiteral("fire/fire_archive_M6_96619.csv"))).split('\n');
    QByteArray out = lines[0] + '\n';
    for (int written = 0, repetition = 0; written < rows; ++repetition)
        for (qsizetype i = 1; i < lines.size() && written < rows; ++i) {
            if (lines[i].isEmpty())
                continue;
            QByteArray line = lines[i];
            const qsizetype date = line.indexOf(",2019-");  // acq_date
            line.replace(date + 1, 4, QByteArray::number(2019 + repetition));
            out += line + '\n';
            ++written;
        }
    return out;
}

static void BM_ParseCapMessages(benchmark::State &state)
{
    QList<QByteArray> messages;
    const QDir dir(test::sharedData(QStringLiteral("warnings")));
    for (const QString &file : dir.entryList({QStringLiteral("*.xml")}))
        if (!file.startsWith(QLatin1String("feed_")))
            messages.append(test::readBytes(dir.filePath(file)));
    for (auto _ : state)
        for (const QByteArray &message : messages) {
            auto alert = feeds::parseCapAlert(message, QStringLiteral("bench"));
            benchmark::DoNotOptimize(alert);
        }
    state.SetItemsProcessed(state.iterations() * messages.size());
    state.SetLabel("18 real messages (incl. the 447 KB MoWaS one)");
}
BENCHMARK(BM_ParseCapMessages)->Unit(benchmark::kMillisecond);

template <auto Parse>
static void parseTracks(benchmark::State &state, const QByteArray &bytes)
{
    std::size_t points = 0;
    for (auto _ : state) {
        auto tracks = Parse(bytes, QStringLiteral("bench"));
        points = pointCount(*tracks);
        benchmark::DoNotOptimize(tracks);
    }
    state.SetItemsProcessed(state.iterations() * qint64(points));
}

static void BM_ParseCmaBestTrack(benchmark::State &state)
{
    parseTracks<feeds::parseCmaBestTrack>(state, typhoon("CH2018BST.txt"));
}
BENCHMARK(BM_ParseCmaBestTrack)->Unit(benchmark::kMicrosecond);

static void BM_ParseAtcfBDeck(benchmark::State &state)
{
    parseTracks<feeds::parseAtcfBDeck>(state, typhoon("bwp262018.dat"));
}
BENCHMARK(BM_ParseAtcfBDeck)->Unit(benchmark::kMicrosecond);

static void BM_ParseIbtracs(benchmark::State &state)
{
    parseTracks<feeds::parseIbtracsCsv>(state, repeatedIbtracs(int(state.range(0))));
}
BENCHMARK(BM_ParseIbtracs)->Arg(100000)->Unit(benchmark::kMillisecond);

static void BM_ParseFirms(benchmark::State &state)
{
    const QByteArray csv = repeatedFirms(int(state.range(0)));
    for (auto _ : state) {
        auto file = feeds::parseFirmsCsv(csv, QStringLiteral("bench"));
        benchmark::DoNotOptimize(file);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ParseFirms)->Arg(360000)->Unit(benchmark::kMillisecond);

static void BM_IngestIbtracs(benchmark::State &state)
{
    const QByteArray csv = repeatedIbtracs(int(state.range(0)));
    const QDateTime now(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc());
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto workspace = store::Workspace::create(dir.filePath(QStringLiteral("bench.gpkg")), now);
        state.ResumeTiming();
        auto ingested = store::ingestPayload(*workspace, csv, QStringLiteral("ibtracs.csv"), now);
        if (!ingested)
            state.SkipWithError(ingested.error().toString().toUtf8().constData());
        benchmark::DoNotOptimize(ingested);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_IngestIbtracs)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // `--write-ibtracs|--write-firms FILE ROWS`: write the repeated CSV for the ogr2ogr
    // comparison, then exit.
    if (argc == 4 && (QByteArray(argv[1]) == "--write-ibtracs" || QByteArray(argv[1]) == "--write-firms")) {
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        const int rows = QByteArray(argv[3]).toInt();
        out.write(QByteArray(argv[1]) == "--write-firms" ? repeatedFirms(rows) : repeatedIbtracs(rows));
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
