// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
//
// The situation: built for the Mangkhut replay (2018-09-16 08:00 Beijing) on the demo workspace,
// and on a copy of it holding 1,000,000 more record entries and 1,000,000 hotspots in the 24 h
// before T (from nothing, and again by a builder that keeps the record folded); and the GUI thread's longest stall while a SituationJob rebuilds it every 200 ms,
// each result is presented into the wall's models, and another thread stores feed deliveries.
//   situation_benchmark --workspace DEMO.gpkg [Google Benchmark flags]
#include "scenario.h"
#include "scenarioactions.h"
#include "workspacelayers.h"

#include "feeds/firmscsv.h"
#include "situation/situationbuilder.h"
#include "situation/situationjob.h"
#include "situation/workspaceinputs.h"
#include "store/hotspotstore.h"
#include "store/ingest.h"
#include "store/workspace.h"
#include "tests/bench/store/millionrecord.h"
#include "tests/support/testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include "plans/planreader.h"
#include "plans/rehearsal.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace lookout;

namespace {

const QDateTime kMangkhut(QDate(2018, 9, 16), QTime(0, 0), QTimeZone::utc());
QString g_demoWorkspace;

struct Opened {
    store::Workspace workspace;
    situation::SituationInputs inputs;
};

Opened open(const QString &path)
{
    auto workspace = store::Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().toString()));
        std::abort();
    }
    auto inputs = situation::situationInputsOf(*workspace);
    if (!inputs)
        std::abort();
    return Opened{std::move(workspace).value(), std::move(inputs).value()};
}

// The demo workspace copied, with 1,000,000 record entries before T (1,000 incidents opened and
// closed over the two years before) and 1,000,000 hotspots acquired in the 24 h before T: the
// real VIIRS South-East Asia file's detections repeated, each repetition a minute later and
// 0.0001° east (distinct detections, none dropped as duplicates).
const QString &millionWorkspace()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("million.gpkg"));
        if (!QFile::copy(g_demoWorkspace, file))
            std::abort();
        test::appendMillionEntryRecord(file, kMangkhut.addDays(-760));
        auto firms = feeds::parseFirmsCsv(test::readBytes(test::sharedData(QStringLiteral("fire/VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"))),
                                          QStringLiteral("VNP14IMGTDL_NRT_SouthEast_Asia_24h.csv"));
        if (!firms)
            std::abort();
        const QList<feeds::Hotspot> &real = firms->hotspots;
        auto workspace = store::Workspace::open(file);
        if (!workspace)
            std::abort();
        QList<feeds::Hotspot> batch;
        for (int n = 0; n < 1000000; ++n) {
            const int repetition = n / int(real.size());
            feeds::Hotspot h = real.at(n % real.size());
            h.time = kMangkhut.addSecs(-23 * 3600 + 60 * repetition + h.time.time().msecsSinceStartOfDay() / 1000 % 3600);
            h.position.lon += 0.0001 * repetition;
            batch.append(h);
            if (batch.size() == 100000) {
                if (!store::HotspotStore(workspace->database()).add(batch, QStringLiteral("viirs-repeated.csv"), kMangkhut.addSecs(-1800)))
                    std::abort();
                batch.clear();
            }
        }
        return file;
    }();
    return path;
}

// `kept`: the builder keeps the record folded between builds, as a SituationJob does (the first
// build, outside the timing, folds it).
void buildOn(benchmark::State &state, const QString &path, bool kept = false)
{
    Opened opened = open(path);
    situation::BuildCache cache;
    if (kept && !situation::buildSituation(opened.workspace.database(), kMangkhut, opened.inputs, {}, &cache))
        std::abort();
    for (auto _ : state) {
        auto situation = situation::buildSituation(opened.workspace.database(), kMangkhut, opened.inputs, {}, kept ? &cache : nullptr);
        if (!situation || situation->cyclones.storms.isEmpty())
            std::abort();
        benchmark::DoNotOptimize(situation);
        state.counters["record_entries"] = double(situation->incidents.entries);
        state.counters["hotspots_24h"] = double(situation->fire.inFeed);
    }
}

void BM_SituationMangkhut(benchmark::State &state)
{
    buildOn(state, g_demoWorkspace);
}

// A rehearsal (预演) of the demo's Zhuhai typhoon plan over Mangkhut: 72 hourly situations rebuilt
// from what the demo workspace knew at each hour, the plan evaluated on each (plan rehearse).
void BM_RehearsalMangkhut72Hours(benchmark::State &state)
{
    Opened opened = open(g_demoWorkspace);
    const plans::PlanReading reading = plans::readPlanFile(test::packagingData(QStringLiteral("plans/zhuhai-typhoon.yaml")));
    if (!reading.ok())
        std::abort();
    const QDateTime from = kMangkhut.addSecs(-48 * 3600);
    for (auto _ : state) {
        auto rehearsal = plans::rehearse(opened.workspace.database(), opened.inputs, *reading.plan, from, from.addSecs(71 * 3600), 3600);
        if (!rehearsal || rehearsal->steps.size() != 72)
            std::abort();
        benchmark::DoNotOptimize(rehearsal->steps.back().suggested);
    }
    state.counters["situations"] = 72;
}

void BM_SituationMangkhutMillion(benchmark::State &state)
{
    buildOn(state, millionWorkspace());
}

void BM_SituationMangkhutMillionKept(benchmark::State &state)
{
    buildOn(state, millionWorkspace(), true);
}

// The longest gap between two ticks of a 1 ms timer on the GUI thread, over 5 seconds in which a
// SituationJob rebuilds the Mangkhut situation every 200 ms (each result presented into the
// wall's models and map layers here) and another thread stores a CAP message every 100 ms.
void BM_GuiStallWhileRebuilding(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stall.gpkg"));
    if (!QFile::copy(g_demoWorkspace, path))
        std::abort();
    Opened opened = open(path);
    qml::AppController controller(nullptr);
    controller.setView(QStringLiteral("wall"));
    if (!app::loadWorkspaceLayers(opened.workspace, *controller.layers()))
        std::abort();
    app::ScenarioOptions options;
    options.replay = true;
    options.language = QStringLiteral("zh-CN");
    options.homeExtent = app::homeExtent(opened.workspace, *controller.layers());
    const QByteArray message = test::readBytes(test::sharedData(QStringLiteral("warnings/au-bom_warning.xml")));
    for (auto _ : state) {
        situation::SituationJob job(path, opened.inputs);
        int presented = 0;
        QObject::connect(&job, &situation::SituationJob::ready, [&](quint64, const std::shared_ptr<const situation::Situation> &s) {
            options.at = s->at;
            app::presentSituation(*s, options, controller);
            ++presented;
        });
        std::atomic<bool> stop{false};
        std::atomic<int> stored{0};
        std::thread feeds([&] {
            auto workspace = store::Workspace::open(path);
            if (!workspace)
                std::abort();
            while (!stop) {
                if (store::ingestPayload(*workspace, message, QStringLiteral("bom.xml"), QDateTime::currentDateTimeUtc()))
                    ++stored;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        QTimer rebuild;
        QObject::connect(&rebuild, &QTimer::timeout, [&] { job.request(kMangkhut); });
        rebuild.start(200);
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.nsecsElapsed();
        std::vector<double> gaps;
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            gaps.push_back(double(now - last) / 1e6);
            last = now;
        });
        probe.start(1);
        QElapsedTimer run;
        run.start();
        while (run.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        probe.stop();
        rebuild.stop();
        stop = true;
        feeds.join();
        job.waitForIdle();
        std::sort(gaps.begin(), gaps.end());
        const double longest = gaps.empty() ? 0 : gaps.back();
        state.SetIterationTime(longest / 1000.0);
        state.counters["p99_gap_ms"] = gaps.empty() ? 0 : gaps[std::size_t(double(gaps.size() - 1) * 0.99)];
        state.counters["situations_presented"] = presented;
        state.counters["deliveries_stored"] = stored.load();
    }
}

} // namespace

BENCHMARK(BM_SituationMangkhut)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RehearsalMangkhut72Hours)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SituationMangkhutMillion)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_SituationMangkhutMillionKept)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_GuiStallWhileRebuilding)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

int main(int argc, char **argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication application(argc, argv);
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--workspace")
            g_demoWorkspace = QString::fromLocal8Bit(argv[i + 1]);
    if (g_demoWorkspace.isEmpty()) {
        std::fprintf(stderr, "usage: situation_benchmark --workspace DEMO.gpkg [benchmark flags]\n");
        return 2;
    }
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--workspace") {
            ++i;
            continue;
        }
        rest.push_back(argv[i]);
    }
    int count = int(rest.size());
    benchmark::Initialize(&count, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
