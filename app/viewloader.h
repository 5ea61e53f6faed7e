// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Lookout developers
#pragma once

#include "legibility.h"

#include "core/result.h"

#include <QImage>
#include <QQmlApplicationEngine>
#include <QSize>
#include <QStringList>

class QQuickWindow;

namespace lookout::app {

// Points the engine at the app's QML modules (compiled in under qrc:/Lookout/...; Qt 6.4 does
// not search qrc:/ by default) and returns Main.qml's URL.
QUrl prepareEngine(QQmlEngine &engine);

// Loads the app's real QML (qrc:/Lookout/App/Main.qml) and reports everything the QML engine
// complained about: what `lookout --self-test` fails on and `lookout render` refuses to hide.
// Owns its engine. GUI thread only; the AppController singleton must be set before load().
class ViewLoader {
public:
    ViewLoader();
    ~ViewLoader();

    // Loads Main.qml; a non-empty size resizes its window (a render), an empty one leaves the
    // windows as Main.qml places them on the screens.
    Result<QQuickWindow *> load(QSize size);
    // Waits (running the event loop) until every map in the window shows an image rendered for
    // its current view, or the timeout passes.
    Result<void> waitForMaps(QQuickWindow *window, int timeoutMs);
    // The window as a person would see it, once its maps are drawn.
    Result<QImage> grab(QQuickWindow *window);
    // QML warnings and errors seen since construction, and map render errors.
    QStringList problems(QQuickWindow *window) const;

private:
    QQmlApplicationEngine m_engine;
    QStringList m_warnings;
};

// `lookout render`: the view at the given size into a PNG file; returns every visible text with
// its size as drawn (qml/Lookout/App/legibility.h: the wall's rule, the language check).
// With `keys` ("Right", "Space", "3" …), those are pressed in the window first, as an operator
// steering the wall would.
Result<QList<qml::ShownText>> renderViewToFile(const QString &view, QSize size, const QString &out, const QStringList &keys = {});
// What a running interface shows on each screen, once every map is drawn: one PNG per window
// (DIRECTORY/window-N.png, ordered top to bottom, then left to right) and a line each
// naming its screen, geometry and the wall's part it holds. With `small`, also every visible
// text below a fortieth of its window's height. `lookout --snapshot DIR` on the wall's own
// machine checks which screen shows what.
Result<QStringList> snapshotWindows(ViewLoader &loader, const QString &directory, QList<qml::ShownText> *small = nullptr);
// `lookout --self-test`: loads both views offscreen; lists every problem; ok only if none.
Result<void> runSelfTest();

} // namespace lookout::app
