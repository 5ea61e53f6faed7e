// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
// The composition root: parses the command line, builds the services (clock, workspace, map
// layers, the QML facade) and runs the GUI, an offscreen render or the self-test.
#include "appcontroller.h"
#include "commandline.h"
#include "datacommands.h"
#include "demoworkspace.h"
#include "feedworker.h"
#include "recordnotices.h"
#include "recordwriter.h"
#include "seatsignin.h"
#include "scenarioactions.h"
#include "situation/situationjob.h"
#include "situationcommand.h"
#include "viewloader.h"
#include "workspacecommands.h"
#include "workspacelayers.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/timeformat.h"
#include "gis/gdalerrorcapture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Lookout_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Lookout_MapPlugin)
Q_IMPORT_QML_PLUGIN(Lookout_IncidentsPlugin)
Q_IMPORT_QML_PLUGIN(Lookout_FeedsPlugin)
Q_IMPORT_QML_PLUGIN(Lookout_WallPlugin)
Q_IMPORT_QML_PLUGIN(Lookout_AppPlugin)

using namespace lookout;

namespace {

int failWith(const QString &message, int code)
{
    std::fprintf(stderr, "lookout: %s\n", message.toUtf8().constData());
    return code;
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// --snapshot: every window captured and described; 3 when --legibility finds small text.
int takeSnapshot(app::ViewLoader &loader, const app::CommandLine &line)
{
    QList<qml::ShownText> small;
    auto lines = app::snapshotWindows(loader, line.snapshot, line.legibility ? &small : nullptr);
    if (!lines)
        return failWith(QStringLiteral("snapshot failed: %1").arg(lines.error().toString()), 1);
    for (const QString &text : *lines)
        std::printf("%s\n", text.toUtf8().constData());
    for (const qml::ShownText &text : small)
        std::printf("small: %5.1f px  %s\n", text.pixelSize, text.text.left(80).toUtf8().constData());
    if (line.legibility)
        std::printf("%lld text(s) below a fortieth of their window's height\n", static_cast<long long>(small.size()));
    return line.legibility && !small.isEmpty() ? 3 : 0;
}

// render --texts: every visible text, a line each.
void printTexts(const app::CommandLine &line, const QList<qml::ShownText> &texts)
{
    if (line.texts)
        for (const qml::ShownText &text : texts)
            std::printf("text: %s\n", text.text.toUtf8().constData());
}

// The system's language when it has a translation (else the English source texts), or the one
// --lang asked for, which must load.
bool installTranslator(QGuiApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);  // number formats and the few words made in C++ (compass points)
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("lookout"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    return language.isEmpty();
}

// --workspace FILE, else the shared server's workspace with --postgres, else the demo's.
QString workspacePathFor(const app::CommandLine &line)
{
    if (!line.workspace.isEmpty())
        return line.workspace;
    return line.postgres.isEmpty() ? app::defaultDemoWorkspacePath() : store::serverLocation(line.postgres);
}

Result<store::Workspace> openWorkspace(const app::CommandLine &line)
{
    const QString path = workspacePathFor(line);
    if (line.workspace.isEmpty() && line.postgres.isEmpty())
        return app::openOrCreateDemoWorkspace(path, QDateTime::currentDateTimeUtc());
    auto workspace = store::Workspace::open(path);
    if (!workspace && workspace.error().code == Error::Code::NotFound)
        return makeError(Error::Code::NotFound, app::missingWorkspaceMessage(path));
    return workspace;
}

QString openFailure(const app::CommandLine &line, const Error &error)
{
    return error.code == Error::Code::NotFound && !line.workspace.isEmpty()
               ? error.message
               : QStringLiteral("cannot open workspace %1: %2").arg(workspacePathFor(line), error.toString());
}

// ingest, feeds run, warnings list: a core application, no display, no QML.
int runDataCommand(int argc, char **argv, const app::CommandLine &line)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lookout"));
    QCoreApplication::setApplicationName(QStringLiteral("lookout"));
    gis::ensureGdalRegistered();
    if (line.command == app::CommandLine::Command::Match)
        return app::runMatchCommand(line.match);
    if (line.command == app::CommandLine::Command::Server)
        return app::runServerCommand(line.server);
    if (line.command == app::CommandLine::Command::Record && !app::needsWorkspace(line.record)) {
        // The record is on the server; the workspace, when there is one, still names the
        // divisions an entry's areas resolve to (what the server's row-level security keys on).
        auto workspace = openWorkspace(line);
        return app::runRecordCommand(line.record, workspace ? &*workspace : nullptr, line.at);
    }
    if (line.command == app::CommandLine::Command::Workspace) {
        if (line.workspace.isEmpty())  // the demo workspace, made on first use like everywhere else
            if (auto demo = openWorkspace(line); !demo)
                return failWith(openFailure(line, demo.error()), 1);
        return app::runWorkspaceCommand(line.workspaceCommand, workspacePathFor(line));
    }
    auto workspace = openWorkspace(line);
    if (!workspace)
        return failWith(openFailure(line, workspace.error()), 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (line.command == app::CommandLine::Command::Ingest)
        return app::runIngest(line, *workspace, now);
    if (line.command == app::CommandLine::Command::FeedsRun)
        return app::runFeeds(line, *workspace);
    if (line.command == app::CommandLine::Command::Record)
        return app::runRecordCommand(line.record, &*workspace, line.at);
    if (line.command == app::CommandLine::Command::Plan)
        return app::runPlanCommand(line.plan, *workspace, line.at);
    if (line.command == app::CommandLine::Command::Cap)
        return app::runCapCommand(line.cap, *workspace, line.at);
    if (line.command == app::CommandLine::Command::Situation)
        return app::runSituation(*workspace, line.at.value_or(now), line.json);
    return app::runWarningsList(line, *workspace, line.at.value_or(now));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    auto parsed = app::parseCommandLine(arguments);
    if (!parsed)
        return failWith(parsed.error().message, 2);
    const app::CommandLine &line = *parsed;
    using Command = app::CommandLine::Command;
    if (line.command == Command::Help) {
        std::fputs(app::helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (line.command == Command::Version) {
        std::printf("lookout %s\n", LOOKOUT_VERSION);
        return 0;
    }
    if (line.command == Command::Fwi) {
        QCoreApplication application(argc, argv);
        return app::runFwi(line);
    }
    if (line.isDataCommand())
        return runDataCommand(argc, argv, line);
    const bool offscreen = line.command == Command::Render || line.command == Command::SelfTest || line.command == Command::Report;
    if (offscreen) {
        // Renders and the self-test never need a screen, and the software scene graph makes
        // them the same on every machine.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    } else if (!hasDisplay()) {
        return failWith(QStringLiteral("no display (DISPLAY and WAYLAND_DISPLAY unset); "
                                       "use 'lookout render --view wall --out wall.png'"), 2);
    } else if (qgetenv("QT_QPA_PLATFORM").startsWith("offscreen")) {
        // Screens described in a file (offscreen:configfile=…), as a wall's check: no GPU there.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }

    QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lookout"));
    QCoreApplication::setApplicationName(QStringLiteral("lookout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOKOUT_VERSION));
    if (!installTranslator(application, line.language))
        return failWith(QStringLiteral("no translation for --lang %1").arg(line.language), 1);
    gis::ensureGdalRegistered();
    if (line.command == Command::Report) {
        auto workspace = openWorkspace(line);
        if (!workspace)
            return failWith(openFailure(line, workspace.error()), 1);
        return app::runReportCommand(line.report, *workspace, line.at);
    }

    const Clock clock = line.at ? Clock::replayFrom(*line.at) : Clock::live();
    qml::AppController controller(nullptr);
    qml::AppController::setInstance(&controller);
    controller.setClock(clock);
    controller.setView(line.view);
    if (line.view == QLatin1String("login")) {  // render --view login: the sign-in, to look at
        if (line.command != Command::Render || line.postgres.isEmpty())
            return failWith(QStringLiteral("--view login renders the sign-in of a shared server: lookout render --view login --postgres CONNINFO"), 2);
        app::prepareSignInView(line.postgres, controller);
        auto rendered = app::renderViewToFile(line.view, line.size, line.out);
        if (!rendered)
            return failWith(QStringLiteral("render failed: %1").arg(rendered.error().toString()), 1);
        std::printf("%s\n", line.out.toUtf8().constData());
        printTexts(line, *rendered);
        return 0;
    }
    // A seat of a shared server logs in as its person's role before anything opens.
    QString serverRole;
    if (!line.postgres.isEmpty()) {
        auto role = app::signInToServer(line.postgres, controller, !offscreen);
        if (!role)
            return failWith(role.error().toString(), role.error().code == Error::Code::Cancelled ? 3 : 1);
        serverRole = *role;
    }
    const QString workspacePath = workspacePathFor(line);
    auto workspace = openWorkspace(line);
    if (!workspace)
        return failWith(openFailure(line, workspace.error()), 1);

    controller.setDeskPage(line.page);
    QRect allScreens;
    for (const QScreen *screen : QGuiApplication::screens())
        allScreens |= screen->geometry();
    controller.setWallLayout(line.wallPart, line.screens, allScreens);
    // A render is one moment: the tour holds still.
    controller.wall()->setDwellSeconds(line.command == Command::Render || !line.snapshot.isEmpty() ? 0 : line.dwell);
    if (auto loaded = app::loadWorkspaceLayers(*workspace, *controller.layers()); !loaded)
        return failWith(QStringLiteral("cannot read workspace %1: %2").arg(workspacePath, loaded.error().toString()), 1);
    QString title = workspace->setting(QStringLiteral("title"));
    // A server's workspace is shown as postgresql://host:port/database, never its connection string.
    const QString shownPath = serverRole.isEmpty() ? workspacePath : workspace->database().path();
    controller.setWorkspace(shownPath, title.isEmpty() ? QFileInfo(shownPath).completeBaseName() : title,
                            app::homeExtent(*workspace, *controller.layers()));
    std::optional<feeds::FeedConfig> feedConfig;
    if (!line.config.isEmpty()) {
        QFile file(line.config);
        auto config = file.open(QIODevice::ReadOnly) ? feeds::parseFeedConfig(file.readAll(), QFileInfo(line.config).absoluteFilePath())
                                                     : Result<feeds::FeedConfig>(makeError(Error::Code::Io, file.errorString(), {line.config}));
        if (!config)
            return failWith(config.error().toString(), 2);
        feedConfig = *config;
    }
    app::ScenarioOptions scenario;
    scenario.at = clock.now();
    scenario.replay = line.at.has_value();
    scenario.homeExtent = controller.homeExtent();
    scenario.recordServer = line.postgres;
    if (feedConfig) {
        scenario.feedCache = feedConfig->cacheDirectory;
        for (const feeds::FeedSource &source : feedConfig->sources)
            scenario.feedKinds.insert(source.id, source.kind);
    }
    const QString uiLanguage = line.language.isEmpty() ? QLocale::system().name() : line.language;
    scenario.language = uiLanguage.startsWith(QStringLiteral("zh")) ? QStringLiteral("zh-CN") : QStringLiteral("en");
    switch (line.command) {
    case Command::Render: {
        if (auto loaded = app::loadScenario(*workspace, scenario, controller); !loaded)
            return failWith(QStringLiteral("cannot read workspace %1: %2").arg(workspacePath, loaded.error().toString()), 1);
        if (!serverRole.isEmpty())
            controller.incidentDesk()->setServerLogin(serverRole);
        if (!line.postgres.isEmpty() && line.liveSeconds > 0) {
            // Live for a while: what the seat hears from its server (or that it lost it) shows.
            app::RecordNotices notices(line.postgres);
            app::showServerState(notices, controller);
            notices.start();
            QDeadlineTimer live(line.liveSeconds * 1000);
            while (!live.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        if (!line.rehearse.isEmpty()) {
            auto inputs = app::scenarioInputs(*workspace, scenario);
            auto rehearsed = inputs ? app::presentRehearsal(*workspace, *inputs, line.rehearse[0], *parseUtc(line.rehearse[1]),
                                                            *parseUtc(line.rehearse[2]), controller)
                                    : Result<void>(inputs.error());
            if (!rehearsed)
                return failWith(QStringLiteral("cannot rehearse: %1").arg(rehearsed.error().toString()), 1);
        }
        // The images: one, or with --focus each one per focus of the tour (FILE-<focus>.png).
        QList<std::pair<QString, QString>> shots;
        if (line.focus == QLatin1String("each")) {
            const QFileInfo out(line.out);
            for (const qml::WallFocus &focus : controller.wall()->focusList())
                shots.append({focus.id, out.dir().filePath(QStringLiteral("%1-%2.png").arg(out.completeBaseName(), focus.id))});
            if (shots.isEmpty())
                return failWith(QStringLiteral("--focus each: no focus has anything to show at %1").arg(formatLocal(scenario.at)), 1);
        } else {
            shots.append({line.focus, line.out});
        }
        qsizetype smallTexts = 0;
        for (const auto &[focus, out] : shots) {
            if (!focus.isEmpty()) {
                if (!controller.wall()->holdFocus(focus, false))
                    return failWith(QStringLiteral("--focus %1: nothing to show for it at %2").arg(focus, formatLocal(scenario.at)), 1);
                controller.wall()->setTakeoversShown(false);
            }
            auto rendered = app::renderViewToFile(line.view, line.size, out, line.press);
            if (!rendered)
                return failWith(QStringLiteral("render failed: %1").arg(rendered.error().toString()), 1);
            std::printf("%s\n", out.toUtf8().constData());
            printTexts(line, *rendered);
            const QList<qml::ShownText> small =
                line.legibility ? qml::smallerThan(*rendered, line.size.height() * qml::kWallLegibleFraction) : QList<qml::ShownText>();
            for (const qml::ShownText &text : small)
                std::printf("small: %5.1f px  %s\n", text.pixelSize, text.text.left(80).toUtf8().constData());
            smallTexts += small.size();
        }
        if (!line.press.isEmpty())
            std::printf("wall focus: %s%s\n", controller.wall()->focus().value(QStringLiteral("id")).toString().toUtf8().constData(),
                        controller.wall()->paused() ? " (paused)" : "");
        if (line.legibility) {
            std::printf("%lld text(s) below %.0f px (height/40)\n", static_cast<long long>(smallTexts), line.size.height() / 40.0);
            return smallTexts == 0 ? 0 : 3;
        }
        return 0;
    }
    case Command::SelfTest: {
        if (auto loaded = app::loadScenario(*workspace, scenario, controller); !loaded)
            return failWith(QStringLiteral("cannot read workspace %1: %2").arg(workspacePath, loaded.error().toString()), 1);
        auto tested = app::runSelfTest();
        if (!tested)
            return failWith(QStringLiteral("self-test failed: %1").arg(tested.error().toString()), 1);
        return 0;
    }
    default: {
        // A live seat: the situation follows the clock (every minute) and, with --feeds, the
        // feeds run and store their deliveries on a thread of their own. The situation is built
        // on a worker (SituationJob); this thread only presents it.
        auto inputs = app::scenarioInputs(*workspace, scenario);
        if (!inputs)
            return failWith(QStringLiteral("cannot read workspace %1: %2").arg(workspacePath, inputs.error().toString()), 1);
        situation::SituationJob job(workspacePath, *inputs);
        job.setCompletion(app::planEvaluation(*workspace, *inputs));
        QTimer refresh;
        refresh.setSingleShot(true);
        auto reload = [&] {
            job.request(controller.now().isValid() ? controller.now() : clock.now());
            refresh.start(60 * 1000);
        };
        QObject::connect(&refresh, &QTimer::timeout, reload);
        bool heldFocus = false;
        std::unique_ptr<app::ViewLoader> snapshotLoader;
        bool snapshotTaken = false;
        QObject::connect(&job, &situation::SituationJob::ready, [&](quint64, const std::shared_ptr<const situation::Situation> &situation) {
            scenario.at = situation->at;
            app::presentSituation(*situation, scenario, controller);
            if (!line.focus.isEmpty() && !heldFocus)
                heldFocus = controller.wall()->holdFocus(line.focus);
            if (snapshotLoader && !snapshotTaken) {  // the first picture, on every screen, then exit
                snapshotTaken = true;
                QTimer::singleShot(0, [&] { QCoreApplication::exit(takeSnapshot(*snapshotLoader, line)); });
            }
        });
        QObject::connect(&job, &situation::SituationJob::failed, [&](quint64, const QString &message) {
            qCWarning(lcApp) << "cannot build the situation:" << message;
            if (snapshotLoader && !snapshotTaken) {  // no picture will come: say so, never wait for ever
                snapshotTaken = true;
                QTimer::singleShot(0, [message] { QCoreApplication::exit(failWith(QStringLiteral("snapshot failed: %1").arg(message), 1)); });
            }
        });
        app::RecordWriter writer(workspacePath, line.postgres);
        app::connectActions(*workspace, scenario, controller, [&] { refresh.start(0); }, &writer);
        app::connectRehearsals(*workspace, *inputs, controller);
        if (!serverRole.isEmpty())
            controller.incidentDesk()->setServerLogin(serverRole);
        // A seat of a shared server hears the other seats' commits and rebuilds; a lost server
        // shows at once, in red with its time, and the seat reconnects on its own.
        std::unique_ptr<app::RecordNotices> notices;
        if (!line.postgres.isEmpty() && !line.at) {
            notices = std::make_unique<app::RecordNotices>(line.postgres);
            QObject::connect(notices.get(), &app::RecordNotices::noticed, &refresh, [&] { refresh.start(300); });
            app::showServerState(*notices, controller);
            notices->start();
        }
        std::unique_ptr<app::FeedWorker> feeds;
        if (feedConfig && !line.at) {
            feeds = std::make_unique<app::FeedWorker>(workspacePath, *feedConfig);
            // Reload soon, once a burst of deliveries is over.
            QObject::connect(feeds.get(), &app::FeedWorker::changed, [&] { refresh.start(2000); });
            feeds->start();
        }
        reload();
        if (!line.snapshot.isEmpty()) {
            snapshotLoader = std::make_unique<app::ViewLoader>();
            if (auto loaded = snapshotLoader->load({}); !loaded)
                return failWith(loaded.error().toString(), 1);
            return QGuiApplication::exec();
        }
        QQmlApplicationEngine engine;
        engine.load(app::prepareEngine(engine));
        if (engine.rootObjects().isEmpty())
            return failWith(QStringLiteral("the interface did not load (run lookout --self-test)"), 1);
        return QGuiApplication::exec();
    }
    }
}
