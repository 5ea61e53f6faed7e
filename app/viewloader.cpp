// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#include "viewloader.h"

#include "appcontroller.h"
#include "mapcanvas.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QTextStream>
#include <QThread>

namespace lookout::app {

namespace {

// QML messages that reach the message handler rather than QQmlEngine::warnings (console
// output from bindings, qt.qml.* categories) are problems too.
QStringList *s_messages = nullptr;
QtMessageHandler s_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const bool fromQml = category.startsWith(QStringLiteral("qt.qml")) || category == QStringLiteral("qml")
                         || category == QStringLiteral("js") || message.contains(QStringLiteral("qrc:/"));
    if (s_messages && fromQml && type != QtDebugMsg && type != QtInfoMsg)
        s_messages->append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

// Every map in the window, found through the visual item tree (a Loader's item is not
// necessarily a QObject child of the window's content item).
QList<qml::MapCanvas *> mapsIn(QQuickItem *item)
{
    QList<qml::MapCanvas *> maps;
    if (auto *map = qobject_cast<qml::MapCanvas *>(item))
        maps.append(map);
    for (QQuickItem *child : item->childItems())
        maps += mapsIn(child);
    return maps;
}

QList<qml::MapCanvas *> mapsIn(QQuickWindow *window)
{
    return mapsIn(window->contentItem());
}

// A key press and release sent to the window, as from a keyboard or presenter remote.
void pressKey(QQuickWindow *window, const QString &name)
{
    static const QHash<QString, int> keys{{QStringLiteral("Right"), Qt::Key_Right}, {QStringLiteral("Left"), Qt::Key_Left},
                                          {QStringLiteral("Up"), Qt::Key_Up},       {QStringLiteral("Down"), Qt::Key_Down},
                                          {QStringLiteral("PageUp"), Qt::Key_PageUp}, {QStringLiteral("PageDown"), Qt::Key_PageDown},
                                          {QStringLiteral("Space"), Qt::Key_Space}, {QStringLiteral("B"), Qt::Key_B}};
    const int key = keys.value(name, name.size() == 1 && name.at(0).isDigit() ? Qt::Key_0 + name.at(0).digitValue() : 0);
    const QString text = name == QLatin1String("Space") ? QStringLiteral(" ") : name.size() == 1 ? name : QString();
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(window, &press);
    QCoreApplication::sendEvent(window, &release);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The wall's part a window holds (map, board or all), or the desk's "desk".
QString partShownIn(QQuickItem *item)
{
    const QVariant part = item->property("part");
    if (part.typeId() == QMetaType::QString && item->property("showBoard").isValid())
        return part.toString();
    for (QQuickItem *child : item->childItems())
        if (QString found = partShownIn(child); !found.isEmpty())
            return found;
    return {};
}

} // namespace

QUrl prepareEngine(QQmlEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    return QUrl(QStringLiteral("qrc:/Lookout/App/Main.qml"));
}

ViewLoader::ViewLoader()
{
    m_engine.setOutputWarningsToStandardError(false);
    QObject::connect(&m_engine, &QQmlEngine::warnings, &m_engine, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings)
            m_warnings.append(warning.toString());
    });
    s_messages = &m_warnings;
    s_previousHandler = qInstallMessageHandler(recordMessage);
}

ViewLoader::~ViewLoader()
{
    qInstallMessageHandler(s_previousHandler);
    s_messages = nullptr;
}

Result<QQuickWindow *> ViewLoader::load(QSize size)
{
    m_engine.load(prepareEngine(m_engine));
    if (m_engine.rootObjects().isEmpty())
        return makeError(Error::Code::Internal, QStringLiteral("the QML did not load"), m_warnings);
    auto *window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().first());
    if (!window)
        return makeError(Error::Code::Internal, QStringLiteral("Main.qml's root is not a window"));
    if (!size.isEmpty()) {
        window->resize(size);
        window->show();
    }
    return window;
}

Result<void> ViewLoader::waitForMaps(QQuickWindow *window, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_warnings.isEmpty())  // a broken view never draws its maps: say why now
            return makeError(Error::Code::Internal, QStringLiteral("the QML reported problems"), m_warnings);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // A hidden map (the wall's board alone on its screen) draws nothing and is not waited for.
        const auto maps = mapsIn(window);
        if (!maps.isEmpty() && std::all_of(maps.begin(), maps.end(), [](qml::MapCanvas *map) { return !map->isVisible() || map->isSettled(); }))
            return {};
        QThread::msleep(10);
    }
    if (mapsIn(window).isEmpty())
        return makeError(Error::Code::Internal, QStringLiteral("the view has no map"));
    return makeError(Error::Code::Internal, QStringLiteral("the map did not finish rendering within %1 s").arg(timeoutMs / 1000));
}

Result<QImage> ViewLoader::grab(QQuickWindow *window)
{
    const QImage image = window->grabWindow();
    if (image.isNull())
        return makeError(Error::Code::Internal, QStringLiteral("the window could not be captured"));
    return image;
}

QStringList ViewLoader::problems(QQuickWindow *window) const
{
    QStringList problems = m_warnings;
    if (window)
        for (qml::MapCanvas *map : mapsIn(window))
            for (const QString &error : map->renderErrors())
                problems.append(QStringLiteral("map: ") + error);
    return problems;
}

Result<QList<qml::ShownText>> renderViewToFile(const QString &view, QSize size, const QString &out, const QStringList &keys)
{
    qml::AppController::instance()->setView(view);
    ViewLoader loader;
    auto window = loader.load(size);
    if (!window)
        return window.error();
    if (view == QLatin1String("login")) {  // no map: a few frames to lay out
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    } else if (auto drawn = loader.waitForMaps(*window, 120000); !drawn) {
        return drawn.error();
    }
    if (!keys.isEmpty()) {
        for (const QString &key : keys)
            pressKey(*window, key);
        for (int i = 0; i < 5; ++i)  // the bindings follow, the map takes its new view
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (auto drawn = loader.waitForMaps(*window, 120000); !drawn)
            return drawn.error();
    }
    auto image = loader.grab(*window);
    if (!image)
        return image.error();
    const QStringList problems = loader.problems(*window);
    if (!problems.isEmpty())
        return makeError(Error::Code::Internal, QStringLiteral("the view has problems"), problems);
    QDir().mkpath(QFileInfo(out).absolutePath());
    if (!image->save(out, "PNG"))
        return makeError(Error::Code::Io, QStringLiteral("cannot write the PNG"), {out});
    return qml::visibleTexts((*window)->contentItem());
}

Result<QStringList> snapshotWindows(ViewLoader &loader, const QString &directory, QList<qml::ShownText> *small)
{
    QList<QQuickWindow *> windows;
    for (QWindow *window : QGuiApplication::topLevelWindows())
        if (auto *quick = qobject_cast<QQuickWindow *>(window); quick && quick->isVisible())
            windows.append(quick);
    if (windows.isEmpty())
        return makeError(Error::Code::Internal, QStringLiteral("the interface opened no window"));
    std::sort(windows.begin(), windows.end(), [](QQuickWindow *a, QQuickWindow *b) {
        return std::pair(a->geometry().y(), a->geometry().x()) < std::pair(b->geometry().y(), b->geometry().x());
    });
    for (QQuickWindow *window : windows)
        if (auto drawn = loader.waitForMaps(window, 120000); !drawn)
            return drawn.error();
    QDir().mkpath(directory);
    QStringList lines;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        QQuickWindow *window = windows.at(i);
        auto image = loader.grab(window);
        if (!image)
            return image.error();
        const QString file = QDir(directory).filePath(QStringLiteral("window-%1.png").arg(i + 1));
        if (!image->save(file, "PNG"))
            return makeError(Error::Code::Io, QStringLiteral("cannot write the PNG"), {file});
        const QRect at = window->geometry();
        const QString part = partShownIn(window->contentItem());
        lines.append(QStringLiteral("window %1: screen %2, %3x%4+%5+%6, %7 -> %8")
                         .arg(i + 1)
                         .arg(window->screen() ? window->screen()->name() : QStringLiteral("?"))
                         .arg(at.width()).arg(at.height()).arg(at.x()).arg(at.y())
                         .arg(part.isEmpty() ? QStringLiteral("desk") : QStringLiteral("wall ") + part, file));
        if (small)
            *small += qml::textsSmallerThan(window->contentItem(), window->height() * qml::kWallLegibleFraction);
    }
    for (QQuickWindow *window : windows)
        if (const QStringList problems = loader.problems(window); !problems.isEmpty())
            return makeError(Error::Code::Internal, QStringLiteral("the view has problems"), problems);
    return lines;
}

Result<void> runSelfTest()
{
    QTextStream output(stdout);
    QStringList failures;
    for (const QString &view : {QStringLiteral("wall"), QStringLiteral("desk")}) {
        qml::AppController::instance()->setView(view);
        ViewLoader loader;
        auto window = loader.load(view == QStringLiteral("wall") ? QSize(3840, 2160) : QSize(1920, 1080));
        QStringList problems;
        QString title;
        if (!window) {
            problems.append(window.error().toString());
        } else {
            if (auto drawn = loader.waitForMaps(*window, 120000); !drawn)
                problems.append(drawn.error().toString());
            problems += loader.problems(*window);
            title = (*window)->title();
            (*window)->close();
        }
        for (const QString &problem : problems)
            failures.append(view + QStringLiteral(": ") + problem);
        output << "self-test " << view << ": " << (problems.isEmpty() ? "ok" : "FAILED") << " (" << title << ")" << Qt::endl;
    }
    if (!failures.isEmpty())
        return makeError(Error::Code::Internal, QStringLiteral("%1 problem(s)").arg(failures.size()), failures);
    return {};
}

} // namespace lookout::app
