// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "datacommands.h"

#include "analysis/fwi.h"
#include "core/timeformat.h"
#include "feeds/fireweathercsv.h"
#include "feeds/feedscheduler.h"
#include "incidents/warningregistry.h"
#include "store/ingest.h"
#include "store/warningstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace lookout::app {

namespace {

// A progress bar on stderr when it is a terminal; a line per phase otherwise (logs, CI).
class ProgressBar {
public:
    explicit ProgressBar(QString label) : m_label(std::move(label)), m_terminal(isatty(STDERR_FILENO) != 0) { m_timer.start(); }
    ~ProgressBar()
    {
        if (m_drawn)
            std::fputs("\n", stderr);
    }

    void update(const QString &phase, qint64 done, qint64 total)
    {
        if (!m_terminal) {
            if (phase != m_phase && total > 100000)
                std::fprintf(stderr, "%s: %s (%lld)\n", qPrintable(m_label), qPrintable(phase), static_cast<long long>(total));
            m_phase = phase;
            return;
        }
        if (m_timer.elapsed() < 100 && done < total && phase == m_phase)
            return;  // redraw at most ten times a second
        m_timer.restart();
        m_phase = phase;
        const int width = 30;
        const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
        const int filled = int(fraction * width);
        std::fprintf(stderr, "\r%s %-8s [%s%s] %3d%% %lld/%lld", qPrintable(m_label), qPrintable(phase),
                     QByteArray(filled, '#').constData(), QByteArray(width - filled, ' ').constData(), int(fraction * 100),
                     static_cast<long long>(done), static_cast<long long>(total));
        std::fflush(stderr);
        m_drawn = true;
    }

private:
    QString m_label;
    QString m_phase;
    bool m_terminal;
    bool m_drawn = false;
    QElapsedTimer m_timer;
};

void printError(const QString &message)
{
    std::fprintf(stderr, "lookout: %s\n", message.toUtf8().constData());
}

} // namespace

int runIngest(const CommandLine &line, store::Workspace &workspace, const QDateTime &now)
{
    std::optional<feeds::DataFormat> format;
    if (!line.format.isEmpty()) {
        format = feeds::formatFromId(line.format);
        if (!format) {
            printError(QStringLiteral("unknown --format '%1'").arg(line.format));
            return 2;
        }
    }
    int failures = 0;
    QTextStream out(stdout);
    for (const QString &file : line.files) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1: %2").arg(file, input.errorString()));
            ++failures;
            continue;
        }
        const QByteArray bytes = input.readAll();
        std::optional<ProgressBar> bar;
        if (bytes.size() > 1024 * 1024)
            bar.emplace(QFileInfo(file).fileName());
        auto summary = store::ingestPayload(workspace, bytes, file, now, format, line.asIssued, [&](const QString &phase, qint64 done, qint64 total) {
            if (bar)
                bar->update(phase, done, total);
        });
        bar.reset();
        if (!summary) {
            printError(QStringLiteral("%1 not ingested: %2").arg(file, summary.error().toString()));
            ++failures;
            continue;
        }
        out << file << ": " << feeds::formatName(summary->format) << ", ";
        if (summary->format == feeds::DataFormat::CapAlert)
            out << summary->warningsAdded << " warning(s) added, " << summary->warningsAlreadyKept << " already kept";
        else if (summary->format == feeds::DataFormat::FirmsCsv)
            out << summary->hotspotsAdded << " hotspot(s) added, " << summary->hotspotsAlreadyKept << " already kept";
        else if (summary->format == feeds::DataFormat::FireWeatherCsv)
            out << summary->weatherDays << " station-day(s) of fire weather";
        else if (summary->format == feeds::DataFormat::RainfallGrid)
            out << summary->grids << " rainfall grid(s)";
        else if (summary->tracks > 0 || summary->points > 0)
            out << summary->tracks << " track(s), " << summary->points << " point(s)";
        else
            out << summary->stations << " station(s), " << summary->waterReadings << " reading(s), " << summary->thresholds
                << " threshold row(s), " << summary->readingsFlagged << " reading(s) flagged and dropped";
        if (summary->seriesSkipped > 0)
            out << ", " << summary->seriesSkipped << " series of other parameters skipped";
        if (!summary->deviations.isEmpty())
            out << ", " << summary->deviations.size() << " deviation(s) from the standard noted";
        out << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}

int runFeeds(const CommandLine &line, store::Workspace &workspace)
{
    QFile file(line.config);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(line.config, file.errorString()));
        return 1;
    }
    auto config = feeds::parseFeedConfig(file.readAll(), QFileInfo(line.config).absoluteFilePath());
    if (!config) {
        printError(config.error().toString());
        return 2;
    }
    feeds::FeedScheduler scheduler(*config);
    QTextStream out(stdout);
    QObject::connect(&scheduler, &feeds::FeedScheduler::payloadReady,
                     [&](const QString &sourceId, const QString &name, const QByteArray &bytes, const QDateTime &fetchedAt) {
                         auto kept = store::ingestPayload(workspace, bytes, name, fetchedAt);
                         if (kept) {
                             const qint64 records = kept->format == feeds::DataFormat::CapAlert ? kept->warningsAdded : kept->tracks;
                             scheduler.recordOutcome(sourceId, records, 0, {});
                         } else {
                             scheduler.recordOutcome(sourceId, 0, 1, kept.error().toString());
                             printError(QStringLiteral("%1: not kept: %2").arg(sourceId, kept.error().toString()));
                         }
                     });
    if (!line.once) {
        QObject::connect(&scheduler, &feeds::FeedScheduler::healthChanged, [&](const QString &sourceId) {
            for (const feeds::SourceHealth &health : scheduler.health())
                if (health.sourceId == sourceId && health.lastAttempt.isValid())
                    out << formatUtc(QDateTime::currentDateTimeUtc(), true) << "  " << sourceId << ": "
                        << feeds::healthStateName(health.state(QDateTime::currentDateTimeUtc()))
                        << (health.consecutiveFailures > 0 ? QStringLiteral(" — ") + health.lastError : QString()) << Qt::endl;
        });
        scheduler.start();
        return QCoreApplication::exec();
    }
    QObject::connect(&scheduler, &feeds::FeedScheduler::roundFinished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    scheduler.runOnce();
    QCoreApplication::exec();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int failing = 0;
    for (const feeds::SourceHealth &health : scheduler.health()) {
        const auto state = health.state(now);
        failing += state == feeds::SourceHealth::State::Failing || state == feeds::SourceHealth::State::NoData ? 1 : 0;
        out << QStringLiteral("%1 %2 last good %3  kept %4, refused %5%6")
                   .arg(health.sourceId, -16)
                   .arg(feeds::healthStateName(state).toUpper(), -8)
                   .arg(health.lastSuccess.isValid() ? formatAge(health.lastSuccess.secsTo(now)) + QStringLiteral(" ago")
                                                     : QStringLiteral("never"))
                   .arg(health.accepted)
                   .arg(health.rejected)
                   .arg(health.consecutiveFailures > 0 ? QStringLiteral("  — ") + health.lastError : QString())
            << Qt::endl;
    }
    return failing == 0 ? 0 : 1;
}

int runFwi(const CommandLine &line)
{
    const QString path = line.files.front();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return 1;
    }
    auto days = feeds::parseDailyFireWeather(file.readAll(), path);
    if (!days) {
        printError(days.error().toString());
        return 1;
    }
    analysis::FwiStartup startup;
    if (!line.fwiStart.isEmpty()) {
        const QStringList values = line.fwiStart.split(QLatin1Char(','));
        startup = analysis::FwiStartup{values[0].toDouble(), values[1].toDouble(), values[2].toDouble()};
    }
    // One sequence per station, in file order; a gap in the days carries yesterday's codes over
    // (as cffdrs does) and says so.
    QTextStream out(stdout);
    out << "LONG,LAT,YR,MON,DAY,FFMC,DMC,DC,ISI,BUI,FWI" << Qt::endl;
    QList<analysis::FwiWeather> weather;
    auto flush = [&](const QList<feeds::DailyFireWeather> &station) {
        weather.clear();
        for (const feeds::DailyFireWeather &day : station)
            weather.append({day.date.year(), day.date.month(), day.date.day(), day.temp, day.rh, day.wind, day.rain});
        const QList<analysis::FwiCodes> codes = analysis::fwiSequence(weather, station.front().latitude, startup);
        for (qsizetype i = 0; i < station.size(); ++i) {
            const feeds::DailyFireWeather &day = station[i];
            const analysis::FwiCodes &c = codes[i];
            out << day.longitude << ',' << day.latitude << ',' << day.date.year() << ',' << day.date.month() << ',' << day.date.day();
            for (double value : {c.ffmc, c.dmc, c.dc, c.isi, c.bui, c.fwi})
                out << ',' << QString::number(value, 'f', 3);
            out << '\n';
        }
    };
    QList<feeds::DailyFireWeather> station;
    for (const feeds::DailyFireWeather &day : *days) {
        if (!station.isEmpty() && (day.longitude != station.back().longitude || day.latitude != station.back().latitude)) {
            flush(station);
            station.clear();
        }
        if (!station.isEmpty() && station.back().date.daysTo(day.date) != 1)
            printError(QStringLiteral("%1 line %2: %3 does not follow %4; yesterday's codes are carried over")
                           .arg(path).arg(day.line).arg(day.date.toString(Qt::ISODate), station.back().date.toString(Qt::ISODate)));
        station.append(day);
    }
    flush(station);
    out.flush();
    return 0;
}

int runWarningsList(const CommandLine &line, store::Workspace &workspace, const QDateTime &at)
{
    store::WarningStore store(workspace.database());
    auto messages = store.messages(at);
    auto acknowledgements = store.acknowledgements(at);
    if (!messages || !acknowledgements) {
        printError(QStringLiteral("cannot read the warning registry: %1")
                       .arg((messages ? acknowledgements.error() : messages.error()).toString()));
        return 1;
    }
    QTextStream out(stdout);
    out << "Warnings as known at " << formatLocal(at) << " (Beijing), " << formatUtc(at) << Qt::endl;
    if (messages->isEmpty()) {
        // "No data" is not "no warnings": say which it is.
        out << "NO DATA: the workspace holds no warning received by then." << Qt::endl;
        return 0;
    }
    const QString language = line.language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh-CN");
    const QList<incidents::WarningEntry> entries = incidents::resolveWarnings(*messages, *acknowledgements, at);
    int shown = 0;
    int live = 0;
    for (const incidents::WarningEntry &entry : entries) {
        live += entry.countsAsLive() ? 1 : 0;
        const bool current = entry.state == incidents::WarningState::Live || entry.state == incidents::WarningState::Pending;
        if (!line.all && !current)
            continue;
        const feeds::CapAlert &alert = entry.head.alert;
        const feeds::CapInfo *info = alert.infoFor(language);
        QStringList areas;
        if (info)
            for (const feeds::CapArea &area : info->areas)
                areas.append(area.areaDesc.simplified());
        const QString status = entry.isActual() ? QString() : QStringLiteral("[%1] ").arg(feeds::toString(alert.status).toUpper());
        out << QStringLiteral("%1 %2 %3  %4 (%5 ago)  %6%7 — %8  [%9, chain of %10]%11")
                   .arg(incidents::levelName(entry.level).toUpper(), -6)
                   .arg(incidents::stateName(entry.state), -9)
                   .arg(feeds::toString(alert.msgType), -6)
                   .arg(formatLocal(alert.sent), formatAge(alert.sent.secsTo(at)), status,
                        info ? info->event : QStringLiteral("(no info)"),
                        areas.isEmpty() ? QStringLiteral("(no area)") : areas.join(QStringLiteral("; ")).left(80), alert.sender)
                   .arg(entry.chain.size())
                   .arg(entry.acknowledgement ? QStringLiteral("  ack %1 %2").arg(entry.acknowledgement->acknowledgedBy,
                                                                                  formatLocal(entry.acknowledgement->acknowledgedAt))
                                              : QString())
            << Qt::endl;
        ++shown;
    }
    out << live << " live warning(s) counted (Actual only); " << entries.size() << " chain(s), " << messages->size()
        << " message(s) kept" << (line.all ? "" : "; --all shows ended chains too") << Qt::endl;
    return 0;
}

} // namespace lookout::app
